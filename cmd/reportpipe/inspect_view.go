package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// inspectOut is the JSON contract of "inspect --json" (see issue 2 and the README).
type inspectOut struct {
	File        string       `json:"file"`
	Attachment  string       `json:"attachment,omitempty"`
	Format      model.Format `json:"format"`
	Status      string       `json:"status"`
	Reason      string       `json:"reason,omitempty"`
	Agency      *string      `json:"agency"`
	AgencyKnown bool         `json:"agency_known"`
	Flags       []model.Flag `json:"flags,omitempty"`
	Warnings    []string     `json:"warnings,omitempty"`
	// SupersededBy names the version a run uses instead, when this file is
	// in the submissions folder and superseded there.
	SupersededBy string         `json:"superseded_by,omitempty"`
	Blocks       []inspectBlock `json:"blocks"`
}

type inspectBlock struct {
	Kind       model.Kind       `json:"kind"`
	Level      int              `json:"level,omitempty"`
	Depth      int              `json:"depth,omitempty"`
	Ordered    bool             `json:"ordered,omitempty"`
	Text       string           `json:"text"`
	Section    model.SectionKey `json:"section"`
	Confidence float64          `json:"confidence"`
	Page       int              `json:"page,omitempty"`
	Index      int              `json:"index"`
	Role       model.Role       `json:"role,omitempty"`
	Mapper     string           `json:"mapper,omitempty"`
	Evidence   string           `json:"evidence,omitempty"`
	// RunnerUp is the section the block would go to next, when the
	// mapper saw one (what a reviewer checks an uncertain placement against).
	RunnerUp model.SectionKey `json:"runner_up,omitempty"`
}

// inspectView is the inspect contract of one file's view.
func inspectView(v pipeline.FileView) inspectOut {
	out := inspectOut{File: v.Source.Path, Attachment: v.Source.Attachment, Format: v.Source.Format,
		Blocks: []inspectBlock{}, Warnings: v.Warnings}
	if out.Format == "" {
		out.Format = model.FormatUnknown
	}
	st := v.Statement
	if st == nil {
		out.Status, out.Reason = "rejected", v.Reason
		return out
	}
	out.Status = "ok"
	out.Agency, out.AgencyKnown = &st.Agency, st.AgencyKnown
	out.Flags = st.Flags
	for _, d := range st.Documents {
		out.Warnings = append(out.Warnings, d.Warnings...)
	}
	for _, pl := range st.Placements {
		out.Blocks = append(out.Blocks, blockView(pl))
	}
	return out
}

func blockView(pl model.Placement) inspectBlock {
	b := inspectBlock{Kind: pl.Block.Kind(), Text: pl.Block.PlainText(), Section: pl.Section,
		Confidence: round2(pl.Confidence), Page: pl.Block.Pos().Page, Index: pl.Block.Pos().Index,
		Role: pl.Role, Mapper: pl.Mapper, Evidence: pl.Evidence, RunnerUp: pl.RunnerUp}
	switch blk := pl.Block.(type) {
	case *model.Heading:
		b.Level = blk.Level
		if !pl.IsHeading() {
			b.Kind, b.Level = model.KindParagraph, 0 // a bold line that is content
		}
	case *model.ListItem:
		b.Depth, b.Ordered = blk.Depth, blk.Ordered
	}
	if pl.IsHeading() {
		b.Kind = model.KindHeading
	}
	return b
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// printOutline is the readable form of inspect.
func printOutline(w io.Writer, o inspectOut) {
	name := o.File
	if o.Attachment != "" {
		name += " → " + o.Attachment
	}
	if o.Status != "ok" {
		fmt.Fprintf(w, "%s (%s): REJECTED\n  %s\n\n", name, o.Format, o.Reason)
		return
	}
	agency := *o.Agency
	if !o.AgencyKnown {
		agency += " (not a configured agency)"
	}
	fmt.Fprintf(w, "%s (%s): %d blocks, agency: %s\n", name, o.Format, len(o.Blocks), agency)
	section := model.SectionKey("")
	for _, b := range o.Blocks {
		if b.Section != section {
			section = b.Section
			fmt.Fprintf(w, "  [%s]\n", section)
		}
		fmt.Fprintf(w, "    %s %.2f  %s\n", shortKind(b), b.Confidence, preview(b.Text, 90))
	}
	for _, f := range o.Flags {
		fmt.Fprintf(w, "  ! %s\n", f.Message)
	}
	if o.SupersededBy != "" {
		fmt.Fprintf(w, "  ! Superseded: the report uses %s instead.\n", o.SupersededBy)
	}
	fmt.Fprintln(w)
}

func shortKind(b inspectBlock) string {
	switch b.Kind {
	case model.KindHeading:
		if b.Role == model.RoleTitle {
			return "title"
		}
		return fmt.Sprintf("h%-4d", b.Level)
	case model.KindListItem:
		return "item "
	case model.KindTable:
		return "table"
	}
	return "para "
}

func preview(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
