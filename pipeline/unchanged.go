package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render"
	rjson "github.com/reportpipe/reportpipe/pipeline/render/json"
)

// contentFile records, in the output folder, what the newest draft set
// holds (a fingerprint of its content), so a run or watch that would
// write the same again writes nothing.
const contentFile = ".reportpipe-content.json"

// ContentStamp is what the newest draft set holds and when it was written.
type ContentStamp struct {
	Fingerprint string    `json:"fingerprint"`
	Draft       string    `json:"draft"` // the set's Word file, relative to the output folder
	At          time.Time `json:"at"`
}

// fingerprint is a hash of the report as its JSON renders it, without the
// time it was generated: two runs over the same submissions and
// configuration give the same fingerprint.
func fingerprint(r *model.Report) string {
	c := *r
	c.Meta.GeneratedAt = time.Time{}
	h := sha256.New()
	if err := (rjson.Renderer{}).Render(h, &c); err != nil {
		return "" // never equal: write the draft
	}
	return hex.EncodeToString(h.Sum(nil))
}

// unchangedSince returns the stamp of the newest draft set when it holds
// exactly this content and its files are still there; ok is false when a
// new set should be written.
func unchangedSince(outDir, fp string) (ContentStamp, bool) {
	var st ContentStamp
	data, err := os.ReadFile(filepath.Join(outDir, contentFile))
	if err != nil || json.Unmarshal(data, &st) != nil || st.Fingerprint != fp || fp == "" {
		return st, false
	}
	latest, err := render.ReadLatest(outDir)
	if err != nil || latest.Files["docx"] != st.Draft {
		return st, false
	}
	for _, f := range latest.Files {
		if _, err := os.Stat(filepath.Join(outDir, f)); err != nil {
			return st, false // a reviewer moved the set away: write it again
		}
	}
	return st, true
}

// recordContent notes what the set just written holds. A failure only
// means the next run writes a set again.
func recordContent(outDir, fp string, paths []string, at time.Time) {
	st := ContentStamp{Fingerprint: fp, At: at, Draft: filepath.Base(render.DraftDOCX(paths))}
	data, err := json.Marshal(st)
	if err != nil {
		return
	}
	_ = render.ReplaceFile(filepath.Join(outDir, contentFile), data)
}
