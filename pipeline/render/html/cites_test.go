package html

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// Every citation of the analysis that splits into one piece per cited
// block links to an anchor that is on the page, and the board's analysis
// links at least one statement block.
func TestAnalysisCitationsLinkToBlocks(t *testing.T) {
	var buf bytes.Buffer
	if err := New(Options{}).Render(&buf, fixture.Board()); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	start := strings.Index(page, `<section id="analysis">`)
	if start < 0 {
		t.Fatal("no analysis section")
	}
	links := regexp.MustCompile(`<a href="#(s\d+-b\d+|part\d+-b\d+)">`).FindAllStringSubmatch(page[start:], -1)
	if len(links) == 0 {
		t.Fatal("no citation of the analysis links to a block")
	}
	for _, l := range links {
		if !strings.Contains(page, `id="`+l[1]+`"`) {
			t.Errorf("the link #%s leads nowhere", l[1])
		}
	}
	checkBalanced(t, page)
}
