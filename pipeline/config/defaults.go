package config

import "time"

// Default returns the configuration used when nothing is set.
func Default() Config {
	return Config{
		Paths: Paths{Submissions: "submissions", Output: "output", Chapters: "chapters"},
		Report: Report{
			Board:            "Local Safeguarding Children Board",
			Title:            "Annual Report",
			Period:           "",
			StatementsNumber: "7",
			StatementsTitle:  "Partner Agency Annual Statements",
			Name:             "annual-report",
		},
		Mapping:  Mapping{LowConfidence: 0.6},
		Analysis: Analysis{TrainingTarget: 90, ThinWords: 40},
		LLM: LLM{
			Mode: "off", BaseURL: "http://127.0.0.1:11434/v1", Model: "llama3.1",
			APIKeyEnv: "REPORTPIPE_LLM_API_KEY", Timeout: 60 * time.Second,
			Concurrency: 2, Threshold: 0.6,
			MaxAnswerBytes: 2 << 20, Budget: 10 * time.Minute,
		},
		Watch:  Watch{Poll: 3 * time.Second, Settle: 2 * time.Second},
		Limits: Limits{MaxBlocks: 5000, MaxWords: 300000, MaxFiles: 5000, MaxBytes: 2 << 30},
	}
}
