// Package tracker builds the submission tracker a business manager reads
// with `reportpipe status`: one row per expected agency (received, needs
// attention or missing, with its files, time, section coverage and flags),
// then the files that were not identified, rejected or superseded. Build is
// pure (a run's Result and the configuration in, a Tracker out); Text,
// JSON and Chase write it for people, machines and e-mails.
package tracker
