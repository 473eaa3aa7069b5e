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
// three words or more, or goes on with another "=", and stays. A shorter
// definition, "- = curvature" or "- = two pi" under "- Tau:", is words
// alone, one a word of three letters or more and no function of a step's
// ("- = sin x", "- = pi" stay).
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
		if r, _ := utf8.DecodeRune(def); !unicode.IsLetter(r) || bytes.ContainsAny(def, "=+^\\$") {
			return false
		}
		if bytes.Count(def, []byte(" ")) < 2 && !shortDefinition(def) {
			return false
		}
		at := len(line) - len(text) + 2
		lines[i] = append(append([]byte(nil), line[:at]...), line[at+2:]...)
		return true
	})
}

// shortDefinition reports whether def, the text of a bullet after its "= "
// and of two words at most, defines rather than derives: its words are
// letters alone, none a single letter, and one of three letters or more is
// no function a step writes ("sin", "log", "max").
func shortDefinition(def []byte) bool {
	named := false
	for w := range bytes.FieldsSeq(def) {
		if utf8.RuneCount(w) < 2 {
			return false
		}
		for _, r := range string(w) {
			if !unicode.IsLetter(r) {
				return false
			}
		}
		if utf8.RuneCount(w) >= 3 && !lookupLower(stepFunctions, string(w)) {
			named = true
		}
	}
	return named
}

// stepFunctions are the functions a step of a derivation opens with after
// its "=": "- = sin x", "- = log n".
var stepFunctions = map[string]bool{"sin": true, "cos": true, "tan": true, "cot": true, "sec": true,
	"csc": true, "sinh": true, "cosh": true, "tanh": true, "log": true, "exp": true, "lim": true, "max": true,
	"min": true, "det": true, "arg": true, "mod": true, "gcd": true, "lcm": true, "sup": true, "inf": true}
