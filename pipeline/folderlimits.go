package pipeline

import (
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/intake"
)

// scanOptions are intake's options from the configuration: the folder's
// size is bounded unless intake.allow_any_folder says the operator meant it.
func (p *Pipeline) scanOptions() intake.ScanOptions {
	o := intake.ScanOptions{Exclude: []string{p.cfg.Paths.Output}, FollowLinks: p.cfg.Intake.FollowLinks}
	if !p.cfg.Intake.AllowAnyFolder {
		o.MaxFiles, o.MaxBytes = p.cfg.Limits.MaxFiles, p.cfg.Limits.MaxBytes
	}
	return o
}

// folderTooLarge is the configuration mistake of naming a folder far larger
// than a year's statements (a whole disk, a home folder): exit 2, in one
// sentence saying how to go on if it was meant.
func folderTooLarge(e *intake.FolderTooLargeError) error {
	key := "limits.max_bytes"
	if e.TooManyFiles {
		key = "limits.max_files"
	}
	return &config.Error{Key: key, Msg: e.Error() + ": check paths.submissions (or --submissions); if this is the right folder, raise " + key + " or pass --allow-any-folder"}
}
