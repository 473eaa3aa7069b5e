package csv

import (
	"slices"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// TestReadNotes reads back what Export wrote: each note's GUID, deck, kind
// and fields as exporters.Notes makes them, a deck or field that starts a
// spreadsheet formula included; a CSV of other columns is not read.
func TestReadNotes(t *testing.T) {
	decks := []extract.Deck{
		{Name: "-Bio::Cells", File: "bio.md", Cards: []extract.Card{
			{Kind: extract.Basic, Front: "=SUM(A1)", Back: "+1 \"quoted\", comma", Context: []string{"Cells"}},
			{Kind: extract.Reversed, Front: "Osmosis", Back: "water moves<br>in", Context: []string{"Cells", "Transport"}},
			{Kind: extract.Cloze, Front: "The {{c1::nucleus}} holds DNA", Back: "@extra"},
		}},
	}
	var out strings.Builder
	if err := (Exporter{}).Export(&out, decks); err != nil {
		t.Fatal(err)
	}
	notes := exporters.Notes(decks)
	written := out.String()
	var got []string
	err := ReadNotes(strings.NewReader(written), func(guid, deck, kind string, fields []string) {
		got = append(got, strings.Join(append([]string{guid, deck, kind}, fields...), "|"))
	})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for j, c := range decks[0].Cards {
		n := notes[0][j]
		want = append(want, strings.Join(append([]string{n.GUID, exporters.DeckName(decks[0].Name), c.Kind.String()}, n.Fields...), "|"))
	}
	if !slices.Equal(got, want) {
		t.Errorf("read back\n%q\nwant\n%q", got, want)
	}
	// Line ends turned to CRLF (git's autocrlf turns the header's LF, the
	// rows end so already) and a byte order mark (an editor's) change
	// nothing read back.
	crlf := strings.ReplaceAll(strings.ReplaceAll(written, "\r\n", "\n"), "\n", "\r\n")
	for _, changed := range []string{crlf, "\uFEFF" + written, "\uFEFF" + crlf} {
		got = got[:0]
		err := ReadNotes(strings.NewReader(changed), func(guid, deck, kind string, fields []string) {
			got = append(got, strings.Join(append([]string{guid, deck, kind}, fields...), "|"))
		})
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("ReadNotes(%.40q) read back\n%q, %v\nwant\n%q", changed, got, err, want)
		}
	}
	for _, other := range []string{
		"",
		"Front,Back\nOsmosis,water\n",
		strings.Replace(written, "notes2deck Basic", "Basic", 1),
	} {
		if err := ReadNotes(strings.NewReader(other), func(string, string, string, []string) {}); err != ErrNotOurs {
			t.Errorf("ReadNotes(%.40q) = %v, want ErrNotOurs", other, err)
		}
	}
}
