package publish

import "strings"

// acceptAll accepts every tracked change under n, as Word's Accept All
// does: insertions and moves in stay, deletions and moves out go, and a
// formatting change keeps the new formatting. A table row whose mark is
// deleted goes whole; a paragraph whose mark is deleted goes when no text
// is left in it (its text would otherwise join the next paragraph's: kept
// apart here, as the words themselves are what the reviewers decided).
func acceptAll(n *node) {
	n.filter(func(k *node) bool {
		switch k.name {
		case "w:del", "w:moveFrom":
			return false
		case "w:moveFromRangeStart", "w:moveFromRangeEnd", "w:moveToRangeStart", "w:moveToRangeEnd":
			return false
		case "w:cellIns", "w:cellDel", "w:cellMerge":
			return false
		case "w:tr":
			return !markDeleted(k, "w:trPr")
		case "w:p":
			return !(markDeleted(k, "w:pPr") && strings.TrimSpace(textAfterAccept(k)) == "")
		}
		return !propertyRevisions[k.name]
	}, func(k *node) bool {
		return k.name == "w:ins" || k.name == "w:moveTo"
	})
	// A w:ins or w:del in properties (a paragraph or row mark) is a marker
	// with no content: unwrapped or dropped above alike, so none is left.
	dropEmptyTables(n)
}

// markDeleted reports whether the mark of a paragraph or row is a tracked
// deletion (w:del in its w:pPr/w:rPr or w:trPr).
func markDeleted(k *node, props string) bool {
	pr := k.child(props)
	if pr == nil {
		return false
	}
	if props == "w:pPr" {
		pr = pr.child("w:rPr")
		if pr == nil {
			return false
		}
	}
	return pr.child("w:del") != nil || pr.child("w:moveFrom") != nil
}

// textAfterAccept is the text a paragraph keeps once its changes are
// accepted (plain already leaves deleted text out).
func textAfterAccept(p *node) string { return p.plain() }

// dropEmptyTables removes tables left without rows.
func dropEmptyTables(n *node) {
	n.filter(func(k *node) bool {
		return k.name != "w:tbl" || k.child("w:tr") != nil
	}, func(*node) bool { return false })
}
