package extract

import "strings"

// contextMath writes the formulas of a heading's text as plain text:
// "Eigenvalues of $A \in \mathbb{R}^{n \times n}$" reads "Eigenvalues of A ∈
// ℝ…" in the context of the cards under it and in their tag, which show
// text, not MathJax, and a tag holds no TeX. The heading's own card and
// the fronts built from it keep the formula. A cloze deletion reads as its
// answer, "## The {{c1::nucleus}}" as "The nucleus", as the heading's card
// shows it: the Context of a Basic card is printed as written, and a tag
// holds no cloze.
func contextMath(s string) string {
	s = unClozeAny(s)
	if strings.Contains(s, plainDollar) { // a price, which sheetMath shows as "$"
		s = strings.ReplaceAll(s, plainDollar, `\$`)
	}
	if !strings.Contains(s, "$") && !strings.Contains(s, `\(`) {
		return s
	}
	return strings.TrimSpace(sheetMath(s))
}

// plainDollars returns the plain text s, the note's title, as it leaves
// the extractor: each plainDollar a dollar sign.
func plainDollars(s string) string {
	if !strings.Contains(s, plainDollar) {
		return s
	}
	return strings.ReplaceAll(s, plainDollar, "$")
}
