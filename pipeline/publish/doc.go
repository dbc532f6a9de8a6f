// Package publish turns the reviewers' finished copy of a draft into the
// version to publish. It is pure: the edited DOCX (and the fresh draft of
// the statements as the agencies sent them) in, values and bytes out.
//
// Review lists what still needs a decision (tracked changes, open
// comments, possible personal data in the edited text, statements still
// awaited, text not placed, pictures without alt text), each with its
// statement and section. Publish then accepts the tracked changes when
// asked (never silently), removes what reportpipe put in for review (source
// lines, the DRAFT header and date line, reportpipe's comments, the review
// appendix and analyses, language-model drafts, its bookmarks and record),
// keeps every other byte the reviewers wrote, rebuilds the contents with
// the page numbers it is given, marks the accessibility the DOCX needs
// (title, en-GB, heading levels, repeating table header rows) and writes
// the edits register: every place where the agency text to publish differs
// from what the agency sent, word by word.
package publish
