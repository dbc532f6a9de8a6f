package rules

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/template"
)

// The round 3 corpus (testdata/round3, issue 22): fictional statements
// written before the rules of issue 22, split in two. tune/ is the part the
// rules were written against; heldout/ was committed first and never looked
// at while tuning (its numbers were read once, at the end). Each part holds
// src/*.txt and corpus/ (truth, submissions, config.yaml), built by
// testdata/shapes/make_corpus.py; both take report.period 2019-20.

const (
	round3Tune    = "testdata/round3/tune/corpus/truth"
	round3HeldOut = "testdata/round3/heldout/corpus/truth"
	// round3HeldOut2 was written after the first held-out part had been
	// read once by mistake (after item 1's rule, before item 2's rules), and
	// committed before any further rule: the clean held-out part.
	round3HeldOut2 = "testdata/round3/heldout2/corpus/truth"
	round3Period   = "2019-20"
	// round3Tune3 holds headed statements in shapes the first parts lacked
	// (question-form, numbered, capitalised and out-of-order headings, a
	// heading run into its paragraph, inspections with headings of their
	// own), written before the rules for them; heldout3 was written and
	// committed before it and is the clean held-out part for those rules.
	round3Tune3    = "testdata/round3/tune3/corpus/truth"
	round3HeldOut3 = "testdata/round3/heldout3/corpus/truth"
)

// round3Floors are the floors per variant (accuracy) and ceilings (silent):
// issue 22's targets are 0.98 / 0.01 headed and 0.85 / 0.03 headingless.
type round3Floors struct {
	styledAcc, styledSilent, headlessAcc, headlessSilent float64
}

// TestRound3Tuned maps the tuning part: styled statements as they are and
// with bold lines for headings, headingless ones as they are.
func TestRound3Tuned(t *testing.T) {
	evalRound3(t, round3Tune, round3Floors{0.98, 0.01, 0.85, 0.03})
}

// TestRound3HeldOut maps the held-out part with the same floors. While
// issue 22's rules were written it stayed closed (behind an environment
// variable); its numbers have been read since (see the README), so it now
// guards them like any other set, and a new round needs new held-out text.
func TestRound3HeldOut(t *testing.T) {
	evalRound3(t, round3HeldOut, round3Floors{0.98, 0.01, 0.85, 0.03})
}

// TestRound3HeldOut2 maps the second held-out part, likewise.
func TestRound3HeldOut2(t *testing.T) {
	evalRound3(t, round3HeldOut2, round3Floors{0.98, 0.01, 0.85, 0.03})
}

// TestRound3Tune3 maps the third tuning part (headed statements only).
func TestRound3Tune3(t *testing.T) {
	evalRound3Headed(t, round3Tune3, round3Floors{0.98, 0.01, 0.85, 0.03})
}

// TestRound3HeldOut3 maps the third held-out part (headed statements only).
// Its first read (after tune3's rules, once) was styled 1.000 / 0 and bold
// 1.000 / 0 here, and 0.994 / 0 by score-corpus; it now guards those numbers.
func TestRound3HeldOut3(t *testing.T) {
	evalRound3Headed(t, round3HeldOut3, round3Floors{0.98, 0.01, 0.85, 0.03})
}

// TestRound3HeldOut4 maps the fourth part (headed statements in shapes no
// rule had been written for). Its first read was styled 0.930 / silent
// 0.030 (the same in the harness and by score-corpus: topic headings under
// an empty "Safeguarding activity" taken by the gap rule, a heading naming
// two sections, a last heading in the agency's words); topics.go was
// written after it, so it is no longer held out. The accuracy floor is
// under the 0.98: "Outcomes and successes" keeps one section,
// flagged (0.806 on that statement), by design. twosections.go then placed
// such a heading's paragraphs by meaning over its two sections, flagged:
// 1.000 / 0.
func TestRound3HeldOut4(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/heldout4/corpus/truth", round3Floors{0.99, 0.01, 0.85, 0.03})
}

