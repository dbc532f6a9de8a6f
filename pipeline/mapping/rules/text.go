package rules

import (
	"strings"
	"unicode"
)

// fold maps typographic quotes and dashes to ASCII so "children’s" and
// "children's" read alike.
var fold = strings.NewReplacer(
	"’", "'", "‘", "'", "“", `"`, "”", `"`,
	"–", "-", "—", "-", "‑", "-", "&", " and ",
)

// tokens splits text into lower-case stems. Letters and digits make words;
// "%" is a token of its own (it signals a measured figure); everything else
// separates. "e-learning" gives "e", "learn".
func tokens(text string) []string {
	return tokensWith(text, stem)
}

// cueTokens splits text like tokens but only folds plurals ("audits" →
// "audit"): tense carries meaning for cues ("improved" is an outcome,
// "improve" a plan), so cue lists name the forms they mean.
func cueTokens(text string) []string {
	return tokensWith(text, singular)
}

// singular strips a plural ending only.
func singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

func tokensWith(text string, stem func(string) string) []string {
	text = fold.Replace(text)
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, stem(strings.ToLower(text[start:end])))
			start = -1
		}
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case r == '\'' && start >= 0:
			// "children's": keep the word, drop the possessive below.
			flush(i)
		case r == '%':
			flush(i)
			out = append(out, "%")
		default:
			flush(i)
		}
	}
	flush(len(text))
	return dropPossessive(out)
}

// dropPossessive removes the "s" left by splitting "children's" at the quote.
func dropPossessive(ts []string) []string {
	out := ts[:0]
	for _, t := range ts {
		if t == "s" || t == "ve" || t == "t" && len(out) > 0 && strings.HasSuffix(out[len(out)-1], "n") {
			continue
		}
		out = append(out, t)
	}
	return out
}

// suffixes are stripped longest first; the stemmer is deliberately light:
// both sides of every comparison pass through it, so it only has to be
// consistent, not linguistically right.
var suffixes = []string{"ational", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s"}

// stem reduces a lower-case word to a light stem: "audits" → "audit",
// "developing"/"development" → "develop", "activities" → "activity",
// "successes" → "success", "improved"/"improve" → "improv", "proudest" →
// "proud".
func stem(w string) string {
	if len(w) <= 3 {
		return w
	}
	// A superlative meets its adjective ("What we are proudest of" is the
	// wording "What we are proud of"); short words ("best", "honest") keep
	// their ending.
	if len(w) > 6 && strings.HasSuffix(w, "est") && !strings.ContainsRune("aeiou", rune(w[len(w)-4])) {
		return trimE(w[:len(w)-3])
	}
	for _, suf := range suffixes {
		if !strings.HasSuffix(w, suf) || len(w)-len(suf) < 3 {
			continue
		}
		base := w[:len(w)-len(suf)]
		switch suf {
		case "ies", "ied":
			base += "y"
		case "es":
			if !strings.HasSuffix(base, "ss") && !strings.HasSuffix(base, "x") &&
				!strings.HasSuffix(base, "ch") && !strings.HasSuffix(base, "sh") {
				base = w[:len(w)-1] // "outcomes" → "outcome"
			}
		case "s":
			if strings.HasSuffix(base, "s") || strings.HasSuffix(base, "u") || strings.HasSuffix(base, "i") {
				return trimE(w) // "success", "status", "analysis"
			}
		}
		return trimE(base)
	}
	return trimE(w)
}

// trimE drops a final "e" so "improve" and "improv(ed)" meet.
func trimE(w string) string {
	if len(w) > 4 && strings.HasSuffix(w, "e") {
		return w[:len(w)-1]
	}
	return w
}

// wordCount counts the words of text, for thresholds like "a short line".
func wordCount(text string) int {
	return len(strings.Fields(text))
}
