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
// It keeps goldmark, whose time grows faster than linearly with nesting,
// away from hostile input, in one pass over the note.
//
// A line's depth is the block quote and list markers on it plus the list
// items of earlier lines it may belong to: items whose content starts at or
// before the line's marker, which a marker at a lower column, or any line
// after a blank line at a lower column, closes. Columns of lines inside block
// quotes are measured with a slack of four a quote, so a differently spaced
// "> " never hides an open item. Lines of a fenced code block are code, not
// nesting: an indented YAML sample or a deep outline in a fence is no list.
func scanDepth(file string, src []byte, shift, limit int) error {
	var items []int // content columns of the list items that may be open, innermost last
	var f fenceScan
	blank := false
	line := 1 + shift
	for i := 0; i < len(src); line++ {
		end := len(src)
		if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
			end = i + j
		}
		l := src[i:end]
		i = end + 1
		col, k := depthIndent(l)
		if k == len(l) {
			blank = true
			continue
		}
		if f.open() && f.inside(l, col, k) {
			blank = false
			continue
		}
		if blank {
			items = closeItems(items, col)
		}
		blank = false
		if c := l[k]; c == '`' || c == '~' {
			f.start(l, col, k, items)
			continue
		}
		if lineDepth(l, col, k, &items) > limit {
			return deepError(file, line, limit)
		}
	}
	return nil
}

// depthIndent returns the column and the index of the first byte of l that is
// no space, tab or carriage return.
func depthIndent(l []byte) (col, k int) {
	for ; k < len(l); k++ {
		switch l[k] {
		case ' ', '\r':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return col, k
		}
	}
	return col, k
}

// closeItems drops the items whose content starts after column col.
func closeItems(items []int, col int) []int {
	for len(items) > 0 && items[len(items)-1] > col {
		items = items[:len(items)-1]
	}
	return items
}

// lineDepth counts the block quote and list markers that open line l, from
// its first byte k at column col, pushes the list items they start onto
// items, and returns the line's depth: its quotes and the open items.
func lineDepth(l []byte, col, k int, items *[]int) int {
	quotes := 0
	marked := false // the byte before is a marker
	for k < len(l) {
		c := l[k]
		after := marked
		marked = false
		switch {
		case c == ' ' && after:
			col++
			k++
			continue
		case c == ' ' || c == '\r':
			col++
			k++
			continue
		case c == '\t':
			col += 4 - col%4
			k++
			continue
		case c == '>':
			quotes++
			col++
			k++
			marked = true
			continue
		case (c == '-' || c == '*' || c == '+') && k+1 < len(l) && (l[k+1] == ' ' || l[k+1] == '\t'):
			*items = append(closeItems(*items, col+4*quotes), col+2)
			col++
			k++
			marked = true
			continue
		case c >= '0' && c <= '9':
			j := k
			for j < len(l) && j-k < 9 && l[j] >= '0' && l[j] <= '9' {
				j++
			}
			if j+1 < len(l) && (l[j] == '.' || l[j] == ')') && (l[j+1] == ' ' || l[j+1] == '\t') {
				*items = append(closeItems(*items, col+4*quotes), col+j-k+2)
				col += j + 1 - k
				k = j + 1
				marked = true
				continue
			}
		}
		break
	}
	return quotes + len(*items)
}

// A fenceScan follows the fenced code block scanDepth is in, if any.
type fenceScan struct {
	char   byte // '`' or '~'; 0 outside a fence
	length int  // of the opening run
	indent int  // the content column of the list item that holds the fence
}

func (f *fenceScan) open() bool { return f.char != 0 }

// start opens a fence when l, whose first byte k at column col is a
// backtick or a tilde, opens one in the innermost list item it can belong
// to, or at the top.
func (f *fenceScan) start(l []byte, col, k int, items []int) {
	n := byteRun(l[k:], l[k])
	if n < 3 || l[k] == '`' && bytes.IndexByte(l[k+n:], '`') >= 0 {
		return
	}
	indent := 0
	for j := len(items) - 1; j >= 0; j-- {
		if items[j] <= col {
			indent = items[j]
			break
		}
	}
	if col-indent > 3 {
		return // indented code, or a paragraph's text
	}
	f.char, f.length, f.indent = l[k], n, indent
}

// inside reports whether the non-blank line l, whose first byte k is at
// column col, belongs to the open fence, and closes the fence at its closing
// line or at a line that leaves the fence's list item.
func (f *fenceScan) inside(l []byte, col, k int) bool {
	if col < f.indent {
		f.char = 0
		return false
	}
	if col-f.indent <= 3 && l[k] == f.char {
		n := byteRun(l[k:], f.char)
		if n >= f.length && len(bytes.TrimRight(l[k+n:], " \t\r")) == 0 {
			f.char = 0
		}
	}
	return true
}

// byteRun counts the bytes c that open b.
func byteRun(b []byte, c byte) int {
	n := 0
	for n < len(b) && b[n] == c {
		n++
	}
	return n
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
