package extract

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// boldPrompt reports whether paragraph par, over a <details> that hides its
// answer behind a label, is a prompt set in bold on one line: "**1.5. Geef
// een overzicht van de verschillende bestandstypen**" over
// "<summary>Antwoord</summary>" asks as its questions with a "?" do, though
// it gives an order.
func (p *parsed) boldPrompt(par ast.Node) bool {
	return par.Lines().Len() == 1 && p.boldOnly(par)
}

// stripQuizNumber returns front, a question's HTML, without the number that
// opens it (quizNumber). A bold that holds the whole question, "<strong>1.1.
// Wat is data?</strong>", keeps its tag: only the number inside it goes.
func stripQuizNumber(front string) string {
	m := quizNumber.FindStringIndex(front)
	if m == nil {
		return front
	}
	num := front[:m[1]]
	for _, tag := range []string{"strong", "b"} {
		if strings.HasPrefix(num, "<"+tag+">") && !strings.Contains(num, "</"+tag+">") {
			return "<" + tag + ">" + front[m[1]:]
		}
	}
	return front[m[1]:]
}

// boldTitleLine reports whether line, trimmed, is one bold span alone and
// perhaps a colon, "**Refleksif**", "__Symmetric:__": a term that the
// lines under it define, as "* **Refleksif**" over "Untuk setiap a ∈ A
// berlaku aRa" is typed without an indent.
func boldTitleLine(line []byte) bool {
	line = bytes.TrimSuffix(line, []byte(":"))
	for _, mark := range []string{"**", "__"} {
		if len(line) > 2*len(mark) && bytes.HasPrefix(line, []byte(mark)) && bytes.HasSuffix(line, []byte(mark)) &&
			!bytes.Contains(line[len(mark):len(line)-len(mark)], []byte(mark)) {
			return true
		}
	}
	return false
}

// isCompoundWord reports whether w is a word as German and Dutch join them,
// long but a name: letters alone, lower-case after the first, perhaps two
// or more joined by "/" or "-", "Karstverwitterung/Kohlensäureverwitterung",
// "Arbeitsspeicherverwaltung". An identifier ("getElementsByClassName",
// "max_connections_per_host"), a path or a hash is none.
func isCompoundWord(w string) bool {
	for part := range strings.FieldsFuncSeq(w, func(r rune) bool { return r == '/' || r == '-' }) {
		for i, r := range part {
			if !unicode.IsLetter(r) || i > 0 && !unicode.IsLower(r) {
				return false
			}
		}
	}
	return w != "" && !strings.HasPrefix(w, "/") && !strings.HasSuffix(w, "/") && !strings.Contains(w, "//") && !strings.Contains(w, "--")
}

// outsideBracketStops returns the stops of line, offsets in increasing
// order, that no bracket opened before them holds. "(sog. **Toteis**)",
// "(z. B. **Granit**)", "(e.g. **mutex**)": the abbreviation's dot ends no
// sentence inside the brackets, and the bold term after it opens none. It
// reads the line once, whatever the number of stops.
func outsideBracketStops(line []byte, stops []int) []int {
	if len(stops) == 0 || bytes.IndexByte(line, '(') < 0 {
		return stops
	}
	out := stops[:0:0]
	depth, at := 0, 0
	for _, s := range stops {
		for ; at < s && at < len(line); at++ {
			switch line[at] {
			case '(':
				depth++
			case ')':
				depth = max(depth-1, 0)
			}
		}
		if depth == 0 {
			out = append(out, s)
		}
	}
	return out
}

// conditionsAbroad join a definition's term in emphasis to its condition in
// the other languages of Latin script, as conditionWords do in English:
// Spanish and French "si", German "wenn" and "falls" (after a comma, as
// German writes them), Italian and Portuguese "se", Dutch "als",
// Indonesian "jika" and "apabila", Polish "jeśli" and "gdy", Vietnamese
// "nếu" and "khi".
var conditionsAbroad = []string{
	" si ", ", si ", " wenn ", ", wenn ", " falls ", ", falls ", " se ", ", se ", " als ", ", als ",
	" jika ", " apabila ", " jeśli ", ", jeśli ", " gdy ", ", gdy ", " nếu ", " khi ",
}

