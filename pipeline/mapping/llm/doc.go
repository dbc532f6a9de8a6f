// Package llm is the optional language-model second opinion for mapping.
// It owns the privacy guard (nothing is sent unless the mode is not "off",
// and an endpoint off this machine needs llm.allow_remote), the client that
// speaks the OpenAI chat-completions API with retries, and the Mapper that
// asks a model to label blocks with template sections under a strict JSON
// schema. The model only ever labels: every placement keeps the extracted
// block, so no text in the report can come from the model. Any answer that
// fails validation, and any error, gives the rule mapping for that document
// and a Note saying so; the Sent record says what left the machine.
package llm
