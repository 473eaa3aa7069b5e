package extract

import (
	"bytes"
	"strings"
)

// strayComma drops the comma that ends back, a card's answer as HTML, or
// the semicolon when front is a formula's symbol: a line of a sentence the
// note split into items, "- k is a constant," and "- $V$ = applied voltage
// across the terminals;", answers "a constant", not "a constant,". Only
// words end so: "float: right;" and "SELECT Name FROM Employees;" are code,
// their semicolon kept.
func strayComma(front, back string) string {
	t, ok := strings.CutSuffix(back, ",")
	if !ok && strings.HasPrefix(front, `\(`) && strings.HasSuffix(front, `\)`) {
		t, ok = strings.CutSuffix(back, ";")
	}
	if !ok || len(back) > 400 || !hasWordChar(t) || strings.Count(t, " ") < 2 || strings.ContainsAny(t, "<:=(){}&") {
		return back
	}
	return t
}

// quotedStart returns def without the quotation mark that opens it, as
// rendered: "$I_0$ = "dark saturation current", the leakage current"
// glosses the symbol with the name it quotes.
func quotedStart(def []byte) []byte {
	for _, q := range []string{"&quot;", `"`, "“"} {
		if t, ok := bytes.CutPrefix(def, []byte(q)); ok {
			return t
		}
	}
	return def
}

// symbolKeyEnd reports whether line, the source of a paragraph's line, is a
// displayed formula alone that ends the gloss of term, a formula's symbol
// ("$n$" as the note's HTML keeps it): "$n =$ *amount of substance*"
// then "$$k_B = R/N_A$$" on the next line, the derivation going on. The
// formula is no part of what n stands for.
func symbolKeyEnd(term string, line []byte) bool {
	if len(term) < 3 || term[0] != '$' || term[len(term)-1] != '$' || strings.Count(term, "$") != 2 {
		return false
	}
	t := bytes.TrimSpace(line)
	return len(t) > 4 && bytes.HasPrefix(t, []byte("$$")) && bytes.HasSuffix(t, []byte("$$")) && bytes.Count(t, []byte("$$")) == 2
}
