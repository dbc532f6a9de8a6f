package odt

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/extract"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// FuzzExtract feeds the extractor whole files, and the same bytes as the
// content.xml of a package (so the fuzzer reaches the XML walker without
// having to forge zip checksums). The seeds are small and built here (a
// minimal package, a few bodies): whole documents as seeds leave the engine
// minimising instead of searching. It must never panic or hang, and every
// failure must be an InputError.
func FuzzExtract(f *testing.F) {
	f.Add(odtOf(f, "", "<text:p>Hi</text:p>", ""))
	f.Add([]byte(contentXML("", `<text:h text:outline-level="1">Context</text:h><text:p>Hi</text:p>`)))
	f.Add([]byte(contentXML(numberList+boldText, `<text:list text:style-name="L1"><text:list-item><text:p>a<text:s text:c="2"/><text:span text:style-name="T1">b</text:span></text:p></text:list-item></text:list>`+
		tableOf(row(`table:number-rows-repeated="3"`, cell("x", `table:number-columns-repeated="4"`), `<table:covered-table-cell/>`)))))
	lim := extract.Limits{MaxEntryBytes: 1 << 20, MaxTotalBytes: 4 << 20, Timeout: 5 * time.Second}
	f.Fuzz(func(t *testing.T, data []byte) {
		check := func(in []byte) {
			ctx, cancel := context.WithTimeout(context.Background(), lim.Timeout)
			defer cancel()
			doc, err := New(lim).Extract(ctx, in)
			var ie *model.InputError
			switch {
			case err == nil && (doc == nil || len(doc.Blocks) == 0):
				t.Fatal("no error and no blocks")
			case err != nil && !errors.As(err, &ie) && ctx.Err() == nil:
				t.Fatalf("error is not an InputError: %v", err)
			}
		}
		check(data)
		check(pkg(t, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", string(data)))
	})
}
