package publish

import "github.com/reportpipe/reportpipe/pipeline/model"

// The fictional season the tests publish: two statements, one with a
// paragraph of personal data, and one agency still awaited.
const (
	riverside = "Riverside Community Health Trust"
	northgate = "Northgate Borough Police"

	rvContext  = "Riverside provides community health services to 40,000 children across the borough."
	rvPersonal = "For advice call our safeguarding lead on 01632 960 123 or write to j.smith@riverside.example."
	rvActivity = "We trained 380 staff in recognising neglect during the year."
	rvOutcome  = "Referrals to early help rose by 21.6% compared with last year."
	ngContext  = "Northgate police cover the northern half of the county."
	ngActivity = "Officers completed 95 joint visits with children's social care."
	ngDevelop  = "We will improve how we record the voice of the child in every case."
)

func season() *model.Report {
	r := report(
		statement(riverside, "riverside-2026.docx",
			block{sec: model.SectionContext, text: rvContext},
			block{sec: model.SectionContext, text: rvPersonal},
			block{sec: model.SectionActivity, text: rvActivity},
			block{sec: model.SectionActivity, text: "Course|Staff/Neglect|380/Exploitation|120", kind: "table"},
			block{sec: model.SectionOutcomes, text: rvOutcome},
		),
		statement(northgate, "northgate-2026.docx",
			block{sec: model.SectionContext, text: ngContext},
			block{sec: model.SectionActivity, text: ngActivity},
			block{sec: model.SectionDevelopment, text: ngDevelop},
		),
	)
	r.Awaited = []model.Awaited{{Agency: "Westmoor Academy Trust", Number: "7.3"}}
	return r
}
