package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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
	for _, w := range []string{"unit", "topic", "concept", "chapter", "lesson", "module", "section", "week", "lecture", "big idea", "ſection", "wee\u212a"} {
		r, n := utf8.DecodeRuneInString(w)
		for _, v := range []string{w, strings.ToUpper(w), string(unicode.ToUpper(r)) + w[n:]} {
			for _, tag := range []string{"", "<strong>", "<b>", "<em>"} {
				if !mayOpenLabel(tag + v + " 1: Cells") {
					t.Errorf("mayOpenLabel(%q) = false", tag+v)
				}
			}
		}
	}
	if mayOpenLabel("Unit: Cells") || mayOpenLabel("Units 3: Cells") || mayOpenLabel("Unit") {
		t.Error("mayOpenLabel passed a word of a label without white space after it")
	}
	if mayOpenPassive("Xx can be defined as") || mayOpenPassive("Can often bx defined") || mayOpenLabel("Xx unit 3: Cells") || mayOpenLabel("<i>Unit 3: Cells") {
		t.Error("a quick test passed a word that opens no rule")
	}
}

// labelInputs are fronts that open with a sequence label, and fronts that
// almost do.
var labelInputs = []string{
	"", "Unit 3: Cells", "<strong>Concept 7.3</strong>: Passive Transport", "<em>WEEK 2 - Review", "Big Idea 1: Evolution",
	"big  idea 1: x", "Big\tIdea 1: x", "ſection 2: x", "Wee\u212a 3: x", "Chapter\n7 – x", "Chapter\v7: x", "Unit\u00a03: x",
	"Lecture 8", "Module 1.2.3:  Intro", "<b>Topic 1</b> — Atoms", "Units 3: x", "Unit3: x", "<i>Unit 3: x",
}

// checkLabel checks that mayOpenLabel passes s when sequenceLabel matches it.
func checkLabel(t *testing.T, s string) {
	if sequenceLabel().MatchString(s) && !mayOpenLabel(s) {
		t.Errorf("mayOpenLabel(%q) = false, but sequenceLabel matches it", s)
	}
}

// TestMayOpenLabel checks mayOpenLabel against sequenceLabel on labelInputs
// and every line of the fast path notes.
func TestMayOpenLabel(t *testing.T) {
	checkEachLine(t, labelInputs, checkLabel)
}

func FuzzMayOpenLabel(f *testing.F) {
	fuzzEach(f, labelInputs, checkLabel)
}
