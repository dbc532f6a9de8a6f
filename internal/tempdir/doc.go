// Package tempdir gives each reportpipe process a temporary folder of its
// own and sweeps those of processes that are gone. Every temporary file of
// a run (the .doc conversion's copy, OCR's page pictures, the reader
// processes' folders, LibreOffice's profile) is made under it, because the
// process points TMPDIR there: removing one folder on exit, Ctrl-C or
// SIGTERM removes them all, and a run killed outright leaves one folder
// that the next start removes.
package tempdir
