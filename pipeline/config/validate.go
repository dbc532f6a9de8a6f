package config

import (
	"errors"
	"fmt"
	"net/mail"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/reportpipe/reportpipe/pipeline/llm"
)

// LLMModes are the allowed values of llm.mode.
var LLMModes = []string{"off", "assist", "full"}

// Validate checks every key and returns one *Error per problem (joined), each
// naming the key and what it allows; nil when the configuration is usable.
func (c Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, &Error{Key: key, Msg: fmt.Sprintf(format, args...)})
	}
	c.validatePaths(bad)
	c.validateFolders(bad)
	c.validateReport(bad)
	c.validateAgencies(bad)
	c.validateOutline(bad)
	between(bad, "mapping.low_confidence", c.Mapping.LowConfidence, 0, 1)
	between(bad, "analysis.training_target", c.Analysis.TrainingTarget, 0, 100)
	if c.Analysis.ThinWords < 0 {
		bad("analysis.thin_words", "%d is negative; use 0 to turn the check off", c.Analysis.ThinWords)
	}
	c.validateChecklist(bad)
	c.validateLLM(bad)
	positive(bad, "watch.poll", c.Watch.Poll)
	if c.Watch.Settle < 0 {
		bad("watch.settle", "%s is negative", c.Watch.Settle)
	}
	if c.Limits.MaxBlocks < 1 {
		bad("limits.max_blocks", "%d must be at least 1 (statements have a few hundred blocks)", c.Limits.MaxBlocks)
	}
	if c.Limits.MaxFiles < 1 {
		bad("limits.max_files", "%d must be at least 1 (a year's submissions are a few dozen files)", c.Limits.MaxFiles)
	}
	if c.Limits.MaxBytes < 1 {
		bad("limits.max_bytes", "%d must be at least 1 (a year's submissions are a few hundred MB at most)", c.Limits.MaxBytes)
	}
	if c.Limits.MaxWords < 1 {
		bad("limits.max_words", "%d must be at least 1 (statements have a few thousand words)", c.Limits.MaxWords)
	}
	return errors.Join(errs...)
}

type badFunc func(key, format string, args ...any)

func between(bad badFunc, key string, v, lo, hi float64) {
	if v < lo || v > hi {
		bad(key, "%g is outside %g..%g", v, lo, hi)
	}
}

func positive(bad badFunc, key string, d time.Duration) {
	if d <= 0 {
		bad(key, "%s must be more than zero (write it like 500ms, 3s or 2m)", d)
	}
}

func (c Config) validatePaths(bad badFunc) {
	if strings.TrimSpace(c.Paths.Submissions) == "" {
		bad("paths.submissions", "is empty; name the folder the submissions are saved in")
	}
	if strings.TrimSpace(c.Paths.Output) == "" {
		bad("paths.output", "is empty; name the folder the drafts are written to")
	}
}

func (c Config) validateReport(bad badFunc) {
	if d := c.Report.Deadline; d != "" {
		if _, err := time.Parse("2006-01-02", d); err != nil {
			bad("report.deadline", "%q is not a date written YYYY-MM-DD (e.g. 2016-11-30)", d)
		}
	}
	n := c.Report.Name
	if strings.TrimSpace(n) == "" {
		bad("report.name", "is empty; it is the start of every output file name")
	} else if strings.ContainsAny(n, `/\:*?"<>|`) {
		bad("report.name", "%q holds a character not allowed in file names (/ \\ : * ? \" < > |)", n)
	} else if len(n) > maxNameBytes {
		bad("report.name", "is %d characters (%d bytes) long, too long for a file name: every draft is named <report.name>-draft-<date and time>.docx and file systems allow 255 bytes per name. Shorten it to %d bytes or fewer (a plain letter or digit is one byte)",
			utf8.RuneCountInString(n), len(n), maxNameBytes)
	}
}

// maxNameBytes bounds report.name so that the longest draft name
// ("-draft-20261126-093015-1000.docx" added) still fits the 255 bytes most
// file systems allow.
const maxNameBytes = 200

