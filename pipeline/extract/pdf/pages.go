package pdf

import (
	"reflect"

	lpdf "github.com/ledongthuc/pdf"
)

// maxTreeDepth bounds the page tree walk: real trees are a few levels deep,
// and a Kids or Parent entry pointing back up must not loop for ever (the
// library's own Reader.Page and Page.Resources do, on such files).
const maxTreeDepth = 32

// collectPages walks the page tree once, in order, and returns up to limit+1
// page dictionaries (one more than allowed tells the caller there are too
// many). Its cost is bounded by the nodes it visits, not by /Count. A node
// met again (a /Kids entry pointing back up, or the same page listed twice)
// is skipped, so every page is read once.
func collectPages(r *lpdf.Reader, limit int) []lpdf.Value {
	var out []lpdf.Value
	seen := map[string]bool{}
	visits := 0
	var walk func(v lpdf.Value, depth int)
	budget := 4*limit + 1024
	walk = func(v lpdf.Value, depth int) {
		visits++
		if depth > maxTreeDepth || len(out) > limit || visits > budget {
			return
		}
		if key := nodeKey(v); key != "" {
			if seen[key] {
				return
			}
			seen[key] = true
		}
		kids := v.Key("Kids")
		switch {
		case v.Key("Type").Name() == "Page":
			out = append(out, v)
		case v.Key("Type").Name() == "Pages" || kids.Kind() == lpdf.Array:
			// Stop at the visit budget, not only at the page limit: a tree
			// listing one page 300,000 times adds no page, and each kid
			// costs the library a parse.
			for i := 0; i < kids.Len() && len(out) <= limit && visits <= budget; i++ {
				walk(kids.Index(i), depth+1)
			}
		case v.Key("Contents").Kind() != lpdf.Null:
			out = append(out, v) // a page that lost its /Type
		}
	}
	walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return out
}

// nodeKey identifies a page tree node. The library does not expose object
// numbers, but a node's dictionary as text names its /Parent, /Kids and
// /Contents by reference ("12 0 R"), so two nodes with the same text are one
// node met twice, or two pages that draw the very same content.
func nodeKey(v lpdf.Value) string {
	if v.Kind() != lpdf.Dict {
		return ""
	}
	return v.String()
}

// inherited looks key up on the page and its ancestors (Resources and
// MediaBox may sit on a page tree node), bounded against parent loops.
func inherited(page lpdf.Value, key string) lpdf.Value {
	v := page
	for range maxTreeDepth {
		if v.IsNull() {
			break
		}
		if r := v.Key(key); !r.IsNull() {
			return r
		}
		v = v.Key("Parent")
	}
	return lpdf.Value{}
}

// pageNumbers returns a lookup of a page dictionary's number (from 1, 0
// for none) among pages, for the destinations of bookmarks and the /Pg of
// structure elements. A page is known by its object number, which the
// library keeps but does not export (read by reflection, cheaply); where
// that cannot be read, by its dictionary as text (nodeKey), which costs
// far more on every page.
func pageNumbers(pages []lpdf.Value) func(lpdf.Value) int {
	byID := make(map[uint64]int, len(pages))
	for i, p := range pages {
		id, ok := objectID(p)
		if !ok {
			byKey := make(map[string]int, len(pages))
			for i, p := range pages {
				byKey[nodeKey(p)] = i + 1
			}
			return func(v lpdf.Value) int { return byKey[nodeKey(v)] }
		}
		byID[id] = i + 1
	}
	return func(v lpdf.Value) int {
		id, _ := objectID(v)
		return byID[id]
	}
}

// objectID returns the object number and generation a value was read
// from (the library's unexported ptr field), ok false when it was not read
// from an indirect object or the field is not there.
func objectID(v lpdf.Value) (uint64, bool) {
	ptr := reflect.ValueOf(v).FieldByName("ptr")
	if !ptr.IsValid() || ptr.Kind() != reflect.Struct || ptr.NumField() < 2 {
		return 0, false
	}
	id, gen := ptr.Field(0), ptr.Field(1)
	if !id.CanUint() || !gen.CanUint() || id.Uint() == 0 {
		return 0, false
	}
	return id.Uint()<<16 | gen.Uint(), true
}
