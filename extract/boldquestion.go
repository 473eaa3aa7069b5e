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
