package analysis

import (
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// The rules of the held-out 24 round, each tried on sentences of neither
// held-out 24 nor the cases written before the rules
// (tuned/brackenford-health-trust.txt, tuned/sedgecombe-council.txt).

// TestFigureNumberInName: a bare number glued to an acronym is part of a
// name; a count after a capitalised place, or in a split, is not.
func TestFigureNumberInName(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Crews answered 3,100 calls routed from NHS 111 services.",
			want: []string{"3,100", "calls routed", "", "achievement"}},
		{text: "The CAMHS 24 hour line took 860 calls.",
			want: []string{"860", "calls", "", "achievement"}},
		{text: "We ran the Route 66 club for 45 young people.",
			want: []string{"45", "young people", "", "achievement"}},
		{text: "Referrals (CAMHS 120, police 300) rose.",
			want: []string{"120", "CAMHS", "", "achievement", "300", "police", "", "achievement"}},
	})
}

// TestFigureSplitInBrackets: a count split in brackets by label gives
// parts that measure what the total measures, each label its group.
func TestFigureSplitInBrackets(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "We held 418 strategy meetings (Northgate 230; Southvale 188).",
			want: []string{"418", "strategy meetings", "", "achievement", "230", "strategy meetings", "Northgate", "achievement",
				"188", "strategy meetings", "Southvale", "achievement"}},
		{text: "Officers made 96 arrests (men 71, women 25) in the operation.",
			want: []string{"96", "arrests", "", "achievement", "71", "arrests", "men", "achievement", "25", "arrests", "women", "achievement"}},
	})
}

// TestFigurePartOfWhole: "N of the X" after a subject names X, the subject
// its group, and a comparison in time keeps both.
func TestFigurePartOfWhole(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Online harm lay behind 96 of the school referrals, compared with 70 in 2024/25.",
			want: []string{"96", "school referrals", "Online harm", "achievement", "70", "school referrals", "Online harm", "achievement"}},
		{text: "Neglect featured in 140 of the 410 plans, compared with 120 a year earlier.",
			want: []string{"140", "plans", "Neglect", "achievement", "410", "plans", "", "achievement", "120", "plans", "Neglect", "achievement"}},
		{text: "GP practices sent 388 of the trust's contacts.",
			want: []string{"388", "contacts", "GP practices", "achievement"}},
		{text: "We closed 45 of the open cases within twelve weeks.",
			want: []string{"45", "open cases", "", "achievement"}},
	})
}

// TestFigurePeopleObject: a count of people a verb took is named by the
// verb; a count of things, or of people after no verb, is not; a count
// given again as "of the N ..." is the same figure.
func TestFigurePeopleObject(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Outreach workers visited 212 older people at home.",
			want: []string{"212", "visited older people", "", "achievement"}},
		{text: "The panel discussed 74 cases.",
			want: []string{"74", "cases", "", "achievement"}},
		{text: "There are 1,900 pupils in the trust.",
			want: []string{"1,900", "pupils in the trust", "", "achievement"}},
		{text: "The hub referred 58 families to early help, and of the 58 referrals 40 were taken up.",
			want: []string{"58", "referred families", "", "achievement", "40", "taken up", "", "achievement"}},
	})
}

// TestFigureStaffLead: a list lead whose subject is staff gives its object
// as the measure of each staff group's item.
func TestFigureStaffLead(t *testing.T) {
	checkShapes(t, []shapeCase{
		{lead: "Staff who have completed Prevent awareness by the end of Q2:", text: "ward clerks: 77%",
			want: []string{"77%", "Prevent awareness", "ward clerks", "achievement"}},
		{lead: "Employees with a valid DBS check:", text: "drivers – 98%",
			want: []string{"98%", "valid DBS check", "drivers", "achievement"}},
		{lead: "Nurses who have completed the PREVENT module:", text: "theatre nurses: 88%",
			want: []string{"88%", "PREVENT module", "theatre nurses", "achievement"}},
	})
}

// TestFigureBoundPercent: a percentage after "below" or "under" is a
// bound, never an age, and the bound word ends no measure.
func TestFigureBoundPercent(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Our aim: re-referrals under 20% by March 2027.",
			want: []string{"20%", "re-referrals", "", "target"}},
		{text: "Children under 5 made up 40% of new cases.",
			want: []string{"40%", "Children under 5", "new cases", "achievement"}},
	})
}