// TestRound3HeldOut5 maps the fifth part (headed statements in shapes no
// earlier set had: a cover letter first, "Part N -" and lettered headings,
// an inspection part in the middle, capitals worded as phrases, a heading
// per paragraph in the agency's own topics, headings naming two sections).
// It was committed before any rule change of its round. Its first read
// (after twosections.go) was 0.776 / silent 0.095, styled and bold alike,
// the same by score-corpus. It is now a TUNING set: the rules of the
// heldout5 round (midinspection.go, inspectionresume.go, letter.go,
// headingidea.go, ownsections.go, missingAhead in topics.go, the part
// labels of normalise.go) were written against its misses and tune4's, and
// read 0.978 / 0.000 on it (Kingsbridge 0.843: "Tenancy visits" has no cue
// words, placed in outcomes, flagged). The floors are that read; the
// untuned part of the round is heldout5b.
func TestRound3HeldOut5(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/heldout5/corpus/truth", round3Floors{0.97, 0.01, 0.85, 0.03})
}

// TestRound3Tune4 maps the fourth tuning part: headed statements in the
// shapes behind heldout5's misses (an inspection part with its own heading
// after the statement proper began, an agency's topic headings, lettered,
// "Section X:" and "Part N –" prefixes, a cover letter before the first
// heading, capitals worded as first-person phrases), other agencies and
// wordings, written before the rules for them. First read, before them:
// 0.870 / silent 0.090; after them 1.000 / 0.
func TestRound3Tune4(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/tune4/corpus/truth", round3Floors{0.99, 0.01, 0.85, 0.03})
}

// TestRound3HeldOut5b maps the part of the heldout5 round never tuned on
// (four headed statements in the shapes of heldout5's misses, other
// wordings), written and committed (df4dc93) before the rules of that
// round and read once after them: 0.940 / silent 0.060, styled and bold,
// the same by score-corpus. Its one miss is a silent error of the new
// mid-statement inspection rule: "Praise from the Ofsted inspector" over
// a paragraph in which the inspector "praised" the homes and called one
// "outstanding" opened inspection (truth: successes; Larchmont 0.759 /
// 0.241). No rule was changed after that read; the floors are the read, as
// a guard, under the bar on purpose.
func TestRound3HeldOut5b(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/heldout5b/corpus/truth", round3Floors{0.93, 0.07, 0.85, 0.03})
}

func round3Mapper(t testing.TB) *Mapper {
	t.Helper()
	tpl, err := template.Default()
	if err != nil {
		t.Fatal(err)
	}
	return NewWithOptions(tpl, Options{LowConfidence: 0.6, Period: round3Period})
}

func evalRound3(t *testing.T, dir string, f round3Floors) {
	evalRound3Variants(t, dir, f, "styled", "bold", "noheadings")
}

// evalRound3Headed is evalRound3 for a part with headed statements only.
func evalRound3Headed(t *testing.T, dir string, f round3Floors) {
	evalRound3Variants(t, dir, f, "styled", "bold")
}

func evalRound3Variants(t *testing.T, dir string, f round3Floors, variants ...string) {
	m := round3Mapper(t)
	acc, sil, n := map[string]float64{}, map[string]float64{}, map[string]int{}
	var cases []evalCase
	least := 6
	switch {
	case strings.HasSuffix(filepath.Dir(dir), "heldout5b/corpus"):
		least = 4 // the small untuned part of the heldout5 round
	case strings.HasSuffix(filepath.Dir(dir), "tune8/corpus"):
		least = 5
	case strings.HasSuffix(filepath.Dir(dir), "apart8/corpus"):
		least = 2 // the small untuned part of the headrules9 round
	case strings.HasSuffix(filepath.Dir(dir), "tune9/corpus"):
		least = 5
	case strings.HasSuffix(filepath.Dir(dir), "apart9/corpus"):
		least = 2 // the small untuned part of the headrules10 round
	}
	for _, c := range loadShapeSet(t, dir, least) {
		cases = append(cases, c)
		if c.td.variant == "styled" {
			cases = append(cases, boldForm(c))
		}
	}
	for _, c := range cases {
		ps, err := m.Map(context.Background(), c.td.doc)
		if err != nil {
			t.Fatal(err)
		}
		checkConservation(t, c.td.doc, ps)
		a, s := accuracy(c.td, ps), silentShare(c.td, ps, 0.6)
		t.Logf("%-10s acc %.3f silent %.3f  %s  %s", c.td.variant, a, s, sectionsString(ps), c.name)
		acc[c.td.variant] += a
		sil[c.td.variant] += s
		n[c.td.variant]++
	}
	for _, k := range []struct {
		variant     string
		floor, ceil float64
	}{{"styled", f.styledAcc, f.styledSilent}, {"bold", f.styledAcc, f.styledSilent}, {"noheadings", f.headlessAcc, f.headlessSilent}} {
		if !slices.Contains(variants, k.variant) {
			continue
		}
		if n[k.variant] == 0 {
			t.Errorf("no %s statements in %s", k.variant, dir)
			continue
		}
		a, s := acc[k.variant]/float64(n[k.variant]), sil[k.variant]/float64(n[k.variant])
		t.Logf("variant %-10s n=%d accuracy %.3f (floor %.2f) silent %.3f (ceiling %.2f)", k.variant, n[k.variant], a, k.floor, s, k.ceil)
		if a < k.floor {
			t.Errorf("%s: accuracy %.3f under %.2f", k.variant, a, k.floor)
		}
		if s > k.ceil {
			t.Errorf("%s: silent %.3f over %.2f", k.variant, s, k.ceil)
		}
	}
}

