package extract

import "time"

// Slow is an Extractor that may need more than Limits.Timeout: one that
// runs an external program (OCR) after its own reading. It bounds that
// program itself; the registry only widens its outer deadline by
// ExtraTime, so a hung program is still stopped.
type Slow interface {
	Extractor
	ExtraTime() time.Duration
}

// extraTime is the time ex may take beyond Limits.Timeout.
func extraTime(ex Extractor) time.Duration {
	if s, ok := ex.(Slow); ok {
		return s.ExtraTime()
	}
	return 0
}
