package render

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// LatestName is the file in the output folder that points at the newest
// draft set.
const LatestName = "latest.json"

// Latest is the content of latest.json: the newest set's files by
// extension, as names relative to the output folder.
type Latest struct {
	GeneratedAt time.Time         `json:"generated_at"`
	Files       map[string]string `json:"files"`
}

// finalMark is the part of the extension that marks the version to
// publish ("x.final.docx"), so it gets its own key beside the draft's.
const finalMark = ".final"

// setExt is the key of p in a set: its extension ("docx"), or "final.docx"
// for the version to publish.
func setExt(p string) string {
	ext := filepath.Ext(p)
	if strings.HasSuffix(strings.TrimSuffix(p, ext), finalMark) {
		return strings.TrimPrefix(finalMark, ".") + ext
	}
	return strings.TrimPrefix(ext, ".")
}

// writeLatest replaces latest.json atomically (temp file, sync, rename):
// unlike a draft, it is meant to be replaced.
func writeLatest(fsys fileSystem, dir string, now time.Time, paths []string) error {
	l := Latest{GeneratedAt: now, Files: map[string]string{}}
	for _, p := range paths {
		l.Files[setExt(p)] = filepath.Base(p)
	}
	data, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return err
	}
	f, err := fsys.CreateTemp(dir, latestTempPattern)
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // no-op after the rename
	if _, err := f.Write(append(data, '\n')); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	os.Chmod(f.Name(), 0o644)
	if err := os.Rename(f.Name(), filepath.Join(dir, LatestName)); err != nil {
		return err
	}
	return syncDir(dir)
}

// ReadLatest reads dir's latest.json.
func ReadLatest(dir string) (Latest, error) {
	var l Latest
	data, err := os.ReadFile(filepath.Join(dir, LatestName))
	if err != nil {
		return l, err
	}
	return l, json.Unmarshal(data, &l)
}

// IsFinal reports whether p is the version to publish of a set
// ("NAME.final.docx"), rather than the draft.
func IsFinal(p string) bool { return setExt(p) == "final.docx" }

// DraftDOCX is the reviewers' Word draft among the paths of a written set
// ("" when there is none).
func DraftDOCX(paths []string) string {
	for _, p := range paths {
		if setExt(p) == "docx" {
			return p
		}
	}
	return ""
}
