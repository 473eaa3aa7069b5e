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

// asksWholeInBold reports whether term, the whole of a bold span that opens
// a line, is a question a study guide answers after it: "**Which year were
// the Intolerable Acts passed?** 1774", "**Over which years were the
// Townshend Acts passed?** 1767-1768". It ends with a question mark and a
// question word or an auxiliary opens it, or a question word follows the
// preposition that opens it; a longer question than a term may be is still
// one.
func asksWholeInBold(term string) bool {
	if !strings.HasSuffix(term, "?") || strings.Contains(term, ". ") {
		return false
	}
	words := strings.Fields(term)
	if len(words) < 3 || len(words) > 30 {
		return false
	}
	opens := func(w string) bool {
		w = strings.TrimRight(w, "?")
		return lookupLower(whWords, uncontracted(w)) || lookupLower(auxiliaries, w)
	}
	return opens(words[0]) || lookupLower(whWords, words[1])
}
