package pipeline

import (
	"errors"

	"github.com/reportpipe/reportpipe/pipeline/model"
)

func asInput(err error) (*model.InputError, bool) {
	var ie *model.InputError
	ok := errors.As(err, &ie)
	return ie, ok
}
