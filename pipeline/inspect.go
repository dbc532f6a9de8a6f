package pipeline

import (
	"context"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/assemble"
	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// FileView is what one submission file gives on its own, as inspect and
// eval show it: the statement its documents make (an e-mail's attachments
// combined), or why it cannot be used.
type FileView struct {
	Source    model.Source     // the file; Attachment lists the attachments used
	Statement *model.Statement // nil when the file was rejected
	Reason    string           // why it was rejected
	// Warnings are the attachments that could not be used, when others could.
	Warnings []string
}

// InspectFile takes one file through the same intake, extract, map and
// assemble path as a run, so inspect, eval and run agree about it.
func (p *Pipeline) InspectFile(ctx context.Context, path string) (FileView, error) {
	outs, err := p.processFile(ctx, intake.File{Path: path})
	if err != nil {
		return FileView{}, err
	}
	v := FileView{Source: model.Source{Path: path}}
	var docs []assemble.Mapped
	for _, o := range outs {
		if v.Source.Format == "" || o.source.Attachment == "" {
			v.Source.Format = o.source.Format
		}
		if o.err != nil {
			v.Warnings = append(v.Warnings, o.err.Error())
			if v.Reason == "" {
				v.Reason = reasonOf(o.err)
			}
			continue
		}
		docs = append(docs, o.mapped)
	}
	if len(docs) == 0 {
		v.Warnings = nil
		return v, nil
	}
	v.Reason = ""
	v.Source.Format = docs[0].Doc.Source.Format
	v.Statement = assemble.File(docs, p.assembleOptions())
	var names []string
	for _, d := range v.Statement.Documents {
		if d.Source.Attachment != "" {
			names = append(names, d.Source.Attachment)
		}
	}
	v.Source.Attachment = strings.Join(names, ", ")
	return v, nil
}

func reasonOf(err error) string {
	if ie, ok := err.(*model.InputError); ok {
		return ie.Reason()
	}
	return err.Error()
}
