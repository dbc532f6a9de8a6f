package watch

import (
	"reflect"
	"testing"
)

func TestChanges(t *testing.T) {
	before := []string{"Statement: Northgate Police", "Missing: Westbrook College", "Note: n", "Note: n"}
	after := []string{"Statement: Northgate Police", "Statement: Westbrook College", "Note: n"}
	added, gone := Changes(before, after)
	if !reflect.DeepEqual(added, []string{"Statement: Westbrook College"}) {
		t.Errorf("added %q", added)
	}
	if !reflect.DeepEqual(gone, []string{"Missing: Westbrook College", "Note: n"}) {
		t.Errorf("gone %q (a fact said twice and now once is one gone)", gone)
	}
	if a, g := Changes(after, after); a != nil || g != nil {
		t.Errorf("the same build changed: %q %q", a, g)
	}
}
