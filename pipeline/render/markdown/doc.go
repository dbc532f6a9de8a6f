// Package markdown renders a Report as Markdown (CommonMark with pipe
// tables), laid out like the Word draft, so two drafts can be compared
// with an ordinary diff. Agency text is verbatim, escaped only where
// Markdown would otherwise read it as markup.
package markdown
