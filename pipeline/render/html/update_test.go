package html

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// fictionalUpdate is an update of the small fixture: a corrected figure
// and a reviewer's conflicting edit for Riverside, Harbour unchanged, and
// a withdrawn statement that has no panel.
func fictionalUpdate() *Update {
	return &Update{Edited: "board copy.docx", Updated: "report-updated-20260701-120000.docx", Agencies: []AgencyUpdate{
		{Agency: "Riverside Community Health Trust", Summary: "new version: 1 changed block(s)", Listed: true, Blocks: []BlockUpdate{
			{What: "changed", Section: model.SectionActivity, Old: "Level 3 training reached 400 <staff>.", New: "Level 3 training reached 412 <staff>."},
			{What: "edited in the draft and changed by the agency", Conflict: true, Section: model.SectionDevelopment,
				Old: "Embed the neglect tool in every team (board wording).", New: "Embed the new neglect screening tool in every team by March."},
		}},
		{Agency: "Harbour Fire and Rescue Service", Summary: "unchanged"},
		{Agency: "Eastmoor Youth Service", Summary: "withdrawn: 3 deleted block(s)", Blocks: []BlockUpdate{{What: "deleted", Old: "Not listed: the statement went whole."}}},
	}}
}

func renderUpdatePage(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	if err := New(Options{Update: fictionalUpdate()}).Render(&buf, fixture.Small()); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

var agencyLine = regexp.MustCompile(`<h3>(?:<a href="#(s\d+)">)?([^<:]+)(?:</a>)?: ([^<]*)</h3>`)

// The page of an updated draft starts with what the update changed: each
// agency with its change, linked to its panel when it is still in the
// report, each changed block with its section and both texts (escaped),
// and then the usual page.
func TestUpdatePageStartsWithTheChanges(t *testing.T) {
	p := renderUpdatePage(t)
	sec, summary := strings.Index(p, `<section id="update"><h2>Changes brought in by this update</h2>`), strings.Index(p, `<section id="summary">`)
	if sec < 0 || summary < sec {
		t.Fatalf("the changes section is missing or not first (at %d, summary at %d)", sec, summary)
	}
	changes := p[sec:summary]
	got := map[string]string{}
	for _, m := range agencyLine.FindAllStringSubmatch(changes, -1) {
		got[m[2]] = m[3]
		if m[1] != "" && !strings.Contains(p, `<section id="`+m[1]+`" class="panel"><h2>`) {
			t.Errorf("%s links to #%s, which is not on the page", m[2], m[1])
		}
	}
	for agency, want := range map[string]string{"Riverside Community Health Trust": "new version: 1 changed block(s)",
		"Harbour Fire and Rescue Service": "unchanged", "Eastmoor Youth Service": "withdrawn: 3 deleted block(s)"} {
		if got[agency] != want {
			t.Errorf("%s: %q, want %q", agency, got[agency], want)
		}
	}
	for _, want := range []string{
		`<h3><a href="#s1">Riverside Community Health Trust</a>:`, `<h3>Eastmoor Youth Service:`,
		"Safeguarding Children Activity: changed", "Level 3 training reached 400 &lt;staff&gt;.", "Level 3 training reached 412 &lt;staff&gt;.",
		`<div class="change conflict"><div class="meta">Key Areas for Development: edited in the draft`,
		`<span class="label">In the edited draft:</span> Embed the neglect tool in every team (board wording).`,
		`<a href="#update">Changes brought in by this update</a>`, "updated from board copy.docx",
	} {
		if !strings.Contains(p, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	if strings.Contains(changes, "Not listed: the statement went whole.") {
		t.Error("a withdrawn statement's blocks are listed one by one")
	}
	checkBalanced(t, p)
	if !strings.Contains(p, `<section id="s2" class="panel"><h2>7.2 Harbour Fire and Rescue Service</h2>`) {
		t.Error("the usual page does not follow the changes")
	}
}

// A run's page is as it was: no changes section, no link to one.
func TestRunPageHasNoUpdateSection(t *testing.T) {
	if p := renderPage(t); strings.Contains(p, "Changes brought in by this update") || strings.Contains(p, `id="update"`) {
		t.Error("a run's review page shows an update section")
	}
}
