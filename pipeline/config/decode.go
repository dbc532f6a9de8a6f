package config

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// decodeError turns mapstructure's report ("decoding failed due to the
// following error(s):\n\n'watch.poll' ...") into one *Error per problem,
// each blamed on where its value came from: a value set by an environment
// variable names the variable, since the file may not hold the key at all.
func decodeError(path string, err error) error {
	var errs []error
	for _, part := range decodeParts(err) {
		key := quotedKey(part)
		msg := plainDecode(part)
		if val, ok := os.LookupEnv(EnvName(key)); ok && key != "" {
			errs = append(errs, &Error{Msg: fmt.Sprintf("the environment variable %s=%q: %s; change or unset the variable",
				EnvName(key), val, msg)})
			continue
		}
		errs = append(errs, &Error{File: path, Msg: msg})
	}
	return errors.Join(errs...)
}

// decodeParts splits the report into its problems, one a line.
func decodeParts(err error) []string {
	s := strings.TrimPrefix(err.Error(), "decoding failed due to the following error(s):")
	var parts []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			parts = append(parts, line)
		}
	}
	return parts
}

// quotedKey is the key a problem names in quotes ('llm.allow_remote'), or "".
func quotedKey(part string) string {
	if !strings.HasPrefix(part, "'") {
		return ""
	}
	key, _, ok := strings.Cut(part[1:], "'")
	if !ok {
		return ""
	}
	return key
}

// plainDecode says a wrong true/false value in words rather than in
// strconv's.
func plainDecode(part string) string {
	if i := strings.Index(part, " cannot parse value as 'bool'"); i >= 0 {
		return part[:i] + " is not true or false (write true or false)"
	}
	return part
}
