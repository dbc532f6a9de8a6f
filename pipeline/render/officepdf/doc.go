// Package officepdf turns the version to publish into what a board puts
// on its website, with LibreOffice: the page numbers of its contents
// (from a first rendering) and a tagged PDF. It is the only renderer that
// runs a program; without LibreOffice or pdftotext it says so and the
// Word file is published without them.
package officepdf
