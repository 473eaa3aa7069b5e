package pdf

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
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

// TestRuleUnderHeading: a "---" typed under a heading, as a student
// underlines it, is not drawn: the heading draws its own bar or rule, and
// the student's, kept with the heading as its next row, left "CSS" at a
// column's foot over a rule, its text in the next column.
func TestRuleUnderHeading(t *testing.T) {
	src := "# Web\n\nIntro.\n\n### **CSS**\n---\n**Cascading Style Sheet (CSS)**: used to control the style.\n"
	rows := flowedRows(t, "web.md", src)
	for i := 1; i < len(rows); i++ {
		if !rows[i-1].head || rows[i].head {
			continue
		}
		if rows[i].ops[0].kind == opLine {
			t.Errorf("row %d, under a heading, is the rule typed under it", i)
		}
	}
}

// TestTallItemFlows: a list item kept whole must be short in height too,
// not only in rows: an anatomy note's "Two neuron system …" bullet, two
// lines over two diagrams typed on the lines under it, was kept whole with
// its heading; too tall for the space left, it moved to the next column
// and left a third of this one empty. It now flows as a long item does,
// its text kept with the first diagram.
func TestTallItemFlows(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 600, 700))); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a.png", "b.png"} {
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := "# Cranial Nerves\n\n## Olfactory, I\n- Sensory - Function: Smell\n- Two neuron system\n![[a.png]]\n![[b.png]]\n"
	file := filepath.Join(dir, "nerves.md")
	rows := flowedRows(t, file, src)
	var images []row
	for _, r := range rows {
		if len(r.ops) == 1 && r.ops[0].kind == opImage {
			images = append(images, r)
		}
	}
	if len(images) != 2 {
		t.Fatalf("%d images drawn, want 2", len(images))
	}
	if !images[0].link || images[1].link {
		t.Errorf("the diagrams are kept with the line before: %t, %t; want true, false", images[0].link, images[1].link)
	}
}

// flowedRows parses src as the note file and returns the rows the sheet
// places, in the order it places them, at the default settings.
func flowedRows(t *testing.T, file, src string) []row {
	t.Helper()
	d, err := extract.Parse(file, []byte(src), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := Exporter{}.resolve(nil)
	if err != nil {
		t.Fatal(err)
	}
	decks := []extract.Deck{d}
	s, err := newSheet(cfg, decks)
	if err != nil {
		t.Fatal(err)
	}
	s.setSize(cfg.FontSize)
	var rows []row
	s.flow(decks, func(p []placed) {
		for _, pl := range p {
			rows = append(rows, pl.r)
		}
	})
	return rows
}
