package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// heldModel starts a fake language model that answers no request: each is
// held until the client gives up or the test ends, so a run that asks it is
// stopped in the middle of its work, deterministically. It returns the
// environment that points reportpipe at it, and a channel that receives
// once for every request.
func heldModel(t *testing.T) (env []string, asked <-chan struct{}) {
	t.Helper()
	got := make(chan struct{}, 16)
	release := make(chan struct{})
	model := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got <- struct{}{}
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	t.Cleanup(model.Close)
	t.Cleanup(func() { close(release) }) // runs first: the held requests end, then the server
	return []string{"REPORTPIPE_LLM_BASE_URL=" + model.URL + "/v1", "REPORTPIPE_LLM_MODEL=held", "REPORTPIPE_LLM_TIMEOUT=10m"}, got
}
