package analysis

import "testing"

// The rules of the held-out 26 round, each tried on sentences of none of
// held-out 25, held-out 26, tune27 or apart27 (each test fails with its
// rule taken out).

// TestFigureBracketExpectation: an expectation in brackets after a run of figures is the target of what they measure, and leaves them achievements; a run of staff groups takes its heading as the measure.
func TestFigureBracketExpectation(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Training in moving and handling: porters 93%, catering 74%, domestic staff 81% (the trust expects 90%).",
			want: []string{"93%", "Training in moving and handling", "porters", "achievement", "74%", "Training in moving and handling", "catering", "achievement", "81%", "Training in moving and handling", "domestic staff", "achievement", "90%", "Training in moving and handling", "", "target"}},
		{text: "Record audits: social workers 91%, family support workers 86% (the partnership requires 90%).",
			want: []string{"91%", "Record audits", "social workers", "achievement", "86%", "Record audits", "family support workers", "achievement", "90%", "Record audits", "", "target"}},
		{text: "Supervision in date: nurses 74%, midwives 91% (our standard is 85%).",
			want: []string{"74%", "Supervision in date", "nurses", "achievement", "91%", "Supervision in date", "midwives", "achievement", "85%", "Supervision in date", "", "target"}},
	})
}

// TestFigureLabelRun: a run of labelled figures under one heading reads every label as its item's group once the first did.
func TestFigureLabelRun(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Fire safety training: wardens 96%, kitchen 71%, laundry 88%.",
			want: []string{"96%", "Fire safety training", "wardens", "achievement", "71%", "Fire safety training", "kitchen", "achievement", "88%", "Fire safety training", "laundry", "achievement"}},
		{text: "Record audits: social workers 91%, family support workers 86%, duty desk 84%.",
			want: []string{"91%", "Record audits", "social workers", "achievement", "86%", "Record audits", "family support workers", "achievement", "84%", "Record audits", "duty desk", "achievement"}},
	})
}

// TestFigureModalLeadItems: items worded as bare verbs under a lead ending in a modal ("will:") are targets; items that report are not.
func TestFigureModalLeadItems(t *testing.T) {
	checkShapes(t, []shapeCase{
		{lead: "Over the coming year the charity will:", text: "train 45 volunteers in first aid;",
			want: []string{"45", "volunteers in first aid", "", "target"}},
		{lead: "Over the coming year the charity will:", text: "open 3 drop-in hubs, funded from £52,000 of grant income.",
			want: []string{"3", "drop-in hubs", "", "target", "£52,000", "drop-in hubs", "", "target"}},
		{lead: "Last year the charity:", text: "trained 45 volunteers in first aid.",
			want: []string{"45", "volunteers in first aid", "", "achievement"}},
	})
}

// TestFigureTargetList: every item of a list of targets opened by a heading and a colon is a target, up to a clause that reports.
func TestFigureTargetList(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Aims for 2027: 92% of calls answered within a minute; no caller waiting over an hour; and 18 call handlers trained in suicide prevention by May 2027.",
			want: []string{"92%", "calls answered within a minute", "", "target", "18", "call handlers trained in suicide prevention", "", "target"}},
		{text: "Target for the spring: 80% of plans reviewed; we reached 71%.",
			want: []string{"80%", "plans reviewed", "", "target", "71%", "plans reviewed", "", "achievement"}},
		{text: "Priorities for next year: 95% of visits within 5 days; 200 more families supported; and £40,000 for a new hub.",
			want: []string{"95%", "visits within 5 days", "", "target", "200", "more families supported", "", "target", "£40,000", "new hub", "", "target"}},
	})
}

