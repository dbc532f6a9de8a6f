package config

import (
	"fmt"
	"net/mail"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Part is one part of the report outline (the outline key, a list in
// report order). Kind is one of PartKinds; File is a chapter's DOCX, ODT or
// Markdown file, or a table's CSV or XLSX file, in paths.chapters.
type Part struct {
	Kind  string `mapstructure:"part"`
	Title string `mapstructure:"title"`
	File  string `mapstructure:"file"`
	// Sheet is the XLSX sheet a table is read from; empty: the first.
	Sheet    string `mapstructure:"sheet"`
	Owner    string `mapstructure:"owner"`
	Contact  string `mapstructure:"contact"`
	Deadline string `mapstructure:"deadline"`
	// Number fixes the part's number; empty: one more than the numbered
	// part before it (appendices are lettered A, B, ... the same way).
	Number string `mapstructure:"number"`
	// Covers are the keys of the checklist items (analysis.checklist, or
	// the built-in one) this chapter is expected to hold evidence for: while
	// it is awaited, an item without evidence names it.
	Covers []string `mapstructure:"covers"`
}

// PartKinds are the allowed values of outline[].part.
var PartKinds = []string{string(model.PartChapter), string(model.PartStatements), string(model.PartAnalysis),
	string(model.PartTable), string(model.PartAppendix), string(model.PartKey)}

// Outline returns the configured parts with their numbers and titles
// decided, in order: what the pipeline fills and the renderers print. Nil
// when no outline is configured. Numbers come from the outline alone, never
// from which files have arrived, so a late chapter moves nothing.
func (c Config) Outline() []model.Part {
	var out []model.Part
	num, letter := 0, 0
	for _, p := range c.Parts {
		mp := model.Part{Kind: model.PartKind(p.Kind), Title: p.Title, File: p.File, Owner: p.Owner,
			Contact: p.Contact, Deadline: p.Deadline, Number: p.Number, Covers: p.Covers}
		switch mp.Kind {
		case model.PartKey:
			mp.Number = ""
		case model.PartAppendix:
			if n := letterIndex(p.Number); n > 0 {
				letter = n
			} else {
				letter++
				mp.Number = string(rune('A' + (letter-1)%26))
			}
		default:
			if n, err := strconv.Atoi(p.Number); err == nil {
				num = n
			} else {
				num++
				mp.Number = strconv.Itoa(num)
			}
		}
		if mp.Title == "" {
			mp.Title = c.defaultPartTitle(mp.Kind)
		}
		out = append(out, mp)
	}
	return out
}

// letterIndex is 1 for "A", 2 for "B"; 0 for anything else.
func letterIndex(s string) int {
	if len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' {
		return int(s[0]-'A') + 1
	}
	return 0
}

func (c Config) defaultPartTitle(k model.PartKind) string {
	switch k {
	case model.PartStatements:
		return c.Report.StatementsTitle
	case model.PartAnalysis:
		return "Analysis of the Partner Statements"
	case model.PartKey:
		return "Key"
	}
	return ""
}

// StatementsNumber is the number the partner statements are numbered
// under: the outline's statements part when there is one, else
// report.statements_number.
func (c Config) StatementsNumber() string {
	for _, p := range c.Outline() {
		if p.Kind == model.PartStatements {
			return p.Number
		}
	}
	return c.Report.StatementsNumber
}

// validateOutline checks every part: its kind, a file of a kind that can be
// read, a title where one cannot be guessed, contacts and deadlines, and
// that no two parts share a number.
func (c Config) validateOutline(bad badFunc) {
	seen := map[model.PartKind]int{}
	for i, p := range c.Parts {
		key := fmt.Sprintf("outline[%d]", i)
		if !slices.Contains(PartKinds, p.Kind) {
			bad(key+".part", "%q is not one of %s", p.Kind, strings.Join(PartKinds, ", "))
			continue
		}
		k := model.PartKind(p.Kind)
		seen[k]++
		if (k == model.PartStatements || k == model.PartAnalysis || k == model.PartKey) && seen[k] > 1 {
			bad(key+".part", "the report has one %s part; this is the second", p.Kind)
		}
		c.validatePartFile(bad, key, k, p)
		validateCovers(bad, key, k, p.Covers)
		if p.Contact != "" {
			if _, err := mail.ParseAddress(p.Contact); err != nil {
				bad(key+".contact", "%q is not an e-mail address (write name@example.org or \"Name <name@example.org>\")", p.Contact)
			}
		}
		if p.Deadline != "" {
			if _, err := time.Parse("2006-01-02", p.Deadline); err != nil {
				bad(key+".deadline", "%q is not a date written YYYY-MM-DD (e.g. 2016-11-30)", p.Deadline)
			}
		}
	}
	holder := map[string]int{}
	for i, p := range c.Outline() {
		if p.Number == "" {
			continue
		}
		if j, ok := holder[p.Number]; ok {
			bad(fmt.Sprintf("outline[%d].number", i), "%q would be numbered %s, which outline[%d] already has; give one of them another number", p.Title, p.Number, j)
		}
		holder[p.Number] = i
	}
}

// ChapterExts and TableExts are the file kinds a chapter and a table are read from.
var (
	ChapterExts = []string{".docx", ".odt", ".md", ".markdown"}
	TableExts   = []string{".csv", ".xlsx"}
)

func (c Config) validatePartFile(bad badFunc, key string, k model.PartKind, p Part) {
	var exts []string
	switch k {
	case model.PartChapter, model.PartAppendix:
		exts = ChapterExts
	case model.PartTable:
		exts = TableExts
	default:
		if p.File != "" {
			bad(key+".file", "a %s part is made by reportpipe and reads no file; remove file", p.Kind)
		}
		return
	}
	if strings.TrimSpace(p.Title) == "" {
		bad(key+".title", "is empty; a %s needs the title the report prints", p.Kind)
	}
	ext := strings.ToLower(filepath.Ext(p.File))
	switch {
	case strings.TrimSpace(p.File) == "":
		bad(key+".file", "is empty; name the %s's file in %s (%s)", p.Kind, c.Paths.Chapters, strings.Join(exts, ", "))
	case !slices.Contains(exts, ext):
		bad(key+".file", "%q is not a file a %s part is read from (%s)", p.File, p.Kind, strings.Join(exts, ", "))
	}
}

// validateCovers checks a part's covers list: only a chapter or an
// appendix holds text that can meet a checklist item, and a key is a word.
// Whether each key names a checklist item is checked where the checklist in
// use is known (pipeline.New), as the built-in one is the analysis's.
func validateCovers(bad badFunc, key string, k model.PartKind, covers []string) {
	if len(covers) > 0 && k != model.PartChapter && k != model.PartAppendix {
		bad(key+".covers", "only a chapter or an appendix covers checklist items; remove covers from this %s part", k)
		return
	}
	for j, c := range covers {
		if strings.TrimSpace(c) == "" {
			bad(fmt.Sprintf("%s.covers[%d]", key, j), "is empty; name a checklist item's key, such as practice_reviews")
		}
	}
}
