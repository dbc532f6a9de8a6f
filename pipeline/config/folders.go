package config

import (
	"os"
	"path/filepath"
)

// validateFolders refuses the folder mistakes that would have a run read
// what it must not: the output folder being the submissions folder (the
// last draft read back as a statement), and a submissions folder that is
// the whole machine or a home folder, unless intake.allow_any_folder.
func (c Config) validateFolders(bad badFunc) {
	subs, out := c.Paths.Submissions, c.Paths.Output
	if subs == "" || out == "" {
		return // validatePaths says so
	}
	if sameFolder(subs, out) {
		bad("paths.output", "%s is also the submissions folder, so each draft would be read back as a statement; write drafts to another folder (the default is output)", out)
	}
	if c.Intake.AllowAnyFolder {
		return
	}
	switch {
	case isRoot(subs):
		bad("paths.submissions", "%s is the whole machine, not a folder of statements; name the folder the statements are saved in (or pass --allow-any-folder if you mean it)", subs)
	case isHome(subs):
		bad("paths.submissions", "%s is a home folder, not a folder of statements; name the folder the statements are saved in (or pass --allow-any-folder if you mean it)", subs)
	}
}

// sameFolder reports whether a and b name one folder, however written
// (relative, with a trailing slash, through a link).
func sameFolder(a, b string) bool {
	if canonical(a) == canonical(b) {
		return true
	}
	ia, err1 := os.Stat(a)
	ib, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(ia, ib)
}

func canonical(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	if real, err := filepath.EvalSymlinks(p); err == nil {
		p = real
	}
	return filepath.Clean(p)
}

func isRoot(p string) bool {
	c := canonical(p)
	return c == filepath.VolumeName(c)+string(filepath.Separator)
}

func isHome(p string) bool {
	home, err := os.UserHomeDir()
	return err == nil && home != "" && sameFolder(p, home)
}
