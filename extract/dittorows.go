package extract

import (
	"strings"

	east "github.com/yuin/goldmark/extension/ast"
)

// dittoRuns splits the rows of a table whose row names stand in column key
// into runs: a named row and the rows under it whose name cell is blank, as
// a merged cell is written in Markdown. "| Possessive Determiners | seinem
// | … |" over "|  | meinem | … |" and "|  | deinem | … |" is one run. A
// blank run above a name that is followed by a blank run as long belongs to
// that name, which the writer centred in its merged cell: "| Negative
// Article | keinem |" then three blank rows, "| Possesive Determiners |
// seinem |" and three blank rows. Rows that hold no word are left out.
func (b *builder) dittoRuns(key int, rows [][]*east.TableCell) [][]int {
	var runs [][]int
	var pending []int // blank rows not yet given a name
	lone := false     // the last named row stands right under another one
	for i := 0; i < len(rows); i++ {
		cells := rows[i]
		if key >= len(cells) || !b.hasData(cells) {
			continue
		}
		if hasWordChar(b.p.plain(cells[key], 0, everything)) {
			run := append(pending, i)
			centred := len(pending) > 1 && lone && b.blankRun(key, rows, i+1) == len(pending)
			if len(pending) > 0 && len(runs) > 0 && !centred {
				runs[len(runs)-1] = append(runs[len(runs)-1], pending...)
				run = []int{i}
			}
			lone = len(pending) == 0 && len(runs) > 0
			runs = append(runs, run)
			pending = nil
			continue
		}
		pending = append(pending, i)
	}
	if len(pending) > 0 && len(runs) > 0 {
		runs[len(runs)-1] = append(runs[len(runs)-1], pending...)
	}
	return runs
}

// blankRun counts the rows from i on whose name cell in column key is
// blank, up to the next named row.
func (b *builder) blankRun(key int, rows [][]*east.TableCell, i int) int {
	n := 0
	for ; i < len(rows); i++ {
		if key >= len(rows[i]) || !b.hasData(rows[i]) {
			continue
		}
		if hasWordChar(b.p.plain(rows[i][key], 0, everything)) {
			break
		}
		n++
	}
	return n
}

// dittoCards makes one card per run of a table whose unnamed first column
// names some rows and leaves the rows under a name blank: the name asks,
// each column answers with the values of the whole run, so that
// "Possessive Determiners" → "Masculine: seinem, meinem, deinem" keeps the
// forms a declension table lists under one merged cell.
func (b *builder) dittoCards(head []string, key int, rows [][]*east.TableCell, sc scope) {
	p := b.p
	for _, run := range b.dittoRuns(key, rows) {
		name := run[0]
		for _, i := range run {
			if hasWordChar(p.plain(rows[i][key], 0, everything)) {
				name = i
			}
		}
		front := unwrapStrong(p.html(rows[name][key], 0, everything))
		var back []string
		for k := 0; k < len(head); k++ {
			if k == key {
				continue
			}
			var vals []string
			for _, i := range run {
				if k >= len(rows[i]) {
					continue
				}
				if v := p.html(rows[i][k], 0, everything); hasWordChar(stripTags(v)) || strings.Contains(v, "<img") {
					vals = append(vals, v)
				}
			}
			if len(vals) == 0 {
				continue
			}
			v := strings.Join(vals, ", ")
			if label := strings.TrimSpace(head[k]); label != "" {
				v = "<b>" + escapeText(label) + "</b>: " + v
			}
			back = append(back, v)
		}
		line := b.rowLine(rows[name])
		if b.add(front, strings.Join(back, "<br>"), Basic, line, sc) {
			if b.rowLines == nil {
				b.rowLines = map[int]bool{}
			}
			for _, i := range run {
				if l := b.rowLine(rows[i]); l > 0 {
					b.coverLines(l, l)
					b.rowLines[l] = true
				}
			}
		}
	}
}

