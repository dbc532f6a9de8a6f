package pdf

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
)

// The text exactly as sent, checked against another reader: every word of
// pdftotext's text of every PDF in ../shared (corpus, producers, peers)
// must stand unchanged in our blocks. A word is a run of letters and
// digits with the hyphens and apostrophes inside it, so a compound that
// lost its hyphen ("multiagency") or a word cut in two is a missing word.
// Files we refuse are not compared (their tests say why they are refused).

// sharedWordRe is one word as sent: letters and digits, joined by
// hyphens or apostrophes.
var sharedWordRe = regexp.MustCompile(`[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*`)

// refLineEnd joins a word wrapped after a hyphen as the page shows it:
// a hard hyphen stays, a soft one goes.
var refLineEnd = regexp.MustCompile(`([\p{L}\p{N}])([-‐\x{00AD}])[ \t]*\n[ \t\f]*([\p{L}\p{N}])`)

func sharedWords(text string) []string {
	text = refLineEnd.ReplaceAllStringFunc(text, func(m string) string {
		sm := refLineEnd.FindStringSubmatch(m)
		if sm[2] == "\u00ad" {
			return sm[1] + sm[3]
		}
		return sm[1] + sm[2] + sm[3]
	})
	text = strings.ReplaceAll(norm.NFKC.String(text), "’", "'")
	return sharedWordRe.FindAllString(text, -1)
}

// sharedPDF is one PDF of ../shared and where its reference text is.
type sharedPDF struct{ path, ref string }

func sharedPDFs(t *testing.T) []sharedPDF {
	shared := filepath.Join(filepath.Dir(testutil.RepoRoot(t)), "shared")
	var out []sharedPDF
	for _, dir := range []string{"corpus/submissions", "producers/submissions"} {
		ps, _ := filepath.Glob(filepath.Join(shared, dir, "*.pdf"))
		for _, p := range ps {
			out = append(out, sharedPDF{path: p})
		}
	}
	ps, _ := filepath.Glob(filepath.Join(shared, "peers", "files", "*.pdf"))
	for _, p := range ps {
		out = append(out, sharedPDF{path: p, ref: filepath.Join(shared, "peers", "refs", filepath.Base(p)+".layout.txt")})
	}
	if len(out) == 0 {
		t.Skipf("no PDFs under %s: skipping (the test runs where ../shared exists)", shared)
	}
	return out
}

// reference returns pdftotext's text of f in its -raw mode, run now (its
// default mode drops the hyphen of a line-end compound, the very change
// this test is about, and its -layout mode runs columns together); without
// pdftotext, the peers' stored -layout reference. ok is false when neither
// is to be had.
func (f sharedPDF) reference() (string, bool) {
	if _, err := exec.LookPath("pdftotext"); err == nil {
		b, err := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", f.path, "-").Output()
		return string(b), err == nil
	}
	if f.ref == "" {
		return "", false
	}
	b, err := os.ReadFile(f.ref)
	return string(b), err == nil
}

func TestSharedPDFWordsUnchanged(t *testing.T) {
	ex := New(extract.DefaultLimits)
	for _, f := range sharedPDFs(t) {
		t.Run(filepath.Base(f.path), func(t *testing.T) {
			ref, ok := f.reference()
			if !ok {
				t.Skip("no reference text (pdftotext not installed)")
			}
			data, err := os.ReadFile(f.path)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ex.Extract(context.Background(), data)
			if err != nil {
				t.Skipf("refused: %v", err)
			}
			have := map[string]bool{}
			for _, b := range doc.Blocks {
				for _, w := range sharedWords(b.PlainText()) {
					have[w] = true
				}
			}
			var missing []string
			words := sharedWords(withoutFurniture(ref))
			for _, w := range words {
				if !have[w] && !misread(w) {
					missing = append(missing, w)
				}
			}
			if allowed := knownMisses[filepath.Base(f.path)]; len(missing) > allowed {
				t.Errorf("%d of %d words not in the blocks as sent: %q", len(missing), len(words), head(missing, 12))
			}
		})
	}
}

func head(s []string, n int) []string { return s[:min(n, len(s))] }

