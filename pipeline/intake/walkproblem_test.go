//go:build linux

package intake

import (
	"errors"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// A statement under a path too long to open is listed as not readable,
// with the reason, instead of vanishing from the run without a word.
func TestOverLongPathIsListedNotSkipped(t *testing.T) {
	root := t.TempDir()
	fd, err := syscall.Open(root, syscall.O_RDONLY|syscall.O_DIRECTORY, 0)
	if err != nil {
		t.Skip("cannot open folders by descriptor here:", err)
	}
	name := strings.Repeat("Riverside", 27) // 243 bytes, a legal name
	for range 18 {                          // about 4,400 bytes of path: past PATH_MAX
		if err := syscall.Mkdirat(fd, name, 0o755); err != nil {
			t.Fatal(err)
		}
		next, err := syscall.Openat(fd, name, syscall.O_RDONLY|syscall.O_DIRECTORY, 0)
		syscall.Close(fd)
		if err != nil {
			t.Fatal(err)
		}
		fd = next
	}
	f, err := syscall.Openat(fd, "statement.docx", syscall.O_CREAT|syscall.O_WRONLY, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	syscall.Close(f)
	syscall.Close(fd)
	t.Cleanup(func() { removeDeep(root, name) })
	files, _, err := Scan(root, ScanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var listed bool
	for _, f := range files {
		if f.Refused != nil && errors.Is(f.Refused, model.ErrUnreadable) && strings.Contains(f.Refused.Error(), "may be missing") {
			listed = true
		}
	}
	if !listed {
		t.Errorf("the deep folder was not listed as unreadable: %+v", files)
	}
}

// A folder reportpipe may not read is listed too (not testable as root,
// who reads everything).
func TestUnreadableFolderIsListedNotSkipped(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every folder")
	}
	root := t.TempDir()
	locked := root + "/Northgate"
	os.Mkdir(locked, 0o755)
	os.WriteFile(locked+"/statement.docx", []byte("x"), 0o644)
	os.Chmod(locked, 0)
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	files, _, err := Scan(root, ScanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || !errors.Is(files[0].Refused, model.ErrUnreadable) {
		t.Fatalf("want the locked folder listed as unreadable, got %+v", files)
	}
}

// removeDeep removes the chain of folders made by descriptor, deepest
// first, since a path to the bottom is too long for RemoveAll.
func removeDeep(root, name string) {
	var fds []int
	fd, err := syscall.Open(root, syscall.O_RDONLY|syscall.O_DIRECTORY, 0)
	for err == nil {
		fds = append(fds, fd)
		fd, err = syscall.Openat(fd, name, syscall.O_RDONLY|syscall.O_DIRECTORY, 0)
	}
	last := fds[len(fds)-1]
	syscall.Unlinkat(last, "statement.docx")
	for i := len(fds) - 1; i > 0; i-- {
		syscall.Close(fds[i])
		unlinkDir(fds[i-1], name)
	}
	syscall.Close(fds[0])
}
