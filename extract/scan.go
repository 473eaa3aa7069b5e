package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hand-written scanners for the regexps that ran on every line or card; each
// is checked against its regexp in fastpath_test.go.

// boldSentenceStarts returns the start of each match of regexp
// `[.!?]\s+(?:(?:A|An|The)\s+)?(?:\*\*|__)\S` in b: the full stop before a
// sentence that opens with a bold term.
func boldSentenceStarts(b []byte) []int {
	var starts []int
	for i := 0; i < len(b); i++ {
		if c := b[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		if end := boldSentenceEnd(b, i+1); end > 0 {
			starts = append(starts, i)
			i = end - 1
		}
	}
	return starts
}

// boldSentenceEnd returns the end of `\s+(?:(?:A|An|The)\s+)?(?:\*\*|__)\S`
// matched at b[i:], or -1.
func boldSentenceEnd(b []byte, i int) int {
	j := skipReSpace(b, i)
	if j == i {
		return -1
	}
	for _, article := range []string{"A", "An", "The"} {
		if k := j + len(article); hasPrefixAt(b, j, article) {
			if l := skipReSpace(b, k); l > k {
				if end := boldStartEnd(b, l); end > 0 {
					return end
				}
			}
		}
	}
	return boldStartEnd(b, j)
}

// boldStartEnd returns the end of `(?:\*\*|__)\S` matched at b[i:], or -1.
func boldStartEnd(b []byte, i int) int {
	if !hasPrefixAt(b, i, "**") && !hasPrefixAt(b, i, "__") {
		return -1
	}
	if i+2 >= len(b) || isReSpace(b[i+2]) {
		return -1
	}
	_, n := utf8.DecodeRune(b[i+2:])
	return i + 2 + n
}

// hasPrefixAt reports whether b[i:] starts with s.
func hasPrefixAt(b []byte, i int, s string) bool {
	return len(b)-i >= len(s) && string(b[i:i+len(s)]) == s
}

// skipReSpace returns the end of the run of regexp \s that starts at b[i].
func skipReSpace(b []byte, i int) int {
	for i < len(b) && isReSpace(b[i]) {
		i++
	}
	return i
}

// nextSentenceBreak returns the first match of regexp
// `\p{Ll}{2}[.!?]\s+\p{Lu}` in s at or after byte from, or -1, -1: two
// lower-case letters, a full stop, blanks and an upper-case letter.
func nextSentenceBreak(s string, from int) (start, end int) {
	// prev[0] and prev[1] start the two runes before the one at i; -1 when
	// that rune is not a lower-case letter.
	prev := [2]int{-1, -1}
	for i := from; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if (r == '.' || r == '!' || r == '?') && prev[0] >= 0 && prev[1] >= 0 {
			j := i + 1
			for j < len(s) && isReSpace(s[j]) {
				j++
			}
			if j > i+1 && j < len(s) {
				if u, m := utf8.DecodeRuneInString(s[j:]); unicode.IsUpper(u) {
					return prev[0], j + m
				}
			}
		}
		prev[0] = prev[1]
		prev[1] = -1
		if unicode.IsLower(r) {
			prev[1] = i
		}
		i += n
	}
	return -1, -1
}

// lastSentenceBreakEnd returns the end of the last match of regexp
// `\p{Ll}{2}[.!?]\s+\p{Lu}` in s, or -1.
func lastSentenceBreakEnd(s string) int {
	last := -1
	for _, end := nextSentenceBreak(s, 0); end >= 0; _, end = nextSentenceBreak(s, end) {
		last = end
	}
	return last
}