// TestFigureNamedRangeAndChange: the ends of a named range ("the 80% to 90% band") and "N% fewer X than" are not figures.
func TestFigureNamedRangeAndChange(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Waiting times averaged 19 days, inside the 14 to 28 day window the board agreed, and occupancy was 86%, within the 80% to 90% band.",
			want: []string{"86%", "occupancy", "", "achievement"}},
		{text: "Calls numbered 2,300, which is 15% fewer calls than the year before.",
			want: []string{"2,300", "Calls", "", "achievement"}},
	})
}

// TestFigureForSplit: a split in brackets of parts "N for G" or "N about G" measures what the total measures, each part's group its own.
func TestFigureForSplit(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Wardens logged 84 welfare alerts (60 for older residents, 24 for younger tenants).",
			want: []string{"84", "welfare alerts", "", "achievement", "60", "welfare alerts", "older residents", "achievement", "24", "welfare alerts", "younger tenants", "achievement"}},
		{text: "Nurses made 51 referrals (33 about adults and 18 about children).",
			want: []string{"51", "referrals", "", "achievement", "33", "referrals", "adults", "achievement", "18", "referrals", "children", "achievement"}},
		{text: "Contacts numbered 3,200 (2,100 from the police and 1,100 from schools).",
			want: []string{"3,200", "Contacts", "", "achievement", "2,100", "Contacts", "police", "achievement", "1,100", "Contacts", "schools", "achievement"}},
	})
}

// TestFigureIncludingCount: a count after "including" is named by the noun after it.
func TestFigureIncludingCount(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Most complaints were about repairs (including 48 boiler failures) and noise (21%).",
			want: []string{"48", "boiler failures", "", "achievement", "21%", "noise", "", "achievement"}},
	})
}

// TestFigureLinkOrSourceLabel: linking words ("but only", "while just") and a fronted survey name nothing; the words after the share do.
func TestFigureLinkOrSourceLabel(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "In the pupil survey 64 per cent said they knew who to ask for help, but only 38 per cent said they used the app.",
			want: []string{"64 per cent", "said they knew who to ask for help", "", "achievement", "38 per cent", "said they used the app", "", "achievement"}},
		{text: "From the carers' questionnaire 59% felt listened to, while just 33% had a break in the year.",
			want: []string{"59%", "felt listened to", "", "achievement", "33%", "had a break in the year", "", "achievement"}},
		{text: "A survey of parents found that 81 per cent felt more confident.",
			want: []string{"81 per cent", "felt more confident", "", "achievement"}},
		{text: "The annual audit showed 64% had a plan on file.",
			want: []string{"64%", "had a plan on file", "", "achievement"}},
	})
}

// TestFigureDownOn: a figure "down on the N" or "up on the N" is the earlier value of the figure before it.
func TestFigureDownOn(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Admissions reached 212, a little down on the 240 the unit saw in 2024.",
			want: []string{"212", "Admissions", "", "achievement", "240", "Admissions", "", "achievement"}},
		{text: "Exclusions numbered 31, up on the 19 recorded last year.",
			want: []string{"31", "Exclusions", "", "achievement", "19", "Exclusions", "", "achievement"}},
	})
}

// TestFigureGappedLabel: a count that keeps only "at tier 2" after "N were held at tier 1 and" is a count, named by those words.
func TestFigureGappedLabel(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Of the 310 plans, 250 were held at tier 1 and 60 at tier 2.",
			want: []string{"310", "plans", "", "achievement", "250", "held at tier 1", "", "achievement", "60", "at tier 2", "", "achievement"}},
	})
}

// TestFigureFurther: "and X in a further N" repeats the clause before, with X its group.
func TestFigureFurther(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Cyberbullying was reported in 57 of the school referrals, and sexting in a further 12.",
			want: []string{"57", "school referrals", "Cyberbullying", "achievement", "12", "school referrals", "sexting", "achievement"}},
	})
}

