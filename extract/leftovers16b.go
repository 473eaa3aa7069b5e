package extract

import (
	"bytes"
	"strings"
)

// unstruck returns a front whose label is struck through as a whole,
// "<del>Side Effects</del>" of "- ~~Side Effects~~: Hypokalemia" (asked
// with its owner, "Thiazide Diuretics: <del>Side Effects</del>"), without
// its strikethrough: a label the student struck through as styling, beside
// "**Usage**:" in bold, still names the part it asks for. A struck word
// among others (a correction) keeps its mark.
func unstruck(front string) string {
	label, ok := strings.CutSuffix(front, "</del>")
	if !ok {
		return front
	}
	owner := ""
	if i := strings.LastIndex(label, ": <del>"); i >= 0 {
		owner, label = label[:i+2], label[i+2:]
	}
	label, ok = strings.CutPrefix(label, "<del>")
	if !ok || strings.Contains(label, "<del>") || strings.Contains(label, "</del>") || strings.TrimSpace(label) == "" {
		return front
	}
	return owner + label
}

// arrowJoins are the words that carry a sentence on after an arrow: no
// effect or product opens with them. "to" is not among them: "Pyruvate ->
// to acetyl-CoA" names what it becomes.
var arrowJoins = []string{"with", "which"}

// continuesArrow reports whether def, what follows an arrow, opens with a
// conjunction or "with"/"which" in lower case, "with most radiating
// [[Boring pain]] towards the back": the arrow only goes on with the
// sentence before it, it leads to no effect.
func continuesArrow(def []byte) bool {
	if continuesClause(def) {
		return true
	}
	def = bytes.TrimLeft(def, "*_ ")
	for _, w := range arrowJoins {
		if len(def) > len(w) && bytes.HasPrefix(def, []byte(w)) && def[len(w)] == ' ' {
			return true
		}
	}
	return false
}
