package config

import (
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Config is the whole configuration. Stages receive the part they need.
type Config struct {
	Paths    Paths    `mapstructure:"paths"`
	Report   Report   `mapstructure:"report"`
	Agencies []Agency `mapstructure:"agencies"`
	Mapping  Mapping  `mapstructure:"mapping"`
	Analysis Analysis `mapstructure:"analysis"`
	LLM      LLM      `mapstructure:"llm"`
	Watch    Watch    `mapstructure:"watch"`
	Intake   Intake   `mapstructure:"intake"`
	Limits   Limits   `mapstructure:"limits"`
	// Parts is the report outline (see Part and Outline); empty: the
	// report is the statements part and the analysis.
	Parts []Part `mapstructure:"outline"`
}

// Intake tunes how the submissions folder is read.
type Intake struct {
	// FollowLinks: read files that symbolic links in the folder point to
	// outside it. Off, such links are listed and not read.
	FollowLinks bool `mapstructure:"follow_links"`
	// AllowAnyFolder lets the submissions folder be / or a home folder, or
	// hold more than limits.max_files or limits.max_bytes: off, such a
	// folder is refused as a likely mistake.
	AllowAnyFolder bool `mapstructure:"allow_any_folder"`
}

// Paths are the folders and files reportpipe reads and writes.
type Paths struct {
	Submissions string `mapstructure:"submissions"`
	Output      string `mapstructure:"output"`
	// Template is the template YAML; empty means the built-in one.
	Template string `mapstructure:"template"`
	// ReferenceDocx is the Word file whose styles the draft uses; empty means built-in.
	ReferenceDocx string `mapstructure:"reference_docx"`
	// Chapters is the folder the board's own chapters and table files
	// (outline parts) are saved in.
	Chapters string `mapstructure:"chapters"`
	// Decisions is the reviewers' placement decisions file (decisions.yaml);
	// empty means decisions.yaml beside the configuration file.
	Decisions string `mapstructure:"decisions"`
}

// Report describes the report being compiled.
type Report struct {
	Board            string `mapstructure:"board"`
	Title            string `mapstructure:"title"`
	Period           string `mapstructure:"period"`
	StatementsNumber string `mapstructure:"statements_number"`
	StatementsTitle  string `mapstructure:"statements_title"`
	// StatementsIntro opens the statements part, before the key; empty
	// means the built-in introduction.
	StatementsIntro string `mapstructure:"statements_intro"`
	// Deadline for submissions (YYYY-MM-DD), shown in status; empty for none.
	Deadline string `mapstructure:"deadline"`
	// Name is the stem of output file names.
	Name string `mapstructure:"name"`
}

// Agency is one expected partner. It is the model's type, so stages take
// the configured agencies without importing this package.
type Agency = model.Agency

// Mapping tunes the rule mapper.
type Mapping struct {
	// LowConfidence is the confidence under which a placement is flagged.
	LowConfidence float64 `mapstructure:"low_confidence"`
}

// Analysis tunes the analyses.
type Analysis struct {
	TrainingTarget float64 `mapstructure:"training_target"` // percent
	// ThinWords: a section with fewer words is "thin".
	ThinWords int `mapstructure:"thin_words"`
	// Previous is last year's report (a reportpipe JSON draft, or the
	// published DOCX or PDF), whose Key Areas for Development this year's
	// statements are followed up against; "" for none. Relative to the
	// configuration file's folder.
	Previous string `mapstructure:"previous"`
	// Checklist is the yearly report's expected content; empty keeps the
	// built-in list (analysis.DefaultChecklist).
	Checklist []ChecklistItem `mapstructure:"checklist"`
}

// ChecklistItem is one item of the expected content: the sentences holding
// one of its wordings meet it.
type ChecklistItem struct {
	Key      string   `mapstructure:"key"`
	Title    string   `mapstructure:"title"`
	Wordings []string `mapstructure:"wordings"`
}

// LLM configures the optional language model.
type LLM struct {
	Mode        string        `mapstructure:"mode"` // off, assist, full
	BaseURL     string        `mapstructure:"base_url"`
	Model       string        `mapstructure:"model"`
	APIKeyEnv   string        `mapstructure:"api_key_env"`
	Timeout     time.Duration `mapstructure:"timeout"`
	Concurrency int           `mapstructure:"concurrency"`
	Threshold   float64       `mapstructure:"threshold"`
	AllowRemote bool          `mapstructure:"allow_remote"`
	Notes       bool          `mapstructure:"notes"`
	// MaxAnswerBytes bounds one answer; a longer one is refused unread.
	MaxAnswerBytes int64 `mapstructure:"max_answer_bytes"`
	// Budget bounds the wall time of all model requests of one run.
	Budget time.Duration `mapstructure:"budget"`
}

// Watch tunes watch mode.
type Watch struct {
	Poll   time.Duration `mapstructure:"poll"`
	Settle time.Duration `mapstructure:"settle"`
}

// Limits bound what one submitted document may be: a document far longer
// than any statement is refused after extraction, before it costs the run
// its mapping, analysis and rendering.
type Limits struct {
	MaxBlocks int `mapstructure:"max_blocks"` // headings, paragraphs, list items and tables
	MaxWords  int `mapstructure:"max_words"`
	// MaxFiles and MaxBytes bound the submissions folder: past either it
	// is refused (exit 2) unless intake.allow_any_folder is true.
	MaxFiles int   `mapstructure:"max_files"`
	MaxBytes int64 `mapstructure:"max_bytes"`
}
