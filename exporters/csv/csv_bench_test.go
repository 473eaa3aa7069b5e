package csv_test

import (
	"fmt"
	"testing"

	"github.com/notes2deck/notes2deck/exporters/csv"
	"github.com/notes2deck/notes2deck/exporters/exportertest"
	"github.com/notes2deck/notes2deck/extract/synth"
)

// BenchmarkExport measures the CSV export alone, from decks parsed once.
func BenchmarkExport(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			exportertest.Bench(b, csv.Exporter{}, synth.Config{Cards: n})
		})
	}
}
