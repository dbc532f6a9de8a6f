package config

import (
	"fmt"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// checkKeys reports every key in the parsed file that Config does not know,
// with its line and, when one is close, the key that was probably meant. A
// misspelt key would otherwise be ignored without a word and its default used.
func checkKeys(file string, node *yaml.Node, tree *keyTree, prefix string) []error {
	if node.Kind == yaml.DocumentNode && len(node.Content) > 0 {
		return checkKeys(file, node.Content[0], tree, prefix)
	}
	if tree == nil {
		return nil
	}
	var errs []error
	switch {
	case tree.listOf != nil && node.Kind == yaml.SequenceNode:
		for i, el := range node.Content {
			errs = append(errs, checkKeys(file, el, tree.listOf, fmt.Sprintf("%s[%d]", prefix, i))...)
		}
	case tree.children != nil && node.Kind == yaml.MappingNode:
		for i := 0; i+1 < len(node.Content); i += 2 {
			k, v := node.Content[i], node.Content[i+1]
			name := strings.ToLower(k.Value)
			child, ok := tree.children[name]
			if !ok {
				errs = append(errs, &Error{File: file, Line: k.Line, Key: join(prefix, k.Value),
					Msg: unknownMsg(name, tree)})
				continue
			}
			errs = append(errs, checkKeys(file, v, child, join(prefix, name))...)
		}
	}
	return errs
}

func join(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + "." + name
}

func unknownMsg(name string, tree *keyTree) string {
	known := make([]string, 0, len(tree.children))
	best, bestD := "", 3
	for k := range tree.children {
		known = append(known, k)
		if d := editDistance(name, k); d < bestD {
			best, bestD = k, d
		}
	}
	sort.Strings(known)
	if best != "" {
		return fmt.Sprintf("unknown key (did you mean %q?)", best)
	}
	return "unknown key; this section allows " + strings.Join(known, ", ")
}

// editDistance is the Levenshtein distance, for "did you mean".
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
