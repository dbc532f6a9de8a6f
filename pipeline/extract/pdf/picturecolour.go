package pdf

import (
	"image"
	"image/color"

	pcmodel "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// colourModel reads an image's colour space: the components per pixel of
// a grey or RGB space, or the palette of an indexed one over those.
func colourModel(xt *pcmodel.XRefTable, sd *types.StreamDict, im *placedImage) (int, color.Palette, error) {
	cs, _ := xt.Dereference(sd.Dict["ColorSpace"])
	if arr, ok := cs.(types.Array); ok && len(arr) == 4 && nameOf(arr[0]) == "Indexed" {
		base, _ := xt.Dereference(arr[1])
		n := baseComponents(xt, base)
		hival, ok := arr[2].(types.Integer)
		if n == 0 || !ok || hival < 0 || hival > 255 {
			return 0, nil, errUnsupported
		}
		pal, err := lookupPalette(xt, arr[3], n, int(hival)+1)
		return 1, pal, err
	}
	if n := baseComponents(xt, cs); n != 0 {
		return n, nil, nil
	}
	return 0, nil, errUnsupported
}

// baseComponents is 1 for a grey space, 3 for an RGB one, 0 for any other.
func baseComponents(xt *pcmodel.XRefTable, cs types.Object) int {
	switch nameOf(cs) {
	case "DeviceGray", "G":
		return 1
	case "DeviceRGB", "RGB":
		return 3
	}
	arr, ok := cs.(types.Array)
	if !ok || len(arr) < 2 {
		return 0
	}
	switch nameOf(arr[0]) {
	case "CalGray":
		return 1
	case "CalRGB":
		return 3
	case "ICCBased":
		prof, _, err := xt.DereferenceStreamDict(arr[1])
		if err != nil || prof == nil {
			return 0
		}
		if n := prof.IntEntry("N"); n != nil && (*n == 1 || *n == 3) {
			return *n
		}
	}
	return 0
}

func nameOf(o types.Object) string {
	if n, ok := o.(types.Name); ok {
		return n.Value()
	}
	return ""
}

// lookupPalette reads an indexed space's colour table (a string, or a
// small stream) into a palette of size colours.
func lookupPalette(xt *pcmodel.XRefTable, o types.Object, comps, size int) (color.Palette, error) {
	o, _ = xt.Dereference(o)
	var table []byte
	switch v := o.(type) {
	case types.StringLiteral:
		b, err := types.Unescape(v.Value())
		if err != nil {
			return nil, err
		}
		table = b
	case types.HexLiteral:
		b, err := v.Bytes()
		if err != nil {
			return nil, err
		}
		table = b
	case types.StreamDict:
		b, err := streamSamples(&v, comps*size, 1, comps, 8)
		if err != nil {
			return nil, err
		}
		table = b
	}
	if len(table) < comps*size {
		return nil, errUnsupported
	}
	pal := make(color.Palette, size)
	for i := range size {
		c := table[i*comps : (i+1)*comps]
		if comps == 1 {
			pal[i] = color.Gray{Y: c[0]}
		} else {
			pal[i] = color.RGBA{R: c[0], G: c[1], B: c[2], A: 255}
		}
	}
	return pal, nil
}

// withSoftMask gives img the transparency of its soft mask: an 8-bit grey
// image of the same size, Flate-compressed or not. Any other mask (a
// stencil /Mask, a colour key, another size) is not carried over.
func withSoftMask(xt *pcmodel.XRefTable, sd *types.StreamDict, img image.Image) (image.Image, error) {
	ms, _, err := xt.DereferenceStreamDict(sd.Dict["SMask"])
	if err != nil || ms == nil {
		return nil, errUnsupported
	}
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	mw, mh, bpc := ms.IntEntry("Width"), ms.IntEntry("Height"), ms.IntEntry("BitsPerComponent")
	if mw == nil || mh == nil || bpc == nil || *mw != w || *mh != h || *bpc != 8 {
		return nil, errUnsupported
	}
	if _, ok := ms.Dict["Decode"]; ok {
		return nil, errUnsupported
	}
	if len(ms.FilterPipeline) > 1 || len(ms.FilterPipeline) == 1 && ms.FilterPipeline[0].Name != "FlateDecode" {
		return nil, errUnsupported
	}
	alpha, err := streamSamples(ms, w, h, 1, 8)
	if err != nil {
		return nil, err
	}
	out := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.NRGBAModel.Convert(img.At(b.Min.X+x, b.Min.Y+y)).(color.NRGBA)
			c.A = alpha[y*w+x]
			out.SetNRGBA(x, y, c)
		}
	}
	return out, nil
}
