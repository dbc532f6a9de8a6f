package llm

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	openai "github.com/sashabaranov/go-openai"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/docx"
	"github.com/reportpipe/reportpipe/pipeline/extract/pdf"
	"github.com/reportpipe/reportpipe/pipeline/llm"
	"github.com/reportpipe/reportpipe/pipeline/llm/llmtest"
	"github.com/reportpipe/reportpipe/pipeline/mapping/rules"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// truthFile is the part of a corpus truth file this test reads.
type truthFile struct {
	File     string `json:"file"`
	Variant  string `json:"variant"`
	Expected string `json:"expected"`
	Blocks   []struct {
		Label string `json:"label"`
		Text  string `json:"text"`
	} `json:"blocks"`
}

// TestAssistWithAnOracleOnTheCorpus runs assist mode on the shared corpus
// with a fake model that answers the truth's label for each block it is
// asked about. It checks the plumbing on real documents: the labels land on
// the blocks they were given for (an id off by one would lower the score),
// the text never changes, and the score over the asked blocks cannot drop.
func TestAssistWithAnOracleOnTheCorpus(t *testing.T) {
	dir := testutil.CorpusDir(t)
	tmpl, err := template.Default()
	if err != nil {
		t.Fatal(err)
	}
	rm := rules.New(tmpl, 0.6)
	truths, _ := filepath.Glob(filepath.Join(dir, "truth", "*.json"))
	var total oracleStats
	for _, tf := range truths {
		tr := readTruth(t, tf)
		doc := extractCorpus(t, filepath.Join(dir, "submissions", tr.File))
		if tr.Expected != "extract" || doc == nil {
			continue
		}
		total.add(oracleRun(t, tmpl, rm, doc, tr))
	}
	t.Logf("asked about %d block(s); of those matched to the truth, right before %d, after %d; "+
		"%d of %d matched blocks the rules placed wrongly with confidence at or above the threshold (not asked)",
		total.asked, total.before, total.after, total.wrongSure, total.matched)
	if total.after < total.before {
		t.Errorf("an oracle's labels made the asked blocks worse: %d right before, %d after", total.before, total.after)
	}
}

func readTruth(t *testing.T, path string) truthFile {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var tr truthFile
	if err := json.Unmarshal(b, &tr); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return tr
}

func extractCorpus(t *testing.T, path string) *model.Document {
	var ex extract.Extractor
	switch strings.ToLower(filepath.Ext(path)) {
	case ".docx":
		ex = docx.New(extract.DefaultLimits)
	case ".pdf":
		ex = pdf.New(extract.DefaultLimits)
	default:
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ex.Extract(context.Background(), data)
	if err != nil {
		return nil
	}
	doc.Source.Path = filepath.Base(path)
	return doc
}

// oracleStats counts blocks: asked about; of those matched to a truth block,
// right before and after; matched in all; wrong but not asked.
type oracleStats struct{ asked, before, after, matched, wrongSure int }

func (s *oracleStats) add(o oracleStats) {
	s.asked += o.asked
	s.before += o.before
	s.after += o.after
	s.matched += o.matched
	s.wrongSure += o.wrongSure
}

// oracleRun maps doc in assist mode with an oracle and counts the result.
func oracleRun(t *testing.T, tmpl *template.Template, rm *rules.Mapper, doc *model.Document, tr truthFile) (st oracleStats) {
	t.Helper()
	base, err := rm.Map(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	truth := map[string]string{}
	for _, b := range tr.Blocks {
		truth[normText(b.Text)] = b.Label
	}
	oracle := map[int]string{}
	for i, p := range base {
		oracle[i] = string(p.Section)
		if l, ok := truth[normText(doc.Blocks[i].PlainText())]; ok {
			oracle[i] = l
		}
	}
	f := llmtest.NewServer(t, func(_ int, req openai.ChatCompletionRequest, w http.ResponseWriter, _ *http.Request) {
		var labels []map[string]any
		for _, b := range sentBlocks(t, req) {
			if b.Label {
				labels = append(labels, map[string]any{"id": b.ID, "section": oracle[b.ID], "confidence": 0.9})
			}
		}
		content, _ := json.Marshal(map[string]any{"labels": labels})
		llmtest.WriteContent(w, string(content))
	})
	m := newMapperOver(t, f.BaseURL(), llm.ModeAssist, tmpl, rm)
	before0 := texts(doc)
	pl, err := m.Map(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if notes := m.Notes(); len(notes) > 0 {
		t.Errorf("%s: fell back: %v", tr.File, notes)
	}
	for i, p := range pl {
		if p.Block != doc.Blocks[i] || p.Block.PlainText() != before0[i] {
			t.Errorf("%s: block %d changed", tr.File, i)
		}
		l, matched := truth[normText(doc.Blocks[i].PlainText())]
		st.matched += b2i(matched)
		if p.Mapper != MapperName {
			st.wrongSure += b2i(matched && string(p.Section) != l)
			continue
		}
		st.asked++
		if string(p.Section) != oracle[i] {
			t.Errorf("%s: block %d placed in %s, the oracle said %s", tr.File, i, p.Section, oracle[i])
		}
		if matched {
			st.before += b2i(string(base[i].Section) == l)
			st.after += b2i(string(p.Section) == l)
		}
	}
	return st
}

func normText(s string) string {
	r := strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-")
	return strings.ToLower(strings.Join(strings.Fields(r.Replace(s)), " "))
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
