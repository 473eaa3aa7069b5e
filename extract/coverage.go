package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// markContent marks in p.content the file lines that carry text: lines
// holding a text segment, code or text inside raw HTML. Fences, rules, table
// delimiter rows, link destinations and markup alone are not content.
func (p *parsed) markContent() {
	lines := p.content
	var markedLo, markedHi int // where the line marked last starts and ends: a line has several texts
	mark := func(start, stop int) {
		if start >= markedLo && start < markedHi {
			return
		}
		if stop > start && len(bytes.TrimSpace(p.src[start:stop])) > 0 {
			l := p.line(start)
			lines[l] = true
			k := l - p.lineShift // p.lineStart[k-1] <= start < p.lineStart[k]
			markedLo, markedHi = p.lineStart[k-1], len(p.src)
			if k < len(p.lineStart) {
				markedHi = p.lineStart[k]
			}
		}
	}
	_ = ast.Walk(p.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			if p.labelOverMissing(n) {
				return ast.WalkSkipChildren, nil // "- Pic: ![](gone.png)": the picture was the answer
			}
		case *ast.Text:
			mark(n.Segment.Start, n.Segment.Stop)
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			for i := 0; i < n.Lines().Len(); i++ {
				s := n.Lines().At(i)
				mark(s.Start, s.Stop)
			}
			return ast.WalkSkipChildren, nil
		case *ast.HTMLBlock:
			if isStyleBlock(n, p.src) {
				return ast.WalkSkipChildren, nil
			}
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
}

// coverage counts the content lines of file and lists those no card used;
// each slice is indexed by file line.
func coverage(file string, content, covered, skipped []bool) Coverage {
	var c Coverage
	for l, content := range content {
		if !content || skipped[l] {
			continue
		}
		c.Lines++
		if !covered[l] {
			c.Uncovered = append(c.Uncovered, Pos{File: file, Line: l})
		}
	}
	return c
}

// labelOverMissing reports whether n, the first line of a list item, is a
// label over only pictures whose files are missing and whose alt text says
// nothing: "- Pic: ![](gone.png)". The missing file is warned of; the label
// alone is no content, to ask of or to list under the heading's card.
func (p *parsed) labelOverMissing(n ast.Node) bool {
	if len(p.images) == 0 || n.Lines().Len() != 1 {
		return false // no picture: the quick test
	}
	if _, ok := n.Parent().(*ast.ListItem); !ok || n.Parent().FirstChild() != n {
		return false
	}
	var label []byte
	pictures := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			label = append(label, c.Segment.Value(p.src)...)
		case *ast.Image:
			dest := string(c.Destination)
			alt := strings.TrimSpace(p.plain(c, 0, everything))
			if name, known := p.images[dest]; !known || name != "" || alt != "" && !placeholderAlt(alt, dest) {
				return false
			}
			pictures++
		default:
			return false
		}
	}
	label = bytes.TrimSpace(label)
	return pictures > 0 && len(label) > 1 && label[len(label)-1] == ':'
}
