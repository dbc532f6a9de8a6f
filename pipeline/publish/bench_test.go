//go:build unix

// The benchmarks read the children's CPU time with getrusage, a Unix call.

package publish

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/internal/office"
	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/officepdf"
)

// season20 is a fictional season of 20 statements, each with a few
// paragraphs, a list and a table.
func season20() *model.Report {
	var sts []*model.Statement
	for i := range 20 {
		name := fmt.Sprintf("Agency %02d Safeguarding Partnership", i+1)
		sts = append(sts, statement(name, fmt.Sprintf("agency-%02d.docx", i+1),
			block{sec: model.SectionContext, text: name + " serves about 12,000 children and young people across the borough from four sites."},
			block{sec: model.SectionActivity, text: "We trained 380 staff in recognising neglect and exploitation, and ran eight multi-agency audits with partners."},
			block{sec: model.SectionActivity, text: "Designated safeguarding leads met monthly", kind: "item"},
			block{sec: model.SectionActivity, text: "Course|Staff|Compliance/Neglect|380|94%/Exploitation|120|88%", kind: "table"},
			block{sec: model.SectionOutcomes, text: "Referrals to early help rose by 21.6% compared with last year, with the child's voice recorded in nine cases out of ten."},
			block{sec: model.SectionDevelopment, text: "We will audit the quality of referrals twice a year and report the findings to the board."},
		))
	}
	return analysed(report(sts...))
}

// childCPU is the CPU time used so far by the children this process waited
// for (LibreOffice), user and system.
func childCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func preparedSeason(b *testing.B) *Result {
	b.Helper()
	if _, err := exec.LookPath("soffice"); err != nil {
		b.Skip("LibreOffice (soffice) is not installed")
	}
	d := renderDraft(b, season20())
	res, err := Prepare(d, d, Options{Allow: []Kind{PersonalData}})
	if err != nil {
		b.Fatal(err)
	}
	return res
}

// BenchmarkPublish20 is the LibreOffice part of publishing a 20-statement
// report (contents updated, tagged PDF, page numbers read and written
// into the Word file, the web page), with the profile kept between calls
// as the output folder's cache keeps it. It reports LibreOffice's CPU
// time and its starts per publish.
func BenchmarkPublish20(b *testing.B) {
	res := preparedSeason(b)
	profile := b.TempDir()
	starts := 0
	office.Started = func() { starts++ }
	defer func() { office.Started = nil }()
	if _, _, err := officepdf.Publish(context.Background(), res.DOCX, res.Contents, officepdf.SessionOptions{Profile: profile}); err != nil {
		b.Fatal(err) // the profile made once, as a first publish does
	}
	starts = 0
	cpu := childCPU()
	b.ResetTimer()
	for range b.N {
		_, pages, err := officepdf.Publish(context.Background(), res.DOCX, res.Contents, officepdf.SessionOptions{Profile: profile})
		if err != nil {
			b.Fatal(err)
		}
		doc, err := WithPages(res.DOCX, pages)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Page(doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(starts)/float64(b.N), "starts/op")
	b.ReportMetric(float64((childCPU()-cpu).Milliseconds())/float64(b.N), "office-cpu-ms/op")
}

// BenchmarkPlainConversion20 is LibreOffice converting the same document
// to PDF (--convert-to, profile kept): the yardstick #24 sets (publish at
// most 2x).
func BenchmarkPlainConversion20(b *testing.B) {
	res := preparedSeason(b)
	dir := b.TempDir()
	in := filepath.Join(dir, "report.docx")
	if err := os.WriteFile(in, res.DOCX, 0o600); err != nil {
		b.Fatal(err)
	}
	profile := filepath.Join(dir, "profile")
	convert := func() {
		if err := office.Convert(context.Background(), in, "pdf", filepath.Join(dir, "out"), profile, 3*time.Minute); err != nil {
			b.Fatal(err)
		}
	}
	convert() // the profile made once
	cpu := childCPU()
	b.ResetTimer()
	for range b.N {
		convert()
	}
	b.ReportMetric(float64((childCPU()-cpu).Milliseconds())/float64(b.N), "office-cpu-ms/op")
}
