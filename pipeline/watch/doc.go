// Package watch owns watch mode's file-system side: a Watcher that runs a
// rebuild once and again whenever the submissions folder changes (fsnotify
// events plus polling, since network shares send none), batching bursts and
// waiting until each changed file is complete. The output folder's lock is
// the output writer's (render.AcquireLock).
package watch
