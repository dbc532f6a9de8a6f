package docx

import (
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

var (
	markRe = regexp.MustCompile(`<w:bookmarkStart w:id="\d+" w:name="(_(?:Ref|Toc)\d+)"/>`)
	linkRe = regexp.MustCompile(`<w:hyperlink w:anchor="([^"]+)"`)
	fileRe = regexp.MustCompile(`\.(docx|pdf|odt)\b|#\d+`)
)

// Every citation in the analysis is a link to a bookmark that exists, each
// bookmark on a cited block sits in Part 7, and the analysis shows agencies
// and sections, never file names and block numbers.
func TestCitationsLinkToPartSeven(t *testing.T) {
	doc := string(unzip(t, render(t, fixture.Small()))["word/document.xml"])
	part := strings.Index(doc, ">7 Partner Agency Annual Statements</w:t></w:r><w:bookmarkEnd")
	analysis := strings.Index(doc, ">Analysis</w:t></w:r><w:bookmarkEnd")
	unplaced := strings.Index(doc, ">Appendix: text not placed in a section</w:t></w:r><w:bookmarkEnd")
	if part < 0 || analysis < part || unplaced < analysis {
		t.Fatalf("parts not found in order: %d %d %d", part, analysis, unplaced)
	}
	marks := map[string]int{}
	for _, m := range markRe.FindAllStringSubmatchIndex(doc, -1) {
		marks[doc[m[2]:m[3]]] = m[0]
	}
	refs := 0
	for name, at := range marks {
		if strings.HasPrefix(name, "_Ref") {
			refs++
			if at < part || at > analysis {
				t.Errorf("bookmark %s is outside Part 7", name)
			}
		}
	}
	region := doc[analysis:unplaced]
	links := linkRe.FindAllStringSubmatch(region, -1)
	toBlocks := 0
	for _, l := range links {
		if _, ok := marks[l[1]]; !ok {
			t.Errorf("a citation links to %s, which is no bookmark", l[1])
		}
		if strings.HasPrefix(l[1], "_Ref") {
			toBlocks++
		}
	}
	if len(links) < 5 || toBlocks < 2 || refs < 2 {
		t.Errorf("%d citation links, %d to cited blocks, %d block bookmarks: want the fixture's citations as links", len(links), toBlocks, refs)
	}
	for _, m := range regexp.MustCompile(`<w:t[^>]*>([^<]*)</w:t>`).FindAllStringSubmatch(region, -1) {
		if fileRe.MatchString(m[1]) {
			t.Errorf("the analysis shows a file name or block number: %q", m[1])
		}
	}
	// The draft note names no agency: its citation does; the findings that
	// name their agency cite the section alone.
	if !strings.Contains(region, `>Riverside Community Health Trust, Safeguarding Children Activity</w:t>`) {
		t.Error(`no citation reads as "agency, section"`)
	}
	if !strings.Contains(region, `the outcomes section has 10 words</w:t></w:r><w:r><w:t xml:space="preserve"> (</w:t></w:r><w:hyperlink w:anchor="_Ref`) ||
		!strings.Contains(region, `>Outcomes and Impact</w:t></w:r></w:hyperlink>`) {
		t.Error("the impact finding does not cite its section as a link to the block")
	}
}

// A finding naming several agencies links each name to its own agency's
// cited block, rather than one section label linking to the first.
func TestSeveralAgenciesEachLinked(t *testing.T) {
	r := fixture.Small()
	th := &r.Analysis.Themes.Themes[0]
	th.DevelopmentAgencies = append(th.DevelopmentAgencies, "Harbour Fire and Rescue Service")
	th.Agencies = append(th.Agencies, model.ThemeAgency{Agency: "Harbour Fire and Rescue Service", Development: true,
		Citations: []model.Citation{{Agency: "Harbour Fire and Rescue Service", Section: model.SectionDevelopment, File: "harbour-fire-annual.pdf", Index: 3}}})
	xml, err := New(Options{}).DocumentXML(r)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(xml)
	want := `>Neglect: </w:t></w:r><w:hyperlink w:anchor="_Toc2" w:history="1">` // Riverside's cited block is not in Part 7: its heading
	if !strings.Contains(doc, want) || !regexp.MustCompile(`>; </w:t></w:r><w:hyperlink w:anchor="_Ref\d+" w:history="1"><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">Harbour Fire and Rescue Service</w:t>`).MatchString(doc) {
		t.Errorf("the shared area does not link each agency's name:\n%s", doc[strings.Index(doc, ">Neglect: "):][:900])
	}
}
