// Package web is reportpipe's local web app (reportpipe serve): a second
// face over the same library calls as the commands, for a business manager
// who never opens a terminal. It shows the season (one row per agency),
// takes new submissions by drag and drop, shows each statement with its
// placements and doubts, saves the reviewers' placement decisions, builds
// drafts to download, updates and publishes the reviewers' edited draft (the
// same library calls as update and publish, the upload kept in memory only)
// and gives the chase e-mails as .eml files. Pages update
// by themselves (server-sent events) when the caller's watcher calls
// Refresh.
//
// It is made for one person on one machine: it listens on loopback only,
// every request needs the secret token printed at start, every request that
// changes something must also come from the app's own pages (Origin and
// Sec-Fetch-Site) and carry the token itself, uploads are bounded and never
// overwrite, and only the submissions and drafts the workspace lists can be
// downloaded. Every asset is embedded: nothing is fetched from elsewhere.
package web
