package extract

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// seriesName returns the name that a bullet numbered in a series gives
// what is nested under it: "- **Process 2:** Collect Requirements" over
// "What to do", "Tools" and "Outputs" is the process Collect Requirements,
// so those parts are asked as "Collect Requirements: Outputs", not as
// "Process 2: Outputs", a number no student learns. term is the bullet's
// label and value the rest of its line. It holds only when a bullet beside
// it numbers the same kind ("Process 1", "Process 3") and value is a short
// name, so "Windows 10: the current release" keeps its own name, or when the
// bullet is alone in its list and value a name in title case (see
// loneSeriesItem).
func (b *builder) seriesName(it ast.Node, term, value string) (string, bool) {
	kind, num, ok := seriesLabel(term)
	if !ok {
		return "", false // the quick test: no "Kind N" label
	}
	value, ok = shortName(value)
	if !ok {
		return "", false
	}
	for _, sib := range []ast.Node{it.PreviousSibling(), it.NextSibling()} {
		if k, n, ok := seriesLabel(b.itemTerm(sib)); ok && strings.EqualFold(k, kind) && n != num {
			return value, true
		}
	}
	if loneSeriesItem(it, value) {
		return value, true
	}
	return "", false
}

// kindName returns the name of a bullet that its siblings' labels share:
// "- Meeting - Sprint Review" beside "- Meeting - Sprint Retrospective",
// each over its points, names the meeting Sprint Review. The shared label
// is the kind of each and asks nothing: four cards "Meeting" answered
// "Backlog Refinement", "Sprint Planning" … were one question with four
// answers. A label such as "Example" or "Note" remarks and names no kind.
func (b *builder) kindName(it ast.Node, term, value string) (string, bool) {
	term = strings.TrimSpace(term)
	if term == "" || countFields(term) > 3 || isLabel(term) {
		return "", false
	}
	value, ok := shortName(value)
	if !ok {
		return "", false
	}
	for _, sib := range []ast.Node{it.PreviousSibling(), it.NextSibling()} {
		if strings.EqualFold(strings.TrimSpace(b.itemTerm(sib)), term) {
			return value, true
		}
	}
	return "", false
}

// shortName returns value trimmed when it is a short name, a few words
// without a sentence's punctuation.
func shortName(value string) (string, bool) {
	value = strings.TrimSpace(value)
	if value == "" || !hasWordChar(value) || countFields(value) > maxOwnedWords || strings.ContainsAny(value, ".;:!?") {
		return "", false
	}
	return value, true
}

// itemTerm returns the plain text of the term of list item it's first line,
// before its separator, or "" when it has none.
func (b *builder) itemTerm(it ast.Node) string {
	if it == nil {
		return ""
	}
	head := itemHead(it)
	if head == nil {
		return ""
	}
	p := b.p
	ls := p.lines(head)
	if len(ls) == 0 {
		return ""
	}
	s, ok := p.splitLine(head, ls[0][0], ls[0][1])
	if !ok {
		return ""
	}
	return p.plain(head, s.termLo, s.termHi)
}

// seriesLabel splits a label that numbers one of a series, a word or two
// and a number ("Process 2", "Step 10", "Knowledge Area 1.2"), into its kind
// and number.
func seriesLabel(t string) (kind, num string, ok bool) {
	f := strings.Fields(strings.TrimRight(strings.TrimSpace(t), ":："))
	if len(f) < 2 || len(f) > 3 {
		return "", "", false
	}
	num = f[len(f)-1]
	if len(num) > 4 || !isDigit(rune(num[0])) || !isDigit(rune(num[len(num)-1])) || strings.Trim(num, "0123456789.") != "" {
		return "", "", false
	}
	for _, w := range f[:len(f)-1] {
		for _, r := range w {
			if !unicode.IsLetter(r) {
				return "", "", false
			}
		}
	}
	return strings.Join(f[:len(f)-1], " "), num, true
}

// headingName is a heading as the owner of a part's front, without its
// numbering: "Outcome: Sprint Goal" under "### 1. Sprint Planning" asks
// "Sprint Planning: Outcome", as the heading's own card asks "Sprint
// Planning". A heading that is all numbering keeps it.
func headingName(h string) string {
	if t := strings.TrimSpace(stripNumbering(h)); t != "" && hasWordChar(t) {
		return t
	}
	return h
}

