// Package layout is what every renderer agrees on about a Report's shape:
// the sections of a statement in template order (then any other key, then
// unmapped), which placements act as headings, the file each block came
// from, the reviewer notes for low-confidence placements, and the headings'
// wording ("7.1 Agency", the source line). Renderers only decide how it looks.
package layout
