package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
)

// maxRefPart bounds what we read from one part of a reference document; a
// styles.xml is tens of kilobytes.
const maxRefPart = 8 << 20

// reference holds the parts copied from the reference document.
type reference struct {
	styles    []byte
	fontTable []byte // optional
	theme     []byte // optional
}

// loadReference reads styles.xml (required), fontTable.xml and the theme
// from a reference .docx.
func loadReference(data []byte) (*reference, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("reference document: not a Word file: %w", err)
	}
	ref := &reference{}
	for _, f := range zr.File {
		var dst *[]byte
		switch f.Name {
		case "word/styles.xml":
			dst = &ref.styles
		case "word/fontTable.xml":
			dst = &ref.fontTable
		case "word/theme/theme1.xml":
			dst = &ref.theme
		default:
			continue
		}
		if *dst, err = readPart(f); err != nil {
			return nil, fmt.Errorf("reference document: %s: %w", f.Name, err)
		}
	}
	if ref.styles == nil {
		return nil, errors.New("reference document: it has no word/styles.xml; save it from Word as a .docx and try again")
	}
	return ref, nil
}

func readPart(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxRefPart+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxRefPart {
		return nil, errors.New("part larger than 8 MB")
	}
	return data, nil
}
