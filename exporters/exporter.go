package exporters

import (
	"io"

	"github.com/notes2deck/notes2deck/extract"
)

// An Exporter writes decks in one output format.
type Exporter interface {
	Export(w io.Writer, decks []extract.Deck) error
}

// NotetypeName is the Anki note type a card of kind k is written as.
func NotetypeName(k extract.Kind) string {
	switch k {
	case extract.Reversed:
		return "notes2deck Basic (and reversed card)"
	case extract.Cloze:
		return "notes2deck Cloze"
	}
	return "notes2deck Basic"
}
