package config

import (
	"reflect"
	"testing"
)

// With no file, no REPORTPIPE_ variable and no flag, Load gives the
// defaults without viper; one variable set is still read.
func TestLoadNothingSetIsTheDefaults(t *testing.T) {
	t.Chdir(t.TempDir())
	cfg, path, err := LoadFrom("", nil)
	if err != nil || path != "" || !reflect.DeepEqual(cfg, Default()) {
		t.Fatalf("nothing set: %v %q, want the defaults", err, path)
	}
	t.Setenv("REPORTPIPE_REPORT_TITLE", "Annual Report 2026")
	if cfg, _, err := LoadFrom("", nil); err != nil || cfg.Report.Title != "Annual Report 2026" {
		t.Errorf("an environment variable was not read: %q %v", cfg.Report.Title, err)
	}
}
