// Package intake owns everything between the submissions folder and the
// extractors: Scan walks the folder (subfolders too) and skips lock and temp
// files; Sniff decides each file's format by its bytes; ParseEML opens saved
// e-mails for their attachments; Agencies identifies the sender;
// ResolveVersions keeps the latest version of each statement and lists the
// ones it superseded; Cache keeps what was derived from each file by its
// content hash (the Document, its placements under a mapping key, or the
// rejection; and small values by Key) so an unchanged file is not converted,
// read or mapped twice. A .doc is converted by Prepare, which callers reach
// only on a cache miss. Intake only reads the submissions
// folder: it never writes, moves or deletes a submission.
package intake
