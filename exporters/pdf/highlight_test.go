package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHighlight: ==text== prints on a yellow band, also over bold text and
// links, and no "==" is left on the sheet. Before, "==false positive
// rate==" printed as plain text and "==**statistical power**==" kept its
// markers.
func TestHighlight(t *testing.T) {
	needTool(t, "pdftoppm")
	dir := t.TempDir()
	file := filepath.Join(dir, "hl.md")
	src := "# Sensemaking\n\n- Rate: the ==false positive rate== of a test\n- Power: the ==**statistical power**== of ==[a check](notes/power.md)==\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	data := render(t, []string{file}, Exporter{})
	if text := pdfTool(t, data, "pdftotext"); strings.Contains(text, "==") {
		t.Errorf("markers left on the sheet:\n%s", text)
	}
	img := pageImage(t, data, "-r", "72")
	// yellow counts the pixels of the band in the box of a word (72 dpi:
	// a pixel a point).
	yellow := func(w bword) int {
		n := 0
		for y := int(w.yMin); y <= int(w.yMax); y++ {
			for x := int(w.xMin); x <= int(w.xMax); x++ {
				r, g, b, _ := img.At(x, y).RGBA()
				if r>>8 > 235 && g>>8 > 215 && b>>8 < 200 {
					n++
				}
			}
		}
		return n
	}
	for _, w := range words(t, data) {
		switch w.text {
		case "positive", "statistical", "check":
			if yellow(w) == 0 {
				t.Errorf("%q is not on a highlight band", w.text)
			}
		case "Rate:", "test", "of":
			if yellow(w) > 0 {
				t.Errorf("%q is on a highlight band", w.text)
			}
		}
	}
}
