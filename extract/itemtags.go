package extract

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// itemTags takes off the marks some students put before a bullet's term,
// "* [def]Production is creation of goods", "- [def] supply chain is …": a
// tag of two to four letters in brackets, right after the bullet and before
// a word, says what kind of line follows, and is no part of the term. So
// is a colon with no label before it, "* : docker stop ID --- stops it",
// a prompt before a command. A note with link reference definitions
// ("[def]: https://…") keeps its brackets, which may be links. Lines inside
// code fences stay as they are.
func itemTags(src []byte) []byte {
	if !hasItemMark(src) {
		return src // most notes: spare the walk
	}
	refs := -1 // whether the note defines links, once a tag is found
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		lo, hi := itemTag(line)
		if hi <= 0 {
			return nil, false
		}
		if refs < 0 {
			refs = 0
			if containsText(src, "]: ") && hasLinkDefs(src) {
				refs = 1
			}
		}
		if refs != 0 {
			return nil, false
		}
		t := make([]byte, 0, len(line)-(hi-lo))
		t = append(t, line[:lo]...)
		return append(t, line[hi:]...), true
	})
}

// itemTag returns the span of the mark itemTags takes off line, the
// brackets or the colon and the spaces after them, or hi 0 when line has
// none: a bullet ("*", "-", "+"), a space, then "[", two to four ASCII
// letters, "]" and a letter after optional spaces, or ": " and a letter.
func itemTag(line []byte) (lo, hi int) {
	t := bytes.TrimLeft(line, " \t")
	ind := len(line) - len(t)
	if len(t) < 5 || (t[0] != '*' && t[0] != '-' && t[0] != '+') || t[1] != ' ' {
		return 0, 0
	}
	if t[2] == ':' && t[3] == ' ' {
		k := 4
		for k < len(t) && t[k] == ' ' {
			k++
		}
		if r, _ := utf8.DecodeRune(t[k:]); unicode.IsLetter(r) {
			return ind + 2, ind + k // "* : docker ps"
		}
		return 0, 0
	}
	if len(t) < 6 || t[2] != '[' {
		return 0, 0
	}
	n := 3
	for n < len(t) && n < 8 && ('a' <= t[n]|0x20 && t[n]|0x20 <= 'z') {
		n++
	}
	if n-3 < 2 || n-3 > 4 || n >= len(t) || t[n] != ']' {
		return 0, 0
	}
	k := n + 1
	for k < len(t) && t[k] == ' ' {
		k++
	}
	r, _ := utf8.DecodeRune(t[k:])
	if !unicode.IsLetter(r) {
		return 0, 0 // "- [CL]: …", "- [PDF](…)", "- [ab][ref]": a label or a link
	}
	return ind + 2, ind + k
}

// hasItemMark reports whether a line of src, in a code fence or not, is a
// bullet itemTag reads: a bullet and a space before "[" or ":" at the
// line's start. Only the lines holding such a mark are read, found by their
// "[" or by a search for the rare ": " marks, so a note whose links open
// its bullets, "- [Raft](…)", is not read line by line.
func hasItemMark(src []byte) bool {
	for from := 0; ; {
		k := bytes.IndexByte(src[from:], '[')
		if k < 0 {
			break
		}
		at := from + k
		if at >= 2 && src[at-1] == ' ' && (src[at-2] == '*' || src[at-2] == '-' || src[at-2] == '+') && isItemTagged(lineAround(src, at-2)) {
			return true
		}
		from = at + 1
	}
	for _, m := range []string{"* : ", "- : ", "+ : "} {
		if !containsText(src, m) {
			continue
		}
		for from := 0; ; {
			k := bytes.Index(src[from:], []byte(m))
			if k < 0 {
				break
			}
			if isItemTagged(lineAround(src, from+k)) {
				return true
			}
			from += k + 1
		}
	}
	return false
}

// isItemTagged reports whether line holds a mark itemTag takes off.
func isItemTagged(line []byte) bool {
	_, hi := itemTag(line)
	return hi > 0
}

// lineAround returns the line of src that holds src[at], its "\n" kept,
// when only spaces and tabs come before at in it, or nil.
func lineAround(src []byte, at int) []byte {
	start := at
	for start > 0 && (src[start-1] == ' ' || src[start-1] == '\t') {
		start--
	}
	if start > 0 && src[start-1] != '\n' {
		return nil
	}
	end := bytes.IndexByte(src[at:], '\n') + 1
	if end == 0 {
		return src[start:]
	}
	return src[start : at+end]
}

// hasLinkDefs reports whether a line of src opens with a link reference
// definition's label, "[def]: ".
func hasLinkDefs(src []byte) bool {
	for at := 0; at < len(src); {
		end := bytes.IndexByte(src[at:], '\n')
		if end < 0 {
			end = len(src) - at
		}
		line := bytes.TrimLeft(src[at:at+end], " ")
		if len(line) > 0 && line[0] == '[' {
			if c := bytes.Index(line, []byte("]:")); c > 1 {
				return true
			}
		}
		at += end + 1
	}
	return false
}
