package llm

import (
	"errors"
	"strings"
	"testing"
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
		{ModeAssist, "http://localhost.:11434/v1", false, "llm.allow_remote"}, // a name DNS answers
		{ModeAssist, "http://localhost.localdomain:11434/v1", false, "llm.allow_remote"},
		{ModeAssist, "http://0x7f.1:11434/v1", false, "llm.allow_remote"}, // not a literal the guard reads
		{ModeAssist, "http://[::ffff:127.0.0.1]:11434/v1", false, ""},
		{ModeAssist, "https://api.example.com/v1", true, ""},
		{ModeOff, "http://127.0.0.1:11434/v1", false, "llm.mode"},
		{"", "http://127.0.0.1:11434/v1", false, "llm.mode"},
		{"sometimes", "http://127.0.0.1:11434/v1", false, "llm.mode"},
		{ModeAssist, "127.0.0.1:11434", false, "llm.base_url"},
		{ModeAssist, "", false, "llm.base_url"},
		{ModeAssist, "ftp://127.0.0.1/v1", false, "llm.base_url"},
	}
	for _, c := range cases {
		s := testSettings(c.mode, c.url)
		s.AllowRemote = c.allow
		cl, err := NewClient(s)
		if c.key == "" {
			if err != nil || cl == nil {
				t.Errorf("%s %s allow=%v: refused: %v", c.mode, c.url, c.allow, err)
			}
			continue
		}
		var ce *ConfigError
		if cl != nil || !errors.As(err, &ce) || ce.Key != c.key {
			t.Errorf("%s %s allow=%v: got %v, %v; want a config error on %s", c.mode, c.url, c.allow, cl, err, c.key)
		}
	}
}

func TestRemoteRefusalSaysWhatToDo(t *testing.T) {
	_, err := NewClient(testSettings(ModeAssist, "https://llm.example.net/v1"))
	if err == nil || !strings.Contains(err.Error(), "llm.allow_remote: true") || !strings.Contains(err.Error(), "llm.example.net") {
		t.Errorf("error %v should name the host and llm.allow_remote", err)
	}
}

func TestNoModelIsRefused(t *testing.T) {
	s := testSettings(ModeAssist, "http://127.0.0.1:1/v1")
	s.Model = ""
	var ce *ConfigError
	if _, err := NewClient(s); !errors.As(err, &ce) || ce.Key != "llm.model" {
		t.Errorf("got %v, want a config error on llm.model", err)
	}
}

// The refusal reads as the configuration's own errors do: the key, then
// what is wrong and what to do.
func TestConfigErrorNamesTheKeyFirst(t *testing.T) {
	err := CheckMode("sometimes")
	if got := err.Error(); !strings.HasPrefix(got, `llm.mode: "sometimes" is not a mode`) || !strings.Contains(got, "Use off, assist or full") {
		t.Errorf("error %q", got)
	}
}
