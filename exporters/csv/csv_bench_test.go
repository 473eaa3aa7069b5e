package csv_test

import (
	"fmt"
	"io"
	"testing"

	"github.com/notes2deck/notes2deck/exporters/csv"
	"github.com/notes2deck/notes2deck/extract"
	"github.com/notes2deck/notes2deck/extract/synth"
)

// BenchmarkExport measures the CSV export alone, from decks parsed once.
func BenchmarkExport(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			decks, cards := synthDecks(b, synth.Config{Cards: n})
			var cw countWriter
			b.ReportAllocs()
			for b.Loop() {
				cw = 0
				if err := (csv.Exporter{}).Export(&cw, decks); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(cw))
			reportCards(b, cards)
		})
	}
}

// synthDecks parses a synthetic vault, skipping when the extractor yields no cards.
func synthDecks(b *testing.B, c synth.Config) ([]extract.Deck, int) {
	b.Helper()
	var decks []extract.Deck
	cards := 0
	for _, f := range synth.Vault(c) {
		d, err := extract.Parse(f.Name, f.Data, extract.Options{})
		if err != nil {
			b.Fatal(err)
		}
		decks = append(decks, d)
		cards += len(d.Cards)
	}
	if cards == 0 {
		b.Skip("the extractor yields no cards")
	}
	return decks, cards
}

func reportCards(b *testing.B, cards int) {
	b.ReportMetric(float64(cards), "cards/op")
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(cards), "µs/card")
}

// countWriter counts the bytes written to it.
type countWriter int64

func (w *countWriter) Write(p []byte) (int, error) { *w += countWriter(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)