// round3CasesHeadless are the tuning part's statements with their headings
// removed, for the meaning harness and its sweep (never the held-out parts).
func round3CasesHeadless(t testing.TB) []evalCase {
	t.Helper()
	var out []evalCase
	for _, c := range loadShapeSet(t, round3Tune, 6) {
		c.kind, c.period = "round3", round3Period
		c.td = stripHeadings(c.td)
		c.name += " (no headings)"
		out = append(out, c)
	}
	return out
}

// withPeriod is m for statements of the report period s.
func (m *Mapper) withPeriod(s string) *Mapper {
	c := *m
	c.period = parsePeriod(s)
	return &c
}

// TestRound3HeldOut6 maps the sixth held-out part: eight headed statements
// written blind (by a helper that never saw the rules or their history,
// committed 29c1868 before the heldout5 round's rules reached main) and read
// once after them, styled 0.656 / silent 0.297, bold 0.622 / 0.265, the
// same by score-corpus (before the heldout5 round: 0.596 / 0.303). Whole
// statements whose headings are all in the agency's words ("The year just
// gone", "Bright spots", "Regulation") stayed in context, confidently.
// It is a tuning set since: three rules for its shapes (an agency's own
// headings after a single matched one are read as unmatched headings, an
// inspection by place alone with no inspection word near it is flagged, a
// question heading naming an inspection opens inspection; cases in
// heldout6_rules_test.go) raised it to 0.800 / 0.070 styled, 0.731 / 0.074
// bold. The headrules6 round (formlines.go: a return form's guidance,
// field and contact lines and a glossary to unmapped, flagged;
// plausible.go: a statement nearly all in one section is flagged there;
// unmatched.go: an agency heading whose words do not confirm the section
// it stays in is flagged) raised it to 0.850 / 0.032 styled, 0.781 / 0.023
// bold, still under the bar. The headrules7 round's rules (written
// on heldout7 and tune6, never on this set) raised it to 0.863 / 0.032
// styled, 0.818 / 0.023 bold (Greywell's "Regulation" over a CQC summary
// is read as inspection by its text), and textdisagrees.go (written
// reading this set's remaining silent errors, with fictional cases in
// headrules7_test.go) flagged blocks whose words disagree with a loosely
// matched heading: silent 0.012 styled, 0.009 bold. The headrules9 round
// (a block whose words point elsewhere twice as strongly as to a loose
// heading's section is flagged too; written on tune8) brought styled
// silent to 0.005 (accuracy 0.866 styled, 0.821 bold, unchanged). The
// headrules10 round (written on heldout10 and tune9, never on this set;
// topicdoing.go moves paragraphs of doing out of an agency heading placed
// in outcomes) raised it to 0.879 / 0.005 styled, 0.834 / 0.009 bold. The
// floors are that.
func TestRound3HeldOut6(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/heldout6/corpus/truth", round3Floors{0.83, 0.01, 0.85, 0.03})
}

