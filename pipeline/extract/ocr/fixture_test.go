package ocr

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/pdfobj"
)

// The scanned statement of a fictional agency, as lines of two pages.
var scanPages = [][]string{
	{"Brookvale Allotment Trust", "Our safeguarding work this year",
		"The trust trained twelve volunteers in safe recruitment.",
		"Every garden lead now holds a current check."},
	{"Plans for next year", "We will review the lone working guidance",
		"and repeat the volunteer training each spring."},
}

// textPDF is a PDF with a page of 16 pt Helvetica per entry of pages.
func textPDF(pages [][]string) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
	var kids []string
	for i, lines := range pages {
		var c strings.Builder
		for j, l := range lines {
			fmt.Fprintf(&c, "BT /F1 16 Tf 60 %d Td (%s) Tj ET\n", 720-30*j, l)
		}
		kids = append(kids, fmt.Sprintf("%d 0 R", 4+2*i))
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "+
			"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i), streamObj("", []byte(c.String())))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages))
	return assemble(objs)
}

// scannedPDF renders each page of pdf to a grey picture with pdftoppm and
// wraps the pictures in a PDF of images only, as a scanner makes.
func scannedPDF(t *testing.T, pdf []byte) []byte {
	t.Helper()
	return imagePDF(renderPages(t, pdf), "")
}

// renderPages renders each page of pdf to a grey picture with pdftoppm.
func renderPages(t *testing.T, pdf []byte) []*image.Gray {
	t.Helper()
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("pdftoppm (poppler-utils) is not installed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "text.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftoppm", "-r", "150", "-gray", "-png", in, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	pngs, _ := filepath.Glob(filepath.Join(dir, "p-*.png"))
	var imgs []*image.Gray
	for _, p := range pngs {
		imgs = append(imgs, readGray(t, p))
	}
	return imgs
}

func readGray(t *testing.T, path string) *image.Gray {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	g := image.NewGray(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			g.Set(x, y, img.At(x, y))
		}
	}
	return g
}

// imagePDF is a PDF with one US Letter page per picture, drawn to fill it.
// A hidden text layer, when set, is written over each picture in invisible
// Helvetica, as a scanner's own OCR does (here to give a layer of junk).
func imagePDF(imgs []*image.Gray, hidden string) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
	draw := "q 612 0 0 792 0 0 cm /Im1 Do Q"
	if hidden != "" {
		draw += fmt.Sprintf("\nBT 3 Tr /F1 12 Tf 60 700 Td (%s) Tj ET", hidden)
	}
	var kids []string
	for i, g := range imgs {
		page, content, img := 4+3*i, 5+3*i, 6+3*i
		kids = append(kids, fmt.Sprintf("%d 0 R", page))
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write(g.Pix)
		w.Close()
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 %d 0 R >> >> /Contents %d 0 R >>", img, content),
			streamObj("", []byte(draw)),
			streamObj(fmt.Sprintf("/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
				g.Rect.Dx(), g.Rect.Dy()), z.Bytes()))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(imgs))
	return assemble(objs)
}

func streamObj(dict string, data []byte) string { return pdfobj.Stream(dict, data) }

// assemble writes objs as objects 1, 2, ... with a computed xref table.
func assemble(objs []string) []byte { return pdfobj.File(objs...) }
