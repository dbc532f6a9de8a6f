package pdf

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A cell padded with spaces that run on under the next column's text:
// sorted by x, the spaces fall between the digits, and must not split
// "03/25/2016" into "0 3 / 2 5".
func TestPaddingSpacesUnderText(t *testing.T) {
	var b strings.Builder
	for i, r := range [][2]string{{"Opened", "03/25/2016"}, {"Closed", "07/01/2015"}, {"Reviewed", "11/30/2015"}} {
		b.WriteString(textAt(72, 700-14*i, r[0]+strings.Repeat(" ", 30)))
		b.WriteString(textAt(130, 700-14*i, r[1]))
	}
	got := model.Dump(extractBytes(t, textPDF("", b.String())))
	for _, d := range []string{"03/25/2016", "07/01/2015", "11/30/2015"} {
		if !strings.Contains(got, d) {
			t.Errorf("%s is split:\n%s", d, got)
		}
	}
}