// TestRound3Tune5 maps round3/tune5: six fictional statements written for
// the shapes the blind heldout6 read exposed (headings none in the
// template's words, short noun phrases, a figures section first, an
// inspection summary under a heading without inspection words, a return
// form's guidance and field lines, merged headings, plans before results,
// an inspector quoted in a success, a glossary and contact lines). Written
// before formlines.go, plausible.go and the unmatched-heading doubt; tuned
// on. Before them 0.783 / silent 0.163, after 0.891 / 0 (styled and bold).
// Left: a figures section first ("Facts and figures") joins the inspection
// summary after it (flagged), and merged headings keep one section.
func TestRound3Tune5(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/tune5/corpus/truth", round3Floors{0.89, 0.01, 0.85, 0.03})
}

// TestRound3HeldOut7 maps the seventh held-out part: eight headed
// statements written blind by a helper that never saw the rules (it read
// heldout6's README, which names the three rules after it in a line each;
// see its README), committed fba5e65, read once after those rules: styled
// 0.730 / silent 0.098, bold 0.743 / 0.072 (score-corpus 0.728 / 0.096,
// agency 7/8). Never tuned on. Read again after the headrules6 round's
// rules (form lines, the plausibility check, written without seeing it):
// styled 0.735 / 0.086, bold 0.749 / 0.060.
//
// It is a TUNING set since the headrules7 round: its misses were read
// (inspections under headings that name none, the agency's own order
// before the first matched heading, several agency headings in a gap, a
// loose lead line after a sibling, a letter under its own heading, contact
// details at the end), fictional statements for those shapes were written
// first (round3/tune6), and the rules of textinspection.go,
// letterheading.go, contactdetails.go, leadlines.go, gapchoice.go and
// ownorder.go were written against both. After them: styled 0.843 /
// silent 0.000, bold 0.852 / 0.000; every miss left is flagged. The floors
// are that read, still under the 0.98: the next blind set is the
// honest measure.
func TestRound3HeldOut7(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/heldout7/corpus/truth", round3Floors{0.84, 0.01, 0.85, 0.03})
}

// TestRound3Tune6 maps round3/tune6: six fictional headed statements
// written for the shapes of heldout7's misses in other words and other
// agencies (an inspection under an agency heading that names none, the
// agency's plans and figures before the template's first heading, a
// letter under a heading of its own with no close, several agency
// headings in a gap, a bold lead line naming a later section, contact
// details at the end), committed before the rules of the headrules7
// round; tuned on. First read (committed, before any rule of the round):
// styled 0.686 / silent 0.085, bold 0.738 / 0.033. After the rules:
// 0.956 / 0.000 styled and bold (left, flagged: Halloway's letter, whose
// truth is unmapped, goes to context as cover letters do; Brindle's note
// on its own order before the first heading).
func TestRound3Tune6(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/tune6/corpus/truth", round3Floors{0.95, 0.01, 0.85, 0.03})
}

// TestRound3HeldOut8 maps the eighth held-out part: eight headed statements
// of realistic length written blind by a helper that never saw the rules
// (see its README), committed b649587 before the headrules7 and lessrules
// rounds merged, and read once after them: styled 0.775 / silent 0.048,
// bold 0.742 / 0.049 (under the rules before those rounds 0.693 / 0.071 and
// 0.657 / 0.086). The floors guarded that read until the headrules8 round.
//
// It is a TUNING set since the headrules8 round: its misses were read
// (styled, bold and with headings taken out: sign-off, approval and
// enquiry lines at the end printed as plans, a director's foreword placed
// in inspection at 0.84-0.90, an Ofsted inspection under "Introduction"
// kept in context at 0.95, a block with no cue for activity and clear
// outcome cues left at 0.65), fictional statements for those shapes were
// written first (round3/tune7), and signoff.go, foreword.go,
// contextinspection.go and owncues.go were written against both. After
// them: styled 0.810 / silent 0.006, bold 0.777 / 0.007 (score-corpus
// 0.805 / 0.006). The headrules9 round's rules (written on heldout9 and
// tune8, never on this set) raised it to 0.820 / 0.006 styled, 0.795 /
// 0.007 bold (its purpose lines before the first heading now unmapped,
// flagged). The headrules10 round (results.go, written on heldout10 and
// tune9) raised it to 0.859 / 0.000 styled, 0.833 / 0.001 bold. The floors
// are that read; the next blind set is the honest measure.
func TestRound3HeldOut8(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/heldout8/corpus/truth", round3Floors{0.83, 0.01, 0.85, 0.03})
}

