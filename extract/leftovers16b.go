package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// maxRuledLookup is how many bytes after a rule ruledOff reads for a word
// of the heading and for the next heading: a topic that comes back says so
// early.
const maxRuledLookup = 4096

// ruledOff returns the part of heading h's body its card answers with: the
// blocks above a rule "---" when what follows the rule names none of the
// heading's words and runs to a shallower heading (or the note's end).
// "##### Weak" over "leave other things as well as the", "---", then the
// note's reactions and tables until "### Strong Bases": the rule closed
// "Weak", and what is after it, which keeps its own cards, is no answer to
// it. A rule inside one topic (the text after it names the heading again),
// or between slides of one level, keeps the whole body. The next heading is
// read from the note's source, not from the AST, so that a note cut into
// chunks reads as a whole one.
func (b *builder) ruledOff(h heading, body []ast.Node) []ast.Node {
	if len(body) < 3 {
		return body
	}
	k := 1
	for k < len(body)-1 && !isRule(body[k]) {
		k++
	}
	if k >= len(body)-1 || b.p.endsSection(body[k]) {
		return body
	}
	words := topicWords(h.text)
	from, lo := b.p.endOf(body[k-1]), b.p.startOf(body[k+1])
	if len(words) == 0 || from < 0 || lo < from {
		return body
	}
	level, hi := nextATXHeading(b.p.src, from, lo+maxRuledLookup)
	if level < 0 || level >= h.level || hi < lo {
		return body
	}
	rest := bytes.ToLower(b.p.src[lo:hi])
	for _, w := range words {
		if bytes.Contains(rest, []byte(w)) {
			return body
		}
	}
	return body[:k]
}

// nextATXHeading returns the level of the first ATX heading ("### Bases")
// in src on a line that starts at offset from or after it, outside fenced
// code (from lies outside any), and the offset of its line; level 0 and
// len(src) when the note ends first, and -1 when neither comes before
// offset limit.
func nextATXHeading(src []byte, from, limit int) (level, at int) {
	var fence fenceState
	off := min(from, len(src))
	if off > 0 && src[off-1] != '\n' {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return 0, len(src)
		}
		off += i + 1
	}
	for off < len(src) {
		if off >= limit {
			return -1, off
		}
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off + 1
		}
		line := src[off:end]
		if !fence.next(line) {
			if n := atxLevel(line); n > 0 {
				return n, off
			}
		}
		off = end
	}
	return 0, len(src)
}

// atxLevel returns the level of an unindented ATX heading line, "## Cells",
// else 0.
func atxLevel(line []byte) int {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(line) && line[n] != ' ' && line[n] != '\t' && line[n] != '\n' && line[n] != '\r' {
		return 0
	}
	return n
}

// topicWords returns the words of a heading that a text about it would
// repeat, in lower case: those of four letters or more, and acronyms
// ("VPC"). "Strong Bases" gives strong and bases; "Weak" weak.
func topicWords(title string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(title, notWordRune) {
		n := utf8.RuneCountInString(w)
		if n >= 4 || n >= 2 && strings.IndexFunc(w, unicode.IsLower) < 0 && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words = append(words, strings.ToLower(w))
		}
	}
	return words
}

// unstruck returns a front whose label is struck through as a whole,
// "<del>Side Effects</del>" of "- ~~Side Effects~~: Hypokalemia" (asked
// with its owner, "Thiazide Diuretics: <del>Side Effects</del>"), without
// its strikethrough: a label the student struck through as styling, beside
// "**Usage**:" in bold, still names the part it asks for. A struck word
// among others (a correction) keeps its mark.
func unstruck(front string) string {
	label, ok := strings.CutSuffix(front, "</del>")
	if !ok {
		return front
	}
	owner := ""
	if i := strings.LastIndex(label, ": <del>"); i >= 0 {
		owner, label = label[:i+2], label[i+2:]
	}
	label, ok = strings.CutPrefix(label, "<del>")
	if !ok || strings.Contains(label, "<del>") || strings.Contains(label, "</del>") || strings.TrimSpace(label) == "" {
		return front
	}
	return owner + label
}

// arrowJoins are the words that carry a sentence on after an arrow: no
// effect or product opens with them. "to" is not among them: "Pyruvate ->
// to acetyl-CoA" names what it becomes.
var arrowJoins = []string{"with", "which"}

// continuesArrow reports whether def, what follows an arrow, opens with a
// conjunction or "with"/"which" in lower case, "with most radiating
// [[Boring pain]] towards the back": the arrow only goes on with the
// sentence before it, it leads to no effect.
func continuesArrow(def []byte) bool {
	if continuesClause(def) {
		return true
	}
	def = bytes.TrimLeft(def, "*_ ")
	for _, w := range arrowJoins {
		if len(def) > len(w) && bytes.HasPrefix(def, []byte(w)) && def[len(w)] == ' ' {
			return true
		}
	}
	return false
}
