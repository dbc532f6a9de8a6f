package odt

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

const (
	boldText   = `<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>`
	normalText = `<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="normal"/></style:style>`
	numberList = `<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/>` +
		`<text:list-level-style-bullet text:level="2" text:bullet-char="-"/></text:list-style>`
	bulletList = `<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>`
)

// TestBlocks reads hand-built bodies, each testing one construct, and
// compares the dump line by line.
func TestBlocks(t *testing.T) {
	tests := []struct {
		name              string
		auto, body, named string
		want              []string
	}{
		{
			name: "outline level, and none means 1",
			body: `<text:h text:outline-level="3">Third</text:h><text:h>Plain h</text:h>`,
			want: []string{`0 heading level=3 "Third"`, `1 heading level=1 "Plain h"`},
		},
		{
			name:  "heading by paragraph style: automatic parent, named outline level, display name",
			auto:  `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/>`,
			named: `<style:style style:name="Heading_20_2" style:family="paragraph" style:default-outline-level="2"/><style:style style:name="Agency_20_Section" style:family="paragraph" style:default-outline-level="4"/><style:style style:name="X9" style:display-name="Heading 5" style:family="paragraph"/><style:style style:name="Title" style:family="paragraph"/>`,
			body:  `<text:p text:style-name="P1">By parent</text:p><text:p text:style-name="Agency_20_Section">Custom</text:p><text:p text:style-name="X9">Shown name</text:p><text:p text:style-name="Title">The title</text:p>`,
			want:  []string{`0 heading level=2 "By parent"`, `1 heading level=4 "Custom"`, `2 heading level=5 "Shown name"`, `3 heading level=1 "The title"`},
		},
		{
			name: "bold candidates: span, paragraph style; not mixed, not a sentence, not long",
			auto: boldText + normalText + `<style:style style:name="P2" style:family="paragraph"><style:text-properties fo:font-weight="700"/></style:style>`,
			body: `<text:p><text:span text:style-name="T1">Key Successes</text:span></text:p><text:p text:style-name="P2">Styled bold</text:p><text:p><text:span text:style-name="T1">Mixed</text:span> line</text:p><text:p text:style-name="P2">A <text:span text:style-name="T2">normal</text:span> word</text:p><text:p><text:span text:style-name="T1">Bold sentence.</text:span></text:p><text:p text:style-name="P2">` + strings.Repeat("word ", 16) + `</text:p>`,
			want: []string{`0 heading level=0 candidate "Key Successes"`, `1 heading level=0 candidate "Styled bold"`, `2 paragraph "Mixed line"`, `3 paragraph "A normal word"`, `4 paragraph "Bold sentence."`, `5 paragraph "` + strings.TrimSpace(strings.Repeat("word ", 16)) + `"`},
		},
		{
			name: "spaces, tabs, breaks and white-space collapsing",
			body: "<text:p>\n  a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d  \n e<text:s/></text:p>",
			want: []string{`0 paragraph "a   b\tc\nd e"`},
		},
		{
			name: "hostile space count is bounded",
			body: `<text:p>x<text:s text:c="999999999"/>y</text:p>`,
			want: []string{`0 paragraph "x` + strings.Repeat(" ", maxSpaces) + `y"`},
		},
		{
			name: "links, spans, bookmarks and fields keep their text",
			auto: boldText,
			body: `<text:p>See <text:a xlink:href="https://example.org" xmlns:xlink="http://www.w3.org/1999/xlink">the <text:span text:style-name="T1">plan</text:span></text:a><text:bookmark text:name="b"/> on page <text:page-number>4</text:page-number>.</text:p>`,
			want: []string{`0 paragraph "See the plan on page 4."`},
		},
		{
			name: "footnotes, comments, tracked deletions and page breaks are not body text",
			body: `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>Editor</dc:creator></office:change-info><text:p>Deleted sentence.</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
				`<text:p>Kept<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Note body</text:p></text:note-body></text:note> text<office:annotation><dc:creator>R</dc:creator><text:p>A comment</text:p></office:annotation><text:change text:change-id="c1"/> and <text:change-start text:change-id="c2"/>inserted<text:change-end text:change-id="c2"/> words<text:soft-page-break/> across a page.</text:p><text:soft-page-break/><text:p>Next</text:p>`,
			want: []string{`0 paragraph "Kept text and inserted words across a page."`, `1 paragraph "Next"`},
		},
		{
			name: "frames: text box read once, after its paragraph; images and alternatives skipped",
			body: `<text:p>Anchor<draw:frame draw:name="F1"><draw:text-box><text:p>In the box</text:p><text:list><text:list-item><text:p>Boxed item</text:p></text:list-item></text:list></draw:text-box><draw:text-box><text:p>Second copy</text:p></draw:text-box><draw:image><svg:desc>Alt text</svg:desc></draw:image></draw:frame> text</text:p>` +
				`<draw:frame><draw:image><text:p>Image caption inside image</text:p></draw:image><svg:title>Logo</svg:title></draw:frame>` +
				`<draw:custom-shape><text:p>Shape text</text:p></draw:custom-shape>`,
			want: []string{`0 paragraph "Anchor text"`, `1 paragraph "In the box"`, `2 list_item depth=0 ordered=false "Boxed item"`, `3 paragraph "Shape text"`},
		},
		{
			name: "sections and empty paragraphs",
			body: `<text:section text:name="S"><text:p>In a section</text:p><text:p> </text:p><text:p/></text:section>`,
			want: []string{`0 paragraph "In a section"`},
		},
		{
			name: "indexes are generated, not read",
			body: `<text:table-of-content><text:index-body><text:p>Agency Context 3</text:p></text:index-body></text:table-of-content><text:h text:outline-level="1">Agency Context</text:h>`,
			want: []string{`0 heading level=1 "Agency Context"`},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := model.Dump(extractOK(t, odtOf(t, tc.auto, tc.body, tc.named)))
			want := strings.Join(tc.want, "\n") + "\n"
			if got != want {
				t.Errorf("got\n%swant\n%s", got, want)
			}
		})
	}
}
