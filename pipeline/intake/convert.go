package intake

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/reportpipe/reportpipe/internal/office"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// convertTimeout bounds one conversion (or the caller's sooner deadline):
// LibreOffice converts a statement in seconds, or hangs.
const convertTimeout = 90 * time.Second

// maxDOCBytes is the largest .doc handed to LibreOffice.
const maxDOCBytes = 64 << 20

// ConvertDOC turns a Word 97-2003 .doc into .docx bytes with LibreOffice
// (soffice --headless --convert-to docx), working in a temporary folder with
// a private LibreOffice profile so parallel runs do not share one; the
// submission itself is never touched. Without soffice on PATH, or when the
// conversion fails, the error is a *model.InputError wrapping
// model.ErrLegacyDoc that tells the person how to convert it themselves.
func ConvertDOC(ctx context.Context, data []byte) ([]byte, error) {
	if _, err := exec.LookPath("soffice"); err != nil {
		return nil, rejectLegacy("LibreOffice is not installed here")
	}
	// LibreOffice reads anything it cannot parse as plain text, so only a
	// compound file holding a Word stream is handed to it.
	if !bytes.HasPrefix(data, oleMagic) || !bytes.Contains(data, utf16("WordDocument")) {
		return nil, rejectLegacy("it is not a Word 97-2003 file inside")
	}
	if len(data) > maxDOCBytes {
		return nil, rejectLegacy(fmt.Sprintf("%d bytes is over the %d-byte limit for conversion", len(data), maxDOCBytes))
	}
	dir, err := os.MkdirTemp("", "reportpipe-doc-*")
	if err != nil {
		return nil, fmt.Errorf("convert doc: %w", err)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "statement.doc")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, fmt.Errorf("convert doc: %w", err)
	}
	if err := office.Convert(ctx, in, "docx", filepath.Join(dir, "out"), filepath.Join(dir, "profile"), convertTimeout); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("convert doc: %w", ctx.Err())
		}
		return nil, rejectLegacy(err.Error())
	}
	out, err := os.ReadFile(filepath.Join(dir, "out", "statement.docx"))
	if err != nil {
		return nil, rejectLegacy("LibreOffice wrote no .docx (the file may be damaged)")
	}
	if f, _ := Sniff("statement.docx", out); f != model.FormatDOCX {
		return nil, rejectLegacy("LibreOffice's output is not a Word document")
	}
	return out, nil
}

func rejectLegacy(why string) error {
	return rejectIntake(fmt.Errorf("%w: conversion: %s", model.ErrLegacyDoc, why),
		"an old Word 97-2003 .doc file, which could not be converted ("+why+")",
		"Open it in Word and save it as .docx (or install LibreOffice and reportpipe converts it)")
}
