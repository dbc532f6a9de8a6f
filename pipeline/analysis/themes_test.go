package analysis

import (
	"reflect"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/template"
)

// raised returns the keys of the themes one paragraph raises.
func raised(text string) map[string]bool {
	a := one(act, text)
	got := map[string]bool{}
	for _, th := range a.Themes.Themes {
		if len(th.Agencies) > 0 {
			got[th.Key] = true
		}
	}
	return got
}

func TestThemeWordings(t *testing.T) {
	tests := []struct {
		text  string
		theme string
		want  bool
	}{
		{"We delivered CSE awareness sessions.", "cse", true},
		{"Work on child sexual exploitation continued.", "cse", true},
		{"Young people who are sexually exploited", "cse", true},
		{"CSE-related referrals", "cse", true},
		{"Each course was well attended.", "cse", false}, // "cse" inside a word
		{"The CSEC programme started.", "cse", false},    // a longer acronym
		{"ECSE staff attended.", "cse", false},           // a longer acronym
		{"Female Genital Mutilation training", "fgm", true},
		{"FGM reporting duty", "fgm", true},
		{"PREVENT training was delivered", "prevent", true},
		{"Our Prevent lead attended.", "prevent", true},
		{"Work on radicalisation and extremism", "prevent", true},
		{"We act to prevent harm to children.", "prevent", false}, // the everyday verb
		{"Prevention work in schools", "prevent", false},          // a longer word
		{"Domestic Violence policy", "domestic_abuse", true},
		{"domestic abuse and harmful practices", "domestic_abuse", true},
		{"DV training", "domestic_abuse", true},
		{"Domestic abusers were supervised.", "domestic_abuse", false}, // not the theme's word
		{"The DVLA wrote to us.", "domestic_abuse", false},
		{"listening to the voice of the child", "voice_of_child", true},
		{"the child’s voice is heard", "voice_of_child", true}, // curly apostrophe
		{"the child's voice is heard", "voice_of_child", true},
		{"the voice of staff", "voice_of_child", false},
		{"self-harm and mental health", "mental_health", true},
		{"young people who self harm", "mental_health", true},
		{"Emotional Wellbeing services", "mental_health", true},
		{"the health of mentally able adults", "mental_health", false},
		{"Safeguarding Children Supervision Policy", "supervision", true},
		{"group supervision is available", "supervision", true},
		{"the supervision of offenders in the community", "supervision", false},
		{"Mandatory training compliance", "training", true},
		{"E-learning packages were updated", "training", true},
		{"staff were trained in safeguarding", "training", true},
		{"the training room was booked", "training", false},
		{"embedding the Early Help strategy", "early_help", true},
		{"help was given early", "early_help", false},
		{"a Think Family approach", "think_family", true},
		{"we think family members", "think_family", true}, // a known near miss: the phrase is the phrase
		{"children missing from education", "missing", true},
		{"return home interviews were offered", "missing", true},
		{"missed appointments were followed up", "missing", false},
		{"two referrals to the LADO", "allegations", true},
		{"managing allegations against staff", "allegations", true},
		{"allegations of neglect", "allegations", false},
		{"an Ofsted inspection", "inspections", true},
		{"the service was inspected by HMIP", "inspections", true},
		{"CQC action plan", "inspections", true},
		{"the inspector's car", "inspections", false}, // inspector is not inspection
	}
	for _, tc := range tests {
		if got := raised(tc.text)[tc.theme]; got != tc.want {
			t.Errorf("%q raises %s: %v, want %v", tc.text, tc.theme, got, tc.want)
		}
	}
}

func TestThemeMatchedTextVerbatim(t *testing.T) {
	a := one(act, "CSE and Child Sexual Exploitation; cse again.")
	th := themeByKey(t, a, "cse")
	if want := []string{"CSE", "Child Sexual Exploitation"}; !reflect.DeepEqual(th.Agencies[0].Matched, want) {
		t.Errorf("matched %q, want %q (the longest wording, as written, each once)", th.Agencies[0].Matched, want)
	}
}

func themeByKey(t *testing.T, a *model.Analysis, key string) model.ThemeFinding {
	t.Helper()
	for _, th := range a.Themes.Themes {
		if th.Key == key {
			return th
		}
	}
	t.Fatalf("no theme %s", key)
	return model.ThemeFinding{}
}

func TestThemeTable(t *testing.T) {
	defs := []template.Theme{
		{Key: "alpha", Title: "Alpha", Wordings: []string{"alpha work"}},
		{Key: "beta", Title: "Beta", Wordings: []string{"beta work"}},
		{Key: "gamma", Title: "Gamma", Wordings: []string{"gamma work"}},
	}
	tmpl := &template.Template{Themes: defs}
	stmts := []*model.Statement{
		stmt("Riverside Community Health Trust", "r.docx",
			sectionHeading(act, "Beta work"), // a section heading does not raise a theme
			para(act, "Alpha work this year."), para(dev, "More beta work."), para(dev, "Gamma work.")),
		stmt("Northgate Police Division", "n.docx", para(dev, "Beta work and alpha work."), para(suc, "Gamma work.")),
		stmt("Hillcrest Youth Offending Service", "h.docx", para(dev, "Beta work.")),
		stmt("Lakeside Academy Trust", "l.docx", para(out, "Gamma work.")),
	}
	a := Analyse(stmts, nil, tmpl, DefaultOptions())
	var order []string
	for _, th := range a.Themes.Themes {
		order = append(order, th.Key)
	}
	// beta: three agencies under development, so a candidate and first;
	// alpha (1) and gamma (1) keep the template's order.
	if want := []string{"beta", "alpha", "gamma"}; !reflect.DeepEqual(order, want) {
		t.Fatalf("order %v, want %v", order, want)
	}
	beta := a.Themes.Themes[0]
	if !beta.Candidate || len(beta.DevelopmentAgencies) != 3 {
		t.Errorf("beta: candidate %v with %v", beta.Candidate, beta.DevelopmentAgencies)
	}
	r := beta.Agencies[0]
	if r.Agency != "Riverside Community Health Trust" || !reflect.DeepEqual(r.Sections, []model.SectionKey{dev}) || len(r.Citations) != 1 || r.Citations[0].Index != 3 {
		t.Errorf("riverside beta: %+v (the heading at index 1 must not count)", r)
	}
	gamma := themeByKey(t, a, "gamma")
	if gamma.Candidate || len(gamma.Agencies) != 3 || !reflect.DeepEqual(gamma.DevelopmentAgencies, []string{"Riverside Community Health Trust"}) {
		t.Errorf("gamma: %+v", gamma)
	}
	alpha := themeByKey(t, a, "alpha")
	if got := alpha.Agencies[0].Sections; !reflect.DeepEqual(got, []model.SectionKey{act}) || alpha.Agencies[0].Development {
		t.Errorf("alpha riverside sections %v", got)
	}
	if !reflect.DeepEqual(a.Themes.Agencies, []string{"Riverside Community Health Trust", "Northgate Police Division", "Hillcrest Youth Offending Service", "Lakeside Academy Trust"}) {
		t.Errorf("columns %v", a.Themes.Agencies)
	}
}
