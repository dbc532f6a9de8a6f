package llm

import "time"

// Settings are what the client needs from the llm section of the
// configuration. They are a plain copy, made by the wiring, so this package
// and the stages that use it do not depend on pipeline/config (and viper).
type Settings struct {
	Mode    string // ModeAssist or ModeFull; anything else is refused
	BaseURL string // the server's OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1
	Model   string // the model the server runs
	// APIKeyEnv names the environment variable holding the key; the key
	// itself is never part of the settings, so it cannot end up in a log.
	APIKeyEnv   string
	Timeout     time.Duration // per attempt; 0 means 60 s
	Concurrency int           // requests in flight at once; under 1 means 1
	// AllowRemote lets BaseURL point off this machine, which sends statement
	// text there: only when the board has agreed to it.
	AllowRemote bool
	// MaxAnswerBytes bounds one answer's size; 0 means DefaultMaxAnswerBytes.
	MaxAnswerBytes int64
	// Budget bounds the wall time of all requests of one run (from
	// Client.BeginRun); 0 means none.
	Budget time.Duration
}
