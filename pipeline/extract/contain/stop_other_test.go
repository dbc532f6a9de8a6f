//go:build !unix

package contain_test

// stopSelf: reader processes are Linux only; the tests that use it skip.
func stopSelf() {}

// spinPastCPULimit: reader processes are Linux only; the test that uses it skips.
func spinPastCPULimit() {}
