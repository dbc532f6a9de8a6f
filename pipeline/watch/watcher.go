package watch

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"sort"
	"time"
)

// Options tune a Watcher. Zero durations take the defaults shown.
type Options struct {
	Root string // the submissions folder
	// Ignore lists folders under Root whose changes are not submissions
	// (the output folder, when it sits inside Root).
	Ignore []string
	Poll   time.Duration // list the folder this often as well (3s)
	Settle time.Duration // a file must keep its size and time this long (2s)
	// Quiet is how long no event may arrive before a rebuild, so a burst of
	// files gives one rebuild (Settle/2).
	Quiet time.Duration
	// GiveUp is how long a stable file may lack its zip or PDF trailer before
	// it is passed on anyway, to be rejected with a reason (20×Settle, ≥ 30s).
	GiveUp time.Duration
	// Patience is how long a file may keep changing before the other
	// changed files are rebuilt without it (3×Settle, ≥ 6s): a log or a
	// file being synced must not hold every other statement back.
	Patience time.Duration
	// Also are files outside Root whose changes rebuild too (the
	// configuration and the template); the rebuild sees them in changed.
	Also []string
	Log  *slog.Logger
}

// RebuildFunc rebuilds the draft. changed lists the files added, changed or
// removed since the last rebuild (all of them on the first); held lists
// files still being written that this rebuild must leave out (they come
// again in changed once they settle). An error is logged and the watch
// goes on.
type RebuildFunc func(ctx context.Context, changed, held []string) error

// Watcher runs a RebuildFunc once, then again whenever the folder changes
// and every changed file is complete.
type Watcher struct {
	opt     Options
	rebuild RebuildFunc
	built   map[string]stamp     // the folder as the last rebuild saw it
	seen    map[string]firstSeen // when each file's current stamp was first seen
	since   map[string]time.Time // when each changed file was first seen changed
}

type firstSeen struct {
	stamp
	at time.Time
}

// New returns a Watcher of opt.Root calling rebuild.
func New(opt Options, rebuild RebuildFunc) (*Watcher, error) {
	root, err := filepath.Abs(opt.Root)
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", opt.Root, err)
	}
	opt.Root = root
	for i, d := range opt.Ignore {
		if d != "" {
			if opt.Ignore[i], err = filepath.Abs(d); err != nil {
				return nil, fmt.Errorf("watch: %w", err)
			}
		}
	}
	for i, f := range opt.Also {
		if opt.Also[i], err = filepath.Abs(f); err != nil {
			return nil, fmt.Errorf("watch: %w", err)
		}
	}
	withDefaults(&opt)
	return &Watcher{opt: opt, rebuild: rebuild, seen: map[string]firstSeen{}, since: map[string]time.Time{}}, nil
}

func withDefaults(o *Options) {
	if o.Poll <= 0 {
		o.Poll = 3 * time.Second
	}
	if o.Settle <= 0 {
		o.Settle = 2 * time.Second
	}
	if o.Quiet <= 0 {
		o.Quiet = o.Settle / 2
	}
	if o.GiveUp <= 0 {
		o.GiveUp = max(20*o.Settle, 30*time.Second)
	}
	if o.Patience <= 0 {
		o.Patience = max(3*o.Settle, 6*time.Second)
	}
	if o.Log == nil {
		o.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
}

// Run rebuilds once, then watches until ctx is cancelled, when it returns
// nil. Only a folder that cannot be listed at the start is an error.
func (w *Watcher) Run(ctx context.Context) error {
	snap, err := snapshot(w.opt.Root, w.opt.Ignore, w.opt.Also)
	if err != nil {
		return err
	}
	w.built = snap
	w.run(ctx, sortedKeys(snap), nil)
	events := startEvents(ctx, w.opt.Root, w.opt.Ignore, w.opt.Also, w.opt.Log)
	return w.loop(ctx, events)
}

// loop waits for events and ticks. An event or a poll only asks for a
// check; the check compares the folder with the last rebuild, so lock files
// and touches that change nothing never rebuild.
func (w *Watcher) loop(ctx context.Context, events <-chan struct{}) error {
	poll := time.NewTicker(w.opt.Poll)
	defer poll.Stop()
	step := max(min(w.opt.Quiet, w.opt.Settle)/2, 10*time.Millisecond)
	check := time.NewTicker(step)
	defer check.Stop()
	pending := true // a check after the first rebuild catches files that arrived during it
	lastEvent, waitingSince := time.Now(), time.Now()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-events:
			if !pending {
				waitingSince = time.Now()
			}
			pending, lastEvent = true, time.Now()
		case <-poll.C:
			if !pending {
				waitingSince = time.Now()
			}
			pending = true
		case <-check.C:
			// Quiet groups a burst into one rebuild, but a file written
			// without pause (a sync client) never lets the folder go quiet:
			// past Patience the check runs anyway, so that file is held
			// back and the others are built.
			if pending && (time.Since(lastEvent) >= w.opt.Quiet || time.Since(waitingSince) >= w.opt.Patience) {
				pending, waitingSince = !w.check(ctx), time.Now()
			}
		}
	}
}