// TestFigureWordShareCount: a count in brackets after a share in words measures the predicate after it (a list of items kept whole), of the whole the words name.
func TestFigureWordShareCount(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Around a quarter of the new referrals (118) came from schools; most of the others came from health.",
			want: []string{"118", "came from schools", "new referrals", "achievement"}},
		{text: "Nearly half of the carers assessed (64) had a long-term condition, a disability or a mental health need.",
			want: []string{"64", "a long-term condition, a disability or a mental health need", "carers assessed", "achievement"}},
	})
}

// TestFigureMoneyObject: a sum spent on a list names the list; a sum given to someone names the recipient; a sum invested after an aside names what it is invested in.
func TestFigureMoneyObject(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "The trust spent £31,500 on door chains, video doorbells and other home security items.",
			want: []string{"£31,500", "door chains, video doorbells and other home security items", "", "achievement"}},
		{text: "The council contributed £70,000 to the running costs of the county's three rape crisis centres.",
			want: []string{"£70,000", "running costs of the county's three rape crisis centres", "", "achievement"}},
		{text: "The fund paid £12,000 to the costs of the county's two respite homes.",
			want: []string{"£12,000", "costs of the county's two respite homes", "", "achievement"}},
		{lead: "Next year we will:", text: "invest £45,000 a year, from June, in a youth outreach worker post.",
			want: []string{"£45,000", "youth outreach worker post", "", "target"}},
	})
}

// TestFigureClauseColon: a colon after a whole clause is no heading: the count is named by its noun, and where it went is its group.
func TestFigureClauseColon(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "When a case met the threshold it was passed on the same day: 64 cases went to the MASH and 20 to the police.",
			want: []string{"64", "cases", "MASH", "achievement", "20", "police", "", "achievement"}},
	})
}

// TestFigureReachedBy: a count of people an activity reached has the activity as its group; an agency that reached them is read as before.
func TestFigureReachedBy(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "The online safety assemblies reached 3,400 pupils across the county.",
			want: []string{"3,400", "pupils", "online safety assemblies", "achievement"}},
		{text: "The outreach team reached 90 families.",
			want: []string{"90", "reached families", "", "achievement"}},
	})
}

// TestFigureOneRef: a share that "had one" measures what the sentence said each must have.
func TestFigureOneRef(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Each surgery must have a safeguarding lead; by the end of March 97% had one named.",
			want: []string{"97%", "safeguarding lead", "", "achievement"}},
	})
}

// TestFigurePassiveShare: a share after "and" that "were completed" measures its participle phrase, the count before its group.
func TestFigurePassiveShare(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Home fire checks were booked for 1,260 households and 94% were completed within a month.",
			want: []string{"1,260", "households", "", "achievement", "94%", "completed within a month", "households", "achievement"}},
	})
}

// TestFigureSucceededFor: what worked or succeeded "for N% of X" is the measure, X its group.
func TestFigureSucceededFor(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Family group conferencing succeeded for 58% of the families referred in the year.",
			want: []string{"58%", "Family group conferencing", "the families referred", "achievement"}},
	})
}

// TestFigureAsideSubject: a subject before an aside set off by commas measures the figure after the aside.
func TestFigureAsideSubject(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Carer satisfaction with respite care, from a survey of 2,140 carers, was 82%.",
			want: []string{"2,140", "survey of carers", "", "achievement", "82%", "Carer satisfaction with respite care", "", "achievement"}},
	})
}

// TestFigureParticipleItem: a list item saying what was done, under a lead naming the thing, counts the lead's thing; the item's words are its group.
func TestFigureParticipleItem(t *testing.T) {
	checkShapes(t, []shapeCase{
		{lead: "Safeguarding supervision sessions, held when a case worker asks for one:", text: "held during the year: 540",
			want: []string{"540", "Safeguarding supervision sessions", "held during the year", "achievement"}},
		{lead: "Safeguarding supervision sessions, held when a case worker asks for one:", text: "recorded on the case file within 2 days: 78%",
			want: []string{"78%", "Safeguarding supervision sessions", "recorded on the case file within 2 days", "achievement"}},
	})
}

