package docx

import (
	"context"
	"encoding/xml"
	"path"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/extract/ziputil"
)

// rels are a part's relationships by id: the package's own map from an id
// in the markup (r:dm="rId7") or a type (officeDocument) to a part.
type rels map[string]relation

// relation is one Relationship: its type and the part it points to,
// resolved against the source part's folder.
type relation struct {
	typ, target string
	// external: target is an address outside the package (a link).
	external bool
}

// The relationship types read, by the last segment of their URI, which is
// the same in the transitional and strict namespaces.
const (
	relOfficeDocument = "officeDocument"
	relStyles         = "styles"
	relNumbering      = "numbering"
)

// readRels reads the relationships of part ("" for the package itself).
// A missing or damaged .rels leaves none: every caller has a fallback (the
// standard part names), and the body is still worth reading.
func readRels(ctx context.Context, pkg *ziputil.Package, part string, depth int) rels {
	raw, err := pkg.Read(relsName(part))
	if err != nil {
		return rels{}
	}
	out := rels{}
	r := newReader(ctx, raw, depth)
	for {
		tok, err := r.next()
		if err != nil {
			return out // io.EOF, or damage: keep what was read
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Relationship" {
			continue
		}
		id, _ := attr(se, "Id")
		typ, _ := attr(se, "Type")
		target, _ := attr(se, "Target")
		if mode, _ := attr(se, "TargetMode"); mode == "External" {
			out[id] = relation{typ: typ, target: target, external: true}
			continue
		}
		out[id] = relation{typ: typ, target: resolve(part, target)}
	}
}

// relsName is where a part's relationships are kept:
// word/document.xml -> word/_rels/document.xml.rels.
func relsName(part string) string {
	if part == "" {
		return "_rels/.rels"
	}
	return path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
}

// resolve turns a relationship target into a part name: absolute from the
// package root, or relative to the source part's folder.
func resolve(source, target string) string {
	if t, ok := strings.CutPrefix(target, "/"); ok {
		return path.Clean(t)
	}
	return strings.TrimPrefix(path.Join(path.Dir(source), target), "/")
}

// byType returns the target of the first relationship of a type, ok false
// when there is none. Ids are compared in order so the choice is stable.
func (rs rels) byType(typ string) (string, bool) {
	best, found := "", ""
	for id, r := range rs {
		if path.Base(r.typ) == typ && !r.external && (found == "" || id < found) {
			best, found = r.target, id
		}
	}
	return best, found != ""
}

// parts are the package parts a DOCX is read from.
type parts struct {
	main, styles, numbering string
	mainRels                rels
}

// findParts finds the main document part through the package's
// relationships (its name need not be word/document.xml), and its styles
// and numbering through the main part's, falling back to the standard
// names a package without relationships uses.
func findParts(ctx context.Context, pkg *ziputil.Package, depth int) (parts, error) {
	ps := parts{main: partDocument, styles: partStyles, numbering: partNumbering}
	if m, ok := readRels(ctx, pkg, "", depth).byType(relOfficeDocument); ok && pkg.Has(m) {
		ps.main = m
	}
	if !pkg.Has(ps.main) {
		return ps, rejectNotWord()
	}
	ps.mainRels = readRels(ctx, pkg, ps.main, depth)
	if s, ok := ps.mainRels.byType(relStyles); ok {
		ps.styles = s
	}
	if n, ok := ps.mainRels.byType(relNumbering); ok {
		ps.numbering = n
	}
	if err := ctx.Err(); err != nil {
		return ps, err
	}
	return ps, nil
}
