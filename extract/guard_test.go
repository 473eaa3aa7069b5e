package extract

import (
	"strings"
	"testing"
)

// TestMarkerGuard: a paragraph, a heading or a table row of more than
// maxInlineMarkers emphasis and link markers is kept as code, with a warning
// at its line, wherever it is; a paragraph of maxInlineMarkers, and a table
// of as many in short rows, parse as Markdown.
func TestMarkerGuard(t *testing.T) {
	over := strings.Repeat("*a_ ", maxInlineMarkers/2+1) // 2 markers a repeat
	at := strings.Repeat("*a* ", maxInlineMarkers/2)     // exactly the limit
	var table strings.Builder
	table.WriteString("| a | b |\n|---|---|\n")
	for range maxInlineMarkers / 4 {
		table.WriteString("| *x* | _y_ |\n")
	}
	for _, c := range []struct {
		name, src string
		line      int // of the warning; 0 for none
		want      string
	}{
		{"paragraph", "# T\n\n## Pathological\n\n" + over + "\n", 5, "<pre><code>*a_ *a_"},
		{"lines", "# T\n\n## Lines\n\n" + strings.ReplaceAll(over, " ", "\n") + "\n", 5, "<pre><code>*a_\n*a_"},
		{"heading", "# T\n\n## " + over + "\n\ntext\n", 3, "<pre><code>*a_ *a_"},
		{"table cell", "# T\n\n## Table\n\n| a | b |\n|---|---|\n| " + over + " | x |\n", 5, "<pre><code>| a | b |"},
		{"list item", "# T\n\n- Term: def\n- " + over + "\n", 4, "<pre><code>*a_ *a_"},
		{"at the limit", "# T\n\n## Fine\n\n" + at + "\n", 0, "<em>a</em> <em>a</em>"},
		{"table", "# T\n\n## Table\n\n" + table.String(), 0, "<em>x</em>"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse("guard.md", []byte(c.src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var warned []int
			for _, w := range d.Warnings {
				if strings.Contains(w.Msg, "kept as code") {
					warned = append(warned, w.Pos.Line)
				}
			}
			if c.line == 0 && len(warned) > 0 || c.line > 0 && (len(warned) != 1 || warned[0] != c.line) {
				t.Errorf("warnings at lines %v, want one at %d (0: none)", warned, c.line)
			}
			found := false
			for _, cd := range d.Cards {
				found = found || strings.Contains(cd.Front+cd.Back, c.want)
			}
			if !found {
				t.Errorf("no card shows %q", c.want)
			}
		})
	}
}
