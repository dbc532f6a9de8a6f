package update

import (
	"regexp"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

var (
	delRE      = regexp.MustCompile(`(?s)<w:del [^>]*>(.*?)</w:del>`)
	insOnlyRE  = regexp.MustCompile(`<w:ins [^>]*><w:r>(?:<w:rPr>.*?</w:rPr>)?<w:t xml:space="preserve">23\.4%</w:t></w:r></w:ins>`)
	delTextRE  = regexp.MustCompile(`<w:delText[^>]*>([^<]*)</w:delText>`)
	harbourOld = "Referrals to early help rose by 21.6% compared with last year, and every school now has a named lead for early help."
	harbourNew = "Referrals to early help rose by 23.4% compared with last year, and every school now has a named lead for early help."
	harbourRev = "Referrals to early help rose by 21.6% compared with last year, and every school now has a named safeguarding lead for early help."
)

func harbour(text, file, sha string) *model.Statement {
	return statement("Harbour Community Trust", file, sha, block{sec: model.SectionOutcomes, text: text})
}

// TestClashShowsTheAgencysWords: the reviewer edited a paragraph and the
// agency changed a figure in it; the agency's new paragraph, inserted
// under the reviewer's, marks the changed figure as one w:del and one
// w:ins against the agency's old text, and Accept All or Reject All gives
// a clean document.
func TestClashShowsTheAgencysWords(t *testing.T) {
	draft := renderDraft(t, report(harbour(harbourOld, "harbour v1.docx", "h1")))
	doc := strings.Replace(string(part(t, draft, "word/document.xml")), "named lead", "named safeguarding lead", 1)
	res, err := apply(withPart(t, draft, "word/document.xml", []byte(doc)), report(harbour(harbourNew, "harbour v2.docx", "h2")), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	out := string(part(t, res.DOCX, "word/document.xml"))
	inserted := paraWith(t, out, "23.4%")
	dels := delRE.FindAllStringSubmatch(inserted, -1)
	if len(dels) != 1 || delTextRE.FindStringSubmatch(dels[0][1])[1] != "21.6%" {
		t.Errorf("the inserted paragraph should delete exactly 21.6%%, it deletes %q:\n%s", dels, inserted)
	}
	if !insOnlyRE.MatchString(inserted) {
		t.Errorf("23.4%% is not one insertion of its own:\n%s", inserted)
	}
	if !strings.Contains(string(part(t, res.DOCX, "word/comments.xml")), "changed marked against its old text") {
		t.Error("the clash's comment does not say the agency's words are marked")
	}
	if c := res.Changes[0]; c.Conflicts != 1 || c.Changed != 0 || len(c.Blocks) != 1 || c.Blocks[0].Was != harbourOld || c.Blocks[0].Old != harbourRev {
		t.Errorf("the change is not counted once as a clash with the agency's old text: %+v", c)
	}
	accepted := texts(t, resolve([]byte(out), true))
	if !containsText(accepted, harbourRev) || !containsText(accepted, harbourNew) || containsText(accepted, harbourOld) {
		t.Errorf("after accepting all: %q", accepted)
	}
	rejected := texts(t, resolve([]byte(out), false))
	if !containsText(rejected, harbourRev) || containsText(rejected, harbourNew) || containsText(rejected, "21.6% compared with last year, and every school now has a named lead") {
		t.Errorf("after rejecting all: %q", rejected)
	}
}

func containsText(ts []string, s string) bool {
	for _, t := range ts {
		if t == s {
			return true
		}
	}
	return false
}

// TestClashSurvivesLibreOffice: saved by LibreOffice, the clash's
// paragraph still accepts into the agency's new words (LibreOffice keeps
// a w:del and a w:ins side by side; it would flatten them nested).
func TestClashSurvivesLibreOffice(t *testing.T) {
	draft := renderDraft(t, report(harbour(harbourOld, "harbour v1.docx", "h1")))
	doc := strings.Replace(string(part(t, draft, "word/document.xml")), "named lead", "named safeguarding lead", 1)
	res, err := apply(withPart(t, draft, "word/document.xml", []byte(doc)), report(harbour(harbourNew, "harbour v2.docx", "h2")), Options{Now: when})
	if err != nil {
		t.Fatal(err)
	}
	saved := part(t, convert(t, res.DOCX, "docx"), "word/document.xml")
	if accepted := texts(t, resolve(saved, true)); !containsText(accepted, harbourNew) || !containsText(accepted, harbourRev) {
		t.Errorf("after LibreOffice and accepting all: %q", accepted)
	}
}
