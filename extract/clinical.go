package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unmarked returns word w without the marks a student sets before it to
// flag a line: the cherry of "🍒What is the surgical management for
// achalasia", which marks the questions to make cards of, hides the
// "What" that makes the line a question and no definition.
func unmarked(w string) string {
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return w // the quick test: no mark
	}
	return strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// asksUnmarked reports whether t, the one line of a list item over its
// answer, asks without a question mark, as students write the questions
// they turn into cards: "🍒What is the classic description of the pain
// in cluster headaches" over the description, "What are the
// characteristic features of achalasia on manometry." over them. It opens
// with a wh-word ("when" and "where" then an auxiliary: "When the valve
// closes, …" states), or with an auxiliary after a mark ("🍒Are cluster
// headaches more common in males or females"), where a bare "Is
// associated with HLA-B27" is a fragment of notes about a disease. A line
// with a "?" is isQuestion's; a lead-in's colon, or a second sentence,
// asks nothing.
func asksUnmarked(t string) bool {
	t = strings.TrimSuffix(untagged(strings.TrimSpace(t)), ".")
	if n := countFields(t); n < 4 || n > 25 || strings.ContainsAny(t, "?:;") || strings.Contains(t, ". ") {
		return false
	}
	first, rest, _ := strings.Cut(t, " ")
	w := unmarked(first)
	second, _, _ := strings.Cut(rest, " ")
	switch strings.ToLower(w) {
	case "what", "which", "who", "whom", "whose", "why", "how":
		return true
	case "when", "where":
		return lookupLower(auxiliaries, second)
	}
	return w != first && lookupLower(auxiliaries, w) && !strings.EqualFold(second, "not")
}

// capsAspects are aspects that name one only in capitals, as drug notes
// write them: "SE" (side effects) and "CI" (contraindications) under
// "### Non selective beta blockers" are the drugs', where "se" in a kana
// table is the syllable せ.
var capsAspects = map[string]bool{"SE": true, "SEs": true, "CI": true, "CIs": true, "ADR": true, "ADRs": true}
