package llm

// ConfigError is a refusal by the privacy guard or a missing setting: Key
// names the configuration key as it is written in the file ("llm.mode",
// "llm.allow_remote") and Msg says what is wrong and what to do. It is a
// configuration mistake, not a fault, so the wiring turns it into the
// configuration's own error and the command exits with the usage code.
type ConfigError struct {
	Key string
	Msg string
}

func (e *ConfigError) Error() string { return e.Key + ": " + e.Msg }
