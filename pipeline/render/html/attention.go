package html

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// attention is what needs a reviewer, grouped, for the page's first
// screen: each line links to the block or statement it is about.
type attention struct {
	Groups []attentionGroup
	Total  int
}

type attentionGroup struct {
	Title string
	Items []attentionItem
}

type attentionItem struct {
	Link, Where, Text string
}

// The groups in the order a reviewer works through them; flags of other
// kinds follow under their own words.
var groupOrder = []string{
	"Uncertain placements", "Missing section", "Which version counts", "Which agency sent it",
	"Agency not recognised", "Text not placed in a section", "Possible personal data", "Statements awaited",
}

// summarise gathers what needs attention from the panels: uncertain
// blocks and personal data by block, every flag but the two that only
// count those blocks, and the awaited statements.
func summarise(p page, r *model.Report) attention {
	by := map[string][]attentionItem{}
	var extra []string
	add := func(group string, it attentionItem) {
		if _, ok := by[group]; !ok && !slices.Contains(groupOrder, group) {
			extra = append(extra, group)
		}
		by[group] = append(by[group], it)
	}
	for _, pn := range p.Statements {
		for _, f := range pn.Flags {
			if f.Kind == model.FlagLowConfidence || f.Kind == model.FlagPersonalData {
				continue // each block is listed below
			}
			add(flagWord(f.Kind), attentionItem{Link: "#" + pn.ID, Where: pn.Heading, Text: f.Message})
		}
		for _, b := range pn.Blocks {
			if b.Check != "" {
				add("Uncertain placements", attentionItem{Link: "#" + b.ID, Where: pn.Heading, Text: b.Check + ": \u201c" + preview(b.Text, 90) + "\u201d"})
			}
			for _, n := range b.Notes {
				add("Possible personal data", attentionItem{Link: "#" + b.ID, Where: pn.Heading, Text: n})
			}
		}
	}
	for _, a := range r.Awaited {
		add("Statements awaited", attentionItem{Link: "#files", Where: a.Number + " " + a.Agency, Text: "no statement yet"})
	}
	var out attention
	for _, g := range append(append([]string{}, groupOrder...), extra...) {
		if items := by[g]; len(items) > 0 {
			out.Groups = append(out.Groups, attentionGroup{Title: fmt.Sprintf("%s (%d)", g, len(items)), Items: items})
			out.Total += len(items)
		}
	}
	return out
}

// preview shortens text for a summary line, at a word where it can.
func preview(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	for i := len(r) - 1; i > n/2; i-- {
		if r[i] == ' ' {
			r = r[:i]
			break
		}
	}
	return string(r) + "\u2026"
}
