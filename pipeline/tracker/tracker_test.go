package tracker

import (
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"net/mail"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

var (
	root = filepath.Join("/srv", "lscb", "submissions")
	at   = time.Date(2026, 5, 11, 9, 30, 0, 0, time.UTC)
)

func testConfig() config.Config {
	cfg := config.Default()
	cfg.Paths.Submissions = root
	cfg.Report.Board = "Riverside Local Safeguarding Children Board"
	cfg.Report.Period = "2025-26"
	cfg.Report.Deadline = "2026-05-29"
	cfg.Agencies = []config.Agency{
		{Name: "Riverside Community Health NHS Trust", Aliases: []string{"RCHT"}, Contact: "safeguarding@rcht.example.org"},
		{Name: "Northgate Police", Contact: "ppu@northgate-police.example.org"},
		{Name: "Westbrook College", Contact: "lead@westbrook-college.example.org"},
		{Name: "Hillside Housing Association", Aliases: []string{"Hillside Housing"}, Contact: "tenancy@hillside-housing.example.org"},
		{Name: "Riverside Youth Offending Service", Contact: "yos@riverside.example.org", Optional: true},
	}
	return cfg
}

// statement places one paragraph in each of the given sections.
func statement(agency, number string, keys []model.SectionKey, flags ...model.Flag) *model.Statement {
	st := &model.Statement{Agency: agency, AgencyKnown: true, Number: number, Flags: flags}
	for i, k := range keys {
		st.Placements = append(st.Placements, model.Placement{Section: k, Role: model.RoleContent,
			Block: &model.Paragraph{Position: model.Position{Index: i}, Text: "text"}})
	}
	return st
}

var five = []model.SectionKey{model.SectionContext, model.SectionActivity, model.SectionOutcomes,
	model.SectionSuccesses, model.SectionDevelopment}

func testResult() *pipeline.Result {
	p := func(name string) string { return filepath.Join(root, name) }
	missing := model.Flag{Kind: model.FlagMissingSection, Section: model.SectionSuccesses, Message: "No Key Successes section in this statement."}
	personal := model.Flag{Kind: model.FlagPersonalData, Message: "1 possible item(s) of personal data (phone): check them before publication."}
	low := model.Flag{Kind: model.FlagLowConfidence, Message: "2 block(s) placed with low confidence: check their sections."}
	rep := &model.Report{
		Sections: []model.SectionInfo{{Key: model.SectionInspection, Title: "Inspection"},
			{Key: model.SectionContext, Title: "Agency Context"}, {Key: model.SectionActivity, Title: "Activity"},
			{Key: model.SectionOutcomes, Title: "Outcomes"}, {Key: model.SectionSuccesses, Title: "Key Successes"},
			{Key: model.SectionDevelopment, Title: "Development"}},
		Statements: []*model.Statement{
			statement("Riverside Community Health NHS Trust", "7.1", append([]model.SectionKey{model.SectionInspection}, five...), low),
			statement("Northgate Police", "7.2", []model.SectionKey{model.SectionContext, model.SectionActivity,
				model.SectionOutcomes, model.SectionDevelopment}, missing, personal),
			{Agency: "Greenfield Nursery", AgencyKnown: false},
		},
		Awaited: []model.Awaited{{Agency: "Hillside Housing Association", Number: "7.4"}},
	}
	return &pipeline.Result{Report: rep, Files: []pipeline.FileOutcome{
		{Path: p("RCHT statement v2.docx"), Status: pipeline.FileUsed, Agency: "Riverside Community Health NHS Trust", Received: at.Add(48 * time.Hour)},
		{Path: p("May/RCHT inspection.pdf"), Status: pipeline.FileUsed, Agency: "Riverside Community Health NHS Trust", Received: at},
		{Path: p("RCHT statement v1.docx"), Status: pipeline.FileSuperseded, Agency: "Riverside Community Health NHS Trust",
			By: p("RCHT statement v2.docx"), Received: at},
		{Path: p("FW_ statement.eml"), Attachment: "Northgate Police annual statement.docx", Status: pipeline.FileUsed,
			Agency: "Northgate Police", Received: at},
		{Path: p("Westbrook College statement.pdf"), Status: pipeline.FileRejected, Agency: "Westbrook College",
			Reason: "the PDF is password-protected. Ask the agency for a copy without a password",
			Detail: "the PDF is password-protected", Cause: "encrypted"},
		{Path: p("notes.txt"), Status: pipeline.FileRejected, Reason: "a plain text file, not a statement"},
		{Path: p("Greenfield Nursery.docx"), Status: pipeline.FileUnidentified, Agency: "Greenfield Nursery"},
	}}
}

func TestBuild(t *testing.T) {
	tr := Build(testResult(), optionsOf(testConfig()), time.Date(2026, 5, 12, 15, 0, 0, 0, time.UTC))
	type want struct {
		state    State
		files    int
		sections string
		actions  int
	}
	wants := []want{
		{Received, 2, "5/5", 0},       // all five sections, a low-confidence flag is the reviewer's
		{NeedsAttention, 1, "4/5", 2}, // a section missing (the agency must send it), personal data (the board checks)
		{NeedsAttention, 0, "-", 1},   // sent only a file that cannot be used
		{Missing, 0, "-", 0},
		{Missing, 0, "-", 0}, // optional
	}
	if len(tr.Rows) != len(wants) {
		t.Fatalf("%d rows, want one per configured agency", len(tr.Rows))
	}
	for i, w := range wants {
		r := tr.Rows[i]
		if r.State != w.state || len(r.Files) != w.files || r.Sections.String() != w.sections || len(r.Actions) != w.actions {
			t.Errorf("%s: state %s files %v sections %s actions %v; want %+v", r.Agency, r.State, r.Files, r.Sections, r.Actions, w)
		}
	}
	rcht := tr.Rows[0]
	if !rcht.Received.Equal(at.Add(48*time.Hour)) || rcht.Number != "7.1" || len(rcht.Flags) != 1 {
		t.Errorf("RCHT row: received %v number %q flags %v", rcht.Received, rcht.Number, rcht.Flags)
	}
	if rcht.Files[1] != filepath.Join("May", "RCHT inspection.pdf") {
		t.Errorf("files are not relative to the submissions folder: %v", rcht.Files)
	}
	if got := tr.Rows[1].Files[0]; got != "FW_ statement.eml (attachment Northgate Police annual statement.docx)" {
		t.Errorf("e-mail attachment shown as %q", got)
	}
	if m := tr.Rows[1].Sections.Missing; len(m) != 1 || m[0] != "Key Successes" {
		t.Errorf("missing sections %v", m)
	}
	if tr.Counts != (Counts{Received: 1, NeedsAttention: 2, Missing: 1}) {
		t.Errorf("counts %+v (the optional agency is not missing)", tr.Counts)
	}
	if tr.DaysLeft == nil || *tr.DaysLeft != 17 {
		t.Errorf("days left %v, want 17", tr.DaysLeft)
	}
	if len(tr.Rejected) != 2 || tr.Rejected[0].Agency != "Westbrook College" || tr.Rejected[1].Agency != "" {
		t.Errorf("rejected %+v: the agency is guessed from the file name when it can be", tr.Rejected)
	}
	if len(tr.Superseded) != 1 || tr.Superseded[0].By != "RCHT statement v2.docx" {
		t.Errorf("superseded %+v", tr.Superseded)
	}
	if len(tr.Unidentified) != 1 || tr.Unidentified[0].Title != "Greenfield Nursery" {
		t.Errorf("unidentified %+v", tr.Unidentified)
	}
}

func TestWriteText(t *testing.T) {
	var buf bytes.Buffer
	if err := Build(testResult(), optionsOf(testConfig()), at).WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"Riverside Local Safeguarding Children Board: Annual Report 2025-26\n",
		"Deadline 2026-05-29 (18 days left). 1 received, 2 need attention, 1 missing.",
		"7.1 Riverside Community Health NHS Trust", "5/5",
		"Hillside Housing Association", "MISSING", "not received (optional)",
		"No Key Successes section in this statement.",
		"Not identified", "Greenfield Nursery.docx",
		"Rejected:", "Westbrook College statement.pdf: the PDF is password-protected",
		"Superseded by a later version:", "RCHT statement v1.docx → RCHT statement v2.docx",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("status text lacks %q:\n%s", want, out)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := Build(testResult(), optionsOf(testConfig()), at).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Counts   Counts `json:"counts"`
		Agencies []struct {
			Agency   string `json:"agency"`
			Number   string `json:"number"`
			State    string `json:"state"`
			Sections struct{ Have, Of int }
		} `json:"agencies"`
		Rejected   []map[string]string `json:"rejected"`
		Superseded []map[string]string `json:"superseded"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Agencies) != 5 || got.Agencies[3].State != "missing" || got.Agencies[0].Sections.Have != 5 ||
		got.Rejected[0]["reason"] == "" || got.Superseded[0]["by"] == "" || got.Counts.Missing != 1 {
		t.Errorf("JSON %s", buf.String())
	}
	// An agency with nothing sent shows the number it keeps in the report.
	if got.Agencies[3].Agency != "Hillside Housing Association" || got.Agencies[3].Number != "7.4" {
		t.Errorf("missing agency %+v, want Hillside Housing Association keeping 7.4", got.Agencies[3])
	}
}

// One message per agency to chase, each written to that agency alone:
// not yet received, a file to resend, a section to send; personal data
// (the board's work) is no reason to chase, and nobody else is named.
func TestChases(t *testing.T) {
	chases := Build(testResult(), optionsOf(testConfig()), at).Chases(at)
	got := map[string]Chase{}
	for _, c := range chases {
		got[c.Agency] = c
	}
	want := map[string]struct{ to, body string }{
		"Hillside Housing Association": {"tenancy@hillside-housing.example.org",
			"We have not yet received your statement for the 2025-26 annual report; the deadline is 29 May 2026."},
		"Westbrook College": {"lead@westbrook-college.example.org",
			"Your file Westbrook College statement.pdf could not be used because it is password-protected: please send a copy without a password."},
		"Northgate Police": {"ppu@northgate-police.example.org",
			"Your statement has no Key Successes section: please send it, or tell us if there is nothing to report under it this year."},
	}
	if len(chases) != len(want) {
		t.Fatalf("%d messages %+v, want %d", len(chases), chases, len(want))
	}
	for agency, w := range want {
		c := got[agency]
		if c.To != w.to || !strings.Contains(c.Body, w.body) || !strings.HasPrefix(c.Subject, "Your annual safeguarding statement for the 2025-26") {
			t.Errorf("%s: to %q subject %q body\n%s\nwant to %q and %q", agency, c.To, c.Subject, c.Body, w.to, w.body)
		}
		for other := range want {
			if other != agency && strings.Contains(c.Body, other) {
				t.Errorf("the message to %s names %s", agency, other)
			}
		}
		if strings.Contains(c.Body, "personal data") || strings.Contains(c.Body, "Save it again from the e-mail") {
			t.Errorf("the message to %s holds the board's own work:\n%s", agency, c.Body)
		}
	}
	late := Build(testResult(), optionsOf(testConfig()), at.AddDate(0, 0, 21)).Chases(at.AddDate(0, 0, 21))
	if !strings.Contains(late[0].Body+late[1].Body+late[2].Body, "The deadline was 29 May 2026, 3 days ago") &&
		!strings.Contains(late[0].Body+late[1].Body+late[2].Body, "the deadline was 29 May 2026, 3 days ago") {
		t.Errorf("past the deadline the messages must say how many days overdue:\n%s", late[0].Body)
	}
}

func TestChaseEMLParsesBack(t *testing.T) {
	c := Chase{Agency: "Westbrook College", To: "Designated Lead <lead@westbrook-college.example.org>",
		Subject: "Your annual safeguarding statement for the 2025–26 annual report", Body: "Dear colleague,\n\nPlease.\n"}
	msg, err := mail.ReadMessage(bytes.NewReader(c.EML(at)))
	if err != nil {
		t.Fatal(err)
	}
	to, err := mail.ParseAddress(msg.Header.Get("To"))
	subject, serr := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	body, _ := io.ReadAll(msg.Body)
	if err != nil || serr != nil || to.Address != "lead@westbrook-college.example.org" || subject != c.Subject ||
		!strings.Contains(string(body), "Please.") || msg.Header.Get("X-Unsent") != "1" {
		t.Errorf("to %v (%v), subject %q (%v), body %q", to, err, subject, serr, body)
	}
	if c.FileName() != "westbrook-college.eml" {
		t.Errorf("file name %q", c.FileName())
	}
}

func TestChaseNobody(t *testing.T) {
	cfg := testConfig()
	cfg.Agencies = cfg.Agencies[:1]
	var buf bytes.Buffer
	tr := Build(testResult(), optionsOf(cfg), at)
	if err := tr.WriteChaseSummary(&buf, tr.Chases(at), nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "Nobody to chase") {
		t.Errorf("got %q", buf.String())
	}
}
