package pipeline_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline"
	"github.com/reportpipe/reportpipe/pipeline/config"
)

// scaleAgencies is a large board's partners; at scale each sends many
// versions, so version grouping (every pair of one agency's documents) is
// what grows fastest.
const scaleAgencies = 30

// BenchmarkRunScale runs over 300 and 3,000 generated submissions: 30
// agencies, each with n/30 versions of its own fictional statement (each
// version changes a few sentences), so grouping has real comparisons to
// make. The target: 3,000 take at most 12 times as long as 300.
func BenchmarkRunScale(b *testing.B) {
	for _, n := range []int{300, 3000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			subs := b.TempDir()
			cfg := config.Default()
			cfg.Paths.Submissions = subs
			cfg.Paths.Output = b.TempDir()
			for a := 0; a < scaleAgencies; a++ {
				cfg.Agencies = append(cfg.Agencies, config.Agency{Name: fmt.Sprintf("Partner Agency %02d", a)})
			}
			writeScaleSubmissions(b, subs, n)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				p, err := pipeline.New(cfg)
				if err != nil {
					b.Fatal(err)
				}
				res, err := p.Run(b.Context())
				if err != nil {
					b.Fatal(err)
				}
				if len(res.Report.Statements) < scaleAgencies {
					b.Fatalf("%d statements, want at least %d", len(res.Report.Statements), scaleAgencies)
				}
				b.ReportMetric(float64(len(res.Report.Superseded)), "superseded")
			}
		})
	}
}

func writeScaleSubmissions(b *testing.B, dir string, n int) {
	b.Helper()
	base := time.Date(2026, 4, 1, 9, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		agency, version := i%scaleAgencies, i/scaleAgencies
		name := fmt.Sprintf("Partner Agency %02d statement v%d.docx", agency, version+1)
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, scaleDocx(agency, version), 0o644); err != nil {
			b.Fatal(err)
		}
		at := base.Add(time.Duration(i) * time.Minute)
		if err := os.Chtimes(path, at, at); err != nil {
			b.Fatal(err)
		}
	}
}

// scaleWords are fictional safeguarding words the generated text is made of.
var scaleWords = strings.Fields(`staff trained referrals families children neglect partners board audit
supervision early help pathway school health visitors police housing review plan quarter year
designated lead voice child practice improved training sessions delivered completed multi-agency`)

// scaleDocx is one version of one agency's statement as a DOCX: the same
// sentences for every version of an agency, a few of them changed per version.
func scaleDocx(agency, version int) []byte {
	var body strings.Builder
	para := func(style, text string) {
		if style != "" {
			style = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
		}
		fmt.Fprintf(&body, `<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, style, text)
	}
	para("Heading1", fmt.Sprintf("Partner Agency %02d", agency))
	sections := []string{"Agency Context", "Safeguarding Children Activity", "Outcomes and Impact", "Key Successes", "Key Areas for Development"}
	for s, title := range sections {
		para("Heading2", title)
		for k := 0; k < 4; k++ {
			seed := uint64(agency*1000 + s*10 + k)
			if k == version%4 && s == version%5 {
				seed += uint64(version) << 32 // this version rewrote the sentence
			}
			para("", scaleSentence(rand.New(rand.NewPCG(seed, 7))))
		}
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>`, body.String())
	zw.Close()
	return buf.Bytes()
}

func scaleSentence(r *rand.Rand) string {
	words := make([]string, 30)
	for i := range words {
		words[i] = scaleWords[r.IntN(len(scaleWords))]
	}
	return strings.Join(words, " ") + "."
}
