package render

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/reportpipe/reportpipe/pipeline/render/internal/fixture"
)

// FuzzWriteSet writes a set under an arbitrary report name onto a disk that
// fills after room bytes. Whatever happens, the folder is never left in
// between: either the new set is there whole, inside the folder and named
// by latest.json, or the folder is as it was. No temporary ever remains.
func FuzzWriteSet(f *testing.F) {
	f.Add("annual", uint16(0), false)
	f.Add("../x", uint16(5000), false)
	f.Add("a:b", uint16(100), true)
	f.Add(strings.Repeat("n", 300), uint16(9000), false)
	f.Fuzz(func(t *testing.T, name string, room uint16, fail bool) {
		dir := t.TempDir()
		before := writeGoodSet(t, dir)
		beforeNames := fmt.Sprint(names(t, dir))
		rs := []Renderer{fixedRenderer{ext: "md", text: strings.Repeat("m", 4000)}, fixedRenderer{ext: "json", text: "{}", fail: fail}}
		disk := &fullDisk{room: int(room), free: 1 << 40}
		paths, err := writeSet(disk, dir, name, stamp.Add(time.Hour), fixture.Small(), rs)
		for _, n := range names(t, dir) {
			if isOwnTemp(n) {
				t.Fatalf("temporary %s left (err %v)", n, err)
			}
		}
		if err != nil {
			if got := fmt.Sprint(names(t, dir)); got != beforeNames {
				t.Fatalf("after %v the folder holds %s, was %s", err, got, beforeNames)
			}
			assertOnlySet(t, dir, before)
			return
		}
		l, lerr := ReadLatest(dir)
		if lerr != nil || len(l.Files) != len(rs) || len(paths) != len(rs) {
			t.Fatalf("latest %v (%v) for paths %v", l.Files, lerr, paths)
		}
		for _, p := range paths {
			if filepath.Dir(p) != dir || l.Files[strings.TrimPrefix(filepath.Ext(p), ".")] != filepath.Base(p) {
				t.Fatalf("%s is outside %s or not what latest.json names (%v)", p, dir, l.Files)
			}
			if _, err := os.Stat(p); err != nil {
				t.Fatal(err)
			}
		}
	})
}
