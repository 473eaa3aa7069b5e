package pdf

import (
	"os"
	"path/filepath"
	"testing"
)

// TestItemOpensWithImage: a bullet that holds only a picture, "- <img
// alt="A diagram showing crow's foot notation" src="crows-foot.png"/>",
// printed its bullet alone on a line and "[image: A diagram showing
// crow's foot notation]" on the next (realnotes DSD Reference Sheet);
// the placeholder now stands on the bullet's line. A bullet with text
// keeps its picture under the text.
func TestItemOpensWithImage(t *testing.T) {
	file := filepath.Join(t.TempDir(), "erd.md")
	src := "# ERD\n\n- Crow's Foot Notation, shown below\n" +
		"  - <img alt=\"Crow diagram\" src=\"crows-foot.png\"/>\n" +
		"  - One-to-Many\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ws := words(t, render(t, []string{file}, Exporter{Columns: 1}))
	y := map[string]float64{}
	var bullets []float64
	for _, w := range ws {
		if _, ok := y[w.text]; !ok {
			y[w.text] = w.yMin
		}
		if w.text == "◦" {
			bullets = append(bullets, w.yMin)
		}
	}
	if len(bullets) != 2 {
		t.Fatalf("sheet has %d inner bullets, want 2: %v", len(bullets), ws)
	}
	if d := y["[image:"] - bullets[0]; d < -2 || d > 2 {
		t.Errorf("\"[image: Crow diagram]\" is %.1f pt below its bullet, want it on the bullet's line", d)
	}
	if d := y["One-to-Many"] - bullets[1]; d < -2 || d > 2 {
		t.Errorf("\"One-to-Many\" is %.1f pt below its bullet, want it on the bullet's line", d)
	}
}
