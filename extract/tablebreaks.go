package extract

import "bytes"

// A sepLine is a line of a note whose lines may end in a Unicode line or
// paragraph separator: its text and the line end after it, "" at the end of
// the note.
type sepLine struct {
	text []byte
	end  []byte
}

// tableBreaks writes each line or paragraph separator (U+2028, U+2029) that
// is typed inside a cell of a pipe table as "<br>", the break a cell holds:
//
//	| Sodium⤶ion | +1 |    →    | Sodium<br>ion | +1 |
//	| Chloride | -1 |            | |
//	                             | Chloride | -1 |
//
// A soft return typed in a cell (TextEdit, Pages, Bear, a table pasted from
// Word) shows there as a break in the cell; read as the end of a line, it
// cut the row in two, "| Sodium" and "ion | +1 |", so the table asked "ion"
// for "+1" and showed Sodium with no charge. A separator is inside a cell
// when its row opens with "|", the text before it does not end with "|",
// the text after it does not open with one, and the row so joined ends with
// "|", in a table: a row under its delimiter row, or the header over it.
// The note keeps its lines: each separator joined leaves an empty row,
// which shows nothing, after the row, or after the delimiter row for the
// header.
func tableBreaks(src []byte) []byte {
	lines := sepLines(src)
	var out bytes.Buffer
	out.Grow(len(src))
	var fence fenceState
	inTable, prevRow := false, false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if fence.next(l.text) || !opensRow(l.text) {
			inTable, prevRow = false, false
			out.Write(l.text)
			out.Write(l.end)
			continue
		}
		if prevRow && delimiterRow(l.text) {
			inTable = true
		}
		prevRow = true
		j := cellBreaks(lines, i)
		header := !inTable && j+1 < len(lines) && delimiterRow(lines[j+1].text)
		if j == i || !inTable && !header {
			out.Write(l.text)
			out.Write(l.end)
			continue
		}
		joins := j - i
		for k := i; k <= j; k++ {
			if k > i {
				out.WriteString("<br>")
			}
			out.Write(lines[k].text)
		}
		writeEnd(&out, lines[j].end)
		if header {
			j++
			out.Write(lines[j].text)
			writeEnd(&out, lines[j].end)
			inTable = true
		}
		for range joins {
			out.WriteString("| |\n")
		}
		i = j
	}
	return out.Bytes()
}

// sepLines splits src into lines at LF and at the Unicode line and
// paragraph separators.
func sepLines(src []byte) []sepLine {
	var lines []sepLine
	for len(src) > 0 {
		i, n := lineEnd(src)
		if i < 0 {
			lines = append(lines, sepLine{text: src})
			break
		}
		lines = append(lines, sepLine{text: src[:i], end: src[i : i+n]})
		src = src[i+n:]
	}
	return lines
}

// lineEnd returns the offset and length of the first line end of src (LF,
// U+2028 or U+2029), or -1.
func lineEnd(src []byte) (int, int) {
	for i := 0; i < len(src); i++ {
		switch {
		case src[i] == '\n':
			return i, 1
		case src[i] == 0xe2 && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xa8 || src[i+2] == 0xa9):
			return i, 3
		}
	}
	return -1, 0
}

// cellBreaks returns the last line of the row that opens at lines[i] when
// separators inside its cells broke it over lines i to that one, else i.
func cellBreaks(lines []sepLine, i int) int {
	j := i
	for j+1 < len(lines) && separator(lines[j].end) && !closesRow(lines[j].text) && !opensRow(lines[j+1].text) {
		j++
	}
	if j == i || !closesRow(lines[j].text) {
		return i
	}
	return j
}

// separator reports whether end, a line end, is U+2028 or U+2029.
func separator(end []byte) bool { return len(end) == 3 }

// opensRow reports whether line opens with "|" after at most three spaces,
// as a row of a pipe table does.
func opensRow(line []byte) bool {
	t := bytes.TrimLeft(line, " ")
	return len(line)-len(t) <= 3 && len(t) > 0 && t[0] == '|'
}

// closesRow reports whether line ends with "|", spaces aside.
func closesRow(line []byte) bool {
	return bytes.HasSuffix(bytes.TrimRight(line, " \t"), []byte("|"))
}

// delimiterRow reports whether line is the delimiter row of a pipe table,
// "|---|:--:|".
func delimiterRow(line []byte) bool {
	t := bytes.TrimSpace(line)
	return bytes.IndexByte(t, '|') >= 0 && bytes.IndexByte(t, '-') >= 0 &&
		len(bytes.Trim(t, "|:- \t")) == 0
}

// writeEnd writes the line end end, or LF at the end of the note, where
// the empty rows that keep the note's lines follow.
func writeEnd(out *bytes.Buffer, end []byte) {
	if len(end) == 0 {
		end = []byte("\n")
	}
	out.Write(end)
}
