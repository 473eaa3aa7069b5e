package extract

import (
	"bytes"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Allocation-free fast paths for the text helpers the extractor calls once or
// more per card (see BENCHMARKS.md for the profile that asked for them).

// ReplaceTags replaces every tag of a card's HTML (a '<', then anything but
// '>', then '>') with a space, as regexp `<[^>]*>` replaced by " " would,
// without a regexp. The exporters read fronts as text with it.
func ReplaceTags(s string) string {
	i := strings.IndexByte(s, '<')
	if i < 0 || strings.IndexByte(s[i:], '>') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i+1:], '>')
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+1+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// joinTagFields returns joinFields(ReplaceTags(s)) in one pass.
func joinTagFields(s string) string {
	if strings.IndexByte(s, '<') < 0 {
		return joinFields(s)
	}
	return collapseFields(s, len(s))
}

// hasEmphasisMark reports whether b holds "*" or "_", the quick test of the
// rules that read a line's emphasis. Two byte searches: bytes.ContainsAny
// tests each byte against its set, several times slower on a line.
func hasEmphasisMark(b []byte) bool {
	return bytes.IndexByte(b, '*') >= 0 || bytes.IndexByte(b, '_') >= 0
}

// indexColon returns the index of the first ':' or '：' (the full-width
// colon of CJK text) in b, or -1, as bytes.IndexAny(b, ":：") does; that
// decodes every rune of b, its set not being ASCII.
func indexColon(b []byte) int {
	k := bytes.IndexByte(b, ':')
	end := len(b)
	if k >= 0 {
		end = k // a '：' before it ends before it
	}
	if w := bytes.Index(b[:end], []byte("：")); w >= 0 {
		return w
	}
	return k
}

// joinFields returns strings.Join(strings.Fields(s), " "), allocating only
// when s is not already in that form.
func joinFields(s string) string {
	if t := strings.TrimSpace(s); isJoinedFields(t) {
		return t
	}
	return collapseFields(s, 0)
}

// collapseFields returns the words of s joined by single spaces, reading a
// tag that starts before byte tags (0: none) as a space.
func collapseFields(s string, tags int) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is owed before the next word
	for i := 0; i < len(s); {
		if s[i] == '<' && i < tags {
			if j := strings.IndexByte(s[i+1:], '>'); j >= 0 {
				space = b.Len() > 0 // a tag reads as a space
				i += j + 2
				continue
			}
			tags = i // no tag starts at or after i, for want of a '>'
		}
		sp, n := spaceAt(s, i)
		if sp {
			space = b.Len() > 0
		} else {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// spaceAt reports whether the character at byte i of s is white space
// (unicode.IsSpace), and returns its length in bytes.
func spaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r', 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), n
}

// countFields returns len(strings.Fields(s)) without allocating. It reads
// bytes through fieldBytes, as isJoinedFields does: only a byte that may lead
// a white-space rune is decoded. As isJoinedFields, it reads eight bytes at a
// time up to the first byte of a word that fieldBytes must class, and counts
// the bytes after a space that are no space.
func countFields(s string) int {
	n := 0
	space := true // the last rune was white space, or there was none
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			w := load64(s, i)
			m := zeroBytes(w ^ ' '*ones) // 0x80 in each space of w
			sp := wordSpecials(w)
			low := sp & -sp // the high bit of the first byte to class, 0 when none
			after := m << 8 // 0x80 in each byte after a space
			if space {
				after |= 0x80
			}
			starts := after &^ m & highs
			if low != 0 {
				starts &= low - 1 // the bytes before it
			}
			n += bits.OnesCount64(starts)
			if low == 0 {
				space = m>>63 != 0
				i += 8
				continue
			}
			if k := bits.TrailingZeros64(low) >> 3; k > 0 {
				space = m&(low>>8) != 0 // the byte before it
				i += k
			}
		}
		sp, w := false, 1
		switch fieldBytes[s[i]] {
		case spaceByte, otherSpace:
			sp = true
		case spaceLead:
			r, k := utf8.DecodeRuneInString(s[i:])
			sp, w = unicode.IsSpace(r), k
		}
		if space && !sp {
			n++
		}
		space = sp
		i += w
	}
	return n
}

