package extract

import (
	"strings"
	"testing"
)

// pointerInputs are fronts that ask a pointer label, in the forms the
// labels are typed, and fronts that only look like one.
var pointerInputs = []string{
	"More details", "More details:", " more DETAILS : ", "Further reading：", "See", "see ", "ſee", "SEE:",
	"Ref", "进程线程: Ref", "refs：", "Reference", "LİNKS", "Lin\u212As", "Learning goals", "Chapter 2: The Economic Problem: Learning goals",
	"Topics to learn", "Things to review:", "More content to study", "How to study", "Slides", "Relevant Slides", "credits",
	"Source", "React: Ref", "Details", "", ":", " : ：", "a: b", "Intended learning outcomes:  ", "x: y: things to read",
	"Install dependencies: Run the following command", "Install it with:", "Run:", "The linter checks style. Execute the command below",
	"Type", "Install Node with", "Deploy: Note", "N.B.:", "You can run the tests with this command:",
}

// checkEndsAsPointer checks that endsAsPointer, the quick test of
// asksPointer, passes every front that one of its tests drops, as plain
// text and with a back of one link, of words or of a command.
func checkEndsAsPointer(t *testing.T, plain string) {
	for _, back := range []string{`<a href="https://x.org">x</a>`, "saw, seen", "<pre><code>npm install</code></pre>"} {
		full := pointerLabel(plain) || seeLinkCard(plain, back) || refLinksCard(plain, back) || ownedPlan(plain) ||
			commandLeadCard(plain, back)
		if full && !endsAsPointer(plain) {
			t.Errorf("endsAsPointer(%q) = false, but asksPointer's tests hold with back %q", plain, back)
		}
	}
}

func TestEndsAsPointer(t *testing.T) {
	for _, s := range append(pointerInputs, termInputs...) {
		checkEndsAsPointer(t, s)
	}
	for l := range pointerLabels {
		checkEndsAsPointer(t, strings.ToUpper(l)+":")
	}
	for l := range planLabels {
		checkEndsAsPointer(t, "Week 1: "+l)
	}
	if endsAsPointer("What does the mitochondrion do?") {
		t.Error("endsAsPointer passes a question")
	}
}

func FuzzEndsAsPointer(f *testing.F) {
	fuzzEach(f, pointerInputs, checkEndsAsPointer)
}
