package config

import (
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// FlagKeys maps a command-line flag name to the key it overrides. Load
// applies a flag only when the user set it on the command line, so a flag's
// own default never hides a value from the file or the environment.
var FlagKeys = map[string]string{
	"submissions": "paths.submissions",
	"output":      "paths.output",
	"template":    "paths.template",
	"poll":        "watch.poll",
	"settle":      "watch.settle",
	"llm":         "llm.mode",
	// allow-any-folder lets a run read / , a home folder or a huge folder.
	"allow-any-folder": "intake.allow_any_folder",
}

// AddPathFlags defines --submissions and --output on fs, the two folders
// most commands let a user point elsewhere for one run.
func AddPathFlags(fs *pflag.FlagSet) {
	fs.String("submissions", "", "folder of submissions (overrides paths.submissions)")
	fs.String("output", "", "folder for drafts (overrides paths.output)")
	fs.Bool("allow-any-folder", false, "read the submissions folder even if it is / , a home folder or larger than limits.max_files or limits.max_bytes")
}

// applyFlags sets in v every flag of fs that is in FlagKeys and was changed.
// v.Set is viper's top layer, above env and file.
func applyFlags(v *viper.Viper, fs *pflag.FlagSet) {
	if fs == nil {
		return
	}
	fs.Visit(func(f *pflag.Flag) {
		if key, ok := FlagKeys[f.Name]; ok {
			v.Set(key, f.Value.String())
		}
	})
}
