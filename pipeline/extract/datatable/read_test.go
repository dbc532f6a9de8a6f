package datatable

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestCSVAttendanceTotals(t *testing.T) {
	csv := "Member,Organisation,June,September,December,March\n" +
		"Alex Fairweather,Independent Chair,1,1,1,1\n" +
		"Sam Okoro,Northgate Police,1,0,1,1\n" +
		"\n" +
		"Priya Lane,Riverside Community Health,0,1,1,\n" +
		"Total,,,,,\n"
	tb, err := ReadCSV([]byte(csv))
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.Rows) != 3 || tb.Header[2] != "June" {
		t.Fatalf("table %+v", tb)
	}
	if got := strings.Join(tb.Totals, "|"); got != "Total||2|2|3|2" {
		t.Errorf("totals %q", got)
	}
}

// The finance workbook is made by excelize here, as a finance officer's
// spreadsheet would be: money with a pound sign and pence, a total row
// that gives one figure itself (wrongly) and leaves one blank.
func TestXLSXFinanceTotals(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Contributions")
	rows := [][]any{
		{"Partner", "Contribution", "Share"},
		{"Riverside Council", "£62,500.00", "50%"},
		{"Northgate Police", "£25,000.00", "20%"},
		{"Riverside Community Health", "£37,500.50", "30%"},
		{"Total", "", "99%"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Contributions", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	tb, err := ReadXLSX(buf.Bytes(), "Contributions")
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(tb.Totals, "|"); got != "Total|£125,000.50|99%" {
		t.Errorf("totals %q", got)
	}
	if len(tb.Warnings) != 1 || !strings.Contains(tb.Warnings[0], `"Share" is given as 99%, but the column adds up to 100`) {
		t.Errorf("warnings %q", tb.Warnings)
	}
	if _, err := ReadXLSX(buf.Bytes(), "Spending"); err == nil || !strings.Contains(err.Error(), `no sheet "Spending" (it has Contributions)`) {
		t.Errorf("missing sheet: %v", err)
	}
}

func TestRefusals(t *testing.T) {
	if _, err := ReadCSV([]byte("a,\"b\nc")); err == nil {
		t.Error("broken quotes accepted")
	}
	if _, err := ReadCSV([]byte("\n\n")); err == nil {
		t.Error("empty table accepted")
	}
	if _, err := ReadXLSX([]byte("not a zip"), ""); err == nil {
		t.Error("junk workbook accepted")
	}
}
