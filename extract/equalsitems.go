package extract

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// equalsItems rewrites a bullet that opens with an equals sign before the
// words of a definition, "- = co má SW umět" under "- **Funkční:**" or "###
// User Story", as the bullet of the definition alone: the sign says "is"
// of what the bullet sits under, and showed on the card as "= co má SW
// umět". A step of a derivation, "- = 2(x + 1)", opens with no word of
// three words or more, or goes on with another "=", and stays.
func equalsItems(body []byte) []byte {
	if !containsText(body, "- = ") && !containsText(body, "* = ") {
		return body // most notes: spare the split into lines
	}
	return rewriteAround(body, func(lines [][]byte, i int) bool {
		line := lines[i]
		text := bytes.TrimLeft(line, " \t")
		if len(text) < 4 || text[0] != '-' && text[0] != '*' || !bytes.HasPrefix(text[1:], []byte(" = ")) {
			return false
		}
		def := bytes.TrimSpace(text[4:])
		if r, _ := utf8.DecodeRune(def); !unicode.IsLetter(r) || bytes.Count(def, []byte(" ")) < 2 || bytes.ContainsAny(def, "=+^\\$") {
			return false
		}
		at := len(line) - len(text) + 2
		lines[i] = append(append([]byte(nil), line[:at]...), line[at+2:]...)
		return true
	})
}
