package pdf_test

import (
	"fmt"
	"testing"

	"github.com/notes2deck/notes2deck/exporters/exportertest"
	"github.com/notes2deck/notes2deck/exporters/pdf"
	"github.com/notes2deck/notes2deck/extract/synth"
)

// BenchmarkExport measures the PDF cheat sheet export alone, from decks parsed once.
func BenchmarkExport(b *testing.B) {
	for _, c := range []synth.Config{{Cards: 10000, Files: 1}, {Cards: 10000, Files: 100}, {Cards: 100000, Files: 1}} {
		b.Run(fmt.Sprintf("items=%d/files=%d", c.Cards, c.Files), func(b *testing.B) {
			exportertest.Bench(b, pdf.Exporter{Time: 1700000000}, c)
		})
	}
}
