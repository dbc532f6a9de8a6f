// Package lazy defers start-up work to first use: a regular expression is
// compiled the first time it is needed, not when the program starts, so
// commands that never need it (`reportpipe --help`, `init`) start at once.
package lazy

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled on first use. It is safe for
// concurrent use; an expression that does not compile panics on first use,
// as regexp.MustCompile would at start-up (tests catch it either way).
type Regexp struct {
	expr string
	get  func() *regexp.Regexp
}

// Re returns a Regexp for expr, not yet compiled.
func Re(expr string) *Regexp {
	return &Regexp{expr: expr, get: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })}
}

// Get returns the compiled expression, compiling it the first time.
func (r *Regexp) Get() *regexp.Regexp { return r.get() }

// String returns the source text of the expression.
func (r *Regexp) String() string { return r.expr }
