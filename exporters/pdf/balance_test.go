package pdf

import (
	"fmt"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// columnFeet lays src out at the default settings and returns, for each
// page, the foot of the text of each column (0 for an empty column).
func columnFeet(t *testing.T, src string) [][]float64 {
	t.Helper()
	cfg, err := Exporter{}.resolve(nil)
	if err != nil {
		t.Fatal(err)
	}
	s, d := sizedSheet(t, cfg, "note.md", src)
	var feet [][]float64
	s.flow([]extract.Deck{d}, func(page []placed) {
		f := make([]float64, s.cols)
		for _, pl := range page {
			f[pl.col] = max(f[pl.col], pl.y+pl.r.h)
		}
		feet = append(feet, f)
	})
	return feet
}

// TestLastPageBalanced: the text of a note shorter than a column, and of a
// note's last page, ends level across the columns (within two lines)
// instead of filling the first column and leaving the others empty; the
// pages before the last stay full; a table and a code block that fit in a
// column are not split to level the columns.
func TestLastPageBalanced(t *testing.T) {
	lh := lineHeight(DefaultFontSize)
	level := func(t *testing.T, feet []float64) {
		t.Helper()
		lo, hi := feet[0], feet[0]
		for _, f := range feet {
			lo, hi = min(lo, f), max(hi, f)
		}
		if lo == 0 || hi-lo > 2*lh+1 {
			t.Errorf("columns end at %.0f, want level", feet)
		}
	}
	bullets := func(n int) string {
		var b strings.Builder
		b.WriteString("# Notes\n\n")
		for i := range n {
			fmt.Fprintf(&b, "- point %d of the lecture\n", i)
		}
		return b.String()
	}
	t.Run("short note", func(t *testing.T) {
		feet := columnFeet(t, bullets(30))
		if len(feet) != 1 {
			t.Fatalf("%d pages, want 1", len(feet))
		}
		level(t, feet[0])
	})
	t.Run("last page", func(t *testing.T) {
		feet := columnFeet(t, bullets(260))
		if len(feet) != 2 {
			t.Fatalf("%d pages, want 2", len(feet))
		}
		level(t, feet[1])
		if feet[0][0] < feet[1][0] || feet[0][0] < 40*lh {
			t.Errorf("first page's columns end at %.0f, want full", feet[0])
		}
	})
	for _, c := range []struct{ name, head, line, foot string }{
		{"table", "| port | service |\n|---|---|\n", "| %d | service %d |\n", ""},
		{"code", "```\n", "port(%d) // service %d\n", "```\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString("# Ports\n\n" + c.head)
			for i := range 20 {
				fmt.Fprintf(&b, c.line, 20+i, i)
			}
			b.WriteString(c.foot)
			feet := columnFeet(t, b.String())
			if len(feet) != 1 || feet[0][1] != 0 {
				t.Errorf("columns end at %.0f, want the %s whole in the first", feet, c.name)
			}
		})
	}
}
