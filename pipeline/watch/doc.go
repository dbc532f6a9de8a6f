// Package watch owns watch mode's file-system side: a Watcher that runs a
// rebuild once and again whenever the submissions folder changes (fsnotify
// events plus polling, since network shares send none), batching bursts and
// waiting until each changed file is complete; and the output folder's lock
// file, so only one run or watch works on an output folder at a time.
package watch
