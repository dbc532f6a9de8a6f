// Package logging makes reportpipe's logger: log/slog, plain text for a
// person at a terminal by default, JSON lines for machines.
package logging

import (
	"io"
	"log/slog"
)

// NewLogger returns a logger writing to w at level and above: JSON lines
// when json is set, slog's key=value text otherwise.
func NewLogger(w io.Writer, json bool, level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if json {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
