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
			// The outline shows each block as parsed; a card of the
			// whole paragraph is too long to review (see maxCardBytes).
			var shown strings.Builder
			showBlocks(&shown, d.Outline)
			if !strings.Contains(shown.String(), c.want) {
				t.Errorf("the outline does not show %q", c.want)
			}
		})
	}
}

// showBlocks writes the text of blocks to b, a code block as
// "<pre><code>" and its text, an italic span as "<em>" and its text and
// "</em>".
func showBlocks(b *strings.Builder, blocks []Block) {
	spans := func(ss []Span) {
		for _, s := range ss {
			if s.Style&Italic != 0 {
				b.WriteString("<em>" + s.Text + "</em>")
			} else {
				b.WriteString(s.Text)
			}
		}
	}
	for _, bl := range blocks {
		if bl.Kind == Code {
			b.WriteString("<pre><code>" + bl.Code)
		}
		spans(bl.Spans)
		for _, it := range bl.Items {
			spans(it.Spans)
			showBlocks(b, it.Blocks)
		}
		for _, row := range append([][]Cell{bl.Header}, bl.Rows...) {
			for _, c := range row {
				spans(c.Spans)
			}
		}
		showBlocks(b, bl.Blocks)
		b.WriteString("\n")
	}
}