// rowLine is the line of a table row: that of its first cell holding text,
// since a blank cell ("|  | meinem |") has no text to place.
func (b *builder) rowLine(cells []*east.TableCell) int {
	for _, c := range cells {
		if l := b.p.lineOf(c); l > 0 {
			return l
		}
	}
	return 0
}

// numberDitto reports whether column col of a table holds numbers and
// leaves the rows under a number blank, as a merged cell is written: "| 2 |
// Succinate dehydrogenase |" over "| | Acyl-CoA dehydrogenase |", vitamins
// B by their numbers. A number names no row: the rows are the number's
// group. Two blank rows at least say so; one may be a number left out.
func (b *builder) numberDitto(col int, rows [][]*east.TableCell) bool {
	blanks, named := 0, false
	for _, cells := range rows {
		if col >= len(cells) || !b.hasData(cells) {
			continue
		}
		v := strings.TrimSpace(b.p.plain(cells[col], 0, everything))
		if v == "" {
			if !named {
				return false // a blank above every number repeats none
			}
			blanks++
			continue
		}
		if !isDigit(rune(v[0])) || strings.Trim(v, "0123456789 ,&-–/") != "" {
			return false
		}
		named = true
	}
	return blanks >= 2
}

// mergedRows finds the rows of a table whose name cell, in column key, is
// empty under a named row, as Markdown writes a merged cell: "| Thyroid |
// TSH | TH | ↑ Metabolism |" over "| | - | Calcitonin | ↓ Ca |". under
// maps a named row's index to those of the rows under it, which merged
// holds, as they make no card of their own. Two such rows at least say so:
// one may be a name left out, "|  | Interjection |" under "| CONJ |
// Conjunction |". A dash names no row, "| O | - | O | - |" in a mnemonic's
// table, and keeps its row apart; empty rows above the first name belong
// to no row.
func (b *builder) mergedRows(key int, rows [][]*east.TableCell) (under map[int][]int, merged map[int]bool) {
	named := -1
	for i, cells := range rows {
		if key >= len(cells) || !b.hasData(cells) {
			continue
		}
		if strings.TrimSpace(b.p.plain(cells[key], 0, everything)) != "" {
			named = i
			if !hasWordChar(b.p.plain(cells[key], 0, everything)) {
				named = -1
			}
			continue
		}
		if named < 0 {
			continue
		}
		if under == nil {
			under, merged = map[int][]int{}, map[int]bool{}
		}
		under[named] = append(under[named], i)
		merged[i] = true
	}
	if len(merged) < 2 {
		return nil, nil
	}
	return under, merged
}

// runCell is the answer of column k for row i of a table and the rows
// merged under it: the values that say something, parted by commas and
// each said once, so that "Thyroid" answers "1° Hormones: TH, Calcitonin"
// and "GABA-A agonists" answers "Indications: Anesthesia: intravenous"
// once for its four drugs. With no merged
// rows, or none that fills the column, it is row i's own cell.
func (b *builder) runCell(rows [][]*east.TableCell, i int, merged []int, k int) string {
	own := ""
	if k < len(rows[i]) {
		own = b.p.html(rows[i][k], 0, everything)
	}
	if len(merged) == 0 {
		return own
	}
	var vals []string
	seen := map[string]bool{}
	for _, j := range append([]int{i}, merged...) {
		if k >= len(rows[j]) {
			continue
		}
		v := b.p.html(rows[j][k], 0, everything)
		if t := stripTags(v); (hasWordChar(t) || isMarkCell(t) || strings.Contains(v, "<img")) && !seen[v] {
			seen[v] = true
			vals = append(vals, v)
		}
	}
	if len(vals) == 0 {
		return own
	}
	return strings.Join(vals, ", ")
}

// rowLinesOf returns the lines of the given rows of a table.
func (b *builder) rowLinesOf(rows [][]*east.TableCell, idx []int) []int {
	var lines []int
	for _, i := range idx {
		if l := b.rowLine(rows[i]); l > 0 {
			lines = append(lines, l)
		}
	}
	return lines
}