// TestFigureLongHeading: a long heading is cut before its qualifier of time ("for longer than ...") instead of dropped.
func TestFigureLongHeading(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Children waiting for an assessment for longer than the 18 week limit set by the board: 7 at the end of March, against 22 a year before.",
			want: []string{"7", "Children waiting for an assessment", "", "achievement", "22", "Children waiting for an assessment", "", "achievement"}},
	})
}

// TestFigureInfinitiveShare: a share aimed for "of X to receive Y" measures Y, X its group.
func TestFigureInfinitiveShare(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Our aim is for 90% of new parents to receive a home visit by the end of 2026.",
			want: []string{"90%", "home visit", "new parents", "target"}},
		{text: "The plan aims for 100% of youth clubs to have a trained first aider on site by June 2027.",
			want: []string{"100%", "trained first aider on site", "youth clubs", "target"}},
		{text: "We want 85% of care leavers to be in education, employment or training by 2027.",
			want: []string{"85%", "education, employment or training", "care leavers", "target"}},
	})
}

// TestFigureGivenStandard: "the 95% standard" named again is the standard given before, listed once.
func TestFigureGivenStandard(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "The partnership standard is 95% for all teams; we are moving towards the 95% standard in every district.",
			want: []string{"95%", "partnership standard", "teams", "target"}},
	})
}

// TestFigureHeadingClause: a count opening a passive clause after a short heading is named by its clause, the heading its group; a training heading stays the measure.
func TestFigureHeadingClause(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Appeals: 12 decisions were overturned at review.",
			want: []string{"12", "decisions were overturned at review", "Appeals", "achievement"}},
		{text: "Safeguarding training: 120 staff were trained this year.",
			want: []string{"120", "Safeguarding training", "staff trained", "achievement"}},
	})
}

// TestFigureGenericComparator: a comparator named only "a figure of" or
// "a rate of" measures what the figure before measures, its place the
// group; a comparator with a name of its own keeps it.
func TestFigureGenericComparator(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "Re-referrals were 18%, compared with a rate of 22% in similar areas.",
			want: []string{"18%", "Re-referrals", "", "achievement", "22%", "Re-referrals", "similar areas", "achievement"}},
		{text: "Timeliness was 71%, below the national average of 80%.",
			want: []string{"71%", "Timeliness", "", "achievement", "80%", "national average", "Timeliness", "achievement"}},
	})
}

// TestFigureAimFor: a figure right after a verb of aiming is a target,
// even where the sentence names a target elsewhere, and measures what the
// figure before measures; "are due to complete" is about what is to
// happen, "were due to" a cause is not.
func TestFigureAimFor(t *testing.T) {
	checkShapes(t, []shapeCase{
		{text: "This year 85% of staff completed the training, against our target of 90%, and next year we aim for 95%.",
			want: []string{"85%", "training", "staff", "achievement", "90%", "training", "", "target", "95%", "training", "", "target"}},
		{text: "A further 30 staff are due to complete the course by June.",
			want: []string{"30", "staff", "", "target"}},
		{text: "Delays were due to staff shortages, and 40 cases waited.",
			want: []string{"40", "cases waited", "", "achievement"}},
	})
}

// TestFigureAheadLeadItems: under a lead of actions or plans for the year
// ahead, bare-verb items and items whose whole is "to" do something are
// targets; items under a lead of what was done are not.
func TestFigureAheadLeadItems(t *testing.T) {
	checkShapes(t, []shapeCase{
		{lead: "Key actions for next year:", text: "recruit 5 additional independent visitors",
			want: []string{"5", "additional independent visitors", "", "target"}},
		{lead: "Our commitments for 2026/27:", text: "100% of new starters to complete induction within 4 weeks",
			want: []string{"100%", "induction", "new starters", "target"}},
		{lead: "What we did last year:", text: "recruited 5 independent visitors",
			want: []string{"5", "independent visitors", "", "achievement"}},
	})
}
