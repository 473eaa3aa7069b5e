package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// outlineLetter returns the capital that numbers heading text s in an
// outline, the "A" of "A. Thiazide Diuretics" or "B) Loop Diuretics": a
// letter, a period or a parenthesis, a space, then a capital. Else it
// returns 0: "S. aureus" names a species.
func outlineLetter(s string) byte {
	if len(s) < 4 || s[0] < 'A' || s[0] > 'Z' || s[1] != '.' && s[1] != ')' || s[2] != ' ' {
		return 0
	}
	rest := strings.TrimLeft(s[2:], " ")
	if rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return 0
	}
	return s[0]
}

// cutOutlineLetter returns s, the text of heading n, without the letter
// that numbers it in an outline, and whether there was one: "A. Thiazide
// Diuretics" beside "B. Loop Diuretics" asks "Thiazide Diuretics", as "1.
// Diuretics" asks "Diuretics". The heading, an unindented ATX heading of
// the note's top level, must have a neighbour at its level in its section
// lettered with the letter before or after: alone, "E. Coli" is a species
// and "J. Smith" a name. So is a number without its dot cut, "3 Confidence
// Intervals" after "2 Central Limit Theorem" (see outlineNumber).
func (p *parsed) cutOutlineLetter(n *ast.Heading, s string) (string, bool) {
	width := 2 // the letter and its period or parenthesis
	if outlineLetter(s) == 0 {
		if _, width = outlineRoman(s); width == 0 {
			if _, width = outlineNumber(s); width == 0 {
				return s, false
			}
		}
	}
	off := p.headingLineStart(n)
	if off < 0 || p.src[off] != '#' {
		return s, false
	}
	if p.lettered != nil {
		if !p.lettered[off] {
			return s, false
		}
	} else if _, top := n.Parent().(*ast.Document); !top || !p.letteredBeside(n) {
		return s, false
	}
	return strings.TrimLeft(s[width:], " "), true
}

// letteredBeside reports whether heading n and the heading before or after
// it at its level, in the section n belongs to, are lettered or numbered in
// turn (see inTurn). Each look stops at the first heading of n's level or
// above, so the headings of one level are passed over once in all.
func (p *parsed) letteredBeside(n *ast.Heading) bool {
	own := p.headingSource(n)
	for s := n.PreviousSibling(); s != nil; s = s.PreviousSibling() {
		if h, ok := s.(*ast.Heading); ok && h.Level <= n.Level {
			if h.Level == n.Level && inTurn(p.headingSource(h), own) {
				return true
			}
			break
		}
	}
	for s := n.NextSibling(); s != nil; s = s.NextSibling() {
		if h, ok := s.(*ast.Heading); ok && h.Level <= n.Level {
			return h.Level == n.Level && inTurn(own, p.headingSource(h))
		}
	}
	return false
}

// inTurn reports whether heading texts prev and next number an outline in
// turn: lettered "A. Thiazide Diuretics" then "B. Loop Diuretics" (see
// outlineLetter), or numbered "2 Central Limit Theorem" then "3 Confidence
// Intervals" (see outlineNumber).
func inTurn(prev, next string) bool {
	if c := outlineLetter(next); c != 0 && outlineLetter(prev) == c-1 {
		return true
	}
	if v, _ := outlineRoman(next); v != 0 {
		u, _ := outlineRoman(prev)
		return u == v-1 // "i) Filtration" then "ii) Simple Distillation"
	}
	if outlineLetter(next) != 0 {
		return false
	}
	return numberedInTurn(prev, next)
}

// romans are the Roman numerals an outline numbers its parts with, in
// turn from one.
var romans = []string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
	"xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"}

