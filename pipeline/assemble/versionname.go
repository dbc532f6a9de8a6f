package intake

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// nameVersion is what a file name says about its version.
type nameVersion struct {
	final   bool // FINAL
	draft   bool // draft (and no FINAL)
	number  int  // v3, version 3, draft3, rev 2
	revised bool // updated, revised, amended, corrected, comments addressed
	copy    int  // "(2)": the second download of the same attachment
}

var (
	reFinal   = regexp.MustCompile(`(^|[^a-z])final([^a-z]|$)`)
	reDraft   = regexp.MustCompile(`(^|[^a-z])draft`)
	reNumber  = regexp.MustCompile(`(?:^|[^a-z])(?:v|ver|version|rev|revision|draft|issue)[\s._-]*(\d{1,3})(?:[^0-9]|$)`)
	reRevised = regexp.MustCompile(`updated|revised|amended|corrected|comments addressed|resubmi`)
	reCopy    = regexp.MustCompile(`\((\d{1,3})\)\s*$`)
)

func parseNameVersion(name string) nameVersion {
	name = filepath.Base(name) // a folder's name says nothing of the file's version
	s := strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))
	var v nameVersion
	v.final = reFinal.MatchString(s)
	v.draft = !v.final && reDraft.MatchString(s)
	if m := reNumber.FindStringSubmatch(s); m != nil {
		v.number, _ = strconv.Atoi(m[1])
	}
	v.revised = reRevised.MatchString(s)
	if m := reCopy.FindStringSubmatch(s); m != nil {
		v.copy, _ = strconv.Atoi(m[1])
	}
	return v
}

// compareVersionNames orders two names of versions received together:
// FINAL over everything, then not-a-draft over a draft, then the higher
// number, then updated/revised, then the higher "(n)" copy. >0 when a is later.
func compareVersionNames(a, b string) int {
	va, vb := parseNameVersion(a), parseNameVersion(b)
	for _, c := range []int{
		boolCmp(va.final, vb.final),
		boolCmp(vb.draft, va.draft),
		va.number - vb.number,
		boolCmp(va.revised, vb.revised),
		va.copy - vb.copy,
	} {
		if c != 0 {
			return c
		}
	}
	return 0
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
