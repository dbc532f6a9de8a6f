package ocr

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// maxHeadingWords is the longest line OCR text offers as a heading
// candidate; mapping decides whether it is one.
const maxHeadingWords = 10

// pageBlocks turns tesseract's text of page into blocks: it separates
// paragraphs by blank lines and wraps lines within them, so a paragraph's
// lines are joined (a line ending in a hyphen joins the next keeping it). A
// one-line paragraph without closing punctuation may be a heading, and a
// line opening with a bullet is a list item.
func pageBlocks(text string, page int) []model.Block {
	var out []model.Block
	for _, para := range strings.Split(strings.ReplaceAll(text, "\f", "\n"), "\n\n") {
		var lines []string
		for _, l := range strings.Split(para, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		out = append(out, paraBlocks(lines, page)...)
	}
	return out
}

// paraBlocks makes the blocks of one paragraph's lines.
func paraBlocks(lines []string, page int) []model.Block {
	var out []model.Block
	var run []string
	flush := func() {
		if len(run) > 0 {
			out = append(out, textBlock(joinLines(run), len(run) == 1, page))
			run = nil
		}
	}
	for _, l := range lines {
		if item, ok := bulleted(l); ok {
			flush()
			out = append(out, &model.ListItem{Position: model.Position{Page: page}, Text: item})
			continue
		}
		run = append(run, l)
	}
	flush()
	return out
}

// textBlock is a paragraph, or a heading candidate for a short single line.
func textBlock(text string, oneLine bool, page int) model.Block {
	pos := model.Position{Page: page}
	last, _ := utf8.DecodeLastRuneInString(text)
	if oneLine && len(strings.Fields(text)) <= maxHeadingWords && !strings.ContainsRune(".,;:", last) {
		return &model.Heading{Position: pos, Text: text, Candidate: true}
	}
	return &model.Paragraph{Position: pos, Text: text}
}

// bulleted returns a line's text without its bullet, ok when it has one.
func bulleted(l string) (string, bool) {
	for _, b := range []string{"• ", "◦ ", "▪ ", "- "} {
		if rest, ok := strings.CutPrefix(l, b); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// joinLines joins wrapped lines with spaces. A line ending in a hyphen
// after a letter or digit joins the next without a space and keeps the
// hyphen: OCR cannot tell a compound's hyphen ("multi-agency") from one
// the typesetter added, and the text must stay as printed.
func joinLines(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := lines[i-1]
			last, n := utf8.DecodeLastRuneInString(prev)
			before, _ := utf8.DecodeLastRuneInString(prev[:len(prev)-n])
			if !(last == '-' && (unicode.IsLetter(before) || unicode.IsDigit(before))) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// replacePages puts each page's OCR blocks where that page's blocks were
// (at the end for a page that had none) and numbers the blocks again.
func replacePages(blocks []model.Block, ocr map[int][]model.Block) []model.Block {
	var out []model.Block
	placed := map[int]bool{}
	for _, b := range blocks {
		p := b.Pos().Page
		if _, ok := ocr[p]; !ok {
			out = append(out, b)
			continue
		}
		if !placed[p] {
			out = append(out, ocr[p]...)
			placed[p] = true
		}
	}
	for _, p := range slices.Sorted(maps.Keys(ocr)) {
		if !placed[p] {
			out = append(out, ocr[p]...)
		}
	}
	for i, b := range out {
		model.SetIndex(b, i)
	}
	return out
}