// mayHoldConditionAbroad is mayHoldCondition's quick test for
// conditionsAbroad.
func mayHoldConditionAbroad(t []byte) bool {
	for _, w := range []string{" si ", " wenn ", " falls ", " se ", " als ", " jika ", " apabila ", " jeśli ", " gdy ", " nếu ", " khi "} {
		if bytes.Contains(t, []byte(w)) {
			return true
		}
	}
	return false
}

// hasConditionAbroad reports whether rest opens with one of
// conditionsAbroad.
func hasConditionAbroad(rest []byte) bool {
	for _, w := range conditionsAbroad {
		if bytes.HasPrefix(rest, []byte(w)) {
			return true
		}
	}
	return false
}

// qualifiersAbroad open the phrase between a definition's term and its
// condition in the other languages, as qualifierWords do in English:
// "est dite **continue** en $a$ si …", "**stetig** in $x_0$, wenn …".
var qualifiersAbroad = map[string]bool{"en": true, "sur": true, "dans": true, "auf": true, "su": true,
	"em": true, "op": true, "na": true, "pada": true, "di": true}

// conditionCopulas end the words before a definition's term in emphasis in
// the other languages of Latin script, as " is " and " called " do in
// English: "Dos conjuntos son **iguales** si …", "Une fonction est dite
// **continue** si …", "Eine Funktion heißt **stetig**, wenn …", "Un
// gruppo si dice **abeliano** se …", "Relasi R disebut **refleksif**
// jika …".
var conditionCopulas = []string{
	" es ", " son ", " est ", " sont ", " dit ", " dite ", " dits ", " dites ", " ist ", " sind ",
	" heißt ", " heißen ", " è ", " sono ", " dice ", " é ", " são ", " dito ", " dita ", " zijn ",
	" heet ", " jest ", " są ", " adalah ", " disebut ", " là ",
}

// conditionArticles are the articles that may stand between such a verb and
// the term: "es un **grupo abeliano** si …", "ist eine **Gruppe**, wenn …".
var conditionArticles = []string{"un ", "una ", "uno ", "une ", "um ", "uma ", "ein ", "eine ", "een ",
	"el ", "la ", "le ", "il ", "lo ", "o ", "der ", "die ", "das ", "de ", "het "}

// verbBeforeAbroad is verbBefore for conditionCopulas and conditionArticles.
func verbBeforeAbroad(before []byte) bool {
	for _, a := range conditionArticles {
		if bytes.HasSuffix(before, []byte(" "+a)) {
			before = before[:len(before)-len(a)]
			break
		}
	}
	for _, v := range conditionCopulas {
		if bytes.HasSuffix(before, []byte(v)) {
			return true
		}
	}
	return false
}

// asWordsAbroad are "as" in the other languages of Latin script, as
// written, in lower case: a term does not end with one, "Podemos
// describirlo como: $A \Delta B = …$" ("we can describe it as") leads in to
// a formula, it names nothing. "Lago di Como" ends with a name.
var asWordsAbroad = map[string]bool{"como": true, "comme": true, "come": true, "wie": true, "als": true,
	"jako": true, "sebagai": true, "olarak": true, "như": true}

// withoutSuspendedHyphens returns s, words joined by single spaces, with
// the comma after a suspended hyphen dropped: German writes the shared part
// of compounds once, "Ober-, Mittel- und Unterlauf", and that comma joins
// the parts of a name, it parts no clause.
func withoutSuspendedHyphens(s string) string {
	if !strings.Contains(s, "-, ") {
		return s
	}
	return strings.ReplaceAll(s, "-, ", "- ")
}
