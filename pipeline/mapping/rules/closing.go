package rules

import (
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A statement with no headings often ends with a closing remark after its
// plans: the agency in the third person thanking its partners or saying it
// remains committed ("The college is grateful to its students, staff and
// partners ...", "Caldbeck Homes remains committed to keeping children
// safe ..."). Read by meaning it was the last block, in the last section,
// confidently (issue 22, the stripped reading: development at 0.83 and
// 0.90). It is no plan: it is set aside and goes to context, the section
// that speaks of the agency as a whole, flagged (a reviewer may take it
// for a success), with the section around it as runner-up.

var (
	// closingWords: thanks, commitment, carrying on.
	closingWords = lazy.Re(`(?i)\b(grateful|gratitude|thanks?|thanking|committed|commitment|continues to|remains)\b`)
	// thirdPerson: the agency as "The college", "The trust", ... .
	thirdPerson = lazy.Re(`(?i)^\W*the (college|school|academy|trust|service|council|force|partnership|federation|group|charity|organisation|association|board|unit|team|practice|hospice|company)\b`)
	// plansWords: a closing remark plans nothing.
	plansWords = lazy.Re(`(?i)\b(will|shall|plan(s|ned|ning)?|aim|intend|next year|coming year|year ahead|priorit\w+)\b`)
)

// closingConf is a closing remark's confidence, under the usual 0.6.
const closingConf = 0.55

// headlessClosing sets aside a closing remark: the last block of a
// headingless statement that is not set aside already.
func (p *plan) headlessClosing(parts map[int]aside) {
	ctx := p.m.sectionIndex(model.SectionContext)
	last := len(p.blocks) - 1
	for last > p.titleEnd {
		if _, ok := parts[last]; !ok {
			break
		}
		last--
	}
	if ctx < 0 || last <= p.titleEnd || !p.closingRemark(last) {
		return
	}
	parts[last] = aside{sec: ctx, conf: closingConf, evidence: "a closing remark (the agency in the third person, thanks or commitment, no plan) after the statement: context, check"}
}

// closingRemark reports whether paragraph i reads as a closing remark.
func (p *plan) closingRemark(i int) bool {
	text := strings.TrimSpace(p.blocks[i].PlainText())
	if !p.isParagraph(i) || !closingWords.Get().MatchString(text) || plansWords.Get().MatchString(text) || p.m.period.laterPeriod(text) {
		return false
	}
	return p.opensWithAgency(i) || thirdPerson.Get().MatchString(text)
}
