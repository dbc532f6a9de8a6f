package pdf

import (
	lpdf "github.com/ledongthuc/pdf"
)

// maxTreeDepth bounds the page tree walk: real trees are a few levels deep,
// and a Kids or Parent entry pointing back up must not loop for ever (the
// library's own Reader.Page and Page.Resources do, on such files).
const maxTreeDepth = 32

// collectPages walks the page tree once, in order, and returns up to limit+1
// page dictionaries (one more than allowed tells the caller there are too
// many). Its cost is bounded by the nodes it visits, not by /Count.
func collectPages(r *lpdf.Reader, limit int) []lpdf.Value {
	var out []lpdf.Value
	visits := 0
	var walk func(v lpdf.Value, depth int)
	walk = func(v lpdf.Value, depth int) {
		visits++
		if depth > maxTreeDepth || len(out) > limit || visits > 4*limit+1024 {
			return
		}
		switch v.Key("Type").Name() {
		case "Page":
			out = append(out, v)
		case "Pages":
			kids := v.Key("Kids")
			for i := 0; i < kids.Len() && len(out) <= limit; i++ {
				walk(kids.Index(i), depth+1)
			}
		default:
			if v.Key("Kids").Kind() == lpdf.Array {
				walk2 := v.Key("Kids")
				for i := 0; i < walk2.Len() && len(out) <= limit; i++ {
					walk(walk2.Index(i), depth+1)
				}
			} else if v.Key("Contents").Kind() != lpdf.Null {
				out = append(out, v) // a page that lost its /Type
			}
		}
	}
	walk(r.Trailer().Key("Root").Key("Pages"), 0)
	return out
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
