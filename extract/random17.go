package extract

import (
	"bytes"
	"strings"

	east "github.com/yuin/goldmark/extension/ast"
)

// sectionNumberLen returns the length of the number s opens with, a whole
// number of up to six digits or a section's number ("13.2", "2.1.4", eight
// characters at most), or 0 when s opens with none: "covers decks 9 -
// 13.2 (6 decks)" joins the ends of a range (see isNumberRange). A number
// that ends with its dot ("7.") is the whole number before it.
func sectionNumberLen[T string | []byte](s T) int {
	n, digits := 0, 0
	for n < len(s) && n <= 8 {
		c := s[n]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && digits > 0 && n+1 < len(s) && s[n+1] >= '0' && s[n+1] <= '9':
			digits = 0
		default:
			return sectionEnd(n, digits)
		}
		n++
	}
	return sectionEnd(n, digits)
}

// sectionEnd returns n, the length sectionNumberLen read, when it is a
// number that ends in a digit and is short enough, else 0.
func sectionEnd(n, digits int) int {
	if digits == 0 || n > 8 || digits > 6 {
		return 0
	}
	return n
}

// truthTable reports whether a table lists the combinations of its inputs,
// a truth table or a decision table: every row's first cell is a truth
// value (0, 1, T, F, true, false) and some value comes twice, "| P1 | P2 |
// Test |" over "| 0 | 0 | S1 |", "| 0 | 1 | S4 |"… Its rows name nothing
// ("P1 0" would ask twice for two answers); a column of distinct numbers
// ("| Bit | Meaning |" over 0 and 1) still names its rows.
func (b *builder) truthTable(rows [][]*east.TableCell) bool {
	if len(rows) < 3 {
		return false
	}
	var seen [2]bool // a false value, a true value
	repeats := false
	for _, cells := range rows {
		if len(cells) == 0 {
			return false
		}
		v, ok := truthValue(strings.TrimSpace(b.p.plain(cells[0], 0, everything)))
		if !ok {
			return false
		}
		repeats = repeats || seen[v]
		seen[v] = true
	}
	return repeats
}

// truthValue returns 0 for a false value of a truth table's cell ("0",
// "F", "false") and 1 for a true one ("1", "T", "true"); ok is false for
// any other text.
func truthValue(s string) (v int, ok bool) {
	switch strings.ToLower(s) {
	case "0", "f", "false":
		return 0, true
	case "1", "t", "true":
		return 1, true
	}
	return 0, false
}

// maxInstructionWords is the longest instruction asksWithInstruction reads
// after a question: "Include complete punctuation:".
const maxInstructionWords = 8

// asksWithInstruction reports whether t is a quiz's question followed by
// how to answer it, "How would you float an element to the right? Include
// complete punctuation:": a question, then a short sentence that opens in
// capitals and leads in with its colon the answer on the lines below. A
// sentence without that colon ("Is it safe? No.") answers the question
// itself and leads nothing in.
func asksWithInstruction(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	i := strings.LastIndex(t, "? ")
	if i < 0 || !isQuestion(t[:i+1]) {
		return false
	}
	rest := strings.TrimSpace(t[i+2:])
	n := countFields(rest)
	return n >= 2 && n <= maxInstructionWords && rest[0] >= 'A' && rest[0] <= 'Z'
}

// topicAspects are labels that name a side of the topic they sit under,
// never a thing of their own: "Types: Skeletal, Smooth, Cardiac" and
// "Functions: Movement, posture" under "### Muscular System" ask
// "Muscular System: Types" (see aspectFront), and "Goal is loose coupling"
// under "#### Coupling" asks "Coupling: Goal"; "Properties" over the
// points under "### Lateral boundary conditions" asks "Lateral boundary
// conditions: Properties". Asked alone, "Types" under each organ system of
// a note is one question with several answers.
var topicAspects = map[string]bool{"types": true, "functions": true, "purpose": true, "uses": true,
	"goal": true, "aim": true, "properties": true}

// answerDash returns the length of the dash and the spaces after it that
// open a, the text after a question on its line, or 0: "Is using your ID
// low or high assurance? - low assurance" parts its answer with " - ", which
// then opens in lower case as an answer may. A dash with nothing after it
// opens no answer.
func answerDash(a []byte) int {
	for _, d := range []string{"- ", "– ", "— ", "-- "} {
		if bytes.HasPrefix(a, []byte(d)) {
			n := len(d)
			for n < len(a) && a[n] == ' ' {
				n++
			}
			if n == len(a) {
				return 0
			}
			return n
		}
	}
	return 0
}
