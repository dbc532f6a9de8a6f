// Command gen writes the fictional benchmark season of issue #24
// into a folder, for scripts/bench-cache.sh:
//
//	go run ./internal/benchseason/gen -n 200 -docs 5 -scan DIR
//	go run ./internal/benchseason/gen -n 200 -docs 5 -scan -edit 7 -version 3 DIR
//
// -edit rewrites one statement (a DOCX) as another version of itself, for
// the "one statement changed" measurement.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/reportpipe/reportpipe/internal/benchseason"
)

func main() {
	var opt benchseason.Options
	flag.IntVar(&opt.N, "n", 200, "statements (one agency each)")
	flag.IntVar(&opt.Docs, "docs", 0, "how many are .doc files (LibreOffice)")
	flag.BoolVar(&opt.Scan, "scan", false, "make the last one a scanned PDF (LibreOffice, pdftoppm)")
	edit := flag.Int("edit", -1, "rewrite this statement (a DOCX) as -version")
	version := flag.Int("version", 1, "the version -edit writes")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gen [-n N] [-docs D] [-scan] DIR")
		os.Exit(2)
	}
	if missing := benchseason.Need(opt); missing != "" {
		fmt.Fprintln(os.Stderr, "benchseason: not installed:", missing)
		os.Exit(3)
	}
	s, err := benchseason.Write(context.Background(), flag.Arg(0), opt)
	if err == nil && *edit >= 0 {
		err = s.Edit(*edit, *version)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchseason:", err)
		os.Exit(1)
	}
}
