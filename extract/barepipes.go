package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// barePipeRows is the fewest lines barePipeCells reads as a table.
const barePipeRows = 3

// barePipeCells returns the cells of lines ls when they are the rows of a
// table typed by hand without its outer pipes and its |---| line, which
// Markdown reads as a paragraph: "quel     | what" over "qui      | who".
// There are three rows or more, each with as many pipes, none of them
// inside brackets, each with a space beside it and words in every cell; a
// line with code, math or HTML in it is no such row.
func (p *parsed) barePipeCells(ls [][2]int) [][][2]int {
	if len(ls) < barePipeRows {
		return nil
	}
	rows := make([][][2]int, 0, len(ls))
	for _, r := range ls {
		cells := barePipeRow(p.src, r[0], r[1])
		if cells == nil || len(rows) > 0 && len(cells) != len(rows[0]) {
			return nil
		}
		rows = append(rows, cells)
	}
	return rows
}

// barePipeRow returns the cells of src[lo:hi], a row of a table without its
// outer pipes (see barePipeCells), or nil.
func barePipeRow(src []byte, lo, hi int) [][2]int {
	line := bytes.TrimSpace(src[lo:hi])
	if len(line) == 0 || line[0] == '|' || line[len(line)-1] == '|' {
		return nil
	}
	var cells [][2]int
	depth, start := 0, lo
	for k := lo; k < hi; k++ {
		switch src[k] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		case '`', '$', '<':
			return nil
		case '|':
			if depth > 0 || k > lo && src[k-1] == '\\' {
				continue
			}
			if k == lo || k+1 == hi || src[k+1] == '|' || src[k-1] != ' ' && src[k+1] != ' ' {
				return nil
			}
			cells = append(cells, [2]int{start, k})
			start = k + 1
		}
	}
	if len(cells) == 0 {
		return nil
	}
	cells = append(cells, [2]int{start, hi})
	for _, c := range cells {
		if !hasWordCharBytes(src[c[0]:c[1]]) {
			return nil
		}
	}
	return cells
}

// rowsBlock returns the cells of block n when its lines are table rows
// without the |---| line, with their outer pipes ("| Prost | Cheers |", see
// pipeCells) or without them ("quel | what", see barePipeCells); else nil.
func (p *parsed) rowsBlock(n ast.Node) [][][2]int {
	if n.Lines().Len() == 0 {
		return nil
	}
	first := n.Lines().At(0)
	if p.src[first.Start] == '|' {
		return p.pipeCells(p.lines(n))
	}
	if n.Lines().Len() < barePipeRows || bytes.IndexByte(p.src[first.Start:first.Stop], '|') < 0 {
		return nil
	}
	return p.barePipeCells(p.lines(n))
}

// minRowsUnderHeader is how many rows must share the mark that tells a
// header from them (see markedRowsUnder).
const minRowsUnderHeader = 2

// markedRowsUnder reports whether the first of rows, a table typed without
// its |---| line, names its columns because every row under it opens one
// column's cells with one mark the first row's cell lacks: the suffixes of
// "-(i)en australien | -(i)enne australienne" and "-eau beau | -eaux
// beaux" under "adjectif masculin | adjectif féminin" and "singulier |
// pluriel", or the numbers of "| 22 | SSH |" under "| Port | Service |".
// The mark is a sign or a digit; a letter's case marks nothing, as a
// word's first letter may be capitalised in any row.
func (p *parsed) markedRowsUnder(n ast.Node, rows [][][2]int) bool {
	if len(rows) < minRowsUnderHeader+1 {
		return false
	}
	for k := range rows[0] {
		if cellMark(p.plain(n, rows[0][k][0], rows[0][k][1])) != 0 {
			continue
		}
		m := rune(0)
		for _, cells := range rows[1:] {
			if k >= len(cells) {
				m = 0
				break
			}
			c := cellMark(p.plain(n, cells[k][0], cells[k][1]))
			if c == 0 || m != 0 && c != m {
				m = 0
				break
			}
			m = c
		}
		if m != 0 {
			return true
		}
	}
	return false
}

// cellMark returns the mark a table's cell t opens with: its first sign,
// or '0' for a digit; 0 when it opens with a letter or holds nothing.
func cellMark(t string) rune {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(t))
	switch {
	case r == utf8.RuneError || unicode.IsLetter(r):
		return 0
	case unicode.IsDigit(r):
		return '0'
	}
	return r
}

// pipeNumberKey returns the name under which the rows of a table typed
// without its |---| line ask for the numbers of their first column, as a
// real table's rows do (numberKeyName): "| Port | Service |" over "| 22 |
// SSH |" and "| 443 | HTTPS |" asks "Port 22", not a bare "22". head is the
// table's header row (nil when it has none) and rows the rows under it.
func (p *parsed) pipeNumberKey(n ast.Node, head []string, rows [][][2]int) string {
	if len(head) == 0 || len(rows) < 2 {
		return ""
	}
	name := numberColumnName(head[0])
	if name == "" {
		return ""
	}
	for _, cells := range rows {
		if len(cells) == 0 || !isNumberRun(p.plain(n, cells[0][0], cells[0][1])) {
			return ""
		}
	}
	return name
}

// pipeLabel returns what opens the answer from column k of a row of width
// cells in a table typed without its |---| line: its header's name and a
// colon when the table has a header and three columns or more, as a real
// table's rows are answered ("<b>Size</b>: 1–10 µm"); else nothing, and a
// two-column row answers with its second cell alone.
func pipeLabel(head []string, k, cells int) string {
	if cells < 3 || k >= len(head) || head[k] == "" {
		return ""
	}
	return "<b>" + escapeText(head[k]) + "</b>: "
}
