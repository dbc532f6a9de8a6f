package docx

import (
	"time"

	"github.com/reportpipe/reportpipe/pipeline/extract/ziputil"
)

// partCore holds the package's core properties (title, author, dates).
const partCore = "docProps/core.xml"

// lastSaved is dcterms:modified from the core properties: when Word (or
// LibreOffice) last saved the file.
func lastSaved(pkg *ziputil.Package) time.Time { return ziputil.LastSaved(pkg, partCore, "modified") }
