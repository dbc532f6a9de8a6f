package rules

// tuning holds the numbers of the meaning mapper. They live in a struct, not
// in constants, so the evaluation harness (eval_test.go) can sweep them and
// check that the chosen values sit on a plateau across agencies, not on a
// peak for one file. Map always uses defaultTuning; only tests change it.
type tuning struct {
	SwitchCost     float64 // starting a new section between two paragraphs
	ListSwitchCost float64 // ... between two items of one list
	LeadInCost     float64 // ... between a lead-in ("The team consists of:") and what follows
	AfterHeading   float64 // ... right after a sub-heading: it belongs with its content
	SkipCost       float64 // per required section an assignment leaves out
	RangeCost      float64 // per required section before the range a stretch is taken to cover
	RangeEndCost   float64 // ... after it, when the stretch ends the document
	CueGain        float64 // scale of log(1+cue score)
	PositionWeight float64 // how strongly the place in the document counts
	Temperature    float64 // for the marginals that become confidences
	EntryCost      float64 // opening a section at a block with no cue for it but cues for another
	Support        float64 // confidence factor for a block whose own words do not point to its section
	MixRanges      bool    // confidences average the marginals of every range of sections tried
	PastWeight     float64 // "we delivered", "we trained": what was done, activity evidence
	DoubtKnee      float64 // confidences by meaning under it are stretched down (see doubt)
	DoubtSlope     float64 // ... by this factor of their distance from the knee
	ShortLeadIn    float64 // ... right after a short line not ending like a sentence ("Priorities for 2020-21 are")
	RunCost        float64 // ... between two lines of a run of one-figure lines
	PeriodWeight   float64 // a later period named ("in 2020-21 we will"): development evidence
}

// defaultTuning: a block's score for a section is CueGain*log(1+sum of its
// cue weights) (a clear cue weighs 1.5-2, and many cues count with
// diminishing returns) minus PositionWeight times the squared distance from
// where the section tends to sit. A switch costs about one clear cue: a
// single cue word cannot pull one paragraph out of a run, a paragraph full
// of them can. TestMeaningTuneSweep checks each value leaving one agency out
// (corpus statements with their headings removed, pieces of them, and the
// fictional statements in testdata/headless): for every value but the
// confidence ones the mean of the left-out agencies' scores is not above
// the default's. EntryCost 0.75 is in the middle of its plateau (0.75-1.0).
// Temperature 1.25 and Support 0.95 do not move any placement; they were
// chosen for how well the confidence ranks wrong placements below right
// ones (AUC 0.795 against 0.779 at 1 and 1). Issue 22's numbers (the
// sweep includes round 3's tuning statements): PeriodWeight moves one
// statement, the same from 0.5 to 4; RunCost one, the same from 2 to 6;
// ShortLeadIn moves no placement of the harness (its shape is in the
// held-out sets); it costs as much as a split inside a list, not as much as
// one after a colon: at 6 four wrong NELFT list items rose over 0.6
// (corpus headless silent 0.020 against 0.024).
var defaultTuning = tuning{
	SwitchCost:     1.2,
	ListSwitchCost: 2.5,
	LeadInCost:     6.0,
	AfterHeading:   20.0,
	SkipCost:       2.0,
	RangeCost:      1.0,
	RangeEndCost:   2.0,
	CueGain:        1.5,
	PositionWeight: 4.0,
	Temperature:    1.25,
	EntryCost:      0.75,
	Support:        0.95,
	MixRanges:      true,
	PastWeight:     1,
	DoubtKnee:      0.8,
	DoubtSlope:     2,
	ShortLeadIn:    2.5,
	RunCost:        2.5,
	PeriodWeight:   2,
}

// maxConfidence: a placement by meaning is never as sure as a heading.
const maxConfidence = 0.9
