// Package update brings a reviewer's edited Word draft up to date with the
// statements as a run compiles them now. It reads the draft's provenance
// record and bookmarks (pipeline/render/docx/provenance), renders the
// current report, and works out per agency what changed: a new version
// (block by block, then word by word inside a changed paragraph), a newly
// arrived statement, a withdrawn one; and, for a whole report, each board
// chapter whose file changed or arrived since the draft was made (chapter.go),
// in its own part. It writes those changes into the
// reviewer's document as Word tracked changes by "reportpipe", leaving every
// byte of the reviewer's own work as it was, and adds a comment where the
// reviewer and the agency changed the same paragraph instead of merging
// their words. Agency text is only inserted or deleted as the agency sent
// it, never reworded.
package update
