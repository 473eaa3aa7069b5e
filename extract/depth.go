package extract

import (
	"bytes"
	"strconv"

	"github.com/yuin/goldmark/ast"
)

// deepError reports nesting deeper than the limit at a line.
func deepError(file string, line, limit int) error {
	return &Error{Pos: Pos{File: file, Line: line}, Msg: "nesting deeper than " + strconv.Itoa(limit) + " (see --max-depth)"}
}

// scanDepth estimates, before parsing, how deeply each line nests lists and
// block quotes, and refuses the note when a line may go deeper than limit.
// The estimate never falls below the real depth: every level needs a marker
// on the line or two columns of indentation. The one space that follows a
// marker belongs to it ("> > quote" is two levels, not three). It keeps
// goldmark, whose time grows faster than linearly with nesting, away from
// hostile input.
func scanDepth(file string, src []byte, shift, limit int) error {
	line := 1 + shift
	for i := 0; i < len(src); line++ {
		depth, col := 0, 0
		marked := false // the byte before is a marker
		for i < len(src) && src[i] != '\n' {
			c := src[i]
			after := marked
			marked = false
			switch {
			case c == ' ' && after:
				i++
				continue
			case c == ' ':
				col++
				i++
				continue
			case c == '\t':
				col += 4 - col%4
				i++
				continue
			case c == '>':
				depth++
				i++
				marked = true
				continue
			case (c == '-' || c == '*' || c == '+') && i+1 < len(src) && (src[i+1] == ' ' || src[i+1] == '\t'):
				depth++
				i++
				marked = true
				continue
			case c >= '0' && c <= '9':
				j := i
				for j < len(src) && j-i < 9 && src[j] >= '0' && src[j] <= '9' {
					j++
				}
				if j+1 < len(src) && (src[j] == '.' || src[j] == ')') && (src[j+1] == ' ' || src[j+1] == '\t') {
					depth++
					i = j + 1
					marked = true
					continue
				}
			}
			break
		}
		if depth > 0 && depth+col/2 > limit {
			return deepError(file, line, limit)
		}
		if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
			i += j + 1
		} else {
			i = len(src)
		}
	}
	return nil
}

// checkDepth refuses nesting of lists and block quotes deeper than MaxDepth,
// without recursion, so the walkers that follow are bounded.
func (p *parsed) checkDepth() error {
	type entry struct {
		n     ast.Node
		depth int
	}
	stack := make([]entry, 1, 64) // room for the top blocks of most chunks
	stack[0] = entry{p.doc, 0}
	for len(stack) > 0 {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		d := e.depth
		switch e.n.(type) {
		case *ast.List, *ast.Blockquote:
			d++
			if d > p.opt.MaxDepth {
				return deepError(p.file, p.lineOf(e.n), p.opt.MaxDepth)
			}
		}
		if e.n.Type() == ast.TypeInline {
			continue
		}
		for c := e.n.FirstChild(); c != nil; c = c.NextSibling() {
			stack = append(stack, entry{c, d})
		}
	}
	return nil
}