// removeEmptyParas returns s without the matches of regexp
// `<p>\s*(?:<br>\s*)*</p>`: paragraphs that show nothing.
func removeEmptyParas(s string) string {
	var b strings.Builder
	last := 0 // s[last:] is still to be copied
	for from := 0; ; {
		i := strings.Index(s[from:], "<p>")
		if i < 0 {
			break
		}
		i += from
		end := emptyParaEnd(s, i+len("<p>"))
		if end < 0 {
			from = i + 1
			continue
		}
		b.WriteString(s[last:i])
		last, from = end, end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// emptyParaEnd returns the end of `\s*(?:<br>\s*)*</p>` matched at s[i:], or -1.
func emptyParaEnd(s string, i int) int {
	for {
		for i < len(s) && isReSpace(s[i]) {
			i++
		}
		switch {
		case strings.HasPrefix(s[i:], "</p>"):
			return i + len("</p>")
		case strings.HasPrefix(s[i:], "<br>"):
			i += len("<br>")
		default:
			return -1
		}
	}
}

// lookupLower returns m[strings.ToLower(w)], without allocating for a short
// word, for a map whose keys are at most lookupKeyMax bytes long.
func lookupLower(m map[string]bool, w string) bool {
	var buf [3 * lookupKeyMax]byte
	if len(w) > len(buf) {
		return false // no rune lowers to less than a third of its bytes: longer than a key
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return m[string(appendLower(buf[:i], w[i:]))] // "Übung", "Définition"
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// appendLower appends strings.ToLower(s) to b, rune by rune as
// strings.ToLower maps a string that is not ASCII, into the caller's buffer.
func appendLower(b []byte, s string) []byte {
	for _, r := range s {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// lookupKeyMax is the length of the longest key of the word lists that
// lookupLower reads (labels, notFirst, notLast, clauseWords, sectionTitles…).
const lookupKeyMax = 20

// isDigit reports whether r is an ASCII digit, regexp \d.
func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// isShortNumber reports whether s matches regexp `^\d{1,6}$`.
func isShortNumber(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(rune(s[i])) {
			return false
		}
	}
	return true
}

// isNumberLike reports whether s matches regexp `^[\d\s.:/,%+\-x×*()]+$`:
// digits and the signs that go with them.
func isNumberLike(s string) bool {
	for _, r := range s {
		if !isDigit(r) && !strings.ContainsRune("\t\n\f\r .:/,%+-x×*()", r) {
			return false
		}
	}
	return s != ""
}

// isCodeLike reports whether s matches regexp `[{};<>=|\\]|\(\)|^\$|^[-*+]\s`:
// a brace, an operator, a call or a list marker.
func isCodeLike(s string) bool {
	return strings.ContainsAny(s, "{};<>=|\\") || strings.Contains(s, "()") || strings.HasPrefix(s, "$") ||
		len(s) >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && isReSpace(s[1])
}

// hasLowerPrefix reports whether strings.ToLower(s) starts with prefix, an
// ASCII string, without allocating.
func hasLowerPrefix(s, prefix string) bool {
	for i := 0; i < len(prefix); i++ {
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || unicode.ToLower(r) != rune(prefix[i]) {
			return false
		}
		s = s[n:]
	}
	return true
}

// isNumberedLabel reports whether s, in lower case, matches regexp
// `(?i)^(step|part|…|module)\s*\d+[a-z]?$` with the words of labelWords: a
// label word, blanks, a number and maybe a letter.
func isNumberedLabel(s string) bool {
	for _, w := range labelWords {
		if rest, ok := cutFoldPrefix(s, w); ok && isNumberTail(rest) {
			return true
		}
	}
	return false
}

// cutFoldPrefix returns s after prefix w, a lower-case ASCII word, matched as
// (?i) does on lower-case text: an 's' also matches 'ſ' (U+017F), which
// folds to it.
func cutFoldPrefix(s, w string) (string, bool) {
	for i := 0; i < len(w); i++ {
		switch {
		case s != "" && s[0] == w[i]:
			s = s[1:]
		case w[i] == 's' && strings.HasPrefix(s, "ſ"):
			s = s[len("ſ"):]
		default:
			return "", false
		}
	}
	return s, true
}

// isNumberTail reports whether lower-case s matches regexp `(?i)^\s*\d+[a-z]?$`.
func isNumberTail(s string) bool {
	i := 0
	for i < len(s) && isReSpace(s[i]) {
		i++
	}
	j := i
	for j < len(s) && isDigit(rune(s[j])) {
		j++
	}
	if j == i {
		return false
	}
	switch rest := s[j:]; {
	case rest == "", rest == "ſ", len(rest) == 1 && 'a' <= rest[0] && rest[0] <= 'z':
		return true
	}
	return false
}

// moreRunes reports that stripTags(s) certainly has more than n runes, so
// that it cannot equal (even folded) a text of n bytes: s has no entity and
// more than n ASCII letters, digits or signs outside its tags.
func moreRunes(s string, n int) bool {
	if strings.IndexByte(s, '&') >= 0 {
		return false
	}
	count := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '<' {
			if j := strings.IndexByte(s[i+1:], '>'); j >= 0 {
				i += j + 1 // a tag, as ReplaceTags finds it
				continue
			}
		}
		if c < utf8.RuneSelf && !isReSpace(c) && c != '\v' {
			if count++; count > n {
				return true
			}
		}
	}
	return false
}

// isUpperASCII reports whether c is an ASCII capital.
func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// isLowerASCII reports whether c is an ASCII small letter.
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// isLetterASCII reports whether c is an ASCII letter.
func isLetterASCII(c byte) bool { return isUpperASCII(c) || isLowerASCII(c) }

// outsideBracketStops returns the stops of line, offsets in increasing
// order, that no bracket opened before them holds. "(sog. **Toteis**)",
// "(z. B. **Granit**)", "(e.g. **mutex**)": the abbreviation's dot ends no
// sentence inside the brackets, and the bold term after it opens none. It
// reads the line once, whatever the number of stops.
func outsideBracketStops(line []byte, stops []int) []int {
	if len(stops) == 0 || bytes.IndexByte(line, '(') < 0 {
		return stops
	}
	out := stops[:0:0]
	depth, at := 0, 0
	for _, s := range stops {
		for ; at < s && at < len(line); at++ {
			switch line[at] {
			case '(':
				depth++
			case ')':
				depth = max(depth-1, 0)
			}
		}
		if depth == 0 {
			out = append(out, s)
		}
	}
	return out
}
