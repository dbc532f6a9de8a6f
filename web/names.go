package web

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNameBytes keeps a saved name well inside every system's limit.
const maxNameBytes = 180

// windowsReserved are device names Windows will not open as files, with
// any extension.
var windowsReserved = map[string]bool{"CON": true, "PRN": true, "AUX": true, "NUL": true,
	"COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true, "COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true, "LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true}

// checkName refuses an upload's name that is not a plain file name that
// saves the same on Windows, macOS and Linux: a path (any separator, "..",
// a drive), a hidden name, control or reserved characters, a device name,
// a trailing dot or space, or one too long. It never rewrites a name into
// another: the agency's own file name is part of what tells versions apart.
func checkName(name string) error {
	switch {
	case name == "" || !utf8.ValidString(name):
		return fmt.Errorf("the file has no readable name")
	case strings.ContainsAny(name, `/\`) || strings.Contains(name, "..") || filepath.VolumeName(name) != "":
		return fmt.Errorf("the name %q is a path, not a file name", name)
	case len(name) > maxNameBytes:
		return fmt.Errorf("the name is longer than %d bytes: rename the file shorter", maxNameBytes)
	case strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~"):
		return fmt.Errorf("the name %q is that of a hidden, lock or temporary file", name)
	case strings.HasSuffix(name, ".") || strings.HasSuffix(name, " ") || strings.HasPrefix(name, " "):
		return fmt.Errorf("the name %q starts or ends with a space or a dot, which Windows cannot keep", name)
	case strings.ContainsAny(name, `<>:"|?*`):
		return fmt.Errorf("the name %q holds a character Windows does not allow in file names (< > : \" | ? *)", name)
	}
	for _, r := range name {
		if unicode.IsControl(r) || r == utf8.RuneError || unicode.Is(unicode.Cf, r) {
			return fmt.Errorf("the name %q holds a control or invisible character", name)
		}
	}
	stem := strings.ToUpper(strings.TrimSpace(strings.SplitN(name, ".", 2)[0]))
	if windowsReserved[stem] {
		return fmt.Errorf("the name %q is a device name on Windows", name)
	}
	return nil
}

// numbered is name with " (n)" before its extension: the next free name
// when the agency's file name is taken already.
func numbered(name string, n int) string {
	ext := filepath.Ext(name)
	return fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(name, ext), n, ext)
}
