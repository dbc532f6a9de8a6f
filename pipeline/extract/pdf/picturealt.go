package pdf

import (
	"strings"

	lpdf "github.com/ledongthuc/pdf"
)

// altFinder reads a picture's alternative text from a tagged PDF's
// structure tree: the page's /StructParents entry keys the parent tree,
// whose value lists, by marked-content id, the structure element each
// piece of the page's content belongs to; a Figure's /Alt is its text.
// An untagged file, or a picture drawn outside marked content, has none.
type altFinder struct {
	root lpdf.Value // the structure tree root, null when untagged
	tree lpdf.Value // its parent tree (a number tree)
	pv   []lpdf.Value
	// figures are the alternative texts of the Figure elements of each
	// page, in the tree's order, read on first need (figurealt.go).
	figures map[int][]string
}

func newAltFinder(r *lpdf.Reader, pv []lpdf.Value) *altFinder {
	root := r.Trailer().Key("Root").Key("StructTreeRoot")
	return &altFinder{root: root, tree: root.Key("ParentTree"), pv: pv}
}

// maxNumberTreeDepth and maxNumberTreeNodes bound the parent tree walk.
const (
	maxNumberTreeDepth = 16
	maxNumberTreeNodes = 4096
)

// alt is the alternative text of the picture drawn with mcid on page n
// (1-based), "" when there is none.
func (a *altFinder) alt(page, mcid int) (alt string) {
	defer func() {
		if recover() != nil {
			alt = ""
		}
	}()
	if a.tree.IsNull() || mcid < 0 || page < 1 || page > len(a.pv) {
		return ""
	}
	sp := a.pv[page-1].Key("StructParents")
	if sp.Kind() != lpdf.Integer {
		return ""
	}
	budget := maxNumberTreeNodes
	arr := numberTreeGet(a.tree, sp.Int64(), 0, &budget)
	if arr.Kind() != lpdf.Array || mcid >= arr.Len() {
		return ""
	}
	elem := arr.Index(mcid)
	// The Figure itself, or the element around a span inside it.
	for range 2 {
		if elem.Kind() != lpdf.Dict {
			return ""
		}
		if t := strings.TrimSpace(elem.Key("Alt").Text()); t != "" {
			return t
		}
		elem = elem.Key("P")
	}
	return ""
}

// numberTreeGet looks key up in a number tree, bounded in depth and nodes.
func numberTreeGet(node lpdf.Value, key int64, depth int, budget *int) lpdf.Value {
	*budget--
	if depth > maxNumberTreeDepth || *budget < 0 || node.Kind() != lpdf.Dict {
		return lpdf.Value{}
	}
	if nums := node.Key("Nums"); nums.Kind() == lpdf.Array {
		for i := 0; i+1 < nums.Len(); i += 2 {
			if nums.Index(i).Int64() == key {
				return nums.Index(i + 1)
			}
		}
	}
	kids := node.Key("Kids")
	for i := 0; i < kids.Len(); i++ {
		kid := kids.Index(i)
		if lim := kid.Key("Limits"); lim.Kind() == lpdf.Array && lim.Len() == 2 &&
			(key < lim.Index(0).Int64() || key > lim.Index(1).Int64()) {
			continue
		}
		if v := numberTreeGet(kid, key, depth+1, budget); !v.IsNull() {
			return v
		}
	}
	return lpdf.Value{}
}
