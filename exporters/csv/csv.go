package csv

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// Columns names the CSV columns, in order. Front and Back hold the cloze text
// and the extra text for cloze notes.
var Columns = []string{"GUID", "Notetype", "Deck", "Front", "Back", "Context", "Source", "Tags"}

// header is the metadata Anki's CSV importer reads (rslib
// import_export/text/csv/metadata.rs). Column numbers are 1-based.
const header = "#separator:Comma\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:8\n"

// Exporter writes Anki-importable CSV. The zero value is ready to use.
type Exporter struct{}

var _ exporters.Exporter = Exporter{}

// Export writes every card of decks as one CSV row, in document order.
func (Exporter) Export(w io.Writer, decks []extract.Deck) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(header)
	bw.WriteString("#columns:" + strings.Join(Columns, ",") + "\n")
	guids := exporters.PackageGUIDs(decks)
	for i, d := range decks {
		deck := exporters.DeckName(d.Name)
		for j, c := range d.Cards {
			row := append([]string{guids[i][j], exporters.NotetypeName(c.Kind), deck}, exporters.NoteFields(d, c)...)
			row = append(row, strings.Join(exporters.NoteTags(c), " "))
			writeRow(bw, row)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// writeRow writes cells as one RFC 4180 record, every cell quoted, ended by
// CRLF as the RFC says.
func writeRow(w *bufio.Writer, cells []string) {
	for i, c := range cells {
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteByte('"')
		w.WriteString(strings.ReplaceAll(c, `"`, `""`))
		w.WriteByte('"')
	}
	w.WriteString("\r\n")
}
