package apkg

import (
	"fmt"
	"io"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// syntheticDecks returns n cards spread over 10 decks: mostly basic, every
// fifth reversed, every seventh a cloze.
func syntheticDecks(n int) []extract.Deck {
	decks := make([]extract.Deck, 10)
	for i := range decks {
		decks[i] = extract.Deck{Name: fmt.Sprintf("Bench::Deck %d", i), File: fmt.Sprintf("notes/deck-%d.md", i)}
	}
	for i := 0; i < n; i++ {
		c := extract.Card{
			Front:   fmt.Sprintf("What is <b>term %d</b> in the context of topic %d?", i, i%97),
			Back:    fmt.Sprintf("Term %d is a <i>thing</i> described by <code>f(%d)</code> &amp; more text to make it realistic.", i, i),
			Context: []string{"Chapter " + fmt.Sprint(i%13), "Section " + fmt.Sprint(i%7)},
			Tags:    []string{"bench", fmt.Sprintf("t%d", i%5)},
			Pos:     extract.Pos{File: "notes/x.md", Line: i + 1},
		}
		switch {
		case i%7 == 0:
			c.Kind = extract.Cloze
			c.Front = fmt.Sprintf("The {{c1::answer %d}} is {{c2::here}}.", i)
		case i%5 == 0:
			c.Kind = extract.Reversed
		}
		decks[i%10].Cards = append(decks[i%10].Cards, c)
	}
	return decks
}

func BenchmarkApkg10k(b *testing.B) {
	decks := syntheticDecks(10000)
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if err := (Exporter{Time: testTime, TempDir: dir}).Export(io.Discard, decks); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/10000, "ns/card")
}
