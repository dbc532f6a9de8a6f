package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

var (
	// doneRe says a sentence reports something done or in place.
	doneRe = lazy.Re(`(?i)\b(?:went live|gone live|go-live|launched|introduced|implemented|completed|embedded|established|rolled out|in place|delivered|achieved|reached|appointed|recruited|agreed|signed|published|trained|now (?:in use|used|uses|use|has|have|in place|live)|live since|set up|started|opened|adopted)\b`)
	// planRe says a sentence is about intentions, not what happened.
	planRe = lazy.Re(`(?i)\b(?:will|plan(?:s|ning)? (?:to|for)|continue to plan|remains? (?:a|an|our) (?:priority|focus|area)|still (?:a|an|being|to)|is still|are still|yet to|not yet|next year|aim(?:s)? to|intend(?:s)? to|hope(?:s)? to|look at|looking at|explore|exploring|being discussed|under discussion|would)\b`)
)

// progressMinOverlap is the share of an area's key words a sentence must
// share to be about it.
const progressMinOverlap = 0.5

// progress follows up last year's Key Areas for Development: for each
// agency with a statement in both years, each area is matched against the
// sentences of this year's statement. A matching sentence that reports
// something done or gives a figure, and does not speak of plans, shows
// progress; a matching sentence otherwise (or one carried over word for
// word) is a mention without evidence; no matching sentence, not
// mentioned. Paragraphs carried over word for word are listed.
func progress(c *corpus, prev *model.PreviousReport) *model.Progress {
	if prev == nil {
		return nil
	}
	p := &model.Progress{Source: prev.File, Items: []model.ProgressItem{}, Carried: []model.CarriedOver{}}
	byAgency := previousByAgency(prev)
	for _, v := range c.stmts {
		last := byAgency[agencyKey(v.agency)]
		if last == nil {
			p.NoPrevious = append(p.NoPrevious, v.agency)
			continue
		}
		copied := carried(v, last, prev.File)
		p.Carried = append(p.Carried, copied...)
		for _, b := range last.Paragraphs {
			if b.Section == model.SectionDevelopment && strings.TrimSpace(b.Text) != "" {
				p.Items = append(p.Items, followUp(v, b, copied, prevCite(prev, last, b)))
			}
		}
	}
	return p
}

// previousByAgency indexes last year's statements by agency (as sameAgency
// compares names; the first of a name counts), so each statement of this
// year finds its own in one look-up.
func previousByAgency(prev *model.PreviousReport) map[string]*model.PreviousStatement {
	out := make(map[string]*model.PreviousStatement, len(prev.Statements))
	for i := range prev.Statements {
		if k := agencyKey(prev.Statements[i].Agency); out[k] == nil {
			out[k] = &prev.Statements[i]
		}
	}
	return out
}

func prevCite(prev *model.PreviousReport, s *model.PreviousStatement, b model.PreviousBlock) model.Citation {
	return model.Citation{Agency: s.Agency, Section: b.Section, File: prev.File, Page: b.Page, Index: b.Index}
}

// followUp decides one area's status from this year's sentences.
func followUp(v *stmtView, area model.PreviousBlock, copied []model.CarriedOver, at model.Citation) model.ProgressItem {
	out := model.ProgressItem{Agency: v.agency, Area: area.Text, Status: model.ProgressAbsent, Citations: []model.Citation{}, Previous: at}
	keys := keyStems(area.Text)
	best, bestDone := 0.0, 0.0
	for _, it := range v.items {
		if !it.content() {
			continue
		}
		isCopy := copiedItem(copied, it.cite)
		for _, sent := range sentences(it.text) {
			score := overlap(keys, sent)
			if score < progressMinOverlap {
				continue
			}
			if !isCopy && showsDone(sent) && score > bestDone {
				bestDone = score
				out.Status, out.Quote, out.Citations = model.ProgressShown, sent, []model.Citation{it.cite}
			}
			if bestDone == 0 && score > best {
				best = score
				out.Status, out.Quote, out.Citations = model.ProgressMentioned, sent, []model.Citation{it.cite}
			}
		}
	}
	return out
}

// overlap is the share of keys found among the sentence's key stems (an
// area of one or two key words needs them all).
func overlap(keys []string, sent string) float64 {
	if len(keys) == 0 {
		return 0
	}
	have := map[string]bool{}
	for _, s := range keyStems(sent) {
		have[s] = true
	}
	n := 0
	for _, k := range keys {
		if have[k] {
			n++
		}
	}
	if len(keys) <= 2 && n < len(keys) {
		return 0
	}
	return float64(n) / float64(len(keys))
}

// showsDone reports whether a sentence shows something happened: a thing
// done or in place, or a figure, and no talk of plans.
func showsDone(sent string) bool {
	if planRe.Get().MatchString(sent) {
		return false
	}
	return doneRe.Get().MatchString(sent) || hasCount(sent)
}

// carried lists this year's paragraphs that repeat one of last year's word
// for word (ignoring case and spacing); short lines such as headings are
// not counted.
func carried(v *stmtView, last *model.PreviousStatement, file string) []model.CarriedOver {
	byText := map[string]model.PreviousBlock{}
	for _, b := range last.Paragraphs {
		if wordCount(b.Text) >= carriedMinWords {
			byText[normText(b.Text)] = b
		}
	}
	var out []model.CarriedOver
	for _, it := range v.items {
		if b, ok := byText[normText(it.text)]; ok && it.content() {
			out = append(out, model.CarriedOver{Agency: v.agency, Text: it.text, Citations: []model.Citation{it.cite},
				Previous: model.Citation{Agency: last.Agency, Section: b.Section, File: file, Page: b.Page, Index: b.Index}})
		}
	}
	return out
}

// carriedMinWords: a shorter paragraph repeated is a label, not a copy.
const carriedMinWords = 6

func copiedItem(cs []model.CarriedOver, at model.Citation) bool {
	for _, c := range cs {
		if len(c.Citations) > 0 && c.Citations[0] == at {
			return true
		}
	}
	return false
}

func normText(s string) string {
	return strings.TrimRight(strings.ToLower(strings.Join(strings.Fields(s), " ")), ".;: ")
}
