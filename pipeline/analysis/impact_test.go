package analysis

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

func TestImpact(t *testing.T) {
	long := lorem(45) + ". "
	tests := []struct {
		name   string
		blocks []blk
		reason model.ImpactReason // "" means not listed
		quote  string
	}{
		{"missing section", []blk{para(ctx, lorem(50))}, model.ImpactMissing, ""},
		{"heading only is missing", []blk{sectionHeading(out, "Outcomes and Impact")}, model.ImpactMissing, ""},
		{"no data", []blk{para(out, "Hillcrest does not have data to evidence the impact of this work.")}, model.ImpactNoData, "does not have data"},
		{"no data in a long section", []blk{para(out, long+"At present no data is collected on outcomes.")}, model.ImpactNoData, "no data"},
		{"not able to evidence", []blk{para(out, long+"We are not able to evidence the difference yet.")}, model.ImpactNoData, "not able to evidence"},
		{"unable to measure", []blk{para(out, long+"The team is unable to measure outcomes for children.")}, model.ImpactNoData, "unable to measure"},
		{"data is not available", []blk{para(out, long+"Outcome data is not available this year.")}, model.ImpactNoData, "data is not available"},
		{"difficult to evidence", []blk{para(out, long+"It is difficult to evidence impact.")}, model.ImpactNoData, "difficult to evidence"},
		{"do not collect outcome data", []blk{para(out, long+"We do not currently collect outcome data for children.")}, model.ImpactNoData, "do not currently collect outcome data"},
		{"unable to provide data", []blk{para(out, long+"We are unable to provide data on impact.")}, model.ImpactNoData, "unable to provide data"},
		{"no mechanism to measure", []blk{para(out, long+"There is no mechanism to measure the impact.")}, model.ImpactNoData, "no mechanism to measure"},
		{"too early to measure", []blk{para(out, long+"It is too early to measure change.")}, model.ImpactNoData, "too early to measure"},
		{"not yet been evaluated", []blk{para(out, long+"The new pathway has not yet been evaluated.")}, model.ImpactNoData, "has not yet been evaluated"},
		{"thin", []blk{para(out, "Staff feel more confident.")}, model.ImpactThin, ""},
		{"no measure: words only", []blk{para(out, long+"Staff value the advice line and feel supported in their work.")}, model.ImpactNoMeasure, ""},
		{"no measure: years, levels and section numbers are not counts", []blk{para(out, long+"In 2016 the Section 11 audit at Level 3 and the 18.10.2016 event in 2015-16 went well.")}, model.ImpactNoMeasure, ""},
		{"a percentage is a measure", []blk{para(out, long+"Repeat referrals fell to 12%.")}, "", ""},
		{"a count is a measure", []blk{para(out, long+"The advice line took 40 calls.")}, "", ""},
		{"a comparative is a measure", []blk{para(out, long+"Referrals from the wards increased this year.")}, "", ""},
		{"a reduction is a measure", []blk{para(out, long+"We saw a reduction in missed health assessments.")}, "", ""},
		{"a measure in a later block counts", []blk{para(out, long), para(out, "Timeliness improved.")}, "", ""},
		{"no data elsewhere does not count", []blk{para(dev, "We have no data yet."), para(out, long+"The advice line took 40 calls.")}, "", ""},
		// Near miss: "no evidence of harm" is not a statement about impact data.
		{"no evidence of harm is not no data", []blk{para(out, long+"No evidence of harm was found in 30 cases.")}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := stmt("Hillcrest Youth Offending Service", "hillcrest.pdf", tc.blocks...)
			a := Analyse([]*model.Statement{s}, nil, nil, DefaultOptions())
			if tc.reason == "" {
				if len(a.Impact) != 0 {
					t.Fatalf("listed %+v, want not listed", a.Impact)
				}
				return
			}
			if len(a.Impact) != 1 {
				t.Fatalf("got %d findings, want one", len(a.Impact))
			}
			f := a.Impact[0]
			if f.Reason != tc.reason || f.Quote != tc.quote || f.Agency != "Hillcrest Youth Offending Service" || f.Detail == "" {
				t.Errorf("got %+v, want reason %s quote %q", f, tc.reason, tc.quote)
			}
			if tc.reason != model.ImpactMissing && (len(f.Citations) == 0 || f.Citations[0].Section != out || f.Citations[0].File != "hillcrest.pdf") {
				t.Errorf("citations %+v should point at the outcomes blocks", f.Citations)
			}
		})
	}
}
