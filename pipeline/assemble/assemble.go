package assemble

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Mapped is one document ready to assemble: what extract read and where
// map placed its blocks, with what the e-mail it came in said.
type Mapped struct {
	Doc        *model.Document
	Placements []model.Placement
	// From, Subject and Sent are the e-mail's sender, subject and Date
	// header when the document is an attachment.
	From, Subject string
	Sent          time.Time
	// Notes are flags for this document from an earlier stage (a language
	// model that fell back to the rules).
	Notes []model.Flag
}

// Section is what assemble needs of a template section: whether a
// statement must have it, and its title for the flag when it has not.
type Section struct {
	Key      model.SectionKey
	Title    string
	Required bool
}

// Options are what assemble needs of the configuration.
type Options struct {
	Agencies []model.Agency // in report order
	Sections []Section
	// LowConfidence is the confidence under which a placement is counted
	// as uncertain in the statement's flag.
	LowConfidence float64
	// StatementsNumber is the report part the statements are numbered in ("7").
	StatementsNumber string
}

// Status is what assemble did with one document.
type Status string

// The statuses of a Decision.
const (
	Used         Status = "used"
	Superseded   Status = "superseded"
	Unidentified Status = "unidentified" // used, under its own title: no configured agency matched
)

// Decision is one document's fate: the agency it was credited to and
// whether it is used, with the version used instead and why.
type Decision struct {
	Doc    *model.Document
	Status Status
	Agency string
	By     string // the name of the version used instead, when superseded
	Why    string
}

// Result is the statements in report order and the account of every document.
type Result struct {
	Statements []*model.Statement
	Superseded []model.Superseded
	Missing    []string // configured, not optional agencies with no statement
	Decisions  []Decision
}

// Assemble decides each document's agency and which version of each
// statement counts, combines an agency's documents (an inspection summary
// first, a statement split over two files) into one Statement, and flags
// what a person should check. Statements follow the configured agencies'
// order, then unidentified ones alphabetically.
func Assemble(docs []Mapped, opt Options) Result {
	ids := NewAgencies(opt.Agencies)
	byKey := map[string]int{}
	who := make([]Identity, len(docs))
	cands := make([]Candidate, len(docs))
	for i, m := range docs {
		who[i] = identifyDoc(ids, m, opt.Agencies)
		cands[i] = candidateOf(m, who[i], opt.Agencies)
		byKey[cands[i].Key] = i
	}
	use, superseded := ResolveVersions(cands)
	var res Result
	groups, order := res.used(use, byKey, docs, who)
	versionFlags := res.superseded(superseded, byKey, docs, who)
	sortAgencies(order, opt.Agencies)
	numbers := NewNumbering(opt.Agencies, opt.StatementsNumber)
	for _, agency := range order {
		var parts []Mapped
		for _, i := range groups[agency] {
			parts = append(parts, docs[i])
		}
		st := statement(agency, who[groups[agency][0]].Known, parts, opt)
		st.Flags = append(st.Flags, versionFlags[agency]...)
		st.Flags = append(st.Flags, agencyDoubts(groups[agency], who)...)
		st.Number = numbers.Of(agency)
		res.Statements = append(res.Statements, st)
	}
	for _, a := range opt.Agencies {
		if _, ok := groups[a.Name]; !ok && !a.Optional {
			res.Missing = append(res.Missing, a.Name)
		}
	}
	return res
}

// used records the documents used and groups them (indexes into docs) by
// agency, in the order the agencies first appear.
func (res *Result) used(use []Candidate, byKey map[string]int, docs []Mapped, who []Identity) (map[string][]int, []string) {
	groups := map[string][]int{}
	var order []string
	for _, c := range use {
		i := byKey[c.Key]
		if _, seen := groups[who[i].Agency]; !seen {
			order = append(order, who[i].Agency)
		}
		groups[who[i].Agency] = append(groups[who[i].Agency], i)
		status := Used
		if !who[i].Known {
			status = Unidentified
		}
		res.Decisions = append(res.Decisions, Decision{Doc: docs[i].Doc, Status: status, Agency: who[i].Agency})
	}
	return groups, order
}

// superseded records the versions not used, and returns the version-doubt
// flags by agency.
func (res *Result) superseded(sup []SupersededBy, byKey map[string]int, docs []Mapped, who []Identity) map[string][]model.Flag {
	flags := map[string][]model.Flag{}
	for _, s := range sup {
		lost, won := docs[byKey[s.Key]], docs[byKey[s.By]]
		agency := who[byKey[s.Key]].Agency
		res.Superseded = append(res.Superseded, model.Superseded{File: DisplayName(lost.Doc.Source), Agency: agency,
			By: DisplayName(won.Doc.Source), Why: s.Why, Doubt: s.Doubt})
		res.Decisions = append(res.Decisions, Decision{Doc: lost.Doc, Status: Superseded, Agency: agency,
			By: DisplayName(won.Doc.Source), Why: s.Why})
		if s.Doubt {
			flags[agency] = append(flags[agency], versionDoubt(s, won.Doc, lost.Doc))
		}
	}
	return flags
}

// versionDoubt is the flag on a statement whose version was chosen on thin
// or contradicting evidence.
func versionDoubt(s SupersededBy, won, lost *model.Document) model.Flag {
	when := "arrived at the same time"
	if d := lost.Source.Received.Sub(won.Source.Received); d >= sameTime {
		when = "arrived " + Ago(d) + " later"
	} else if d <= -sameTime {
		when = "arrived " + Ago(d) + " earlier"
	}
	return model.Flag{Kind: model.FlagVersionDoubt, Message: fmt.Sprintf(
		"Two versions of this statement: used %s (%s) rather than %s, which %s: check, and set agencies[].use to settle it.",
		ShortName(won.Source), s.Why, ShortName(lost.Source), when)}
}

// agencyDoubts flags the documents of a statement that could be another
// agency's.
func agencyDoubts(members []int, who []Identity) []model.Flag {
	var out []model.Flag
	for _, i := range members {
		if d := who[i].Doubt; d != "" {
			out = append(out, model.Flag{Kind: model.FlagAgencyDoubt, Message: fmt.Sprintf(
				"Credited to %s (named in %s), but it could be %s: add an alias or rename the file if that is wrong.",
				who[i].Agency, who[i].Evidence, d)})
		}
	}
	return out
}

// sortAgencies orders agency names: configured agencies in configured
// order, then unidentified ones alphabetically.
func sortAgencies(names []string, agencies []model.Agency) {
	rank := map[string]int{}
	for i, a := range agencies {
		rank[a.Name] = i
	}
	sort.SliceStable(names, func(i, j int) bool {
		ri, iok := rank[names[i]]
		rj, jok := rank[names[j]]
		switch {
		case iok && jok:
			return ri < rj
		case iok != jok:
			return iok
		default:
			return names[i] < names[j]
		}
	})
}

// DisplayName names a document for people: the file, and the attachment
// for an e-mail's.
func DisplayName(src model.Source) string {
	if src.Attachment != "" {
		return src.Path + " (attachment " + src.Attachment + ")"
	}
	return src.Path
}

// ShortName names a document by its file name alone (and the attachment
// for an e-mail's), as a person calls it in a sentence: the folder is in
// the files list.
func ShortName(src model.Source) string {
	name := filepath.Base(src.Path)
	if src.Attachment != "" {
		return name + " (attachment " + src.Attachment + ")"
	}
	return name
}

// docWords is the document's text as lower-case words, for comparing versions.
func docWords(d *model.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		out = append(out, strings.Fields(strings.ToLower(b.PlainText()))...)
	}
	return out
}