// TestFigureTargetThenResult: a target and the result against it in one
// sentence; "our" before a noun of measuring names the measure.
func TestFigureTargetThenResult(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Our target for supervision uptake was 80%, but we reached only 76%.",
			want: []string{"80%", "supervision uptake", "", "target", "76%", "supervision uptake", "", "achievement"}},
		{text: "The aim for re-referrals was under 20%; we finished at 22%.",
			want: []string{"20%", "re-referrals", "", "target", "22%", "re-referrals", "", "achievement"}},
		{text: "Our target for reviews held within 15 working days of the child becoming looked after was 95% and we hit 90%.",
			want: []string{"95%", "reviews held within 15 working days of the child becoming looked after", "", "target",
				"90%", "reviews held within 15 working days of the child becoming looked after", "", "achievement"}},
		{text: "The aim was 1,000 welfare calls and the team made 1,140.",
			want: []string{"1,000", "welfare calls", "", "target", "1,140", "welfare calls", "", "achievement"}},
		{text: "Our completion rate for the Prevent module is 91%.",
			want: []string{"91%", "completion rate for the Prevent module", "", "achievement"}},
	})
}

// TestFigureFrontedGroup: a people group before a share with a comma is
// its group; other fronted phrases are not.
func TestFigureFrontedGroup(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Among paramedics, 89% have completed the domestic abuse module.",
			want: []string{"89%", "domestic abuse module", "paramedics", "achievement"}},
		{text: "Among care leavers, 64%, and among young carers, 58%, said they felt listened to.",
			want: []string{"64%", "said they felt listened to", "care leavers", "achievement", "58%", "said they felt listened to", "young carers", "achievement"}},
		{text: "For the first time, 75% of referrals were screened within a day.",
			want: []string{"75%", "referrals were screened within a day", "", "achievement"}},
	})
}

// TestFigureComparatorRound24: a place of two names; a comparator in a
// sentence about what is to happen stays an achievement.
func TestFigureComparatorRound24(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Detection was 12%, compared with 9% for forces in England and Wales.",
			want: []string{"12%", "Detection", "", "achievement", "9%", "for forces in England and Wales", "Detection", "achievement"}},
		{text: "Attendance was 91%, against 95% for all pupils across the county.",
			want: []string{"91%", "Attendance", "", "achievement", "95%", "Attendance", "all pupils across the county", "achievement"}},
		{text: "Fire deaths were 3, against 5 for fire brigades across England per million people.",
			want: []string{"3", "Fire deaths", "", "achievement", "5", "for fire brigades across England", "Fire deaths", "achievement"}},
		{text: "We aim for 90% of plans reviewed on time by June, against 84% now.",
			want: []string{"90%", "plans reviewed on time by June", "", "target", "84%", "plans reviewed on time by June", "", "achievement"}},
		{text: "We will raise attendance to 95% (region 93%).",
			want: []string{"95%", "attendance", "", "target", "93%", "region", "attendance", "achievement"}},
	})
}

// TestFigureElidedShare: a share that leaves out its whole takes the
// first clause's; the last share's group may join nouns with "and".
func TestFigureElidedShare(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Most of the callers were women, while 12% were men.",
			want: []string{"12%", "men", "callers", "achievement"}},
		{text: "Most calls came from parents, while 15% came from professionals.",
			want: []string{"15%", "came from professionals", "calls", "achievement"}},
		{text: "Sixty per cent of the alerts came from care homes and 25% came from hospitals.",
			want: []string{"25%", "came from hospitals", "alerts", "achievement"}},
		{text: "Fire safety checks reached 88% of tenants and 64% of leaseholders and private tenants.",
			want: []string{"88%", "Fire safety checks", "tenants", "achievement", "64%", "Fire safety checks", "leaseholders and private tenants", "achievement"}},
	})
}

