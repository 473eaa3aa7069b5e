// Package csv writes decks as a CSV file that Anki's importer reads with no
// set-up: header lines name the separator, the columns, and which columns hold
// the note type, deck, tags and GUID.
package csv

import (
	stdcsv "encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// Exporter writes Anki-importable CSV. The zero value is ready to use.
type Exporter struct{}

var _ exporters.Exporter = Exporter{}

// Export writes every card of decks as one CSV row.
func (Exporter) Export(w io.Writer, decks []extract.Deck) error {
	head := "#separator:Comma\n#html:true\n#notetype column:2\n#deck column:3\n#tags column:8\n#guid column:1\n" +
		"#columns:GUID,Notetype,Deck,Front,Back,Context,Source,Tags\n"
	if _, err := io.WriteString(w, head); err != nil {
		return err
	}
	cw := stdcsv.NewWriter(w)
	for _, d := range decks {
		guids := exporters.GUIDs(d)
		for i, c := range d.Cards {
			rec := []string{guids[i], exporters.NotetypeName(c.Kind), d.Name, c.Front, c.Back,
				strings.Join(c.Context, " › "), fmt.Sprintf("%s:%d", c.Pos.File, c.Pos.Line), strings.Join(c.Tags, " ")}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