// check rebuilds when the folder differs from the last rebuild and every
// changed file is complete. It reports whether the folder is settled (no
// change left waiting).
func (w *Watcher) check(ctx context.Context) bool {
	snap, err := snapshot(w.opt.Root, w.opt.Ignore, w.opt.Also)
	if err != nil {
		w.opt.Log.Warn("cannot list the submissions folder; will try again", "folder", w.opt.Root, "err", err)
		return false
	}
	diff := changed(w.built, snap)
	if len(diff) == 0 {
		return true
	}
	now := time.Now()
	var ready, waiting []string
	for _, p := range diff {
		if _, ok := w.since[p]; !ok {
			w.since[p] = now
		}
		if s, ok := snap[p]; ok && !w.ready(p, s, now) {
			waiting = append(waiting, p) // keep checking the rest, so their settle time starts now
		} else {
			ready = append(ready, p)
		}
	}
	if len(waiting) > 0 && (len(ready) == 0 || !w.outOfPatience(waiting, now)) {
		return false
	}
	w.accept(snap, ready, waiting)
	sort.Strings(ready)
	sort.Strings(waiting)
	w.run(ctx, ready, waiting)
	return false // look again: files may have arrived during the rebuild
}

// outOfPatience reports whether every file still changing has been
// changing longer than Patience, so the rest should not wait for it.
func (w *Watcher) outOfPatience(waiting []string, now time.Time) bool {
	for _, p := range waiting {
		if now.Sub(w.since[p]) < w.opt.Patience {
			return false
		}
	}
	return true
}

// accept records the folder as rebuilt: the ready files as they are now,
// the held ones as they were, so they count as changed until they settle.
func (w *Watcher) accept(snap map[string]stamp, ready, held []string) {
	built := make(map[string]stamp, len(snap))
	for p, s := range snap {
		built[p] = s
	}
	for _, p := range held {
		if old, ok := w.built[p]; ok {
			built[p] = old
		} else {
			delete(built, p)
		}
	}
	w.built = built
	for _, p := range ready {
		delete(w.seen, p)
		delete(w.since, p)
	}
}

// ready reports whether the file at p, now stamped s, is complete: its
// stamp unchanged for Settle and its trailer present, or stable for GiveUp.
func (w *Watcher) ready(p string, s stamp, now time.Time) bool {
	fs, ok := w.seen[p]
	if !ok || fs.stamp != s {
		w.seen[p] = firstSeen{stamp: s, at: now}
		return false
	}
	stable := now.Sub(fs.at)
	if stable < w.opt.Settle {
		return false
	}
	if looksComplete(p) {
		return true
	}
	if stable >= w.opt.GiveUp {
		w.opt.Log.Warn("file still looks incomplete; reading it anyway", "file", p)
		return true
	}
	w.opt.Log.Debug("file not complete yet; will retry", "file", p)
	return false
}

// run calls the rebuild, keeping the watch alive whatever it does.
func (w *Watcher) run(ctx context.Context, diff, held []string) {
	defer func() {
		if r := recover(); r != nil {
			w.opt.Log.Error("rebuild failed unexpectedly; still watching", "panic", r)
		}
	}()
	w.opt.Log.Info("rebuilding", "changed", len(diff))
	if len(held) > 0 {
		w.opt.Log.Info("left out while still changing", "files", held)
	}
	if err := w.rebuild(ctx, diff, held); err != nil && ctx.Err() == nil {
		w.opt.Log.Error("rebuild failed; still watching", "err", err)
	}
}

func sortedKeys(m map[string]stamp) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
