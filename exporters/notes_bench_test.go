package exporters

import (
	"testing"

	"github.com/notes2deck/notes2deck/extract"
	"github.com/notes2deck/notes2deck/extract/synth"
)

// BenchmarkNotes measures Notes, the per-card work the apkg and CSV
// exporters share, on the decks of 10k synthetic items.
func BenchmarkNotes(b *testing.B) {
	var decks []extract.Deck
	for _, f := range synth.Vault(synth.Config{Cards: 10000}) {
		d, err := extract.Parse(f.Name, f.Data, extract.Options{})
		if err != nil {
			b.Fatal(err)
		}
		decks = append(decks, d)
	}
	b.ReportAllocs()
	for b.Loop() {
		Notes(decks)
	}
}
