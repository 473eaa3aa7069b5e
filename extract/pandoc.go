package extract

import "bytes"

// pandocMarkup rewrites what Google Docs and pandoc write into a converted
// note, and that a student never typed, as the Markdown it stands for, line
// for line so that positions stay right. Fenced code is left as it is. body
// is returned when it holds none of it.
func pandocMarkup(body []byte) []byte {
	return escapedDashes(body)
}

// escapedDashes rewrites a dash escaped in the middle of a line, "\-", as
// the dash it is: Google Docs and pandoc escape every dash of a document,
// "**DNS** \- port 53", "Port 161 \- SNMP", "**Osmosis \-** water …", and
// the separator of the term was not seen. Only a dash after a space and
// text, before a space, emphasis or the end of the line, is rewritten: "\-"
// that starts the text of a line ("\- not a list", "* \- text") keeps the
// line from being a list, and code keeps its backslash.
func escapedDashes(body []byte) []byte {
	if !bytes.Contains(body, []byte(`\-`)) {
		return body
	}
	var out []byte // nil until a dash is rewritten
	var fence fenceState
	last := 0
	for off := 0; off < len(body); {
		end := bytes.IndexByte(body[off:], '\n') + off + 1
		if end == off {
			end = len(body)
		}
		line := body[off:end]
		if !fence.next(line) && bytes.Contains(line, []byte(`\-`)) {
			for _, i := range textDashes(line) {
				out = append(out, body[last:off+i]...)
				last = off + i + 1 // drop the backslash
			}
		}
		off = end
	}
	if out == nil {
		return body
	}
	return append(out, body[last:]...)
}

// textDashes returns the offsets of the backslashes of line's escaped dashes
// that separate text ("**DNS** \- port 53"), outside code spans.
func textDashes(line []byte) []int {
	var at []int
	start := lineTextStart(line)
	for i := start; i < len(line)-1; i++ {
		switch {
		case line[i] == '`':
			i = codeSpanEnd(line, i)
		case line[i] != '\\':
		case line[i+1] != '-':
			i++ // "\\-" is an escaped backslash, then a dash
		case dashBetweenText(line, start, i):
			at = append(at, i)
		}
	}
	return at
}

// dashBetweenText reports whether the escaped dash whose backslash is at i
// stands between words: after a space that follows text of the line (from
// start on, not a table's "|"), before a space, emphasis ("**Osmosis \-**")
// or the end of the line.
func dashBetweenText(line []byte, start, i int) bool {
	if i < start+2 || (line[i-1] != ' ' && line[i-1] != '\t') {
		return false
	}
	before := bytes.TrimRight(line[start:i], " \t")
	if len(before) == 0 || before[len(before)-1] == '|' {
		return false
	}
	if i+2 == len(line) {
		return true
	}
	switch line[i+2] {
	case ' ', '\t', '\n', '*', '_':
		return true
	}
	return false
}

// lineTextStart returns the offset of the text of line after its
// indentation and the markers of the quotes and list items that hold it:
// 4 in "> * \- text".
func lineTextStart(line []byte) int {
	i := 0
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i == len(line) {
			return i
		}
		j := i
		switch c := line[i]; {
		case c == '>':
			j = i + 1
		case c == '-' || c == '*' || c == '+':
			j = i + 1
		case '0' <= c && c <= '9':
			for j < len(line) && j-i < 9 && '0' <= line[j] && line[j] <= '9' {
				j++
			}
			if j == len(line) || (line[j] != '.' && line[j] != ')') {
				return i
			}
			j++
		default:
			return i
		}
		if line[i] != '>' && (j == len(line) || (line[j] != ' ' && line[j] != '\t')) {
			return i
		}
		i = j
	}
}

// codeSpanEnd returns the offset of the last backtick of the code span
// that opens at the backtick at i, or of the last backtick of the run at i
// when no span closes it on the line.
func codeSpanEnd(line []byte, i int) int {
	n := 1
	for i+n < len(line) && line[i+n] == '`' {
		n++
	}
	if j := bytes.Index(line[i+n:], line[i:i+n]); j >= 0 {
		return i + n + j + n - 1
	}
	return i + n - 1
}
