package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"strings"

	pcmodel "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Turning an image stream into a file Word takes. A JPEG (DCTDecode) is
// kept as it is stored; a Flate-compressed or uncompressed grey, RGB or
// indexed image of 8 bits or fewer becomes a PNG, with its soft mask as
// transparency. Anything else (JBIG2, JPEG 2000, CCITT fax, CMYK, Decode
// arrays, masks of another size) is not kept and is warned about.

// errUnsupported says an image's form is not one we carry over.
var errUnsupported = errors.New("unsupported image")

// decodePicture makes a picture of sd; nil with the reason when it cannot.
func decodePicture(xt *pcmodel.XRefTable, sd *types.StreamDict, im *placedImage) (*model.Picture, string) {
	w, h := im.Width, im.Height
	if w <= 0 || h <= 0 || int64(w)*int64(h) > maxPicturePixels || len(sd.Raw) > maxPictureBytes {
		return nil, "it is larger than a picture can be kept"
	}
	if sw, sh := sd.IntEntry("Width"), sd.IntEntry("Height"); sw == nil || sh == nil || *sw != w || *sh != h {
		return nil, "its image could not be read" // not the image the page drew: the two readers disagree
	}
	filters := filterNames(sd)
	if _, ok := sd.Dict["Decode"]; ok {
		return nil, "its colours are stored in a form that cannot be carried over"
	}
	switch {
	case len(filters) == 1 && filters[0] == "DCTDecode":
		return jpegPicture(sd.Raw, im)
	case len(filters) == 2 && filters[0] == "FlateDecode" && filters[1] == "DCTDecode":
		raw, err := inflate(sd.Raw, maxPictureBytes)
		if err != nil {
			return nil, "its image could not be read"
		}
		return jpegPicture(raw, im)
	case len(filters) == 0 || len(filters) == 1 && filters[0] == "FlateDecode":
		img, err := rasterOf(xt, sd, im)
		if errors.Is(err, errUnsupported) {
			return nil, "its colours are stored in a form that cannot be carried over"
		} else if err != nil {
			return nil, "its image could not be read" // damaged or cut short
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil || buf.Len() > maxPictureBytes {
			return nil, "it is larger than a picture can be kept"
		}
		return &model.Picture{Data: buf.Bytes(), ContentType: "image/png"}, ""
	}
	return nil, "its image format (" + strings.Join(filters, ", ") + ") cannot be carried over"
}

func filterNames(sd *types.StreamDict) []string {
	var out []string
	for _, f := range sd.FilterPipeline {
		out = append(out, f.Name)
	}
	return out
}

// jpegPicture keeps a grey or colour JPEG's bytes as they are stored.
func jpegPicture(raw []byte, im *placedImage) (*model.Picture, string) {
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(raw))
	if err != nil || cfg.ColorModel == color.CMYKModel || im.SMask {
		return nil, "its colours are stored in a form that cannot be carried over"
	}
	return &model.Picture{Data: bytes.Clone(raw), ContentType: "image/jpeg"}, ""
}

// rasterOf decodes a Flate or uncompressed image into an image.Image.
func rasterOf(xt *pcmodel.XRefTable, sd *types.StreamDict, im *placedImage) (image.Image, error) {
	comps, palette, err := colourModel(xt, sd, im)
	if err != nil {
		return nil, err
	}
	bpc := im.BPC
	if palette == nil && bpc != 8 || palette != nil && bpc != 1 && bpc != 2 && bpc != 4 && bpc != 8 {
		return nil, errUnsupported
	}
	rowLen := (im.Width*comps*bpc + 7) / 8
	samples, err := streamSamples(sd, rowLen, im.Height, comps, bpc)
	if err != nil {
		return nil, err
	}
	var img image.Image
	switch {
	case palette != nil:
		img = paletted(samples, rowLen, im.Width, im.Height, bpc, palette)
	case comps == 1:
		img = &image.Gray{Pix: samples, Stride: rowLen, Rect: image.Rect(0, 0, im.Width, im.Height)}
	default:
		img = rgb(samples, im.Width, im.Height)
	}
	if !im.SMask {
		return img, nil
	}
	return withSoftMask(xt, sd, img)
}

