package config

import "strings"

// decodeMsg shortens mapstructure's report ("decoding failed due to the
// following error(s):\n\n'watch.poll' ...") to one line, keeping each
// quoted key with its problem.
func decodeMsg(err error) string {
	s := strings.TrimPrefix(err.Error(), "decoding failed due to the following error(s):")
	var parts []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			parts = append(parts, line)
		}
	}
	return strings.Join(parts, "; ")
}
