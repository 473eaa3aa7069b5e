package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEmojiOnlyHeadings: a heading of emoji alone, which the sheet's fonts
// lack, takes no banner or bar: "## 🚀" over its points printed a bar with
// no name, and its points open where they would without it. A note titled
// "# 🚀" is titled by its file's name, in its banner and the page header
// (before: an empty banner and an empty header). A heading of an emoji and
// a word, and one of an emoji the sheet prints as a symbol ("## ✅"),
// stay.
func TestEmojiOnlyHeadings(t *testing.T) {
	t.Cleanup(withoutCJKFonts())
	sheet := func(name, src string) []bword {
		t.Helper()
		file := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return words(t, render(t, []string{file}, Exporter{Time: 1700000000}))
	}
	firstY := func(ws []bword, word string) float64 {
		t.Helper()
		for _, w := range ws {
			if strings.TrimSuffix(w.text, ":") == word {
				return w.yMin
			}
		}
		t.Fatalf("%q not on the sheet %v", word, ws)
		return 0
	}
	with := sheet("n.md", "# Circuits\n\n## 🚀\n\n- Energy: stored\n")
	without := sheet("n.md", "# Circuits\n\n- Energy: stored\n")
	if a, b := firstY(with, "Energy"), firstY(without, "Energy"); a-b > 0.5 {
		t.Errorf("Energy at y %.1f, %.1f without the heading: an empty bar over it", a, b)
	}
	titled := sheet("rocket.md", "# 🚀\n\n- Energy: stored\n")
	n := 0
	for _, w := range titled {
		if w.text == "rocket" {
			n++
		}
	}
	if n != 2 {
		t.Errorf(`"rocket" %d times on the sheet, want 2 (banner and header): %v`, n, titled)
	}
	for _, src := range []string{"# Circuits\n\n## 🚀 Launch\n\n- Energy: stored\n", "# Circuits\n\n## ✅\n\n- Energy: stored\n"} {
		ws := sheet("n.md", src)
		if a, b := firstY(ws, "Energy"), firstY(without, "Energy"); a-b < 5 {
			t.Errorf("%q: Energy at y %.1f, %.1f without the heading: the heading is gone", strings.Split(src, "\n")[2], a, b)
		}
	}
}
