package pdf

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// imagePDF makes a one-page PDF (612 x 792) whose content draws text in
// Helvetica as /F1 and images /Im1, /Im2, ... given as stream object bodies.
func imagePDF(content string, images ...string) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", "", stream(content)}
	var xobj string
	for i, im := range images {
		xobj += fmt.Sprintf("/Im%d %d 0 R ", i+1, len(objs)+1)
		objs = append(objs, im)
	}
	objs[3] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << " +
		xobj + ">> >> /Contents 5 0 R >>"
	return handPDF(objs...)
}

// rgbImage is an image XObject of w x h RGB pixels, Flate-compressed,
// every pixel c.
func rgbImage(w, h int, c color.RGBA) string {
	raw := bytes.Repeat([]byte{c.R, c.G, c.B}, w*h)
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(raw)
	zw.Close()
	return fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream",
		w, h, z.Len(), z.Bytes())
}

// jpegImage is an image XObject holding a JPEG of w x h pixels.
func jpegImage(t *testing.T, w, h int) (string, []byte) {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 7)
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, nil); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n%s\nendstream",
		w, h, b.Len(), b.Bytes()), b.Bytes()
}

// drawImage places image /Im<n> in the box (x, y, w, h).
func drawImage(n, x, y, w, h int) string {
	return fmt.Sprintf("q %d 0 0 %d %d %d cm /Im%d Do Q\n", w, h, x, y, n)
}

// body is two paragraphs with a gap between 560 and 400 for a picture.
func body() string {
	return textAt(72, 700, "Riverside Trust reviewed every referral it received this year.") +
		textAt(72, 686, "The chart below shows the referrals by quarter.") +
		textAt(72, 380, "Referrals rose in the third quarter and fell again.") +
		textAt(72, 366, "The board will look at the reasons next year.")
}

// pictureIndex returns the index of the block holding a picture, -1 for none.
func pictureBlocks(doc *model.Document) []int {
	var out []int
	for i, b := range doc.Blocks {
		if len(model.Pictures(b)) > 0 {
			out = append(out, i)
		}
	}
	return out
}

func TestPictureBetweenParagraphs(t *testing.T) {
	data := imagePDF(body()+drawImage(1, 150, 420, 300, 200)+drawImage(2, 480, 730, 60, 40),
		rgbImage(30, 20, color.RGBA{200, 30, 30, 255}), rgbImage(12, 8, color.RGBA{0, 0, 200, 255}))
	doc := extractBytes(t, data)
	pics := pictureBlocks(doc)
	if len(pics) != 1 {
		t.Fatalf("want the chart alone kept (the header logo is not content), got pictures at %v in\n%s", pics, model.Dump(doc))
	}
	k := pics[0]
	if k == 0 || k == len(doc.Blocks)-1 || !strings.Contains(doc.Blocks[k-1].PlainText(), "by quarter") ||
		!strings.Contains(doc.Blocks[k+1].PlainText(), "third quarter") {
		t.Fatalf("the picture does not stand between the two paragraphs:\n%s", model.Dump(doc))
	}
	p := model.Pictures(doc.Blocks[k])[0]
	if p.ContentType != "image/png" || p.Width != 300*12700 || p.Height != 200*12700 {
		t.Errorf("picture: %s %dx%d EMU, want PNG 300x200 pt", p.ContentType, p.Width, p.Height)
	}
	img, err := png.Decode(bytes.NewReader(p.Data))
	if err != nil || img.Bounds().Dx() != 30 || img.Bounds().Dy() != 20 {
		t.Fatalf("PNG: %v %v", err, img)
	}
	if r, g, b, _ := img.At(5, 5).RGBA(); r>>8 != 200 || g>>8 != 30 || b>>8 != 30 {
		t.Errorf("pixel colour %d %d %d, want 200 30 30", r>>8, g>>8, b>>8)
	}
	if len(doc.Warnings) != 0 {
		t.Errorf("warnings: %v", doc.Warnings)
	}
}

