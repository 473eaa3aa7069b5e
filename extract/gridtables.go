package extract

import (
	"bytes"
	"strings"
)

// A tableRow is a row of a pandoc table read as a pipe table's: the line
// of the block it starts on and the text of its cells, the lines of a
// wrapped cell joined.
type tableRow struct {
	line  int
	cells []string
}

// pandocTables rewrites pandoc's grid tables ("+----+----+" borders, "|"
// between cells, "+====+" under the header) and multiline tables (rules of
// dashes, rows parted by blank lines, cells wrapped onto several lines) as
// the pipe tables the note's other tables are, one card per row:
//
//	+----------+-----------------+      | Organelle | Function |
//	| Organelle| Function        |      |---|---|
//	+==========+=================+      | | |
//	| Ribosome | Builds proteins |  →   | Ribosome | Builds proteins from amino acids |
//	|          | from amino acids|      | | |
//	+----------+-----------------+      | | |
//
// Shown raw, the borders were the heading's answer and the wrapped lines
// of a cell made cards of their own ("Solution → solutions solutions").
// The note keeps its lines: a row stays on the line it starts on, the
// header moves onto the top border, and the lines left over are empty rows,
// which show nothing. A table whose cells span columns or hold several
// paragraphs is left as it is.
func pandocTables(body []byte) []byte {
	if !containsText(body, "\n+-") && !bytes.HasPrefix(body, []byte("+-")) && !containsText(body, "- -") {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	changed := false
	var fence fenceState
	for i := 0; i < len(lines); i++ {
		if fence.next(lines[i]) {
			continue
		}
		var head []string
		var rows []tableRow
		end, skip := -1, 0
		switch t := bytes.TrimLeft(lines[i], " "); {
		case len(lines[i])-len(t) > 3:
		case isGridBorder(t):
			head, rows, end, skip = gridTable(lines, i)
		case isDashRule(t):
			head, rows, end = multilineTable(lines, i)
		}
		if end < 0 {
			i = max(i, skip) // 20,000 rows with no last border were read again from each border: 110 s
			continue
		}
		writePipeTable(lines, i, end, head, rows)
		i, changed = end, true
	}
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

// isGridBorder reports whether t, a line without its indentation, is a
// border of a grid table: "+---+:==+".
func isGridBorder(t []byte) bool {
	t = bytes.TrimRight(t, " \t\n")
	if len(t) < 3 || t[0] != '+' || t[len(t)-1] != '+' {
		return false
	}
	for _, c := range t {
		if c != '+' && c != '-' && c != '=' && c != ':' {
			return false
		}
	}
	return true
}

// gridTable reads the grid table whose top border is lines[top]: its
// header (nil when it has none), its rows and the index of its bottom
// border; end is -1 when the lines are no grid table pandocTables can
// rewrite (a cell that spans columns, a border cut short). Then skip is the
// last line read that has the top border's width: no border down to it
// can start a table either, for every table it starts reads the same lines
// to the same end.
func gridTable(lines [][]byte, top int) (head []string, rows []tableRow, end, skip int) {
	indent := len(lines[top]) - len(bytes.TrimLeft(lines[top], " "))
	border := bytes.TrimRight(lines[top][indent:], " \t\n")
	var cols []int // the offsets of the "+" of the top border
	for k, c := range border {
		if c == '+' {
			cols = append(cols, indent+k)
		}
	}
	if len(cols) < 3 {
		return nil, nil, -1, top // a box around text, no table
	}
	var cur *tableRow
	for i := top + 1; i < len(lines); i++ {
		l := []rune(string(bytes.TrimRight(lines[i], " \t\n")))
		if len(l) != indent+len(border) {
			return nil, nil, -1, i - 1
		}
		if isGridBorder([]byte(string(l[indent:]))) {
			if cur != nil {
				if strings.ContainsRune(string(l), '=') && head == nil && len(rows) == 0 {
					head = cur.cells
				} else {
					rows = append(rows, *cur)
				}
				cur = nil
			}
			if i == top+1 {
				return nil, nil, -1, top
			}
			if isLastBorder(lines, i) && len(rows) > 0 {
				return head, rows, i, i
			}
			continue
		}
		for _, c := range cols {
			if l[c] != '|' {
				return nil, nil, -1, top
			}
		}
		if cur != nil && len(strings.Trim(string(l), "| ")) == 0 {
			return nil, nil, -1, i - 1 // cells of several paragraphs, lists of points more than a row's fields
		}
		if cur == nil {
			cur = &tableRow{line: i, cells: make([]string, len(cols)-1)}
		}
		for k := range cur.cells {
			cur.cells[k] = joinCell(cur.cells[k], gridCellLine(string(l[cols[k]+1:cols[k+1]])))
		}
	}
	return nil, nil, -1, len(lines) - 1
}

// isLastBorder reports whether the border lines[i] ends its grid table:
// no row line follows it.
func isLastBorder(lines [][]byte, i int) bool {
	if i+1 == len(lines) {
		return true
	}
	t := bytes.TrimLeft(lines[i+1], " ")
	return len(t) == 0 || t[0] != '|'
}

// isDashRule reports whether t, a line without its indentation, is the
// rule of dashes alone that opens and closes a multiline table.
func isDashRule(t []byte) bool {
	t = bytes.TrimRight(t, " \t\n")
	return len(t) >= 10 && len(bytes.Trim(t, "-")) == 0
}

// multilineTable reads the multiline table that the rule lines[top] opens:
// header lines, a line of a run of dashes under each column, rows parted by
// blank lines and a closing rule. It returns its header, its rows and the
// index of the closing rule, or end -1.
func multilineTable(lines [][]byte, top int) (head []string, rows []tableRow, end int) {
	under := -1 // the line of the columns' dashes
	for i := top + 1; i < len(lines) && i <= top+4; i++ {
		if columnRuns(lines[i]) != nil {
			under = i
			break
		}
	}
	if under < 0 || under == top+1 {
		return nil, nil, -1
	}
	cols := columnRuns(lines[under])
	for i := top + 1; i < under; i++ {
		if isBlank(lines[i]) {
			return nil, nil, -1
		}
		head = cellsOf(head, lines[i], cols)
	}
	var cur *tableRow
	for i := under + 1; i < len(lines); i++ {
		t := bytes.TrimLeft(lines[i], " ")
		switch {
		case isDashRule(t):
			if cur != nil {
				rows = append(rows, *cur)
			}
			if len(rows) == 0 {
				return nil, nil, -1
			}
			return head, rows, i
		case isBlank(lines[i]):
			if cur != nil {
				rows = append(rows, *cur)
			}
			cur = nil
		default:
			if cur == nil {
				cur = &tableRow{line: i}
			}
			cur.cells = cellsOf(cur.cells, lines[i], cols)
		}
	}
	return nil, nil, -1
}

// columnRuns returns the offsets where each run of dashes of line starts,
// "----- -------" under a multiline table's header, or nil when line is
// not such runs (at least two) and spaces.
func columnRuns(line []byte) []int {
	l := bytes.TrimRight(line, " \t\n")
	var runs []int
	for k := 0; k < len(l); k++ {
		switch {
		case l[k] == '-' && (k == 0 || l[k-1] == ' '):
			runs = append(runs, k)
		case l[k] != '-' && l[k] != ' ':
			return nil
		}
	}
	if len(runs) < 2 {
		return nil
	}
	return runs
}

// cellsOf adds the text of line under each column, from its run's start
// to the next one's, to cells.
func cellsOf(cells []string, line []byte, cols []int) []string {
	if cells == nil {
		cells = make([]string, len(cols))
	}
	l := []rune(string(bytes.TrimRight(line, " \t\n")))
	for k, c := range cols {
		if c >= len(l) {
			break
		}
		e := len(l)
		if k+1 < len(cols) && cols[k+1] < e {
			e = cols[k+1]
		}
		cells[k] = joinCell(cells[k], string(l[c:e]))
	}
	return cells
}

// joinCell adds a line of a wrapped cell to its text, with a space.
func joinCell(cell, line string) string {
	t := strings.TrimSpace(line)
	if cell == "" || t == "" {
		return cell + t
	}
	return cell + " " + t
}

// writePipeTable writes, in place of lines[top:end+1], the pipe table of
// head and rows: the header on the top line, the delimiter under it, each
// row on its own line or the first free one after it, and empty rows on
// the lines left.
func writePipeTable(lines [][]byte, top, end int, head []string, rows []tableRow) {
	n := len(rows[0].cells)
	newline := bytes.HasSuffix(lines[end], []byte("\n"))
	if head == nil {
		head = make([]string, n)
	}
	lines[top] = pipeRow(head)
	lines[top+1] = []byte("|" + strings.Repeat("---|", n) + "\n")
	free := top + 2
	empty := pipeRow(make([]string, n))
	for _, r := range rows {
		for ; free < r.line && free <= end; free++ {
			lines[free] = empty
		}
		if free <= end {
			lines[free] = pipeRow(r.cells)
			free++
		}
	}
	for ; free <= end; free++ {
		lines[free] = empty
	}
	if !newline {
		lines[end] = bytes.TrimSuffix(lines[end], []byte("\n")) // the note's last line
	}
}

// pipeRow returns cells as a line of a pipe table, their "|" escaped.
func pipeRow(cells []string) []byte {
	var b bytes.Buffer
	b.WriteString("|")
	for _, c := range cells {
		b.WriteString(" " + strings.ReplaceAll(c, "|", `\|`) + " |")
	}
	b.WriteString("\n")
	return b.Bytes()
}
