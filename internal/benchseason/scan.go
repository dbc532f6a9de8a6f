package benchseason

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"

	"github.com/reportpipe/reportpipe/internal/pdfobj"
)

// ImagePDF wraps a JPEG picture of a page as a one-page PDF with no text
// layer, as a scanner makes: only OCR can read it.
func ImagePDF(jpg []byte) ([]byte, error) {
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(jpg))
	if err != nil {
		return nil, fmt.Errorf("scan picture: %w", err)
	}
	const pw, ph = 612, 792 // US letter in points; the picture fills it
	content := fmt.Sprintf("q %d 0 0 %d 0 0 cm /Im1 Do Q", pw, ph)
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>", pw, ph),
		fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n%s\nendstream",
			cfg.Width, cfg.Height, colorSpace(jpg), len(jpg), jpg),
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	}
	return pdfobj.File(objs...), nil
}

// colorSpace is the PDF colour space of a JPEG: pdftoppm -gray makes grey ones.
func colorSpace(jpg []byte) string {
	if img, err := jpeg.Decode(bytes.NewReader(jpg)); err == nil {
		if _, ok := img.(*image.Gray); ok {
			return "DeviceGray"
		}
	}
	return "DeviceRGB"
}
