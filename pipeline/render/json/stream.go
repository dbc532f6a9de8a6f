package json

import (
	"encoding"
	stdjson "encoding/json"
	"reflect"
	"strings"
	"sync"
)

// bigSlice is the length from which a list is written element by element,
// and a struct holding one field by field: a season of thousands of
// agencies makes lists (the completeness rows, a theme's agencies) whose
// whole encoding would be tens of megabytes held at once.
const bigSlice = 64

// stream writes v indented as if nested at prefix, byte for byte as
// encoding/json would (TestStreamMatchesEncoding), but a large struct field
// by field and a list of structs element by element, so no more than one
// element's encoding is held at a time. Anything else, and any struct
// whose encoding this does not reproduce (custom marshalers, embedded
// fields, the "string" and "omitzero" options), is encoded whole.
func (s *streamer) stream(v reflect.Value, prefix string, top bool) {
	if s.err != nil {
		return
	}
	if !v.IsValid() {
		s.value(nil, prefix)
		return
	}
	for v.Kind() == reflect.Pointer && !v.IsNil() && !marshals(v.Type()) {
		v = v.Elem()
	}
	switch {
	case v.Kind() == reflect.Struct && (top || holdsBigSlice(v)) && streamable(v.Type()):
		s.streamStruct(v, prefix)
	case v.Kind() == reflect.Slice && v.Len() > 0 && !marshals(v.Type()) && elemIsStruct(v.Type()):
		s.streamSlice(v, prefix)
	default:
		s.value(v.Interface(), prefix)
	}
}

func (s *streamer) streamStruct(v reflect.Value, prefix string) {
	inner := prefix + "  "
	fields := structFields(v.Type())
	n := 0
	for _, f := range fields {
		fv := v.Field(f.index)
		if f.omitEmpty && isEmpty(fv) {
			continue
		}
		if n == 0 {
			s.raw("{\n")
		} else {
			s.raw(",\n")
		}
		n++
		s.raw(inner + `"` + f.name + `": `)
		s.stream(fv, inner, false)
	}
	if n == 0 {
		s.raw("{}")
		return
	}
	s.raw("\n" + prefix + "}")
}

func (s *streamer) streamSlice(v reflect.Value, prefix string) {
	inner := prefix + "  "
	s.raw("[\n")
	for i := 0; i < v.Len(); i++ {
		if i > 0 {
			s.raw(",\n")
		}
		s.raw(inner)
		s.stream(v.Index(i), inner, false)
	}
	s.raw("\n" + prefix + "]")
}

// holdsBigSlice reports whether a struct has a list field of bigSlice
// elements or more.
func holdsBigSlice(v reflect.Value) bool {
	for i := 0; i < v.NumField(); i++ {
		if f := v.Field(i); f.Kind() == reflect.Slice && f.Len() >= bigSlice {
			return true
		}
	}
	return false
}

func elemIsStruct(t reflect.Type) bool {
	e := t.Elem()
	if e.Kind() == reflect.Pointer {
		e = e.Elem()
	}
	return e.Kind() == reflect.Struct
}

var (
	marshalerType     = reflect.TypeFor[stdjson.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// marshals reports whether t (or a pointer to it) encodes itself.
func marshals(t reflect.Type) bool {
	for _, u := range []reflect.Type{t, reflect.PointerTo(t)} {
		if u.Implements(marshalerType) || u.Implements(textMarshalerType) {
			return true
		}
	}
	return false
}

func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return v.IsZero()
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// field is one exported, encoded field of a struct.
type field struct {
	index     int
	name      string
	omitEmpty bool
}

type fieldsOf struct {
	fields []field
	ok     bool // the struct's encoding is reproduced field by field
}

var fieldCache sync.Map // reflect.Type -> fieldsOf

func structFields(t reflect.Type) []field { return fieldInfo(t).fields }

func streamable(t reflect.Type) bool { return !marshals(t) && fieldInfo(t).ok }

func fieldInfo(t reflect.Type) fieldsOf {
	if c, ok := fieldCache.Load(t); ok {
		return c.(fieldsOf)
	}
	info := fieldsOf{ok: true}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if sf.Anonymous {
			info.ok = false // promoted fields: left to encoding/json
			break
		}
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		f := field{index: i, name: name}
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "omitempty":
				f.omitEmpty = true
			case "string", "omitzero":
				info.ok = false
			}
		}
		if !plainName(name) {
			info.ok = false
		}
		info.fields = append(info.fields, f)
	}
	fieldCache.Store(t, info)
	return info
}

// plainName reports whether a key is written as it is (letters, digits
// and "_"), so it needs no escaping.
func plainName(name string) bool {
	for _, r := range name {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return name != ""
}
