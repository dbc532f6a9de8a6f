package exampleconfig

import (
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

func TestNewBoard(t *testing.T) {
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	var cfg struct {
		Report struct {
			Board, Title, Period, Deadline, Name string
		}
		Agencies []any
	}
	data := NewBoard(now)
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		t.Fatalf("not YAML: %v\n%s", err, data)
	}
	r := cfg.Report
	if r.Board != BoardPlaceholder || r.Title != TitlePlaceholder || r.Period != "2025-26" ||
		r.Deadline != "2027-01-12" || r.Name != "annual-report" || len(cfg.Agencies) != 0 {
		t.Errorf("report %+v agencies %v", r, cfg.Agencies)
	}
	if strings.Contains(string(data), "Riverside Local Safeguarding") || !strings.Contains(string(data), "#  - name: Northgate Police") {
		t.Error("the new board's config must hold no example board, and an example agency only as a comment")
	}
}

func TestPeriod(t *testing.T) {
	for date, want := range map[string]string{"2026-03-31": "2024-25", "2026-04-01": "2025-26", "2027-01-15": "2025-26"} {
		d, _ := time.Parse("2006-01-02", date)
		if got := Period(d); got != want {
			t.Errorf("Period(%s) = %s, want %s", date, got, want)
		}
	}
}
