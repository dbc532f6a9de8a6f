package watch

import (
	"context"
	"io/fs"
	"log/slog"
	"path/filepath"
	"strings"

	"github.com/fsnotify/fsnotify"
)

// startEvents watches root and its folders with fsnotify and sends a signal
// on the returned channel (never blocking: one pending signal is enough) for
// each event. When fsnotify is unavailable the channel stays silent and
// polling alone finds changes.
func startEvents(ctx context.Context, root string, ignore, also []string, log *slog.Logger) <-chan struct{} {
	out := make(chan struct{}, 1)
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		log.Warn("file events unavailable; polling only", "err", err)
		return out
	}
	addTree(fw, root, ignore, log)
	for _, f := range also {
		// the folder of each also file, not its tree: editors replace a
		// file by renaming, which only its folder's watch sees
		if err := fw.Add(filepath.Dir(f)); err != nil {
			log.Debug("cannot watch folder; polling covers it", "folder", filepath.Dir(f), "err", err)
		}
	}
	go func() {
		defer fw.Close()
		for {
			select {
			case <-ctx.Done():
				return
			case ev, ok := <-fw.Events:
				if !ok {
					return
				}
				if ignored(ev.Name, ignore) {
					continue
				}
				if ev.Has(fsnotify.Create) {
					addTree(fw, ev.Name, ignore, log) // a new subfolder: watch it too
				}
				select {
				case out <- struct{}{}:
				default:
				}
			case err, ok := <-fw.Errors:
				if !ok {
					return
				}
				log.Warn("file events error; polling continues", "err", err)
			}
		}
	}()
	return out
}

// addTree adds path and every folder under it, except hidden and ignored
// ones. A plain file is ignored (its folder is already watched).
func addTree(fw *fsnotify.Watcher, path string, ignore []string, log *slog.Logger) {
	_ = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if p != path && strings.HasPrefix(d.Name(), ".") || ignored(p, ignore) {
			return fs.SkipDir
		}
		if err := fw.Add(p); err != nil {
			log.Debug("cannot watch folder; polling covers it", "folder", p, "err", err)
		}
		return nil
	})
}
