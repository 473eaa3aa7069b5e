package exporters

import (
	"html"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/extract"
)

// An Exporter writes decks in one output format.
type Exporter interface {
	Export(w io.Writer, decks []extract.Deck) error
}

// NotetypeName is the Anki note type a card of kind k is written as. The names
// never change: Anki's CSV importer finds note types by name.
func NotetypeName(k extract.Kind) string {
	switch k {
	case extract.Reversed:
		return "notes2deck Basic (and reversed card)"
	case extract.Cloze:
		return "notes2deck Cloze"
	}
	return "notes2deck Basic"
}

// FieldNames lists the fields of the note type of kind k, in order. Basic and
// reversed notes have Front, Back, Context and Source; cloze notes have Text,
// Back Extra, Context and Source.
func FieldNames(k extract.Kind) []string {
	if k == extract.Cloze {
		return []string{"Text", "Back Extra", "Context", "Source"}
	}
	return []string{"Front", "Back", "Context", "Source"}
}

// ContextSep joins the levels of a card's heading path in the Context field.
const ContextSep = " › "

// NoteFields returns the HTML field values of card c of deck d, in the order
// of FieldNames(c.Kind): the front (or cloze text), the back (or extra), the
// escaped heading path, and the escaped name of the notes file the card comes
// from. The source is the file's path from the notes folder (Deck.Source),
// else its base name, without line number, so that inserting a line above a
// card, or building from another folder, does not count as an edit of the
// card, while a/x.md and b/x.md stay apart. Code blocks are highlighted (see
// HighlightCode) and fields hold no newlines (see FlattenNewlines).
func NoteFields(d extract.Deck, c extract.Card) []string {
	return []string{noteHTML(c.Front), noteHTML(c.Back), contextField(c.Context), sourceField(d)}
}

// noteHTML is a front or back as a field: code highlighted, no newlines.
func noteHTML(s string) string { return FieldSafe(FlattenNewlines(HighlightCode(s))) }

// contextField is the Context field of a card with heading path context.
func contextField(context []string) string {
	return FieldSafe(textField(strings.Join(context, ContextSep)))
}

// sourceField is the Source field of the cards of d.
func sourceField(d extract.Deck) string {
	name := d.Source
	if name == "" {
		name = filepath.Base(filepath.FromSlash(d.File))
	}
	return FieldSafe(textField(extract.CleanName(name)))
}

// textField escapes plain text s as a field that shows it as written: HTML
// escaped, and "[sound:" as "&#91;sound:", which Anki would otherwise play
// from its media folder, showing a play button instead of the text (as the
// extractor does for a card's front and back).
func textField(s string) string {
	s = html.EscapeString(s)
	if strings.Contains(s, "[sound:") {
		s = strings.ReplaceAll(s, "[sound:", "&#91;sound:")
	}
	return s
}

// FieldSafe replaces the control characters of s by spaces, but tabs and
// line breaks: the unit separator (U+001F), which Anki puts between a note's
// fields, would give a note a field too many, and Anki aborts the whole
// import; the others (NUL, VT, FF, ESC, DEL, the C1 controls) Anki strips, so
// the words they stood between ran together. The cheat sheet spaces them
// too, so that it reads as the cards do ("Osm\x01osis" → "Osm osis").
func FieldSafe(s string) string {
	if !hasControl(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return ' '
		}
		return r
	}, s)
}

// hasControl reports whether s holds a control character that isControl
// reports; it looks at bytes, as most fields are ASCII. Eight bytes at a
// time, a word with no byte below a space, no DEL and no 0xC2 (the lead of
// U+0080–U+00BF) is skipped whole: every front and back is read, and a
// byte-by-byte scan of them cost 106 M instructions at 10k items.
func hasControl(s string) bool {
	const ones, top = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		// Whether a byte is below a space, DEL or 0xC2: each test is exact
		// about whether any byte is (a borrow only flags bytes above one
		// that is).
		del, c2 := x^(0x7F*ones), x^(0xC2*ones)
		if ((x-0x20*ones)&^x|(del-ones)&^del|(c2-ones)&^c2)&top != 0 && controlAt(s, i, i+8) {
			return true
		}
	}
	return controlAt(s, i, len(s))
}

