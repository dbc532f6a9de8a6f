package main

import (
	"bytes"
	"io"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type statusJSON struct {
	Counts   map[string]int `json:"counts"`
	Agencies []struct {
		Agency   string   `json:"agency"`
		State    string   `json:"state"`
		Files    []string `json:"files"`
		Sections struct{ Have, Of int }
	} `json:"agencies"`
	Rejected []struct{ File, Reason string } `json:"rejected"`
}

func TestStatusTrackerAndChase(t *testing.T) {
	dir := newWorkspace(t)
	subs := filepath.Join(dir, "submissions")
	writeDocx(t, filepath.Join(subs, "Northgate Police annual statement.docx"), statementMD("Northgate Police"))
	if err := os.MkdirAll(filepath.Join(subs, "May"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeDocx(t, filepath.Join(subs, "May", "Westbrook College statement.docx"), statementMD("Westbrook College"))
	for _, junk := range []string{"~$stbrook College statement.docx", "Hillside Housing statement.docx"} {
		if err := os.WriteFile(filepath.Join(subs, junk), nil, 0o644); err != nil { // a lock file, an empty save
			t.Fatal(err)
		}
	}
	st := statusOf(t, dir)
	states := map[string]string{}
	for _, a := range st.Agencies {
		states[a.Agency] = a.State
	}
	want := map[string]string{
		"Northgate Police": "received", "Westbrook College": "received",
		"Hillside Housing Association":         "needs_attention", // sent only an empty file
		"Riverside Community Health NHS Trust": "missing",
	}
	for a, s := range want {
		if states[a] != s {
			t.Errorf("%s is %q, want %q (all: %v)", a, states[a], s, states)
		}
	}
	if len(st.Rejected) != 1 || st.Rejected[0].Reason == "" {
		t.Errorf("rejected %+v: want the empty file only (the lock file is skipped)", st.Rejected)
	}
	text, _, _ := runCLI(t, dir, "status")
	for _, w := range []string{"Northgate Police", "received", "5/5", "MISSING", "Rejected:", "Hillside Housing statement.docx"} {
		if !strings.Contains(text, w) {
			t.Errorf("status text lacks %q:\n%s", w, text)
		}
	}
	chase, _, code := runCLI(t, dir, "status", "--chase")
	if code != 0 || !strings.Contains(chase, "2 agency(ies) to chase") {
		t.Errorf("status --chase: exit %d\n%s", code, chase)
	}
	wantTo := map[string][2]string{
		"riverside-community-health-nhs-trust.eml": {"safeguarding@rcht.example.org", "Riverside Community Health"},
		"hillside-housing-association.eml":         {"tenancy@hillside-housing.example.org", "Hillside Housing"},
	}
	drafts, _ := filepath.Glob(filepath.Join(dir, "output", "chase", "*.eml"))
	if len(drafts) != len(wantTo) {
		t.Fatalf("chase drafts %v, want one per agency to chase: %v", drafts, wantTo)
	}
	for _, d := range drafts {
		w := wantTo[filepath.Base(d)]
		checkChaseDraft(t, d, w[0], w[1])
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "output")); len(entries) > 2 { // .cache and chase only
		t.Errorf("status wrote drafts: %v", entries)
	}
}

// checkChaseDraft parses an .eml draft back and checks it is addressed to
// one agency's contact, has a subject, and names no other agency.
func checkChaseDraft(t *testing.T, path, to, own string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	msg, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s is not an e-mail: %v", path, err)
	}
	addr, err := mail.ParseAddress(msg.Header.Get("To"))
	if err != nil || addr.Address != to || !strings.Contains(msg.Header.Get("Subject"), "annual safeguarding statement") {
		t.Errorf("%s: To %q (%v), Subject %q; want To %s", path, msg.Header.Get("To"), err, msg.Header.Get("Subject"), to)
	}
	body, _ := io.ReadAll(msg.Body)
	named := 0
	for _, agency := range []string{"Riverside Community Health", "Northgate Police", "Westbrook College", "Hillside Housing"} {
		if agency != own && strings.Contains(string(body), agency) {
			named++
		}
	}
	if named > 0 {
		t.Errorf("%s names another agency:\n%s", path, body)
	}
}

func TestStatusConfigError(t *testing.T) {
	dir := newWorkspace(t)
	_, errOut, code := runCLI(t, dir, "status")
	if code != 0 {
		t.Fatalf("status on an empty workspace: exit %d %s", code, errOut)
	}
	cmdEnv := []string{"REPORTPIPE_LLM_MODE=sometimes"}
	_, errOut, code = runCLIEnv(t, dir, cmdEnv, "status")
	if code != 2 || !strings.Contains(errOut, `llm.mode: "sometimes" is not one of off, assist, full`) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