// rowName is the front of a table's row without the list numbering its
// author gave the rows: "| **1. Competitive Rivalry** | Intensity of … |"
// asks "Competitive Rivalry", as "1. Competitive Rivalry" in a list would.
// Only an integer and "." or ")" is numbering here: "3.5 Sonnet" names a
// model.
func rowName(front string) string {
	open := ""
	if strings.HasPrefix(front, "<strong>") {
		open = "<strong>"
	}
	t := front[len(open):]
	i := 0
	for i < len(t) && i < 3 && isDigit(rune(t[i])) {
		i++
	}
	if i == 0 || i+1 >= len(t) || (t[i] != '.' && t[i] != ')') || t[i+1] != ' ' {
		return front
	}
	if rest := strings.TrimLeft(t[i+1:], " "); hasWordChar(stripTags(rest)) {
		return open + rest
	}
	return front
}

// answersHead reports whether line r of n, which split s cuts after a bold
// phrase inside it, is the answer of the bold head cur above it that waits
// for one: "**Brand Equity:**" over "The **added intangible value** a
// strong brand provides …". The head names the term and the line defines
// it; the bold after the line's article stresses a phrase of the
// definition and makes no card "added intangible value → a strong brand
// provides …". A line that opens with its bold term ("**Osmosis** water
// crossing a membrane") is a definition of its own.
func answersHead(p *parsed, cur *group, n ast.Node, r [2]int, s split) bool {
	if s.sep != "**" || cur.hasDef || cur.def != "" || s.termLo <= r[0] {
		return false
	}
	return hasWordChar(p.plain(n, r[0], s.termLo))
}

// maxPairs is the most label–value pairs labelPairs reads on one line.
const maxPairs = 4

// labelPairs makes a card of each pair of a line of label–value pairs
// joined by " | ", as Scrum notes sum up an event: "Inspect: Product
// Backlog | Adapt: Sprint Backlog". Read as one pair the line asked
// "Inspect" for "Product Backlog | Adapt: Sprint Backlog", the next label
// inside its answer. Every part must be a short label, a colon and a
// value; a line with code, or with a part that is no such pair ("Inspect
// Increments | Adapt: …"), is left to the other rules. It reports whether
// ls was such a line.
func (b *builder) labelPairs(n ast.Node, ls [][2]int, sc scope) bool {
	if len(ls) != 1 {
		return false
	}
	p := b.p
	lo, hi := ls[0][0], ls[0][1]
	line := p.src[lo:hi]
	if !containsText(line, " | ") || bytes.IndexByte(line, '`') >= 0 || bytes.HasPrefix(bytes.TrimSpace(line), []byte("|")) {
		return false // the quick test: no pairs, or code whose bars are no joints
	}
	var parts []split
	for from := lo; from < hi && len(parts) <= maxPairs; {
		end := hi
		if k := bytes.Index(p.src[from:hi], []byte(" | ")); k >= 0 {
			end = from + k
		}
		s, ok := p.splitLine(n, from, end)
		if !ok || s.sep != ":" || s.defHi > end || countFields(p.plain(n, s.termLo, s.termHi)) > 3 || !hasWordChar(p.plain(n, s.defLo, s.defHi)) {
			return false
		}
		parts = append(parts, s)
		from = end + len(" | ")
	}
	if len(parts) < 2 || len(parts) > maxPairs {
		return false
	}
	at := p.line(lo)
	for _, s := range parts {
		if b.add(unwrapStrong(stripColon(p.html(n, s.termLo, s.termHi))), p.html(n, s.defLo, s.defHi), b.defKind(), at, sc) {
			b.coverLines(at, at)
		}
	}
	return true
}

// maxStemRun is how many stems in a row stemLines looks past for the
// question that shows they are a quiz's.
const maxStemRun = 16

