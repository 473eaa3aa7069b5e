package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// derivationReach is how many lines above and below a card's line
// derivationStep reads for the other steps of its derivation.
const derivationReach = 8

// derivationStep reports whether the card front, made from file line line,
// is a step of a worked derivation rather than a symbol's definition: the
// line is an equation in a run of three or more, one of which solves an
// expression ("n - k = 1", "n/2^k = 1"), and front recurs in another line
// of the run ("k = n - 1" after "T(n) = 1 + T(n - k)"). A list of formulas
// that each define a new symbol, "W2 = (W1 - F + 2P) / S + 1" over "D2 =
// K", keeps its cards.
func (b *builder) derivationStep(front string, line int) bool {
	if _, _, ok := b.p.equationAt(line); !ok {
		return false
	}
	lo, hi := line, line
	for lo > line-derivationReach && lo-1 > b.p.lineShift {
		if _, _, ok := b.p.equationAt(lo - 1); !ok {
			break
		}
		lo--
	}
	for hi < line+derivationReach {
		if _, _, ok := b.p.equationAt(hi + 1); !ok {
			break
		}
		hi++
	}
	if hi-lo < 2 {
		return false
	}
	solves, recurs := false, false
	for l := lo; l <= hi; l++ {
		lhs, rhs, _ := b.p.equationAt(l)
		solves = solves || strings.ContainsAny(strings.TrimLeft(lhs, "+-−"), "+-−*/^")
		if l == line {
			continue
		}
		recurs = recurs || hasToken(lhs, front) || hasToken(rhs, front)
	}
	return solves && recurs
}

// equationAt is equationLine of file line l of the note body. A line too
// long to be an equation is refused before it is copied: one line of a
// formula's key with 20,000 symbols asks each, and each card read the line.
func (p *parsed) equationAt(l int) (lhs, rhs string, ok bool) {
	i := l - 1 - p.lineShift
	if i < 0 || i >= len(p.lineStart) {
		return "", "", false
	}
	end := len(p.src)
	if i+1 < len(p.lineStart) {
		end = p.lineStart[i+1] - 1
	}
	raw := p.src[p.lineStart[i]:end]
	t := bytes.TrimSpace(bytes.TrimLeft(raw, " \t>"))
	if len(bytes.TrimSpace(bytes.TrimLeft(t, "-*+"))) > maxEquationLen {
		return "", "", false
	}
	return equationLine(string(raw))
}

// maxEquationLen is the longest equation equationLine reads, in bytes.
const maxEquationLen = 60

// equationLine returns the two sides of line, a short equation in a list
// or on a line of its own: "- n - k = 1", "log(n) = k". Words ("the
// value = …"), comparisons ("==", "<=") and long lines are no equations.
func equationLine(line string) (lhs, rhs string, ok bool) {
	t := strings.TrimSpace(strings.TrimLeft(line, " \t>"))
	t = strings.TrimSpace(strings.TrimLeft(t, "-*+"))
	i := strings.IndexByte(t, '=')
	if i <= 0 || i == len(t)-1 || len(t) > maxEquationLen || strings.IndexByte("<>!:", t[i-1]) >= 0 || t[i+1] == '=' {
		return "", "", false // "a == b", "x <= y", "x := 1"
	}
	for w := range strings.FieldsSeq(t) {
		if letterRun(w) > 3 && !strings.ContainsRune(w, '(') {
			return "", "", false // a word, not a symbol: "log(n)" is a symbol, "value" a word
		}
	}
	return strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:]), true
}

// hasToken reports whether tok occurs in s as a whole, neither letter nor
// digit on either side: "k" in "T(n - k)", not in "kg".
func hasToken(s, tok string) bool {
	if tok == "" {
		return false
	}
	for off := 0; ; {
		i := strings.Index(s[off:], tok)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(tok):])
		if !isAlnum(before) && !isAlnum(after) {
			return true
		}
		off = i + 1
	}
}

// isAlnum reports whether r is a letter or a digit; utf8.RuneError, what
// the edge of a string decodes to, is neither.
func isAlnum(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// letterRun returns the length, in runes, of the longest run of letters in
// w: 5 in "value", 1 in "n/2^k".
func letterRun(w string) int {
	longest, n := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
			longest = max(longest, n)
		} else {
			n = 0
		}
	}
	return longest
}

// conclusionWords open a step that follows from the one above it, in a
// derivation or an argument: "Hence," over the formula it gives, "thus PV =
// constant". Such a step is no term to ask for.
var conclusionWords = []string{"hence", "thus", "therefore"}

// isConclusionStep reports whether front, as text, opens with a word of
// conclusionWords, alone or before its clause, or with the sign "∴".
func isConclusionStep(front string) bool {
	t := strings.TrimSpace(front)
	if strings.HasPrefix(t, "∴") {
		return true
	}
	w, _, _ := strings.Cut(t, " ")
	w = strings.TrimRight(w, ",:")
	for _, c := range conclusionWords {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// derivationItems reports whether back, a list as HTML, holds the steps of
// a derivation: an item opens with "Since" or with a word of
// conclusionWords, "Since $I_- = 0$, $I_2 = I_1$" or "Therefore, $v_- =
// 0$". A formula over such items is a step too, not a term its items
// define.
func derivationItems(back string) bool {
	for rest := back; ; {
		i := strings.Index(rest, "<li>")
		if i < 0 {
			return false
		}
		rest = rest[i+len("<li>"):]
		t := rest
		if j := strings.IndexByte(t, '<'); j >= 0 {
			t = t[:j]
		}
		if w, _, _ := strings.Cut(strings.TrimSpace(t), " "); strings.EqualFold(w, "since") || isConclusionStep(t) {
			return true
		}
	}
}
