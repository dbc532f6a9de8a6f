package markdown

// analysis writes the analysis section after the statements.
func (m *writer) analysis() {
	if m.r.Analysis == nil {
		return
	}
}
