package odt

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

func TestRejections(t *testing.T) {
	good, err := os.ReadFile(filepath.Join("testdata", "riverside-lo.odt"))
	if err != nil {
		t.Fatal(err)
	}
	deep := strings.Repeat("<text:span>", 300) + "x" + strings.Repeat("</text:span>", 300)
	tests := []struct {
		name  string
		data  []byte
		lim   extract.Limits
		cause error
	}{
		{"empty", nil, extract.Limits{}, model.ErrEmpty},
		{"not a zip", []byte("this is not a package at all"), extract.Limits{}, model.ErrCorrupt},
		{"truncated", good[:len(good)/2], extract.Limits{}, model.ErrCorrupt},
		{"zip without content.xml", pkg(t, "mimetype", "application/vnd.oasis.opendocument.text", "styles.xml", "<x/>"), extract.Limits{}, model.ErrUnsupported},
		{"broken xml", pkg(t, "content.xml", contentXML("", "<text:p>unclosed")[:120]), extract.Limits{}, model.ErrCorrupt},
		{"bad xml tag", pkg(t, "content.xml", strings.Replace(contentXML("", "<text:p>a</text:p>"), "</text:p>", "</text:h>", 1)), extract.Limits{}, model.ErrCorrupt},
		{"no text", odtOf(t, "", "<text:p> </text:p><table:table/>", ""), extract.Limits{}, model.ErrNoText},
		{"spreadsheet content", pkg(t, "content.xml", strings.Replace(contentXML("", ""), "office:text", "office:spreadsheet", 2)), extract.Limits{}, model.ErrNoText},
		{"encrypted", pkg(t, "content.xml", "\x8f\x12binary", "META-INF/manifest.xml", `<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>`), extract.Limits{}, model.ErrEncrypted},
		{"deep nesting", odtOf(t, "", "<text:p>"+deep+"</text:p>", ""), extract.Limits{}, model.ErrTooLarge},
		{"file over the limit", good, extract.Limits{MaxFileBytes: 1000}, model.ErrTooLarge},
		{"entry over the limit", good, extract.Limits{MaxEntryBytes: 2000}, model.ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := New(tc.lim).Extract(context.Background(), tc.data)
			if doc != nil {
				t.Errorf("got a document with an error expected: %s", model.Dump(doc))
			}
			wantReject(t, err, tc.cause)
			var ie *model.InputError
			if errors.As(err, &ie) && ie.Stage != model.StageExtract {
				t.Errorf("stage = %q", ie.Stage)
			}
		})
	}
}

// TestDamagedStylesWarns: a broken styles.xml costs the heading styles, not
// the text, and says so.
func TestDamagedStylesWarns(t *testing.T) {
	data := pkg(t, "content.xml", contentXML(`<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1"/>`, `<text:p text:style-name="P1">Still read</text:p>`),
		"styles.xml", "<office:document-styles "+nsDecl+"><office:styles><style:style")
	doc := extractOK(t, data)
	if got := model.Dump(doc); !strings.HasPrefix(got, `0 paragraph "Still read"`) || len(doc.Warnings) != 1 {
		t.Errorf("got %s", got)
	}
}

func TestCancelled(t *testing.T) {
	body := strings.Repeat("<text:p>Some text in a long document.</text:p>", 5000)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New(extract.Limits{}).Extract(ctx, odtOf(t, "", body, ""))
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestIndexesInReadingOrder(t *testing.T) {
	doc := extractOK(t, odtOf(t, "", `<text:h>A</text:h><text:p>b</text:p><text:list><text:list-item><text:p>c</text:p></text:list-item></text:list>`+tableOf(row("", cell("d", ""))), ""))
	for i, b := range doc.Blocks {
		if b.Pos().Index != i {
			t.Errorf("block %d has index %d", i, b.Pos().Index)
		}
	}
	if len(doc.Blocks) != 4 {
		t.Errorf("got %d blocks", len(doc.Blocks))
	}
}

func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "riverside-lo.odt"))
	if err != nil {
		b.Fatal(err)
	}
	ex := New(extract.Limits{})
	for b.Loop() {
		if _, err := ex.Extract(context.Background(), data); err != nil {
			b.Fatal(err)
		}
	}
}
