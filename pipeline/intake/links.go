package intake

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// linkProblem says why the symbolic link at path is not read, or nil when
// it may be: it leads nowhere, round in a loop, or (unless follow) out of
// the submissions folder realRoot, where anything on the machine could be
// read into the report.
func linkProblem(path, realRoot string, follow bool) error {
	// os.Stat follows the link the way the system does and says ELOOP for a
	// loop; EvalSymlinks then gives the target's real path.
	_, err := os.Stat(path)
	target := ""
	if err == nil {
		target, err = filepath.EvalSymlinks(path)
	}
	switch {
	case errors.Is(err, syscall.ELOOP):
		return model.WithFile(rejectIntake(model.ErrUnreadable, "it is a link that leads round in a loop, so there is no file to read",
			"Save the statement itself into the folder in place of the link"), path)
	case errors.Is(err, fs.ErrNotExist):
		dest, _ := os.Readlink(path)
		return model.WithFile(rejectIntake(model.ErrUnreadable, fmt.Sprintf("it is a link to %s, which does not exist", dest),
			"Save the statement itself into the folder in place of the link"), path)
	case err != nil:
		return model.WithFile(openFailure(err), path)
	case follow || inside(target, realRoot):
		return nil
	}
	return model.WithFile(rejectIntake(model.ErrUnreadable, fmt.Sprintf("it is a link that points outside the submissions folder (to %s), so it was not read", target),
		"Save the statement itself into the folder, or set intake.follow_links: true to read such links"), path)
}

// inside reports whether path is root or below it.
func inside(path, root string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
