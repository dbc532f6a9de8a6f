package assemble

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/reportpipe/reportpipe/internal/testutil"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

func fictionalAgencies() *Agencies {
	return NewAgencies([]model.Agency{
		{Name: "Riverside Community Health Trust (RCHT)", Aliases: []string{"Riverside Health", "@riverside.nhs.uk"}},
		{Name: "Hillview University Hospital NHS Foundation Trust", Aliases: []string{"HUHFT", "HUH", "Hillview Hospital", "hillview-hospital.nhs.uk"}},
		{Name: "Northmoor Community Rehabilitation Company", Aliases: []string{"NCRC", "Northmoor CRC"}},
		{Name: "Valley Probation Service", Aliases: []string{"CRC"}},
		{Name: "Riverside Police", Aliases: []string{"@police.riverside.gov.uk"}},
		{Name: "Children and Families Service"},
		{Name: "Ashdown Children's Social Care"},
		{Name: "Lakeview Child and Adolescent Mental Health Service"},
		{Name: "Brookfield Youth Offending Service"},
		{Name: "Marshfield Borough Council Housing Options Service"},
		{Name: "Northgate Children's Services"},
	})
}

func TestIdentify(t *testing.T) {
	a := fictionalAgencies()
	cases := []struct {
		name      string
		file      string
		lines     []string
		want      string
		wantKnown bool
	}{
		{"alias in file name", "RCHT_statement_v2.docx", nil, "Riverside Community Health Trust (RCHT)", true},
		{"separators in file name", "statement-HUHFT.final.docx", nil, "Hillview University Hospital NHS Foundation Trust", true},
		{"case-insensitive", "rcht annual statement.pdf", nil, "Riverside Community Health Trust (RCHT)", true},
		{"canonical name in title", "statement.docx", []string{"Riverside Community Health Trust"}, "Riverside Community Health Trust (RCHT)", true},
		{"NHS added in title", "statement.docx", []string{"Hillview University Hospital Foundation Trust - annual statement"}, "Hillview University Hospital NHS Foundation Trust", true},
		{"NHS dropped in title", "statement.docx", []string{"Riverside Community Health NHS Trust"}, "Riverside Community Health Trust (RCHT)", true},
		{"& for and", "Children & Families Service statement.docx", nil, "Children and Families Service", true},
		{"Ltd dropped", "x.docx", []string{"Northmoor Community Rehabilitation Company Ltd"}, "Northmoor Community Rehabilitation Company", true},
		{"multi-word alias", "FW_ Hillview Hospital annual statement.pdf", nil, "Hillview University Hospital NHS Foundation Trust", true},
		{"HUH alias whole word", "HUH safeguarding statement Nov.pdf", nil, "Hillview University Hospital NHS Foundation Trust", true},
		// Whole words: "CRC" (another agency's alias) must not match inside "NCRC".
		{"CRC not inside NCRC", "NCRC statement.docx", nil, "Northmoor Community Rehabilitation Company", true},
		{"longest wins: Northmoor CRC over CRC", "Northmoor CRC statement.docx", nil, "Northmoor Community Rehabilitation Company", true},
		{"bare CRC", "CRC statement.docx", nil, "Valley Probation Service", true},
		{"document over file name", "RCHT template.docx", []string{"Northmoor Community Rehabilitation Company"}, "Northmoor Community Rehabilitation Company", true},
		{"file name when the document says nothing", "HUHFT.docx", []string{"Annual safeguarding statement"}, "Hillview University Hospital NHS Foundation Trust", true},
		{"first line decides", "x.docx", []string{"Northmoor CRC", "working with Riverside Community Health Trust (RCHT)"}, "Northmoor Community Rehabilitation Company", true},
		{"only the first lines count", "x.docx", []string{"Annual statement", "Agency context", "Our work", "We work closely with RCHT"}, "Annual statement", false},
		{"unknown: own title", "statement.docx", []string{"  ", "  Lakeside   Youth Offending Service "}, "Lakeside Youth Offending Service", false},
		{"unknown: file stem", "Lakeside YOS return.docx", nil, "Lakeside YOS return", false},
		{"partial word is no match", "Riversidehealth.docx", nil, "Riversidehealth", false},
		// A possessive written with either apostrophe, or none (file names).
		{"apostrophe dropped in file name", "Ashdown Childrens Social Care statement.docx", nil, "Ashdown Children's Social Care", true},
		{"typographic apostrophe in title", "x.docx", []string{"Ashdown Children’s Social Care"}, "Ashdown Children's Social Care", true},
		{"apostrophe only before s", "x.docx", []string{"Ashdown Children Social Care"}, "Ashdown Children Social Care", false},
		// Initials derived from a name, with the place kept or not.
		{"place and initials in title", "x.docx", []string{"Lakeview CAMHS: our safeguarding year"}, "Lakeview Child and Adolescent Mental Health Service", true},
		{"initials of the whole name", "LCAMHS statement.docx", nil, "Lakeview Child and Adolescent Mental Health Service", true},
		{"place and initials in file name", "Brookfield YOS return 2019-20.docx", nil, "Brookfield Youth Offending Service", true},
		{"two-letter initials are not used", "RP statement.docx", nil, "RP statement", false},
		{"initials without their place are a different name", "x.docx", []string{"Westdale CAMHS annual statement"}, "Westdale CAMHS annual statement", false},
		// A name without its final unit word ("Service", "Team"), when three words or more remain.
		{"unit word left out of a title", "x.docx", []string{"Marshfield Borough Council: Housing Options Safeguarding Statement 2019-20"}, "Marshfield Borough Council Housing Options Service", true},
		{"unit word left out of a file name", "Marshfield Borough Council housing options statement.docx", nil, "Marshfield Borough Council Housing Options Service", true},
		{"unit word left out, three words remain", "Brookfield Youth Offending statement.docx", nil, "Brookfield Youth Offending Service", true},
		{"a short name keeps its unit word", "x.docx", []string{"Northgate Children's Hospital annual statement"}, "Northgate Children's Hospital annual statement", false},
		{"domain alias is not a text alias", "riverside.nhs.uk statement.docx", nil, "riverside.nhs.uk statement", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			id := a.Identify(Clues{FileName: c.file, Lines: c.lines})
			got, known := id.Agency, id.Known
			if got != c.want || known != c.wantKnown {
				t.Errorf("Identify(%q, %q) = %q, %v; want %q, %v", c.file, c.lines, got, known, c.want, c.wantKnown)
			}
		})
	}
}

