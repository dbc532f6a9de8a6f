// Package llmtest is a fake OpenAI-compatible chat server on httptest, for
// the tests of the packages that use pipeline/llm (the client itself, the
// mapper and the draft notes), so none of them touches the network and
// they share one fake instead of a copy each. It imports nothing of
// reportpipe, so the tests inside pipeline/llm can use it too.
package llmtest
