package docx

import (
	"bytes"
	"strings"
)

// headerXML marks every page of the draft as a draft, so a printed page is
// never taken for the approved report; the version to publish carries the
// title alone.
func headerXML(title, period string, final bool, st styleSet) []byte {
	mark := DraftHeaderPrefix
	if final {
		mark = ""
	}
	var b bytes.Buffer
	b.WriteString(xmlHead + `<w:hdr ` + wNS + `><w:p><w:pPr><w:pStyle w:val="` + st.id("Caption") + `"/><w:jc w:val="right"/></w:pPr><w:r>`)
	runText(&b, strings.TrimSpace(mark+title+" "+period))
	b.WriteString(`</w:r></w:p></w:hdr>`)
	return b.Bytes()
}

// footerXML numbers the pages with a PAGE field.
func footerXML(st styleSet) []byte {
	return []byte(xmlHead + `<w:ftr ` + wNS + `><w:p><w:pPr><w:pStyle w:val="` + st.id("Caption") + `"/><w:jc w:val="center"/></w:pPr>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`)
}