// controlAt reports whether s[from:to] holds a control character that
// isControl reports; a C1 control's second byte may lie at to.
func controlAt(s string, from, to int) bool {
	for i := from; i < to; i++ {
		switch c := s[i]; {
		case c < ' ' && c != '\t' && c != '\n' && c != '\r', c == 0x7f:
			return true
		case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f:
			return true // U+0080–U+009F
		}
	}
	return false
}

// isControl reports whether r is a C0 or C1 control character other than a
// tab or a line break, or DEL.
func isControl(r rune) bool {
	return r < ' ' && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r <= 0x9f
}

// FlattenNewlines rewrites the newlines of an HTML fragment without changing
// how it renders: inside <pre> a newline becomes <br>, elsewhere a space
// (which is what HTML makes of it). Anki's editor never stores raw newlines,
// and a cloze deletion that spans one breaks in CSV imports.
func FlattenNewlines(s string) string {
	if strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	lower := strings.ToLower(s)
	for {
		i := strings.Index(lower, "<pre")
		if i < 0 {
			break
		}
		j := strings.Index(lower[i:], "</pre>")
		if j < 0 {
			j = len(s) - i
		}
		b.WriteString(strings.NewReplacer("\n", " ", "\r", " ").Replace(s[:i]))
		b.WriteString(strings.NewReplacer("\n", "<br>", "\r", "<br>").Replace(s[i : i+j]))
		s, lower = s[i+j:], lower[i+j:]
	}
	b.WriteString(strings.NewReplacer("\n", " ", "\r", " ").Replace(s))
	return b.String()
}

// DeckName returns name as Anki stores it on import: each "::" level without
// control characters, trimmed of spaces and colons, and "blank" when empty.
func DeckName(name string) string {
	parts := strings.Split(name, "::")
	for i, p := range parts {
		p = strings.Map(func(r rune) rune {
			if r < 0x20 || r == 0x7f {
				return -1
			}
			return r
		}, p)
		p = strings.TrimFunc(p, func(r rune) bool { return r == ':' || unicode.IsSpace(r) })
		if p == "" {
			p = "blank"
		}
		parts[i] = p
	}
	return strings.Join(parts, "::")
}

// NoteTags returns the tags of c as Anki keeps them: inner spaces replaced by
// "_", empty and duplicate (case-insensitively) tags dropped, order kept.
func NoteTags(c extract.Card) []string {
	var out []string
	var seen map[string]bool // the lowered tags of out, once it holds many
	for _, t := range c.Tags {
		t = FieldSafe(t) // a heading's U+001F, a front matter tag's "\0"
		if hasSpace(t) { // U+3000 included
			t = strings.Join(strings.Fields(t), "_")
		}
		if t == "" {
			continue
		}
		if seen == nil && len(out) < manyTags {
			if slices.ContainsFunc(out, func(o string) bool { return sameTag(o, t) }) {
				continue
			}
		} else {
			if seen == nil {
				seen = make(map[string]bool, 2*len(out))
				for _, o := range out {
					seen[strings.ToLower(o)] = true
				}
			}
			k := strings.ToLower(t)
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		out = append(out, t)
	}
	return out
}

// manyTags is how many tags NoteTags compares one by one; past it, it
// looks them up in a map, so a line of thousands of hashtags costs time in
// proportion to their number, not to its square.
const manyTags = 32

// hasSpace reports whether s holds white space (unicode.IsSpace).
func hasSpace(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || '\t' <= c && c <= '\r' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return true
		}
		i += n
	}
	return false
}

// sameTag reports whether the tags a and b are the same once lowered
// (strings.ToLower), which is how NoteTags finds duplicates. It compares
// them a rune at a time, lowering only the runes that differ, as a tag that
// is not ASCII would otherwise be copied to be lowered at every comparison.
// strings.ToLower lowers each rune by unicode.ToLower and writes an invalid
// byte as U+FFFD, as utf8.DecodeRuneInString reads it.
func sameTag(a, b string) bool {
	for a != "" && b != "" {
		ra, na := rune(a[0]), 1
		if ra >= utf8.RuneSelf {
			ra, na = utf8.DecodeRuneInString(a)
		}
		rb, nb := rune(b[0]), 1
		if rb >= utf8.RuneSelf {
			rb, nb = utf8.DecodeRuneInString(b)
		}
		if ra != rb && unicode.ToLower(ra) != unicode.ToLower(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}
