package datatable

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// fillTotals puts each numeric column's sum into the totals row where the
// file left it blank, and warns where the file's own total differs from
// the sum (the file's figure is kept: it is the author's to correct).
func fillTotals(t *model.DataTable) {
	for col := 1; col < len(t.Header); col++ {
		sum, decimals, ok := columnSum(t.Rows, col)
		if !ok {
			continue
		}
		given := strings.TrimSpace(t.Totals[col])
		if given == "" {
			t.Totals[col] = format(sum, decimals, prefixOf(t.Rows, col))
			continue
		}
		if v, _, ok := number(given); ok && math.Abs(v-sum) > 0.005 {
			t.Warnings = append(t.Warnings, fmt.Sprintf("the total of %q is given as %s, but the column adds up to %s",
				t.Header[col], given, format(sum, decimals, prefixOf(t.Rows, col))))
		}
	}
}

// columnSum adds a column whose every filled cell is a number; ok is false
// for a column of words or one with no figures.
func columnSum(rows [][]string, col int) (sum float64, decimals int, ok bool) {
	for _, r := range rows {
		c := strings.TrimSpace(r[col])
		if c == "" || c == "-" || c == "–" {
			continue
		}
		v, d, isNum := number(c)
		if !isNum {
			return 0, 0, false
		}
		sum += v
		decimals = max(decimals, d)
		ok = true
	}
	return sum, decimals, ok
}

// number reads a figure as a report writes it: "£12,500.00", "1,250",
// "(300)" for a negative, "85%". decimals is how many places it shows.
func number(s string) (float64, int, bool) {
	s = strings.TrimSpace(s)
	neg := strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")")
	if neg {
		s = s[1 : len(s)-1]
	}
	s = strings.TrimLeft(s, "£$€")
	s = strings.TrimSuffix(s, "%")
	s = strings.ReplaceAll(s, ",", "")
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || s == "" {
		return 0, 0, false
	}
	d := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		d = len(s) - i - 1
	}
	if neg {
		v = -v
	}
	return v, d, true
}

// prefixOf is the currency sign the column's figures carry, if any.
func prefixOf(rows [][]string, col int) string {
	for _, r := range rows {
		c := strings.TrimSpace(r[col])
		for _, p := range []string{"£", "$", "€"} {
			if strings.HasPrefix(c, p) {
				return p
			}
		}
	}
	return ""
}

// format writes a sum as the column writes its figures: thousands
// separated, the same decimals, the same currency sign.
func format(v float64, decimals int, prefix string) string {
	neg := v < 0
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := prefix + b.String()
	if frac != "" {
		out += "." + frac
	}
	if neg {
		return "-" + out
	}
	return out
}
