//go:build unix

package intake

import (
	"os"
	"syscall"
)

// openNoBlock opens path for reading with O_NONBLOCK, which lets the open
// of a FIFO with no writer return at once instead of waiting for one; it
// changes nothing for a regular file.
func openNoBlock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
