package pdf

import (
	"math"
	"testing"
)

// fitRows returns n text rows of height h, then an image row whose image
// is ih high and iw wide, as image lays it out.
func fitRows(n int, h, iw, ih float64) []row {
	var rows []row
	for range n {
		rows = append(rows, row{h: h})
	}
	return append(rows, row{h: ih + 2, give: ih * (1 - minImageScale), ops: []op{{kind: opImage, y: 1, w: iw, h: ih}}})
}

// placedImage returns the column of the image among the placed rows and
// its drawn size.
func placedImage(t *testing.T, page []placed) (col int, w, h float64) {
	t.Helper()
	for _, pl := range page {
		for _, o := range pl.r.ops {
			if o.kind == opImage {
				return pl.col, o.w, o.h
			}
		}
	}
	t.Fatal("no image placed")
	return 0, 0, 0
}

// TestImageEndsColumn: an image that overflows the column it would start
// by no more than what it gives at minImageScale ends that column, its
// proportions kept, rather than leave a gap at the column's foot and open
// the next one: an Italian note on the cell cycle, its diagram of meiosis
// moved to the next column, took a second page for a tenth of it; one that
// overflows by more moves to the next column, its size kept. Balancing the
// last page keeps the sizes placed.
func TestImageEndsColumn(t *testing.T) {
	for _, tt := range []struct {
		name          string
		rows          []row
		col           int
		width, height float64
	}{
		{"shrunk to fit", fitRows(7, 10, 80, 40), 0, 80 * 28 / 40.0, 28},
		{"too little room", fitRows(8, 10, 80, 40), 1, 80, 40},
		{"room enough", fitRows(5, 10, 80, 40), 0, 80, 40},
	} {
		var page []placed
		p := pager{cols: 3, colH: 100, emit: func(pl []placed) { page = append(page, pl...) }}
		p.add(tt.rows)
		page = append(page, p.page...)
		col, w, h := placedImage(t, page)
		if col != tt.col || math.Abs(w-tt.width) > 0.05 || math.Abs(h-tt.height) > 0.05 {
			t.Errorf("%s: image in column %d, %.1f × %.1f, want column %d, %.1f × %.1f", tt.name, col, w, h, tt.col, tt.width, tt.height)
		}
		if h < 40*minImageScale-0.05 {
			t.Errorf("%s: image %.1f high, below %g of its 40", tt.name, h, minImageScale)
		}
	}
	q := pager{cols: 2, colH: 60, emit: func([]placed) {}, fixed: true}
	q.add(fitRows(3, 10, 80, 40))
	if _, w, h := placedImage(t, q.page); w != 80 || h != 40 {
		t.Errorf("balance's pager drew the image %.1f × %.1f, want its size 80 × 40", w, h)
	}
}