// withoutFurniture drops from pdftotext's text what we drop by design:
// lone page numbers, and lines repeated (digits aside) on most pages, as
// running headers and footers are.
func withoutFurniture(text string) string {
	pages := strings.Split(text, "\f")
	count := map[string]int{}
	for _, p := range pages {
		seen := map[string]bool{}
		for _, l := range strings.Split(p, "\n") {
			if k := furnitureText(l); k != "" && !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	need := max(2, (6*len(pages)+9)/10)
	var kept []string
	for _, p := range pages {
		for _, l := range strings.Split(p, "\n") {
			l = listMarkerRe.ReplaceAllString(l, "") // kept as the item's kind
			k := furnitureText(l)
			if pageNumberRe.Get().MatchString(strings.TrimSpace(l)) || k != "" && count[k] >= need && len(pages) >= 3 {
				continue
			}
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

// listMarkerRe is a numbered list item's marker, which a list item holds
// as its kind (ordered), not as text.
var listMarkerRe = regexp.MustCompile(`^\s*\(?([0-9]{1,2}|[a-z]|[ivx]{1,4})[.)]\s+`)

var digitsRe = regexp.MustCompile(`[0-9]+`)

func furnitureText(l string) string {
	return digitsRe.ReplaceAllString(strings.Join(strings.Fields(l), " "), "#")
}

// misread reports a word pdftotext itself decoded wrongly, which no reader
// could match: Latin letters mixed with Han characters (a re-saved font's
// broken ligature map reads "ff" as "昀昀") or the replacement character.
func misread(w string) bool {
	latin, han := false, false
	for _, r := range w {
		switch {
		case r == '\uFFFD':
			return true
		case unicode.Is(unicode.Latin, r):
			latin = true
		case unicode.Is(unicode.Han, r):
			han = true
		}
	}
	return latin && han
}

// knownMisses caps the words of a public test file that we read otherwise
// than pdftotext does, where that is not a change of the text as sent. The
// statements (corpus, producers) have none. The rest, by cause:
//   - text drawn in another direction or mirrored, read by pdftotext glyph
//     by glyph (pdffill-demo "R o t t o n"; issue-848 is mirrored text,
//     which we read in its own direction; arabic: pdftotext's visual order);
//   - math and symbol fonts without a Unicode map (issue-982, GeoTopo), and
//     images of text with an OCR layer that pdftotext reads in another
//     order (issue-192, pr-136);
//   - LaTeX two-column hyphenation joined by pdftotext across the column
//     (multicolumn "adip-iscing"), and ordinals set as superscripts
//     ("10th", which we read "10 th");
//   - figures in table cells split or joined differently (pr-138, issue-912)
//     and duplicated characters dropped (issue-71).
//
// A count going up is a change to look at; down, lower the cap.
var knownMisses = map[string]int{
	"pdfplumber__examples_pdfs_ca-warn-report.pdf":                      2,
	"pdfplumber__tests_pdfs_chelsea_pdta.pdf":                           2,
	"pdfplumber__tests_pdfs_cupertino_usd_4-6-16.pdf":                   1,
	"pdfplumber__tests_pdfs_federal-register-2020-17221.pdf":            3,
	"pdfplumber__tests_pdfs_issue-192-example.pdf":                      52,
	"pdfplumber__tests_pdfs_issue-71-duplicate-chars-2.pdf":             10,
	"pdfplumber__tests_pdfs_issue-848.pdf":                              3196,
	"pdfplumber__tests_pdfs_issue-912.pdf":                              3,
	"pdfplumber__tests_pdfs_issue-982-example.pdf":                      15,
	"pdfplumber__tests_pdfs_nics-background-checks-2015-11-rotated.pdf": 1,
	"pdfplumber__tests_pdfs_pdf_structure.pdf":                          1,
	"pdfplumber__tests_pdfs_pdffill-demo.pdf":                           18,
	"pdfplumber__tests_pdfs_pr-136-example.pdf":                         59,
	"pdfplumber__tests_pdfs_pr-138-example.pdf":                         27,
	"pypdfsamples__009-pdflatex-geotopo_GeoTopo-komprimiert.pdf":        1329,
	"pypdfsamples__015-arabic_habibi-oneline-cmap.pdf":                  2,
	"pypdfsamples__015-arabic_habibi-rotated.pdf":                       5,
	"pypdfsamples__015-arabic_habibi.pdf":                               2,
	"pypdfsamples__026-latex-multicolumn_multicolumn.pdf":               16,
}