// stemLines makes the card of a paragraph of two lines that a quiz's
// question stem stops mid-sentence and its answer completes, among
// questions over their answers, as notes copied from an exam simulator
// hold: "Scrum is founded on" over "empiricism and lean thinking." between
// "What concludes the Sprint?" over "Sprint Retrospective". The stem asks,
// marked as unfinished, and the completion answers. Alone, two such lines
// are a sentence broken where its author pressed Enter, and make no card.
// It reports whether ls were such lines.
func (b *builder) stemLines(n ast.Node, ls [][2]int, sc scope) bool {
	if len(ls) != 2 || !b.isStem(n, ls) {
		return false
	}
	if !b.amongQuestions(n) {
		return false
	}
	p := b.p
	if b.add(strings.TrimSpace(p.html(n, ls[0][0], ls[0][1]))+" …", p.html(n, ls[1][0], ls[1][1]), Basic, p.line(ls[0][0]), sc) {
		b.coverLines(p.line(ls[0][0]), p.line(ls[1][0]))
	}
	return true
}

// isStem reports whether the two lines ls of paragraph n are a stem that
// stops mid-sentence, with no full stop, colon or question mark, over the
// few words that complete it.
func (b *builder) isStem(n ast.Node, ls [][2]int) bool {
	p := b.p
	stem := strings.TrimSpace(p.plain(n, ls[0][0], ls[0][1]))
	if markedCard([]byte(stem)) {
		return false // "What is x? #card" over "Yes.": a flashcard, asked whole
	}
	end := strings.TrimSpace(p.plain(n, ls[1][0], ls[1][1]))
	if countFields(stem) < 3 || end == "" || countFields(end) > 25 || !hasWordChar(end) {
		return false
	}
	return !strings.ContainsAny(stem[len(stem)-1:], ".!?:;,)]}*_`|") && !endsAbroad(stem) // "ما هو DNS؟" asks whole
}

// amongQuestions reports whether paragraph n sits in a run of paragraphs
// of two lines, stems (see isStem) or questions over their answers, that
// holds a question: the quiz the stems are part of.
func (b *builder) amongQuestions(n ast.Node) bool {
	for _, next := range []func(ast.Node) ast.Node{ast.Node.PreviousSibling, ast.Node.NextSibling} {
		s := next(n)
		for k := 0; k < maxStemRun && s != nil; k, s = k+1, next(s) {
			par, ok := s.(*ast.Paragraph)
			if !ok {
				break
			}
			ls := b.p.lines(par)
			if len(ls) != 2 {
				break
			}
			if isQuestion(b.p.plain(par, ls[0][0], ls[0][1])) {
				return true
			}
			if !b.isStem(par, ls) {
				break
			}
		}
	}
	return false
}

// journalTable reports whether a table of head and rows is a worked journal
// entry or ledger account: its header has a debit and a credit column
// ("|Date|Accounts|Debit|Credit|", "| |Debit|Credit|" over "|Beginning
// Balance|4250||"), and every cell they fill holds an amount. Its rows are
// one transaction's lines, "06/01/13" → "Debit: $135" or "Cash" → "Credit:
// $100", no facts to ask, and the table stays on its heading's card. A
// table of the rules, "| Asset | Increase | Decrease |" under "| Account |
// Debit | Credit |", keeps its row cards.
func (b *builder) journalTable(head []string, rows [][]*east.TableCell) bool {
	debit, credit := -1, -1
	for i, h := range head {
		switch ledgerSide(h) {
		case "debit":
			debit = i
		case "credit":
			credit = i
		}
	}
	if debit < 0 || credit < 0 {
		return false // the quick test: no debit and credit columns
	}
	amounts := 0
	for _, r := range rows {
		for _, i := range []int{debit, credit} {
			if i >= len(r) {
				continue
			}
			v := strings.TrimSpace(b.p.plain(r[i], 0, everything))
			switch {
			case v == "":
			case startsNumber(strings.TrimPrefix(v, "(")):
				amounts++ // "$135", "4,250", "(900)"
			default:
				return false
			}
		}
	}
	return amounts > 0
}

// ledgerSide returns "debit" or "credit" when a column's header names that
// side of an account, "Debit", "Credits", "Dr.", "Credit ($)", and "" for
// any other header.
func ledgerSide(h string) string {
	h, _, _ = strings.Cut(strings.ToLower(strings.Trim(h, " *_")), "(")
	switch strings.TrimRight(strings.TrimSpace(h), ".") {
	case "debit", "debits", "dr":
		return "debit"
	case "credit", "credits", "cr":
		return "credit"
	}
	return ""
}
