package odt

import (
	"context"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

func cell(text string, attrs string) string {
	return `<table:table-cell ` + attrs + `><text:p>` + text + `</text:p></table:table-cell>`
}

func row(attrs string, cells ...string) string {
	return `<table:table-row ` + attrs + `>` + strings.Join(cells, "") + `</table:table-row>`
}

func tableOf(rows ...string) string {
	return `<table:table><table:table-column table:number-columns-repeated="1000000"/>` + strings.Join(rows, "") + `</table:table>`
}

func onlyTable(t *testing.T, body string) *model.Table {
	t.Helper()
	doc := extractOK(t, odtOf(t, "", body, ""))
	if len(doc.Blocks) != 1 {
		t.Fatalf("want one block, got %s", model.Dump(doc))
	}
	tb, ok := doc.Blocks[0].(*model.Table)
	if !ok {
		t.Fatalf("not a table: %s", model.Dump(doc))
	}
	return tb
}

func TestTables(t *testing.T) {
	tests := []struct {
		name string
		body string
		want [][]string
	}{
		{
			name: "merged cells: covered positions are empty",
			body: tableOf(
				row("", cell("Wide", `table:number-columns-spanned="2"`), `<table:covered-table-cell/>`, cell("C", "")),
				row("", cell("Tall", `table:number-rows-spanned="2"`), cell("x", ""), cell("y", "")),
				row("", `<table:covered-table-cell/>`, cell("z", ""), cell("", ""))),
			want: [][]string{{"Wide", "", "C"}, {"Tall", "x", "y"}, {"", "z", ""}},
		},
		{
			name: "repeated cells and rows are laid out",
			body: tableOf(row(`table:number-rows-repeated="2"`, cell("r", `table:number-columns-repeated="3"`))),
			want: [][]string{{"r", "r", "r"}, {"r", "r", "r"}},
		},
		{
			name: "trailing empty repeated cells and rows are padding",
			body: tableOf(
				row("", cell("a", ""), cell("", ""), `<table:table-cell table:number-columns-repeated="1000000"/>`),
				row("", cell("b", "")),
				row(`table:number-rows-repeated="1048000"`, `<table:table-cell table:number-columns-repeated="1024"/>`)),
			want: [][]string{{"a", ""}, {"b"}},
		},
		{
			name: "hostile repeat of text is capped",
			body: tableOf(row("", cell("x", `table:number-columns-repeated="2000000000"`))),
			want: [][]string{strings.Split(strings.TrimSuffix(strings.Repeat("x,", maxRepeat), ","), ",")},
		},
		{
			name: "header rows, row groups, several paragraphs, lists and nested tables in a cell",
			body: `<table:table><table:table-header-rows>` + row("", cell("Head", "")) + `</table:table-header-rows><table:table-row-group>` +
				row("", `<table:table-cell><text:p>One</text:p><text:list><text:list-item><text:p>two</text:p></text:list-item></text:list>`+
					tableOf(row("", cell("in", ""), cell("ner", "")))+`<text:p><text:note><text:note-body><text:p>fn</text:p></text:note-body></text:note></text:p></table:table-cell>`) +
				`</table:table-row-group></table:table>`,
			want: [][]string{{"Head"}, {"One\ntwo\nin\nner"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := onlyTable(t, tc.body).Rows; !equalRows(got, tc.want) {
				t.Errorf("rows = %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestEmptyTableIsNoBlock(t *testing.T) {
	doc := extractOK(t, odtOf(t, "", tableOf(row("", cell("", ""), cell(" ", "")))+`<text:p>After</text:p>`, ""))
	if got := model.Dump(doc); got != "0 paragraph \"After\"\n" {
		t.Errorf("got %s", got)
	}
}

// TestTableCellBudget: repeats that stay under maxRepeat one by one but add
// up to millions of cells are refused rather than laid out.
func TestTableCellBudget(t *testing.T) {
	r := row(`table:number-rows-repeated="256"`, cell("x", `table:number-columns-repeated="256"`))
	body := tableOf(strings.Repeat(r, maxCells/(256*256)+1))
	_, err := New(extract.Limits{}).Extract(context.Background(), odtOf(t, "", body, ""))
	wantReject(t, err, model.ErrTooLarge)
}
