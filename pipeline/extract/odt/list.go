package odt

import (
	"encoding/xml"
	"strconv"
)

// listCtx is where a paragraph stands in a list: in is false outside lists;
// depth is 0 for a top-level item; style is the list style in force ("" when
// only the paragraph's own style can tell).
type listCtx struct {
	in    bool
	depth int
	style string
	// id names the source list (see model.ListItem.List): a list that
	// continues another has that list's id; start is the number the
	// current item is set to start at (text:start-value), 0 for none.
	id    string
	start int
}

// list reads a text:list at depth (0 for the outermost). Its list style is
// its own text:style-name, else the enclosing list's, else that of the list
// it continues (text:continue-list names it by xml:id;
// text:continue-numbering continues the previous top-level list).
func (w *walker) list(se xml.StartElement, depth int, inherited string) error {
	style := attr(se, nsText, "style-name")
	if style == "" {
		style = inherited
	}
	if style == "" {
		if id := attr(se, nsText, "continue-list"); id != "" {
			style = w.lists[id]
		} else if depth == 0 && attr(se, nsText, "continue-numbering") == "true" {
			style = w.lastList
		}
	}
	if id := attr(se, nsXML, "id"); id != "" {
		w.lists[id] = style
	}
	if depth == 0 {
		w.lastList = style
	}
	lc := listCtx{in: true, depth: depth, style: style, id: w.listID(se, depth)}
	return w.r.each(func(c xml.StartElement) error {
		if is(c, nsText, "list-item") || is(c, nsText, "list-header") {
			item := lc
			if v, err := strconv.Atoi(attr(c, nsText, "start-value")); err == nil && v > 0 {
				item.start = v
			}
			return w.listItem(item)
		}
		return w.r.skip()
	}, nil)
}

// listID names a top-level list: a new name, or the name of the list it
// continues (text:continue-list, text:continue-numbering). A nested list
// belongs to the item it is in, as Word's levels do.
func (w *walker) listID(se xml.StartElement, depth int) string {
	if depth > 0 {
		return w.curListID
	}
	id := ""
	if c := attr(se, nsText, "continue-list"); c != "" {
		id = w.listIDs[c]
	} else if attr(se, nsText, "continue-numbering") == "true" {
		id = w.curListID
	}
	if id == "" {
		w.listSeq++
		id = "odt:" + strconv.Itoa(w.listSeq)
	}
	if x := attr(se, nsXML, "id"); x != "" {
		if w.listIDs == nil {
			w.listIDs = map[string]string{}
		}
		w.listIDs[x] = id
	}
	w.curListID = id
	return id
}

// listItem reads the children of a text:list-item: each paragraph is an item
// at the list's depth (a second paragraph in one item continues it and is
// kept as its own item, so no text is merged away); a nested list goes one
// deeper; a heading stays a heading; anything else is read as a block.
func (w *walker) listItem(lc listCtx) error {
	return w.r.each(func(c xml.StartElement) error {
		switch {
		case is(c, nsText, "p"):
			err := w.paragraph(c, lc)
			lc.start = 0 // the item's further paragraphs count on
			return err
		case is(c, nsText, "list"):
			return w.list(c, lc.depth+1, lc.style)
		}
		return w.block(c)
	}, nil)
}

// numberedParagraph reads a text:numbered-paragraph (ODF 1.2's list item
// outside a text:list), whose text:level (1-based) gives the depth.
func (w *walker) numberedParagraph(se xml.StartElement) error {
	lvl, err := strconv.Atoi(attr(se, nsText, "level"))
	if err != nil || lvl < 1 {
		lvl = 1
	}
	lc := listCtx{in: true, depth: min(lvl, 10) - 1, style: attr(se, nsText, "style-name")}
	return w.r.each(func(c xml.StartElement) error {
		if is(c, nsText, "p") {
			return w.paragraph(c, lc)
		}
		return w.block(c)
	}, nil)
}
