package pdf

import (
	"encoding/hex"
	"testing"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// cjkFont is a Type0 font without a ToUnicode map or an embedded program,
// whose codes follow the predefined CMap cmap.
func cjkFont(cmap string) string {
	return "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /" + cmap + " /DescendantFonts [6 0 R] >>"
}

func cjkDescendant(ordering string) string {
	return "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (" +
		ordering + ") /Supplement 2 >> /DW 1000 /W [1 95 500] >>"
}

// Text in a font that names a predefined CJK CMap is decoded with that
// CMap's character set, one- and two-byte codes mixed as it defines them.
func TestPredefinedCJKCMaps(t *testing.T) {
	cases := []struct {
		cmap, ordering, text string
		encode               func(string) (string, error)
	}{
		{"GBK-EUC-H", "GB1", "2016年度报告 (summary)", simplifiedchinese.GBK.NewEncoder().String},
		{"90ms-RKSJ-H", "Japan1", "年次報告 2016", japanese.ShiftJIS.NewEncoder().String},
		{"UniGB-UCS2-H", "GB1", "年度报告 2016", ucs2},
	}
	for _, c := range cases {
		t.Run(c.cmap, func(t *testing.T) {
			codes, err := c.encode(c.text)
			if err != nil {
				t.Fatal(err)
			}
			content := "BT /F1 12 Tf 72 700 Td <" + hex.EncodeToString([]byte(codes)) + "> Tj ET"
			doc := extractBytes(t, fontPDF(cjkFont(c.cmap), content, cjkDescendant(c.ordering)))
			if len(doc.Blocks) != 1 || doc.Blocks[0].PlainText() != c.text {
				t.Errorf("got\n%s", model.Dump(doc))
			}
		})
	}
}

// ucs2 spells s in big-endian UCS-2, as the Uni...-UCS2 CMaps read codes.
func ucs2(s string) (string, error) {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return string(b), nil
}
