package pdf

import (
	"math"

	"github.com/notes2deck/notes2deck/extract"
)

// trimSteps is how many fontStep steps trimmedSize may take off the font
// size: 7.5 pt becomes 7 pt at most, as legible printed.
const trimSteps = 2

// trimBlocks is the most blocks and list items a sheet may have for
// trimmedSize to lay it out once more: a sheet of a few pages, the one a
// student prints for an exam. On a long sheet a page is a small share of
// the paper, and each try lays the whole sheet out again.
const trimBlocks = 2000

// trimmedSize returns the font size to draw the sheet at when Pages sets no
// limit: FontSize, or up to trimSteps steps less when that ends the sheet a
// page earlier and its last page would hold less than half a column, or
// more for a sheet of one page (see grownSize). A
// note that filled two pages and thirteen lines of a third
// (Y/amgov-democracy: "America is more religious …" and six bullets) was
// printed on three sheets of paper for those lines.
func (s *sheet) trimmedSize(decks []extract.Deck) float64 {
	c := s.cfg
	if !fewBlocks(decks, trimBlocks) {
		return c.FontSize
	}
	n := s.countPages(decks, c.FontSize)
	if n == 1 {
		return s.grownSize(decks)
	}
	if n < 2 || s.pager.col > 0 || s.pager.y == 0 || s.pager.y >= s.colH/2 {
		return c.FontSize
	}
	for k := 1; k <= trimSteps; k++ {
		size := c.FontSize - float64(k)*fontStep
		if size < c.MinFontSize-1e-9 {
			break
		}
		if s.countPages(decks, size) < n {
			return size
		}
	}
	return c.FontSize
}

// maxGrownSize is the largest font size a note shorter than a page grows
// to when the user sets none: the size of a textbook's body text, 1.2
// times the default.
const maxGrownSize = 9.0

// grownSize returns the font size to draw a sheet of one page at when
// neither the user nor Pages sets it: the largest on the grid FontSize +
// k·fontStep, up to maxGrownSize, at which it still fills one page. A note
// of a third of a column printed at 7.5 pt on a page left empty below it
// (chem16/aviaril-functional-group-tests) is as easy to read larger. A
// note with a table keeps its size: the columns stay as wide, and a
// table's cells, sized to hold their longest words, broke them
// ("126.255.255.255" over two lines).
func (s *sheet) grownSize(decks []extract.Deck) float64 {
	c := s.cfg
	if c.sizeSet || hasKind(decks, extract.Table) {
		return c.FontSize
	}
	for k := int(math.Floor((maxGrownSize-c.FontSize)/fontStep + 1e-9)); k > 0; k-- {
		if size := c.FontSize + float64(k)*fontStep; s.countPages(decks, size) == 1 {
			return size
		}
	}
	return c.FontSize
}

// fewBlocks reports whether decks hold at most limit blocks and list
// items, counting no further than that.
func fewBlocks(decks []extract.Deck, limit int) bool {
	n := 0
	var walk func(bs []extract.Block) bool
	walk = func(bs []extract.Block) bool {
		for _, b := range bs {
			n += 1 + len(b.Items)
			if n > limit || !walk(b.Blocks) {
				return false
			}
			for _, it := range b.Items {
				if !walk(it.Blocks) {
					return false
				}
			}
		}
		return true
	}
	for _, d := range decks {
		if !walk(d.Outline) {
			return false
		}
	}
	return true
}
