package buildinfo

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// Version is the line `reportpipe version` prints for stamped, the version
// make dist stamps into each executable (-ldflags "-X main.version=...";
// "dev" when not stamped). A build made without make dist also names the
// commit it was built from, when the go tool recorded it.
func Version(stamped string) string {
	v := stamped
	if info, ok := debug.ReadBuildInfo(); ok && v == "dev" {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " (" + s.Value[:12] + ")"
			}
		}
	}
	return fmt.Sprintf("reportpipe %s %s/%s %s", v, runtime.GOOS, runtime.GOARCH, runtime.Version())
}
