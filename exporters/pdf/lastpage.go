package pdf

import "github.com/notes2deck/notes2deck/extract"

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
// page earlier and its last page would hold less than half a column. A
// note that filled two pages and thirteen lines of a third
// (Y/amgov-democracy: "America is more religious …" and six bullets) was
// printed on three sheets of paper for those lines.
func (s *sheet) trimmedSize(decks []extract.Deck) float64 {
	c := s.cfg
	if !fewBlocks(decks, trimBlocks) {
		return c.FontSize
	}
	n := s.countPages(decks, c.FontSize)
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
