// Package score measures reportpipe's output against the shared corpus's
// ground truth the way ../shared/tools/score-corpus does: word coverage (the
// truth's words found in order in the output) and accuracy (those words also
// placed in the truth's section, or an allowed alternative). Tests use it so
// the numbers they assert are the numbers the issues quote.
package score
