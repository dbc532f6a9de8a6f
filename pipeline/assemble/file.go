package assemble

import "github.com/reportpipe/reportpipe/pipeline/model"

// File assembles the documents of one submission file (an e-mail gives one
// per attachment) into one Statement, for a per-file view such as inspect
// and eval: copies of one statement (a DOCX and its PDF) resolve to one as
// in a run; distinct documents follow each other, inspection summaries
// first; the agency is that of the first document used. It returns nil when
// docs is empty.
func File(docs []Mapped, opt Options) *model.Statement {
	if len(docs) == 0 {
		return nil
	}
	ids := NewAgencies(opt.Agencies)
	byKey := map[string]int{}
	cands := make([]Candidate, len(docs))
	for i, m := range docs {
		// One agency for the whole file, so every document is compared.
		cands[i] = candidateOf(m, Identity{Agency: "one file"}, nil)
		byKey[cands[i].Key] = i
	}
	use, superseded := ResolveVersions(cands)
	var parts []Mapped
	for _, c := range use {
		parts = append(parts, docs[byKey[c.Key]])
	}
	id := identifyDoc(ids, parts[0], opt.Agencies)
	st := statement(id.Agency, id.Known, parts, opt)
	for _, s := range superseded {
		if s.Doubt {
			st.Flags = append(st.Flags, versionDoubt(s, docs[byKey[s.By]].Doc, docs[byKey[s.Key]].Doc))
		}
	}
	st.Flags = append(st.Flags, agencyDoubts([]int{0}, []Identity{id})...)
	return st
}