// streamSamples inflates sd (bounded to the size its dictionary gives)
// and undoes a PNG predictor.
func streamSamples(sd *types.StreamDict, rowLen, rows, comps, bpc int) ([]byte, error) {
	pred, cols := 1, 0
	if len(sd.FilterPipeline) == 1 && sd.FilterPipeline[0].DecodeParms != nil {
		parms := sd.FilterPipeline[0].DecodeParms
		if p := parms.IntEntry("Predictor"); p != nil {
			pred = *p
		}
		if c := parms.IntEntry("Columns"); c != nil {
			cols = *c
		}
	}
	want := rowLen * rows
	if pred >= 10 {
		want = (rowLen + 1) * rows
	} else if pred != 1 {
		return nil, errUnsupported // TIFF predictor
	}
	if want > maxPictureBytes {
		return nil, errUnsupported
	}
	var src io.Reader = bytes.NewReader(sd.Raw)
	if len(sd.FilterPipeline) == 1 {
		zr, err := zlib.NewReader(src)
		if err != nil {
			return nil, err
		}
		src = zr
	}
	data := make([]byte, want)
	if _, err := io.ReadFull(src, data); err != nil {
		return nil, err
	}
	if pred >= 10 {
		if cols > 0 && (cols*comps*bpc+7)/8 != rowLen {
			return nil, errUnsupported
		}
		return unpredictPNG(data, rowLen, rows, max(1, comps*bpc/8))
	}
	return data, nil
}

// inflate decompresses zlib data, refusing more than limit bytes.
func inflate(data []byte, limit int) ([]byte, error) {
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	out, err := io.ReadAll(io.LimitReader(zr, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(out) > limit {
		return nil, errUnsupported
	}
	return out, nil
}

// unpredictPNG undoes PNG row filters (predictors 10 to 15): each row
// starts with its filter type.
func unpredictPNG(data []byte, rowLen, rows, bpp int) ([]byte, error) {
	out := make([]byte, rowLen*rows)
	prev := make([]byte, rowLen)
	for y := range rows {
		in := data[y*(rowLen+1) : (y+1)*(rowLen+1)]
		cur := out[y*rowLen : (y+1)*rowLen]
		ft, row := in[0], in[1:]
		for i := range rowLen {
			var a, c byte
			if i >= bpp {
				a, c = cur[i-bpp], prev[i-bpp]
			}
			b := prev[i]
			switch ft {
			case 0:
				cur[i] = row[i]
			case 1:
				cur[i] = row[i] + a
			case 2:
				cur[i] = row[i] + b
			case 3:
				cur[i] = row[i] + byte((int(a)+int(b))/2)
			case 4:
				cur[i] = row[i] + paeth(a, b, c)
			default:
				return nil, errUnsupported
			}
		}
		prev = cur
	}
	return out, nil
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// rgb turns 8-bit RGB samples into an opaque NRGBA image.
func rgb(samples []byte, w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for i, j := 0, 0; i+2 < len(samples) && j+3 < len(img.Pix); i, j = i+3, j+4 {
		img.Pix[j], img.Pix[j+1], img.Pix[j+2], img.Pix[j+3] = samples[i], samples[i+1], samples[i+2], 255
	}
	return img
}

// paletted unpacks indexed samples of bpc bits into a paletted image.
func paletted(samples []byte, rowLen, w, h, bpc int, pal color.Palette) *image.Paletted {
	img := image.NewPaletted(image.Rect(0, 0, w, h), pal)
	perByte := 8 / bpc
	mask := byte(1<<bpc - 1)
	for y := range h {
		row := samples[y*rowLen : (y+1)*rowLen]
		for x := range w {
			v := row[x/perByte] >> (uint(perByte-1-x%perByte) * uint(bpc)) & mask
			if int(v) >= len(pal) {
				v = 0
			}
			img.Pix[y*img.Stride+x] = v
		}
	}
	return img
}