// outlineRoman returns the value of the small Roman numeral that numbers
// heading text s in an outline, the "ii" of "ii) Simple Distillation", and
// the width of the numeral with its period or parenthesis; else 0, 0. A
// capital opens the title after it: "vi. to edit" is no part. (Capitals,
// "II. Effects", are cut as a section's number is.)
func outlineRoman(s string) (value, width int) {
	w := 0
	for w < len(s) && w < 6 && strings.IndexByte("ivx", s[w]) >= 0 {
		w++
	}
	if w == 0 || w+2 >= len(s) || s[w] != '.' && s[w] != ')' || s[w+1] != ' ' {
		return 0, 0
	}
	num := s[:w]
	title := strings.TrimLeft(s[w+1:], " ")
	if title == "" || title[0] < 'A' || title[0] > 'Z' {
		return 0, 0
	}
	i := slices.Index(romans, num)
	if i < 0 {
		return 0, 0
	}
	return i + 1, w + 1
}

// mayBeRoman is outlineRoman's quick test on b, an ATX heading's text
// after its #s, with no string made: a Roman numeral's letter opens it.
func mayBeRoman(b []byte) bool {
	t := bytes.TrimLeft(b, " \t")
	return len(t) >= 4 && strings.IndexByte("ivx", t[0]) >= 0
}

// letterHeading records, for chunkStarts, the ATX heading line at offset
// off of src in lettered when it and the heading before it at its level in
// its section are lettered in turn (see outlineLetter), and that heading
// too. last holds, by level, the offset of the last heading at that level
// in its section, or -1.
func letterHeading(src []byte, off int, line []byte, last *[7]int, lettered map[int]bool) {
	level := 0
	for level < len(line) && line[level] == '#' {
		level++
	}
	if level == 0 || level > 6 {
		return
	}
	if prev := last[level]; prev >= 0 && (mayBeLettered(line[level:]) || mayBeRoman(line[level:]) || mayBeNumbered(line[level:])) {
		end := bytes.IndexByte(src[prev:], '\n')
		if end < 0 {
			end = len(src) - prev
		}
		if inTurn(atxText(src[prev+level:prev+end]), atxText(line[level:])) {
			lettered[prev], lettered[off] = true, true
		}
	}
	last[level] = off
	for k := level + 1; k < len(last); k++ {
		last[k] = -1
	}
}

// mayBeLettered is outlineLetter's quick test on b, an ATX heading's text
// after its #s, with no string made: a capital, then a period or a
// parenthesis.
func mayBeLettered(b []byte) bool {
	t := bytes.TrimLeft(b, " \t")
	return len(t) >= 4 && t[0] >= 'A' && t[0] <= 'Z' && (t[1] == '.' || t[1] == ')')
}

// atxText returns the text of an ATX heading after its #s, as goldmark
// reads it: without the spaces around it and the closing #s.
func atxText(b []byte) string {
	t := strings.TrimSpace(string(b))
	if u := strings.TrimRight(t, "#"); u == "" || u[len(u)-1] == ' ' || u[len(u)-1] == '\t' {
		t = strings.TrimSpace(u)
	}
	return t
}

// headingLineStart returns the offset in p.src of the line heading n opens
// on, or -1.
func (p *parsed) headingLineStart(n *ast.Heading) int {
	lines := n.Lines()
	if lines == nil || lines.Len() == 0 {
		return -1
	}
	return bytes.LastIndexByte(p.src[:lines.At(0).Start], '\n') + 1
}

// headingSource returns the source of heading h's first line, without its
// marks: "A. Thiazide Diuretics" of "### A. Thiazide Diuretics".
func (p *parsed) headingSource(h *ast.Heading) string {
	lines := h.Lines()
	if lines == nil || lines.Len() == 0 {
		return ""
	}
	return strings.TrimSpace(string(segValue(lines.At(0), p.src)))
}

// examplesItem makes the card of a list item "Examples: Furosemide,
// Bumetanide" among the aspects of a drug class ("Mechanism of Action:",
// "Side Effects:", "Contraindications:"): there the examples are the
// class's members, a part to learn, where beside other lines "Example:"
// only remarks on them. The front names the class: "Loop Diuretics:
// Examples". Two aspects at least must stand beside it in the list.
func (b *builder) examplesItem(head ast.Node, items []ast.Node, sc scope) bool {
	p := b.p
	ls := p.lines(head)
	if len(ls) != 1 {
		return false
	}
	s, ok := p.partSplit(head, ls[0], isExamplesLabel)
	if !ok || aspectSiblings(p, items, head) < 2 {
		return false
	}
	front := unwrapStrong(p.html(head, s.termLo, s.termHi))
	if o := sc.ownerName(); o != "" && countFields(o) <= maxOwnedWords {
		front = escapeText(headingName(o)) + ": " + front
	}
	if b.add(front, p.html(head, s.defLo, s.defHi), b.defKind(), p.line(ls[0][0]), sc) {
		b.coverLines(p.line(ls[0][0]), p.line(ls[0][0]))
	}
	return true
}

