package assemble

import "github.com/reportpipe/reportpipe/pipeline/model"

// IdentifyMapped names the agency behind one mapped document exactly as
// Assemble will, so a step before assembly (the reviewers' placement
// decisions, keyed by agency) agrees with it.
func (a *Agencies) IdentifyMapped(m Mapped, agencies []model.Agency) Identity {
	return identifyDoc(a, m, agencies)
}