func TestPictureOverlappingTextIsWarned(t *testing.T) {
	data := imagePDF(body()+drawImage(1, 100, 360, 300, 200), rgbImage(30, 20, color.RGBA{10, 10, 10, 255}))
	doc := extractBytes(t, data)
	if pics := pictureBlocks(doc); len(pics) != 0 {
		t.Fatalf("a picture over the text was kept:\n%s", model.Dump(doc))
	}
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "1 picture(s) were not kept") ||
		!strings.Contains(doc.Warnings[0], "overlaps the text") {
		t.Errorf("warnings: %q", doc.Warnings)
	}
}

func TestPictureJPEGKeptAsStored(t *testing.T) {
	obj, want := jpegImage(t, 64, 48)
	doc := extractBytes(t, imagePDF(body()+drawImage(1, 150, 420, 240, 180), obj))
	pics := pictureBlocks(doc)
	if len(pics) != 1 {
		t.Fatalf("pictures at %v:\n%s", pics, model.Dump(doc))
	}
	p := model.Pictures(doc.Blocks[pics[0]])[0]
	if p.ContentType != "image/jpeg" || !bytes.Equal(p.Data, want) {
		t.Errorf("picture %s of %d bytes, want the %d JPEG bytes as stored", p.ContentType, len(p.Data), len(want))
	}
}

func TestPictureDecorationIsSilent(t *testing.T) {
	tests := map[string]string{
		"tiny icon":     drawImage(1, 72, 600, 20, 20),
		"thin rule":     drawImage(1, 72, 600, 400, 4),
		"footer logo":   drawImage(1, 250, 30, 100, 50),
		"background":    drawImage(1, 0, 0, 612, 792),
		"stacked above": "",
	}
	for name, draw := range tests {
		t.Run(name, func(t *testing.T) {
			doc := extractBytes(t, imagePDF(body()+draw, rgbImage(4, 4, color.RGBA{1, 2, 3, 255})))
			if pics := pictureBlocks(doc); len(pics) != 0 || len(doc.Warnings) != 0 {
				t.Errorf("pictures %v, warnings %q", pics, doc.Warnings)
			}
		})
	}
}

func TestPictureUnsupportedFormatIsWarned(t *testing.T) {
	obj := "<< /Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode /Length 4 >>\nstream\nabcd\nendstream"
	doc := extractBytes(t, imagePDF(body()+drawImage(1, 150, 420, 300, 200), obj))
	if len(pictureBlocks(doc)) != 0 || len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "JBIG2Decode") {
		t.Errorf("warnings %q", doc.Warnings)
	}
}

// An inline image (BI ... EI) is not read: one of a content picture's size
// is warned about, a small one (an icon) is not.
func TestInlineImageCounted(t *testing.T) {
	inline := func(x, y, w, h int) string {
		return fmt.Sprintf("q %d 0 0 %d %d %d cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x01\x02\x03\x04 EI Q\n", w, h, x, y)
	}
	doc := extractBytes(t, imagePDF(body()+inline(150, 420, 300, 200)+inline(72, 600, 12, 12)))
	if len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], "1 picture(s) were not kept (page 1: it is drawn inline") {
		t.Errorf("warnings %q", doc.Warnings)
	}
	if len(doc.Blocks) != 2 {
		t.Errorf("the text changed:\n%s", model.Dump(doc))
	}
}

