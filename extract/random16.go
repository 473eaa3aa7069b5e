package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
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
	if sp < 0 || sectionNumberLen(term[sp+1:]) != len(term)-sp-1 {
		return false
	}
	j := sectionNumberLen(def)
	if j == 0 {
		return false
	}
	if j == len(def) || def[j] == ',' {
		return true
	}
	if def[j] != ' ' || j+1 == len(def) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(string(def[j+1 : min(len(def), j+1+utf8.UTFMax)]))
	return unicode.IsLower(r) || r == '('
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

// mystBoxes maps the MyST directives of Jupyter Book and Sphinx notes that
// hold text in a box, ```{note}, ```{admonition} Title, ```{margin}, to
// the callout type they are read as. Other directives ({code-cell},
// {math}, {figure}, knitr's {r}) are not boxes and stay as they are.
var mystBoxes = map[string]string{
	"note": "note", "tip": "tip", "hint": "hint", "important": "important",
	"warning": "warning", "caution": "caution", "attention": "attention",
	"danger": "danger", "error": "error", "seealso": "note",
	"admonition": "note", "margin": "note", "sidebar": "note", "topic": "note",
	"dropdown": "note",
}

// hasMystFence reports whether src may hold a MyST box directive, a fence
// of backticks or colons opened with "{": "```{note}", ":::{margin}".
func hasMystFence(src []byte) bool {
	return containsText(src, "```{") || containsText(src, ":::{")
}

// mystFenceHead reads the opening line of a MyST box directive,
// "```{admonition} Variants of Utilitarianism" or ":::{note}": the
// callout type it is read as, the title written after the directive, the
// fence's character and length.
func mystFenceHead(line []byte) (kind, title []byte, char byte, n int, ok bool) {
	t := bytes.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 4 || (t[0] != '`' && t[0] != '~' && t[0] != ':') {
		return nil, nil, 0, 0, false
	}
	char = t[0]
	for n < len(t) && t[n] == char {
		n++
	}
	rest := t[n:]
	if n < 3 || len(rest) == 0 || rest[0] != '{' {
		return nil, nil, 0, 0, false
	}
	end := bytes.IndexByte(rest, '}')
	if end < 0 {
		return nil, nil, 0, 0, false
	}
	k, known := mystBoxes[string(bytes.ToLower(rest[1:end]))]
	if !known {
		return nil, nil, 0, 0, false
	}
	return []byte(k), bytes.TrimSpace(rest[end+1:]), char, n, true
}

// isMystOption reports whether line is an option of a MyST directive,
// ":class: note", ":open:": a colon, a name and a colon.
func isMystOption(line []byte) bool {
	t := bytes.TrimSpace(line)
	if len(t) < 3 || t[0] != ':' || !isASCIILetter(t[1]) {
		return false
	}
	i := 1
	for i < len(t) && (isASCIILetter(t[i]) || t[i] == '-' || t[i] == '_') {
		i++
	}
	return i < len(t) && t[i] == ':'
}

// mystDefinitions rewrites the definition lists in the body of a MyST box,
// "Consequentialism" over ":   An ethical theory …", as definitionLists
// does those of the note, line for line: the box's lines are quoted before
// the note's definition lists are read, and their ": " markers showed raw.
func mystDefinitions(body [][]byte) [][]byte {
	joined := bytes.Join(body, nil)
	out := definitionLists(joined)
	if len(out) == len(joined) && bytes.Equal(out, joined) {
		return body
	}
	return bytes.SplitAfter(out, []byte("\n"))
}

// emptyItems reports whether back holds nothing but the numbers or bullets
// of list items left blank, "1.<br>2." under "More content to study": a
// template's blanks, not an answer.
func emptyItems(back string) bool {
	fields := strings.Fields(stripTags(strings.ReplaceAll(back, "<br>", " ")))
	if len(fields) == 0 {
		return false
	}
	for _, f := range fields {
		n := strings.TrimRight(f, ".)")
		if f == "-" || f == "*" || f == "•" {
			continue
		}
		if len(n) == len(f) || !isShortNumber(n) {
			return false
		}
	}
	return true
}

// studyWords end a label that lists what is still to be done, "More
// content to study", "Topics to learn", "Things to review": the student's
// plan, not a thing to learn (studyLater).
var studyWords = []string{" to study", " to learn", " to review", " to revise", " to read"}

