package extract_test

import (
	"fmt"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
	"github.com/notes2deck/notes2deck/extract/synth"
)

// BenchmarkParse measures parse+extract of synthetic vaults (see make bench
// and BENCHMARKS.md): one file of N items, and the same items in 100 files.
func BenchmarkParse(b *testing.B) {
	for _, c := range []synth.Config{
		{Cards: 1000, Files: 1},
		{Cards: 10000, Files: 1},
		{Cards: 10000, Files: 100},
		{Cards: 100000, Files: 1},
	} {
		b.Run(fmt.Sprintf("items=%d/files=%d", c.Cards, c.Files), func(b *testing.B) {
			files := synth.Vault(c)
			size := 0
			for _, f := range files {
				size += len(f.Data)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			cards := 0
			for b.Loop() {
				cards = 0
				for _, f := range files {
					d, err := extract.Parse(f.Name, f.Data, extract.Options{})
					if err != nil {
						b.Fatal(err)
					}
					cards += len(d.Cards)
				}
			}
			reportCards(b, cards)
		})
	}
}

// reportCards adds cards/op and µs/card (per-card cost) to the benchmark line.
func reportCards(b *testing.B, cards int) {
	b.ReportMetric(float64(cards), "cards/op")
	if cards > 0 {
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(cards), "µs/card")
	}
}
