package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// bulletDeck returns a note of n one-line bullets.
func bulletDeck(t *testing.T, n int) []extract.Deck {
	t.Helper()
	var src strings.Builder
	src.WriteString("# Bullets\n\n")
	for i := range n {
		fmt.Fprintf(&src, "- item %d of the list\n", i)
	}
	d, err := extract.Parse("bullets.md", []byte(src.String()), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return []extract.Deck{d}
}

// naturalPages returns the pages decks fill at the default font size.
func naturalPages(t *testing.T, decks []extract.Deck) int {
	t.Helper()
	cfg, err := Exporter{}.resolve(decks)
	if err != nil {
		t.Fatal(err)
	}
	s, err := newSheet(cfg, decks)
	if err != nil {
		t.Fatal(err)
	}
	return s.countPages(decks, cfg.FontSize)
}

// TestLastPageTrimmed: a sheet whose last page would hold a few lines ends
// a page earlier at a slightly smaller size; one whose last page holds most
// of a column, and one fitted with Pages, keep their size.
func TestLastPageTrimmed(t *testing.T) {
	lo, hi := 1, 2000 // the fewest bullets that need a second page
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if naturalPages(t, bulletDeck(t, mid)) > 1 {
			hi = mid
		} else {
			lo = mid
		}
	}
	perCol := hi / DefaultColumns
	for _, c := range []struct {
		name  string
		n     int
		e     Exporter
		pages int
	}{
		{"a few lines over", hi + 4, Exporter{}, 1},
		{"most of a column over", hi + perCol*3/4, Exporter{}, 2},
		{"at the minimum font size", hi + 4, Exporter{MinFontSize: DefaultFontSize}, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			decks := bulletDeck(t, c.n)
			if got := naturalPages(t, decks); got != 2 {
				t.Fatalf("%d bullets fill %d pages at %g pt, want 2", c.n, got, DefaultFontSize)
			}
			var buf bytes.Buffer
			if err := c.e.Export(&buf, decks); err != nil {
				t.Fatal(err)
			}
			if got := pageCount(t, buf.Bytes()); got != c.pages {
				t.Errorf("%d bullets: %d pages, want %d", c.n, got, c.pages)
			}
		})
	}
}

// TestFewBlocks: the count stops past the limit and counts nested items.
func TestFewBlocks(t *testing.T) {
	nested := []extract.Block{{Kind: extract.List, Items: []extract.Item{{Blocks: []extract.Block{{Kind: extract.Paragraph}}}, {}}}}
	decks := []extract.Deck{{Outline: nested}}
	if !fewBlocks(decks, 4) || fewBlocks(decks, 3) {
		t.Errorf("fewBlocks of a list of two items, one with a paragraph: want 4 counted")
	}
}

// TestShortNoteGrown: a note shorter than a page prints larger, up to
// maxGrownSize, while it stays on one page; a full page, a note with a
// table and a font size the user set keep their size.
func TestShortNoteGrown(t *testing.T) {
	table := bulletDeck(t, 10)
	table[0].Outline = append(table[0].Outline, extract.Block{Kind: extract.Table, Rows: [][]extract.Cell{{{Spans: []extract.Span{{Text: "a"}}}}}})
	full := 2000 // the most bullets one page holds at the default size
	for lo := 1; full-lo > 1; {
		if mid := (lo + full) / 2; naturalPages(t, bulletDeck(t, mid)) > 1 {
			full = mid
		} else {
			lo = mid
		}
	}
	for _, c := range []struct {
		name  string
		decks []extract.Deck
		e     Exporter
		want  float64
	}{
		{"short note", bulletDeck(t, 10), Exporter{}, maxGrownSize},
		{"full page", bulletDeck(t, full-1), Exporter{}, DefaultFontSize},
		{"a table", table, Exporter{}, DefaultFontSize},
		{"font size set", bulletDeck(t, 10), Exporter{FontSize: DefaultFontSize}, DefaultFontSize},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg, err := c.e.resolve(c.decks)
			if err != nil {
				t.Fatal(err)
			}
			s, err := newSheet(cfg, c.decks)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.trimmedSize(c.decks); got != c.want {
				t.Errorf("font size %g pt, want %g", got, c.want)
			}
		})
	}
}
