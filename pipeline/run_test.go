package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

func runPipeline(t *testing.T, cfg config.Config) *pipeline.Result {
	t.Helper()
	p, err := pipeline.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func copyInto(t *testing.T, dir string, files ...string) {
	t.Helper()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// A saved e-mail's attachments are used, the sender's domain identifies the
// agency when the document names none of the configured ones, and the PDF
// copy of the same statement is superseded by one of the pair, not doubled.
func TestRunReadsEmailAttachmentsAndIdentifiesBySender(t *testing.T) {
	root := testutil.RepoRoot(t)
	subs := t.TempDir()
	copyInto(t, subs, filepath.Join(root, "pipeline/intake/testdata/eml/outlook-style.eml"))
	cfg := config.Default()
	cfg.Paths.Submissions = subs
	cfg.Agencies = []config.Agency{{Name: "Riverside Partnership", Aliases: []string{"riverside.example"}}}
	res := runPipeline(t, cfg)
	if len(res.Report.Statements) != 1 {
		t.Fatalf("want one statement from the e-mail, got %d", len(res.Report.Statements))
	}
	st := res.Report.Statements[0]
	if st.Agency != "Riverside Partnership" || !st.AgencyKnown {
		t.Errorf("agency %q known=%v, want Riverside Partnership from the sender's domain", st.Agency, st.AgencyKnown)
	}
	if len(st.Documents) != 1 || st.Documents[0].Source.Attachment == "" {
		t.Fatalf("want the statement to come from one attachment, got %+v", st.Documents)
	}
	if len(res.Report.Superseded) != 1 {
		t.Errorf("the DOCX and PDF attachments hold the same statement: want one superseded, got %+v", res.Report.Superseded)
	}
	if len(res.Report.Missing) != 0 {
		t.Errorf("nothing should be missing, got %v", res.Report.Missing)
	}
}

// Lock files never reach the report; a statement from an agency that is not
// configured is kept under its own title and flagged; an expected agency
// that sent nothing is missing.
func TestRunFlagsUnknownAgenciesAndListsMissing(t *testing.T) {
	root := testutil.RepoRoot(t)
	subs := t.TempDir()
	copyInto(t, subs,
		filepath.Join(root, "submissions", "Westbrook College annual statement.odt"),
		filepath.Join(root, "submissions", "~$verside Community Health - LSCB statement.docx"))
	cfg := config.Default()
	cfg.Paths.Submissions = subs
	cfg.Agencies = []config.Agency{{Name: "Northgate Police"}, {Name: "Harbour Trust", Optional: true}}
	res := runPipeline(t, cfg)
	for _, f := range res.Files {
		if strings.Contains(f.Path, "~$") {
			t.Errorf("a lock file reached the report's files: %+v", f)
		}
	}
	if len(res.Report.Statements) != 1 {
		t.Fatalf("want one statement, got %d", len(res.Report.Statements))
	}
	st := res.Report.Statements[0]
	if st.AgencyKnown || !strings.Contains(st.Agency, "Westbrook College") {
		t.Errorf("agency %q known=%v, want the document's own title, unknown", st.Agency, st.AgencyKnown)
	}
	if !hasFlag(st, model.FlagUnknownAgency) {
		t.Errorf("an unknown agency should be flagged, flags %+v", st.Flags)
	}
	if !hasKind(res.Report.FlagsOf(st), model.FlagPersonalData) {
		t.Errorf("the statement gives a phone number and an e-mail address: want a personal-data flag, flags %+v", res.Report.FlagsOf(st))
	}
	if len(res.Files) != 1 || res.Files[0].Status != pipeline.FileUnidentified {
		t.Errorf("want the file listed unidentified, got %+v", res.Files)
	}
	if len(res.Report.Missing) != 1 || res.Report.Missing[0] != "Northgate Police" {
		t.Errorf("want Northgate Police missing (and the optional agency not), got %v", res.Report.Missing)
	}
	// The configured agencies keep 7.1 and 7.2 whether or not they have
	// sent anything, so the unidentified statement comes after them.
	if st.Number != "7.3" {
		t.Errorf("statement number %q, want 7.3", st.Number)
	}
	if aw := res.Report.Awaited; len(aw) != 1 || aw[0] != (model.Awaited{Agency: "Northgate Police", Number: "7.1"}) {
		t.Errorf("awaited %+v, want Northgate Police keeping 7.1", aw)
	}
}

func hasFlag(st *model.Statement, kind string) bool { return hasKind(st.Flags, kind) }

func hasKind(flags []model.Flag, kind string) bool {
	for _, f := range flags {
		if f.Kind == kind {
			return true
		}
	}
	return false
}

// An attachment that names no agency (and a sender with no domain alias) is
// identified by the name the e-mail was saved under, then by its subject.
func TestRunIdentifiesAttachmentsByEmailNameOrSubject(t *testing.T) {
	root := testutil.RepoRoot(t)
	eml := filepath.Join(root, "pipeline/intake/testdata/eml/outlook-style.eml")
	data, err := os.ReadFile(eml)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ saveAs, alias string }{
		{"FW Harbour Trust statement.eml", "Harbour Trust"}, // the saved name
		{"message.eml", "Annual statement"},                 // a word of the subject line
	}
	for _, c := range cases {
		subs := t.TempDir()
		if err := os.WriteFile(filepath.Join(subs, c.saveAs), data, 0o644); err != nil {
			t.Fatal(err)
		}
		cfg := config.Default()
		cfg.Paths.Submissions = subs
		cfg.Agencies = []config.Agency{{Name: "Harbour Trust", Aliases: []string{c.alias}}}
		res := runPipeline(t, cfg)
		if len(res.Report.Statements) != 1 || res.Report.Statements[0].Agency != "Harbour Trust" || !res.Report.Statements[0].AgencyKnown {
			t.Errorf("saved as %q with alias %q: want the statement under Harbour Trust, got %+v", c.saveAs, c.alias, res.Report.Statements)
		}
	}
}
