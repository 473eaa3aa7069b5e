package extract

import (
	"strings"
	"testing"
)

func TestStatementOwner(t *testing.T) {
	for _, c := range []struct{ title, head, want string }{
		{"Strong Induction", "Statement", "Strong Induction"},
		{"strong-induction", "Statement", "strong induction"},
		{"Statement - strong principle of induction", "Statement", "strong principle of induction"},
		{"Statements", "Statement", "Statements"},
		{"Statement", "Statement", ""},
		{"Strong Induction", "Examples of use", ""},
	} {
		b := newBuilder(&parsed{}, c.title, nil)
		h := heading{level: 2, text: c.head}
		b.heads = []heading{h}
		got, ok := b.statementOwner(h)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("statementOwner(%q, %q) = %q, %v; want %q", c.title, c.head, got, ok, c.want)
		}
	}
}

// checkMayMarkQuestion checks that mayMarkQuestion, the quick test of
// dropRepeats, passes every paragraph that asks a question of its own.
func checkMayMarkQuestion(t *testing.T, html string) {
	if asksAlone(stripTags(html)) && !mayMarkQuestion(html) {
		t.Errorf("mayMarkQuestion(%q) = false, but it asks %q", html, stripTags(html))
	}
}

func TestMayMarkQuestion(t *testing.T) {
	for _, s := range append(scannerInputs, termInputs...) {
		checkMayMarkQuestion(t, s)
	}
	for _, s := range []string{"What do you do when a team member refuses?", "<strong>Why</strong> is it so ?", "What is it &#63;",
		"What does it mean&quest;", "Τι είναι αυτό;", "ما هو هذا الشيء؟", "Ինչ է սա՞ արդյոք", "ምንድን ነው ይህ ነገር፧", "Why use it ???"} {
		checkMayMarkQuestion(t, s)
	}
	if mayMarkQuestion("<em>A list</em> of three things") {
		t.Error("mayMarkQuestion passes a paragraph with no mark")
	}
}

func FuzzMayMarkQuestion(f *testing.F) {
	f.Add("Why is <b>it</b> so&#63;")
	f.Fuzz(checkMayMarkQuestion)
}

// TestFoldKey gives two strings the same key exactly when strings.EqualFold
// reports them equal, for the letters whose case folding reaches past
// ASCII and for bytes that are no UTF-8.
func TestFoldKey(t *testing.T) {
	words := []string{"Kelvin", "\u212aelvin", "kelvin", "ſtate", "State", "straße", "STRASSE", "Σίσυφος", "ΣΊΣΥΦΟΣ", "\xff", "\xfe", "\ufffd", "", "k"}
	for _, a := range words {
		for _, b := range words {
			if got, want := foldKey(a) == foldKey(b), strings.EqualFold(a, b); got != want {
				t.Errorf("foldKey(%q) == foldKey(%q) is %v, EqualFold says %v", a, b, got, want)
			}
		}
	}
}
