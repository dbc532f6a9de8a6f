package model

// MapperReviewers is the Placement.Mapper of a block the reviewers placed
// themselves (a decision saved from the web app): it holds on every run,
// with confidence 1, whatever the mapper would say.
const MapperReviewers = "reviewers"

// PlacedByReviewers is the Evidence of such a placement, shown in the
// review page and the Word comment.
const PlacedByReviewers = "placed by the reviewers"
