package extract

import (
	"testing"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// TestMayWalk: the quick test before isNavLine's regexp passes every line
// that walks pages, in any case and through links and marks, and isNavLine
// finds them; prose that only holds "next", an arrow or a link is stopped.
func TestMayWalk(t *testing.T) {
	for _, tt := range []struct {
		line string
		want bool
	}{
		{"[<- Back: Imperative vs Declarative](./04.md) | [Next: Hands-On ->](./06.md)", true},
		{"← Previous | Next →", true},
		{"[Home](index.md) | [Next](b.md)", true},
		{"<- Back: [[Main Note]] | Next: [[Chapter 2]] ->", true},
		{"**[NEXT](b.md)**", true},
		{"[[index|Home]] | [[two|Prev]]", true},
		{"__Back__ → top", true},
		{"the next step of the feedback loop", false},
		{"see [the text](u) for context", false},
		{"feedback → output", false},
		{"Next we add salt.", false},
		{"[backoff](b.md) and [nextjs](n.md)", false},
		{"[Previous](a.md) | [Next](b.md)", true},
		{"[prev:](a.md) | [NEXT](b.md)", true},
	} {
		if got := mayWalk([]byte(tt.line)); got != tt.want {
			t.Errorf("mayWalk(%q) = %v, want %v", tt.line, got, tt.want)
		}
		p := ast.NewParagraph()
		p.Lines().Append(text.NewSegment(0, len(tt.line)))
		if got := isNavLine([]byte(tt.line), p); got != tt.want {
			t.Errorf("isNavLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
