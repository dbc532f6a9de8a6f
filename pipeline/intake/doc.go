// Package intake owns everything between the submissions folder and the
// extractors: Scan walks the folder (subfolders too) and skips lock and temp
// files; Sniff decides each file's format by its bytes; ParseEML opens saved
// e-mails for their attachments; Agencies identifies the sender;
// ResolveVersions keeps the latest version of each statement and lists the
// ones it superseded; Cache keeps extracted Documents by content hash so an
// unchanged file is not read twice. Intake only reads the submissions
// folder: it never writes, moves or deletes a submission.
package intake
