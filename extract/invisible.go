package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// invisibleMarks makes a list item or a heading that a student sees as one
// read as one. A no-break space after the "-" or the "##" (typed with
// Option-space on a Mac, or pasted from Word, Google Docs or a web page)
// is no space to Markdown, so "-\u00a0Nucleus: holds DNA" was a paragraph
// and "##\u00a0Cells" no heading; a zero-width space or a byte order mark
// before the marker (pasted text, two files joined) did the same, and one
// after it started the card's front with a character nobody can see. Such
// a no-break space becomes a space, and those zero-width characters are
// dropped; nothing else changes, and every line stays where it was. Lines
// of fenced code are left as they are; a fence's opening line is cleaned
// first.
func invisibleMarks(src []byte) []byte {
	if !containsText(src, string(nbspBytes)) && !containsText(src, string(nnbspBytes)) &&
		!containsText(src, string(zwspBytes)) && !containsText(src, string(bomBytes)) && !containsText(src, string(wjBytes)) &&
		!containsText(src, string(zwjBytes)) && !containsText(src, string(zwnjBytes)) {
		return src
	}
	// A line is cleaned before it is read as a fence, so that a fence
	// behind a byte order mark (two files joined) opens, as it does once
	// cleaned, and its closing line opens nothing.
	return cleanLines(src, visibleMarks)
}

// cleanLines returns src with each line outside fenced code replaced by
// what clean makes of it when clean reports a change, and src itself when
// no line changed. A line is cleaned before it is read as a fence.
func cleanLines(src []byte, clean func(line []byte) ([]byte, bool)) []byte {
	lines := bytes.SplitAfter(src, []byte("\n"))
	changed := false
	var fence fenceState
	for i, l := range lines {
		if !fence.open() {
			if m, ok := clean(l); ok {
				lines[i], l = m, m
				changed = true
			}
		}
		fence.next(l)
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

var (
	nbspBytes  = []byte("\u00a0") // no-break space
	nnbspBytes = []byte("\u202f") // narrow no-break space
	zwspBytes  = []byte("\u200b") // zero-width space
	bomBytes   = []byte("\ufeff") // byte order mark, zero-width no-break space
	wjBytes    = []byte("\u2060") // word joiner
	zwjBytes   = []byte("\u200d") // zero-width joiner
	zwnjBytes  = []byte("\u200c") // zero-width non-joiner
)

// visibleMarks returns line with the zero-width characters before its list
// or heading marker, after the marker's space and at the edges of its words
// (see looseZeroWidth) dropped, and a no-break space right after the marker
// made a space; ok is false when nothing changed.
func visibleMarks(line []byte) ([]byte, bool) {
	out, changed := visibleMarker(line)
	if t, dropped := looseZeroWidth(out); dropped {
		return t, true
	}
	return out, changed
}

// visibleMarker returns line with the zero-width characters before its list
// or heading marker, and after the marker's space, dropped, and a no-break
// space right after the marker made a space; ok is false when nothing
// changed.
func visibleMarker(line []byte) ([]byte, bool) {
	ws := len(line) - len(bytes.TrimLeft(line, " \t"))
	rest, changed := trimZeroWidth(line[ws:])
	out := append([]byte{}, line[:ws]...)
	if k := markerLen(rest); k > 0 {
		after := rest[k:]
		sep := 0 // the length of the space after the marker
		switch {
		case bytes.HasPrefix(after, nbspBytes), bytes.HasPrefix(after, nnbspBytes):
			out = append(append(out, rest[:k]...), ' ')
			sep = len(nbspBytes)
			if bytes.HasPrefix(after, nnbspBytes) {
				sep = len(nnbspBytes)
			}
			changed = true
		case len(after) > 0 && (after[0] == ' ' || after[0] == '\t'):
			out = append(out, rest[:k+1]...)
			sep = 1
		}
		if sep > 0 {
			var dropped bool
			rest, dropped = trimZeroWidth(after[sep:])
			changed = changed || dropped
		}
	}
	if !changed {
		return line, false
	}
	return append(out, rest...), true
}

// trimZeroWidth drops the zero-width spaces, byte order marks and word
// joiners that start s, and reports whether there were any.
func trimZeroWidth(s []byte) ([]byte, bool) {
	n := len(s)
	for {
		switch {
		case bytes.HasPrefix(s, zwspBytes):
			s = s[len(zwspBytes):]
		case bytes.HasPrefix(s, bomBytes):
			s = s[len(bomBytes):]
		case bytes.HasPrefix(s, wjBytes):
			s = s[len(wjBytes):]
		default:
			return s, len(s) != n
		}
	}
}

// looseZeroWidth returns line without the runs of zero-width characters
// (spaces, joiners, non-joiners, word joiners, byte order marks) that touch
// its start or end, a space or a tab, or come before a colon: they join
// nothing there, and show nothing, but kept they made "# Bio\u200b" (a
// title pasted from a web page or Notion) a deck that Anki holds beside
// "Bio", looking the same, and "Osmosis\u200b: water moves" a front that
// is not "Osmosis". A joiner between two characters that show (an emoji
// sequence, a Persian word) is kept; a byte order mark there is dropped,
// as it joins nothing since Unicode 3.2 (the word joiner does): it comes
// from two files joined without a newline between them, or text pasted
// from a program that wrote it, and kept it made "Catal\ufeffyst" a front
// that is not "Catalyst". ok is false when nothing was dropped.
func looseZeroWidth(line []byte) ([]byte, bool) {
	var out []byte
	last := 0 // the end of the part of line copied to out, or to copy
	for i := 0; i < len(line); {
		n := zeroWidthRun(line[i:])
		if n == 0 {
			i++
			continue
		}
		switch run := line[i : i+n]; {
		case edgeBefore(line[:i]) || edgeAfter(line[i+n:]):
			out = append(out, line[last:i]...)
			last = i + n
		case bytes.Contains(run, bomBytes):
			out = append(append(out, line[last:i]...), bytes.ReplaceAll(run, bomBytes, nil)...)
			last = i + n
		}
		i += n
	}
	if out == nil && last == 0 {
		return line, false
	}
	return append(out, line[last:]...), true
}

// zeroWidthRun returns the length in bytes of the zero-width characters
// that open s.
func zeroWidthRun(s []byte) int {
	n := 0
	for {
		switch {
		case bytes.HasPrefix(s[n:], zwspBytes), bytes.HasPrefix(s[n:], zwjBytes), bytes.HasPrefix(s[n:], zwnjBytes),
			bytes.HasPrefix(s[n:], wjBytes), bytes.HasPrefix(s[n:], bomBytes):
			n += 3
		default:
			return n
		}
	}
}

// edgeBefore reports whether head, the part of a line before a run of
// zero-width characters, is empty or ends in a space or a tab.
func edgeBefore(head []byte) bool {
	return len(head) == 0 || head[len(head)-1] == ' ' || head[len(head)-1] == '\t'
}

// edgeAfter reports whether tail, the part of a line after a run of
// zero-width characters, is its end or opens with a space, a tab or a colon.
func edgeAfter(tail []byte) bool {
	return len(tail) == 0 || strings.IndexByte(" \t\r\n:", tail[0]) >= 0
}

// markerLen returns the length of the list marker ("-", "*", "+", "1.",
// "1)") or the heading's "#"s (up to six) that open s, or 0.
func markerLen(s []byte) int {
	if len(s) == 0 {
		return 0
	}
	switch s[0] {
	case '-', '*', '+':
		return 1
	case '#':
		k := 1
		for k < len(s) && s[k] == '#' {
			k++
		}
		if k > 6 {
			return 0
		}
		return k
	}
	k := 0
	for k < len(s) && k < 9 && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k > 0 && k < len(s) && (s[k] == '.' || s[k] == ')') {
		return k + 1
	}
	return 0
}

// unseenMarks are the format characters a note may carry that show
// nothing: zero-width space, non-joiner and joiner, word joiner and byte
// order mark, and the bidirectional controls (U+202A–U+202E,
// U+2066–U+2069) pasted with text from a web page or a chat.
const unseenMarks = "\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

// sameSeen reports whether a and b read the same to a student, case
// aside: "Mitosis\u200b" over "Mitosis" is one word twice, and so is
// "\u200b ATP" (the mark and a space) after "ATP:", as the spaces the
// mark leaves at either end show nothing either. The strings are copied
// only when one holds such a mark.
func sameSeen(a, b string) bool {
	if strings.EqualFold(a, b) {
		return true
	}
	if !strings.ContainsAny(a, unseenMarks) && !strings.ContainsAny(b, unseenMarks) {
		return false
	}
	return strings.EqualFold(strings.TrimSpace(dropUnseen(a)), strings.TrimSpace(dropUnseen(b)))
}

// dropUnseen returns s without its unseenMarks.
func dropUnseen(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(unseenMarks, r) {
			return -1
		}
		return r
	}, s)
}

