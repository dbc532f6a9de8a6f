package officepdf

import (
	"fmt"
	"os"
	"path/filepath"
)

// The Basic library the session installs in its LibreOffice profile. Run
// opens the document hidden, updates every index (the contents' page
// numbers), exports a tagged PDF/UA, and ends LibreOffice, also when a
// step fails (then no PDF is written, and the caller says so).
const publishModule = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Publish" script:language="StarBasic">
Sub Run(inURL As String, pdfURL As String)
	On Error GoTo Done
	Dim load(0) As New com.sun.star.beans.PropertyValue
	load(0).Name = &quot;Hidden&quot;
	load(0).Value = True
	Dim doc As Object
	doc = StarDesktop.loadComponentFromURL(inURL, &quot;_blank&quot;, 0, load())
	Dim idx As Object
	idx = doc.getDocumentIndexes()
	Dim i As Integer
	For i = 0 To idx.getCount() - 1
		idx.getByIndex(i).update()
	Next i
	doc.refresh()
	Dim fd(3) As New com.sun.star.beans.PropertyValue
	fd(0).Name = &quot;UseTaggedPDF&quot;
	fd(0).Value = True
	fd(1).Name = &quot;PDFUACompliance&quot;
	fd(1).Value = True
	fd(2).Name = &quot;ExportBookmarks&quot;
	fd(2).Value = True
	fd(3).Name = &quot;ExportNotes&quot;
	fd(3).Value = False
	Dim ex(1) As New com.sun.star.beans.PropertyValue
	ex(0).Name = &quot;FilterName&quot;
	ex(0).Value = &quot;writer_pdf_Export&quot;
	ex(1).Name = &quot;FilterData&quot;
	ex(1).Value = fd()
	doc.storeToURL(pdfURL, ex())
	doc.close(True)
Done:
	StarDesktop.terminate()
End Sub
</script:module>
`

const libraryXLB = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Reportpipe" library:readonly="false" library:passwordprotected="false">%s</library:library>
`

const containerXLC = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Reportpipe" xlink:href="$(USER)/basic/Reportpipe/%s.xlb/" xlink:type="simple" library:link="false"/>
</library:libraries>
`

// setupDone tells a new profile that LibreOffice's first-start setup has
// run, which otherwise replaces the profile's Basic libraries with the
// default ones on that start and the macro would not be found: with it a
// new profile costs no extra start.
const setupDone = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`

// installMacro writes the Reportpipe Basic library into profile, and, in
// a new profile, the note that its first-start setup is done. The
// library's registration is written each time: a profile LibreOffice
// set up itself lists only its Standard library.
func installMacro(profile string) error {
	basic := filepath.Join(profile, "user", "basic")
	lib := filepath.Join(basic, "Reportpipe")
	if err := os.MkdirAll(lib, 0o700); err != nil {
		return err
	}
	reg := filepath.Join(profile, "user", "registrymodifications.xcu")
	files := map[string]string{
		filepath.Join(lib, "Publish.xba"):  publishModule,
		filepath.Join(lib, "script.xlb"):   fmt.Sprintf(libraryXLB, ` <library:element library:name="Publish"/>`+"\n"),
		filepath.Join(lib, "dialog.xlb"):   fmt.Sprintf(libraryXLB, ""),
		filepath.Join(basic, "script.xlc"): fmt.Sprintf(containerXLC, "script"),
		filepath.Join(basic, "dialog.xlc"): fmt.Sprintf(containerXLC, "dialog"),
	}
	if _, err := os.Stat(reg); os.IsNotExist(err) {
		files[reg] = setupDone
	}
	for name, data := range files {
		if old, err := os.ReadFile(name); err == nil && string(old) == data {
			continue
		}
		if err := os.WriteFile(name, []byte(data), 0o600); err != nil {
			return err
		}
	}
	return nil
}
