package pipeline

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Combine makes one Read of the documents read from one submission file (an
// e-mail gives one per attachment), for a per-file view such as inspect:
// copies of the same statement (a DOCX and its PDF) resolve to one, as a run
// resolves versions; distinct documents follow each other, inspection
// summaries first. Attachments that could not be read become warnings; only
// when none could be read is the result an error.
func (p *Pipeline) Combine(reads []Read) Read {
	if len(reads) == 1 {
		return reads[0]
	}
	var ok []Read
	var warnings []string
	for _, r := range reads {
		if r.Err != nil {
			warnings = append(warnings, r.Err.Error())
			continue
		}
		ok = append(ok, r)
	}
	if len(ok) == 0 {
		return reads[0]
	}
	byKey := map[string]Read{}
	var cands []intake.Candidate
	for _, r := range ok {
		key := sourceKey(r.Source)
		byKey[key] = r
		cands = append(cands, intake.Candidate{Key: key, Agency: "one file", Name: r.Source.Attachment,
			Received: r.Source.Received, Words: docWords(r.Doc)})
	}
	use, _ := intake.ResolveVersions(cands)
	first := byKey[use[0].Key]
	doc := &model.Document{Source: first.Source, Warnings: warnings}
	var names []string
	for _, c := range use {
		r := byKey[c.Key]
		names = append(names, r.Source.Attachment)
		doc.Blocks = append(doc.Blocks, r.Doc.Blocks...)
		doc.Warnings = append(doc.Warnings, r.Doc.Warnings...)
	}
	doc.Source.Attachment = strings.Join(names, ", ")
	return Read{Source: doc.Source, Doc: doc, From: first.From, Subject: first.Subject}
}
