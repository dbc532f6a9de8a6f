package publish

import (
	"bytes"
	"html/template"
	"sync"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/update"
)

// RegisterPage is the edits register as an HTML page for the board's
// record (not for publication): per statement, every agency paragraph
// the version to publish words differently from what the agency sent,
// with the words the reviewers took out struck through and those they put
// in underlined, and the paragraphs they removed or added.
func RegisterPage(title, published string, at time.Time, edits []Edit) ([]byte, error) {
	type agency struct {
		Name  string
		Edits []Edit
	}
	var groups []agency
	for _, e := range edits {
		if len(groups) == 0 || groups[len(groups)-1].Name != e.Agency {
			found := false
			for i := range groups {
				if groups[i].Name == e.Agency {
					groups[i].Edits = append(groups[i].Edits, e)
					found = true
				}
			}
			if found {
				continue
			}
			groups = append(groups, agency{Name: e.Agency})
		}
		groups[len(groups)-1].Edits = append(groups[len(groups)-1].Edits, e)
	}
	var buf bytes.Buffer
	err := registerTmpl().Execute(&buf, map[string]any{
		"Title": title, "Published": published, "At": at.Format("2 January 2006 15:04"), "Agencies": groups, "Count": len(edits),
	})
	return buf.Bytes(), err
}

// registerTmpl is parsed on first use, not at start-up.
var registerTmpl = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("register").Funcs(template.FuncMap{
		"del": func(o update.Op) bool { return o.Kind == update.Deleted },
		"ins": func(o update.Op) bool { return o.Kind == update.Inserted },
	}).Parse(`<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Edits register: {{.Title}}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;max-width:60em;margin:0 auto;padding:0 1em 2em;color:#1d1d1f;line-height:1.5}
header{border-bottom:2px solid #1f3864}h1,h2{color:#1f3864}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #6b6b6b;padding:.4em .5em;text-align:left;vertical-align:top}th{background:#e8edf5}
.text{white-space:pre-wrap}del{background:#fde2e2;color:#8a1010}ins{background:#dff5df;color:#0b5d1e}
.note{background:#fff4e5;border-left:4px solid #b36b00;padding:.4em .8em}
</style></head>
<body>
<header><h1>Edits register: {{.Title}}</h1>
<p>For the board's record, not for publication. The version to publish ({{.Published}}, made {{.At}}) against the statements as the agencies sent them: every paragraph whose words differ, word by word (struck through: taken out by the reviewers; underlined: put in), and the paragraphs the reviewers removed or added.</p></header>
<main>
{{if not .Agencies}}<p>The reviewers changed no agency text: every statement is published as the agency sent it.</p>{{end}}
{{range $i, $a := .Agencies}}<section aria-labelledby="agency-{{$i}}"><h2 id="agency-{{$i}}">{{$a.Name}}</h2>
<table><thead><tr><th scope="col">Section</th><th scope="col">Change</th><th scope="col">Text</th></tr></thead><tbody>
{{range $a.Edits}}<tr><td>{{if .Where.Section}}{{.Where.Section}}{{else}}{{.Where.String}}{{end}}</td><td>{{.Kind}}</td><td class="text">{{if .Words}}{{range .Words}}{{if del .}}<del>{{.Text}}</del>{{else if ins .}}<ins>{{.Text}}</ins>{{else}}{{.Text}}{{end}}{{end}}{{else if eq .Kind "removed"}}<del>{{.Sent}}</del>{{else}}<ins>{{.Published}}</ins>{{end}}{{if .Unknown}}<p class="note">The agency's text for this paragraph is not among the current submissions (its statement changed after this draft was made), so only the published words are shown.</p>{{end}}</td></tr>
{{end}}</tbody></table></section>
{{end}}</main>
</body></html>
`))
})
