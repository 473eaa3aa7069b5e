package extract

import (
	"strings"
	"unicode"
)

// danglingAnd returns back, a card's answer as HTML, without the ", and" that
// joins it to the next line of a list: "N = the investment's projected life,
// and" over "r = the discount rate" answers N with "the investment's
// projected life". An answer over several lines keeps its words.
func danglingAnd(back string) string {
	if len(back) > 400 || strings.Contains(back, "<") {
		return back
	}
	for _, m := range []string{", and", "; and", ", or", "; or"} {
		if t, ok := strings.CutSuffix(back, m); ok && hasWordChar(t) {
			return t
		}
	}
	return back
}

// strayComma drops the comma that ends back, a card's answer as HTML, or
// the semicolon when front is a formula's symbol: a line of a sentence the
// note split into items, "- k is a constant," and "- $V$ = applied voltage
// across the terminals;", answers "a constant", not "a constant,". Only
// words end so: "float: right;" and "SELECT Name FROM Employees;" are code,
// their semicolon kept. An answer of one word keeps its comma, too short
// to tell an item of a sentence from a list.
func strayComma(front, back string) string {
	t, ok := strings.CutSuffix(back, ",")
	if !ok && strings.HasPrefix(front, `\(`) && strings.HasSuffix(front, `\)`) {
		t, ok = strings.CutSuffix(back, ";")
	}
	if !ok || len(back) > 400 || !hasWordChar(t) || !strings.Contains(t, " ") || strings.ContainsAny(t, "<:=(){}&") {
		return back
	}
	return t
}

// leadingMeans returns back, a card's answer as HTML, without the "means"
// that opens it, and the "that" after it: "- Grana - means stacks" answers
// Grana with "stacks", as "Grana means stacks" does. "means of transport",
// the noun, is kept.
func leadingMeans(back string) string {
	t, ok := strings.CutPrefix(back, "means ")
	if !ok || strings.HasPrefix(t, "of ") {
		return back
	}
	if rest, ok := strings.CutPrefix(t, "that "); ok {
		t = rest
	}
	if !hasWordChar(t) || strings.HasPrefix(t, "<") {
		return back
	}
	return t
}

// wholeParens returns back, a card's answer as HTML, without the
// parentheses that hold all of it and the full stop after them: "- **Two
// Sum in sorted array** (move left/right pointer)." answers "move
// left/right pointer", as "- **Palindrome Check** (start vs end)." answers
// "start vs end" (see parenGloss). An answer of fewer than three letters
// keeps them, "(aq)" and "(+)" being marks, and so does one whose first
// parenthesis closes before its end, "(+) / CD34(+)".
func wholeParens(back string) string {
	t := strings.TrimSuffix(strings.TrimSpace(back), ".")
	if len(t) < 2 || len(back) > 400 || t[0] != '(' || t[len(t)-1] != ')' {
		return back
	}
	depth := 0
	for i := 0; i < len(t)-1; i++ {
		switch t[i] {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return back // "(+) / CD34(+)": the first group ends early
			}
		}
	}
	inner := strings.TrimSpace(t[1 : len(t)-1])
	letters := 0
	for _, r := range inner {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 {
		return back
	}
	return inner
}
