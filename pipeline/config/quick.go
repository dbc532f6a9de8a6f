package config

import (
	"os"
	"strings"

	"github.com/spf13/pflag"
)

// nothingSet reports whether no configuration file, no REPORTPIPE_
// environment variable and no configuration flag is given: then the
// configuration is the defaults, and Load need not build a viper, bind
// every key to the environment and decode (millions of instructions that
// `inspect` of one file outside a workspace would spend before reading it).
func nothingSet(path string, flags *pflag.FlagSet) bool {
	if path != "" {
		return false
	}
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "REPORTPIPE_") {
			return false
		}
	}
	set := false
	if flags != nil {
		flags.Visit(func(f *pflag.Flag) {
			if _, ok := FlagKeys[f.Name]; ok {
				set = true
			}
		})
	}
	return !set
}
