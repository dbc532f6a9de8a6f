//go:build !unix

package operatorfile

import "os"

func openNoBlock(path string) (*os.File, error) { return os.Open(path) }