func TestIdentifyEmail(t *testing.T) {
	a := fictionalAgencies()
	cases := []struct {
		addr, want string
		ok         bool
	}{
		{"jo.bloggs@riverside.nhs.uk", "Riverside Community Health Trust (RCHT)", true},
		{"Jo Bloggs <Jo.Bloggs@RIVERSIDE.NHS.UK>", "Riverside Community Health Trust (RCHT)", true},
		{"jo@mail.riverside.nhs.uk", "Riverside Community Health Trust (RCHT)", true},
		{"pc@police.riverside.gov.uk", "Riverside Police", true},
		{"x@hillview-hospital.nhs.uk", "Hillview University Hospital NHS Foundation Trust", true},
		{"x@notriverside.nhs.uk", "", false},
		{"x@gmail.com", "", false},
		{"not an address", "", false},
	}
	for _, c := range cases {
		got, ok := a.IdentifyEmail(c.addr)
		if got != c.want || ok != c.ok {
			t.Errorf("IdentifyEmail(%q) = %q, %v; want %q, %v", c.addr, got, ok, c.want, c.ok)
		}
	}
}

func TestIdentifyEmptyConfig(t *testing.T) {
	id := NewAgencies(nil).Identify(Clues{FileName: "dir/Some Agency.docx"})
	got, known := id.Agency, id.Known
	if got != "Some Agency" || known {
		t.Errorf("got %q, %v", got, known)
	}
}

// TestIdentifyCorpus checks every good corpus file names its agency from its
// file name and its title, with the corpus configuration.
func TestIdentifyCorpus(t *testing.T) {
	dir := testutil.CorpusDir(t)
	// Read only the agencies list, as the config loader would give it.
	raw, err := os.ReadFile(filepath.Join(dir, "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Agencies []model.Agency `yaml:"agencies"`
	}
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		t.Fatal(err)
	}
	if len(cfg.Agencies) == 0 || len(cfg.Agencies[0].Aliases) == 0 {
		t.Fatalf("no agencies with aliases read from the corpus config: %+v", cfg.Agencies)
	}
	a := NewAgencies(cfg.Agencies)
	paths, _ := filepath.Glob(filepath.Join(dir, "truth", "*.json"))
	n := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var tr struct {
			File   string  `json:"file"`
			Agency *string `json:"agency"`
			Title  string  `json:"title"`
		}
		if err := json.Unmarshal(data, &tr); err != nil {
			t.Fatal(err)
		}
		if tr.Agency == nil {
			continue
		}
		n++
		var lines []string
		if tr.Title != "" {
			lines = []string{tr.Title}
		}
		id := a.Identify(Clues{FileName: tr.File, Lines: lines})
		got, known := id.Agency, id.Known
		if got != *tr.Agency || !known {
			t.Errorf("%s: got %q (known %v), want %q", tr.File, got, known, *tr.Agency)
		}
	}
	if n == 0 {
		t.Fatal("no corpus truth files with an agency")
	}
}

// Hundreds of names that start alike are each told apart, and a one-word
// alias beside them still matches.
func TestIdentifyAmongNamesThatStartAlike(t *testing.T) {
	var list []model.Agency
	for i := 0; i < 500; i++ {
		list = append(list, model.Agency{Name: fmt.Sprintf("Partner Agency %04d", i)})
	}
	list = append(list, model.Agency{Name: "Northgate Police Service", Aliases: []string{"NPS"}})
	a := NewAgencies(list)
	for _, c := range []struct{ line, want string }{
		{"Partner Agency 0042 annual statement", "Partner Agency 0042"},
		{"Annual statement of partner agency 0499", "Partner Agency 0499"},
		{"NPS statement 2025-26", "Northgate Police Service"},
	} {
		if id := a.Identify(Clues{Lines: []string{c.line}}); id.Agency != c.want || !id.Known {
			t.Errorf("%q: identified %+v, want %s", c.line, id, c.want)
		}
	}
}
