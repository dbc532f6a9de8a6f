package testutil

import (
	"regexp"
	"strings"
)

// ResolveChanges accepts (accept true) or rejects the tracked changes one
// author made in a document.xml, the way Word's Review tools do, with
// patterns of its own so a test of the code that makes tracked changes
// does not lean on that code. It handles what reportpipe writes: changes
// that do not nest, whole paragraphs and table rows marked inserted or
// deleted (a paragraph or row whose mark goes is dropped whole), and
// tables that do not nest.
func ResolveChanges(doc []byte, author string, accept bool) []byte {
	a := regexp.QuoteMeta(author)
	insWrap := regexp.MustCompile(`(?s)<w:ins [^>]*w:author="` + a + `"[^>]*[^/]>(.*?)</w:ins>`)
	delWrap := regexp.MustCompile(`(?s)<w:del [^>]*w:author="` + a + `"[^>]*[^/]>(.*?)</w:del>`)
	insMark := regexp.MustCompile(`<w:ins [^>]*w:author="` + a + `"[^>]*/>`)
	delMark := regexp.MustCompile(`<w:del [^>]*w:author="` + a + `"[^>]*/>`)
	keep, drop, dropMark, keepMark := insWrap, delWrap, delMark, insMark
	if !accept {
		keep, drop, dropMark, keepMark = delWrap, insWrap, insMark, delMark
	}
	s := rowRE.ReplaceAllStringFunc(string(doc), func(r string) string {
		if _, props, ok := strings.Cut(r, "<w:trPr>"); ok && dropMark.MatchString(strings.SplitN(props, "</w:trPr>", 2)[0]) {
			return ""
		}
		return r
	})
	s = tableRE.ReplaceAllStringFunc(s, func(tbl string) string {
		if !strings.Contains(tbl, "<w:tr") {
			return ""
		}
		return tbl
	})
	s = paraRE.ReplaceAllStringFunc(s, func(p string) string {
		if dropMark.MatchString(p) {
			return ""
		}
		return p
	})
	s = drop.ReplaceAllString(s, "")
	s = keep.ReplaceAllStringFunc(s, func(m string) string {
		inner := keep.FindStringSubmatch(m)[1]
		return strings.NewReplacer("<w:delText", "<w:t", "</w:delText>", "</w:t>").Replace(inner)
	})
	return []byte(keepMark.ReplaceAllString(s, ""))
}

var (
	paraRE  = regexp.MustCompile(`(?s)<w:p(?: [^>]*)?>.*?</w:p>`)
	rowRE   = regexp.MustCompile(`(?s)<w:tr(?: [^>]*)?>.*?</w:tr>`)
	tableRE = regexp.MustCompile(`(?s)<w:tbl>.*?</w:tbl>`)
)
