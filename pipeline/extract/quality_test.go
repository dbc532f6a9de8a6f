package extract

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A fictional statement's sentence, long enough to be judged.
const goodText = "The partnership reviewed its safeguarding training this year and " +
	"found that most staff had completed the refresher course before the audit in March."

// pdfDoc makes a PDF-like Document with one paragraph per page.
func pdfDoc(pages ...string) *model.Document {
	doc := &model.Document{}
	for i, p := range pages {
		doc.Blocks = append(doc.Blocks, &model.Paragraph{Position: model.Position{Index: i, Page: i + 1}, Text: p})
	}
	return doc
}

// reversed spaces out a text's letters backwards, as text drawn at 180
// degrees comes out of a reader that ignores the text direction.
func reversed(s string) string {
	rs := []rune(strings.ReplaceAll(s, " ", ""))
	out := make([]string, len(rs))
	for i, r := range rs {
		out[len(rs)-1-i] = string(r)
	}
	return strings.Join(out, " ")
}

func TestQualityWarnsAboutTheFailingPage(t *testing.T) {
	cases := []struct {
		name, bad, want string
	}{
		{"undecoded", strings.Repeat("\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD ", 20), "page 2: " + probDecode + "; check it against the PDF"},
		{"private use", strings.Repeat("\uE001\uE002\uE003 ", 20), "page 2: " + probDecode},
		{"control", strings.Repeat("ab\x01\x02cd\x03 ", 20), "page 2: " + probDecode},
		{"single letters", reversed(goodText), "page 2: " + probLetter},
		{"no vowels", strings.Repeat("Thqz brwk gh fjpt mnxz ", 5), "page 2: " + probWords},
		{"mojibake letters", strings.Repeat("ƴǂɷ ȱƼ ɐʃ ", 10), "page 2: " + probScript},
		{"stray script", strings.Repeat("Привет мир это текст ", 4), "page 2: " + probScript},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := pdfDoc(goodText, c.bad, goodText, goodText, goodText, goodText)
			if err := CheckQuality(doc, model.FormatPDF); err != nil {
				t.Fatalf("refused a document with one bad page of six: %v", err)
			}
			if len(doc.Warnings) != 1 || !strings.HasPrefix(doc.Warnings[0], c.want) {
				t.Fatalf("warnings %q, want one starting %q", doc.Warnings, c.want)
			}
		})
	}
}

func TestQualityLeavesGoodTextAlone(t *testing.T) {
	cases := map[string]string{
		"plain":     goodText,
		"initials":  strings.Repeat("Boer, G. J., Smith, D. M., Cassou, C. and Reyes, F. ", 4),
		"acronyms":  strings.Repeat("The NHS, CQC and LSCB met the MASH team in the CCG. ", 4),
		"short":     "r e b m u n",
		"table":     strings.Repeat("1 0 2 0 3 4 5 ", 20),
		"cjk":       strings.Repeat("关于浙江环保科技股份有限公司年度报告 ", 4),
		"bilingual": strings.Repeat("年度报告 Annual report of the company ", 6),
		"maths":     strings.Repeat("Sei X ein Raum, x ∼ y ⇔ x − y ∈ Z und a = b + c ", 4),
		"abbrev":    strings.Repeat("Dr. Cr. Vr. Chq. No. 085900 being payment against bill ", 4),
	}
	for name, text := range cases {
		doc := pdfDoc(text, text)
		if err := CheckQuality(doc, model.FormatPDF); err != nil || len(doc.Warnings) > 0 {
			t.Errorf("%s: %v %q", name, err, doc.Warnings)
		}
	}
}

func TestQualityRefusesAMostlyUnreadableDocument(t *testing.T) {
	junk := strings.Repeat("\uFFFD\uFFFD\uFFFD\uFFFD ", 30)
	doc := pdfDoc(goodText, junk, junk, junk)
	err := CheckQuality(doc, model.FormatPDF)
	var ie *model.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("got %v, want an InputError", err)
	}
	if !errors.Is(err, ErrUnreadableText) || !errors.Is(err, model.ErrNoText) {
		t.Errorf("cause %v does not wrap ErrUnreadableText and ErrNoText", ie.Err)
	}
	if !strings.HasPrefix(ie.Detail, "its text cannot be read reliably") || !strings.Contains(ie.Hint, "Word file (.docx)") {
		t.Errorf("detail %q hint %q", ie.Detail, ie.Hint)
	}
}

func TestQualityNamesBlocksWithoutPages(t *testing.T) {
	doc := &model.Document{}
	texts := []string{goodText, goodText, reversed(goodText), goodText, goodText}
	for i, s := range texts {
		doc.Blocks = append(doc.Blocks, &model.Paragraph{Position: model.Position{Index: i}, Text: s})
	}
	if err := CheckQuality(doc, model.FormatDOCX); err != nil {
		t.Fatal(err)
	}
	want := "block 3: " + probLetter + "; check it against the original document"
	if len(doc.Warnings) != 1 || doc.Warnings[0] != want {
		t.Errorf("warnings %q, want %q", doc.Warnings, want)
	}
}

func TestQualityListsSeveralPages(t *testing.T) {
	junk := reversed(goodText)
	pages := []string{goodText, junk, goodText, junk}
	for range 8 {
		pages = append(pages, goodText, goodText)
	}
	if err := CheckQuality(pdfDoc(pages...), model.FormatPDF); err != nil {
		t.Fatal(err)
	}
	doc := pdfDoc(pages...)
	_ = CheckQuality(doc, model.FormatPDF)
	if len(doc.Warnings) != 1 || !strings.HasPrefix(doc.Warnings[0], "pages 2 and 4: ") || !strings.HasSuffix(doc.Warnings[0], "check them against the PDF") {
		t.Errorf("warnings %q", doc.Warnings)
	}
}

func TestRegistryRefusesUnreadableText(t *testing.T) {
	junk := strings.Repeat("\uFFFD\uFFFD\uFFFD\uFFFD ", 30)
	r := Registry{model.FormatODT: Func(func(context.Context, []byte) (*model.Document, error) {
		return &model.Document{Blocks: []model.Block{&model.Paragraph{Text: junk}}}, nil
	})}
	_, err := r.Extract(context.Background(), model.FormatODT, nil, DefaultLimits)
	if !errors.Is(err, ErrUnreadableText) {
		t.Fatalf("got %v, want the quality check's refusal", err)
	}
}

func TestQualityJudgesShortPagesTogether(t *testing.T) {
	var pages []string
	for range 10 {
		pages = append(pages, "\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD")
	}
	if err := CheckQuality(pdfDoc(pages...), model.FormatPDF); !errors.Is(err, ErrUnreadableText) {
		t.Fatalf("ten short pages of U+FFFD: got %v, want a refusal", err)
	}
}
