package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/extract/docx"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// reportJSON is the part of the run's JSON the conservation test reads.
type reportJSON struct {
	Statements []struct {
		Agency  string `json:"agency"`
		Sources []struct {
			File string `json:"file"`
		} `json:"sources"`
		Sections []struct {
			Key    string `json:"key"`
			Blocks []struct {
				Kind string `json:"kind"`
				Text string `json:"text"`
			} `json:"blocks"`
		} `json:"sections"`
	} `json:"statements"`
	Rejected []struct {
		File   string `json:"file"`
		Reason string `json:"reason"`
	} `json:"rejected"`
	Superseded []struct {
		File string `json:"file"`
		By   string `json:"by"`
	} `json:"superseded"`
	Missing []string `json:"missing"`
}

// runDraft runs "reportpipe run" over subs with cfg into a fresh output
// folder and returns the decoded JSON and the DOCX path.
func runDraft(t *testing.T, cfg, subs string) (reportJSON, string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "output")
	args := []string{"run", "--submissions", subs, "--output", out}
	if cfg != "" {
		args = append([]string{"--config", cfg}, args...)
	}
	stdout, stderr, code := runCLI(t, t.TempDir(), args...)
	if code != 0 {
		t.Fatalf("run exit %d\n%s\n%s", code, stdout, stderr)
	}
	jsons, _ := filepath.Glob(filepath.Join(out, "*-draft-*.json"))
	docxs, _ := filepath.Glob(filepath.Join(out, "*-draft-*.docx"))
	if len(jsons) != 1 || len(docxs) != 1 {
		t.Fatalf("want one JSON and one DOCX draft, got %v %v", jsons, docxs)
	}
	rep := readJSON[reportJSON](t, jsons[0])
	return rep, docxs[0]
}

// sourceBlocks inspects every used source file and counts its content
// blocks' texts (headings and titles are not content).
func sourceBlocks(t *testing.T, cfg string, rep reportJSON) map[string]int {
	t.Helper()
	want := map[string]int{}
	for _, st := range rep.Statements {
		for _, src := range st.Sources {
			args := []string{"inspect", "--json", src.File}
			if cfg != "" {
				args = []string{"inspect", "--json", "--config", cfg, src.File}
			}
			out, _, code := runCLI(t, t.TempDir(), args...)
			if code != 0 {
				t.Fatalf("inspect %s: exit %d", src.File, code)
			}
			for _, o := range decodeLines(t, out) {
				for _, b := range o.Blocks {
					if b.Kind != "heading" {
						want[b.Text]++
					}
				}
			}
		}
	}
	return want
}

// draftBodyBlocks reads the draft DOCX back with our own extractor and
// counts the texts of the partner statements part (Heading 1 "7 ..." up to
// the next level-1 heading), so the analysis quoting a sentence cannot
// count as a second copy.
func draftBodyBlocks(t *testing.T, path string) map[string]int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := docx.New(extract.DefaultLimits).Extract(context.Background(), data)
	if err != nil {
		t.Fatalf("the draft DOCX does not read back: %v", err)
	}
	got := map[string]int{}
	in := false
	for _, b := range doc.Blocks {
		if h, ok := b.(*model.Heading); ok && h.Level == 1 {
			in = strings.Contains(h.Text, "Partner Agency Annual Statements") || strings.HasPrefix(h.Text, "Appendix: text not placed")
			continue
		}
		if in {
			got[b.PlainText()]++
		}
	}
	return got
}

// checkConservation: every content block of every used submission appears
// exactly once in the JSON and exactly once in the DOCX statements part.
func checkConservation(t *testing.T, cfg, subs string) reportJSON {
	rep, docxPath := runDraft(t, cfg, subs)
	want := sourceBlocks(t, cfg, rep)
	inJSON := map[string]int{}
	for _, st := range rep.Statements {
		for _, sec := range st.Sections {
			for _, b := range sec.Blocks {
				if b.Kind != "heading" {
					inJSON[b.Text]++
				}
			}
		}
	}
	inDOCX := draftBodyBlocks(t, docxPath)
	if len(want) == 0 {
		t.Fatal("no content blocks in the used submissions")
	}
	for text, n := range want {
		if inJSON[text] != n {
			t.Errorf("JSON holds %d copies of a block the sources hold %d times: %q", inJSON[text], n, preview(text, 80))
		}
		if inDOCX[text] != n {
			t.Errorf("DOCX holds %d copies of a block the sources hold %d times: %q", inDOCX[text], n, preview(text, 80))
		}
	}
	for text := range inJSON {
		if want[text] == 0 {
			t.Errorf("JSON holds text found in no source block: %q", preview(text, 80))
		}
	}
	checkTitleLines(t, cfg, rep, inDOCX, draftMarkdownLines(t, docxPath))
	return rep
}

