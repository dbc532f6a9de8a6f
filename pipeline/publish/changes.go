package publish

import "fmt"

// revisions are the elements of a tracked change that holds content (an
// insertion, a deletion, a move) or records a formatting change.
var contentRevisions = map[string]string{
	"w:ins": "inserted", "w:del": "deleted", "w:moveFrom": "moved from here", "w:moveTo": "moved here",
}

var propertyRevisions = map[string]bool{
	"w:rPrChange": true, "w:pPrChange": true, "w:sectPrChange": true, "w:tblPrChange": true,
	"w:trPrChange": true, "w:tcPrChange": true, "w:numberingChange": true,
}

// changesIn describes the tracked changes in block n, one line each: who
// made it and the text it inserts or deletes. A paragraph or row mark
// change (an empty w:ins or w:del in properties) goes with the text
// around it and is not listed on its own.
func changesIn(n *node) []string {
	var out []string
	var walk func(k *node, inProps bool)
	walk = func(k *node, inProps bool) {
		for _, c := range k.kids {
			if c.name == "" {
				continue
			}
			if what, ok := contentRevisions[c.name]; ok && !inProps {
				out = append(out, fmt.Sprintf("%s by %s: %s", what, authorOf(c), excerpt(revisionText(c))))
				continue
			}
			if propertyRevisions[c.name] {
				out = append(out, fmt.Sprintf("formatting changed by %s", authorOf(c)))
				continue
			}
			walk(c, inProps || c.name == "w:pPr" || c.name == "w:rPr" || c.name == "w:trPr")
		}
	}
	walk(n, false)
	return out
}

func authorOf(n *node) string {
	if a := n.attr("w:author"); a != "" {
		return a
	}
	return "an unnamed reviewer"
}

// revisionText is the text a change inserts or deletes.
func revisionText(n *node) string {
	var b []byte
	n.each(func(k *node) {
		switch k.name {
		case "w:t", "w:delText":
			for _, c := range k.kids {
				if c.isText {
					b = append(b, c.text...)
				}
			}
		case "w:tab":
			b = append(b, ' ')
		}
	})
	return string(b)
}
