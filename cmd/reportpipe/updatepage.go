package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render"
	"github.com/reportpipe/reportpipe/pipeline/render/html"
	"github.com/reportpipe/reportpipe/pipeline/update"
)

// outcomeWords say what update did with a block, for the review page.
var outcomeWords = map[update.Outcome]string{
	update.BlockChanged:   "changed (tracked word by word; a table is replaced whole)",
	update.BlockInserted:  "inserted",
	update.BlockDeleted:   "deleted",
	update.BlockConflict:  "edited in the draft and changed by the agency: the agency's paragraph is inserted after the edited one, with a comment",
	update.BlockReoffered: "deleted in the draft but changed by the agency: offered again as an insertion, with a comment",
	update.BlockKept:      "removed by the agency but edited in the draft: kept, with a comment",
}

// conflicting are the outcomes where the reviewers' text stays and a
// comment asks them to choose.
var conflicting = map[update.Outcome]bool{update.BlockConflict: true, update.BlockReoffered: true, update.BlockKept: true}

// updateSummary is what the update changed, as the review page shows it.
func updateSummary(edited, updated string, changes []update.Change) *html.Update {
	sum := &html.Update{Edited: edited, Updated: filepath.Base(updated)} // the page sits beside it
	for _, c := range changes {
		a := html.AgencyUpdate{Agency: c.Agency, Summary: describe(c), Listed: c.Status == update.NewVersion}
		for _, b := range c.Blocks {
			a.Blocks = append(a.Blocks, html.BlockUpdate{What: outcomeWords[b.Outcome], Conflict: conflicting[b.Outcome],
				Section: model.SectionKey(b.Section), Old: b.Old, New: b.New})
		}
		sum.Agencies = append(sum.Agencies, a)
	}
	return sum
}

// writeUpdatePage writes the review page of the updated draft at docxPath
// beside it, with the same name but .html: the changes first, then the
// usual review page of the current statements.
func writeUpdatePage(r *model.Report, low float64, sum *html.Update, docxPath string) (string, error) {
	var buf bytes.Buffer
	if err := html.New(html.Options{LowConfidence: low, Update: sum}).Render(&buf, r); err != nil {
		return "", fmt.Errorf("rendering the review page: %w", err)
	}
	path := strings.TrimSuffix(docxPath, ".docx") + ".html"
	return path, render.PublishAs(path, buf.Bytes())
}
