package pdf

import (
	"errors"

	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// errPageTreeLoop says a page tree node lists itself or an ancestor.
var errPageTreeLoop = errors.New("the page tree loops back on itself")

// checkPageTree walks the page tree pdfcpu read, before pdfcpu writes it
// again. pdfcpu's writer (v0.11) follows /Kids by recursion with no check,
// so a node listing itself overflows the stack, which no recover catches:
// the whole process dies. Such a file is refused here instead; it goes on
// to be read by ledongthuc/pdf, whose page walk (pages.go) skips the loop.
func checkPageTree(xt *model.XRefTable) error {
	ref, err := xt.Pages()
	if err != nil || ref == nil {
		return errors.New("no page tree")
	}
	onPath := map[int]bool{}
	nodes := 0
	var walk func(ir types.IndirectRef, depth int) error
	walk = func(ir types.IndirectRef, depth int) error {
		n := ir.ObjectNumber.Value()
		nodes++
		if onPath[n] || depth > maxTreeDepth || nodes > 1<<20 {
			return errPageTreeLoop
		}
		d, err := xt.DereferenceDict(ir)
		if err != nil || d == nil {
			return nil // pdfcpu's writer reports a missing node itself
		}
		kids, err := xt.DereferenceArray(d["Kids"])
		if err != nil {
			return nil
		}
		onPath[n] = true
		defer delete(onPath, n)
		for _, k := range kids {
			if kr, ok := k.(types.IndirectRef); ok {
				if err := walk(kr, depth+1); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return walk(*ref, 0)
}
