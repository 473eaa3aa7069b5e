package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// asideOpen and asideClose are the lines a Notion export writes around a
// callout block, each alone on its line.
var (
	asideOpen  = []byte("<aside>")
	asideClose = []byte("</aside>")
)

// notionAsides rewrites the callouts of a Notion export as the Obsidian
// callouts they are, line for line, so that positions stay right:
//
//	<aside>                                          > [!note]
//	🧠 **Read** the error messages of your compiler   > 🧠 **Read** the error messages of your compiler
//	(blank)                                           >
//	</aside>                                         (blank)
//
// Left as HTML, the lines up to the first blank one were one raw block: its
// Markdown showed as typed ("**Read**"), and a "Term: definition" line in it
// made no card. An icon alone on the first line is left out (see
// calloutIcon). A callout nested in a toggle keeps its indent ("    <aside>"
// in a list item). An aside never closed, one whose lines leave its indent,
// and fenced code are left as they are; so is an aside around another,
// whose inner one alone is rewritten.
func notionAsides(body []byte) []byte {
	if !bytes.Contains(body, asideOpen) {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	var fence fenceState
	open := -1
	for i, l := range lines {
		if fence.next(l) {
			continue
		}
		t := bytes.TrimSpace(l)
		switch {
		case bytes.Equal(t, asideOpen):
			open = i
		case bytes.Equal(t, asideClose) && open >= 0:
			quoteAside(lines[open : i+1])
			open = -1
		}
	}
	return bytes.Join(lines, nil)
}

// quoteAside rewrites lines, from "<aside>" to "</aside>", as a callout at
// the indent of its first line, when every line between keeps that indent:
// a line that leaves it ends the toggle or item the aside was in, and the
// "</aside>" after it is not this aside's end.
func quoteAside(lines [][]byte) {
	indent := indentOf(lines[0])
	if !bytes.Equal(indentOf(lines[len(lines)-1]), indent) {
		return // "</aside>" at another indent
	}
	for _, l := range lines[1 : len(lines)-1] {
		if !isBlank(l) && !bytes.HasPrefix(l, indent) {
			return
		}
	}
	head := append(append([]byte{}, indent...), "> [!note]\n"...)
	for i, l := range lines[1 : len(lines)-1] {
		q := append(append([]byte{}, indent...), '>')
		if rest := bytes.TrimPrefix(l, indent); !isBlank(rest) && !(i == 0 && calloutIcon(rest)) {
			q = append(append(q, ' '), rest...)
		} else {
			q = append(q, '\n')
		}
		lines[i+1] = q
	}
	lines[0], lines[len(lines)-1] = head, []byte("\n")
}

// calloutIcon reports whether line l, the first of a Notion callout, is
// its icon alone, as newer exports write it: "💡" over the text would be a
// paragraph of its own in the section's card. An icon is one field of
// symbols that are not ASCII ("⚠️", "🧠"). An icon before the text on its
// line stays: "🧠 **Read** the error messages" would read as the term
// "Read" without it.
func calloutIcon(l []byte) bool {
	t := bytes.TrimSpace(l)
	return len(t) > 0 && t[0] >= utf8.RuneSelf && !bytes.ContainsAny(t, " \t") && !hasWordCharBytes(t)
}

// leadIconLen returns the length of the icon that opens line l and the
// spaces after it, or 0: emoji and pictographs alone ("💡", "⚠️", "📌"),
// before a word that opens with a letter. An arrow is no icon ("↓ CNS"
// says the CNS is depressed), nor is a mark before emphasis: "🧠 **Read**
// the error messages" would read as the term "Read" without it.
func leadIconLen(l []byte) int {
	if k := keycapLen(l); k > 0 {
		// "1️⃣ **FROM** — Choose tables": a number in a keycap numbers its
		// line as "1." does, and the bold after it is the line's term.
		j := k
		for j < len(l) && (l[j] == ' ' || l[j] == '\t') {
			j++
		}
		if j == k || j == len(l) {
			return 0
		}
		if r, _ := utf8.DecodeRune(l[j:]); !unicode.IsLetter(r) && r != '*' && r != '_' && r != '`' {
			return 0
		}
		return j
	}
	i := 0
	for i < len(l) {
		r, size := utf8.DecodeRune(l[i:])
		if !isPictograph(r) && !(i > 0 && (r == '\u200d' || r == '\ufe0f' || r == '\ufe0e')) {
			break
		}
		i += size
	}
	if i == 0 {
		return 0
	}
	k := i
	for k < len(l) && (l[k] == ' ' || l[k] == '\t') {
		k++
	}
	if k == i || k == len(l) {
		return 0
	}
	if r, _ := utf8.DecodeRune(l[k:]); !unicode.IsLetter(r) {
		return 0
	}
	return k
}

// labelIconLen returns the length of the icon that opens line l and the
// spaces after it when emphasis follows, "💡 **Superkey:**", or 0: the
// icon goes only from a label whose colon ends the split (see findSplit),
// as "🧠 **Read** the error messages" would read as the term "Read".
func labelIconLen(l []byte) int {
	i := 0
	for i < len(l) {
		r, size := utf8.DecodeRune(l[i:])
		if !isPictograph(r) && !(i > 0 && (r == '\u200d' || r == '\ufe0f' || r == '\ufe0e')) || isTickMark(r) {
			break
		}
		i += size
	}
	k := i
	for k < len(l) && (l[k] == ' ' || l[k] == '\t') {
		k++
	}
	if i == 0 || k == i || !bytes.HasPrefix(l[k:], []byte("**")) && !bytes.HasPrefix(l[k:], []byte("__")) {
		return 0
	}
	return k
}

// keycapLen returns the length of the number in a keycap that opens l, a
// digit, U+FE0F and U+20E3 ("1️⃣") or "🔟", or 0.
func keycapLen[T string | []byte](l T) int {
	const ten, vs, keycap = "🔟", "\uFE0F", "\u20E3"
	if len(l) >= len(ten) && string(l[:len(ten)]) == ten {
		return len(ten)
	}
	if len(l) == 0 || l[0] < '0' || l[0] > '9' {
		return 0
	}
	i := 1
	if len(l) >= i+len(vs) && string(l[i:i+len(vs)]) == vs {
		i += len(vs)
	}
	if len(l) < i+len(keycap) || string(l[i:i+len(keycap)]) != keycap {
		return 0
	}
	return i + len(keycap)
}

// iconKey returns the front a card on line asked before its term split
// left the line's icon out, "💡 ASan" for "ASan", or its bare number,
// "1 `useState`" for "`useState`" (see bareNumberLen), so that it keeps its
// identity; "" when no split skipped an icon there, or when front keeps
// it, as a cloze of the whole line does.
func (b *builder) iconKey(front string, line int) string {
	icon := b.p.icons[line]
	if icon == "" || strings.HasPrefix(front, icon) {
		return ""
	}
	return icon + " " + front
}

// isPictograph reports whether r is an emoji or a pictograph a note sets
// as an icon: the miscellaneous symbols and dingbats ("☑", "✅", "⚠"), the
// stars and squares of U+2B00 ("⭐") and the emoji planes ("💡").
func isPictograph(r rune) bool {
	return r >= 0x2600 && r <= 0x27bf || r >= 0x2b00 && r <= 0x2bff || r >= 0x1f000 && r <= 0x1faff
}

// indentOf returns the spaces and tabs that line l starts with.
func indentOf(l []byte) []byte {
	return l[:len(l)-len(bytes.TrimLeft(l, " \t"))]
}

// styleTags are the HTML tags that only style the words they wrap, as
// Typora and exported notes set a title line apart with them instead of
// "**…**": bold, underlined, bigger or coloured.
var styleTags = map[string]bool{"b": true, "strong": true, "u": true, "big": true, "font": true, "span": true}

// styledPhrase returns the source range of the words of line r when the line
// is a phrase wrapped in style tags alone, "<big><u>Definition</u></big>"
// over "B is the inverse of A if …": the line is a label as "**Definition**"
// is, where its tags hid it from every rule that reads a bold line. Each tag
// opened must close at the line's end, the outermost last; the words hold
// no tag of their own.
func (p *parsed) styledPhrase(r [2]int) (lo, hi int, ok bool) {
	line := p.src[r[0]:r[1]]
	t := bytes.TrimSpace(line)
	if len(t) == 0 || t[0] != '<' {
		return 0, 0, false // the quick test: no tag opens the line
	}
	lo = r[0] + len(line) - len(bytes.TrimLeft(line, " \t"))
	hi = lo + len(t)
	var open []string
	for lo < hi && p.src[lo] == '<' {
		name, n := styleTagAt(p.src[lo:hi])
		if n == 0 {
			return 0, 0, false
		}
		open, lo = append(open, name), lo+n
	}
	for _, name := range open {
		end := "</" + name + ">"
		if hi-lo < len(end) || !strings.EqualFold(string(p.src[hi-len(end):hi]), end) {
			return 0, 0, false
		}
		hi -= len(end)
	}
	if len(open) == 0 || bytes.IndexByte(p.src[lo:hi], '<') >= 0 || isBlank(p.src[lo:hi]) {
		return 0, 0, false
	}
	return lo, hi, true
}

// styleTagAt returns the name of the style tag that opens t, "<font
// color=red>", and its length; 0 when t opens with another tag.
func styleTagAt(t []byte) (string, int) {
	end := bytes.IndexByte(t, '>')
	if end < 0 {
		return "", 0
	}
	name, _, _ := strings.Cut(string(t[1:end]), " ")
	name = strings.ToLower(name)
	if !styleTags[name] {
		return "", 0
	}
	return name, end + 1
}

// quizNumber matches the number that opens a question of a quiz, "**Q1.**",
// "Q2:", "3.", a section's "1.2.", in plain text or in bold HTML.
var quizNumber = lazyRegexp(`^(?:<(?:strong|b)>)?(?:Q(?:uestion)? ?)?\d+(?:\.\d+)*[.:)](?:</(?:strong|b)>)?\s+`)

// hiddenAnswerAt reports whether nodes[i] is a question paragraph over a
// <details> that hides its answer behind a label ("Answer", "Show
// answer"), as self-assessment sections write one question after another:
// "**Q1.** Why does a variance swap buyer need no delta hedging?" over
// "<details><summary>Answer</summary>The payoff depends only on …". It
// returns the index of the block that closes the details. A summary that
// asks the question itself is a toggle (see toggleAt).
func (p *parsed) hiddenAnswerAt(nodes []ast.Node, i int) (int, bool) {
	if i+1 >= len(nodes) {
		return 0, false
	}
	par, ok := nodes[i].(*ast.Paragraph)
	h, opens := nodes[i+1].(*ast.HTMLBlock)
	if !ok || !opens || !strings.HasPrefix(strings.ToLower(strings.TrimSpace(p.rawBlock(h))), "<details") {
		return 0, false
	}
	t := quizNumber().ReplaceAllString(strings.TrimSpace(p.plain(par, 0, everything)), "")
	if _, toggle := p.toggleAt(nodes, i+1); toggle || !isQuestion(t) && !p.boldPrompt(par) {
		return 0, false
	}
	for j := i + 1; j < len(nodes) && j <= i+1+maxToggleBlocks; j++ {
		if p.closesDetails(nodes[j]) {
			return j, true
		}
	}
	return 0, false
}

// hiddenAnswer makes the card of the question at nodes[i] and the answer
// its <details> hides (see hiddenAnswerAt), and returns the index of the
// block that closes the details; i when there is none. Each question of a
// quiz is its own card, where the section's card asked the first question
// and showed every later one on its back.
func (b *builder) hiddenAnswer(nodes []ast.Node, i int, sc scope) int {
	end, ok := b.p.hiddenAnswerAt(nodes, i)
	if !ok {
		return i
	}
	front := stripQuizNumber(b.p.html(nodes[i], 0, everything))
	if b.add(front, b.details(nodes[i:i+1], nodes[i+1:end+1]), Basic, b.p.lineOf(nodes[i]), sc) {
		b.cover(nodes[i : end+1]...)
	}
	if end > i+2 {
		// The blocks it hides, "- **Ruwe data**: Onbewerkte feiten …",
		// define their terms as a toggle's do.
		inner := sc
		inner.asked = b.p.plain(nodes[i], 0, everything)
		b.blocks(nodes[i+2:end], inner)
	}
	return end
}

// answerLabel reports whether the summary of a <details> only labels what it
// hides ("Show answer", "Click to expand 2", "解答"), where a toggle's asks
// or names something.
func answerLabel(summary string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(summary), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !toggleWords[w] && strings.Trim(w, "0123456789") != "" {
			return false
		}
	}
	return true
}

