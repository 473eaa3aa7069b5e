package apkg

import (
	"crypto/sha1"
	"encoding/binary"
	"errors"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/extract"
)

// These transcribe Anki's text helpers (rslib text.rs, cloze.rs, cardgen.rs).
var (
	mediaTagRE = regexp.MustCompile(`(?is)<\b(?:img|audio|video|object|source)\b(?:[^>]|"[^"]+?"|'[^']+?')+?\b(?:src|data)\b=` +
		`(?:"([^"]+?)"[^>]*>|'([^']+?)'[^>]*>|([^ >]+?)(?: [^>]*>|>))`)
	entityRE    = regexp.MustCompile(`&(?:#([0-9]+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]*));`)
	emptyRE     = regexp.MustCompile(`(?is)^(?:\s|</?(?:br|div) ?/?>)*$`)
	clozeOpenRE = regexp.MustCompile(`\{\{c([\d,]+)::`)
)

// SortField returns the text Anki sorts and checks duplicates by: field with
// media tags replaced by " name ", other tags, comments, styles and scripts
// removed, and entities decoded (all or nothing, as Anki does).
func SortField(field string) string {
	if !strings.ContainsAny(field, "<&") {
		return field
	}
	s := field
	if hasMediaTag(s) {
		s = mediaTagRE.ReplaceAllStringFunc(s, func(tag string) string {
			m := mediaTagRE.FindStringSubmatch(tag)
			return " " + m[1] + m[2] + m[3] + " "
		})
	}
	return decodeEntities(stripHTML(s))
}

// hasMediaTag reports whether s may hold a media tag (img, audio, video,
// object or source), cheaply.
func hasMediaTag(s string) bool {
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			return false
		}
		s = s[i+1:]
		for _, tag := range []string{"img", "audio", "video", "object", "source"} {
			if hasPrefixFold(s, tag) {
				return true
			}
		}
	}
}

// stripHTML removes what htmlRE matches: comments, <style> and <script>
// blocks, and tags, scanning left to right as the regexp does.
func stripHTML(s string) string {
	i := strings.IndexByte(s, '<')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		rest := s[i:]
		end := -1 // length of the match at rest, if any
		switch {
		case strings.HasPrefix(rest, "<!--"):
			if k := strings.Index(rest[4:], "-->"); k >= 0 {
				end = 4 + k + 3
			}
		case hasPrefixFold(rest, "<style"):
			end = blockEnd(rest, "</style>")
		case hasPrefixFold(rest, "<script"):
			end = blockEnd(rest, "</script>")
		}
		if end < 0 {
			if k := strings.IndexByte(rest, '>'); k >= 0 {
				end = k + 1
			}
		}
		if end < 0 { // no ">" anywhere after: the rest is text
			break
		}
		b.WriteString(s[:i])
		s = rest[end:]
		i = strings.IndexByte(s, '<')
	}
	b.WriteString(s)
	return b.String()
}

// blockEnd returns the length of `<tag…>…</tag>` at the start of s (closing
// tag matched case-insensitively), or -1.
func blockEnd(s, closing string) int {
	k := strings.IndexByte(s, '>')
	if k < 0 {
		return -1
	}
	if c := indexFold(s[k+1:], closing); c >= 0 {
		return k + 1 + c + len(closing)
	}
	return -1
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// checksumSorted returns Anki's notes.csum of a note whose first field,
// reduced by SortField, is sorted: the first four bytes of its SHA-1,
// big-endian. buf is scratch space; the grown buffer is returned with the
// checksum.
func checksumSorted(buf []byte, sorted string) (uint32, []byte) {
	buf = append(buf[:0], sorted...)
	sum := sha1.Sum(buf)
	return binary.BigEndian.Uint32(sum[:4]), buf
}

// decodeEntities decodes HTML entities like htmlescape::decode_html: when any
// "&" does not start a valid entity, s is returned unchanged. After a decode,
// no-break spaces become spaces.
func decodeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	ms := entityRE.FindAllStringSubmatchIndex(s, -1)
	if len(ms) != strings.Count(s, "&") {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		b.WriteString(s[last:m[0]])
		last = m[1]
		ent := s[m[0]:m[1]]
		switch {
		case m[2] >= 0 || m[4] >= 0:
			digits, base := ent[2:len(ent)-1], 10
			if m[4] >= 0 {
				digits, base = ent[3:len(ent)-1], 16
			}
			n, err := strconv.ParseUint(digits, base, 32)
			if err != nil || n > utf8.MaxRune {
				return s
			}
			b.WriteRune(rune(n))
		default:
			// html.UnescapeString also decodes prefixes ("&notit;" → "¬it;");
			// a whole named entity decodes to at most two runes.
			dec := html.UnescapeString(ent)
			if dec == ent || utf8.RuneCountInString(dec) > 2 || strings.HasSuffix(dec, ";") && dec != ";" {
				return s
			}
			b.WriteString(dec)
		}
	}
	b.WriteString(s[last:])
	return strings.ReplaceAll(b.String(), "\u00a0", " ")
}

// fieldEmpty reports whether Anki's card generator treats v as empty: only
// whitespace, <br> and <div> tags.
func fieldEmpty(v string) bool {
	t := strings.TrimSpace(v)
	if t == "" {
		return true
	}
	if t[0] != '<' {
		return false
	}
	return emptyRE.MatchString(v)
}

// The ords of the common notes. They are shared: never modify a note's ords.
var (
	ordsFront = []int{0}
	ordsBack  = []int{1}
	ordsBoth  = []int{0, 1}
)

// cardOrds returns the ords of the cards Anki would generate for a note of kind
// k with fields flds (rslib notetype/cardgen.rs). A note with none still gets
// ord 0, so that no note is invisible. The result may be shared with other
// notes and must not be modified.
func cardOrds(k extract.Kind, flds []string) []int {
	switch {
	case k == extract.Cloze:
		if ords := clozeOrds(flds); len(ords) > 0 {
			return ords
		}
	case k == extract.Reversed && !fieldEmpty(flds[1]):
		if fieldEmpty(flds[0]) {
			return ordsBack
		}
		return ordsBoth
	}
	return ordsFront
}

// clozeOrds returns the ords of the cards of a cloze note with fields flds:
// one for each cloze number (capped at 500) whose opening has a closing "}}"
// somewhere after it, in order.
func clozeOrds(flds []string) []int {
	var ords []int
	for _, f := range flds {
		if !strings.Contains(f, "{{c") {
			continue
		}
		for _, m := range clozeOpenRE.FindAllStringSubmatchIndex(f, -1) {
			if !strings.Contains(f[m[1]:], "}}") {
				continue
			}
			for _, n := range strings.Split(f[m[2]:m[3]], ",") {
				v, err := strconv.Atoi(n)
				if errors.Is(err, strconv.ErrRange) {
					v, err = 500, nil
				}
				if err != nil || v <= 0 {
					continue
				}
				ords = append(ords, min(v, 500)-1)
			}
		}
	}
	slices.Sort(ords)
	return slices.Compact(ords)
}