// pagesPDF makes a PDF of one page per content, every page with the same
// resources: Helvetica as /F1 and images /Im1, /Im2, ...
func pagesPDF(contents []string, images ...string) []byte {
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
	var xobj string
	for i, im := range images {
		xobj += fmt.Sprintf("/Im%d %d 0 R ", i+1, len(objs)+1)
		objs = append(objs, im)
	}
	var kids string
	for _, c := range contents {
		n := len(objs) + 1
		kids += fmt.Sprintf("%d 0 R ", n)
		objs = append(objs, fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> /XObject << %s>> >> /Contents %d 0 R >>", xobj, n+1), stream(c))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, len(contents))
	return handPDF(objs...)
}

// The same image at the same place on every page is a page decoration;
// two charts that share a place on two pages are two pictures.
func TestPictureRepeatedOnPages(t *testing.T) {
	logo := rgbImage(30, 20, color.RGBA{0, 90, 60, 255})
	doc := extractBytes(t, pagesPDF([]string{body() + drawImage(1, 150, 420, 300, 200), body() + drawImage(1, 150, 420, 300, 200)}, logo))
	if pics := pictureBlocks(doc); len(pics) != 0 || len(doc.Warnings) != 0 {
		t.Errorf("a decoration on every page: pictures %v, warnings %q", pics, doc.Warnings)
	}
	other := noiseImage(30, 20)
	doc = extractBytes(t, pagesPDF([]string{body() + drawImage(1, 150, 420, 300, 200), body() + drawImage(2, 150, 420, 300, 200)}, logo, other))
	if pics := pictureBlocks(doc); len(pics) != 2 {
		t.Errorf("two charts: pictures %v, warnings %q\n%s", pics, doc.Warnings, model.Dump(doc))
	}
}

// noiseImage is an image XObject of w x h RGB pixels that do not repeat.
func noiseImage(w, h int) string {
	raw := make([]byte, 3*w*h)
	for i := range raw {
		raw[i] = byte(i * i % 251)
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(raw)
	zw.Close()
	return fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream",
		w, h, z.Len(), z.Bytes())
}

// A picture at the foot of the text, or at its head, stands after the last
// line or before the first; one beside the text, or alone on its page, is
// warned about.
func TestPictureSlots(t *testing.T) {
	tests := []struct {
		name, draw string
		at         int // the picture's block index, -1 for a warning
		why        string
	}{
		{"below the text", drawImage(1, 150, 100, 300, 200), 2, ""},
		{"above the text", textAt(72, 300, "Referrals rose in the third quarter.") + drawImage(1, 150, 400, 300, 200), 0, ""},
		{"beside the text", drawImage(1, 460, 360, 100, 360), -1, "text runs beside it"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			content := body()
			if tc.name == "above the text" {
				content = ""
			}
			doc := extractBytes(t, imagePDF(content+tc.draw, rgbImage(8, 8, color.RGBA{9, 9, 9, 255})))
			pics := pictureBlocks(doc)
			switch {
			case tc.at < 0 && (len(pics) != 0 || len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], tc.why)):
				t.Errorf("pictures %v, warnings %q", pics, doc.Warnings)
			case tc.at >= 0 && (len(pics) != 1 || pics[0] != tc.at):
				t.Errorf("pictures %v, want one at %d:\n%s", pics, tc.at, model.Dump(doc))
			}
		})
	}
}

func zlibBytes(raw []byte) []byte {
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(raw)
	zw.Close()
	return z.Bytes()
}

