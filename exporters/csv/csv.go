package csv

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
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

// Export writes every card of decks as one CSV row, in document order, every
// cell quoted.
func (Exporter) Export(w io.Writer, decks []extract.Deck) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(header)
	bw.WriteString("#columns:" + strings.Join(Columns, ",") + "\n")
	notes, done := exporters.SharedNotes(decks)
	defer done()
	for i, d := range decks {
		deck := exporters.DeckName(d.Name)
		for j, c := range d.Cards {
			n := &notes[i][j]
			writeCell(bw, n.GUID)
			writeCell(bw, exporters.NotetypeName(c.Kind))
			writeSpaced(bw, deck)
			for _, f := range n.Fields {
				writeField(bw, f)
			}
			bw.WriteByte('"')
			if len(n.Tags) > 0 && n.Tags[0] != "" && strings.IndexByte(formulaStarts, n.Tags[0][0]) >= 0 {
				bw.WriteByte(' ') // as in writeSpaced: Anki splits tags at spaces
			}
			for k, t := range n.Tags {
				if k > 0 {
					bw.WriteByte(' ')
				}
				writeQuoted(bw, t)
			}
			bw.WriteString("\"\r\n")
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// writeCell writes c as one RFC 4180 cell, quoted, and the comma after it.
// The last cell of a row, the tags, ends with CRLF instead, as the RFC says.
func writeCell(w *bufio.Writer, c string) {
	w.WriteByte('"')
	writeQuoted(w, c)
	w.WriteString(`",`)
}

// formulaStarts are the first bytes that make a spreadsheet program (Excel,
// LibreOffice, Google Sheets) read a cell as a formula: OWASP's list for
// "CSV injection".
const formulaStarts = "=+-@\t\r"

// writeField writes a note's field as writeCell does, but with a first
// character that would start a formula written as a character reference:
// opened in a spreadsheet, a card "-2+3" shows its text instead of 1, and a
// shared note's "=cmd|' /C calc'!A0" runs nothing. The fields are HTML
// (#html:true), so Anki shows "&#61;cmd…" as "=cmd…", the card the .apkg
// makes.
func writeField(w *bufio.Writer, f string) {
	if f == "" || strings.IndexByte(formulaStarts, f[0]) < 0 {
		writeCell(w, f)
		return
	}
	w.WriteString(`"&#` + strconv.Itoa(int(f[0])) + ";")
	writeQuoted(w, f[1:])
	w.WriteString(`",`)
}

// writeSpaced writes a deck name as writeCell does, but with a space before
// a first character that would start a formula: a deck named by an H1
// "=HYPERLINK(…)" or "-Bio" is no formula in a spreadsheet. Anki trims each
// level of a deck name, so it reads the deck the .apkg makes; a character
// reference would be part of the name.
func writeSpaced(w *bufio.Writer, s string) {
	if s != "" && strings.IndexByte(formulaStarts, s[0]) >= 0 {
		w.WriteString(`" `)
		writeQuoted(w, s)
		w.WriteString(`",`)
		return
	}
	writeCell(w, s)
}

// writeQuoted writes s with each '"' doubled.
func writeQuoted(w *bufio.Writer, s string) {
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			w.WriteString(s)
			return
		}
		w.WriteString(s[:i+1])
		w.WriteByte('"')
		s = s[i+1:]
	}
}
