package extract

import "strings"

// asksInBold reports whether a line that opens with a bold term is a
// question that stresses its question word: "**Wie viel** _kostet_ ein Kilo
// Käse?", "**Where** is the station?". The bold marks the phrase to learn in
// the question, not a term that the rest of the line defines: "Where → the
// station?" asks nothing.
func asksInBold(term, rest string) bool {
	if !strings.HasSuffix(strings.TrimSpace(rest), "?") {
		return false
	}
	w, _, _ := strings.Cut(term, " ")
	return lookupLowerIn(w, whWords, auxiliaries, questionWordsAbroad) || strings.EqualFold(w, "was")
}

// asksWithComma reports whether s, words joined by single spaces, is one
// question whose comma parts its clauses, as a reading guide asks them:
// "What is being said in detail, and how?", "Is the book true, in whole or
// part?". It opens with a question word or an auxiliary and ends with its
// only question mark; a comma in anything else still ends a term.
func asksWithComma(s string) bool {
	if !strings.HasSuffix(s, "?") || strings.Count(s, "?") != 1 {
		return false
	}
	first, _, _ := strings.Cut(s, " ")
	return lookupLower(whWords, first) || lookupLower(auxiliaries, first)
}
