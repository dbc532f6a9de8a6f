package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Some statements open with a summary of themselves: a lead-in ("The main
// points of this statement are:", "In brief:", "At a glance:") and a list
// with a line for each part (the training, a figure, an audit, next year's
// priority). Read by meaning with no headings it was the statement's
// first context, at 0.6-0.8: silent errors, its lines each belonging to a
// different section or to none (issue 22, heldout10 read with its headings
// taken out). The lines repeat what the statement says below, so the
// summary is set aside to unmapped, flagged, with context as runner-up: a
// reviewer decides where it goes, and the statement below is placed as if
// it began after it.

// summaryLeadIn: a short lead-in announcing a summary.
var summaryLeadIn = lazy.Re(`(?i)^\W*(?:(?:the|our)\s+(?:main|key)\s+(?:points|messages|facts)(?:\s+(?:of|from|in)\s+(?:this|our|the)\s+\w+)?\s+(?:are|were)|in (?:brief|summary|short)|at a glance|summary|(?:a )?summary of (?:the year|this (?:statement|report|return))|(?:key|main) (?:points|messages|facts)(?: (?:for|of) the year| this year)?|(?:the )?year at a glance|highlights(?: of the year)?)\s*:\s*$`)

// maxSummaryItems bounds a summary's list.
const maxSummaryItems = 8

// summaryList returns where a summary opening at block i ends: i when
// block i is no summary lead-in followed by at least two list lines.
func (p *plan) summaryList(i int) int {
	if i >= len(p.blocks) || !p.isParagraph(i) || !summaryLeadIn.Get().MatchString(strings.TrimSpace(p.blocks[i].PlainText())) {
		return i
	}
	end := i + 1
	for end < len(p.blocks) && end <= i+maxSummaryItems && p.summaryLine(end) {
		end++
	}
	if end-i < 3 {
		return i
	}
	return end
}

// summaryLine reports whether block k is a line of a summary's list: a
// list item, or a paragraph ending in ";" or following one that does.
func (p *plan) summaryLine(k int) bool {
	if _, isItem := p.blocks[k].(*model.ListItem); isItem {
		return true
	}
	if !p.isParagraph(k) {
		return false
	}
	endsList := func(j int) bool { return strings.HasSuffix(strings.TrimSpace(p.blocks[j].PlainText()), ";") }
	return endsList(k) || endsList(k-1)
}

// setAsideSummary sets the summary at i aside and returns where the
// statement goes on.
func (p *plan) setAsideSummary(i int, parts map[int]aside) int {
	end := p.summaryList(i)
	for k := i; k < end; k++ {
		parts[k] = aside{sec: -1, conf: formLineConf, evidence: "a summary of the statement at its start (a lead-in and its list), repeating what follows: unmapped, check"}
	}
	return end
}
