// Package render owns the output of a run: the Renderer interface, the set
// of renderers (DOCX, Markdown, HTML, JSON, in subpackages) and WriteAll,
// which publishes one dated draft set whole or not at all beside earlier
// drafts (never over them) and then points latest.json at it. Renderers are pure: a
// Report in, bytes out; only WriteAll touches the file system. The output
// folder's lock (AcquireLock) lives here too, with the writer it protects,
// so only one run or watch writes to an output folder at a time; taking it
// removes the temporaries a killed run left.
package render
