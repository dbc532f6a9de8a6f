package pdf

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	lpdf "github.com/ledongthuc/pdf"
)

func TestDebugLines(t *testing.T) {
	path := os.Getenv("PDFDEBUG")
	if path == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(path)
	r, err := open(data)
	if err != nil {
		t.Fatal(err)
	}
	_ = bytes.MinRead
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		gs := pageGlyphs(p, 1<<20)
		for _, l := range buildLines(i, gs) {
			fmt.Printf("p%d y=%.1f x=%.1f-%.1f s=%.1f %s | %v\n", l.Page, l.Y, l.X0, l.X1, l.Size, l.Font, l.Frags)
		}
	}
	_ = lpdf.Text{}
}
