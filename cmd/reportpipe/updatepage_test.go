package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// checkUpdatePage checks the review page update wrote beside the updated
// draft at docxPath (as TestUpdateTheReviewersDraft leaves it): it is
// named in the summary, starts with the changes, lists each agency with
// its change and a link to its panel, and shows the corrected figure's
// paragraph before and after.
func checkUpdatePage(t *testing.T, docxPath, summary string) {
	t.Helper()
	path := strings.TrimSuffix(docxPath, ".docx") + ".html"
	if !strings.Contains(summary, path) {
		t.Errorf("the summary does not name the review page %s:\n%s", path, summary)
	}
	if got, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*-updated-*.html")); len(got) != 1 {
		t.Fatalf("want one review page beside the updated draft, got %v", got)
	}
	p := string(readFile(t, path))
	at := strings.Index(p, `<section id="update"><h2>Changes brought in by this update</h2>`)
	end := strings.Index(p, `<section id="summary">`)
	if at < 0 || end < at {
		t.Fatalf("the review page does not start with the changes brought in by the update")
	}
	changes := p[at:end]
	for agency, change := range map[string]string{"Northgate Police": "new version: 1 changed block(s)",
		"Westbrook College": "new statement: ", "Hillside Housing Association": "unchanged"} {
		m := regexp.MustCompile(`<h3><a href="#(s\d+)">` + regexp.QuoteMeta(agency) + `</a>: ` + regexp.QuoteMeta(change)).FindStringSubmatch(changes)
		if m == nil {
			t.Errorf("the changes do not list %s, linked, as %q:\n%s", agency, change, changes)
			continue
		}
		if !regexp.MustCompile(`<section id="` + m[1] + `" class="panel"><h2>[0-9.]+ ` + regexp.QuoteMeta(agency)).MatchString(p) {
			t.Errorf("%s links to #%s, which is not its panel", agency, m[1])
		}
	}
	for _, want := range []string{"In the edited draft:</span> We trained 380 staff in recognising neglect and made 57 referrals.",
		"The agency's text now:</span> We trained 380 staff in recognising neglect and made 61 referrals."} {
		if !strings.Contains(changes, want) {
			t.Errorf("the changes lack %q", want)
		}
	}
}
