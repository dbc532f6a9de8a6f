package pdf

import (
	"fmt"

	lpdf "github.com/ledongthuc/pdf"
	pcmodel "github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Bounds on what pictures may cost. The reader runs in a child process whose
// answer carries the pictures' bytes back, so these also bound that answer.
const (
	maxPicturePixels = 25_000_000 // one picture, decoded
	maxPictureBytes  = 24 << 20   // one picture's file, and its decoded data
	maxPicturesBytes = 48 << 20   // all the pictures kept from one statement
	maxPictures      = 200        // pictures kept from one statement
)

// emuPerPoint converts PDF points to the EMU Word measures pictures in.
const emuPerPoint = 12700

// pictures decides which images of the pages are content and reads the
// files of those whose place may be clear; layout then places them.
// ledongthuc/pdf cannot give an image's stream as stored (it refuses
// DCTDecode), so the streams are read again through pdfcpu, only when some
// page has a candidate.
func (e *Extractor) pictures(data []byte, r *lpdf.Reader, pv []lpdf.Value, pages []*pageLines) {
	chooseContent(pages)
	cands := imagesWith(pages, func(im *placedImage) bool { return im.fate == picCandidate })
	if len(cands) == 0 {
		return
	}
	alts := newAltFinder(r, pv)
	src, err := openImages(data)
	total := 0
	for i, im := range cands {
		switch {
		case err != nil:
			im.fate, im.why = picUnclear, "its image could not be read"
			continue
		case i >= maxPictures || total >= maxPicturesBytes:
			im.fate, im.why = picUnclear, "the statement holds more pictures than are kept"
			continue
		}
		pic, why := src.picture(im)
		if pic == nil {
			im.fate, im.why = picUnclear, why
			continue
		}
		pic.Name = fmt.Sprintf("Picture on page %d", im.Page)
		pic.Width, pic.Height = int64(im.Box.w()*emuPerPoint), int64(im.Box.h()*emuPerPoint)
		pic.Alt = alts.alt(im.Page, im.MCID)
		im.pic = pic
		total += len(pic.Data)
	}
	for _, p := range pages {
		pairFigures(alts, p.Num, imagesWith([]*pageLines{p}, func(im *placedImage) bool { return im.pic != nil }))
	}
}

// imagesWith lists the pages' images for which keep holds, in page order.
func imagesWith(pages []*pageLines, keep func(*placedImage) bool) []*placedImage {
	var out []*placedImage
	for _, p := range pages {
		for _, im := range p.Images {
			if keep(im) {
				out = append(out, im)
			}
		}
	}
	return out
}

// imageSource reads image streams by page and resource path.
type imageSource struct{ ctx *pcmodel.Context }

// openImages parses the file with pdfcpu, turning a panic into an error.
func openImages(data []byte) (src *imageSource, err error) {
	defer func() {
		if p := recover(); p != nil {
			src, err = nil, fmt.Errorf("pdfcpu panic: %v", p)
		}
	}()
	ctx, err := pdfcpuRead(data, pcmodel.EXTRACTIMAGES)
	if err != nil {
		return nil, err
	}
	if err := ctx.XRefTable.EnsurePageCount(); err != nil {
		return nil, err
	}
	return &imageSource{ctx: ctx}, nil
}

// picture finds im's stream and makes a picture of it; nil with the reason
// when it cannot be kept.
func (s *imageSource) picture(im *placedImage) (pic *model.Picture, why string) {
	defer func() {
		if p := recover(); p != nil {
			pic, why = nil, "its image could not be read"
		}
	}()
	sd := s.stream(im)
	if sd == nil {
		return nil, "its image could not be read"
	}
	return decodePicture(s.ctx.XRefTable, sd, im)
}

// stream follows im's resource path from its page to the image stream.
func (s *imageSource) stream(im *placedImage) *types.StreamDict {
	xt := s.ctx.XRefTable
	page, _, inh, err := xt.PageDict(im.Page, false)
	if err != nil || page == nil {
		return nil
	}
	res, _ := xt.DereferenceDict(page["Resources"])
	if res == nil && inh != nil {
		res = inh.Resources
	}
	for i, name := range im.Path {
		xobjs, _ := xt.DereferenceDict(res["XObject"])
		if xobjs == nil {
			return nil
		}
		sd, _, err := xt.DereferenceStreamDict(xobjs[name])
		if err != nil || sd == nil {
			return nil
		}
		if i == len(im.Path)-1 {
			return sd
		}
		res, _ = xt.DereferenceDict(sd.Dict["Resources"])
	}
	return nil
}
