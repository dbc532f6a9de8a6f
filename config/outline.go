package exampleconfig

import "strings"

// boardOutline is the outline a new board's configuration starts with:
// the twelve parts of a published LSCB annual report, each chapter
// awaited until its file is saved in chapters/, for the board to fill in
// (owners, contacts, deadlines) or cut down.
const boardOutline = `# The whole report, in order: the shape of a published LSCB annual report.
# Fill in who writes each chapter (owner, contact) and when it is due
# (deadline, YYYY-MM-DD; empty: report.deadline); remove the parts your
# report does not have. A chapter is a .docx, .odt or .md file saved in
# chapters/; a table is a .csv or .xlsx file there, whose first row holds
# the column headings and whose "Total" row gets the column sums.
outline:
  - part: chapter
    title: Introduction from the Independent Chair
    file: 01-introduction.docx
    owner: Independent Chair
  - part: chapter
    title: Executive Summary
    file: 02-executive-summary.docx
    owner: Business Manager
  - part: chapter
    title: Context
    file: 03-context.docx
  - part: chapter
    title: The Journey of the Child
    file: 04-journey-of-the-child.docx
  - part: chapter
    title: Allegations against Adults working with Children
    file: 05-allegations.docx
    owner: Designated Officer
  - part: chapter
    title: The Board's Challenge to Partners
    file: 06-board-challenge.docx
  # The partner statements, numbered 7.1, 7.2 ... (report.statements_title).
  - part: statements
  - part: chapter
    title: Learning from Reviews
    file: 08-learning-from-reviews.docx
    owner: Chair of the Case Review Group
    # The checklist items (analysis.checklist keys) this chapter should
    # show: while it is awaited, an item without evidence names it.
    covers: [practice_reviews]
  - part: table
    title: Financial Report
    file: 09-finance.xlsx
    owner: Finance Officer
  - part: table
    title: Board Membership and Attendance
    file: 10-attendance.xlsx
    owner: Business Manager
  # reportpipe's analysis of the statements.
  - part: analysis
  - part: chapter
    title: Conclusions
    file: 12-conclusions.docx
    owner: Independent Chair
`

// exampleOutline is the example board's outline: its fictional chapters
// and tables (examples/chapters), which init --example writes beside it.
const exampleOutline = `# The whole report, in order (see docs/config.md, "The report outline").
outline:
  - part: chapter
    title: Introduction from the Independent Chair
    file: introduction.md
    owner: Independent Chair
    contact: chair@riverside-lscb.example.org
  - part: chapter
    title: Executive Summary
    file: executive-summary.md
    owner: Business Manager
    contact: business.manager@riverside-lscb.example.org
  - part: chapter
    title: Context
    file: context.md
  - part: chapter
    title: The Journey of the Child
    file: journey-of-the-child.docx
  - part: chapter
    title: Allegations against Adults working with Children
    file: allegations.md
    owner: Designated Officer
  - part: chapter
    title: The Board's Challenge to Partners
    file: board-challenge.md
  - part: statements
  - part: chapter
    title: Learning from Reviews
    file: learning-from-reviews.odt
    owner: Chair of the Case Review Group
    covers: [practice_reviews]
  - part: table
    title: Financial Report
    file: finance.csv
    owner: Finance Officer
  - part: table
    title: Board Membership and Attendance
    file: attendance.csv
  - part: analysis
  - part: chapter
    title: Conclusions
    file: conclusions.md
    owner: Independent Chair
`

// withOutline puts outline in place of the documented example's empty
// outline (keeping the comment that explains the keys above it).
func withOutline(s, outline string) string {
	return strings.Replace(s, "outline: []\n", outline, 1)
}
