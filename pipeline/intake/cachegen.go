package intake

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"sync"
)

// generation names the build of reportpipe that fills the cache: the
// running executable's size and modification time. A new or rebuilt binary
// (a fixed reader, a new block rule) gets a fresh cache folder instead of
// trusting what an older reader extracted, without anyone remembering to
// bump CacheVersion. It costs one stat, not a hash of the binary.
// Whether tesseract is installed is part of it too: a PDF page read badly
// without OCR is read again once OCR can read it.
var generation = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return "unknown"
	}
	info, err := os.Stat(exe)
	if err != nil {
		return "unknown"
	}
	_, noOCR := exec.LookPath("tesseract")
	sum := sha256.Sum256(fmt.Appendf(nil, "%d|%d|%d|%t", CacheVersion, info.Size(), info.ModTime().UnixNano(), noOCR == nil))
	return hex.EncodeToString(sum[:6])
})
