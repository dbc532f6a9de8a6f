package publish

import (
	"bytes"
	"path"
	"regexp"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
	"github.com/reportpipe/reportpipe/internal/ooxml"
)

// maxPart bounds what one part of a package may hold once inflated; a
// report with its pictures is a few tens of megabytes.
const maxPart = 256 << 20

// maxParts bounds the number of parts.
const maxParts = 5000

// pkg is the Word package being edited: ooxml.Package, with the
// helpers this package needs.
type pkg struct{ *ooxml.Package }

func readPkg(data []byte) (*pkg, error) {
	p, err := ooxml.Read(data, ooxml.Limits{MaxPart: maxPart, MaxParts: maxParts, What: "a report"})
	if err != nil {
		return nil, err
	}
	return &pkg{p}, nil
}

// remove drops a part, its relationships part, its content type override
// and every relationship that targets it from the parts' .rels.
func (p *pkg) remove(name string) {
	if _, ok := p.Parts[name]; !ok {
		return
	}
	delete(p.Parts, name)
	rels := path.Join(path.Dir(name), "_rels", path.Base(name)+".rels")
	delete(p.Parts, rels)
	var keep []string
	for _, n := range p.Names {
		if _, ok := p.Parts[n]; ok {
			keep = append(keep, n)
		}
	}
	p.Names = keep
	over := regexp.MustCompile(`<Override [^>]*PartName="/` + regexp.QuoteMeta(name) + `"[^>]*/>`)
	p.Parts["[Content_Types].xml"] = over.ReplaceAll(p.Parts["[Content_Types].xml"], nil)
	for _, n := range p.Names {
		if !strings.HasSuffix(n, ".rels") {
			continue
		}
		base := path.Dir(path.Dir(n)) // the folder of the part these are the relationships of
		p.Parts[n] = relRE.Get().ReplaceAllFunc(p.Parts[n], func(rel []byte) []byte {
			m := targetRE.Get().FindSubmatch(rel)
			if m == nil || bytes.Contains(rel, []byte(`TargetMode="External"`)) {
				return rel
			}
			if resolve(base, string(m[1])) == name {
				return nil
			}
			return rel
		})
	}
}

var (
	relRE    = lazy.Re(`<Relationship [^>]*/>`)
	targetRE = lazy.Re(`Target="([^"]*)"`)
	typeRE   = lazy.Re(`Type="([^"]*)"`)
	idRE     = lazy.Re(`Id="([^"]*)"`)
)

// resolve is a relationship target as a package name.
func resolve(base, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(target, "/")
	}
	return strings.TrimPrefix(path.Join(base, target), "/")
}

// rel is one relationship of a part.
type rel struct{ id, typ, target string }

// rels lists the relationships of part name, targets as package names.
func (p *pkg) rels(name string) []rel {
	data := p.Parts[path.Join(path.Dir(name), "_rels", path.Base(name)+".rels")]
	var out []rel
	for _, r := range relRE.Get().FindAll(data, -1) {
		t, ty, id := targetRE.Get().FindSubmatch(r), typeRE.Get().FindSubmatch(r), idRE.Get().FindSubmatch(r)
		if t == nil || ty == nil || id == nil {
			continue
		}
		target := string(t[1])
		if !bytes.Contains(r, []byte(`TargetMode="External"`)) {
			target = resolve(path.Dir(name), target)
		}
		out = append(out, rel{id: string(id[1]), typ: string(ty[1]), target: target})
	}
	return out
}

// related is the first part document.xml relates with a type ending in
// "/"+kind ("comments"), or "".
func (p *pkg) related(kind string) string {
	for _, r := range p.rels(mainPart) {
		if strings.HasSuffix(r.typ, "/"+kind) {
			return r.target
		}
	}
	return ""
}

const mainPart = "word/document.xml"
