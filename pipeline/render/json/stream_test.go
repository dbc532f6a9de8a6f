package json

import (
	"bytes"
	stdjson "encoding/json"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/model"
	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// whole is v as encoding/json indents it in one piece at prefix.
func whole(t *testing.T, v any, prefix string) string {
	t.Helper()
	var b bytes.Buffer
	enc := stdjson.NewEncoder(&b)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func streamed(t *testing.T, v any, prefix string) string {
	t.Helper()
	var b bytes.Buffer
	s := &streamer{w: &b}
	s.stream(reflect.ValueOf(v), prefix, true)
	if s.err != nil {
		t.Fatal(s.err)
	}
	return b.String()
}

// grow repeats every list inside v (a pointer) until it holds at least n
// elements, so every big-list path of the streamer is taken.
func grow(v reflect.Value, n int) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			grow(v.Elem(), n)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				grow(v.Field(i), n)
			}
		}
	case reflect.Slice:
		if v.Len() == 0 || !v.CanSet() {
			return
		}
		out := reflect.MakeSlice(v.Type(), 0, n+v.Len())
		for out.Len() < n {
			out = reflect.AppendSlice(out, v)
		}
		v.Set(out)
		for i := 0; i < v.Len(); i++ {
			grow(v.Index(i), 4) // inner lists grow a little: the whole is n times larger already
		}
	}
}

// oddShapes are the struct shapes the streamer leaves to encoding/json or
// must copy exactly: embedded fields, options, pointers, maps, times.
type inner struct {
	A int    `json:"a"`
	B string `json:"b,omitempty"`
}

type embedded struct {
	inner
	C []inner `json:"c"`
}

type oddShapes struct {
	Plain   string           `json:"plain"`
	NoTag   int              // its Go name
	Omitted []inner          `json:"omitted,omitempty"`
	Empty   []inner          `json:"empty"`
	Nil     []inner          `json:"nil"`
	Big     []inner          `json:"big"`
	Ptrs    []*inner         `json:"ptrs"`
	NilPtr  *inner           `json:"nil_ptr"`
	OmitPtr *inner           `json:"omit_ptr,omitempty"`
	Map     map[string]inner `json:"map"`
	When    time.Time        `json:"when"`
	Any     any              `json:"any"`
	Skipped string           `json:"-"`
	//lint:ignore SA5008 a tag encoding/json reads oddly, on purpose
	Dash      string            `json:"-,"`
	Embedded  embedded          `json:"embedded"`
	Flags     map[string][]bool `json:"flags,omitempty"`
	unexposed int
}

// Each of these has one field the streamer must not write itself.
type (
	quoted struct {
		Big    []inner `json:"big"`
		Quoted int     `json:"quoted,string"`
	}
	omitZero struct {
		Big  []inner `json:"big"`
		Zero inner   `json:"zero,omitzero"`
	}
	escapedName struct {
		Big []inner `json:"big"`
		E   string  `json:"a<b>"`
		//lint:ignore SA5008 a tag encoding/json reads oddly, on purpose
		F string `json:"a\\b"` // not a valid name: encoding/json uses "F"
	}
)

// The streamed encoding is encoding/json's, byte for byte: for the
// fixtures' analyses grown to hundreds of rows (every big-list path), for
// whole documents, and for the shapes it must leave to encoding/json.
func TestStreamMatchesEncoding(t *testing.T) {
	big := make([]inner, 100)
	for i := range big {
		big[i] = inner{A: i, B: strings.Repeat("x<&>", i%3)}
	}
	odd := oddShapes{Plain: "p \u2028 \"q\"", NoTag: 3, Empty: []inner{}, Big: big, Ptrs: []*inner{&big[1], nil, &big[2]},
		OmitPtr: &inner{}, Map: map[string]inner{"z": {A: 1}, "a": {}}, When: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC),
		Any: big[:70], Skipped: "no", Dash: "yes", Embedded: embedded{inner: inner{A: 1}, C: big}, unexposed: 1}
	values := []any{odd, &odd, oddShapes{}, []oddShapes{odd, {}}, big, nil, []inner{},
		quoted{Big: big, Quoted: 7}, omitZero{Big: big}, escapedName{Big: big, E: "e"}, embedded{C: big}}
	for _, r := range []*model.Report{fixture.Small(), fixture.Board(), fixture.Outlined()} {
		if r.Analysis == nil {
			continue
		}
		grow(reflect.ValueOf(r.Analysis), 150)
		values = append(values, r.Analysis, build(r, true))
	}
	for i, v := range values {
		for _, prefix := range []string{"", "  ", "    "} {
			if got, want := streamed(t, v, prefix), whole(t, v, prefix); got != want {
				t.Errorf("value %d at prefix %q: streamed\n%.2000s\nwant\n%.2000s", i, prefix, got, want)
			}
		}
	}
}

// An analysis of thousands of agencies is written without its whole
// encoding in memory: what the writer allocates is a small part of what it
// writes.
func TestAnalysisIsStreamed(t *testing.T) {
	r := fixture.Small()
	grow(reflect.ValueOf(r.Analysis), 3000)
	var out countWriter
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	s := &streamer{w: &out}
	s.stream(reflect.ValueOf(r.Analysis), "  ", true)
	runtime.ReadMemStats(&after)
	if s.err != nil {
		t.Fatal(s.err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(out)/2 {
		t.Errorf("writing %d MB of analysis allocated %d MB: it is encoded whole", out>>20, alloc>>20)
	}
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }
