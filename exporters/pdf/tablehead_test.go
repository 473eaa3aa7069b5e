package pdf

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTableHeaderRepeats: a table too long for one column names its columns
// again at the top of each column it runs on into, with the header's own
// text (the text buffer is compacted while the table is laid out).
func TestTableHeaderRepeats(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Codes\n\n| Code | Meaning |\n|---|---|\n")
	for i := range 400 {
		fmt.Fprintf(&b, "| %d | meaning number %d of the list |\n", 100+i, i)
	}
	note := filepath.Join(t.TempDir(), "codes.md")
	if err := os.WriteFile(note, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	e := Exporter{}
	g := geometry(t, e)
	cols := map[[2]int]bool{} // the page and column of each row's code
	heads := map[[2]int]bool{}
	for _, w := range words(t, render(t, []string{note}, e)) {
		at := [2]int{w.page, int((w.xMin - g.left + g.gap/2) / (g.colW + g.gap))}
		switch w.text {
		case "Meaning":
			heads[at] = true
		case "meaning":
			cols[at] = true
		}
	}
	if len(cols) < 2 {
		t.Fatalf("the table fills %d column(s); want it to run on", len(cols))
	}
	for at := range cols {
		if !heads[at] {
			t.Errorf("page %d, column %d: rows without the header", at[0]+1, at[1]+1)
		}
	}
}
