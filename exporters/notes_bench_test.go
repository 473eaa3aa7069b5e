package exporters

import (
	"fmt"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
	"github.com/notes2deck/notes2deck/extract/synth"
)

// BenchmarkNotes measures Notes, the per-card work the apkg and CSV
// exporters share, on the decks of 10k synthetic items: one file, and the
// same items in 100 files (whose headings, and so tags, are not ASCII).
func BenchmarkNotes(b *testing.B) {
	for _, files := range []int{1, 100} {
		b.Run(fmt.Sprintf("files=%d", files), func(b *testing.B) {
			var decks []extract.Deck
			for _, f := range synth.Vault(synth.Config{Cards: 10000, Files: files}) {
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
		})
	}
}
