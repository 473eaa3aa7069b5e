package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dropTermStop returns front, a parent bullet's text, without the full stop
// that ends a word or two written as a term: a vocabulary list writes
// "* Illustrious." over its meanings, and the card asks "Illustrious".
// A text with another stop in it ("e.g.", "U.S.", a sentence) keeps it, and
// so does a dot after a space.
func dropTermStop(front string) string {
	if !strings.HasSuffix(front, ".") || strings.HasSuffix(front, "..") {
		return front
	}
	t := contextText(front)
	if countFields(t) > 3 || strings.Count(t, ".") != 1 || !strings.HasSuffix(t, ".") {
		return front
	}
	if r, _ := utf8.DecodeLastRuneInString(t[:len(t)-1]); !unicode.IsLetter(r) {
		return front // "docker build .": the dot is the command's
	}
	return front[:len(front)-1]
}