// TestFigurePeriodPastSemicolon: a period after a semicolon belongs to the
// next clause, so a figure before it takes the period before it.
func TestFigurePeriodPastSemicolon(t *testing.T) {
	for _, tc := range []struct{ text, value, period string }{
		{"Aims for 2026/27: waiting times below 18 weeks for 90% of families; a new hub open by the summer term.", "90%", "2026/27"},
		{"We made 310 visits; 2024/25 saw 280.", "310", ""},
		{"We made 310 visits in 2025/26; the hub opened in the spring term.", "310", "2025/26"},
	} {
		a := Analyse([]*model.Statement{fixtureStatement("Riverside Trust", "riverside.docx",
			[]fixtureBlock{{sec: model.SectionActivity, text: tc.text}})}, nil, nil, DefaultOptions())
		got := "(none)"
		for _, f := range a.Figures {
			if f.Text == tc.value {
				got = f.Period
			}
		}
		if got != tc.period {
			t.Errorf("%q: %s has period %q, want %q", tc.text, tc.value, got, tc.period)
		}
	}
}

// TestFigureRound24FourthPass: the fourth batch's shapes in other words: a
// range is no figure; a percentage after a label word ("standard") is one;
// a passive "were made for N% of X"; a long subject of "N of the X"; more
// nouns of people; an elided share after "found"; a split after a long
// total.
func TestFigureRound24FourthPass(t *testing.T) {
	split := "referrals to the children's services front"
	checkShapes(t, []shapeCase{
		{text: "The helpline is open between 8 and 8, and took 2,300 calls.",
			want: []string{"2,300", "calls", "", "achievement"}},
		{text: "Caseloads were between 20 and 25 families.", want: nil},
		{text: "Visits within 10 days were 88% (national standard 80%).",
			want: []string{"88%", "Visits within 10 days", "", "achievement", "80%", "national standard", "Visits within 10 days", "achievement"}},
		{text: "Safety plans were completed for 91% of young people within a week.",
			want: []string{"91%", "Safety plans", "young people", "achievement"}},
		{text: "Men on licence for violent offences made up 220 of the caseload.",
			want: []string{"220", "caseload", "Men on licence for violent offences", "achievement"}},
		{text: "The project moved 30 women into refuge places.",
			want: []string{"30", "moved women into refuge places", "", "achievement"}},
		{text: "The scheme housed 52 care leavers.",
			want: []string{"52", "housed care leavers", "", "achievement"}},
		{text: "A quarter of the audits found good practice, and 10% found none.",
			want: []string{"10%", "found none", "audits", "achievement"}},
		{text: "We made 75 referrals to the children's services front door team (girls 40; boys 35).",
			want: []string{"75", split, "", "achievement", "40", split, "girls", "achievement", "35", split, "boys", "achievement"}},
	})
}

// TestFigureRound24FifthPass: a ratio is no figure, a count in a time is
// not a ratio; a course named with its level keeps the level's number.
func TestFigureRound24FifthPass(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Around 1 in 4 referrals came from schools.", want: nil},
		{text: "One in 6 adults said they felt unsafe at home.", want: nil},
		{text: "Return interviews held: 312 in 10 days.",
			want: []string{"312", "Return interviews held", "", "achievement"}},
		{text: "Around 640 colleagues (81%) have completed Level 3 adult safeguarding.",
			want: []string{"640", "Level 3 adult safeguarding", "colleagues", "achievement", "81%", "Level 3 adult safeguarding", "colleagues", "achievement"}},
	})
}

// TestFigureRound24SixthPass: a share's predicate opened by an irregular
// past verb; a whole of several words after "Many".
func TestFigureRound24SixthPass(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Families were offered a follow-up call; 58% took it up.",
			want: []string{"58%", "took it up", "", "achievement"}},
		{text: "Many pupils in the nurture groups improved their attendance, while 11% stayed the same.",
			want: []string{"11%", "stayed the same", "pupils in the nurture groups", "achievement"}},
	})
}

// TestFigureRound24SeventhPass: "in N% of X" after a clause; a lead "X by
// Y:" with any grouping Y, not a date; a day before its month is a date.
func TestFigureRound24SeventhPass(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "A safety plan was in place in 74% of the files audited.",
			want: []string{"74%", "safety plan was in place", "files audited", "achievement"}},
		{lead: "Concerns by type of abuse:", text: "neglect: 310",
			want: []string{"310", "Concerns", "neglect", "achievement"}},
		{lead: "Referrals received by 31 March:", text: "schools: 40",
			want: []string{"40", "schools", "", "achievement"}},
	})
}

