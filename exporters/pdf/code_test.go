package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWideCode: a code line wider than the column shrinks the block's font
// until it fits, down to MinFontSize; a line still too wide wraps, its
// continuation opened by "↪". Before, "void proc_A() {   …   void proc_B()
// {" wrapped at 6.6 pt, "{" alone on the next line.
func TestWideCode(t *testing.T) {
	fits := "void proc_A() {" + strings.Repeat(" ", 39) + "void proc_B() {" // 69 characters
	long := "    while (try_lock(&res_2) == FAIL) {" + strings.Repeat(" ", 40) + "while (try_lock(&res_1) == FAIL) {"
	file := filepath.Join(t.TempDir(), "code.md")
	src := "# Livelock\n\n```c\n" + fits + "\n" + long + "\n}\n```\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ws := words(t, render(t, []string{file}, Exporter{}))
	at := map[string]bword{}
	for _, w := range ws {
		if _, ok := at[w.text]; !ok {
			at[w.text] = w
		}
	}
	if a, b := at["proc_A()"], at["proc_B()"]; a.yMin != b.yMin {
		t.Errorf("proc_A at y %.1f, proc_B at y %.1f: want one line", a.yMin, b.yMin)
	}
	if h := at["proc_A()"].yMax - at["proc_A()"].yMin; h > 7.5 || h < 5.5*1.1 {
		t.Errorf("code %.1f pt high, want less than at 6.6 pt (7.7) and not below 5.5 pt", h)
	}
	var marks []bword
	for _, w := range ws {
		if w.text == "↪" {
			marks = append(marks, w)
		}
	}
	if len(marks) == 0 {
		t.Fatal("no continuation mark")
	}
	for _, m := range marks {
		if m.xMin > at["proc_A()"].xMin+0.5 {
			t.Errorf("continuation mark at x %.1f, want it at the left of the block (x %.1f)", m.xMin, at["proc_A()"].xMin)
		}
		for _, w := range ws {
			if w.yMin == m.yMin && w.text != "↪" && w.xMin < m.xMax {
				t.Errorf("continuation %q at x %.1f, want it indented past the mark", w.text, w.xMin)
			}
		}
	}
}

// TestLongCodeLineKeepsSize: a line no legible size fits, such as prose
// indented into a code block, wraps at the code's size.
func TestLongCodeLineKeepsSize(t *testing.T) {
	file := filepath.Join(t.TempDir(), "code.md")
	src := "# Notes\n\n    " + strings.Repeat("the duty of care is owed to the claimant ", 6) + "\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, w := range words(t, render(t, []string{file}, Exporter{})) {
		if w.text == "duty" {
			if h := w.yMax - w.yMin; h < 7.5 {
				t.Errorf("code %.1f pt high, want 6.6 pt (7.7)", h)
			}
			return
		}
	}
	t.Fatal("no code on the sheet")
}
