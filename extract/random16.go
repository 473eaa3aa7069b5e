package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isNumberRange reports whether the dash between term and def joins the two
// ends of a range in a sentence, "Complete problems 1 – 7, write the method
// header …": term ends with a number after its words and def opens with
// another, followed by a comma, the end or a lower-case word. Such a line
// names no term "Complete problems 1". (A term that is a number alone is
// validDef's "1 - 2 hours".)
func isNumberRange[T string | []byte](term string, def T, sep string) bool {
	switch strings.TrimSpace(sep) {
	case "-", "–", "—", "--":
	default:
		return false
	}
	term = strings.TrimSpace(term)
	sp := strings.LastIndexAny(term, " \t")
	if sp < 0 || !isShortNumber(term[sp+1:]) {
		return false
	}
	j := 0
	for j < len(def) && j <= 6 && def[j] >= '0' && def[j] <= '9' {
		j++
	}
	if j == 0 || j > 6 {
		return false
	}
	if j == len(def) || def[j] == ',' {
		return true
	}
	if def[j] != ' ' || j+1 == len(def) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(string(def[j+1 : min(len(def), j+1+utf8.UTFMax)]))
	return unicode.IsLower(r)
}

// isCorrelative reports whether a bold term and the rest of its line, rest,
// make the first half of "the more …, the more …": "The **greater** the
// charge on the ions, the **stronger** the forces" stresses a comparative,
// which names no term "greater".
func isCorrelative(term, rest string) bool {
	w, _, _ := strings.Cut(rest, " ")
	if !strings.EqualFold(w, "the") || strings.ContainsAny(term, " \t") {
		return false
	}
	t := strings.ToLower(term)
	return t == "more" || t == "less" || t == "fewer" || strings.HasSuffix(t, "er") && len(t) > 4
}