// TestFigureRound24EighthPass: a span of two small numbers is no figure
// (an old and a new value still give the new); "at N% of X" after a
// clause; a people object after an irregular verb; a fronted group named
// by its head noun; a figure named by its place ("The county figure").
func TestFigureRound24EighthPass(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Health visitors serve a 0 to 19 population of 58,200 children.",
			want: []string{"58,200", "population of children", "", "achievement"}},
		{text: "Exclusions fell from 27 to 8.",
			want: []string{"8", "Exclusions", "", "achievement"}},
		{text: "Hearing was tested at 98% of school entry checks.",
			want: []string{"98%", "Hearing was tested", "school entry checks", "achievement"}},
		{text: "Outreach workers met 64 families at the food bank.",
			want: []string{"64", "met families", "", "achievement"}},
		{text: "Among parents on the course, 83% said it helped.",
			want: []string{"83%", "said it helped", "parents on the course", "achievement"}},
		{text: "The county figure was 52%.",
			want: []string{"52%", "county figure", "", "achievement"}},
		{text: "Our figures were 65% and 70%.", want: nil},
	})
}

// TestFigureRound24NinthPass: a clause that repeats the first's word
// before its count measures what the first does, its subject the group;
// "N of those X" is a part of a whole too.
func TestFigureRound24NinthPass(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Neglect was behind 80 of those plans and emotional abuse behind 45.",
			want: []string{"80", "plans", "Neglect", "achievement", "45", "plans", "emotional abuse", "achievement"}},
		{text: "Schools referred 300 families and health visitors referred 120.",
			want: []string{"300", "referred families", "", "achievement", "120", "referred families", "health visitors", "achievement"}},
		{text: "Neglect was behind 80 of those plans and staff held 45 meetings.",
			want: []string{"80", "plans", "Neglect", "achievement", "45", "meetings", "", "achievement"}},
	})
}

// TestFigureRound24TenthPass: "in N X" after a clause of being; a count
// that is the subject of "N of the M X verb ..."; a figure someone
// expects is a target and leaves the figure before an achievement; "its
// N% target"; a sum over a time on what it pays for.
func TestFigureRound24TenthPass(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Named GPs are available in 41 practices.",
			want: []string{"41", "Named GPs are available", "practices", "achievement"}},
		{text: "We held sessions in 40 schools.",
			want: []string{"40", "schools", "", "achievement"}},
		{text: "Only 3 of the schools sent a return.",
			want: []string{"3", "sent a return", "schools", "achievement"}},
		{text: "Level 3 compliance was 88%, short of the 90% the board expects.",
			want: []string{"88%", "Level 3 compliance", "", "achievement", "90%", "Level 3 compliance", "", "target"}},
		{text: "Screening reached 97%, beating our 95% target.",
			want: []string{"97%", "Screening", "", "achievement", "95%", "Screening", "", "target"}},
		{text: "The council will spend £50,000 over three years on a youth worker.",
			want: []string{"£50,000", "youth worker", "", "target"}},
	})
}

// TestFigureRound24EleventhPass: a sum "at £X each" prices the count
// before it; a list lead whose subject is members gives its object as the
// measure of each item's "N of M".
func TestFigureRound24EleventhPass(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "We bought 12 laptops at £400 each for care leavers.",
			want: []string{"12", "laptops", "", "achievement", "£400", "laptops", "", "achievement"}},
		{lead: "Board members who have completed the induction:", text: "lay members: 4 of 5",
			want: []string{"4", "induction", "lay members", "achievement"}},
	})
}

// TestFigureRound24TwelfthPass: a subject accounting for a share "of
// them"; a comparator share "of all X"; an owner's target after the figure
// it is the target of; a count given again as "Of the N X" after a split
// is one figure.
func TestFigureRound24TwelfthPass(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Staff raised 420 concerns; neglect accounted for 31% of them.",
			want: []string{"420", "concerns", "", "achievement", "31%", "concerns", "neglect", "achievement"}},
		{text: "Among young carers, 78% said they had someone to talk to, compared with 90% of all pupils.",
			want: []string{"78%", "said they had someone to talk to", "young carers", "achievement",
				"90%", "said they had someone to talk to", "all pupils", "achievement"}},
		{text: "Plans reviewed on time rose to 81%; the council target is 90%.",
			want: []string{"81%", "Plans reviewed on time", "", "achievement", "90%", "Plans reviewed on time", "", "target"}},
		{text: "We made 90 referrals (police 50, health 40). Of the 40 referrals to health, 30 were accepted.",
			want: []string{"90", "referrals", "", "achievement", "50", "referrals", "police", "achievement",
				"40", "referrals", "health", "achievement", "30", "accepted", "", "achievement"}},
	})
}

