package llm

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// The modes of Settings.Mode (llm.mode in the configuration).
const (
	ModeOff    = "off"
	ModeAssist = "assist"
	ModeFull   = "full"
)

// configError is a refusal as a *ConfigError, so the caller maps it to the
// usage exit code like any other configuration mistake.
func configError(key, detail, hint string) error {
	return &ConfigError{Key: key, Msg: detail + ". " + hint}
}

// CheckMode refuses "off" (the caller should not build a model at all) and
// anything that is not a known mode. NewClient applies it; a user of a
// shared Client that has a mode of its own (the mapper) applies it too.
func CheckMode(mode string) error {
	switch mode {
	case ModeAssist, ModeFull:
		return nil
	case ModeOff, "":
		return configError("llm.mode", "the language model is off",
			"Set llm.mode to assist or full to use it; with off nothing is sent")
	}
	return configError("llm.mode", fmt.Sprintf("%q is not a mode", mode), "Use off, assist or full")
}

// checkEndpoint applies the privacy guard to the base URL: it must be an
// http(s) URL, and a host that is not this machine needs allowRemote, so
// statements never leave the machine unless the business manager said so.
func checkEndpoint(base string, allowRemote bool) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(base))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, configError("llm.base_url", fmt.Sprintf("%q is not an http or https URL", base),
			"Give the server's address, e.g. http://127.0.0.1:11434/v1 for a local Ollama")
	}
	if !allowRemote && !IsLoopback(u.Hostname()) {
		return nil, configError("llm.allow_remote",
			fmt.Sprintf("the language model at %s is not on this machine, and statements would be sent to it", u.Host),
			"Set llm.allow_remote: true only if the board has agreed to send statement text there; otherwise use a local server such as http://127.0.0.1:11434/v1")
	}
	return u, nil
}

// IsLoopback reports whether host (a name or an IP, without port) is this
// machine: exactly "localhost", or a literal address in 127.0.0.0/8 or ::1.
// Nothing is resolved: any other name is remote, even one that resolves
// locally today ("localhost." with its trailing dot is a name DNS answers,
// and a DNS answer must not decide where statement text goes).
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.TrimPrefix(strings.TrimSuffix(host, "]"), "["))
	return ip != nil && ip.IsLoopback()
}
