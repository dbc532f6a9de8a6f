package publish

// picture is one drawing in the document with its alternative text.
type picture struct {
	name, alt  string
	decorative bool
	docPr      *node
}

// picturesIn lists the drawings in block n: DrawingML (w:drawing, whose
// wp:docPr carries descr, Word's and LibreOffice's alt text) and VML
// shapes (w:pict, whose v:shape carries alt).
func picturesIn(n *node) []picture {
	var out []picture
	n.each(func(k *node) {
		switch k.name {
		case "wp:docPr":
			pic := picture{name: k.attr("name"), alt: k.attr("descr"), docPr: k}
			if pic.alt == "" {
				pic.alt = k.attr("title")
			}
			k.each(func(d *node) {
				if d.name == "adec:decorative" && d.attr("val") == "1" {
					pic.decorative = true
				}
			})
			out = append(out, pic)
		case "v:shape":
			if k.find("v:imagedata") != nil {
				out = append(out, picture{name: k.attr("id"), alt: k.attr("alt")})
			}
		}
	})
	return out
}
