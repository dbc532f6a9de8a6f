package llm

// Options are what the mapper needs of the llm section of the
// configuration beyond the client's llm.Settings; the wiring copies them
// in, so this package does not depend on pipeline/config.
type Options struct {
	// Mode is llm.ModeAssist (ask about the blocks the rules are unsure of)
	// or llm.ModeFull (ask about every block but the title).
	Mode string
	// Threshold is the confidence under which assist mode asks.
	Threshold float64
}
