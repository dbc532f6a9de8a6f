package docx

// analysis writes the analysis section after the statements.
func (w *writer) analysis() {
	if w.r.Analysis == nil {
		return
	}
}
