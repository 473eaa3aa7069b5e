package extract

import "bytes"

// tabStops rewrites the indentation of each line that has a space before a
// tab ("  \t- deep: one": two spaces, then Tab pressed in an editor that
// inserts tabs) as spaces, with tab stops every 4 columns, as CommonMark
// reads it. goldmark reads such a line as less indented than it is, so the
// bullet that the student sees nested under "- Other" was the second line
// of Other's text, and neither made its card. Only list items are
// rewritten: lines indented with tabs alone, or spaces alone, the lines of
// fenced code, and other text (the tabs of indented code) are left as they
// are; every line stays where it was.
func tabStops(src []byte) []byte {
	if !containsText(src, " \t") {
		return src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	for i, l := range lines {
		ws := len(l) - len(bytes.TrimLeft(l, " \t"))
		if code[i] || !bytes.Contains(l[:ws], []byte(" \t")) || !bulletAt(l[ws:]) {
			continue
		}
		col := 0
		for _, c := range l[:ws] {
			if c == '\t' {
				col += 4 - col%4
			} else {
				col++
			}
		}
		lines[i] = append(bytes.Repeat([]byte(" "), col), l[ws:]...)
		changed = true
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// bulletAt reports whether s opens with a list marker ("-", "*", "+",
// "1.", "1)") and a space, a tab or the line's end.
func bulletAt(s []byte) bool {
	k := markerLen(s)
	return k > 0 && s[0] != '#' && (k == len(s) || s[k] == ' ' || s[k] == '\t' || s[k] == '\n')
}

// An itemLine is what listItemLine reads of a line that opens a list item.
type itemLine struct {
	marker, content int  // the columns of its marker and of its text
	number          int  // an ordered item's number, else -1
	ok              bool // the line opens a list item indented with spaces
}

// listItemLine reads line l as a list item's first line: "  - text",
// "1. text". A line indented with a tab, or one that opens no item, is not
// ok.
func listItemLine(l []byte) itemLine {
	ws := 0
	for ws < len(l) && l[ws] == ' ' {
		ws++
	}
	if ws < len(l) && l[ws] == '\t' {
		return itemLine{}
	}
	k := markerLen(l[ws:])
	if k == 0 || l[ws] == '#' || ws+k >= len(l) || l[ws+k] != ' ' {
		return itemLine{}
	}
	text := ws + k
	for text < len(l) && text-ws-k < 4 && l[text] == ' ' {
		text++
	}
	if text == len(l) || l[text] == '\n' || l[text] == '\r' {
		return itemLine{}
	}
	number := -1
	if k > 1 {
		number = 0
		for _, c := range l[ws : ws+k-1] {
			number = number*10 + int(c-'0')
		}
	}
	return itemLine{marker: ws, content: text, number: number, ok: true}
}

// shortChild reports whether item line child, right under item line
// parent, is indented past parent's marker but short of its text, as a
// student types a nested bullet one space short: " - Driver" over "  -
// is actually typing the code". CommonMark makes it a sibling, or a list
// of its own, and the parent loses its answer. An ordered item under an
// ordered item is nested only when it numbers a list of its own from 1:
// " 2. Remount" under "1. Go into initramfs" is the next step. Steps
// under a bullet ("   - REQ = the request" over "    1. If REQ <= NEED")
// go on from the bullet's own parent, not from the bullet.
func shortChild(parent, child itemLine) bool {
	if !parent.ok || !child.ok || child.marker <= parent.marker || child.marker >= parent.content {
		return false
	}
	if parent.number < 0 {
		return child.number < 0
	}
	return child.number < 0 || child.number == 1
}

// shortIndents rewrites the list items that a student nested one space or
// two short of their parent's text (see shortChild) as nested under it:
// the item and every line after it indented as far or further move right
// to the parent's text. Lines of fenced code are left as they are; every
// line stays where it was.
func shortIndents(src []byte) []byte {
	if !hasShortChild(src) {
		return src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	code := fencedLines(lines)
	var prev itemLine
	for i := 0; i < len(lines); i++ {
		if code[i] {
			prev = itemLine{}
			continue
		}
		cur := listItemLine(lines[i])
		if shortChild(prev, cur) {
			pad := bytes.Repeat([]byte(" "), prev.content-cur.marker)
			for j := i; j < len(lines) && !code[j]; j++ {
				t := bytes.TrimLeft(lines[j], " ")
				if len(bytes.TrimSpace(t)) == 0 {
					continue
				}
				if len(lines[j])-len(t) < cur.marker {
					break
				}
				lines[j] = append(pad[:len(pad):len(pad)], lines[j]...)
			}
			cur = listItemLine(lines[i])
		}
		prev = cur
	}
	return bytes.Join(lines, nil)
}

// hasShortChild reports whether a line of src, in a code fence or not, is
// a shortChild of the line above it. Only the lines that open with a space
// and the lines above them are read as items: a child's marker is indented.
func hasShortChild(src []byte) bool {
	for off := 0; ; {
		nl := bytes.IndexByte(src[off:], '\n')
		if nl < 0 {
			return false
		}
		next := off + nl + 1
		if next < len(src) && src[next] == ' ' {
			child, _ := lineAt(src, next)
			if shortChild(listItemLine(src[off:next]), listItemLine(child)) {
				return true
			}
		}
		off = next
	}
}

// headedBlock returns the end (exclusive) of the run of lines from j that
// is a list indented as a whole under a heading, and the run's indent:
// its first line opens a bullet four columns in or more, and every line
// that is not blank is indented as far. A run whose lines at that indent
// are not all bullets of one marker, or that has fewer than two bullets,
// is code as it reads ("    - name: app", "      image: nginx"), and so
// is one whose indent mixes tabs in: end is j then.
func headedBlock(lines [][]byte, code []bool, j int) (int, int) {
	first := lines[j]
	ind := indentCols(first)
	if ind < 4 || bytes.IndexByte(first[:ind], '\t') >= 0 || !isBulletLine(first) {
		return j, 0
	}
	marker, bullets, end := first[ind], 0, j
	for k := j; k < len(lines) && !code[k]; k++ {
		l := lines[k]
		if isBlank(l) {
			continue
		}
		at := indentCols(l)
		if at < ind {
			break
		}
		if bytes.IndexByte(l[:ind], '\t') >= 0 {
			return j, 0
		}
		if at == ind {
			if !isBulletLine(l) || l[ind] != marker {
				return j, 0
			}
			bullets++
		}
		end = k + 1
	}
	if bullets < 2 {
		return j, 0
	}
	return end, ind
}

// headedIndents rewrites a list that a student indented as a whole under
// a heading, "#### Monitoring EBS" over "    * Different volume types",
// "        * General purpose (SSD) - gp2", as the list it is: CommonMark
// reads four columns of indent after a heading as a code block, and the
// section made one card of raw text. The run's shared indent comes off
// (see headedBlock); every line stays where it was, and lines of fenced
// code are left as they are.
func headedIndents(src []byte) []byte {
	if !containsText(src, "\n    ") || !indentUnderHeading(src) {
		return src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	for i, line := range lines {
		if len(line) == 0 || line[0] != '#' || code[i] || !isATXHeading(line) {
			continue // a heading indented into a list item is left to it
		}
		j := i + 1
		for j < len(lines) && isBlank(lines[j]) {
			j++
		}
		if j >= len(lines) || code[j] {
			continue
		}
		end, ind := headedBlock(lines, code, j)
		for k := j; k < end; k++ {
			if !isBlank(lines[k]) {
				lines[k] = lines[k][ind:]
				changed = true
			}
		}
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// indentUnderHeading is headedIndents' quick test, which reads src without
// a copy: whether a heading has a bullet indented four columns or more as
// the first line under it, past blank lines.
func indentUnderHeading(src []byte) bool {
	for off := 0; off < len(src); {
		if src[off] != '#' {
			k := bytes.Index(src[off:], []byte("\n#"))
			if k < 0 {
				return false
			}
			off += k + 1
		}
		line, next := lineAt(src, off)
		off = next
		if !isATXHeading(line) {
			continue
		}
		for off < len(src) {
			line, next = lineAt(src, off)
			if !isBlank(line) && (line[0] != '#' || !isATXHeading(line)) {
				if indentCols(line) >= 4 && isBulletLine(line) {
					return true
				}
				break // a line of text under the heading: its lines are read from here
			}
			off = next
		}
	}
	return false
}
