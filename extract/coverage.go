package extract

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
)

// contentLines returns the file lines that carry text: lines holding a text
// segment, code or text inside raw HTML. Fences, rules, table delimiter rows,
// link destinations and markup alone are not content. It is indexed by line.
func (p *parsed) contentLines() []bool {
	lines := make([]bool, len(p.lineStart)+p.lineShift+1) // the last line is p.line(len(p.src))
	mark := func(start, stop int) {
		if stop > start && len(bytes.TrimSpace(p.src[start:stop])) > 0 {
			lines[p.line(start)] = true
		}
	}
	_ = ast.Walk(p.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			mark(n.Segment.Start, n.Segment.Stop)
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			for i := 0; i < n.Lines().Len(); i++ {
				s := n.Lines().At(i)
				mark(s.Start, s.Stop)
			}
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			for i := 0; i < n.Lines().Len(); i++ {
				s := n.Lines().At(i)
				if !isComment(string(s.Value(p.src))) && stripTags(string(s.Value(p.src))) != "" {
					lines[p.line(s.Start)] = true
				}
			}
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return lines
}

// coverage counts the content lines and lists those no card used.
func (b *builder) coverage() Coverage {
	var c Coverage
	var un []int
	for l, content := range b.p.contentLines() {
		if !content || b.skipped[l] {
			continue
		}
		c.Lines++
		if !b.covered[l] {
			un = append(un, l)
		}
	}
	for _, l := range un {
		c.Uncovered = append(c.Uncovered, Pos{File: b.p.file, Line: l})
	}
	return c
}
