// Package rules is the default, offline mapper: it places every block of a
// Document into a template section. Headings that match a section's wordings
// (tolerantly: case, punctuation, numbering, plurals, small typos) open that
// section and the blocks under them follow it; an agency's own heading takes
// the one required section missing between its neighbours (the gap rule);
// a lead-in that names a section ("Our key successes this year were:")
// opens it; a leading inspection summary without a heading is found by its
// words and ends where the statement proper begins, its recommendation
// lists, timescale lead-ins and closing words included. Question-form
// headings are matched as statements ("What did we do?" as "what we did"),
// a heading run into its paragraph ("Key successes: ...") opens its
// section, headings in an agency's own order or as topics under an empty
// section heading are placed by what is missing and by their words, and
// flagged where that is a guess; a heading naming two neighbouring
// sections ("Outcomes and successes") splits its stretch between them by
// meaning, flagged. An inspection heading opens the inspection section
// wherever it comes when its text reads like an inspection; part labels
// ("Part One –", "Section B:") are stripped; question and first-person
// headings are also read by their idea words; a cover letter before the
// first heading goes to context, flagged. A return form's guidance, field
// and contact lines and a glossary go to unmapped, flagged; a headed
// statement ending nearly all in one section is flagged there. Where a
// heading's words name no section its text decides: an agency heading over
// text that reads as an inspection opens inspection wherever it stands, a
// letter under its own heading is a cover letter, of several agency
// headings in a gap the missing section opens where the text turns to it,
// the agency's own headings before the template's first go where their
// words point (flagged), a loose lead line after a sibling that opened a
// section opens its own, contact details ending a statement go to
// unmapped (flagged), as do a signature, approval or enquiry line there,
// a first-person foreword before the first section heading goes to
// context (flagged), an inspection told at the end of a matched context
// stretch goes to inspection (flagged), and a block whose words disagree
// with a loosely matched heading is flagged. Stretches with no
// usable heading are placed by meaning, scoring each block against the
// sections' cue words and its form (a lead-in keeps its list, a run of
// one-figure lines stays together, a later period than the report's is a
// plan), and choosing, by dynamic programming, the best assignment that
// keeps the template's order; in a statement with no headings an
// inspection reported mid-statement (its inspector the subject), a return
// form's frame lines, a glossary or sign-off at the end, the closing run
// of signature, approval and contact lines, a preface or first-person
// foreword at the start (context, flagged), a closing remark and figures
// opening the statement are set aside first, so the rest keeps its order
// around them; an inspection part there ends at the agency's own response
// and measures after it, the agency's staff doing things in the past
// tense is activity (its units too), an audit's finding is outcomes, the
// agency's work taken up by others is a success, and a plan or an award
// told before its place goes to its section, flagged (so do a result, a
// measure changing, told among the work, and a success the agency is
// proud of); the agency's own imperative plans end an inspection part and
// are plans; internal auditors open an audit part as an inspectorate
// does; a salutation, a summary list and the answers' preface at the start
// and a long dated signature at the end are set aside; a paragraph
// describing a service again among the work is flagged; a block placed by
// meaning with no cue for its section and clear cues for another is
// flagged. A heading joining two ideas whose halves name neighbouring
// sections ("Who we are and what we do") is read as naming both; a
// purpose line or covering note before the first heading goes to
// unmapped, flagged; after an inspection part that interrupts the
// statement the agency's own paragraphs are placed by meaning; topics
// under an empty heading naming two sections take the one their words
// point to; text that disagrees with a kept section is flagged. A result
// or an award told among what was done goes to outcomes or successes, a
// note on the document (a subtitle to the board, who prepared it, a
// purpose line under the first heading) to unmapped, and doing under an
// agency topic placed in outcomes to activity, all flagged; a second
// agency topic in a row is flagged. Every
// placement
// carries a confidence (lowered where the mapper is likely wrong), the
// runner-up section and the evidence in words.
package rules
