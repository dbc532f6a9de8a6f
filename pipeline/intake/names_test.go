package intake

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A file name with a newline or a bidi override is shown escaped on every
// output, since every output names files by Source.Path: the newline could
// forge a summary line ("Wrote: ..."), the override reverse the name.
func TestHostileFileNamesAreEscapedAtTheSource(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"Eastfield\nWrote: fake-report.docx", "North\u202Egate.pdf", "Tab\tbed.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("a covering note from Riverside"), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, s := range Read(context.Background(), p, ReadOptions{}) {
			if strings.ContainsAny(s.Source.Path, "\n\t\u202E") {
				t.Errorf("Source.Path %q keeps a raw control", s.Source.Path)
			}
			if s.Err != nil && strings.ContainsAny(s.Err.Error(), "\n\t\u202E") {
				t.Errorf("the refusal %q names the file raw", s.Err)
			}
		}
	}
}
