package officepdf

import (
	"slices"
	"testing"
)

func TestPagesOfHeadings(t *testing.T) {
	pages := []string{
		"Title page",
		"Contents 7 Statements 7.1 Alpha 7.2 Beta Analysis Themes Appendix Themes",
		"7 Statements\nThe part's\nintroduction. 7.1 Alpha",
		"more of Alpha 7.2 Beta",
		"Analysis Themes",
		"Appendix Themes",
	}
	got := pagesOf(pages, []string{"7 Statements", "7.1 Alpha", "7.2 Beta", "Analysis", "Themes", "Appendix", "Themes", "Not there"}, "The part's introduction.")
	// The second "Themes" is the appendix's, after it; what is not found is 0.
	if want := []int{3, 3, 4, 5, 5, 6, 6, 0}; !slices.Equal(got, want) {
		t.Errorf("pages %v, want %v", got, want)
	}
}