// itemToggle matches a list item that is a <details> of one line: "   -
// <details><summary>Answer</summary>User input runs as SQL.</details>".
// Group 1 is the item's indent and marker, 2 the summary, 3 what it hides.
var itemToggle = lazyRegexp(`(?i)^([ \t]*(?:[-*+]|\d+[.)])[ \t]+)<details>[ \t]*<summary>([^<]*)</summary>(.*)</details>[ \t]*$`)

// itemAnswers rewrites each list item that hides an answer behind a label in
// a <details> of one line as the answer alone, so that the item reads as
// typed Markdown under the question above it:
//
//  1. **Why is building SQL with `fmt.Sprintf` dangerous?**
//     - <details><summary>Answer</summary>User input runs as SQL.</details>   →   - User input runs as SQL.
//
// Left as HTML, the answer read "AnswerUser input runs as SQL." and its
// Markdown stayed as typed. A summary that asks or names something is a
// toggle and stays (see toggleAt); so does fenced code.
func itemAnswers(body []byte) []byte {
	if !containsText(body, "<summary>") && !containsText(body, "<SUMMARY>") {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	var fence fenceState
	changed := false
	for i, l := range lines {
		if fence.next(l) || !bytes.Contains(l, []byte("</summary>")) && !bytes.Contains(l, []byte("</SUMMARY>")) {
			continue
		}
		m := itemToggle().FindSubmatch(bytes.TrimRight(l, "\r\n"))
		if m == nil || !answerLabel(string(m[2])) || isBlank(m[3]) {
			continue
		}
		lines[i] = append(append(append([]byte{}, m[1]...), bytes.TrimSpace(m[3])...), '\n')
		changed = true
	}
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

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
	m := quizNumber().FindStringIndex(front)
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
