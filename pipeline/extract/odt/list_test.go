package odt

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

func TestLists(t *testing.T) {
	tests := []struct {
		name              string
		auto, body, named string
		want              []string
	}{
		{
			name: "ordered by level of the list style; nested list inherits the style",
			auto: numberList,
			body: `<text:list text:style-name="L1"><text:list-item><text:p>One</text:p><text:list><text:list-item><text:p>Sub</text:p></text:list-item></text:list></text:list-item></text:list>`,
			want: []string{`0 list_item depth=0 ordered=true "One"`, `1 list_item depth=1 ordered=false "Sub"`},
		},
		{
			name:  "style from styles.xml; undefined level takes the nearest below",
			named: bulletList,
			body:  `<text:list text:style-name="L2"><text:list-item><text:list><text:list-item><text:list><text:list-item><text:p>Deep</text:p></text:list-item></text:list></text:list-item></text:list></text:list-item></text:list>`,
			want:  []string{`0 list_item depth=2 ordered=false "Deep"`},
		},
		{
			name: "continue-numbering and continue-list carry the style over",
			auto: numberList + bulletList,
			body: `<text:list xml:id="a" text:style-name="L1"><text:list-item><text:p>First</text:p></text:list-item></text:list><text:p>Between</text:p>` +
				`<text:list text:continue-numbering="true"><text:list-item><text:p>Second</text:p></text:list-item></text:list>` +
				`<text:list text:style-name="L2"><text:list-item><text:p>Bullet</text:p></text:list-item></text:list>` +
				`<text:list text:continue-list="a"><text:list-item><text:p>Third</text:p></text:list-item></text:list>`,
			want: []string{`0 list_item depth=0 ordered=true "First"`, `1 paragraph "Between"`, `2 list_item depth=0 ordered=true "Second"`, `3 list_item depth=0 ordered=false "Bullet"`, `4 list_item depth=0 ordered=true "Third"`},
		},
		{
			name: "list style from the paragraph style when the list names none",
			auto: numberList + `<style:style style:name="P7" style:family="paragraph" style:list-style-name="L1"/>`,
			body: `<text:list><text:list-item><text:p text:style-name="P7">Via paragraph</text:p></text:list-item></text:list>`,
			want: []string{`0 list_item depth=0 ordered=true "Via paragraph"`},
		},
		{
			name: "a number level without a visible format is not ordered",
			auto: `<text:list-style style:name="L9"><text:list-level-style-number text:level="1" style:num-format=""/></text:list-style>`,
			body: `<text:list text:style-name="L9"><text:list-item><text:p>Unmarked</text:p></text:list-item></text:list>`,
			want: []string{`0 list_item depth=0 ordered=false "Unmarked"`},
		},
		{
			name: "headings, second paragraphs and tables inside items; empty items skipped",
			auto: numberList,
			body: `<text:list text:style-name="L1"><text:list-item><text:h text:outline-level="2">1. Numbered heading</text:h></text:list-item>` +
				`<text:list-item><text:p>Item</text:p><text:p>More of it</text:p><table:table><table:table-row><table:table-cell><text:p>cell</text:p></table:table-cell></table:table-row></table:table></text:list-item><text:list-item><text:p/></text:list-item></text:list>`,
			want: []string{`0 heading level=2 "1. Numbered heading"`, `1 list_item depth=0 ordered=true "Item"`, `2 list_item depth=0 ordered=true "More of it"`, `3 table rows=1 cols=1 "cell"`},
		},
		{
			name: "numbered-paragraph",
			auto: numberList,
			body: `<text:numbered-paragraph text:level="2" text:style-name="L1"><text:p>Loose item</text:p></text:numbered-paragraph>`,
			want: []string{`0 list_item depth=1 ordered=false "Loose item"`},
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
