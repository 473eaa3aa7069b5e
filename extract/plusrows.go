package extract

import (
	"bytes"
)

// plusDelimiters writes as pipes the "+" that part the columns of a
// table's delimiter row, as Emacs's org-mode and tables aligned by hand
// type it: "sg. | pl." over "---------+--------", "| a | b |" over
// "|---+---|". Markdown reads no table there, and the rows made one
// card of their lines. A row of dashes and "+" is a delimiter row only
// under a line of as many cells: a grid table's "+---+---+" border, which
// opens with its "+", and a line of dashes under prose stay as they are.
func plusDelimiters(src []byte) []byte {
	if !hasDashPlus(src) {
		return src // most notes: spare the walk
	}
	return rewriteAround(src, plusDelimiterRow)
}

// hasDashPlus reports whether src holds "-+" or "- +", the joint of a
// delimiter row, as two bytes.Contains do, by one search for "+": a note
// holds fewer "+" than "-", each list item's bullet.
func hasDashPlus(src []byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(src[i:], '+')
		if j < 0 {
			return false
		}
		i += j
		if i >= 1 && src[i-1] == '-' || i >= 2 && src[i-1] == ' ' && src[i-2] == '-' {
			return true
		}
	}
}

// plusDelimiterRow is plusDelimiters for lines[i]: it reports whether it
// rewrote that line.
func plusDelimiterRow(lines [][]byte, i int) bool {
	if i == 0 {
		return false
	}
	row := bytes.TrimSpace(lines[i])
	if len(row) == 0 || row[0] == '+' || !bytes.ContainsRune(row, '+') {
		return false
	}
	cols := 0
	for _, cell := range bytes.Split(bytes.Trim(row, "|"), []byte("+")) {
		cell = bytes.Trim(bytes.TrimSpace(cell), ":")
		if len(cell) == 0 || len(bytes.Trim(cell, "-")) != 0 {
			return false
		}
		cols++
	}
	if headerCells(lines[i-1]) != cols {
		return false
	}
	lines[i] = bytes.ReplaceAll(lines[i], []byte("+"), []byte("|"))
	return true
}

// headerCells returns the number of cells of line, a table's header row
// typed with pipes between its cells, with its outer pipes or without:
// "sg. | pl." has two; a line without a pipe has none.
func headerCells(line []byte) int {
	t := bytes.TrimSpace(line)
	if !bytes.ContainsRune(t, '|') {
		return 0
	}
	t = bytes.TrimSuffix(bytes.TrimPrefix(t, []byte("|")), []byte("|"))
	return bytes.Count(t, []byte("|")) - bytes.Count(t, []byte(`\|`)) + 1
}
