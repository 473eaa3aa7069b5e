package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// problemVerbs open the sentence of a worked problem that sets its task,
// "A car accelerates from rest at 4 m/s². Find its velocity after 5 s.",
// beside the command words of exam questions (see commandWords).
var problemVerbs = map[string]bool{
	"find": true, "compute": true, "solve": true, "prove": true, "simplify": true,
	"convert": true, "express": true, "balance": true, "write": true, "draw": true,
}

// setsProblem reports whether s, an item's text, sets a problem: a
// sentence of it asks, "Two trains approach at 60 km/h and 40 km/h.
// Relative speed?", or opens with a verb of problemVerbs or commandWords,
// "Buffer: 0.1 M CH₃COOH + 0.1 M CH₃COONa. Find pH." Only a key of
// answers titled as one makes such items questions (see answerKey).
func setsProblem(s string) bool {
	for _, sentence := range strings.Split(s, ". ") {
		f := strings.Fields(sentence)
		if len(f) == 0 {
			continue
		}
		w := strings.ToLower(strings.Trim(f[0], "*_:,"))
		if problemVerbs[w] || commandWords[w] || asks(sentence) {
			return true
		}
	}
	return false
}

// keyCalloutList returns the list of a callout titled as the answers to a
// list of questions above it, "> [!question]- Answers" over "> 1. Δn = –2"
// and "> 2. Backward", when the callout holds that list alone; otherwise
// nil.
func (p *parsed) keyCalloutList(n ast.Node) *ast.List {
	_, title, ok := p.calloutHeadOf(n)
	if !ok || !answerKeyTitle(title) || n.ChildCount() != 2 {
		return nil
	}
	l, _ := n.LastChild().(*ast.List)
	return l
}

// answerKeyTitle reports whether callout title t names a key of answers,
// "Answers", "Solutions" or "Answer key".
func answerKeyTitle(t string) bool {
	w := labelWord(t)
	w = strings.TrimSuffix(strings.TrimSuffix(w, " key"), "s")
	return answerWords[w]
}
