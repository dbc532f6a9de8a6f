package pdf

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("%v (rebuild the fixtures with testdata/make.sh)", err)
	}
	return data
}

func extractFixture(t testing.TB, name string) *model.Document {
	t.Helper()
	doc, err := New(extract.DefaultLimits).Extract(context.Background(), readFixture(t, name))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

// TestGolden compares each readable fixture's dump with its golden file.
func TestGolden(t *testing.T) {
	for _, name := range []string{"statement.pdf", "multipage.pdf", "kerning.pdf", "wrapped.pdf", "gridded.pdf"} {
		t.Run(name, func(t *testing.T) {
			got := model.Dump(extractFixture(t, name))
			golden := filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".pdf")+".txt")
			testutil.Golden(t, golden, []byte(got))
		})
	}
}

// TestOddFilesReadLikeTheOriginal: the same statement re-headed as PDF 2.0,
// with junk before the header, padding after %%EOF, AES-256 encrypted with
// an empty user password, or rewritten by cairo (kerned runs, a CID font),
// reads exactly as the plain file does.
func TestOddFilesReadLikeTheOriginal(t *testing.T) {
	want := model.Dump(extractFixture(t, "statement.pdf"))
	for _, name := range []string{"pdf20.pdf", "junk-before.pdf", "padded.pdf", "aes256-empty-password.pdf", "aes128-empty-password.pdf", "rc4-empty-password.pdf", "cairo.pdf"} {
		t.Run(name, func(t *testing.T) {
			if got := model.Dump(extractFixture(t, name)); got != want {
				t.Errorf("reads differently from statement.pdf:\n%s", got)
			}
		})
	}
}

func TestRejects(t *testing.T) {
	tests := []struct {
		name  string
		data  []byte
		lim   extract.Limits
		cause error
		say   string
	}{
		{"user password", readFixture(t, "aes256-user-password.pdf"), extract.DefaultLimits, model.ErrEncrypted, "password-protected"},
		{"image only", readFixture(t, "image-only.pdf"), extract.DefaultLimits, model.ErrNoText, "no text layer"},
		{"truncated", readFixture(t, "truncated.pdf"), extract.DefaultLimits, model.ErrCorrupt, "damaged"},
		{"random bytes", readFixture(t, "random.bin"), extract.DefaultLimits, model.ErrCorrupt, "not a PDF"},
		{"empty", nil, extract.DefaultLimits, model.ErrCorrupt, "not a PDF"},
		{"header only", []byte("%PDF-1.7\n"), extract.DefaultLimits, model.ErrCorrupt, "damaged"},
		{"too many pages", readFixture(t, "multipage.pdf"), extract.Limits{MaxPages: 2}, model.ErrTooLarge, "5 pages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := New(tt.lim).Extract(context.Background(), tt.data)
			if doc != nil || !errors.Is(err, tt.cause) {
				t.Fatalf("got %v, %v; want an error wrapping %v", doc, err, tt.cause)
			}
			var ie *model.InputError
			if !errors.As(err, &ie) || ie.Hint == "" || !strings.Contains(ie.Detail, tt.say) {
				t.Fatalf("want an InputError saying %q with a hint, got %#v", tt.say, err)
			}
		})
	}
}

func TestCancelledBetweenPages(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(extract.DefaultLimits).Extract(ctx, readFixture(t, "multipage.pdf"))
	if !errors.Is(err, model.ErrTooLarge) {
		t.Fatalf("want the cancelled read refused as too costly, got %v", err)
	}
}