// TestRound3Tune7 maps round3/tune7: five fictional headed statements
// written for the shapes of heldout8's misses in other words and other
// agencies (signature, approval and enquiry lines at the end, a foreword
// in the first person under its own heading before the first template
// heading, an inspection told under "Introduction"), committed before the
// rules of the headrules8 round; tuned on. First read (committed, before
// any rule of the round): styled 0.758 / silent 0.158, bold the same.
// After the round's rules: 0.860 / 0.000 styled and bold (left: the two
// forewords, unmapped in truth, go to context flagged as cover letters
// do; Pellow's independent review, first under a heading naming no
// inspection, goes to context, flagged).
func TestRound3Tune7(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/tune7/corpus/truth", round3Floors{0.85, 0.01, 0.85, 0.03})
}

// TestRound3HeldOut9 maps the ninth held-out part: six headed statements
// written blind by a helper that never saw the rules (see its README),
// committed before the headrules8 round merged, and read once after it:
// styled 0.855 / silent 0.050, bold 0.838 / 0.050 (under the rules before
// that round 0.842 / 0.055 and 0.826 / 0.055). The floors guarded that
// read until the headrules9 round.
//
// It is a TUNING set since the headrules9 round: its misses were read (a
// heading joining two ideas, "Who we are and what we do", over context
// then activity at 0.95; bold lead lines under an empty heading naming two
// sections kept in one; a purpose line before the first heading in
// context at 0.90; the agency's response and counts after an inspection
// found under "Checks and assurance" sent back to context; a routine
// paragraph kept in outcomes at 0.70 under an agency heading), fictional
// statements for those shapes were written first (round3/tune8, and the
// untuned round3/apart8), and joined.go, aboutstatement.go,
// afterinspection.go, topictwo.go and textdisagrees.go's kept sections
// were written against both. After them: styled 0.924 / silent 0.007,
// bold 0.924 / 0.007 (score-corpus 0.917 / 0.007). Left: Glenhurst's
// survey paragraph in outcomes at 0.62 (silent), the chair's foreword in
// context (flagged), Mellstock's own audit read as activity (flagged).
// The headrules10 round (results.go: a result told among what was done)
// raised it to 0.943 / 0.000 styled and bold. The floors are that read;
// the next blind set is the honest measure.
func TestRound3HeldOut9(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/heldout9/corpus/truth", round3Floors{0.94, 0.01, 0.85, 0.03})
}

// TestRound3Tune8 maps round3/tune8: five fictional headed statements
// written for the shapes of heldout9's misses in other words and other
// agencies (a heading joining two ideas whose halves name two sections, an
// empty heading naming two sections with a lead line for each, a line
// about the statement before the first heading, an agency's own audit and
// response after an inspection, a routine paragraph first under a topic
// heading), committed before the rules of the headrules9 round; tuned on.
// First read (committed, before any rule of the round): styled 0.679 /
// silent 0.146, bold the same. After the round's rules (joined.go,
// aboutstatement.go, afterinspection.go, topictwo.go, and kept sections
// and twice-as-strong text in textdisagrees.go): 0.881 / 0.025 styled and
// bold (score-corpus 0.870 / 0.025). Left: Pennock's "The practices",
// matched to activity by one word (its description flagged; "Forty-two
// children ... were discussed" kept in activity at 0.70, silent), and the
// first, routine paragraph under a topic heading read as outcomes with
// the rest (flagged). The headrules10 round's results.go raised it to
// 0.891 / 0.025 styled and bold.
func TestRound3Tune8(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/tune8/corpus/truth", round3Floors{0.89, 0.03, 0.85, 0.03})
}

// TestRound3Apart8 maps round3/apart8: two fictional headed statements
// written with tune8 for the same shapes and committed with it before any
// rule of the headrules9 round, never tuned on; read once after the
// round's rules: styled 1.000 / silent 0.000, bold the same (score-corpus
// 0.975 / 0.000, coverage 0.975). It was not read before the rules (no
// before-read, by design), and it is small and by the same author as
// tune8, written knowing the shapes: a weak check, not the blind
// measure. The floors guard that read.
func TestRound3Apart8(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/apart8/corpus/truth", round3Floors{0.97, 0.01, 0.85, 0.03})
}