// isExamplesLabel reports whether term, before a colon, says examples
// follow: "Examples", "E.g.".
func isExamplesLabel(term string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(term), "*_~")) {
	case "example", "examples", "e.g.", "eg", "e.g", "egs", "eg.":
		return true
	}
	return false
}

// aspectSiblings counts the items of items, other than the one headed by
// head, whose first line opens with an aspect of a drug or a disease and a
// colon (see aspects): "Side Effects: bradycardia".
func aspectSiblings(p *parsed, items []ast.Node, head ast.Node) int {
	n := 0
	for _, it := range items {
		h := itemHead(it)
		if h == nil || h == head {
			continue
		}
		ls := p.lines(h)
		if len(ls) == 0 {
			continue
		}
		term, _, ok := strings.Cut(p.plain(h, ls[0][0], ls[0][1]), ":")
		if ok && len(term) <= lookupKeyMax && lookupLower(aspects, strings.Trim(strings.TrimSpace(term), "*_~")) {
			n++
		}
	}
	return n
}

// structureAspects name what a nerve or a muscle does, which asks nothing
// without it: "Motor: Extension of elbow" under "Radial nerve" and "Motor:
// Flexion of fingers" under "Median nerve" are two answers to "Motor" (see
// aspectOfOwners). Each is a part of anatomy notes' nerves and muscles:
// their motor and sensory supply, their branches, their action.
var structureAspects = map[string]bool{
	"motor": true, "sensory": true, "motor supply": true, "sensory supply": true,
	"branches": true, "action": true, "actions": true,
}

// diseaseAspects name an aspect of a disease that aspects and itemParents
// leave out, as notes write them bare over their points: "- clinical",
// "- treat", "- causes" under "# Hypernatremia" and again under "#
// Hyponatremia".
var diseaseAspects = map[string]bool{
	"clinical": true, "treat": true, "causes": true, "aetiology": true, "etiology": true,
	"pathophysiology": true, "pathogenesis": true, "epidemiology": true, "prognosis": true,
}

// diseaseAspect reports whether f, a case-folded front, names an aspect
// of a disease or a drug (see aspects, itemParents and diseaseAspects):
// shared by two of them, it asks nothing without its owner (see
// aspectOfOwners).
func diseaseAspect(f string) bool {
	return aspects[f] || itemParents[f] || diseaseAspects[f]
}

// mnemonicLetterFront asks a letter of a mnemonic spelled out a line a
// letter with the heading that names the mnemonic: "- **D**: Diarrhea"
// under "### Muscarinic Effects (DUMB BLESS)" asks "Muscarinic Effects
// (DUMB BLESS): D". Asked bare, "D" names nothing, and the list's two "B"
// lines and two "S" lines ask one letter twice. The front is one capital,
// the answer opens with it, and the innermost heading or bullet above holds
// a word in capitals that spells it among its letters, the mnemonic; else
// front stays as it is ("C: Carbon" under "Elements"). key is the bare
// letter when the heading was added: the card, under the same heading,
// keeps the GUID it had when it asked "D"; "" otherwise.
func mnemonicLetterFront(front, back string, sc scope) (string, string) {
	n := len(sc.heads) + len(sc.parents)
	if n == 0 || len(front) > len("<strong>D</strong>") {
		return front, "" // the quick tests: no level above, or more than a letter
	}
	l := strings.TrimSpace(stripTags(front))
	r, size := utf8.DecodeRuneInString(l)
	if size != len(l) || !unicode.IsUpper(r) {
		return front, ""
	}
	a, _ := utf8.DecodeRuneInString(strings.TrimSpace(stripTags(back)))
	if unicode.ToUpper(a) != r {
		return front, ""
	}
	owner := labelText(levelText(sc, n-1))
	if !spellsMnemonic(owner, r) {
		return front, ""
	}
	return escapeText(owner) + ": " + front, front
}

