package config

import (
	"reflect"
	"strings"
	"sync"
	"time"
)

var durationType = reflect.TypeOf(time.Duration(0))

// keyTree describes the keys a struct type accepts, from its mapstructure
// tags: a nil value is a leaf; a non-nil one is a nested section. listOf is
// set for a list of objects (agencies), whose elements have their own keys.
type keyTree struct {
	children map[string]*keyTree
	order    []string // children's names in field order
	listOf   *keyTree
}

// treeOf builds the key tree of t. It is computed from the Config struct
// itself so a new field is accepted in the file, bound to the environment and
// listed in the docs without a second list to keep in step.
func treeOf(t reflect.Type) *keyTree {
	switch {
	case t.Kind() == reflect.Struct && t != durationType:
		kt := &keyTree{children: map[string]*keyTree{}}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := strings.Split(f.Tag.Get("mapstructure"), ",")[0]
			if name == "" || name == "-" {
				continue
			}
			kt.children[name] = treeOf(f.Type)
			kt.order = append(kt.order, name)
		}
		return kt
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Struct:
		return &keyTree{listOf: treeOf(t.Elem())}
	}
	return nil
}

// configTree is the key tree of Config, built on first use: commands that
// read no configuration file (--help, init) do not pay for the reflection.
var configTree = sync.OnceValue(func() *keyTree { return treeOf(reflect.TypeOf(Config{})) })

// LeafKeys returns every scalar key of Config in dotted form ("paths.output"),
// in field order. Lists of objects (agencies) are not leaves: they can only be
// set in the file.
func LeafKeys() []string {
	var out []string
	var walk func(kt *keyTree, prefix string)
	walk = func(kt *keyTree, prefix string) {
		for _, name := range kt.order {
			switch child := kt.children[name]; {
			case child == nil:
				out = append(out, prefix+name)
			case child.children != nil:
				walk(child, prefix+name+".")
			}
		}
	}
	walk(configTree(), "")
	return out
}

// EnvName is the environment variable that overrides key:
// "paths.output" → REPORTPIPE_PATHS_OUTPUT.
func EnvName(key string) string {
	return "REPORTPIPE_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}
