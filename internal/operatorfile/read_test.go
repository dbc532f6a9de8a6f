package operatorfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadRefusesWhatIsNotAnOrdinaryFileOrTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, make([]byte, 2048), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "pipe.yaml")
	if err := mkfifo(fifo); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	cases := map[string]string{
		"/dev/zero":                        "not an ordinary file but a device",
		"/dev/urandom":                     "not an ordinary file but a device",
		dir:                                "not an ordinary file but a folder",
		fifo:                               "not an ordinary file but a pipe",
		big:                                "is 2 KB, more than the 1 KB",
		filepath.Join(dir, "missing.yaml"): "cannot be read (no such file or directory)",
	}
	for path, want := range cases {
		_, err := Read(path, 1024)
		var e *Error
		if !errors.As(err, &e) || !strings.Contains(err.Error(), want) {
			t.Errorf("Read(%s) = %v, want an error saying %q", path, err, want)
		}
	}
	small := filepath.Join(dir, "ok.yaml")
	os.WriteFile(small, []byte("paths: {}\n"), 0o644)
	if data, err := Read(small, 1024); err != nil || string(data) != "paths: {}\n" {
		t.Errorf("an ordinary small file: %q, %v", data, err)
	}
}
