package extract

import (
	"strings"

	"github.com/yuin/goldmark-emoji/definition"
)

// Emoji returns text with each emoji shortcode, as GitHub notes write an
// emoji (":warning: Nie im Kernmodus", ":white_check_mark: done"),
// replaced by the emoji it names. A name GitHub does not know (":wq:",
// ":param:") and a colon inside a word ("12:30:45", "std::mem") are left
// as they are. text is returned itself when it holds no shortcode.
func Emoji(text string) string {
	var b strings.Builder
	done := 0 // text[:done] is in b
	for {
		i, end, e := nextShortcode(text, done)
		if e == nil {
			break
		}
		b.WriteString(text[done:i])
		b.WriteString(string(e.Unicode))
		done = end
	}
	if done == 0 {
		return text
	}
	b.WriteString(text[done:])
	return b.String()
}

// nextShortcode returns where the first shortcode of text at or after
// from opens and ends, and the emoji it names; e is nil when there is none.
func nextShortcode(text string, from int) (start, end int, e *definition.Emoji) {
	for i := from; ; i++ {
		next := strings.IndexByte(text[i:], ':')
		if next < 0 {
			return 0, 0, nil
		}
		i += next
		if end, e := emojiAt(text, i); e != nil {
			return i, end, e
		}
	}
}

// withoutLeadShortcode returns s without the emoji shortcode and the space
// it opens with, ":warning: Caution" gives "Caution", as a typed "⚠️ " is
// decoration before a label; s as it is when it opens with none.
func withoutLeadShortcode(s string) string {
	if !strings.HasPrefix(s, ":") {
		return s
	}
	if end, e := emojiAt(s, 0); e != nil && strings.HasPrefix(s[end:], " ") {
		return strings.TrimLeft(s[end:], " ")
	}
	return s
}

// emojiAt returns the emoji named by the shortcode whose opening colon
// is text[i], and where the shortcode ends; e is nil when none opens
// there. The colons stand apart from letters, digits and other colons on
// their outer sides ("{{c2::b::hint}}" is a cloze's hint, no ":b:"), and the name between them is of small letters, digits, '_', '+'
// or '-', as GitHub's are.
func emojiAt(text string, i int) (end int, e *definition.Emoji) {
	if i > 0 && (isASCIIAlnum(text[i-1]) || text[i-1] == ':') {
		return 0, nil
	}
	j := i + 1
	for j < len(text) && isShortcodeByte(text[j]) {
		j++
	}
	if j == i+1 || j == len(text) || text[j] != ':' || j+1 < len(text) && (isASCIIAlnum(text[j+1]) || text[j+1] == ':') {
		return 0, nil
	}
	e, ok := definition.Github().Get(text[i+1 : j])
	if !ok || !e.IsUnicode() {
		return 0, nil
	}
	return j + 1, e
}

// isShortcodeByte reports whether c may be part of a shortcode's name.
func isShortcodeByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '+' || c == '-'
}

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// htmlEmoji returns Emoji of the text of s, a card's HTML, leaving its
// tags and what code and pre elements hold as they are: "`:wq:`" is a
// command, not an emoji.
func htmlEmoji(s string) string {
	if !hasShortcode(s) {
		return s
	}
	var b strings.Builder
	code := 0 // open <code> and <pre> elements
	for s != "" {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			lt = len(s)
		}
		if code == 0 {
			b.WriteString(Emoji(s[:lt]))
		} else {
			b.WriteString(s[:lt])
		}
		s = s[lt:]
		if s == "" {
			break
		}
		gt := strings.IndexByte(s, '>')
		if gt < 0 {
			b.WriteString(s)
			break
		}
		tag := s[:gt+1]
		switch {
		case strings.HasPrefix(tag, "<code") || strings.HasPrefix(tag, "<pre"):
			code++
		case (tag == "</code>" || tag == "</pre>") && code > 0:
			code--
		}
		b.WriteString(tag)
		s = s[gt+1:]
	}
	return b.String()
}

// hasShortcode reports whether some colon of s opens a shortcode (see
// emojiAt). A shortcode in the text between the tags of a card's HTML is
// one in the whole HTML too, since '<' and '>' stand apart as the text's
// ends do, so htmlEmoji returns s itself without building a copy when
// there is none.
func hasShortcode(s string) bool {
	_, _, e := nextShortcode(s, 0)
	return e != nil
}

// cardEmoji sets the emoji shortcodes of the cards' fronts, backs and
// heading paths as the emoji they name, as GitHub shows the note: a card
// asked ":warning: Caution" or answered "Rollback :white_check_mark:" with
// the names as typed. Each card keeps the identity, and so the GUID, its
// front and path had with the shortcodes (see Card.Key and ContextKey).
func cardEmoji(cards []Card) {
	for i := range cards {
		c := &cards[i]
		if f := htmlEmoji(c.Front); f != c.Front {
			if c.Key == "" {
				c.Key = c.Front
			}
			c.Front = f
		}
		c.Back = htmlEmoji(c.Back)
		was := c.Context
		for j, level := range was {
			e := Emoji(level)
			if e == level {
				continue
			}
			if &c.Context[0] == &was[0] {
				c.Context = append([]string(nil), was...) // another card may hold was
			}
			c.Context[j] = e
		}
		if len(was) > 0 && &c.Context[0] != &was[0] && c.ContextKey == nil {
			c.ContextKey = was
		}
	}
}