// spellsMnemonic reports whether text holds a word of three capitals or
// more, the mnemonic, with the letter r among them: "DUMB" and "BLESS" in
// "Muscarinic Effects (DUMB BLESS)" spell "B".
func spellsMnemonic(text string, r rune) bool {
	for _, w := range strings.FieldsFunc(text, func(c rune) bool { return !unicode.IsLetter(c) }) {
		if utf8.RuneCountInString(w) >= 3 && strings.ToUpper(w) == w && strings.ContainsRune(w, r) {
			return true
		}
	}
	return false
}

// partsOwner returns the term in bold that opens the paragraph above list
// l, when the list's items are labelled parts that the list of a
// neighbouring paragraph so opened has too, as nursing notes set out each
// condition: "**Acute Hemolytic Transfusion Reaction** (AHTR) results from
// …" over "1. **Clinical Signs**: …" and "2. **Intervention**: …", then
// "**Non-Hemolytic Febrile Reaction** results from …" over its own. The
// parts are the term's: its list is read under it, and "Clinical Signs",
// asked bare once per condition, asks "Acute Hemolytic Transfusion
// Reaction: Clinical Signs" (see nameOwners). Else it returns "".
func (b *builder) partsOwner(l *ast.List) string {
	prev := l.PreviousSibling()
	if prev == nil || prev.Kind() != ast.KindParagraph {
		return "" // the quick test: most lists follow no paragraph
	}
	owner := b.boldOpener(prev)
	if owner == "" {
		return ""
	}
	labels := b.partLabels(l)
	if labels == nil {
		return ""
	}
	var before, after ast.Node
	if above := prev.PreviousSibling(); above != nil && above.PreviousSibling() != nil && b.boldOpener(above.PreviousSibling()) != "" {
		before = above
	}
	if below := l.NextSibling(); below != nil && b.boldOpener(below) != "" {
		after = below.NextSibling()
	}
	for _, n := range []ast.Node{before, after} {
		for label := range b.partLabels(n) {
			if labels[label] {
				return owner
			}
		}
	}
	return ""
}

// boldOpener returns the plain text of the term in bold that opens
// paragraph n and that the paragraph goes on to tell of, "**Allergic
// Reactions** can occur …", or "" when n is no such paragraph: a label
// closed by a colon ("**Monitoring**: …") names a step, not an owner.
func (b *builder) boldOpener(n ast.Node) string {
	par, ok := n.(*ast.Paragraph)
	if !ok {
		return ""
	}
	e, ok := par.FirstChild().(*ast.Emphasis)
	if !ok || e.Level != 2 || e.NextSibling() == nil {
		return ""
	}
	t := strings.TrimSpace(b.p.plain(e, 0, everything))
	rest, ok := strings.CutPrefix(strings.TrimSpace(b.p.plain(par, 0, everything)), t)
	if !ok || t == "" || countFields(t) > maxOwnedWords || strings.HasPrefix(strings.TrimSpace(rest), ":") || strings.ContainsAny(t, ":?") {
		return ""
	}
	return t
}

// partLabels returns the labels, in lower case, of list n's items when two
// or more items each open with a label of a few words and a colon,
// "Clinical Signs: fever …", and every item does; else nil.
func (b *builder) partLabels(n ast.Node) map[string]bool {
	l, ok := n.(*ast.List)
	if !ok || l.ChildCount() < 2 {
		return nil
	}
	labels := map[string]bool{}
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		h := itemHead(it)
		if h == nil {
			return nil
		}
		label, rest, ok := strings.Cut(b.p.plain(h, 0, everything), ":")
		if label = strings.TrimSpace(label); !ok || label == "" || countFields(label) > 4 || strings.TrimSpace(rest) == "" {
			return nil
		}
		labels[strings.ToLower(label)] = true
	}
	return labels
}
