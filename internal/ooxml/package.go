package ooxml

// Package is a .docx package kept in its order, so the parts an edit
// does not change are written back byte for byte.
type Package struct {
	Names []string
	Parts map[string][]byte
}

// Read reads a package within lim.
func Read(data []byte, lim Limits) (*Package, error) {
	names, parts, err := readParts(data, lim)
	if err != nil {
		return nil, err
	}
	return &Package{Names: names, Parts: parts}, nil
}

// Set replaces or adds a part.
func (p *Package) Set(name string, data []byte) {
	if _, ok := p.Parts[name]; !ok {
		p.Names = append(p.Names, name)
	}
	p.Parts[name] = data
}

// Bytes writes the package.
func (p *Package) Bytes() ([]byte, error) { return writeParts(p.Names, p.Parts) }
