package llm

import (
	"errors"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/config"
)

func TestPrivacyGuard(t *testing.T) {
	cases := []struct {
		mode, url string
		allow     bool
		key       string // the config key the refusal names; "" when accepted
	}{
		{ModeAssist, "http://127.0.0.1:11434/v1", false, ""},
		{ModeAssist, "http://127.8.9.10:8080/v1", false, ""},
		{ModeFull, "http://[::1]:8000/v1", false, ""},
		{ModeFull, "http://LOCALHOST:8000/v1", false, ""},
		{ModeAssist, "https://api.example.com/v1", false, "llm.allow_remote"},
		{ModeAssist, "http://192.168.1.20:11434/v1", false, "llm.allow_remote"},
		{ModeAssist, "http://localhost.example.org/v1", false, "llm.allow_remote"},
		{ModeAssist, "http://127.0.0.1.nip.io/v1", false, "llm.allow_remote"},
		{ModeAssist, "https://api.example.com/v1", true, ""},
		{ModeOff, "http://127.0.0.1:11434/v1", false, "llm.mode"},
		{"", "http://127.0.0.1:11434/v1", false, "llm.mode"},
		{"sometimes", "http://127.0.0.1:11434/v1", false, "llm.mode"},
		{ModeAssist, "127.0.0.1:11434", false, "llm.base_url"},
		{ModeAssist, "", false, "llm.base_url"},
		{ModeAssist, "ftp://127.0.0.1/v1", false, "llm.base_url"},
	}
	for _, c := range cases {
		cfg := testCfg(c.mode, c.url)
		cfg.AllowRemote = c.allow
		m, err := New(cfg, testTemplate(), fakeRules{})
		if c.key == "" {
			if err != nil || m == nil {
				t.Errorf("%s %s allow=%v: refused: %v", c.mode, c.url, c.allow, err)
			}
			continue
		}
		var ce *config.Error
		if m != nil || !errors.As(err, &ce) || ce.Key != c.key {
			t.Errorf("%s %s allow=%v: got %v, %v; want a config error on %s", c.mode, c.url, c.allow, m, err, c.key)
		}
	}
}

func TestRemoteRefusalSaysWhatToDo(t *testing.T) {
	_, err := New(testCfg(ModeAssist, "https://llm.example.net/v1"), testTemplate(), fakeRules{})
	if err == nil || !strings.Contains(err.Error(), "llm.allow_remote: true") || !strings.Contains(err.Error(), "llm.example.net") {
		t.Errorf("error %v should name the host and llm.allow_remote", err)
	}
}

func TestNoModelIsRefused(t *testing.T) {
	cfg := testCfg(ModeAssist, "http://127.0.0.1:1/v1")
	cfg.Model = ""
	var ce *config.Error
	if _, err := New(cfg, testTemplate(), fakeRules{}); !errors.As(err, &ce) || ce.Key != "llm.model" {
		t.Errorf("got %v, want a config error on llm.model", err)
	}
}

func TestSentSummaryNamesTheEndpoint(t *testing.T) {
	s := Sent{Endpoint: "http://127.0.0.1:11434/v1", Model: "llama3.1", Documents: 2, Blocks: 31, Attempts: 3}
	got := s.Summary()
	for _, want := range []string{"31 block(s)", "2 document(s)", "http://127.0.0.1:11434/v1", "llama3.1", "3 HTTP"} {
		if !strings.Contains(got, want) {
			t.Errorf("summary %q lacks %q", got, want)
		}
	}
	notesOnly := Sent{Endpoint: "http://[::1]:8080/v1", Model: "m", NoteRequests: 1, Attempts: 1}.Summary()
	if !strings.Contains(notesOnly, "analysis facts") || strings.Contains(notesOnly, "block(s)") {
		t.Errorf("notes-only summary %q", notesOnly)
	}
}

func TestTakeSentStartsAgain(t *testing.T) {
	f := newFakeServer(t, labelAll(t, "context", 0.9))
	m := newMapper(t, f, ModeFull, fakeRules{})
	for range 2 {
		if _, err := m.Map(t.Context(), testDoc("a.docx")); err != nil {
			t.Fatal(err)
		}
	}
	first := m.Client().TakeSent()
	if first.Documents != 2 || first.Attempts != 2 {
		t.Errorf("first run sent %+v, want 2 documents", first)
	}
	if again := m.Client().TakeSent(); !again.Empty() || again.Endpoint != first.Endpoint {
		t.Errorf("after TakeSent: %+v, want nothing sent to the same endpoint", again)
	}
}
