package update

import "errors"

// ErrNotDraft: the file is not a draft reportpipe wrote (or was written
// before drafts recorded where they came from), so there is nothing to
// match its paragraphs against.
var ErrNotDraft = errors.New("it is not a reportpipe draft: it carries no record of the run that wrote it")

// ErrUnmatched: the file says it is a draft, but none of the paragraphs it
// recorded can be found in it any more (for example the text was pasted
// into a new document, which drops the bookmarks).
var ErrUnmatched = errors.New("none of the statements' paragraphs it recorded can be found in it (was the text copied into a new document?)")

// errNoRecord is readDraft's finding behind ErrNotDraft.
var errNoRecord = errors.New("no provenance record")