// TestFigureRound24ThirteenthPass: a count with how often after it; a
// subject's share "made up N% of X"; "against a plan of N"; "which is N%
// of X"; "X was received on N Y".
func TestFigureRound24ThirteenthPass(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "The line took 5,200 calls, an average of 14 a day.",
			want: []string{"5,200", "calls", "", "achievement", "14", "calls", "average", "achievement"}},
		{text: "Girls made up 58% of young people on the programme and boys the rest.",
			want: []string{"58%", "Girls", "young people on the programme", "achievement"}},
		{text: "Foster carers trained numbered 140, against a plan of 200.",
			want: []string{"140", "Foster carers trained", "", "achievement", "200", "Foster carers trained", "", "target"}},
		{text: "We held 300 reviews, which is 60% of all open plans.",
			want: []string{"300", "reviews", "", "achievement", "60%", "reviews", "all open plans", "achievement"}},
		{text: "Consent was sought on 920 referrals.",
			want: []string{"920", "Consent", "referrals", "achievement"}},
	})
}

// TestFigureRound24FourteenthPass: a share "of X" before a time; "the N%
// seen for X"; "under the target of N"; a cost "to X of"; a count of bare
// people after a change "to", or under a fronted "In the X".
func TestFigureRound24FourteenthPass(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Strategy discussions involved health in 92% of cases within two days.",
			want: []string{"92%", "Strategy discussions involved health", "", "achievement"}},
		{text: "Welfare calls reached 88% of tenants within a week.",
			want: []string{"88%", "Welfare calls", "tenants", "achievement"}},
		{text: "Absence of pupils in need was 14%, above the 9% seen for all pupils.",
			want: []string{"14%", "Absence of pupils in need", "", "achievement", "9%", "Absence of pupils in need", "all pupils", "achievement"}},
		{text: "Repeat referrals were 61, under the target of 70.",
			want: []string{"61", "Repeat referrals", "", "achievement", "70", "Repeat referrals", "", "target"}},
		{text: "Each hub will employ a family worker at a cost to the council of £90,000.",
			want: []string{"£90,000", "family worker", "", "target"}},
		{text: "Every clinic will have a named nurse by 2027, at a cost of £75,000.",
			want: []string{"£75,000", "named nurse", "", "target"}},
		{text: "Private fostering notifications rose to 37 children.",
			want: []string{"37", "Private fostering notifications", "children", "achievement"}},
		{text: "In the summer holiday programme 1,250 young people took part.",
			want: []string{"1,250", "young people took part", "summer holiday programme", "achievement"}},
	})
}

// TestFigureRound24FifteenthPass: a share right after a clause that gave a
// count is a share of it; a share added after its clause with only its
// group takes what was completed; a completed object is never a number.
func TestFigureRound24FifteenthPass(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "The MASH screened 2,900 contacts; 41% were passed to early help.",
			want: []string{"2,900", "contacts", "", "achievement", "41%", "passed to early help", "contacts", "achievement"}},
		{text: "Most nurses have completed the PREVENT e-learning, and 72% of healthcare assistants.",
			want: []string{"72%", "PREVENT e-learning", "healthcare assistants", "achievement"}},
		{text: "We completed 2,100 visits: 96%.",
			want: []string{"2,100", "visits", "", "achievement"}},
		{text: "Staff completed 310 audits; 12% were returned late.",
			want: []string{"310", "audits", "", "achievement", "12%", "returned late", "audits", "achievement"}},
	})
}

// TestFigureRound24SixteenthPass: a share in brackets after a subject in
// words takes the predicate; a count a comma's gerund acts on keeps the
// gerund.
func TestFigureRound24SixteenthPass(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Four in five parents (79%) rated the course as good.",
			want: []string{"79%", "rated the course as good", "parents", "achievement"}},
		{text: "The refuge housed 40 families, turning away 95 requests.",
			want: []string{"40", "housed families", "", "achievement", "95", "turning away requests", "", "achievement"}},
	})
}

// TestFigureRound24SeventeenthPass: "X were the subject of N Y" counts Y,
// X its group.
func TestFigureRound24SeventeenthPass(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Financial abuse was the focus of 64 enquiries.",
			want: []string{"64", "enquiries", "Financial abuse", "achievement"}},
	})
}
