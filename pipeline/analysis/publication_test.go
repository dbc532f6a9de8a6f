package analysis

import (
	"fmt"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// found returns "kind:text" for every finding in one paragraph.
func found(text string) []string {
	a := one(act, text)
	var out []string
	for _, f := range a.Publication {
		out = append(out, string(f.Kind)+":"+f.Text)
	}
	return out
}

func TestPublicationCheck(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// e-mail
		{"Contact jane.doe@riverside.example.nhs.uk for details.", []string{"email:jane.doe@riverside.example.nhs.uk"}},
		{"Follow us @RiversideTrust online.", nil},
		// phone numbers
		{"Call 01632 960123 for advice.", []string{"phone:01632 960123"}},
		{"Call (01632) 960123 today.", []string{"phone:(01632) 960123"}},
		{"Her mobile is 07700 900 123.", []string{"phone:07700 900 123"}},
		{"Ring +44 7700 900123 now.", []string{"phone:+44 7700 900123"}},
		{"Ring 020 7946 0958 or email.", []string{"phone:020 7946 0958"}},
		{"Call 01632 960123 25 staff attended.", []string{"phone:01632 960123"}}, // the count after is not part of it
		{"In 2015-16 we trained 1834 staff aged 0 – 18 services.", nil},
		{"Reference 012345 was closed.", nil}, // too short for a phone number
		// NHS numbers: the check digit decides
		{"NHS number 943 476 5919 was on the form.", []string{"nhs_number:943 476 5919"}},
		{"NHS no. 9434765919.", []string{"nhs_number:9434765919"}},
		{"Order 943 476 5918 was placed.", nil}, // wrong check digit
		// dates of birth
		{"Child A (DOB: 12/03/2009) was seen.", []string{"date_of_birth:DOB: 12/03/2009"}},
		{"date of birth 1 March 2010", []string{"date_of_birth:date of birth 1 March 2010"}},
		{"She was born on 03.04.2011 in the unit.", []string{"date_of_birth:born on 03.04.2011"}},
		{"12/03/2009 (D.O.B.)", []string{"date_of_birth:12/03/2009 (D.O.B."}},
		{"We record the date of birth of every child.", nil},
		{"The meeting on 12/03/2016 agreed the plan.", nil},
		// postcodes
		{"The family moved to 12 Elm Road, AB1 2DE last May.", []string{"postcode:AB1 2DE"}},
		{"Our office is at SW1A 1AA.", []string{"postcode:SW1A 1AA"}},
		{"Services across the SS1 area.", nil},     // a district, not a full postcode
		{"lower case ab1 2de is not matched", nil}, // postcodes are written in capitals
		{"The CQC 2016 visit.", nil},
		// a named child with an age
		{"Jack, aged 7, was referred.", []string{"named_child:Jack, aged 7"}},
		{"Amy (aged 14 years) spoke to us.", []string{"named_child:Amy (aged 14 years"}},
		{"a 9 year old called Sam told us", []string{"named_child:a 9 year old called Sam"}},
		{"Sam, a nine-year-old, said", []string{"named_child:Sam, a nine-year-old"}},
		{"Leo is 6 months old.", []string{"named_child:Leo is 6 months old"}},
		{"Children aged 5 to 11 attended.", nil},
		{"for young people aged 0-18", nil},
		{"In 3 years the service grew.", nil},
		{"Baby K was discharged.", nil},
		{"Tom, aged 45, is our lead.", nil}, // an adult
	}
	for _, tc := range tests {
		if got := found(tc.text); fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

func TestValidNHS(t *testing.T) {
	for _, tc := range []struct {
		n    string
		want bool
	}{{"9434765919", true}, {"4010232137", true}, {"9434765918", false}, {"123456789", false}, {"1234567890", false}} {
		if got := validNHS(tc.n); got != tc.want {
			t.Errorf("validNHS(%s) = %v, want %v", tc.n, got, tc.want)
		}
	}
}

// Findings point at the text by offset and never change it.
func TestPublicationOffsetsAndNoChange(t *testing.T) {
	text := "Riverside’s duty line is 01632 960123; e-mail duty@riverside.example.org."
	rows := [][]string{{"Name", "Contact"}, {"Duty desk", "duty@riverside.example.org"}}
	s := stmt("Riverside Community Health Trust", "riverside.docx", para(act, text), table(ctx, rows...))
	before := fmt.Sprint(s.Placements[1].Block, s.Placements[2].Block)
	a := Analyse([]*model.Statement{s}, nil, nil, DefaultOptions())
	if len(a.Publication) != 3 {
		t.Fatalf("got %+v, want phone, e-mail and the table's e-mail", a.Publication)
	}
	for _, f := range a.Publication {
		b := s.Placements[f.Citations[0].Index].Block
		if got := b.PlainText()[f.Offset : f.Offset+len(f.Text)]; got != f.Text {
			t.Errorf("offset %d reads %q, want %q", f.Offset, got, f.Text)
		}
		if f.Detail == "" || f.Agency != "Riverside Community Health Trust" {
			t.Errorf("finding %+v lacks detail or agency", f)
		}
	}
	if last := a.Publication[2]; last.Citations[0].Section != ctx || last.Citations[0].Index != 2 {
		t.Errorf("table finding cites %+v", last.Citations[0])
	}
	if after := fmt.Sprint(s.Placements[1].Block, s.Placements[2].Block); after != before {
		t.Errorf("text changed:\n%s\n%s", before, after)
	}
}

// The named-child check reads windows around age words; a child named far
// into a long block is still found, at the right place.
func TestPublicationNamedChildInLongBlock(t *testing.T) {
	text := lorem(40) + " Jack, aged 7, was seen. " + lorem(40) + " aged care " + lorem(40) + " and Mia, aged 12."
	a := one(act, text)
	var got []string
	for _, f := range a.Publication {
		if text[f.Offset:f.Offset+len(f.Text)] != f.Text {
			t.Errorf("offset %d does not hold %q", f.Offset, f.Text)
		}
		got = append(got, f.Text)
	}
	if want := []string{"Jack, aged 7", "Mia, aged 12"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
