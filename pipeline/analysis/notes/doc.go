// Package notes drafts short notes for the reviewer's analysis section with
// the optional language model. It sends only the deterministic analysis
// facts (never statement text or possible personal data), asks for notes
// that cite the facts and agencies they rest on under a strict JSON schema,
// and keeps only notes whose citations check out against the statements:
// a note citing nothing, an unknown agency or fact, or a figure that no cited
// fact holds is dropped with a reason. The notes are model.DraftNote values,
// drafts for a person to check, never report text.
package notes
