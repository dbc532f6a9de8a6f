// Package llm is the optional language-model second opinion for mapping:
// the Mapper that asks a model to label blocks with template sections under
// a strict JSON schema, the prompt it sends and the validation of the
// answer. It asks through the shared client of pipeline/llm, which owns the
// privacy guard, the retries and the record of what was sent. The model
// only ever labels: every placement keeps the extracted block, so no text in
// the report can come from the model. Any answer that fails validation, and
// any error of the client, gives the rule mapping for that document and a
// Note saying so.
package llm
