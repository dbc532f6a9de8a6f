package docx

import "testing"

// The main part is found through _rels/.rels, whatever its name, and its
// styles through its own relationships; a part named word/document.xml
// that the package does not point to is not the document.
func TestMainPartFromRelationships(t *testing.T) {
	body := p(pst("berschrift1"), "", "Annual statement") + p("", "", "Read from the part the package names.")
	data := zipParts(t,
		[2]string{"[Content_Types].xml", xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`},
		[2]string{"_rels/.rels", relsXML([3]string{"rId1", "officeDocument", "/text/main.xml"})},
		[2]string{"text/main.xml", documentXML(body)},
		[2]string{"text/_rels/main.xml.rels", relsXML([3]string{"rId1", "styles", "look/styles.xml"})},
		[2]string{"text/look/styles.xml", xmlHead + testStyles},
		[2]string{"word/document.xml", documentXML(p("", "", "A stray copy nobody points to."))})
	want := "0 heading level=1 \"Annual statement\"\n1 paragraph \"Read from the part the package names.\"\n"
	if got := extractDump(t, data); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// A relationship to a part the package lacks falls back to the standard name.
func TestMainPartFallback(t *testing.T) {
	data := docxOf(t, p("", "", "Standard place."),
		[2]string{"_rels/.rels", relsXML([3]string{"rId1", "officeDocument", "word/missing.xml"})})
	if got, want := extractDump(t, data), "0 paragraph \"Standard place.\"\n"; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
