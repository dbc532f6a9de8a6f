//go:build !unix

package intake

import "os"

// openNoBlock opens path for reading; systems without FIFOs in the file
// system need nothing more.
func openNoBlock(path string) (*os.File, error) { return os.Open(path) }