// isJoinedFields reports whether s has no leading or trailing white space and
// no white space but single ASCII spaces. It reads s eight bytes at a time,
// up to the first byte of each word that fieldBytes must class (see
// wordSpecials); that byte, and the last bytes of s, one at a time.
func isJoinedFields(s string) bool {
	prevSpace := true // a space at the start would be leading
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			w := load64(s, i)
			m := zeroBytes(w ^ ' '*ones) // 0x80 in each space of w
			sp := wordSpecials(w)
			low := sp & -sp // the high bit of the first byte to class, 0 when none
			if low != 0 {
				m &= low - 1 // the spaces before it
			}
			if m&(m<<8) != 0 || prevSpace && m&0x80 != 0 {
				return false // two spaces in a row, or a leading one
			}
			if low == 0 {
				prevSpace = m>>63 != 0
				i += 8
				continue
			}
			// On to that byte, which is not ' ': classing it sets prevSpace.
			i += bits.TrailingZeros64(low) >> 3
		}
		switch fieldBytes[s[i]] {
		case plainByte:
			prevSpace = false
			i++
		case spaceByte:
			if prevSpace {
				return false
			}
			prevSpace = true
			i++
		case otherSpace:
			return false
		default: // spaceLead
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			prevSpace = false
			i += n
		}
	}
	return !prevSpace || s == ""
}

// Masks of the bytes of a word, for the reads of eight bytes at a time.
const (
	ones  = 0x0101010101010101 // 0x01 in each byte
	highs = 0x8080808080808080 // the high bit of each byte
	lows  = 0x7f7f7f7f7f7f7f7f // the other bits
)

// load64 returns the eight bytes of s from i as a little-endian word, the
// first byte lowest.
func load64[T string | []byte](s T, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// zeroBytes returns w with 0x80 in each byte of w that is zero and 0 in the
// others.
func zeroBytes(w uint64) uint64 {
	return ^((w&lows + lows) | w | lows)
}

// wordSpecials returns a mask whose lowest set bit is in the first byte of
// w that isJoinedFields must class by fieldBytes: a byte below 0x0E (ASCII
// white space but ' ', or a control byte), 0xC2 or 0xE0 to 0xE3 (it may
// lead a white-space rune); 0 when w holds none. Bits above the lowest may
// be set for bytes that are not such.
func wordSpecials(w uint64) uint64 {
	m := (w - 0x0E*ones) &^ w & highs // exact up to its lowest bit: a borrow only climbs from a byte below 0x0E
	if w&highs != 0 {
		m |= zeroBytes(w^0xC2*ones) | zeroBytes(w&(0xFC*ones)^0xE0*ones)
	}
	return m
}

// Classes of bytes for isJoinedFields and countFields.
const (
	plainByte  = iota // not white space, nor the start of white space
	spaceByte         // ' '
	otherSpace        // ASCII white space but ' '
	spaceLead         // 0xC2, 0xE1, 0xE2 or 0xE3: it may lead a white space rune
)

// fieldBytes classes each byte for isJoinedFields and countFields: only runes led by 0xC2,
// 0xE1, 0xE2 or 0xE3 are white space beyond ASCII, so no other byte, lead or
// continuation, needs decoding; one load spares a test per byte.
var fieldBytes = func() (t [256]uint8) {
	t[' '] = spaceByte
	for _, c := range []byte("\t\n\v\f\r") {
		t[c] = otherSpace
	}
	for _, c := range []byte{0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] = spaceLead
	}
	return t
}()

// plainText reports whether escapeText would return s unchanged: valid UTF-8
// with none of & < > ".
func plainText(s string) bool {
	return !strings.ContainsAny(s, "&<>\"") && utf8.ValidString(s)
}

