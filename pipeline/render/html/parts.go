package html

import (
	"strconv"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/layout"
)

// partView is one part of the whole report's outline on the review page:
// its heading, whether its file has come, and a chapter's or table's
// content as the draft prints it.
type partView struct {
	ID, Heading, Kind string
	// Status says received or awaited, with the owner and deadline.
	Status   string
	Awaited  bool
	Blocks   []chapterLine
	Table    [][]string
	Warnings []string
}

// chapterLine is one block of a chapter: its text with its list number
// (as the source numbers it) or heading level, a table's rows, and its
// pictures' descriptions.
type chapterLine struct {
	// ID is the line's anchor, which the analysis's citations link to.
	ID                 string
	Kind, Marker, Text string
	Heading            bool
	Indent             int
	Rows               [][]string
	Pictures           []string
}

// partViews are the outline's parts; nil without an outline. Each chapter
// line's anchor is added to ids by its file and block index.
func partViews(r *model.Report, ids map[blockRef]string) []partView {
	var out []partView
	for i, pt := range r.Parts {
		v := partView{ID: "part" + strconv.Itoa(i+1), Heading: pt.Heading(), Kind: string(pt.Kind)}
		if pt.HasFile() {
			v.Awaited = !pt.Received()
			v.Status = "received: " + pt.File
			if v.Awaited {
				v.Status = layout.AwaitedPart(pt)
			}
		}
		if pt.Table != nil {
			v.Table = append([][]string{pt.Table.Header}, pt.Table.Rows...)
			if pt.Table.Totals != nil {
				v.Table = append(v.Table, pt.Table.Totals)
			}
			v.Warnings = pt.Table.Warnings
		}
		blocks := layout.ChapterBlocks(pt)
		v.Blocks = chapterLines(blocks)
		for j, b := range blocks {
			v.Blocks[j].ID = v.ID + "-b" + strconv.Itoa(j+1)
			ids[blockRef{pt.Document.Source.Path, b.Pos().Index}] = v.Blocks[j].ID
		}
		out = append(out, v)
	}
	return out
}

func chapterLines(blocks []model.Block) []chapterLine {
	counts := map[string]int{}
	var out []chapterLine
	for _, b := range blocks {
		l := chapterLine{Kind: kindWord(b.Kind()), Text: b.PlainText()}
		switch v := b.(type) {
		case *model.Heading:
			l.Heading = true
		case *model.ListItem:
			l.Indent = 18 * max(v.Depth, 0)
			l.Marker = "•"
			if v.Ordered {
				key := v.List + "/" + strconv.Itoa(v.Depth)
				if v.Start > 0 {
					counts[key] = v.Start - 1
				}
				counts[key]++
				l.Marker = strconv.Itoa(counts[key]) + "."
			}
		case *model.Table:
			l.Rows = v.Rows
		}
		for _, p := range model.Pictures(b) {
			alt := p.Alt
			if alt == "" {
				alt = "(no description: add one before publishing)"
			}
			l.Pictures = append(l.Pictures, alt)
		}
		out = append(out, l)
	}
	return out
}
