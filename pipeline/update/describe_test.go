package update

import (
	"testing"
)

// The counts read as one list of blocks; each clash with the reviewers'
// edits follows with its own explanation, not run into the counts.
func TestDescribeAnAgencysChange(t *testing.T) {
	cases := []struct {
		c    Change
		want string
	}{
		{Change{Status: Unchanged}, "unchanged"},
		{Change{Status: NewVersion, Changed: 1, Inserted: 2}, "new version: 1 changed, 2 inserted block(s)"},
		{Change{Status: NewVersion, Changed: 1, Conflicts: 1},
			"new version: 1 changed block(s); 1 also edited (or deleted) in the draft: the agency's version inserted after it, with a comment"},
		{Change{Status: Withdrawn, Kept: 2},
			"withdrawn: 2 removed by the agency but edited in the draft: kept, with a comment"},
	}
	for _, c := range cases {
		if got := c.c.Describe(); got != c.want {
			t.Errorf("Describe(%+v)\n got %q\nwant %q", c.c, got, c.want)
		}
	}
}
