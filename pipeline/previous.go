package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// maxPreviousBytes bounds last year's report as read (a report is a few MB).
const maxPreviousBytes = 200 << 20

// previousReport reads analysis.previous into the values the progress
// analysis takes: nil when unset. A reportpipe JSON draft is read as it
// stands; a published DOCX or PDF through the same extractors as the
// statements, its Part 7 cut at the agencies' headings ("7.3 Northgate
// Police") and each agency's part placed by the same mapper. Which it is,
// is decided by the file's first bytes, not its name.
func (p *Pipeline) previousReport(ctx context.Context) (*model.PreviousReport, error) {
	path := p.cfg.Analysis.Previous
	if path == "" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("analysis.previous %s: cannot be read (%w); check the path, which is relative to the configuration file", path, err)
	}
	if len(data) > maxPreviousBytes {
		return nil, fmt.Errorf("analysis.previous %s: larger than %d MB, not a report", path, maxPreviousBytes>>20)
	}
	name := filepath.Base(path)
	switch {
	case bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")):
		return previousFromJSON(name, data)
	case bytes.HasPrefix(data, []byte("PK")):
		return p.previousFromDocument(ctx, name, model.FormatDOCX, data)
	case bytes.HasPrefix(data, []byte("%PDF")):
		return p.previousFromDocument(ctx, name, model.FormatPDF, data)
	}
	return nil, fmt.Errorf("analysis.previous %s: not a reportpipe JSON draft, a DOCX or a PDF; name last year's draft (.json) or the published report", path)
}

// previousJSON is the part of reportpipe's JSON output the progress
// analysis reads.
type previousJSON struct {
	Statements []struct {
		Agency   string `json:"agency"`
		Sections []struct {
			Key    model.SectionKey `json:"key"`
			Blocks []struct {
				Text   string     `json:"text"`
				Role   model.Role `json:"role"`
				Source struct {
					Page  int `json:"page"`
					Index int `json:"index"`
				} `json:"source"`
			} `json:"blocks"`
		} `json:"sections"`
	} `json:"statements"`
}

func previousFromJSON(name string, data []byte) (*model.PreviousReport, error) {
	var doc previousJSON
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("analysis.previous %s: not a reportpipe JSON draft (%v); name the .json file a run wrote", name, err)
	}
	out := &model.PreviousReport{File: name}
	for _, s := range doc.Statements {
		ps := model.PreviousStatement{Agency: s.Agency}
		for _, sec := range s.Sections {
			for _, b := range sec.Blocks {
				if (model.Placement{Role: b.Role}).IsHeading() {
					continue
				}
				ps.Paragraphs = append(ps.Paragraphs, model.PreviousBlock{Section: sec.Key, Text: b.Text, Page: b.Source.Page, Index: b.Source.Index})
			}
		}
		out.Statements = append(out.Statements, ps)
	}
	if len(out.Statements) == 0 {
		return nil, fmt.Errorf("analysis.previous %s: holds no statements; name the .json file of last year's draft", name)
	}
	return out, nil
}

// agencyHeadingRe is the heading of one agency in Part 7: "7.3 Northgate
// Police", "7.3. Northgate Police".
var agencyHeadingRe = lazy.Re(`^\s*(\d+)\.(\d+)\.?\s+(\S.*)$`)

// previousFromDocument reads a published report: its text as the
// extractors read a statement, Part 7 cut at each agency's heading (the
// part's number from report.statements_number when set), and each
// agency's blocks placed by the mapper, so its Key Areas for Development
// are found the way this year's are.
func (p *Pipeline) previousFromDocument(ctx context.Context, name string, f model.Format, data []byte) (*model.PreviousReport, error) {
	doc, err := p.extractors.Extract(ctx, f, data, p.limits)
	if err != nil {
		return nil, fmt.Errorf("analysis.previous %s: %w", name, err)
	}
	out := &model.PreviousReport{File: name}
	for _, part := range splitAgencies(doc, p.cfg.Report.StatementsNumber) {
		placed, err := p.mapper.Map(ctx, part.doc)
		if err != nil {
			return nil, fmt.Errorf("analysis.previous %s: %s: %w", name, part.agency, err)
		}
		ps := model.PreviousStatement{Agency: part.agency}
		for _, pl := range placed {
			if pl.IsHeading() || pl.Block == nil {
				continue
			}
			pos := pl.Block.Pos()
			ps.Paragraphs = append(ps.Paragraphs, model.PreviousBlock{Section: pl.Section, Text: pl.Block.PlainText(), Page: pos.Page, Index: pos.Index})
		}
		out.Statements = append(out.Statements, ps)
	}
	if len(out.Statements) == 0 {
		return nil, fmt.Errorf("analysis.previous %s: no agency headings such as \"7.1 Northgate Police\" were found, so its statements cannot be told apart", name)
	}
	return out, nil
}

// agencyPart is one agency's blocks of a published report.
type agencyPart struct {
	agency string
	doc    *model.Document
}

// splitAgencies cuts doc at the headings numbered N.M (N the part's
// number when given); an agency's part ends at the next such heading or at
// a heading of the same or a higher level that is not one.
func splitAgencies(doc *model.Document, number string) []agencyPart {
	var out []agencyPart
	level := 0
	for _, b := range doc.Blocks {
		if h, ok := b.(*model.Heading); ok {
			m := agencyHeadingRe.Get().FindStringSubmatch(h.Text)
			if m != nil && (number == "" || m[1] == number) {
				level = h.Level
				out = append(out, agencyPart{agency: strings.TrimSpace(m[3]), doc: &model.Document{Source: doc.Source}})
				continue
			}
			if len(out) > 0 && level > 0 && h.Level <= level {
				level = 0 // the end of Part 7
			}
		}
		if len(out) > 0 && level > 0 {
			last := out[len(out)-1].doc
			last.Blocks = append(last.Blocks, b)
		}
	}
	return out
}
