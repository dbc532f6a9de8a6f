package pdf

import (
	"fmt"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// TestOutlineNamesHeadings: headings set in the body font, neither larger
// nor bold, read as paragraphs by their looks; the bookmarks name them, so
// they are headings at the bookmarks' depths. A paragraph whose text only
// starts like a bookmark stays a paragraph.
func TestOutlineNamesHeadings(t *testing.T) {
	content := textAt(72, 700, "Riverside Family Centre") +
		textAt(72, 670, "Key Successes") +
		textAt(72, 650, "Key Successes were many this year, as the list shows.") +
		textAt(72, 620, "Key Areas for Development") +
		textAt(72, 600, "We will train every volunteer.")
	title := func(s string) string { return fmt.Sprintf("(%s)", s) }
	doc := extractBytes(t, handPDF(
		"<< /Type /Catalog /Pages 2 0 R /Outlines 5 0 R >>",
		"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 9 0 R >>",
		"<< /Type /Outlines /First 6 0 R /Last 6 0 R /Count 3 >>",
		"<< /Title "+title("Riverside Family Centre")+" /Parent 5 0 R /First 7 0 R /Last 8 0 R /Dest [4 0 R /XYZ 72 712 0] >>",
		"<< /Title "+title("Key Successes")+" /Parent 6 0 R /Next 8 0 R /Dest [4 0 R /XYZ 72 682 0] >>",
		"<< /Title "+title("Key  Areas for Development")+" /Parent 6 0 R /Prev 7 0 R /Dest [4 0 R /XYZ 72 632 0] >>",
		stream(content),
	))
	want := "0 p1 heading level=1 \"Riverside Family Centre\"\n" +
		"1 p1 heading level=2 \"Key Successes\"\n" +
		"2 p1 paragraph \"Key Successes were many this year, as the list shows.\"\n" +
		"3 p1 heading level=2 \"Key Areas for Development\"\n" +
		"4 p1 paragraph \"We will train every volunteer.\"\n"
	if got := model.Dump(doc); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestOutlineSkipsContentsPage: a contents page lists the bookmarks'
// titles as lines of their own; the bookmarks name the headings on the
// page they point at, so the contents lines are no headings. The pages
// are known by their object numbers (pageNumbers).
func TestOutlineSkipsContentsPage(t *testing.T) {
	contents := textAt(72, 700, "Contents") + textAt(72, 680, "Key Successes") + textAt(72, 660, "Key Areas for Development")
	body := textAt(72, 700, "Key Successes") + textAt(72, 680, "We trained every volunteer this year.") +
		textAt(72, 650, "Key Areas for Development") + textAt(72, 630, "We will open a Saturday drop-in.")
	page := func(contents int) string {
		return fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", contents)
	}
	doc := extractBytes(t, handPDF(
		"<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R >>",
		"<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		page(9), page(10),
		"<< /Type /Outlines /First 7 0 R /Last 8 0 R /Count 2 >>",
		"<< /Title (Key Successes) /Parent 6 0 R /Next 8 0 R /Dest [5 0 R /XYZ 72 712 0] >>",
		"<< /Title (Key Areas for Development) /Parent 6 0 R /Prev 7 0 R /Dest [5 0 R /XYZ 72 662 0] >>",
		stream(contents), stream(body),
	))
	want := "0 p1 paragraph \"Contents Key Successes Key Areas for Development\"\n" +
		"1 p2 heading level=1 \"Key Successes\"\n" +
		"2 p2 paragraph \"We trained every volunteer this year.\"\n" +
		"3 p2 heading level=1 \"Key Areas for Development\"\n" +
		"4 p2 paragraph \"We will open a Saturday drop-in.\"\n"
	if got := model.Dump(doc); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
