// Package ocr reads the pages of a PDF that have no usable text layer (a
// scan, or a page whose text fails the quality check) from their pictures
// with tesseract, when it is installed. It wraps the PDF extractor: pages
// read well are left as they are, every page read by OCR carries the
// warning model.OCRWarning, and without tesseract a scanned file is refused
// as before, saying OCR could read it. Like the .doc conversion in intake,
// the external programs work in a private temporary folder and are bounded
// in time; the submission itself is never touched.
package ocr
