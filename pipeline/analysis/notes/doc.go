// Package notes drafts short notes for the reviewer's analysis section with
// the optional language model. It sends only the deterministic analysis
// facts (never statement text or possible personal data), asks for notes
// that cite the facts and agencies they rest on under a strict JSON schema,
// and keeps only notes that check out: a note citing nothing, an unknown
// agency or fact, or with a sentence whose figures or key terms are not in
// its sources (the cited facts and the blocks they cite, read here and
// never sent) is dropped with a reason naming the sentence and what it
// lacks. The rule is in pipeline/analysis/README.md. The notes are
// model.DraftNote values, drafts for a person to check, never report text.
package notes