// seenText reports whether s holds a character that shows: a fence or a
// code span holding only a zero-width space or a right-to-left override
// shows nothing, and asks nothing.
func seenText(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !strings.ContainsRune(unseenMarks, r) {
			return true
		}
	}
	return false
}

// spelledAlike reports whether a and b are one name spelled two ways: the
// same letters and digits, case aside, parted only by spaces, "-", "_", "/"
// or ".": "TCP/IP" and "tcp-ip". Any other sign tells them apart: "A ∪ B"
// is no "A ∩ B", nor "C++" "C".
func spelledAlike(a, b string) bool {
	i, j := 0, 0
	for {
		ra, na := nextNameRune(a, &i)
		rb, nb := nextNameRune(b, &j)
		if na < 0 || nb < 0 {
			return false // a sign other than the name's own
		}
		if na == 0 || nb == 0 {
			return na == nb
		}
		if unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
	}
}

// nextNameRune returns the next letter or digit of s from *i on, past the
// spaces, "-", "_", "/" and "." before it, with 1; 0 at the end of s; -1
// at any other sign.
func nextNameRune(s string, i *int) (rune, int) {
	for *i < len(s) {
		r, n := utf8.DecodeRuneInString(s[*i:])
		*i += n
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return r, 1
		case unicode.IsSpace(r) || r == '-' || r == '_' || r == '/' || r == '.':
		default:
			return r, -1
		}
	}
	return 0, 0
}
