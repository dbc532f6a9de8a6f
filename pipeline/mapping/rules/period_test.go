package rules

import (
	"context"
	"strings"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

func TestParsePeriod(t *testing.T) {
	for in, want := range map[string]period{
		"2019-20": {2019, 2020}, "2019/20": {2019, 2020}, "2019-2020": {2019, 2020},
		"2019 to 2020": {2019, 2020}, "April 2019 to March 2020": {2019, 2020},
		"2020": {2020, 2020}, "1999-00": {1999, 2000}, "": {}, "last year": {},
	} {
		if got := parsePeriod(in); got != want {
			t.Errorf("parsePeriod(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestLaterPeriod(t *testing.T) {
	p := parsePeriod("2019-20")
	for text, want := range map[string]bool{
		"In 2020-21 we will extend the training.":          true,
		"Our priorities for 2020/21 are":                   true,
		"During 2019-20 we trained 240 staff.":             false,
		"The policy was published in June 2020.":           false, // a lone year: when it was done
		"Compared with 2018-19, referrals rose by a third": false,
	} {
		if got := p.laterPeriod(text); got != want {
			t.Errorf("laterPeriod(%q) = %v, want %v", text, got, want)
		}
	}
	if (period{}).laterPeriod("In 2020-21 we will") {
		t.Error("an unknown period names nothing later")
	}
}

// TestPeriodCue: a paragraph naming the year after the report's period
// reads as plans when the mapper knows the period, and not otherwise.
func TestPeriodCue(t *testing.T) {
	d := func() *model.Document {
		return doc(
			para("Pennfield Housing"),
			para("Pennfield Housing owns 9,000 homes across the county and is led by a chief executive."),
			para("During 2019-20 we trained 240 frontline staff on recognising abuse and neglect."),
			para("We held joint visits with adult social care for tenants who hoard."),
			para("Concerns raised by staff rose from 96 to 181, and each was acknowledged within a day."),
			para("Our young people's service achieved accreditation from the national standard."),
			para("In 2020-21 we want to train our contractors and agree a protocol with the police."),
		)
	}
	tpl, err := template.Default()
	if err != nil {
		t.Fatal(err)
	}
	with, err := NewWithOptions(tpl, Options{LowConfidence: 0.6, Period: "2019-20"}).Map(context.Background(), d())
	if err != nil {
		t.Fatal(err)
	}
	without, err := New(tpl, 0.6).Map(context.Background(), d())
	if err != nil {
		t.Fatal(err)
	}
	if with[6].Section != model.SectionDevelopment || !strings.Contains(with[6].Evidence, "names a later period") {
		t.Errorf("with the period: %s (%s), want development by the period", with[6].Section, with[6].Evidence)
	}
	if strings.Contains(without[6].Evidence, "later period") || without[6].Confidence >= with[6].Confidence {
		t.Errorf("without the period the cue should not fire: %.2f %s", without[6].Confidence, without[6].Evidence)
	}
}
