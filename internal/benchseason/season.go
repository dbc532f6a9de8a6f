package benchseason

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Options shape a season.
type Options struct {
	N    int  // statements, one agency each
	Docs int  // how many of them are .doc files (needs LibreOffice)
	Scan bool // the last statement is a scanned PDF (needs LibreOffice and pdftoppm)
}

// Season is a workspace written by Write.
type Season struct {
	Dir, Config, Submissions string
	// Files are the statements, by agency number.
	Files []string
}

// Write makes the season in dir (a workspace: reportpipe.yaml, submissions/,
// output/), or reuses the one an earlier call with the same options left
// there: converting .doc files and rendering a scan take LibreOffice tens of
// seconds, which a benchmark should not repeat.
func Write(ctx context.Context, dir string, opt Options) (Season, error) {
	s := Season{Dir: dir, Config: filepath.Join(dir, "reportpipe.yaml"), Submissions: filepath.Join(dir, "submissions")}
	for i := 0; i < opt.N; i++ {
		s.Files = append(s.Files, filepath.Join(s.Submissions, Agency(i)+" statement"+ext(i, opt)))
	}
	done := filepath.Join(dir, ".complete")
	stamp := fmt.Sprintf("%+v", opt)
	if b, err := os.ReadFile(done); err == nil && string(b) == stamp {
		return s, nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return s, err
	}
	if err := os.MkdirAll(s.Submissions, 0o755); err != nil {
		return s, err
	}
	if err := writeConfig(s.Config, opt.N); err != nil {
		return s, err
	}
	for i, f := range s.Files {
		if filepath.Ext(f) == ".docx" {
			if err := os.WriteFile(f, DOCX(Paragraphs(i, 0)), 0o644); err != nil {
				return s, err
			}
		}
	}
	if err := writeDocs(ctx, s, opt); err != nil {
		return s, err
	}
	if opt.Scan {
		if err := writeScan(ctx, s.Files[opt.N-1], opt.N-1); err != nil {
			return s, err
		}
	}
	return s, os.WriteFile(done, []byte(stamp), 0o644)
}

func ext(i int, opt Options) string {
	switch {
	case opt.Scan && i == opt.N-1:
		return ".pdf"
	case i < opt.Docs:
		return ".doc"
	}
	return ".docx"
}

func writeConfig(path string, n int) error {
	var b strings.Builder
	b.WriteString("paths:\n  submissions: submissions\n  output: output\nreport:\n  board: Benchmark Safeguarding Board\n  period: 2025-26\nagencies:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "  - name: %s\n", Agency(i))
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// writeDocs saves the first opt.Docs statements as .doc, in one start of
// LibreOffice (each start costs seconds).
func writeDocs(ctx context.Context, s Season, opt Options) error {
	if opt.Docs == 0 {
		return nil
	}
	tmp, err := os.MkdirTemp("", "benchseason-doc-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	var ins []string
	for i := 0; i < opt.Docs; i++ {
		in := filepath.Join(tmp, Agency(i)+" statement.docx")
		if err := os.WriteFile(in, DOCX(Paragraphs(i, 0)), 0o644); err != nil {
			return err
		}
		ins = append(ins, in)
	}
	return soffice(ctx, tmp, "doc", s.Submissions, ins...)
}

// soffice converts files with a private profile under tmp.
func soffice(ctx context.Context, tmp, to, outDir string, in ...string) error {
	args := append([]string{"-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(tmp, "profile")),
		"--headless", "--norestore", "--convert-to", to, "--outdir", outDir}, in...)
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	if out, err := exec.CommandContext(ctx, "soffice", args...).CombinedOutput(); err != nil {
		return fmt.Errorf("soffice --convert-to %s: %v: %s", to, err, out)
	}
	return nil
}

// writeScan makes agency i's statement as a PDF (LibreOffice), renders its
// first page to a grey picture (pdftoppm) and keeps the picture alone.
func writeScan(ctx context.Context, path string, i int) error {
	tmp, err := os.MkdirTemp("", "benchseason-scan-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	in := filepath.Join(tmp, "statement.docx")
	if err := os.WriteFile(in, DOCX(Paragraphs(i, 0)), 0o644); err != nil {
		return err
	}
	if err := soffice(ctx, tmp, "pdf", tmp, in); err != nil {
		return fmt.Errorf("making the scan: %w", err)
	}
	out, err := exec.CommandContext(ctx, "pdftoppm", "-r", "200", "-gray", "-jpeg", "-f", "1", "-l", "1", "-singlefile",
		filepath.Join(tmp, "statement.pdf"), filepath.Join(tmp, "page")).CombinedOutput()
	if err != nil {
		return fmt.Errorf("pdftoppm: %v: %s", err, out)
	}
	jpg, err := os.ReadFile(filepath.Join(tmp, "page.jpg"))
	if err != nil {
		return err
	}
	pdf, err := ImagePDF(jpg)
	if err != nil {
		return err
	}
	return os.WriteFile(path, pdf, 0o644)
}

// Need says which tools a season with opt needs and are missing ("" when none).
func Need(opt Options) string {
	var missing []string
	if opt.Docs > 0 || opt.Scan {
		if _, err := exec.LookPath("soffice"); err != nil {
			missing = append(missing, "soffice (LibreOffice)")
		}
	}
	if opt.Scan {
		if _, err := exec.LookPath("pdftoppm"); err != nil {
			missing = append(missing, "pdftoppm (poppler-utils)")
		}
	}
	return strings.Join(missing, ", ")
}

// Edit rewrites statement i (a DOCX) as version v of itself: one sentence
// differs, so its content hash changes and a run must read it again.
func (s Season) Edit(i, v int) error {
	if i < 0 || i >= len(s.Files) || filepath.Ext(s.Files[i]) != ".docx" {
		return fmt.Errorf("statement %d is not a DOCX of this season", i)
	}
	return os.WriteFile(s.Files[i], DOCX(Paragraphs(i, v)), 0o644)
}
