package pdf

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestMatrixCells: a matrix typed with no spaces between its cells,
// "\begin{bmatrix}1&2&1\\0&2&-2\end{bmatrix}", printed "[121; 02-2]", its
// numbers run together and "02-2" read as a difference
// (realnotes elementary-matrices). Its cells stay apart, as a matrix typed
// "1 & 2" did; an aligned display's "&=" still sets no space.
func TestMatrixCells(t *testing.T) {
	file := filepath.Join(t.TempDir(), "matrices.md")
	src := "# Elementary matrices\n\nThe first step:\n\n$$\nE_{21}A=\\begin{bmatrix}1&2&1\\\\0&2&-2\\\\0&4&1\\end{bmatrix}\n$$\n\n" +
		"Undo it:\n\n$$\n\\begin{aligned}E^{-1}&=I\\\\&=E\\end{aligned}\n$$\n"
	all := sheetText(t, file, src, Exporter{Columns: 1})
	for _, want := range []string{"[1 2 1; 0 2 -2; 0 4 1]", "E⁻¹=I;=E"} {
		if !strings.Contains(all, want) {
			t.Errorf("sheet reads %q, want %q in it", all, want)
		}
	}
}
