package tracker

import (
	"fmt"
	"path"
	"path/filepath"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// attentionFlags are statement flags the agency itself must act on (send
// the missing section, take out personal details); the others are for the
// reviewer of the draft and only listed.
var attentionFlags = map[string]bool{model.FlagMissingSection: true, model.FlagPersonalData: true}

// doubtFlags are decisions reportpipe was unsure of (which version counts,
// which agency sent it): the business manager settles them, so the agency
// needs attention, but nothing is asked of the agency.
var doubtFlags = map[string]bool{model.FlagVersionDoubt: true, model.FlagAgencyDoubt: true}

// buildRow makes one expected agency's row.
func buildRow(a model.Agency, res *pipeline.Result, rejected []Rejected, rel func(pipeline.FileOutcome) string) Row {
	row := Row{Agency: a.Name, Optional: a.Optional, Contact: a.Contact, Files: []string{}, Flags: []string{}}
	for _, f := range res.Files {
		if f.Status == pipeline.FileUsed && f.Agency == a.Name {
			row.Files = append(row.Files, rel(f))
			if f.Received.After(row.Received) {
				row.Received = f.Received
			}
		}
	}
	var st *model.Statement
	if res.Report != nil {
		for _, s := range res.Report.Statements {
			if s.AgencyKnown && s.Agency == a.Name {
				st = s
			}
		}
	}
	attention := false
	if st == nil {
		row.Number = awaitedNumber(res.Report, a.Name)
	}
	if st != nil {
		row.Number = st.Number
		row.Sections = coverage(st, coverageSections(res.Report))
		for _, fl := range res.Report.FlagsOf(st) {
			row.Flags = append(row.Flags, fl.Message)
			if attentionFlags[fl.Kind] {
				row.Actions = append(row.Actions, fl.Message)
			}
			if fl.Kind == model.FlagMissingSection {
				row.Chase = append(row.Chase, fmt.Sprintf("Your statement has no %s section: please send it, or tell us if there is nothing to report under it this year.",
					sectionTitle(res.Report, fl.Section)))
			}
			attention = attention || attentionFlags[fl.Kind] || doubtFlags[fl.Kind]
		}
	}
	bad := 0
	for _, r := range rejected {
		if r.Agency == a.Name {
			bad++
			msg := "Could not use " + r.File + ": " + r.Reason
			row.Flags = append(row.Flags, msg)
			row.Actions = append(row.Actions, msg)
			if ask := askAgency(r.Cause); ask != "" {
				row.Chase = append(row.Chase, fmt.Sprintf("Your file %s could not be used because %s.", path.Base(filepath.ToSlash(r.File)), ask))
			}
		}
	}
	switch {
	case len(row.Files) > 0 && !attention:
		row.State = Received
	case len(row.Files) > 0 || bad > 0:
		row.State = NeedsAttention
	default:
		row.State = Missing
	}
	return row
}

// awaitedNumber is the number an agency with no statement keeps in the
// report, "" when it has none.
func awaitedNumber(r *model.Report, agency string) string {
	if r == nil {
		return ""
	}
	for _, aw := range r.Awaited {
		if aw.Agency == agency {
			return aw.Number
		}
	}
	return ""
}

func coverage(st *model.Statement, sections []model.SectionInfo) Coverage {
	c := Coverage{Of: len(sections)}
	for _, s := range sections {
		if st.HasContent(s.Key) {
			c.Have++
		} else {
			c.Missing = append(c.Missing, s.Title)
		}
	}
	return c
}

// askAgency is what to tell an agency whose file could not be used, by
// the cause: why, and what to send instead. "" for causes that are the
// board's to sort out (a file reportpipe could not read here).
func askAgency(cause string) string {
	return map[string]string{
		"empty":          "it arrived empty: please send it again",
		"corrupt":        "it is damaged and cannot be opened: please save it again and resend it",
		"encrypted":      "it is password-protected: please send a copy without a password",
		"no_text":        "it has no text we can read (it looks scanned): please send the Word version, or a PDF saved from Word",
		"legacy_doc":     "it is an old Word 97-2003 file: please save it as .docx and send it again",
		"too_large":      "it is far larger than a statement: please send the statement alone, without embedded pictures or appendices",
		"not_a_document": "it is not a statement document: please send your statement as a Word document or a PDF",
		"unsupported":    "it is not in a format we can read: please send your statement as a Word document or a PDF",
	}[cause]
}

func sectionTitle(r *model.Report, k model.SectionKey) string {
	for _, s := range r.Sections {
		if s.Key == k {
			return s.Title
		}
	}
	return string(k)
}
