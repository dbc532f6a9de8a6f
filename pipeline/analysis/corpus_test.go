package analysis

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/score"
	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// corpusTruth reads the truth of every styled submission, one per agency.
func corpusTruth(tb testing.TB) []score.Truth {
	tb.Helper()
	dir := testutil.CorpusDir(tb)
	all, err := score.LoadTruth(dir)
	if err != nil {
		tb.Fatal(err)
	}
	var out []score.Truth
	for _, tf := range all {
		if tf.Variant == "styled" && tf.Agency != nil {
			out = append(out, tf)
		}
	}
	if len(out) == 0 {
		tb.Fatalf("no styled truth files in %s", dir)
	}
	return out
}

// truthStatement builds the Statement a perfect extract and map would give:
// the title, each section heading before its first block, and every block
// placed under its truth label.
func truthStatement(tf score.Truth) *model.Statement {
	doc := &model.Document{Source: model.Source{Path: tf.File, Format: model.FormatDOCX}}
	s := &model.Statement{Agency: *tf.Agency, AgencyKnown: true, Documents: []*model.Document{doc}}
	place := func(b model.Block, k model.SectionKey, role model.Role) {
		doc.Blocks = append(doc.Blocks, b)
		s.Placements = append(s.Placements, model.Placement{Block: b, Section: k, Role: role, Confidence: 1, Mapper: "truth"})
	}
	place(&model.Heading{Position: model.Position{Index: 0}, Level: 1, Text: tf.Title}, model.SectionContext, model.RoleTitle)
	next, current := 0, ""
	for _, b := range tf.Blocks {
		if b.Label != current && next < len(tf.Headings) {
			if h := tf.Headings[next]; h.Label != nil && *h.Label == b.Label {
				place(&model.Heading{Position: model.Position{Index: len(doc.Blocks)}, Level: 2, Text: h.Text}, model.SectionKey(b.Label), model.RoleSectionHeading)
				next++
			}
		}
		current = b.Label
		place(truthBlockModel(b, len(doc.Blocks)), model.SectionKey(b.Label), model.RoleContent)
	}
	return s
}

func truthBlockModel(b score.TruthBlock, index int) model.Block {
	pos := model.Position{Index: index}
	switch b.Kind {
	case "bullet":
		return &model.ListItem{Position: pos, Text: b.Text, Ordered: b.List == "ordered"}
	case "table":
		return &model.Table{Position: pos, Rows: b.Rows}
	default:
		return &model.Paragraph{Position: pos, Text: b.Text}
	}
}

func corpusStatements(tb testing.TB) ([]*model.Statement, []score.Truth) {
	truth := corpusTruth(tb)
	stmts := make([]*model.Statement, len(truth))
	for i, tf := range truth {
		stmts[i] = truthStatement(tf)
	}
	return stmts, truth
}

// The completeness table is right for every agency: a section is present
// or thin exactly when the truth has a block in it, thin exactly when those
// blocks have fewer than 40 words, and nobody lacks a required section.
func TestCorpusCompleteness(t *testing.T) {
	stmts, truth := corpusStatements(t)
	var expected []model.Agency
	for _, tf := range truth {
		expected = append(expected, model.Agency{Name: *tf.Agency})
	}
	a := Analyse(stmts, expected, nil, DefaultOptions())
	c := a.Completeness
	if len(c.Rows) != len(truth) || len(c.NotSubmitted) != 0 || len(c.LackingRequired) != 0 {
		t.Fatalf("%d rows for %d agencies; not submitted %v; lacking %+v", len(c.Rows), len(truth), c.NotSubmitted, c.LackingRequired)
	}
	for i, tf := range truth {
		row := c.Rows[i]
		if row.Agency != *tf.Agency || len(row.Files) != 1 || row.Files[0] != tf.File {
			t.Errorf("row %d: %q %v, want %q from %s", i, row.Agency, row.Files, *tf.Agency, tf.File)
		}
		words := map[model.SectionKey]int{}
		has := map[model.SectionKey]bool{}
		for _, b := range tf.Blocks {
			has[model.SectionKey(b.Label)] = true
			words[model.SectionKey(b.Label)] += len(strings.Fields(b.Text))
		}
		for _, cell := range row.Cells {
			want := model.StatusMissing
			if has[cell.Section] {
				want = model.StatusPresent
				if words[cell.Section] < DefaultThinWords {
					want = model.StatusThin
				}
			}
			if cell.Status != want {
				t.Errorf("%s %s: %s (%d words), want %s (truth: %d words)", row.Agency, cell.Section, cell.Status, cell.Words, want, words[cell.Section])
			}
		}
		for _, k := range []model.SectionKey{ctx, act, out, suc, dev} {
			if !has[k] {
				t.Errorf("%s: the truth lacks %s; the corpus README says all five are there", *tf.Agency, k)
			}
		}
	}
}

// Essex Community Rehabilitation Company says it has no data on impact.
func TestCorpusImpact(t *testing.T) {
	stmts, _ := corpusStatements(t)
	a := Analyse(stmts, nil, nil, DefaultOptions())
	for _, f := range a.Impact {
		if f.Agency == "Essex Community Rehabilitation Company" {
			if f.Reason != model.ImpactNoData || f.Quote == "" || len(f.Citations) != 1 || f.Citations[0].Section != out {
				t.Errorf("ECRC listed as %+v, want no_data quoting its outcomes block", f)
			}
			return
		}
	}
	t.Errorf("Essex Community Rehabilitation Company is not under evidence of impact: %+v", a.Impact)
}

// Every figure in South Essex Partnership Trust's training tables is in the
// training table with its level, and those under 90% are marked.
func TestCorpusTrainingSEPT(t *testing.T) {
	stmts, truth := corpusStatements(t)
	a := Analyse(stmts, nil, nil, DefaultOptions())
	levelNum := regexp.MustCompile(`(?i)levels?\s*([0-9/]+)`)
	const sept = "South Essex Partnership Trust (SEPT)"
	var tables, want int
	for _, tf := range truth {
		if *tf.Agency != sept {
			continue
		}
		for _, b := range tf.Blocks {
			if b.Kind != "table" {
				continue
			}
			tables++
			for _, row := range b.Rows {
				for _, cell := range row[1:] {
					pct, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(cell), "%"), 64)
					if !strings.HasSuffix(cell, "%") || err != nil {
						continue
					}
					want++
					lv := levelNum.FindStringSubmatch(row[0])
					if lv == nil {
						t.Fatalf("row %q names no level", row[0])
					}
					if !hasFigure(a.Training, sept, lv[1], pct) {
						t.Errorf("missing %s %q %v%% (level %s, below target %v)", sept, row[0], pct, lv[1], pct < 90)
					}
				}
			}
		}
	}
	if tables != 2 || want < 8 {
		t.Fatalf("SEPT truth has %d tables with %d figures; expected two tables", tables, want)
	}
}

// hasFigure reports whether the training table holds agency's figure pct at
// the level numbered num ("3", "4/5/6"), marked below 90 exactly when it is.
func hasFigure(figs []model.TrainingFigure, agency, num string, pct float64) bool {
	for _, f := range figs {
		if f.Agency == agency && f.Percent == pct && strings.HasSuffix(f.Level, " "+num) &&
			f.BelowTarget == (pct < 90) && f.From == "table" && len(f.Citations) == 1 {
			return true
		}
	}
	return false
}

// All analyses over the corpus statements: the target is under 50 ms.
func BenchmarkAnalyseCorpus(b *testing.B) {
	stmts, _ := corpusStatements(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyse(stmts, nil, nil, DefaultOptions())
	}
}