// imageObject is an image XObject body with dict entries and data.
func imageObject(dict string, data []byte) string {
	return fmt.Sprintf("<< /Type /XObject /Subtype /Image %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// The Flate forms producers write become PNGs with the right pixels: PNG
// row predictors, an indexed palette, a soft mask; a JPEG inside Flate is
// the JPEG.
func TestPictureStoredForms(t *testing.T) {
	// 2 x 2 RGB: the first row filtered with Sub (type 1), the second
	// with Up (type 2).
	sub := []byte{1, 200, 0, 0, 0, 50, 0, 2, 10, 20, 30, 0, 0, 0}
	_, jpegData := jpegImage(t, 16, 16)
	tests := []struct {
		name, obj string
		extra     string // more objects: the soft mask is object 7
		check     func(img image.Image) bool
	}{
		{"predictor", imageObject("/Width 2 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 3 /Columns 2 >>", zlibBytes(sub)), "",
			func(img image.Image) bool {
				r, g, _, _ := img.At(1, 0).RGBA()
				r2, _, b2, _ := img.At(0, 1).RGBA()
				return r>>8 == 200 && g>>8 == 50 && r2>>8 == 210 && b2>>8 == 30
			}},
		{"indexed", imageObject("/Width 2 /Height 1 /ColorSpace [/Indexed /DeviceRGB 1 <FF000000FF00>] /BitsPerComponent 8 /Filter /FlateDecode", zlibBytes([]byte{1, 0})), "",
			func(img image.Image) bool {
				_, g, _, _ := img.At(0, 0).RGBA()
				r, _, _, _ := img.At(1, 0).RGBA()
				return g>>8 == 255 && r>>8 == 255
			}},
		{"soft mask", imageObject("/Width 2 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /SMask 7 0 R", []byte{100, 200}),
			imageObject("/Width 2 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{0, 255}),
			func(img image.Image) bool {
				_, _, _, a0 := img.At(0, 0).RGBA()
				_, _, _, a1 := img.At(1, 0).RGBA()
				return a0 == 0 && a1>>8 == 255
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			imgs := []string{tc.obj}
			if tc.extra != "" {
				imgs = append(imgs, tc.extra)
			}
			doc := extractBytes(t, imagePDF(body()+drawImage(1, 150, 420, 300, 200), imgs...))
			pics := pictureBlocks(doc)
			if len(pics) != 1 {
				t.Fatalf("pictures %v, warnings %q", pics, doc.Warnings)
			}
			p := model.Pictures(doc.Blocks[pics[0]])[0]
			img, err := png.Decode(bytes.NewReader(p.Data))
			if err != nil || !tc.check(img) {
				t.Errorf("PNG %v: wrong pixels", err)
			}
		})
	}
	t.Run("JPEG inside Flate", func(t *testing.T) {
		obj := imageObject("/Width 16 /Height 16 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter [/FlateDecode /DCTDecode]", zlibBytes(jpegData))
		doc := extractBytes(t, imagePDF(body()+drawImage(1, 150, 420, 300, 200), obj))
		pics := pictureBlocks(doc)
		if len(pics) != 1 || !bytes.Equal(model.Pictures(doc.Blocks[pics[0]])[0].Data, jpegData) {
			t.Errorf("pictures %v, warnings %q", pics, doc.Warnings)
		}
	})
}

// A damaged or outsized image is warned about, never a failure of the file.
func TestPictureDamagedIsWarned(t *testing.T) {
	tests := map[string]struct{ obj, why string }{
		"huge":      {imageObject("/Width 100000 /Height 100000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", zlibBytes([]byte{1, 2, 3})), "larger than a picture can be kept"},
		"cut short": {imageObject("/Width 20 /Height 20 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", zlibBytes([]byte{1, 2, 3})), "could not be read"},
		"not zlib":  {imageObject("/Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", []byte("nonsense")), "could not be read"},
		"CMYK":      {imageObject("/Width 1 /Height 1 /ColorSpace /DeviceCMYK /BitsPerComponent 8", []byte{1, 2, 3, 4}), "colours"},
		"bad JPEG":  {imageObject("/Width 2 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode", []byte("not a jpeg")), "colours"},
		"no width":  {imageObject("/Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8", []byte{1, 2, 3}), "larger than a picture can be kept"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			doc := extractBytes(t, imagePDF(body()+drawImage(1, 150, 420, 300, 200), tc.obj))
			if len(pictureBlocks(doc)) != 0 || len(doc.Warnings) != 1 || !strings.Contains(doc.Warnings[0], tc.why) || len(doc.Blocks) != 2 {
				t.Errorf("warnings %q\n%s", doc.Warnings, model.Dump(doc))
			}
		})
	}
}

// BenchmarkPicturePage reads a page with a 480 x 300 chart between two
// paragraphs: the cost of noting, choosing, reading and placing it.
func BenchmarkPicturePage(b *testing.B) {
	data := imagePDF(body()+drawImage(1, 150, 420, 300, 200), noiseImage(480, 300))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := New(extract.DefaultLimits).Extract(context.Background(), data)
		if err != nil || len(pictureBlocks(doc)) != 1 {
			b.Fatalf("%v", err)
		}
	}
}