// TestRound3HeldOut10 maps the tenth held-out part: seven headed
// statements (ambulance, probation, fire and rescue, FE college, community
// health, children's hospice, district council) written blind by a helper
// that never saw the rules (see its README), committed before the
// headrules9 and lessrules2 rounds merged and read once after them: styled
// 0.724 / silent 0.038, bold 0.724 / 0.032 (under the rules before those
// rounds 0.698 / 0.077 and 0.698 / 0.071). The floors guarded that read
// until the headrules10 round.
//
// It is a TUNING set since the headrules10 round: its misses were read
// (topics of the agency's own running from what the service is to what
// it did, what changed and what it is proud of, each kept in one section,
// a later one at 0.70; results and awards told under the activity heading;
// notes on the document: a return's subtitle addressed to the board, a
// note on who prepared it, a purpose line first under the first heading;
// a letter opening before the first heading), fictional statements for
// those shapes were written first (round3/tune9, and the untuned
// round3/apart9), and results.go, documentnotes.go, topicdoing.go and
// siblingtopics.go were written against both. Before them: styled 0.724
// / silent 0.038, bold 0.724 / 0.032. After them: styled 0.810 / silent
// 0.006, bold 0.810 / 0.000 (score-corpus 0.807 / 0.006, coverage 0.995,
// agency 7/7). Left, all flagged but one: the services' opening
// descriptions (context) kept with their topic, Sallowfield's figures "at
// a glance" read as inspection, Thirlby's key points in context (the
// truth has unmapped among their labels), cover letters in context as
// letter.go places them, and one silent paragraph ("The students' union
// ran focus groups ..." under "Students' views", matched to outcomes at
// 0.80). The floors are that read, still under the 0.98: the next
// blind set is the honest measure.
func TestRound3HeldOut10(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/heldout10/corpus/truth", round3Floors{0.81, 0.01, 0.85, 0.03})
}

// TestRound3Tune9 maps round3/tune9: five fictional headed statements
// written for the shapes of heldout10's misses in other words and other
// agencies (see its README), committed with the untuned round3/apart9
// before any rule of the headrules10 round; tuned on. First read
// (committed, before any rule of the round): styled 0.646 / silent
// 0.149, bold the same. After the round's rules (results.go,
// documentnotes.go, topicdoing.go, siblingtopics.go): 0.911 / 0.000
// styled and bold (score-corpus 0.902 / 0.000, coverage 0.991, agency
// 5/5). Left, flagged: the services' opening descriptions kept with their
// topic, Tollard's letter opening in context (letter.go's choice), one
// topic's doing and a success kept in outcomes. A rule for the opening
// descriptions was tried and dropped: it gained on this set, one block on
// heldout10 and lost one on heldout8.
func TestRound3Tune9(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/tune9/corpus/truth", round3Floors{0.91, 0.01, 0.85, 0.03})
}

// TestRound3Apart9 maps round3/apart9: two fictional headed statements
// written with tune9 for the same shapes and committed with it before any
// rule of the headrules10 round, never tuned on; read once after the
// round's rules were final: styled 0.790 / silent 0.060, bold the same
// (score-corpus 0.759 / 0.060, coverage 0.969, agency 2/2). Not read
// before the rules (no before-read, by design). Its section strings show
// a topic's stretch taken for successes and a success told without an
// award word ("presented at the regional conference and now used by three
// other services") kept in activity at the heading's confidence: the
// rules' words are narrower than the shapes. Small and by the same author
// as tune9: a weak check, not the blind measure. The floors guard
// that read.
func TestRound3Apart9(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/apart9/corpus/truth", round3Floors{0.79, 0.07, 0.85, 0.03})
}

// TestRound3HeldOut11 maps the eleventh held-out part: seven headed
// statements (CCG, GP federation, youth offending team, children's social
// care, a police public protection unit, a secondary school, a housing
// association) written blind by a helper that never saw the rules (see
// its README), committed before the headrules10 and lessrules3 rounds
// merged and read once after them: styled 0.684 / silent 0.096, bold
// 0.684 / 0.080 (under the rules before those rounds 0.667 / 0.125 both).
// Never tuned on; the floors guard that read, far under the bar.
func TestRound3HeldOut11(t *testing.T) {
	evalRound3Headed(t, "testdata/round3/heldout11/corpus/truth", round3Floors{0.68, 0.10, 0.85, 0.03})
}
