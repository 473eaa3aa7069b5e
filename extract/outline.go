package extract

// A Block is one piece of the note's content, in document order, for the cheat sheet.
type Block struct {
	Kind  BlockKind
	Level int    // heading level
	Text  string // plain text
	Pos   Pos
}

// A BlockKind says what a Block holds.
type BlockKind int

// The kinds of Block.
const (
	Heading BlockKind = iota
	Paragraph
)

// buildOutline returns the whole note as blocks.
func (p *parsed) buildOutline() []Block {
	return nil
}
