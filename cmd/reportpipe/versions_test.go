package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A FINAL and a draft copied in 3 s later: the run uses FINAL and says it
// was unsure, status marks the agency as needing attention, and
// agencies[].use settles it.
func TestVersionDoubtIsShownAndSettledByUse(t *testing.T) {
	dir := newWorkspace(t)
	subs := filepath.Join(dir, "submissions")
	final := filepath.Join(subs, "Northgate Police Annual Statement FINAL.docx")
	draft := filepath.Join(subs, "Northgate_Police_statement_draft2.docx")
	writeDocx(t, final, statementMD("Northgate Police"))
	writeDocx(t, draft, strings.Replace(statementMD("Northgate Police"), "57 referrals", "61 referrals", 1))
	at := time.Date(2026, 5, 11, 9, 30, 0, 0, time.UTC)
	for path, when := range map[string]time.Time{final: at, draft: at.Add(3 * time.Second)} {
		if err := os.Chtimes(path, when, when); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, code := runCLI(t, dir, "run")
	if code != 0 {
		t.Fatalf("run: exit %d\n%s%s", code, out, errOut)
	}
	want := "Two versions of this statement: used Northgate Police Annual Statement FINAL.docx (named final) rather than Northgate_Police_statement_draft2.docx, which arrived 3 s later: check"
	if !strings.Contains(out, want) {
		t.Errorf("the run summary lacks the version doubt %q:\n%s", want, out)
	}
	if state := agencyState(t, dir, "Northgate Police"); state != "needs_attention" {
		t.Errorf("status says Northgate Police is %q, want needs_attention while the version is in doubt", state)
	}
	cfgPath := filepath.Join(dir, "reportpipe.yaml")
	cfg, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	settled := strings.Replace(string(cfg), "  - name: Northgate Police\n", "  - name: Northgate Police\n    use: Northgate_Police_statement_draft2.docx\n", 1)
	if settled == string(cfg) {
		t.Fatal("the workspace config has no Northgate Police entry to settle")
	}
	if err := os.WriteFile(cfgPath, []byte(settled), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, _ = runCLI(t, dir, "run")
	if strings.Contains(out, "Two versions") || !strings.Contains(out, "FINAL.docx (replaced by") {
		t.Errorf("with agencies[].use the draft is used and nothing is in doubt:\n%s", out)
	}
	if state := agencyState(t, dir, "Northgate Police"); state != "received" {
		t.Errorf("status says Northgate Police is %q once settled, want received", state)
	}
}

// statusOf runs `status --json` in dir, which must succeed, and decodes it.
func statusOf(t *testing.T, dir string) statusJSON {
	t.Helper()
	out, errOut, code := runCLI(t, dir, "status", "--json")
	if code != 0 {
		t.Fatalf("status --json: exit %d\n%s", code, errOut)
	}
	var st statusJSON
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	return st
}

func agencyState(t *testing.T, dir, agency string) string {
	t.Helper()
	st := statusOf(t, dir)
	for _, a := range st.Agencies {
		if a.Agency == agency {
			return a.State
		}
	}
	return "absent"
}
