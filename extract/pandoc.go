package extract

import "bytes"

// pandocMarkup rewrites what Google Docs and pandoc write into a converted
// note, and that a student never typed, as the Markdown it stands for, line
// for line so that positions stay right. Fenced code is left as it is. body
// is returned when it holds none of it.
func pandocMarkup(body []byte) []byte {
	return pandocAttributes(escapedDashes(body))
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

// pandocAttributes rewrites pandoc's attributes, which no Markdown renders,
// as the text they are set on: a span, "[comparable]{.underline}", is its
// text, a highlight of Word, "[the topmost node]{.mark}", is one of
// Obsidian, "==the topmost node==", and the attributes of an image or of
// code, `![](media/image1.png){width="7.5in" height="2.4in"}`,
// "`T getMax()`{.java}", are dropped. Shown raw, they were the answers of
// cards, and hid the term of "[Data Definitions]{.underline}: a type of
// business rule". Attributes wrapped onto the next line, as pandoc wraps
// them, are dropped too; the line break stays.
func pandocAttributes(body []byte) []byte {
	if !bytes.Contains(body, []byte("]{")) && !bytes.Contains(body, []byte("){")) && !bytes.Contains(body, []byte("`{")) {
		return body
	}
	var out []byte // nil until attributes are dropped
	var fence fenceState
	last, from := 0, 0 // from: where the next line's search starts, past attributes wrapped onto it
	for off := 0; off < len(body); {
		end := bytes.IndexByte(body[off:], '\n') + off + 1
		if end == off {
			end = len(body)
		}
		line := body[off:end]
		if fence.next(line) || bytes.IndexByte(line, '{') < 0 {
			off = end
			continue
		}
		for i := max(from-off, 0); i < len(line)-1; i++ {
			if line[i] == '`' {
				if i = codeSpanEnd(line, i); i == len(line)-1 {
					break
				}
			}
			if line[i+1] != '{' || (line[i] != ']' && line[i] != ')' && line[i] != '`') {
				continue
			}
			a := off + i + 1
			e := attributesEnd(body, a)
			if e < 0 {
				continue
			}
			if line[i] == ']' {
				open := spanOpen(line, i)
				if open < 0 {
					continue
				}
				mark := markAttribute(body[a:e])
				out = append(out, body[last:off+open]...)
				out = append(out, mark...)
				out = append(out, body[off+open+1:off+i]...)
				out = append(out, mark...)
			} else {
				out = append(out, body[last:a]...)
			}
			out = append(out, wrappedPrefix(body[a:e])...)
			last, from = e, e
			i = e - off - 1
		}
		off = end
	}
	if out == nil {
		return body
	}
	return append(out, body[last:]...)
}

// attributesEnd returns the offset just past the attributes of pandoc that
// open at b[i], "{#array}", "{.underline}", `{width="7.5in" height="2.4in"}`,
// or -1 when b[i:] starts no such block. The block may go on on the next
// line, after the quote markers that hold it.
func attributesEnd(b []byte, i int) int {
	j, n, wrapped := i+1, 0, false
	for j < len(b) {
		switch c := b[j]; {
		case c == ' ' || c == '\t':
			j++
		case c == '\n':
			if wrapped || n == 0 {
				return -1
			}
			wrapped = true
			j++
			for j < len(b) && (b[j] == ' ' || b[j] == '\t' || b[j] == '>') {
				j++
			}
			if j < len(b) && b[j] == '\n' {
				return -1 // a blank line ends the paragraph
			}
		case c == '}':
			if n == 0 {
				return -1
			}
			return j + 1
		default:
			k := attributeEnd(b, j)
			if k < 0 || (k < len(b) && b[k] != ' ' && b[k] != '\t' && b[k] != '\n' && b[k] != '}') {
				return -1
			}
			j, n = k, n+1
		}
	}
	return -1
}

// attributeEnd returns the offset just past the one attribute that starts
// at b[j], a class ".underline", an identifier "#array" or a key and its
// value, `height="2.4in"`, or -1.
func attributeEnd(b []byte, j int) int {
	if b[j] == '.' || b[j] == '#' {
		k := nameEnd(b, j+1)
		if k == j+1 {
			return -1
		}
		return k
	}
	k := nameEnd(b, j)
	if k == j || k == len(b) || b[k] != '=' {
		return -1
	}
	k++
	if k < len(b) && b[k] == '"' {
		q := bytes.IndexByte(b[k+1:], '"')
		if q < 0 || bytes.IndexByte(b[k+1:k+1+q], '\n') >= 0 {
			return -1
		}
		return k + 1 + q + 1
	}
	v := k
	for k < len(b) && b[k] != ' ' && b[k] != '\t' && b[k] != '\n' && b[k] != '}' && b[k] != '"' {
		k++
	}
	if k == v {
		return -1
	}
	return k
}

// nameEnd returns the offset past the letters, digits and "-_:." that
// start b[j:], the name of a class, an identifier or a key.
func nameEnd(b []byte, j int) int {
	for j < len(b) {
		c := b[j]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.') {
			break
		}
		j++
	}
	return j
}

// spanOpen returns the offset of the "[" that the "]" at line[close]
// closes, or -1: none on the line, an escaped one, or the "[" of an image
// or of a reference link's second bracket, which are no spans.
func spanOpen(line []byte, close int) int {
	depth := 0
	for k := close - 1; k >= 0; k-- {
		switch {
		case k > 0 && line[k-1] == '\\':
			k--
		case line[k] == ']':
			depth++
		case line[k] != '[':
		case depth > 0:
			depth--
		case k > 0 && (line[k-1] == '!' || line[k-1] == ']'):
			return -1
		default:
			return k
		}
	}
	return -1
}

// markAttribute returns "==" when the attributes attrs mark a highlight,
// as pandoc reads Word's ("{.mark}"), and nothing otherwise.
func markAttribute(attrs []byte) []byte {
	for _, f := range bytes.Fields(bytes.Trim(attrs, "{}")) {
		if string(f) == ".mark" {
			return []byte("==")
		}
	}
	return nil
}

// wrappedPrefix returns the line break of attributes that pandoc wrapped
// onto a second line, with the quote markers and indentation after it,
// so that the note keeps its lines; nothing when they are on one line.
func wrappedPrefix(attrs []byte) []byte {
	n := bytes.IndexByte(attrs, '\n')
	if n < 0 {
		return nil
	}
	k := n + 1
	for k < len(attrs) && (attrs[k] == ' ' || attrs[k] == '\t' || attrs[k] == '>') {
		k++
	}
	return attrs[n:k]
}
