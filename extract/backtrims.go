package extract

import "strings"

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
