// Package officepdf turns the version to publish into what a board puts
// on its website, with LibreOffice: the page numbers of its contents and a
// tagged PDF, in one start (Publish: a Basic macro in a profile kept
// between calls updates the contents and exports a PDF/UA). It is the only renderer that
// runs a program; without LibreOffice or pdftotext it says so and the
// Word file is published without them.
package officepdf
