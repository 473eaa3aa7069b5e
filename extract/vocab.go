package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rules of this file read shapes of language learners' vocabulary and
// grammar notes that notes of other subjects seldom have.

// maxHeadwordForms is the most forms a headword lists before its gloss: a
// Latin verb's four principal parts, "amo, amare, amavi, amatum".
const maxHeadwordForms = 4

// isHeadwordForms reports whether term, before a dash, is a dictionary's
// headword with its forms, as vocabulary lists write nouns and verbs: "der
// Tisch, -e – table" (the plural ending), "der Tisch, die Tische - table",
// "puella, puellae (f.) - girl", "amo, amare, amavi, amatum - to love".
// isTerm refuses a comma, which parts a clause ("First, we sort - …"); each
// form here is a word or two that ends the headword or spells its stem
// again, so it names one word, not a clause.
func isHeadwordForms(term, sep string) bool {
	if !isDash(sep) || !strings.Contains(term, ", ") {
		return false // the quick test: a dash, and a comma in the term
	}
	parts := strings.Split(outsideBrackets(term), ", ")
	if len(parts) < 2 || len(parts) > maxHeadwordForms {
		return false
	}
	head := parts[0]
	if n := countFields(head); n == 0 || n > 3 || !isTerm(head) {
		return false
	}
	stem := head[strings.LastIndexByte(head, ' ')+1:]
	for _, form := range parts[1:] {
		if n := countFields(form); n == 0 || n > 2 {
			return false
		}
		if !isEnding(form) && !sharesStem(stem, form[strings.LastIndexByte(form, ' ')+1:]) {
			return false
		}
	}
	return true
}

// isEnding reports whether form writes only an ending to put on the
// headword: "-e", "-ae", "¨-er" (an umlaut and an ending), "~s".
func isEnding(form string) bool {
	r, size := utf8.DecodeRuneInString(form)
	switch r {
	case '¨':
		r, _ = utf8.DecodeRuneInString(form[size:])
		return r == '-'
	case '-', '–', '~':
		return len(form) > size
	}
	return false
}

// sharesStem reports whether form spells the stem of the headword word w
// again, as its plural or another case does ("Tische" after "Tisch",
// "puellae" after "puella", "amare" after "amo"): they open with the same
// three letters, two for a headword of four letters or fewer, and differ.
// Two words of a list ("Sodium, potassium") seldom do, and a name written
// twice ("S3, S3 - IA, …") is no form of itself.
func sharesStem(w, form string) bool {
	need := 3
	if utf8.RuneCountInString(w) <= 4 {
		need = 2
	}
	wr, fr := []rune(strings.ToLower(w)), []rune(strings.ToLower(form))
	if len(wr) < need || len(fr) < need || string(wr) == string(fr) {
		return false
	}
	for i := 0; i < need; i++ {
		if wr[i] != fr[i] || !unicode.IsLetter(wr[i]) {
			return false
		}
	}
	return true
}
