package render

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// StampLayout is the timestamp in draft file names.
const StampLayout = "20060102-150405"

// maxSuffix bounds the search for a free name; a folder with a thousand
// drafts stamped the same second is not a real case.
const maxSuffix = 1000

// WriteAll renders r with every renderer and publishes the set into dir as
// <name>-draft-<YYYYMMDD-HHMMSS>.<ext>, whole or not at all: it renders each
// file straight into a temporary in dir (never the whole set in memory),
// within the room the disk had when it began less a margin, and syncs it, and only
// when every file is ready gives them their names and then moves
// latest.json to them. Any failure (a renderer's error or
// panic, a full disk) removes the temporaries and any name already given,
// so latest.json stays on the last complete set. No existing file is ever
// replaced: when a name is taken the whole set gets "-2", "-3", ... It
// returns the paths of the set.
func WriteAll(dir, name string, now time.Time, r *model.Report, rs []Renderer) ([]string, error) {
	return writeSet(osFS{}, dir, name, now, r, rs)
}

func writeSet(fsys fileSystem, dir, name string, now time.Time, r *model.Report, rs []Renderer) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("render: output folder %s: %w", dir, err)
	}
	if len(rs) == 0 {
		return nil, errors.New("render: no renderer was given")
	}
	temps, err := stageSet(fsys, dir, rs, r)
	defer func() {
		for _, s := range temps {
			os.Remove(s.tmp) // already linked to its name, or abandoned
		}
	}()
	if err != nil {
		return nil, fmt.Errorf("%w; %s", err, nothingPublished(dir))
	}
	base := filepath.Join(dir, SafeName(name)+"-draft-"+now.Format(StampLayout))
	paths, err := publish(base, temps)
	if err != nil {
		return nil, err
	}
	if err := syncDir(dir); err != nil {
		for _, p := range paths {
			os.Remove(p) // names the disk may not keep are not published
		}
		return nil, fmt.Errorf("render: %w; %s", err, nothingPublished(dir))
	}
	if err := writeLatest(fsys, dir, now, paths); err != nil {
		for _, p := range paths {
			os.Remove(p) // a set latest.json does not name is not published
		}
		return nil, fmt.Errorf("render: %s: %w; %s", LatestName, diskError(err), nothingPublished(dir))
	}
	return paths, nil
}

// nothingPublished ends a failure's message: nothing of this run's set
// was kept, and which set is still the newest, if any.
func nothingPublished(dir string) string {
	if _, err := os.Stat(filepath.Join(dir, LatestName)); err == nil {
		return "no draft was published, and " + LatestName + " still names the last complete set"
	}
	return "no draft was published"
}

// SafeName makes a configured report name safe as a file name stem: path
// separators and characters Windows refuses become "-", so a name can never
// place a draft outside the output folder. An empty name gives "report".
func SafeName(name string) string {
	out := []rune{}
	for _, r := range strings.TrimSpace(name) {
		if r < 0x20 || strings.ContainsRune(`/\:*?"<>|`, r) {
			r = '-'
		}
		out = append(out, r)
	}
	s := strings.Trim(string(out), ". ")
	if s == "" {
		return "report"
	}
	return s
}

// publish gives the staged files their names: base.ext, or base-N.ext for
// the first N where no name of the set exists. Names are claimed with a
// hard link, which fails rather than replace a file that appeared in the
// meantime; where links are not supported it falls back to a checked rename.
func publish(base string, temps []staged) ([]string, error) {
	for n := 1; n <= maxSuffix; n++ {
		stem := base
		if n > 1 {
			stem += "-" + strconv.Itoa(n)
		}
		taken, err := anyExists(stem, temps)
		if err != nil {
			return nil, err
		}
		if taken {
			continue
		}
		paths, err := claim(stem, temps)
		if errors.Is(err, os.ErrExist) {
			continue // lost a race for this name: try the next
		}
		return paths, err
	}
	return nil, fmt.Errorf("render: %d drafts named %s already exist", maxSuffix, filepath.Base(base))
}

// anyExists reports whether a name of the set is taken. Only "it exists"
// means try the next suffix: any other failure (a name too long for the
// file system, a folder that cannot be read) would fail for every suffix,
// so it is returned as it is.
func anyExists(stem string, temps []staged) (bool, error) {
	for _, s := range temps {
		_, err := os.Lstat(stem + "." + s.ext)
		switch {
		case err == nil:
			return true, nil
		case !errors.Is(err, os.ErrNotExist):
			return false, fmt.Errorf("render: draft name %s: %w", filepath.Base(stem+"."+s.ext), err)
		}
	}
	return false, nil
}

// claim names every staged file stem.ext; if one name is taken, the names
// claimed in this attempt are released again and os.ErrExist returned.
func claim(stem string, temps []staged) ([]string, error) {
	var done []string
	for _, s := range temps {
		dst := stem + "." + s.ext
		err := os.Link(s.tmp, dst)
		if err != nil && !errors.Is(err, os.ErrExist) {
			err = renameIfFree(s.tmp, dst) // a file system without hard links
		}
		if err != nil {
			for _, p := range done {
				os.Remove(p)
			}
			return nil, err
		}
		done = append(done, dst)
	}
	return done, nil
}

func renameIfFree(src, dst string) error {
	if _, err := os.Lstat(dst); err == nil {
		return os.ErrExist
	}
	return os.Rename(src, dst)
}

// syncDir makes the new names in dir durable. A file system that cannot
// sync a folder at all (EINVAL, ENOTSUP) is not an error; any other failure
// (EIO: the disk may not keep the names) is, since a draft reported as
// written must be there after a crash.
func syncDir(dir string) error {
	err := fsyncDir(dir)
	if err == nil || errors.Is(err, syscall.EINVAL) || errors.Is(err, syscall.ENOTSUP) {
		return nil
	}
	return fmt.Errorf("the folder %s could not be synced to disk (%w): check the disk, then run again", dir, err)
}

// fsyncDir syncs a folder; tests replace it to fail as a disk does.
var fsyncDir = func(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	return errors.Join(err, d.Close())
}
