package extract

import (
	"errors"
	"fmt"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// ErrUnreadableText is the cause of a refusal by the quality check: the file
// has text, but that text does not read as language. An InputError
// carrying it also wraps model.ErrNoText, since for the reader there is no
// usable text layer.
var ErrUnreadableText = errors.New("text layer unreadable")

// Thresholds of the quality check. They were set against the reference
// texts of public test suites (none of which fails) and the outputs known
// to be wrong: a failing page is far past each of them.
const (
	minLetters     = 40   // a part with fewer letters is too short to judge
	maxBadShare    = 0.05 // of non-space runes: U+FFFD, control, private use
	maxOddShare    = 0.20 // of letters: mojibake blocks
	maxOneLetter   = 0.40 // of words: "r e b m u n"
	maxNoVowel     = 0.35 // of lower-case Latin words: "Tbwz gkq"
	maxStrayScript = 0.30 // of letters: outside the document's scripts
	minMathShare   = 0.02 // of runes: a formula, where one-letter names are right
	minScriptShare = 0.15 // a script the document uses holds this share
	refuseShare    = 0.50 // of letters (or runes) on failing parts
)

// The problems a part of a document can have, as a reader is told them.
const (
	probDecode = "the text could not be decoded (unusual font encoding)"
	probLetter = "the words come out as single letters with spaces between them (the text is probably rotated, mirrored or drawn letter by letter)"
	probWords  = "the text does not read as words (the font encoding was probably misread)"
	probScript = "the text mixes in letters of unexpected alphabets (the font encoding was probably misread)"
)

// part is a stretch of a document the check judges on its own: a page of a
// PDF, a block of the formats without pages.
type part struct {
	page  int // 1-based PDF page, 0 when the format has none
	block int // the first block's index
	stats textStats
}

// CheckQuality judges whether doc's text reads as language. A part that
// fails gets a warning on doc saying where and what is wrong; when the
// failing parts hold most of the text, the file is refused with an
// *model.InputError, because returning it would pass junk off as text.
func CheckQuality(doc *model.Document, f model.Format) error {
	parts := splitParts(doc)
	var total, failed textStats
	fails := map[string][]part{}
	var order []string
	for _, p := range parts {
		total.add(p.stats)
		if prob := judge(p.stats, nil); prob != "" {
			failed.add(p.stats)
			if fails[prob] == nil {
				order = append(order, prob)
			}
			fails[prob] = append(fails[prob], p)
		}
	}
	// The script test needs the document's scripts, so it runs second.
	for _, p := range parts {
		if judge(p.stats, nil) == "" && judge(p.stats, &total) != "" {
			failed.add(p.stats)
			if fails[probScript] == nil {
				order = append(order, probScript)
			}
			fails[probScript] = append(fails[probScript], p)
		}
	}
	if mostlyFailed(failed, total) {
		return refuse(order[0], f)
	}
	if len(order) == 0 && allShort(parts) {
		// Parts too short to judge one by one are judged together.
		if prob := judge(total, nil); prob != "" {
			return refuse(prob, f)
		}
	}
	for _, prob := range order {
		doc.Warnings = append(doc.Warnings, warning(prob, fails[prob], f))
	}
	return nil
}

// allShort reports whether no part holds enough letters to be judged.
func allShort(parts []part) bool {
	for _, p := range parts {
		if p.stats.letters+p.stats.bad >= minLetters {
			return false
		}
	}
	return true
}

// mostlyFailed reports whether the failing parts hold most of the text.
func mostlyFailed(failed, total textStats) bool {
	if total.runes == 0 {
		return false
	}
	if total.letters > 0 {
		return float64(failed.letters+failed.bad) > refuseShare*float64(total.letters+total.bad)
	}
	return float64(failed.runes) > refuseShare*float64(total.runes)
}

// judge returns the first problem of a part's stats, "" when it reads
// well or is too short to tell. With doc set, it runs only the script test
// against the document's scripts.
func judge(s textStats, doc *textStats) string {
	if s.letters+s.bad < minLetters {
		return ""
	}
	if doc != nil {
		if share(s.letters-inScripts(s, usedScripts(*doc)), s.letters) > maxStrayScript {
			return probScript
		}
		return ""
	}
	switch {
	case share(s.bad, s.runes) > maxBadShare:
		return probDecode
	case share(s.odd, s.letters) > maxOddShare:
		return probScript
	case share(s.math, s.runes) >= minMathShare:
		return "" // mathematics: variables are single letters without vowels
	case s.words >= 12 && share(s.oneLetter, s.words) > maxOneLetter:
		return probLetter
	case s.mixed >= 12 && share(s.noVowel, s.mixed) > maxNoVowel:
		return probWords
	}
	return ""
}

// usedScripts returns the scripts that hold a fair share of doc's letters.
func usedScripts(doc textStats) [numScripts]bool {
	var used [numScripts]bool
	for i, n := range doc.scripts {
		used[i] = share(n, doc.letters) >= minScriptShare
	}
	return used
}

func inScripts(s textStats, used [numScripts]bool) int {
	n := 0
	for i, c := range s.scripts {
		if used[i] {
			n += c
		}
	}
	return n
}

func share(n, of int) float64 {
	if of <= 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// splitParts measures doc page by page, or block by block when its blocks
// carry no page.
func splitParts(doc *model.Document) []part {
	var parts []part
	for _, b := range doc.Blocks {
		pos := b.Pos()
		n := len(parts)
		if n == 0 || pos.Page == 0 || parts[n-1].page != pos.Page {
			parts = append(parts, part{page: pos.Page, block: pos.Index})
			n++
		}
		parts[n-1].stats.measure(b.PlainText())
	}
	return parts
}

// warning tells where prob was found and what to do.
func warning(prob string, ps []part, f model.Format) string {
	if f == model.FormatPDF {
		return fmt.Sprintf("%s: %s; check %s against the PDF", where(ps), prob, them(ps))
	}
	return fmt.Sprintf("%s: %s; check %s against the original document", where(ps), prob, them(ps))
}

func them(ps []part) string {
	if len(ps) == 1 {
		return "it"
	}
	return "them"
}

// where names the parts: "page 3", "pages 3, 5 and 9", "block 12". Long
// lists are cut, since the reader needs the first few to start checking.
func where(ps []part) string {
	noun, nums := "page", make([]string, 0, len(ps))
	for _, p := range ps {
		if p.page == 0 {
			noun = "block"
			nums = append(nums, fmt.Sprint(p.block+1))
		} else {
			nums = append(nums, fmt.Sprint(p.page))
		}
	}
	if len(nums) == 1 {
		return noun + " " + nums[0]
	}
	const show = 8
	if len(nums) > show {
		more := len(nums) - show
		return fmt.Sprintf("%ss %s and %d more", noun, strings.Join(nums[:show], ", "), more)
	}
	return fmt.Sprintf("%ss %s and %s", noun, strings.Join(nums[:len(nums)-1], ", "), nums[len(nums)-1])
}

// refuse builds the refusal for a document whose text mostly failed: what
// happened, in words a business manager uses, and what to ask the agency
// for. (Letter-spaced headings in an otherwise normal PDF are read as words
// by the PDF reader and never come here.)
func refuse(prob string, f model.Format) *model.InputError {
	hint := "Ask the agency to send the statement as a Word file (.docx); a PDF saved straight from Word or LibreOffice (not printed to PDF or scanned) also works"
	if f != model.FormatPDF {
		hint = "Ask the agency to save the statement again from Word or LibreOffice and resend it"
	}
	return model.Reject(fmt.Errorf("%w: %w: %s", model.ErrNoText, ErrUnreadableText, prob),
		"its text cannot be read reliably, so nothing was taken from it: "+prob, hint)
}

// FailingPages returns the PDF pages (1-based, in order) whose text fails
// the quality check, so a caller can read them another way (OCR) before the
// check warns about or refuses them.
func FailingPages(doc *model.Document) []int {
	parts := splitParts(doc)
	var total textStats
	for _, p := range parts {
		total.add(p.stats)
	}
	var pages []int
	for _, p := range parts {
		if p.page > 0 && (judge(p.stats, nil) != "" || judge(p.stats, &total) != "") {
			pages = append(pages, p.page)
		}
	}
	return pages
}
