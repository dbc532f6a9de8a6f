// Package llm is the one client reportpipe has for an OpenAI-compatible
// language model, shared by the mapping second opinion (mapping/llm) and the
// draft analysis notes (analysis/notes). It owns the privacy guard (nothing
// is sent unless the mode is assist or full, and an endpoint off this
// machine needs AllowRemote), the chat request under a strict JSON schema,
// bounded retries of 429 and 5xx with backoff, the concurrency limit, the
// refusal to follow redirects, and the Sent record of what left the machine.
// It knows nothing of statements or prompts: callers build those. It takes a
// plain Settings value, not the configuration, so no stage depends on
// pipeline/config; a refusal is a *ConfigError naming the setting to change.
package llm
