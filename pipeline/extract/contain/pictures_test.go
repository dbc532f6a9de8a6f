package contain_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/jpeg"
	"runtime"
	"testing"

	"github.com/reportpipe/reportpipe/internal/pdfobj"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/contain"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A PDF statement's picture crosses back from the reader process whole:
// its bytes, size and type as the reader found them.
func TestPictureCrossesFromTheReaderProcess(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reader processes are Linux only")
	}
	img := image.NewRGBA(image.Rect(0, 0, 400, 300))
	for i := range img.Pix {
		img.Pix[i] = byte(i*31 + i/1200)
	}
	var pic bytes.Buffer
	if err := jpeg.Encode(&pic, img, &jpeg.Options{Quality: 95}); err != nil {
		t.Fatal(err)
	}
	content := "BT /F1 12 Tf 72 700 Td (The chart below shows the referrals by quarter.) Tj ET\n" +
		"q 300 0 0 200 150 420 cm /Im1 Do Q\n" +
		"BT /F1 12 Tf 72 380 Td (Referrals rose in the third quarter.) Tj ET\n"
	data := pdfobj.File("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 5 0 R >> >> /Contents 6 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
		pdfobj.Stream("/Type /XObject /Subtype /Image /Width 400 /Height 300 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode", pic.Bytes()),
		pdfobj.Stream("", []byte(content)))
	r := contain.New(testReaders(extract.DefaultLimits))
	t.Cleanup(r.Release)
	doc, err := r.Extract(context.Background(), model.FormatPDF, data, extract.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if st := r.Stats(); st.Files != 1 || st.InProcess != 0 {
		t.Fatal("the file was not read in a reader process")
	}
	var got []*model.Picture
	for _, b := range doc.Blocks {
		got = append(got, model.Pictures(b)...)
	}
	if len(got) != 1 || !bytes.Equal(got[0].Data, pic.Bytes()) || got[0].ContentType != "image/jpeg" || got[0].Width != 300*12700 {
		t.Fatalf("pictures: %s", fmt.Sprint(got))
	}
}
