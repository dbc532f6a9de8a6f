package intake

// SkipReason says why Scan would leave out a file of this name (a lock
// file, a temporary or partly downloaded file, a hidden or system file), or
// "" when it may be a submission. The web app refuses such names on upload.
func SkipReason(name string) string { return skipReason(name, false) }
