package extract

import (
	"strings"
	"testing"
)

// TestQuickTestsPassEveryOpener checks that the quick tests of passiveLead
// and cutSequenceLabels pass every word their full rules open with, in
// every case, so that they reject only what the full rules reject.
func TestQuickTestsPassEveryOpener(t *testing.T) {
	var openers []string
	for w := range passiveModals {
		openers = append(openers, w)
	}
	for w := range leadAdverbs {
		openers = append(openers, w)
	}
	for _, w := range openers {
		for _, v := range []string{w + " be shown", strings.ToUpper(w) + " BE SHOWN", strings.ToUpper(w[:1]) + w[1:] + " Be shown", "\t" + w + " bE shown"} {
			if !mayOpenPassive(v) {
				t.Errorf("mayOpenPassive(%q) = false", v)
			}
		}
	}
	for _, w := range []string{"unit", "topic", "concept", "chapter", "lesson", "module", "section", "week", "lecture", "big idea", "ſection"} {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			for _, tag := range []string{"", "<strong>", "<b>", "<em>"} {
				if !mayOpenLabel(tag + v + " 1: Cells") {
					t.Errorf("mayOpenLabel(%q) = false", tag+v)
				}
			}
		}
	}
	if mayOpenPassive("Xx can be defined as") || mayOpenPassive("Can often bx defined") || mayOpenLabel("Xx unit 3: Cells") || mayOpenLabel("<i>Unit 3: Cells") {
		t.Error("a quick test passed a word that opens no rule")
	}
}
