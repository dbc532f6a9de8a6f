package publish

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/reportpipe/reportpipe/internal/lazy"
)

// Lang is the language the published report declares: British English,
// the language of the statements and of the board.
const Lang = "en-GB"

// markAccessible sets what a reader's software needs before the body:
// the title and language in the core properties (the PDF's /Title and
// /Lang come from them), the language in settings and as the default of
// the styles, and every table's first row marked as a header row that
// repeats on each page when the table already names it so.
func (v *view) markAccessible(title string) {
	core := v.corePart()
	if core != "" {
		data := v.p.Parts[core]
		data = setCore(data, "dc:title", title)
		data = setCore(data, "dc:language", Lang)
		v.p.Set(core, data)
	}
	if s := v.p.related("settings"); s != "" {
		data := themeLangRE.Get().ReplaceAll(v.p.Parts[s], nil)
		data = bytes.Replace(data, []byte("</w:settings>"), []byte(`<w:themeFontLang w:val="`+Lang+`"/></w:settings>`), 1)
		v.p.Set(s, data)
	}
	if s := v.p.related("styles"); s != "" {
		v.p.Set(s, defaultLang(v.p.Parts[s]))
	}
}

var (
	themeLangRE = lazy.Re(`<w:themeFontLang [^>]*/>`)
)

// defaultLang makes the styles' default run language en-GB.
func defaultLang(styles []byte) []byte {
	i := bytes.Index(styles, []byte("<w:rPrDefault>"))
	j := bytes.Index(styles, []byte("</w:rPrDefault>"))
	if i < 0 || j < i {
		return bytes.Replace(styles, []byte("<w:docDefaults>"), []byte(`<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="`+Lang+`"/></w:rPr></w:rPrDefault>`), 1)
	}
	def := string(styles[i:j])
	switch {
	case strings.Contains(def, "<w:lang "):
		def = regexp.MustCompile(`(<w:lang [^>]*?)w:val="[^"]*"`).ReplaceAllString(def, `${1}w:val="`+Lang+`"`)
		if !strings.Contains(def, `w:val="`+Lang+`"`) {
			def = strings.Replace(def, "<w:lang ", `<w:lang w:val="`+Lang+`" `, 1)
		}
	case strings.Contains(def, "</w:rPr>"):
		def = strings.Replace(def, "</w:rPr>", `<w:lang w:val="`+Lang+`"/></w:rPr>`, 1)
	default:
		def = "<w:rPrDefault><w:rPr><w:lang w:val=\"" + Lang + "\"/></w:rPr>"
	}
	return append(append(append([]byte(nil), styles[:i]...), def...), styles[j:]...)
}

// corePart is the package's core properties part.
func (v *view) corePart() string {
	for _, r := range v.p.rels("") {
		if strings.HasSuffix(r.typ, "/core-properties") {
			return r.target
		}
	}
	if _, ok := v.p.Parts["docProps/core.xml"]; ok {
		return "docProps/core.xml"
	}
	return ""
}

// setCore sets element name (with its prefix) of core.xml to value.
func setCore(core []byte, name, value string) []byte {
	re := regexp.MustCompile(`<` + name + `(?: [^>]*)?(?:/>|>[^<]*</` + name + `>)`)
	el := []byte(`<` + name + `>` + string(escapeText(value)) + `</` + name + `>`)
	if re.Match(core) {
		return re.ReplaceAllLiteral(core, el)
	}
	return bytes.Replace(core, []byte("</cp:coreProperties>"), append(el, "</cp:coreProperties>"...), 1)
}
