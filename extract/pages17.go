package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// boldGluedColon finds the colon glued to a bold term, as students type it
// in a hurry: "**Cue Column**:As you take notes …" and, with the colon
// typed inside the bold and again after it, "**Summaries:**:Sum up each
// page …". Byte i of v's text is where the term's letters stop; the
// markup that closes the bold is a NUL in the view. It returns the index
// of the colon that parts term from definition.
func (p *parsed) boldGluedColon(v view, i int) (int, bool) {
	t := v.text
	k := i
	if t[k] == ':' {
		k++ // "**Summaries:**:": the first colon is inside the bold
	}
	if k+1 >= len(t) || t[k] != 0 || t[k+1] != ':' {
		return 0, false
	}
	at := v.srcOff(k - 1)
	if at < 0 || at+1 >= len(p.src) || (p.src[at+1] != '*' && p.src[at+1] != '_') {
		return 0, false
	}
	return k + 1, true
}

// taskTermWords is the most words a task named before its command has.
const taskTermWords = 12

// isTaskCommand reports whether a split at a colon names a task before the
// one command that does it, as cheat sheets and TIL notes write it: "to
// fixup a commit based on message: `git commit --fixup :/Start`". The
// task is a phrase that opens with "to" or "how to", longer than a term
// may be, and the definition is one code span; "To sum up: the code …"
// has words after it and splits nothing.
func (p *parsed) isTaskCommand(n ast.Node, s split, term string) bool {
	if s.sep != ":" {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(term))
	rest, ok := strings.CutPrefix(t, "to ")
	if !ok {
		rest, ok = strings.CutPrefix(t, "how to ")
	}
	if !ok || rest == "" || countFields(t) > taskTermWords || strings.ContainsAny(t, ".,;!?:") {
		return false
	}
	return p.codeSpanOnly(n, s.defLo, s.defHi)
}

// isQuotedPart reports whether part, one of a list of terms, is in quotes,
// "\"however\"" or "“yet”", around a word or two: the words are named, so
// a word that opens a clause elsewhere, as "however" does, is a term here.
func isQuotedPart(part string) bool {
	part = strings.TrimSpace(part)
	inner, ok := strings.CutPrefix(part, `"`)
	if ok {
		inner, ok = strings.CutSuffix(inner, `"`)
	} else if inner, ok = strings.CutPrefix(part, "“"); ok {
		inner, ok = strings.CutSuffix(inner, "”")
	}
	return ok && hasWordChar(inner) && !strings.ContainsAny(inner, `"“”`)
}

// lengthUnits are what a worksheet's prompt asks an answer's length in.
var lengthUnits = map[string]bool{
	"sentence": true, "sentences": true, "bullet": true, "bullets": true,
	"word": true, "words": true, "paragraph": true, "paragraphs": true,
}

// cutLengthHint drops the length a worksheet's prompt asks for from the end
// of a heading, "What stood out to you? Why? ( 2-4 sentences )", "Summarize
// the chapter ( 1+ bullets )": the prompt is the question, the hint tells
// the student how much to write. "Boyle's law (2 variables)" keeps its
// brackets.
func cutLengthHint(s string) string {
	t := strings.TrimRight(s, " ")
	if !strings.HasSuffix(t, ")") {
		return s
	}
	open := strings.LastIndexByte(t, '(')
	if open <= 0 {
		return s
	}
	count, unit, ok := strings.Cut(strings.TrimSpace(t[open+1:len(t)-1]), " ")
	if !ok || !lengthUnits[strings.ToLower(strings.TrimSpace(unit))] || !isLengthCount(count) {
		return s
	}
	head := strings.TrimSpace(t[:open])
	if !hasWordChar(head) {
		return s
	}
	return head
}

// isLengthCount reports whether s counts as a worksheet asks: "2", "1+",
// "2-4", "3–5".
func isLengthCount(s string) bool {
	s = strings.TrimSuffix(s, "+")
	lo, hi, ok := strings.Cut(s, "-")
	if !ok {
		lo, hi, ok = strings.Cut(s, "–")
	}
	if !ok {
		hi = lo
	}
	return onlyDigits(lo) && onlyDigits(hi)
}

// tilOpeners are the words "TIL" leads into a term with: "TIL that 314159
// is a prime number", "TIL about the Volkswagen sausage — …".
var tilOpeners = []string{"that ", "about ", "of "}

// cutTILMarker leaves "TIL" ("today I learned"), and the word it leads in
// with, off the term of split s: a TIL note's "TIL that 314159 is a prime
// number" asks for 314159, as a task marker such as "TODO" is left off.
func (p *parsed) cutTILMarker(s split) split {
	lo := s.termLo
	if lo < 0 || s.termHi-lo < 5 || p.src[lo] != 'T' || !bytes.HasPrefix(p.src[lo:s.termHi], []byte("TIL ")) {
		return s
	}
	lo += len("TIL ")
	for _, w := range tilOpeners {
		if bytes.HasPrefix(p.src[lo:s.termHi], []byte(w)) {
			lo += len(w)
			break
		}
	}
	if !hasWordCharBytes(bytes.TrimSpace(p.src[lo:s.termHi])) {
		return s
	}
	s.termLo = lo
	return s
}
