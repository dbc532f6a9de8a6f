package lazy

import (
	"sync"
	"testing"
)

func TestReCompilesOnceOnFirstUse(t *testing.T) {
	r := Re(`b(\d+)`)
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = r.Get().FindStringSubmatch("ab42c")[1]
		}()
	}
	wg.Wait()
	for _, g := range got {
		if g != "42" {
			t.Fatalf("match %q, want 42", g)
		}
	}
	first, again := r.Get(), r.Get()
	if first != again || r.String() != `b(\d+)` {
		t.Error("Get must return the one compiled expression")
	}
}

func TestBadExpressionPanicsOnFirstUse(t *testing.T) {
	r := Re(`(`) // not compiled yet: no panic here
	defer func() {
		if recover() == nil {
			t.Error("a bad expression must panic on first use")
		}
	}()
	r.Get()
}
