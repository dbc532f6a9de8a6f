package pipeline_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// cachedSeason is a submissions folder of the bundled examples (DOCX, PDF,
// ODT) and a saved e-mail, with its configuration and a cache folder.
func cachedSeason(t *testing.T) (config.Config, string) {
	t.Helper()
	root := testutil.RepoRoot(t)
	subs := t.TempDir()
	for _, name := range []string{"Hillside Housing statement v1.docx", "Hillside Housing statement v2 - updated figures.docx",
		"Northgate Police statement 2025-26.pdf", "Riverside Community Health - LSCB statement.docx",
		"Westbrook College annual statement.odt"} {
		copyInto(t, subs, filepath.Join(root, "submissions", name))
	}
	copyInto(t, subs, filepath.Join(root, "pipeline/intake/testdata/eml/outlook-style.eml"))
	cfg := config.Default()
	cfg.Paths.Submissions = subs
	cfg.Paths.Output = t.TempDir()
	return cfg, filepath.Join(cfg.Paths.Output, ".cache")
}

func cachedRun(t *testing.T, cfg config.Config, cache string, opts ...pipeline.Option) *pipeline.Result {
	t.Helper()
	p, err := pipeline.New(cfg, append([]pipeline.Option{pipeline.WithCache(intake.OpenCache(cache))}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// statementsJSON is what a run compiled, without the time it ran.
func statementsJSON(t *testing.T, res *pipeline.Result) string {
	t.Helper()
	rep := *res.Report
	rep.Meta.GeneratedAt = time.Time{}
	data, err := json.Marshal(struct {
		R *model.Report
		F []pipeline.FileOutcome
	}{&rep, withoutCached(res.Files)})
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func withoutCached(fs []pipeline.FileOutcome) []pipeline.FileOutcome {
	out := append([]pipeline.FileOutcome(nil), fs...)
	for i := range out {
		out[i].Cached = false
	}
	return out
}

// A run over a folder where nothing changed reads, converts and maps
// nothing: every document and its placements come from the cache, and the
// report is the one the first run compiled.
func TestRepeatRunDoesNoWork(t *testing.T) {
	cfg, cache := cachedSeason(t)
	first := cachedRun(t, cfg, cache)
	if first.Work.Extracted < 6 || first.Work.Mapped != first.Work.Extracted || first.Work.Cached != 0 {
		t.Fatalf("first run: %+v, want every document extracted and mapped", first.Work)
	}
	again := cachedRun(t, cfg, cache)
	if again.Work.Extracted != 0 || again.Work.Mapped != 0 || again.Work.Converted != 0 {
		t.Errorf("repeat run did work: %+v", again.Work)
	}
	if again.Work.Cached != first.Work.Extracted {
		t.Errorf("repeat run took %d documents from the cache, want %d", again.Work.Cached, first.Work.Extracted)
	}
	if a, b := statementsJSON(t, first), statementsJSON(t, again); a != b {
		t.Errorf("the cached run compiled another report:\nfirst %s\nagain %s", a, b)
	}
}

// Touching a file costs nothing; editing one costs that one file: the
// others are neither read nor mapped again, and the edit is in the report.
func TestOneEditedFileIsTheOnlyWork(t *testing.T) {
	cfg, cache := cachedSeason(t)
	cachedRun(t, cfg, cache)
	riverside := filepath.Join(cfg.Paths.Submissions, "Riverside Community Health - LSCB statement.docx")
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(riverside, later, later); err != nil {
		t.Fatal(err)
	}
	if w := cachedRun(t, cfg, cache).Work; w.Extracted != 0 || w.Mapped != 0 {
		t.Errorf("a touched file was read again: %+v", w)
	}
	if err := os.WriteFile(riverside, scaleDocx(3, 1), 0o644); err != nil {
		t.Fatal(err)
	}
	res := cachedRun(t, cfg, cache)
	if w := res.Work; w.Extracted != 1 || w.Mapped != 1 {
		t.Errorf("one edited file: %+v, want exactly one extraction and one mapping", w)
	}
	found := false
	for _, st := range res.Report.Statements {
		found = found || st.Agency == "Partner Agency 03"
	}
	if !found {
		t.Error("the edited file's new statement is not in the report")
	}
}

// The placements are reused only under the same mapping settings: a changed
// threshold maps again (from the cached text), and a mapper the pipeline
// does not know (here, one set by WithMapper) is never served from cache.
func TestMappingCacheKeyedBySettings(t *testing.T) {
	cfg, cache := cachedSeason(t)
	first := cachedRun(t, cfg, cache)
	cfg.Mapping.LowConfidence = 0.8
	w := cachedRun(t, cfg, cache).Work
	if w.Extracted != 0 || w.Mapped != first.Work.Mapped {
		t.Errorf("after a settings change: %+v, want no extraction and every document mapped again", w)
	}
	counting := &countingMapper{}
	for range 2 {
		cachedRun(t, cfg, cache, pipeline.WithMapper(counting))
	}
	if counting.n != 2*first.Work.Mapped {
		t.Errorf("a custom mapper mapped %d documents over two runs, want %d (never cached)", counting.n, 2*first.Work.Mapped)
	}
}

// A .doc is converted by LibreOffice on the first run only: the cache is
// checked before LibreOffice starts.
func TestDocConvertedOnce(t *testing.T) {
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("soffice not on PATH: .doc files cannot be converted here")
	}
	cfg, cache := cachedSeason(t)
	copyInto(t, cfg.Paths.Submissions, filepath.Join(testutil.RepoRoot(t), "pipeline/intake/testdata/sniff/statement.doc"))
	first := cachedRun(t, cfg, cache)
	if first.Work.Converted != 1 {
		t.Fatalf("first run converted %d .doc files, want 1", first.Work.Converted)
	}
	again := cachedRun(t, cfg, cache)
	if again.Work.Converted != 0 || again.Work.Extracted != 0 {
		t.Errorf("repeat run: %+v, want the .doc neither converted nor read", again.Work)
	}
	if a, b := statementsJSON(t, first), statementsJSON(t, again); a != b {
		t.Error("the cached .doc gave another report")
	}
}

// countingMapper places every block in context and counts the documents.
type countingMapper struct {
	mu sync.Mutex
	n  int
}

func (m *countingMapper) Map(_ context.Context, d *model.Document) ([]model.Placement, error) {
	m.mu.Lock()
	m.n++
	m.mu.Unlock()
	out := make([]model.Placement, len(d.Blocks))
	for i, b := range d.Blocks {
		out[i] = model.Placement{Block: b, Section: model.SectionContext, Confidence: 1, Mapper: "count"}
	}
	return out, nil
}

// The fates a run decided hold while the folder stands as the run read it:
// KnownFates gives them back without reading a file; a touched file or
// another configuration means they must be decided again.
func TestKnownFatesWhileTheFolderStands(t *testing.T) {
	cfg, cache := cachedSeason(t)
	res := cachedRun(t, cfg, cache)
	p, err := pipeline.New(cfg, pipeline.WithCache(intake.OpenCache(cache)))
	if err != nil {
		t.Fatal(err)
	}
	fates, ok := p.KnownFates(context.Background())
	a, _ := json.Marshal(fates)
	b, _ := json.Marshal(res.Files)
	if !ok || string(a) != string(b) {
		t.Fatalf("known fates %v:\n%s\nwant the run's\n%s", ok, a, b)
	}
	other := cfg
	other.Agencies = append(other.Agencies, config.Agency{Name: "Northgate Police"})
	if q, err := pipeline.New(other, pipeline.WithCache(intake.OpenCache(cache))); err != nil {
		t.Fatal(err)
	} else if _, ok := q.KnownFates(context.Background()); ok {
		t.Error("fates of another configuration were given")
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(filepath.Join(cfg.Paths.Submissions, "Westbrook College annual statement.odt"), later, later); err != nil {
		t.Fatal(err)
	}
	if _, ok := p.KnownFates(context.Background()); ok {
		t.Error("fates were given for a folder whose file changed since")
	}
}

// The report's period shapes the rule mapper (a later period named in the
// text is a cue for development), so another period maps again.
func TestMappingCacheKeyedByPeriod(t *testing.T) {
	cfg, cache := cachedSeason(t)
	first := cachedRun(t, cfg, cache)
	cfg.Report.Period = "2031-32"
	if w := cachedRun(t, cfg, cache).Work; w.Extracted != 0 || w.Mapped != first.Work.Mapped {
		t.Errorf("after a period change: %+v, want every document mapped again from the cached text", w)
	}
}