// htmlEscapes holds the escape of each byte that escapeText escapes.
var htmlEscapes = [256]string{'&': "&amp;", '<': "&lt;", '>': "&gt;", '"': "&quot;"}

// writeEscaped writes escapeText(string(v)) to b: & < > " escaped, and each
// byte that is not valid UTF-8 replaced by U+FFFD, as ranging over a string does.
func writeEscaped(b *bytes.Buffer, v []byte) {
	last := 0 // v[last:i] is still to be written as is
	for i := 0; i < len(v); {
		// ASCII text eight bytes at a time, up to the first byte to escape
		// or to decode; that byte by table.
		if v[i] < utf8.RuneSelf && i+8 <= len(v) {
			m := escapeSpecials(load64(v, i))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
		}
		switch escapeBytes[v[i]] {
		case asIs:
			i++
			continue
		case escaped:
			b.Write(v[last:i])
			b.WriteString(htmlEscapes[v[i]])
			i++
			last = i
			continue
		}
		r, n := utf8.DecodeRune(v[i:])
		if r == utf8.RuneError && n == 1 {
			b.Write(v[last:i])
			b.WriteRune(utf8.RuneError)
			last = i + 1
		}
		i += n
	}
	b.Write(v[last:])
}

// escapeSpecials returns a mask whose lowest set bit is in the first byte of
// w that writeEscaped must not copy as it is: & < > " or a byte of a
// multi-byte rune (or not UTF-8); 0 when w holds none. Bits above the
// lowest may be set for other bytes: a borrow climbs only from a byte that
// is zero. '"' and '&' differ by one bit, as '<' and '>' do: one test of a
// byte for zero finds each pair.
func escapeSpecials(w uint64) uint64 {
	x := w&^(0x04*ones) ^ '"'*ones // zero in each byte that is " or &
	y := w&^(0x02*ones) ^ '<'*ones // zero in each byte that is < or >
	return (w | (x-ones)&^x | (y-ones)&^y) & highs
}

// Classes of bytes for writeEscaped.
const (
	asIs    = iota // ASCII written as it is
	escaped        // & < > "
	multi          // a byte of a multi-byte rune, or not UTF-8
)

// escapeBytes classes each byte for writeEscaped.
var escapeBytes = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = multi
		case htmlEscapes[c] != "":
			t[c] = escaped
		}
	}
	return t
}()

// cutTrailingColon returns trailingColon.ReplaceAllString(s, "$1"): s without
// a final ':' or '：' and the white space around it, keeping closing tags
// that follow it, e.g. "Term:</b> " → "Term</b> ".
func cutTrailingColon(s string) string {
	// The match must end at the end of s: (closing tag, then \s*)*, and before
	// that \s*, the colon, \s*. Walk back over it.
	j := len(s)
	for {
		k := trimReSpaceLeft(s, j)
		if k == 0 || s[k-1] != '>' {
			break
		}
		m := k - 2
		for m >= 0 && 'a' <= s[m] && s[m] <= 'z' {
			m--
		}
		if m == k-2 || m < 1 || s[m] != '/' || s[m-1] != '<' {
			break
		}
		j = m - 1 // a closing tag: the group may start here
	}
	// The group starts at j; only white space may lie between it and the colon.
	c := trimReSpaceLeft(s, j)
	var colon int
	switch {
	case c >= 1 && s[c-1] == ':':
		colon = c - 1
	case c >= len("：") && s[c-len("："):c] == "：":
		colon = c - len("：")
	default:
		return s
	}
	return s[:trimReSpaceLeft(s, colon)] + s[j:]
}

// trimReSpaceLeft returns the start of the run of regexp \s ([\t\n\f\r ]) that ends at j.
func trimReSpaceLeft(s string, j int) int {
	for j > 0 && isReSpace(s[j-1]) {
		j--
	}
	return j
}

func isReSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