// validateAgencies checks names and that no name or alias is claimed by two
// agencies, since identification would then be a coin toss.
func (c Config) validateAgencies(bad badFunc) {
	owner := map[string]string{}
	claim := func(key, name string) {
		k := strings.ToLower(strings.TrimSpace(name))
		if prev, ok := owner[k]; ok {
			bad(key, "%q is already used by %s; each name and alias must identify one agency", name, prev)
			return
		}
		owner[k] = key
	}
	for i, a := range c.Agencies {
		key := fmt.Sprintf("agencies[%d]", i)
		if strings.TrimSpace(a.Name) == "" {
			bad(key+".name", "is empty")
		} else {
			claim(key+".name", a.Name)
		}
		for j, al := range a.Aliases {
			akey := fmt.Sprintf("%s.aliases[%d]", key, j)
			if strings.TrimSpace(al) == "" {
				bad(akey, "is empty")
				continue
			}
			claim(akey, al)
		}
		if a.Contact != "" {
			if _, err := mail.ParseAddress(a.Contact); err != nil {
				bad(key+".contact", "%q is not an e-mail address (write name@example.org or \"Name <name@example.org>\")", a.Contact)
			}
		}
	}
	c.validateNumbers(bad)
}

// validateNumbers checks that no two agencies end up with the same number
// in the report, counting the numbers that follow from the list's order
// (an agency without a number is one more than the one before it).
func (c Config) validateNumbers(bad badFunc) {
	holder := map[int]string{}
	prev := 0
	for i, a := range c.Agencies {
		key := fmt.Sprintf("agencies[%d].number", i)
		num := a.Number
		if num < 0 {
			bad(key, "%d is negative; give a whole number from 1 (5 makes the statement %s.5)", num, c.Report.StatementsNumber)
			continue
		}
		if num == 0 {
			num = prev + 1
		}
		prev = num
		if other, ok := holder[num]; ok {
			bad(key, "%s would be numbered %d, which %s already has; give one of them another number", a.Name, num, other)
			continue
		}
		holder[num] = a.Name
	}
}

func (c Config) validateLLM(bad badFunc) {
	l := c.LLM
	if !slices.Contains(LLMModes, l.Mode) {
		bad("llm.mode", "%q is not one of %s", l.Mode, strings.Join(LLMModes, ", "))
	}
	between(bad, "llm.threshold", l.Threshold, 0, 1)
	positive(bad, "llm.timeout", l.Timeout)
	if l.Concurrency < 1 || l.Concurrency > 64 {
		bad("llm.concurrency", "%d is outside 1..64", l.Concurrency)
	}
	if l.MaxAnswerBytes < 1024 {
		bad("llm.max_answer_bytes", "%d is under 1024; even a short answer needs a few kilobytes (the default is 2097152, 2 MB)", l.MaxAnswerBytes)
	}
	positive(bad, "llm.budget", l.Budget)
	if l.Mode == "off" {
		return
	}
	if strings.TrimSpace(l.Model) == "" {
		bad("llm.model", "is empty; name the model to use when llm.mode is %q", l.Mode)
	}
	u, err := url.Parse(l.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("llm.base_url", "%q is not an http(s) URL such as http://127.0.0.1:11434/v1", l.BaseURL)
		return
	}
	// The client's own guard decides what is this machine, so the two
	// checks cannot disagree about a host.
	if !l.AllowRemote && !llm.IsLoopback(u.Hostname()) {
		bad("llm.base_url", "%q is not on this machine; statement text would leave it. Set llm.allow_remote: true only if that is agreed", l.BaseURL)
	}
}

// validateChecklist checks analysis.checklist: every item needs a key, a
// title and at least one wording, and keys are unique.
func (c Config) validateChecklist(bad badFunc) {
	seen := map[string]bool{}
	for i, it := range c.Analysis.Checklist {
		key := fmt.Sprintf("analysis.checklist[%d]", i)
		switch {
		case strings.TrimSpace(it.Key) == "":
			bad(key+".key", "is empty; give each item a short key such as feedback")
		case seen[it.Key]:
			bad(key+".key", "%q is used twice", it.Key)
		}
		seen[it.Key] = true
		if strings.TrimSpace(it.Title) == "" {
			bad(key+".title", "is empty; the title is what the analysis shows")
		}
		if len(it.Wordings) == 0 {
			bad(key+".wordings", "is empty; list the words whose presence meets the item")
		}
	}
}
