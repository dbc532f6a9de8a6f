package assemble

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// firstLinesScanned is how many leading blocks may name the agency.
const firstLinesScanned = 3

// identifyDoc names the agency behind one document. A document named in
// an agency's agencies[].use is that agency's, whatever it says.
func identifyDoc(ids *Agencies, m Mapped, agencies []model.Agency) Identity {
	for _, a := range agencies {
		if a.Use != "" && matchesUse(m.Doc.Source, a.Use) {
			return Identity{Agency: a.Name, Known: true, Evidence: "agencies[].use"}
		}
	}
	src := m.Doc.Source
	c := Clues{Lines: firstLines(m.Doc), FileName: filepath.Base(src.Path)}
	if src.Attachment != "" {
		c.FileName = path.Base(src.Attachment)
		c.From, c.SavedAs, c.Subject = m.From, filepath.Base(src.Path), m.Subject
	}
	return ids.Identify(c)
}

// candidateOf is one document as ResolveVersions compares it.
func candidateOf(m Mapped, id Identity, agencies []model.Agency) Candidate {
	src := m.Doc.Source
	name := filepath.Base(src.Path)
	if src.Attachment != "" {
		name = path.Base(src.Attachment)
	}
	c := Candidate{Key: sourceKey(src), Agency: id.Agency, Name: name, Received: src.Received,
		Mailed: !m.Sent.IsZero(), Dated: documentDate(m.Doc), Saved: m.Doc.Modified, doc: m.Doc,
		Inspection: mostlyInspection(m.Placements), SHA256: src.SHA256}
	for _, a := range agencies {
		if a.Name == id.Agency && a.Use != "" && matchesUse(src, a.Use) {
			c.Pinned = true
		}
	}
	return c
}

// matchesUse reports whether agencies[].use names this document: its file
// name, its path or the end of its path, and for an attachment the
// attachment's name or "mail.eml/attachment".
func matchesUse(src model.Source, use string) bool {
	use = filepath.ToSlash(filepath.Clean(strings.TrimSpace(use)))
	p := filepath.ToSlash(src.Path)
	if src.Attachment != "" {
		return use == src.Attachment || use == path.Base(src.Attachment) ||
			endsWithPath(p+"/"+src.Attachment, use)
	}
	return endsWithPath(p, use)
}

func endsWithPath(p, tail string) bool {
	return p == tail || strings.HasSuffix(p, "/"+tail)
}

func firstLines(doc *model.Document) []string {
	var lines []string
	for _, b := range doc.Blocks {
		if len(lines) == firstLinesScanned {
			break
		}
		if t := strings.TrimSpace(b.PlainText()); t != "" {
			if i := strings.IndexAny(t, "\n\t"); i >= 0 {
				t = t[:i]
			}
			lines = append(lines, t)
		}
	}
	return lines
}

func sourceKey(s model.Source) string { return s.Path + "\x00" + s.Attachment }

// mostlyInspection reports whether most content of a document sits in the
// inspection section: such a document is an inspection summary and goes first.
func mostlyInspection(pl []model.Placement) bool {
	insp, all := 0, 0
	for _, p := range pl {
		if p.IsHeading() {
			continue
		}
		n := len(strings.Fields(p.Block.PlainText()))
		all += n
		if p.Section == model.SectionInspection {
			insp += n
		}
	}
	return all > 0 && insp*2 > all
}
