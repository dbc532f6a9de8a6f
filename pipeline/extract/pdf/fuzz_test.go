package pdf

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// FuzzExtract feeds mutated fixtures to the extractor: it must never panic,
// must answer any refusal with an InputError, and must give blocks with
// consecutive indexes when it reads.
func FuzzExtract(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.pdf"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err == nil && len(data) < 64<<10 {
			f.Add(data)
		}
	}
	f.Add([]byte("%PDF-1.7\n%%EOF\n"))
	for _, seed := range handmadeSeeds() {
		f.Add(seed)
	}
	lim := extract.DefaultLimits
	lim.MaxPages = 20
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		doc, err := New(lim).Extract(ctx, data)
		if err != nil {
			var ie *model.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("refusal is not an InputError: %v", err)
			}
			return
		}
		for i, b := range doc.Blocks {
			if b.Pos().Index != i || b.Pos().Page < 1 {
				t.Fatalf("block %d has position %+v", i, b.Pos())
			}
		}
	})
}

// handmadeSeeds are small PDFs made by the tests' own writer for the
// readers added with them: rotated text, columns, fake bold, a content
// stream needing cleaning, a predefined CJK CMap.
func handmadeSeeds() [][]byte {
	gbk := cjkFont("GBK-EUC-H")
	return [][]byte{
		textPDF("", twoLines(0, 1, -1, 0, 300, 100)),
		textPDF("[4 0 R 2 0 R 4 0 R]", textAt(72, 700, "Seen twice.")),
		textPDF("", column(72, 700, leftColumn...)+column(320, 700, rightColumn...)),
		textPDF("", "BT /F1 18 Tf 72 700 Td (Bold) Tj ET BT /F1 18 Tf 72.3 700 Td (Bold) Tj ET"),
		textPDF("", textAt(72, 700, `Stray \+ escape`)+"BI /W 1 /H 1 ID \x00(\xff EI "+textAt(72, 680, "after")),
		fontPDF(gbk, "BT /F1 12 Tf 72 700 Td <c4eab6c8> Tj ET", cjkDescendant("GB1")),
		imagePDF(body()+drawImage(1, 150, 420, 300, 200), imageObject("/Width 2 /Height 1 /ColorSpace [/Indexed /DeviceRGB 1 <FF000000FF00>] /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 1 /Columns 2 >>", zlibBytes([]byte{1, 1, 0}))),
	}
}

// FuzzCleanContent: cleaning any content stream must not panic, and what
// it gives must open as a stream.
func FuzzCleanContent(f *testing.F) {
	for _, s := range []string{`(a\+b) Tj`, "BI /W 1 ID \x00EI", "(open", `(\777)`, "% c\n(x) Tj", "BIBI ID EI"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := streamValue(cleanContent(data)); err != nil {
			t.Fatalf("cleaned stream does not open: %v", err)
		}
	})
}
