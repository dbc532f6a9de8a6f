package logging

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
)

func TestNewLogger(t *testing.T) {
	var buf bytes.Buffer
	NewLogger(&buf, true, slog.LevelInfo).Info("rebuilt", "files", 3)
	var rec map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil || rec["msg"] != "rebuilt" || rec["files"] != 3.0 {
		t.Errorf("JSON line %q: %v", buf.String(), err)
	}
	buf.Reset()
	l := NewLogger(&buf, false, slog.LevelWarn)
	l.Info("hidden")
	l.Warn("shown", "file", "a.pdf")
	if out := buf.String(); strings.Contains(out, "hidden") || !strings.Contains(out, "msg=shown file=a.pdf") {
		t.Errorf("text output %q", out)
	}
}
