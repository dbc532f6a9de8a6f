package docx

import (
	"bytes"
	"strconv"
	"time"
)

// commentAuthor signs every comment, so reviewers see which notes the
// pipeline made.
const commentAuthor = "reportpipe"

// comments collects Word comments and writes comments.xml.
type comments struct {
	texts []string
	date  time.Time
}

// add registers a comment and returns its id for anchoring.
func (c *comments) add(text string) int {
	c.texts = append(c.texts, text)
	return len(c.texts) - 1
}

func (c *comments) xml(st styleSet) []byte {
	var b bytes.Buffer
	date := c.date.UTC().Format("2006-01-02T15:04:05Z")
	b.WriteString(xmlHead + `<w:comments ` + wNS + `>`)
	for id, t := range c.texts {
		b.WriteString(`<w:comment w:id="` + strconv.Itoa(id) + `" w:author="` + commentAuthor + `" w:date="` + date + `" w:initials="RP">`)
		b.WriteString(`<w:p><w:pPr><w:pStyle w:val="` + st.id("CommentText") + `"/></w:pPr><w:r><w:rPr><w:rStyle w:val="` +
			st.id("CommentReference") + `"/></w:rPr><w:annotationRef/></w:r><w:r>`)
		runText(&b, t)
		b.WriteString(`</w:r></w:p></w:comment>`)
	}
	b.WriteString(`</w:comments>`)
	return b.Bytes()
}
