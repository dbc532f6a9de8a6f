package pipeline

import (
	"fmt"
	"os"
	"sync/atomic"

	"github.com/reportpipe/reportpipe/pipeline/intake"
	"github.com/reportpipe/reportpipe/pipeline/model"
)

// Work is what a run did to the documents themselves, as against what it
// took from the cache: a repeat run over an unchanged folder converts,
// extracts and maps nothing. watch says it after each build, and tests
// count it to show the cache holds.
type Work struct {
	Converted int `json:"converted"` // .doc files converted by LibreOffice
	Extracted int `json:"extracted"` // documents read by an extractor (OCR included)
	Mapped    int `json:"mapped"`    // documents placed by the mapper
	Cached    int `json:"cached"`    // documents whose text came from the cache
}

// workCounter is Work counted from several workers.
type workCounter struct {
	converted, extracted, mapped, cached atomic.Int64
}

func (w *workCounter) snapshot() Work {
	return Work{Converted: int(w.converted.Load()), Extracted: int(w.extracted.Load()),
		Mapped: int(w.mapped.Load()), Cached: int(w.cached.Load())}
}

// mappingKey names what shapes a document's placements besides its text:
// the template (the built-in one is fixed per build, which the cache's
// folder already names; a file is named by its bytes' hash), the mapping
// settings and the options the rule mapper was made with. "" means the mapping is not cached: there is no
// cache, a mapper set by WithMapper is not known to be a function of these
// alone, and a language model's labels are never reused (they depend on a
// service whose answers and settings change between runs).
func (p *Pipeline) mappingKey() string {
	if p.cache == nil || p.customMapper || p.llm != nil {
		return ""
	}
	tmpl := "built-in"
	if path := p.cfg.Paths.Template; path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return ""
		}
		tmpl = intake.Key(string(data))
	}
	// %+v names every field of the settings and of the rule mapper's
	// options (the report's period among them), including ones added later.
	return intake.Key("rules", tmpl, fmt.Sprintf("%+v|%+v", p.cfg.Mapping, p.ruleOpts))
}

// store keeps a document just read or mapped in the cache, with its
// placements when they may be reused (mapKey), in one file; nothing when
// the read was a quick one (Quick) that a full run must not reuse, or the
// document came from the cache and its placements are not kept.
func (p *Pipeline) store(sha string, doc *model.Document, pl []model.Placement, cached bool) {
	if p.cacheOnly || p.cache == nil || (cached && p.mapKey == "") {
		return
	}
	var err error
	if p.mapKey == "" {
		err = p.cache.Put(sha, doc)
	} else {
		err = p.cache.PutMapped(sha, p.mapKey, doc, pl)
	}
	if err != nil {
		p.log.Warn("cache write failed", "file", doc.Source.Path, "err", err)
	}
}

// notReadHere is the refusal of a .doc that quick reads leave unconverted.
func notReadHere() error {
	return model.Reject(model.ErrLegacyDoc, "an old Word 97-2003 .doc that no run has converted yet, so it is not read here",
		"Run `reportpipe run` (or `status`) once to convert it; later commands use the cached text")
}
