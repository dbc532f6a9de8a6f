package publish

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/reportpipe/reportpipe/internal/testutil"
	"os"
	"testing"
)

func TestScenarioScratch(t *testing.T) {
	ed := reviewedCopy(t)
	os.WriteFile("/tmp/pub-edited.docx", ed, 0o644)
	fresh := renderDraft(t, seasonV2())
	os.WriteFile("/tmp/pub-fresh.docx", fresh, 0o644)
}

func TestScenarioScratch2(t *testing.T) {
	ed, _ := os.ReadFile("/tmp/pub-edited.docx")
	fresh, _ := os.ReadFile("/tmp/pub-fresh.docx")
	items, err := Review(ed)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		fmt.Println(it)
	}
	_, err = Prepare(ed, fresh, Options{})
	var re *RefusedError
	fmt.Println(errors.As(err, &re))
	ed = withParts(t, ed, map[string][]byte{mainPart: bytes.Replace(part(t, ed, mainPart), []byte(`descr=""`), []byte(`descr="Bar chart of referrals by month"`), 1)})
	res, err := Prepare(ed, fresh, Options{DropComments: true})
	if res != nil {
		os.WriteFile("/tmp/pub-out.docx", res.DOCX, 0o644)
	}
	fmt.Println(err)
	ed2 := []byte(nil)
	_ = ed2
	if res != nil {
		for _, e := range res.Edits {
			fmt.Printf("%+v\n", e)
		}
	}
}

func TestScratchPage(t *testing.T) {
	d, _ := os.ReadFile("/tmp/pub-out.docx")
	h, err := Page(d)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/pub-out.html", h, 0o644)
}

func TestScratchAxe(t *testing.T) {
	h, _ := os.ReadFile("/tmp/pub-out.html")
	for _, v := range testutil.Axe(t, h) {
		t.Error(v)
	}
}