// sourceTitles inspects every used source file and counts its title lines
// that say more than the statement's agency name ("Northgate Police -
// statement to the Riverside LSCB"): the drafts must keep them whole.
func sourceTitles(t *testing.T, cfg string, rep reportJSON) map[string]int {
	t.Helper()
	want := map[string]int{}
	for _, st := range rep.Statements {
		name := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(st.Agency), notWordRune) {
			name[w] = true
		}
		for _, src := range st.Sources {
			args := []string{"inspect", "--json", src.File}
			if cfg != "" {
				args = []string{"inspect", "--json", "--config", cfg, src.File}
			}
			out, _, _ := runCLI(t, t.TempDir(), args...)
			var doc struct {
				Blocks []struct {
					Text string `json:"text"`
					Role string `json:"role"`
				} `json:"blocks"`
			}
			if err := json.NewDecoder(strings.NewReader(out)).Decode(&doc); err != nil {
				t.Fatalf("inspect %s: %v", src.File, err)
			}
			for _, b := range doc.Blocks {
				if b.Role == "title" && slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(b.Text), notWordRune), func(w string) bool { return !name[w] }) {
					want[strings.TrimSpace(b.Text)]++
				}
			}
		}
	}
	return want
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// draftMarkdownLines reads the Markdown draft next to the DOCX and counts
// its lines in the partner statements part, unescaped.
func draftMarkdownLines(t *testing.T, docxPath string) map[string]int {
	t.Helper()
	mds, _ := filepath.Glob(filepath.Join(filepath.Dir(docxPath), "*-draft-*.md"))
	if len(mds) != 1 {
		t.Fatalf("want one Markdown draft, got %v", mds)
	}
	data, err := os.ReadFile(mds[0])
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	in := false
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "## ") {
			in = strings.Contains(line, "Partner Agency Annual Statements")
			continue
		}
		if in {
			got[strings.ReplaceAll(strings.TrimSpace(line), `\`, "")]++
		}
	}
	return got
}

// checkTitleLines: every title line that says more than the agency's name
// is in the DOCX and the Markdown statements part exactly once, whole. It
// returns how many such title lines there were.
func checkTitleLines(t *testing.T, cfg string, rep reportJSON, inDOCX, inMD map[string]int) int {
	t.Helper()
	titles := sourceTitles(t, cfg, rep)
	for text, n := range titles {
		if inDOCX[text] != n {
			t.Errorf("DOCX holds %d copies of a title line the sources hold %d times: %q", inDOCX[text], n, preview(text, 80))
		}
		if inMD[text] != n {
			t.Errorf("Markdown holds %d copies of a title line the sources hold %d times: %q", inMD[text], n, preview(text, 80))
		}
	}
	return len(titles)
}

// The examples hold title lines with words after the agency's name
// ("Northgate Police - statement to the Riverside LSCB"), so the check above
// is not empty there.
func TestRunExamplesKeepsTitleLinesWhole(t *testing.T) {
	cfg := filepath.Join(testutil.RepoRoot(t), "config", "reportpipe.yaml")
	rep, docxPath := runDraft(t, cfg, examplesDir(t))
	if n := checkTitleLines(t, cfg, rep, draftBodyBlocks(t, docxPath), draftMarkdownLines(t, docxPath)); n < 2 {
		t.Errorf("%d title lines with more than the agency's name in the examples, want at least 2", n)
	}
}

func TestRunExamplesConservesEveryBlock(t *testing.T) {
	root := testutil.RepoRoot(t)
	rep := checkConservation(t, filepath.Join(root, "config", "reportpipe.yaml"), examplesDir(t))
	if len(rep.Statements) != 4 {
		t.Errorf("want the 4 example statements, got %d", len(rep.Statements))
	}
	if len(rep.Superseded) != 1 || !strings.Contains(rep.Superseded[0].File, "v1") || !strings.Contains(rep.Superseded[0].By, "v2") {
		t.Errorf("want Hillside v1 superseded by v2, got %+v", rep.Superseded)
	}
	if len(rep.Rejected) != 1 || !strings.Contains(rep.Rejected[0].File, "covering note") || rep.Rejected[0].Reason == "" {
		t.Errorf("want the covering note rejected with a reason, got %+v", rep.Rejected)
	}
}

func TestRunCorpusConservesEveryBlock(t *testing.T) {
	corpus := testutil.CorpusDir(t)
	rep := checkConservation(t, filepath.Join(corpus, "config.yaml"), filepath.Join(corpus, "submissions"))
	if len(rep.Statements) != 5 || len(rep.Missing) != 0 {
		t.Errorf("want the 5 corpus agencies and none missing, got %d statements, missing %v", len(rep.Statements), rep.Missing)
	}
	if len(rep.Rejected) != 2 {
		t.Errorf("want the 2 bad corpus files rejected, got %+v", rep.Rejected)
	}
}

func TestRunWithNothingUsableExits3(t *testing.T) {
	subs := filepath.Join(t.TempDir(), "submissions")
	if err := os.MkdirAll(subs, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(subs, "note.txt"), []byte("Statement to follow next week.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := runCLI(t, t.TempDir(), "run", "--submissions", subs, "--output", filepath.Join(t.TempDir(), "out"))
	if code != 3 {
		t.Fatalf("exit %d, want 3\n%s", code, out)
	}
	if !strings.Contains(out, "note.txt") {
		t.Errorf("the summary should list the rejected file:\n%s", out)
	}
}

// readJSON decodes a JSON file (a draft's, as reportJSON or the part a
// test reads of it).
func readJSON[T any](t *testing.T, path string) T {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}
