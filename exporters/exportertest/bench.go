package exportertest

import (
	"testing"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
	"github.com/notes2deck/notes2deck/extract/synth"
)

// Bench measures exp exporting the decks of a synthetic vault, parsed once
// before the clock starts. Besides ns/op it reports bytes written per second,
// cards per op and µs per card.
func Bench(b *testing.B, exp exporters.Exporter, c synth.Config) {
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
		b.Fatal("the synthetic vault gave no cards")
	}
	var n countWriter
	b.ReportAllocs()
	for b.Loop() {
		n = 0
		if err := exp.Export(&n, decks); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(n))
	b.ReportMetric(float64(cards), "cards/op")
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(cards), "µs/card")
}

// countWriter counts the bytes written to it.
type countWriter int64

func (w *countWriter) Write(p []byte) (int, error) { *w += countWriter(len(p)); return len(p), nil }
