package pipeline_test

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/config"
)

// mailWithSameNamedAttachments is an e-mail carrying each file under the
// one name given, as happens when an agency attaches two versions saved
// in different folders.
func mailWithSameNamedAttachments(t *testing.T, name string, files ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("From: office@hillside-housing.example.org\r\nSubject: Statement\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=b1\r\n\r\n")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "--b1\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=%q\r\n"+
			"Content-Transfer-Encoding: base64\r\n\r\n%s\r\n", name, base64.StdEncoding.EncodeToString(data))
	}
	b.WriteString("--b1--\r\n")
	return b.Bytes()
}

// Two attachments of one name are told apart as a mail program saving
// both would name them, so "replaced by" names two different files.
func TestTwoAttachmentsOfOneNameAreToldApart(t *testing.T) {
	subs := filepath.Join(testutil.RepoRoot(t), "submissions")
	dir := t.TempDir()
	eml := mailWithSameNamedAttachments(t, "statement.docx",
		filepath.Join(subs, "Hillside Housing statement v1.docx"), filepath.Join(subs, "Hillside Housing statement v2 - updated figures.docx"))
	if err := os.WriteFile(filepath.Join(dir, "x.eml"), eml, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.Paths.Submissions = dir
	cfg.Agencies = []config.Agency{{Name: "Hillside Housing Association", Aliases: []string{"hillside-housing.example.org"}}}
	res := runPipeline(t, cfg)
	if len(res.Report.Superseded) != 1 {
		t.Fatalf("superseded %+v, want one of the two versions", res.Report.Superseded)
	}
	s := res.Report.Superseded[0]
	names := s.File + " | " + s.By
	if s.File == s.By || !strings.Contains(names, "(attachment statement.docx)") || !strings.Contains(names, "(attachment statement (2).docx)") {
		t.Errorf("superseded %q by %q; want statement.docx and statement (2).docx told apart", s.File, s.By)
	}
}
