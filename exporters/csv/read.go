package csv

import (
	"bufio"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// ErrNotOurs is returned by ReadNotes for a CSV that Export did not write:
// its header or a row is not of notes2deck's columns and note types.
var ErrNotOurs = errors.New("not a notes2deck CSV")

// ReadNotes reads back a CSV that Export wrote and calls each with the GUID,
// deck name (see exporters.DeckName), kind (extract.Kind's String) and
// fields of each note, as Export had them: a deck name's leading space and
// a field's first character written as a character reference, both added
// against spreadsheet formulas, are undone. It returns ErrNotOurs for a CSV
// of other columns or note types; each has then been called for the rows
// before. A CSV whose line ends were turned to CRLF (git's autocrlf, a
// Windows sync) or that an editor saved with a UTF-8 byte order mark reads
// as it was written: encoding/csv reads CRLF as LF inside quoted fields.
func ReadNotes(r io.Reader, each func(guid, deck, kind string, fields []string)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if bom, err := br.Peek(len(utf8BOM)); err == nil && string(bom) == utf8BOM {
		br.Discard(len(utf8BOM)) // cannot fail: Peek has buffered it
	}
	for _, want := range strings.SplitAfter(header+"#columns:"+strings.Join(Columns, ",")+"\n", "\n") {
		if want == "" {
			break
		}
		line, _ := br.ReadString('\n')
		if strings.HasSuffix(line, "\r\n") {
			line = line[:len(line)-2] + "\n"
		}
		if line != want {
			return ErrNotOurs
		}
	}
	kinds := map[string]string{}
	for _, k := range []extract.Kind{extract.Basic, extract.Reversed, extract.Cloze} {
		kinds[exporters.NotetypeName(k)] = k.String()
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = len(Columns)
	cr.ReuseRecord = true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return ErrNotOurs
		}
		kind, ok := kinds[rec[1]]
		if !ok || rec[0] == "" {
			return ErrNotOurs
		}
		deck := rec[2]
		if len(deck) > 1 && deck[0] == ' ' && strings.IndexByte(formulaStarts, deck[1]) >= 0 {
			deck = deck[1:]
		}
		fields := make([]string, 4)
		for i := range fields {
			fields[i] = unformula(rec[3+i])
		}
		each(rec[0], deck, kind, fields)
	}
}

// utf8BOM is the byte order mark an editor may put before a UTF-8 file.
const utf8BOM = "\uFEFF"

// unformula returns field f, a cell writeField wrote, as the field was: a
// first character written as a character reference ("&#61;SUM(A1)") is
// that character again.
func unformula(f string) string {
	if !strings.HasPrefix(f, "&#") {
		return f
	}
	end := strings.IndexByte(f, ';')
	if end < 0 {
		return f
	}
	n, err := strconv.Atoi(f[2:end])
	if err != nil || n < 0 || n > 0x7f || strings.IndexByte(formulaStarts, byte(n)) < 0 {
		return f
	}
	return string(rune(n)) + f[end+1:]
}
