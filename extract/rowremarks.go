package extract

import "bytes"

// rowRemarks moves the remark a student typed after a table row's last
// pipe into the row's last cell, under a line break, line for line, so
// that positions stay right:
//
//	| Operation | Worst |         | Operation | Worst |
//	| --------- | ----- |    →    | --------- | ----- |
//	| Insert    | O(n)  | shifts  | Insert    | O(n)<br>shifts |
//
// A table's rows have as many cells as its header, so Markdown dropped
// the remark ("| a | b | ← important"); in the last cell it stays on the
// row's card, and the other rows keep theirs. Only a row under a header
// and a delimiter row both closed by a pipe moves its remark, when it opens with a pipe and holds
// as many as the header: "| a | b" under "| A | B |" is a row whose last
// pipe was left off, no remark. body is returned when no row has one.
func rowRemarks(body []byte) []byte {
	if bytes.IndexByte(body, '|') < 0 {
		return body // most notes: no pipe, no table, one quick search
	}
	if !bytes.Contains(body, []byte("-|")) && !bytes.Contains(body, []byte("- |")) &&
		!bytes.Contains(body, []byte(":|")) && !bytes.Contains(body, []byte(": |")) {
		return body // no delimiter row: no table
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	for i := 1; i < len(lines); i++ {
		if code[i] || !isDelimiterRow(lines[i]) {
			continue
		}
		head, delim := bytes.TrimSpace(lines[i-1]), bytes.TrimSpace(lines[i])
		pipes := rowPipes(head)
		if len(head) < 2 || head[0] != '|' || head[len(head)-1] != '|' || delim[len(delim)-1] != '|' || rowPipes(delim) != pipes {
			continue // a header or a delimiter row left open, "|---|---", counts no cells by its pipes
		}
		for j := i + 1; j < len(lines) && !code[j]; j++ {
			t := bytes.TrimSpace(lines[j])
			if len(t) == 0 || t[0] != '|' {
				break // the table ends
			}
			if t[len(t)-1] != '|' && rowPipes(t) == pipes {
				lines[j] = remarkInCell(lines[j])
				changed = true
			}
		}
	}
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

// remarkInCell returns row with the text after its last pipe moved into
// its last cell, after a "<br>", and the row closed by a pipe.
func remarkInCell(row []byte) []byte {
	k := lastRowPipe(row)
	end := len(bytes.TrimRight(row, " \t\r\n"))
	out := make([]byte, 0, len(row)+len("<br> |"))
	out = append(out, bytes.TrimRight(row[:k], " \t")...)
	out = append(out, "<br>"...)
	out = append(out, bytes.TrimSpace(row[k+1:end])...)
	out = append(out, " |"...)
	return append(out, row[end:]...)
}

// lastRowPipe returns the index of the last pipe that parts row's cells
// (see rowPipes); the row holds one.
func lastRowPipe(row []byte) int {
	_, last := scanRowPipes(row)
	return last
}

// rowPipes counts the pipes that part a table row's cells: not escaped,
// not inside a code span.
func rowPipes(row []byte) int {
	n, _ := scanRowPipes(row)
	return n
}

// scanRowPipes walks row once for the pipes that part its cells, not
// escaped and not inside a code span: their count and the last one's index
// (0 when there is none).
func scanRowPipes(row []byte) (n, last int) {
	inCode := false
	for k, c := range row {
		switch {
		case c == '`':
			inCode = !inCode
		case c == '|' && !inCode && (k == 0 || row[k-1] != '\\'):
			n, last = n+1, k
		}
	}
	return n, last
}

// isDelimiterRow reports whether line is the row under a table's header,
// "| --- | :-: |": pipes, dashes, colons and spaces, with a dash and a pipe.
func isDelimiterRow(line []byte) bool {
	t := bytes.TrimSpace(line)
	if !bytes.ContainsRune(t, '-') || !bytes.ContainsRune(t, '|') {
		return false
	}
	for _, c := range t {
		if c != '|' && c != '-' && c != ':' && c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}
