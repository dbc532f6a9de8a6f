package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// session is one file's OCR: the PDF written once into a private folder,
// its pages rendered and read there.
type session struct {
	t   tools
	dir string
	pdf string
}

// newSession writes data into a new temporary folder; close removes it.
func newSession(t tools, data []byte) (*session, error) {
	dir, err := os.MkdirTemp("", "reportpipe-ocr-*")
	if err != nil {
		return nil, fmt.Errorf("ocr: %w", err)
	}
	s := &session{t: t, dir: dir, pdf: filepath.Join(dir, "statement.pdf")}
	if err := os.WriteFile(s.pdf, data, 0o600); err != nil {
		s.close()
		return nil, fmt.Errorf("ocr: %w", err)
	}
	return s, nil
}

func (s *session) close() { os.RemoveAll(s.dir) }

// pageCount asks pdfinfo how many pages the file has.
func (s *session) pageCount(ctx context.Context) (int, error) {
	out, err := s.run(ctx, s.t.pdfinfo, s.pdf)
	if err != nil {
		return 0, err
	}
	for _, l := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			return strconv.Atoi(strings.TrimSpace(v))
		}
	}
	return 0, errors.New("pdfinfo gave no page count")
}

// pageText renders page n (1-based) to a grey picture and reads it.
func (s *session) pageText(ctx context.Context, n int) (string, error) {
	img := filepath.Join(s.dir, fmt.Sprintf("page%d", n))
	if _, err := s.run(ctx, s.t.pdftoppm, "-f", strconv.Itoa(n), "-l", strconv.Itoa(n),
		"-r", dpi, "-gray", "-png", "-singlefile", s.pdf, img); err != nil {
		return "", fmt.Errorf("rendering page %d: %w", n, err)
	}
	defer os.Remove(img + ".png")
	out, err := s.run(ctx, s.t.tesseract, img+".png", "stdout", "-l", "eng")
	if err != nil {
		return "", fmt.Errorf("reading page %d: %w", n, err)
	}
	return string(out), nil
}

// run runs one program in the session's folder within pageTimeout and
// returns its standard output. Tesseract is held to one thread: runs read
// several files at once, and its threads gain little on a page.
func (s *session) run(ctx context.Context, prog string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, pageTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, prog, args...)
	cmd.Dir = s.dir
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Base(prog), ctx.Err())
		}
		return nil, fmt.Errorf("%s failed (%v): %s", filepath.Base(prog), err, firstLine(stderr.String()))
	}
	return stdout.Bytes(), nil
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return l
}
