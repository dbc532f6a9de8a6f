// Package analysis reads every mapped Statement together and produces the
// facts the board's analysis across partners is written from: which
// sections each agency filled (completeness), which cross-cutting themes
// each raises and where (themes), the training compliance figures they give
// (training), which statements give no evidence of impact (impact),
// possible personal data that should not be published (publication), and
// the board's analysis: every figure (figures), last year's areas for
// development followed up (progress), the yearly report's expected content
// on the whole report, the board's own chapters included (checklist,
// chapters), and each partner's impact, activity or change (partners).
//
// Each analysis is its own file, deterministic and offline. None of them
// changes or rewrites agency text: a finding quotes text verbatim and
// carries Citations (agency, section, file, page, block index; a board
// chapter's title and paragraph) so a reviewer can check it against the
// source.
package analysis
