package update

import "errors"

// ErrNotDraft: the file is not a draft reportpipe wrote (or was written
// before drafts recorded where they came from), so there is nothing to
// match its paragraphs against.
var ErrNotDraft = errors.New("it is not a reportpipe draft: it carries no record of the run that wrote it")

// ErrUnmatched: the file says it is a draft, but its statements cannot be
// matched with the current ones: none of the paragraphs it recorded can be
// found in it any more (the text was pasted into a new document, which
// drops the bookmarks), or none of its agencies has a statement now.
var ErrUnmatched = errors.New("its statements cannot be matched with the current submissions")

// errNoRecord is readDraft's finding behind ErrNotDraft.
var errNoRecord = errors.New("no provenance record")
