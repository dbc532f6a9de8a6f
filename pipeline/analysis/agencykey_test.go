package analysis

import (
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// sameAgency compares agency names as people write them: case and spacing
// do not matter. It is what agencyKey must agree with.
func sameAgency(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// agencyKey is sameAgency as a map key: for every pair, equal keys exactly
// when sameAgency holds, Unicode case folding (the Kelvin sign, the long s)
// and spacing included.
func TestAgencyKeyAgreesWithSameAgency(t *testing.T) {
	names := []string{"Riverside Health", "riverside  health", " RIVERSIDE HEALTH\t", "Riverside Heath",
		"Kent Police", "\u212Aent Police", "kent police", "Northgate ſchool", "Northgate School", "NORTHGATE SCHOOL",
		"Straße Trust", "STRASSE TRUST", "strasse trust", "Ωmega Care", "ωmega care", "\u2126mega care",
		"bad \xff byte", "bad \xfe byte", "bad \uFFFD byte", ""}
	for _, a := range names {
		for _, b := range names {
			if got, want := agencyKey(a) == agencyKey(b), sameAgency(a, b); got != want {
				t.Errorf("%q and %q: same key %v, sameAgency %v", a, b, got, want)
			}
		}
	}
}

// An agency counts as submitted by its name or an alias, however cased
// and spaced; thousands of agencies are checked by index, each once.
func TestNotSubmittedByNameOrAlias(t *testing.T) {
	c := &corpus{stmts: []*stmtView{{agency: "RIVERSIDE  community health"}, {agency: "NPS"}}}
	expected := []model.Agency{{Name: "Riverside Community Health"}, {Name: "Northgate Police Service", Aliases: []string{"nps"}},
		{Name: "Westbrook College"}, {Name: "Hillside Housing", Optional: true}}
	got := notSubmitted(c, expected)
	if len(got) != 1 || got[0] != "Westbrook College" {
		t.Errorf("not submitted %q, want only Westbrook College", got)
	}
}
