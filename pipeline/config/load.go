package config

import (
	"fmt"

	"github.com/spf13/viper"
)

// Load reads the YAML file at path (empty: defaults only) over the defaults.
// It is the minimal loader; env overrides and validation build on it.
func Load(path string) (Config, error) {
	cfg := Default()
	if path == "" {
		return cfg, nil
	}
	v := viper.New()
	v.SetConfigFile(path)
	if err := v.ReadInConfig(); err != nil {
		return cfg, fmt.Errorf("config %s: %w", path, err)
	}
	if err := v.Unmarshal(&cfg); err != nil {
		return cfg, fmt.Errorf("config %s: %w", path, err)
	}
	return cfg, nil
}
