package analysis

import (
	"strings"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

// PersonalData runs the possible-personal-data checks of the publication
// analysis over one text of agency's (a paragraph of a reviewer's edited
// copy, for pipeline/publish), so the text to publish is checked by the
// same rules as the statements were.
func PersonalData(agency, text string) []model.PersonalDataFinding {
	return blockPersonalData(item{cite: model.Citation{Agency: agency}, text: text, lower: strings.ToLower(text)})
}
