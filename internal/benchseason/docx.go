package benchseason

import (
	"archive/zip"
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
)

// words are fictional safeguarding words the generated text is made of.
var words = strings.Fields(`staff trained referrals families children neglect partners board audit
supervision early help pathway school health visitors police housing review plan quarter year
designated lead voice child practice improved training sessions delivered completed multi-agency`)

// sections are the headings every generated statement uses.
var sections = []string{"Agency Context", "Safeguarding Children Activity", "Outcomes and Impact",
	"Key Successes", "Key Areas for Development"}

// Agency names agency i of a season.
func Agency(i int) string { return fmt.Sprintf("Partner Agency %04d", i) }

// Paragraphs is the text of agency i's statement, version v: a title, then
// each section's heading and four sentences; a later version rewrites one
// sentence. Headings are marked by a leading "#" (level 1) or "##".
func Paragraphs(agency, version int) []string {
	out := []string{"# " + Agency(agency)}
	for s, title := range sections {
		out = append(out, "## "+title)
		for k := 0; k < 4; k++ {
			seed := uint64(agency*1000 + s*10 + k)
			if version > 0 && k == version%4 && s == version%5 {
				seed += uint64(version) << 32 // this version rewrote the sentence
			}
			out = append(out, sentence(rand.New(rand.NewPCG(seed, 7))))
		}
	}
	return out
}

func sentence(r *rand.Rand) string {
	w := make([]string, 30)
	for i := range w {
		w[i] = words[r.IntN(len(words))]
	}
	return strings.Join(w, " ") + "."
}

// DOCX is a minimal but complete WordprocessingML package of paragraphs
// (headings in the Heading1/Heading2 styles), which Word and LibreOffice open.
func DOCX(paragraphs []string) []byte {
	var body strings.Builder
	for _, p := range paragraphs {
		style := ""
		switch {
		case strings.HasPrefix(p, "## "):
			style, p = "Heading2", p[3:]
		case strings.HasPrefix(p, "# "):
			style, p = "Heading1", p[2:]
		}
		if style != "" {
			style = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
		}
		fmt.Fprintf(&body, `<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, style, p)
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `</w:body></w:document>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, _ := zw.Create(p.name) // writes to memory: cannot fail
		w.Write([]byte(p.body))
	}
	zw.Close()
	return buf.Bytes()
}
