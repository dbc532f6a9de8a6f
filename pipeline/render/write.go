package render

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// StampLayout is the timestamp in draft file names.
const StampLayout = "20060102-150405"

// maxSuffix bounds the search for a free name; a folder with a thousand
// drafts stamped the same second is not a real case.
const maxSuffix = 1000

// WriteAll renders r with every renderer and writes the set into dir as
// <name>-draft-<YYYYMMDD-HHMMSS>.<ext>. Each file is rendered to a temp
// file in dir, synced, and only then given its name, so a reader never
// sees half a draft. No existing file is ever replaced: when a name is
// taken the whole set gets "-2", "-3", ... A renderer that fails leaves no
// file; the others are still written, and the error names the failure.
// latest.json then points at the files written. It returns their paths.
func WriteAll(dir, name string, now time.Time, r *model.Report, rs []Renderer) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("render: output folder %s: %w", dir, err)
	}
	var temps []staged
	var errs []error
	for _, rd := range rs {
		tmp, err := renderTemp(dir, rd, r)
		if err != nil {
			errs = append(errs, fmt.Errorf("render %s: %w", rd.Ext(), err))
			continue
		}
		temps = append(temps, staged{ext: rd.Ext(), tmp: tmp})
	}
	defer func() {
		for _, s := range temps {
			os.Remove(s.tmp) // already linked to its name, or abandoned
		}
	}()
	if len(temps) == 0 {
		return nil, errors.Join(errs...)
	}
	base := filepath.Join(dir, SafeName(name)+"-draft-"+now.Format(StampLayout))
	paths, err := publish(base, temps)
	if err != nil {
		return nil, errors.Join(append(errs, err)...)
	}
	syncDir(dir)
	if err := writeLatest(dir, now, paths); err != nil {
		errs = append(errs, err)
	}
	return paths, errors.Join(errs...)
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

// staged is a rendered temp file waiting for its name.
type staged struct{ ext, tmp string }

// renderTemp renders into a synced temp file in dir and returns its path;
// on failure the temp file is removed.
func renderTemp(dir string, rd Renderer, r *model.Report) (path string, err error) {
	f, err := os.CreateTemp(dir, ".draft-*."+rd.Ext()+".tmp")
	if err != nil {
		return "", err
	}
	defer func() {
		if p := recover(); p != nil { // a renderer's bug costs its file, not the run
			err = fmt.Errorf("internal error: %v", p)
		}
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	bw := bufio.NewWriterSize(f, 256<<10)
	if err = rd.Render(bw, r); err != nil {
		return "", err
	}
	if err = bw.Flush(); err != nil {
		return "", err
	}
	if err = f.Sync(); err != nil {
		return "", err
	}
	if err = f.Close(); err != nil {
		return "", err
	}
	return f.Name(), os.Chmod(f.Name(), 0o644)
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
		if anyExists(stem, temps) {
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

func anyExists(stem string, temps []staged) bool {
	for _, s := range temps {
		if _, err := os.Lstat(stem + "." + s.ext); !errors.Is(err, os.ErrNotExist) {
			return true
		}
	}
	return false
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

// syncDir makes the new names durable; not every system can sync a folder,
// and the files themselves are already synced, so failure is ignored.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
