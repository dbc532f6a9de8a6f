//go:build !unix

package intake

import "errors"

// mkfifo: Windows has no named pipes in the file system; the test skips.
func mkfifo(string) error { return errors.New("no FIFOs on this system") }
