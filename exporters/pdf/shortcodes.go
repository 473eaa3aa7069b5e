package pdf

import (
	"strings"

	"github.com/yuin/goldmark-emoji/definition"
)

// withEmoji returns text with each emoji shortcode, as GitHub notes write
// an emoji (":warning: Nie im Kernmodus", ":white_check_mark: done"),
// replaced by the emoji it names; the sheet then prints that emoji's text
// symbol or leaves it out, as it does a pasted one (see emojiText). The
// sheet printed the shortcodes raw. A name GitHub does not know (":wq:",
// ":param:") and a colon inside a word ("12:30:45", "std::mem") are left
// as they are. text is returned itself when it holds no shortcode.
func withEmoji(text string) string {
	var b strings.Builder
	done := 0 // text[:done] is in b
	for i := strings.IndexByte(text, ':'); i >= 0; {
		end, e := shortcodeAt(text, i)
		if e == nil {
			next := strings.IndexByte(text[i+1:], ':')
			if next < 0 {
				break
			}
			i += 1 + next
			continue
		}
		b.WriteString(text[done:i])
		b.WriteString(string(e.Unicode))
		done = end
		next := strings.IndexByte(text[end:], ':')
		if next < 0 {
			break
		}
		i = end + next
	}
	if done == 0 {
		return text
	}
	b.WriteString(text[done:])
	return b.String()
}

// shortcodeAt returns the emoji named by the shortcode whose opening colon
// is text[i], and where the shortcode ends; e is nil when none opens
// there. The colons stand apart from letters and digits on their outer
// sides, and the name between them is of small letters, digits, '_', '+'
// or '-', as GitHub's are.
func shortcodeAt(text string, i int) (end int, e *definition.Emoji) {
	if i > 0 && isAlnum(text[i-1]) {
		return 0, nil
	}
	j := i + 1
	for j < len(text) && isNameByte(text[j]) {
		j++
	}
	if j == i+1 || j == len(text) || text[j] != ':' || j+1 < len(text) && isAlnum(text[j+1]) {
		return 0, nil
	}
	e, ok := definition.Github().Get(text[i+1 : j])
	if !ok || !e.IsUnicode() {
		return 0, nil
	}
	return j + 1, e
}

// isNameByte reports whether c may be part of a shortcode's name.
func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '+' || c == '-'
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
