package pipeline

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/intake"
)

// fateRecord is what the last full run decided about each file of the
// folder, with the files as they stood (path, size, modification time):
// while the folder still stands so, the fates still hold, and inspect can
// say whether a file is superseded without reading the others at all.
type fateRecord struct {
	Files []fileStamp   `json:"files"`
	Fates []FileOutcome `json:"fates"`
}

type fileStamp struct {
	Path    string    `json:"path"`
	Size    int64     `json:"size"`
	ModTime time.Time `json:"mtime"`
}

func stamps(files []intake.File) []fileStamp {
	out := make([]fileStamp, len(files))
	for i, f := range files {
		out[i] = fileStamp{Path: f.Path, Size: f.Size, ModTime: f.ModTime.UTC()}
	}
	return out
}

// fatesKey names what the fates depend on besides the files: the whole
// configuration (agencies, limits, settings) and the template and mapper
// (mapKey). "" when they are not recorded: a run that left files out, or
// one whose mapping is not cached (a language model's labels vary).
func (p *Pipeline) fatesKey() string {
	if p.cache == nil || p.mapKey == "" || p.cacheOnly || len(p.leftOut) > 0 {
		return ""
	}
	return intake.Key("fates", p.mapKey, fmt.Sprintf("%+v", p.cfg))
}

// recordFates keeps the run's file fates for KnownFates.
func (p *Pipeline) recordFates(files []intake.File, fates []FileOutcome) {
	if key := p.fatesKey(); key != "" {
		if err := p.cache.PutValue(key, fateRecord{Files: stamps(files), Fates: fates}); err != nil {
			p.log.Warn("cache write failed", "what", "file fates", "err", err)
		}
	}
}

// KnownFates returns what the last run with this configuration decided
// about each file, when the submissions folder still holds exactly the
// files it read, unchanged (same paths, sizes and modification times);
// false otherwise, and then a run (or Quick().Run) must decide.
func (p *Pipeline) KnownFates(ctx context.Context) ([]FileOutcome, bool) {
	key := p.fatesKey()
	if key == "" || ctx.Err() != nil {
		return nil, false
	}
	var rec fateRecord
	if !p.cache.GetValue(key, &rec) {
		return nil, false
	}
	files, _, err := intake.Scan(p.cfg.Paths.Submissions,
		intake.ScanOptions{Exclude: []string{p.cfg.Paths.Output}, FollowLinks: p.cfg.Intake.FollowLinks})
	if err != nil || !slices.EqualFunc(stamps(files), rec.Files, sameStamp) {
		return nil, false
	}
	return rec.Fates, true
}

func sameStamp(a, b fileStamp) bool {
	return a.Path == b.Path && a.Size == b.Size && a.ModTime.Equal(b.ModTime)
}
