package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// outlineNumber returns the whole number, 1 to 99, that numbers heading text
// s without a dot, the 3 of "3 Confidence Intervals", and the width of its
// digits; else 0, 0. The title after it opens with a capital and holds no
// digit: "1 Mart 2021" is a date. Alone, "12 Cranial Nerves" counts them; a
// number numbers only beside its neighbour's (see numberedInTurn).
func outlineNumber(s string) (n, width int) {
	for width < len(s) && width < 3 && s[width] >= '0' && s[width] <= '9' {
		n = n*10 + int(s[width]-'0')
		width++
	}
	if width == 0 || width > 2 || n == 0 || width >= len(s) || s[width] != ' ' {
		return 0, 0
	}
	title := strings.TrimLeft(s[width:], " ")
	r, _ := utf8.DecodeRuneInString(title)
	if !unicode.IsUpper(r) || strings.ContainsAny(title, "0123456789") {
		return 0, 0
	}
	return n, width
}

// numberedInTurn reports whether heading texts prev and next are numbered
// in turn without dots, "2 Central Limit Theorem" then "3 Confidence
// Intervals", and name different things: "1 March" over "2 March" are
// days.
func numberedInTurn(prev, next string) bool {
	n, w := outlineNumber(next)
	if n == 0 {
		return false
	}
	m, v := outlineNumber(prev)
	return m != 0 && m == n-1 && !strings.EqualFold(strings.TrimSpace(prev[v:]), strings.TrimSpace(next[w:]))
}

// mayBeNumbered is outlineNumber's quick test on b, an ATX heading's text
// after its #s, with no string made: a digit from 1 to 9 opens it.
func mayBeNumbered(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' {
			return c >= '1' && c <= '9'
		}
	}
	return false
}

// pointerOpeners are the words that open a chatty lead-in by pointing at
// what follows, "Here are some common list methods in Python:", "Let's
// look at some examples:", with a straight or a curly apostrophe; "So here
// are" before "here are". The student's card asks what they point at. An
// article or "some" after them goes too.
var pointerOpeners = []string{"so here are ", "so here is ", "here are ", "here is ", "here's ", "here’s ",
	"below are ", "below is ", "let's look at ", "let’s look at ", "let us look at ", "let's see ", "let’s see "}

// cutPointer returns front, the HTML of a lead-in or a caption, without the
// pointing words that open it (see pointerOpeners), its first letter in
// capitals: "Here is an example of adding to the front of a list" asks
// "Example of adding to the front of a list". A front of nothing else, or
// one that opens with markup, is returned as it is.
func cutPointer(front string) string {
	rest := ""
	for _, o := range pointerOpeners {
		if len(front) > len(o) && strings.EqualFold(front[:len(o)], o) {
			rest = front[len(o):]
			break
		}
	}
	for _, a := range []string{"some ", "the ", "an ", "a "} {
		if len(rest) > len(a) && strings.EqualFold(rest[:len(a)], a) {
			rest = rest[len(a):]
			break
		}
	}
	r, n := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(r) || !hasWordChar(stripTags(rest)) {
		return front
	}
	return string(unicode.ToUpper(r)) + rest[n:]
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
	found := false
	var prev itemLine
	for off := 0; off < len(src) && !found; {
		end := bytes.IndexByte(src[off:], '\n') + 1
		if end == 0 {
			end = len(src) - off
		}
		cur := listItemLine(src[off : off+end])
		found = shortChild(prev, cur)
		prev, off = cur, off+end
	}
	if !found {
		return src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	code := fencedLines(lines)
	prev = itemLine{}
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
