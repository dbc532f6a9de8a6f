package ocr

import (
	"context"
	"errors"
	"image"
	"math/rand/v2"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// noisePage is a scanned page holding no text: white paper with scanner
// speckle and a few dark streaks, as a blank or badly fed page comes out.
func noisePage(seed uint64) *image.Gray {
	r := rand.New(rand.NewPCG(seed, seed))
	const w, h = 1275, 1650 // US Letter at 150 dpi
	g := image.NewGray(image.Rect(0, 0, w, h))
	for i := range g.Pix {
		g.Pix[i] = 255
	}
	for range 4000 { // specks of one to three pixels
		x, y, n := r.IntN(w-3), r.IntN(h-3), 1+r.IntN(3)
		for dx := range n {
			for dy := range n {
				g.Pix[(y+dy)*w+x+dx] = uint8(r.IntN(90))
			}
		}
	}
	for range 12 { // streaks: short strokes at random slants, letter-high
		x, y := r.IntN(w-40), r.IntN(h-40)
		dx, dy := r.IntN(3)-1, 1+r.IntN(2)
		for k := range 25 {
			g.Pix[(y+k*dy/2)*w+x+k*dx/2] = 0
		}
	}
	return g
}

// TestNoisePageRefused: a scan that is only noise has no text layer, and
// what OCR makes of it is not text: the file is refused as scanned with
// nothing found, never returned as a statement of scattered letters.
func TestNoisePageRefused(t *testing.T) {
	needTesseract(t)
	data := imagePDF([]*image.Gray{noisePage(7)}, "")
	doc, err := extract.Registry{model.FormatPDF: newReader()}.Extract(context.Background(), model.FormatPDF, data, extract.DefaultLimits)
	if err == nil {
		t.Fatalf("a page of noise was read as text:\n%s", model.Dump(doc))
	}
	if !errors.Is(err, model.ErrNoText) {
		t.Errorf("want the scanned refusal, got %v", err)
	}
}

// TestNoiseTextDoesNotReadWell: what tesseract makes of speckle and
// streaks (stray marks, one- and two-letter scraps, words without vowels)
// does not pass as a page of text, while a real page does.
func TestNoiseTextDoesNotReadWell(t *testing.T) {
	noise := "~ =. _— ,' ee | a ; : i . ' - ~ ~ ee ; —_ : ' ' .\n\n" +
		"r . ' a ee : i — ~ Sf , ' . ' ' \\ i ; rs . a : e ' ee |\n\n" +
		"ae ' Me , ' i . x : ' wf ' ; Ll : ' j ce . . ' i 4 : _ . rn Sy ' a\n\n" +
		"Bh » ~ a ' . , i f te ' , . ' oe Pe : ' | ; i ' ee ,\n\n" +
		"ffs rrt bz ' ; . ' Tt ' i : ' nr ' ' ; a . , ' ~ Kk ' i ; bg ' ."
	if readsWell(pageBlocks(noise, 1)) {
		t.Errorf("noise passed as text")
	}
	if !readsWell(pageBlocks("The trust trained twelve volunteers in safe recruitment, and every garden lead now holds a current check.", 1)) {
		t.Errorf("a real page failed")
	}
}
