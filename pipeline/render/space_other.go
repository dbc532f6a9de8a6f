//go:build !(linux || darwin || freebsd)

package render

// freeBytes cannot tell the free space here; the writer then relies on the
// write errors themselves, which still leave no partial set.
func freeBytes(string) (uint64, bool) { return 0, false }