// planLabels title the learning objectives a lecture note copies from its
// syllabus, "Learning goals:" over "- Define the production possibilities
// frontier …": what the student is to learn, not an answer. A bare
// "Objectives" stays: a monetary policy's objectives are to be learned.
var planLabels = map[string]bool{"learning goals": true, "learning objectives": true,
	"learning outcomes": true, "learning aims": true, "intended learning outcomes": true}

// studyLater reports whether label, a front in lower case without its
// colon, names what is still to study or the objectives of a lecture;
// "how to study" and the other questions ask how, and are kept.
func studyLater(label string) bool {
	if planLabels[label] {
		return true
	}
	w, _, _ := strings.Cut(label, " ")
	if lookupLower(whWords, w) || countFields(label) > 5 {
		return false
	}
	for _, s := range studyWords {
		if strings.HasSuffix(label, s) {
			return true
		}
	}
	return false
}

// ownedPlan reports whether front, plain, asks a studyLater label with the
// section that owns it, "Chapter 2: The Economic Problem: Learning goals".
func ownedPlan(front string) bool {
	i := strings.LastIndex(front, ": ")
	if i < 0 || len(front)-i > len(": intended learning outcomes") {
		return false
	}
	return studyLater(strings.ToLower(strings.TrimSpace(front[i+2:])))
}

// pointsUnder returns the list right under paragraph n, on the line after
// its last line, last, with no blank line between, whose items are points
// about the term the paragraph defines: "Opportunity cost:" over "The value
// of the next best alternative." then "- Rises as we produce more …". Such
// a list is the definition's too, as a pandoc definition's nested list is.
// Items that define terms of their own, or hold blocks, make their own
// cards, and a paragraph in a list item leaves its list to the item.
func (b *builder) pointsUnder(n ast.Node, last int) (*ast.List, bool) {
	if _, inItem := n.Parent().(*ast.ListItem); inItem {
		return nil, false
	}
	l, ok := n.NextSibling().(*ast.List)
	if !ok {
		return nil, false
	}
	if first, _ := b.p.span(l); first != last+1 {
		return nil, false
	}
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		h := itemHead(it)
		if h == nil || h.NextSibling() != nil {
			return nil, false
		}
		ls := b.p.lines(h)
		if len(ls) == 0 {
			return nil, false
		}
		if _, ok := b.p.splitLine(h, ls[0][0], ls[0][1]); ok {
			return nil, false
		}
	}
	return l, true
}

// unlabelledCompare reports whether a table of three columns or more
// compares its columns and has no column that names its rows: "| Ionic |
// Simple (Covalent) | Giant (Covalent) | Metallic |" over "| High melting
// point | Low melting point | High melting point | High melting point |".
// In each of its rows, three at least, the first cell shares a word with
// another cell, and in half of them two kinds have the same value, as one
// property's values across kinds do; a key column's names (Bacterium,
// "Hydration of alkyne", `kill`) are no value their row repeats, and
// asking "High melting point" for the others is junk.
func (b *builder) unlabelledCompare(rows [][]*east.TableCell) bool {
	if len(rows) < 3 {
		return false
	}
	same := 0 // rows with two equal cells
	for _, cells := range rows {
		seen := make(map[string]bool, len(cells))
		for _, c := range cells {
			v := strings.ToLower(strings.TrimSpace(b.p.plain(c, 0, everything)))
			if v != "" && seen[v] {
				same++
				break
			}
			seen[v] = true
		}
	}
	if same*2 < len(rows) {
		return false
	}
	for _, cells := range rows {
		if len(cells) < 3 {
			return false
		}
		first := compareWords(b.p.plain(cells[0], 0, everything))
		if len(first) == 0 {
			return false
		}
		shared := false
		for _, c := range cells[1:] {
			for _, w := range compareWords(b.p.plain(c, 0, everything)) {
				if slices.Contains(first, w) {
					shared = true
					break
				}
			}
			if shared {
				break
			}
		}
		if !shared {
			return false
		}
	}
	return true
}

// compareWords returns the words of a table cell that can tell what it
// speaks of: four letters or more, in lower case, without the punctuation
// around them, and "metals" for "non-metals".
func compareWords(cell string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(cell)) {
		f = strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if i := strings.LastIndexByte(f, '-'); i >= 0 {
			f = f[i+1:]
		}
		if utf8.RuneCountInString(f) >= 4 && !compareFiller[f] {
			out = append(out, f)
		}
	}
	return out
}

// compareFiller are words of four letters or more that say nothing of
// what a cell speaks of.
var compareFiller = map[string]bool{"with": true, "from": true, "that": true, "this": true,
	"than": true, "when": true, "have": true, "into": true, "each": true, "also": true}
