package config

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/reportpipe/reportpipe/internal/operatorfile"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"time"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"go.yaml.in/yaml/v3"
)

// SearchPaths are where Load looks, in the working directory, when no
// config file is named; reportpipe.yaml is also looked for in each parent
// folder, so a command run in a workspace's submissions/ finds its config.
var SearchPaths = []string{"reportpipe.yaml", filepath.Join("config", "reportpipe.yaml")}

// Load builds the configuration from, lowest first: the defaults, the YAML
// file at path, the REPORTPIPE_<SECTION>_<KEY> environment variables and the
// flags in flags that the user set (see FlagKeys; flags may be nil). An empty
// path means the first of SearchPaths that exists, or defaults alone. Relative
// paths written in the file resolve against the file's folder; those from
// env or flags against the working directory. The result is validated; every
// error is a *Error (several joined) naming the key.
func Load(path string, flags *pflag.FlagSet) (Config, error) {
	cfg, _, err := LoadFrom(path, flags)
	return cfg, err
}

// LoadFrom is Load that also returns the file it read ("" for none).
func LoadFrom(path string, flags *pflag.FlagSet) (Config, string, error) {
	cfg := Default()
	if path == "" {
		path = findConfig()
	}
	if nothingSet(path, flags) {
		return cfg, "", cfg.Validate()
	}
	v := viper.New()
	if path != "" {
		m, err := readFile(path)
		if err != nil {
			return cfg, path, err
		}
		if err := v.MergeConfigMap(m); err != nil {
			return cfg, path, &Error{File: path, Msg: err.Error()}
		}
	}
	v.SetEnvPrefix("REPORTPIPE")
	for _, k := range LeafKeys() {
		_ = v.BindEnv(k, EnvName(k)) // cannot fail: key and name are non-empty
	}
	applyFlags(v, flags)
	if err := v.Unmarshal(&cfg, viper.DecodeHook(decodeHook)); err != nil {
		return cfg, path, decodeError(path, err)
	}
	if cfg.Paths.Decisions == "" {
		cfg.Paths.Decisions = filepath.Join(filepath.Dir(path), DecisionsFile) // "." when there is no file
	}
	return cfg, path, cfg.Validate()
}

// DecisionsFile is the name of the reviewers' placement decisions file in a
// workspace, beside the configuration file unless paths.decisions says.
const DecisionsFile = "decisions.yaml"

func findConfig() string {
	for _, p := range SearchPaths {
		if isFile(p) {
			if abs, err := filepath.Abs(p); err == nil {
				return abs // so messages name the file wherever they are read
			}
			return p
		}
	}
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := filepath.Dir(wd); dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if p := filepath.Join(dir, SearchPaths[0]); isFile(p) {
			return p
		}
	}
	return ""
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// readFile parses the YAML file, refuses unknown keys and makes relative
// paths absolute against the file's folder.
func readFile(path string) (map[string]any, error) {
	data, err := operatorfile.Read(path, operatorfile.MaxConfig)
	if oe, ok := errors.AsType[*operatorfile.Error](err); ok {
		return nil, &Error{File: path, Msg: "cannot read the configuration file: it " + oe.Why}
	}
	var root yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return map[string]any{}, nil // an empty file: defaults
		}
		return nil, &Error{File: path, Msg: "not valid YAML: " + err.Error()}
	}
	if errs := checkKeys(path, &root, configTree(), ""); len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	m := map[string]any{}
	if err := root.Decode(&m); err != nil {
		return nil, &Error{File: path, Msg: "the file must be a mapping of sections (paths:, report:, agencies:, ...): " + err.Error()}
	}
	resolvePaths(m, filepath.Dir(path))
	return m, nil
}

// resolvePaths rewrites the relative strings under paths: against dir, so a
// config file means the same wherever reportpipe is started.
func resolvePaths(m map[string]any, dir string) {
	if a, ok := m["analysis"].(map[string]any); ok {
		if s, ok := a["previous"].(string); ok && s != "" && !filepath.IsAbs(s) {
			a["previous"] = filepath.Join(dir, s) // last year's report, a path too
		}
	}
	paths, ok := m["paths"].(map[string]any)
	if !ok {
		return
	}
	for k, val := range paths {
		if s, ok := val.(string); ok && s != "" && !filepath.IsAbs(s) {
			paths[k] = filepath.Join(dir, s)
		}
	}
}

// decodeHook turns strings into durations with a message that says how to
// write one, and keeps viper's comma-separated lists for aliases from env.
var decodeHook = mapstructure.ComposeDecodeHookFunc(
	func(from, to reflect.Type, data any) (any, error) {
		if to != durationType || from.Kind() != reflect.String {
			return data, nil
		}
		d, err := time.ParseDuration(data.(string))
		if err != nil {
			return nil, fmt.Errorf("%q is not a duration (write it like 500ms, 3s or 2m)", data)
		}
		return d, nil
	},
	mapstructure.StringToSliceHookFunc(","),
	// YAML reads an unquoted 2016-11-30 as a timestamp; keys hold it as text.
	func(from, to reflect.Type, data any) (any, error) {
		if t, ok := data.(time.Time); ok && to.Kind() == reflect.String {
			return t.Format("2006-01-02"), nil
		}
		return data, nil
	},
)
