package intake

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// ErrNoFolder is the cause when the submissions folder is missing or not a
// folder: a configuration problem (paths.submissions), not a fault.
var ErrNoFolder = errors.New("submissions folder not found")

// File is one candidate submission found by Scan.
type File struct {
	Path    string // as found under the scanned root (root joined with Rel)
	Rel     string // relative to the root, with the OS separator
	Size    int64
	ModTime time.Time
	// Refused is set when the file must not be read as it stands (a link
	// pointing outside the folder, to nothing, or round in a loop): a
	// *model.InputError that Read returns instead of reading it.
	Refused error
}

// ScanOptions change what Scan lists.
type ScanOptions struct {
	// Exclude are folders left out (the output folder, when it sits
	// inside the submissions).
	Exclude []string
	// FollowLinks reads links that point outside the folder; otherwise
	// such a link is listed Refused.
	FollowLinks bool
	// MaxFiles and MaxBytes bound the folder (0: no bound): past either,
	// Scan stops with a *FolderTooLargeError instead of reading a whole
	// disk named by mistake.
	MaxFiles int
	MaxBytes int64
}

// Skipped is a file or folder Scan left out on purpose, and why; worth a
// debug log line, never an error.
type Skipped struct {
	Path   string
	Reason string
}

// Scan lists the files under root (subfolders included) in a stable order
// (by Rel), leaving out lock files, temp files, partial downloads, hidden
// files and folders, system clutter and the folders in exclude (the output
// folder, when it sits inside the submissions). Only a root that cannot be
// read is an error; an unreadable subfolder is Skipped. A file that cannot
// be looked at, or is not a regular file, is still listed: Read rejects it
// with its reason, so the business manager sees it.
func Scan(root string, opt ScanOptions) ([]File, []Skipped, error) {
	st, err := os.Stat(root)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil, &noFolderError{root: root, err: err}
		}
		return nil, nil, err
	}
	if !st.IsDir() {
		return nil, nil, fmt.Errorf("the submissions folder %s is a file, not a folder; set paths.submissions to a folder: %w", root, ErrNoFolder)
	}
	var files []File
	var skipped []Skipped
	excluded := folderInfos(opt.Exclude)
	realRoot, err := filepath.EvalSymlinks(root)
	if err != nil {
		realRoot = root
	}
	var total int64
	walk := func(path string, d fs.DirEntry, err error) error {
		if path == root {
			return err
		}
		if err != nil {
			// Listed, not skipped: a statement in a folder reportpipe cannot
			// read, or under a path too long to open, must not vanish
			// without a word.
			files = append(files, File{Path: path, Rel: relOf(root, path), Refused: walkProblem(err, d)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if why := skipReason(d.Name(), d.IsDir()); why != "" {
			skipped = append(skipped, Skipped{Path: path, Reason: why})
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if isOneOf(path, excluded) {
				skipped = append(skipped, Skipped{Path: path, Reason: "the output folder, where reportpipe writes its drafts"})
				return fs.SkipDir
			}
			return nil
		}
		f := fileOf(root, path)
		if d.Type()&fs.ModeSymlink != 0 {
			f.Refused = linkProblem(path, realRoot, opt.FollowLinks)
		}
		files = append(files, f)
		total += f.Size
		return opt.checkSize(root, len(files), total)
	}
	if err := filepath.WalkDir(root, walk); err != nil {
		return nil, skipped, err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Rel < files[j].Rel })
	return files, skipped, nil
}

// fileOf describes path, following a symbolic link. Size and ModTime stay
// zero when it cannot be looked at; Read then says why.
func fileOf(root, path string) File {
	f := File{Path: path, Rel: relOf(root, path)}
	if info, err := os.Stat(path); err == nil {
		f.Size, f.ModTime = info.Size(), info.ModTime()
	}
	return f
}

func relOf(root, path string) string {
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return filepath.Base(path)
	}
	return rel
}

// folderInfos looks up the folders to leave out; one that does not exist
// yet has nothing to leave out.
func folderInfos(paths []string) []fs.FileInfo {
	var out []fs.FileInfo
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			out = append(out, info)
		}
	}
	return out
}

// isOneOf reports whether the folder at path is one of folders, however
// either was named (relative, absolute, through a link).
func isOneOf(path string, folders []fs.FileInfo) bool {
	if len(folders) == 0 {
		return false
	}
	info, err := os.Stat(path)
	if err != nil {
		return false
	}
	for _, f := range folders {
		if os.SameFile(info, f) {
			return true
		}
	}
	return false
}

// skipReason says why a name is not a submission, or "" when it may be one.
// These are files an office suite, a browser or the OS leaves beside real
// documents while they are open or arriving.
func skipReason(name string, dir bool) string {
	lower := strings.ToLower(name)
	switch {
	case strings.HasPrefix(name, "."):
		if strings.HasPrefix(name, ".~lock.") {
			return "LibreOffice lock file"
		}
		return "hidden"
	case dir:
		return ""
	case strings.HasPrefix(name, "~$"):
		return "Word or Excel owner (lock) file"
	case strings.HasPrefix(name, "~") && strings.HasSuffix(lower, ".tmp"):
		return "Office temporary file"
	case lower == "thumbs.db" || lower == "desktop.ini" || lower == ".ds_store":
		return "system file"
	}
	for _, ext := range []string{".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp"} {
		if strings.HasSuffix(lower, ext) {
			return "temporary or partly downloaded file"
		}
	}
	return ""
}

// noFolderError says, in words a person can act on, that the submissions
// folder is missing; errors.Is finds ErrNoFolder and the fs error.
type noFolderError struct {
	root string
	err  error
}

func (e *noFolderError) Error() string {
	return fmt.Sprintf("the submissions folder %q does not exist: create it, or set paths.submissions (or --submissions) to the folder the statements are saved in", e.root)
}

func (e *noFolderError) Is(target error) bool { return target == ErrNoFolder }
func (e *noFolderError) Unwrap() error        { return e.err }
