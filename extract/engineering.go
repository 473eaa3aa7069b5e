package extract

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// legendGloss splits a line of a formula's legend that names its symbol
// without a separator, as engineering notes write the key under "Where:"
// or under the displayed formula itself: "$Q$ is the heat energy", "$\rho$
// density", "$V$ is the voltage (V)". The symbol asks for its gloss, the
// verb left out. Only a legend's items read so: elsewhere "$G$ is abelian"
// states a fact, and "$x$ and $y$ commute" glosses nothing.
func (p *parsed) legendGloss(n ast.Node, lo, hi int) (split, bool) {
	t := p.src[lo:hi]
	if len(t) < 4 || t[0] != '$' || t[1] == '$' {
		return split{}, false // the quick test
	}
	k := formulaLen(t)
	if k < 3 || k >= len(t) || t[k] != ' ' || !isFormulaTerm(string(t[:k]), ":") {
		return split{}, false
	}
	def := lo + k + 1
	for _, verb := range glossVerbs {
		if hasPrefixAt(p.src[:hi], def, verb) {
			def += len(verb)
			break
		}
	}
	for def < hi && p.src[def] == ' ' {
		def++
	}
	if def >= hi || !isFormulaGloss(p.src[def:hi]) || !p.inLegend(n) {
		return split{}, false
	}
	first, _, _ := bytes.Cut(p.src[def:hi], []byte(" "))
	if lookupLower(conjunctions, string(first)) {
		return split{}, false // "$x$ and $y$ …" goes on with another symbol
	}
	return split{termLo: lo, termHi: lo + k, defLo: def, defHi: hi, sep: " "}, true
}

// glossVerbs are the verbs between a legend's symbol and its gloss, a space
// after each: "$m$ is the mass".
var glossVerbs = []string{"is ", "are ", "represents ", "denotes ", "stands for "}

// inLegend reports whether block n opens an item of a list that keys a
// formula: the list follows a paragraph that ends with a legend's lead,
// "Where:", "…, where:", or with a displayed formula.
func (p *parsed) inLegend(n ast.Node) bool {
	item, ok := n.Parent().(*ast.ListItem)
	if !ok || item.FirstChild() != n || item.Parent() == nil {
		return false
	}
	lead := item.Parent().PreviousSibling()
	if lead == nil || lead.Kind() != ast.KindParagraph || lead.Lines().Len() == 0 {
		return false
	}
	if p.displayMath(lead) || p.endsInDisplay(lead) {
		return true
	}
	last := lead.Lines().At(lead.Lines().Len() - 1)
	return endsWithLegendLead(p.src[last.Start:last.Stop])
}

// endsWithLegendLead reports whether line ends with the word that leads a
// formula's legend and a colon: "Where:", "$Re = \rho v D/\mu$, where:",
// or its word in another language, "Ahol:" (see legendWheres).
func endsWithLegendLead(line []byte) bool {
	t, ok := bytes.CutSuffix(bytes.TrimRight(line, " \t\r\n"), []byte(":"))
	if !ok {
		return false
	}
	t = bytes.TrimRight(t, " ")
	for _, w := range legendWheres {
		if len(t) < len(w) || !strings.EqualFold(string(t[len(t)-len(w):]), w) {
			continue
		}
		if len(t) == len(w) {
			return true
		}
		r, _ := utf8.DecodeLastRune(t[:len(t)-len(w)])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	return false
}

// legendTail handles a paragraph whose last line alone leads a formula's
// legend, "Where:", under the formula or the sentence before it, over list
// l of symbols that each make their own card. The lines before the lead are
// read as a paragraph of their own and the lead asks nothing: a card
// "Specific heat capacity: Where" would only repeat the symbols' cards. It
// reports whether it handled par and l.
func (b *builder) legendTail(par ast.Node, ls [][2]int, l *ast.List, sc scope) bool {
	if len(ls) < 2 {
		return false
	}
	last := ls[len(ls)-1]
	lead := bytes.TrimSpace(b.p.src[last[0]:last[1]])
	if len(lead) > len("in which:") || !endsWithLegendLead(lead) || !b.keysOnly(l) {
		return false
	}
	b.paragraphRange(par, sc, ls[:len(ls)-1], false)
	b.coverLines(b.p.line(last[0]), b.p.line(last[1]-1))
	b.list(l, sc)
	return true
}

// trimMarks returns s without the emoji, arrows and other signs that open
// it before its first letter or digit: a template's "🔗 Connections", "📚
// References", "→ See also".
func trimMarks(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return s[i:]
		}
	}
	return s
}

// sourcesBody reports whether nodes, under a title of sourcesTitle, only
// point elsewhere: links alone (linksOnly), or a list whose every item
// opens with a link and says why, "- [[Week 2 – Tuesday]]: LTI systems
// defined via convolution", or names the site it links to (see
// labelledLink). Such an item names another note, not a thing to learn.
func (b *builder) sourcesBody(nodes []ast.Node) bool {
	if b.linksOnly(nodes) {
		return true
	}
	for _, n := range nodes {
		l, ok := n.(*ast.List)
		if !ok {
			return false
		}
		for it := l.FirstChild(); it != nil; it = it.NextSibling() {
			if !b.opensWithLink(it.FirstChild()) && !b.labelledLink(it.FirstChild()) {
				return false
			}
		}
	}
	return len(nodes) > 0
}

// labelledLink reports whether block n is one line that names a source
// and links to it, "Deranged Physiology: [Hyperkalaemia](https://…)" under
// "# Source": it points elsewhere as a bare link does.
func (b *builder) labelledLink(n ast.Node) bool {
	if n == nil || n.Type() != ast.TypeBlock || n.Lines().Len() != 1 {
		return false
	}
	s := n.Lines().At(0)
	line := b.p.src[s.Start:s.Stop]
	if bytes.Contains(line, []byte("[[")) {
		return labelsLinks(line) // "Source: [[Harrison]]"
	}
	// The label is the run of text before the first link, one stretch of
	// the source.
	c := n.FirstChild()
	lo, hi := -1, -1
	for ; c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok {
			break
		}
		if lo < 0 {
			lo = t.Segment.Start
		}
		hi = t.Segment.Stop
	}
	if c == nil || lo < 0 {
		return false
	}
	label := bytes.TrimSpace(b.p.src[lo:hi])
	if len(label) < 2 || label[len(label)-1] != ':' || bytes.Count(label, []byte(" ")) > 2 {
		return false
	}
	for ; c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Link:
		case *ast.Text:
			if len(bytes.Trim(c.Segment.Value(b.p.src), " \t,;|·•")) > 0 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// opensWithLink reports whether block n opens with a link: an Obsidian
// [[link]] (not an ![[embed]]) or a Markdown one.
func (b *builder) opensWithLink(n ast.Node) bool {
	if n == nil || n.Type() != ast.TypeBlock || n.Lines().Len() == 0 {
		return false
	}
	if _, ok := n.FirstChild().(*ast.Link); ok {
		return true
	}
	return bytes.HasPrefix(b.p.src[n.Lines().At(0).Start:], []byte("[["))
}

// isLinksLabel reports whether n, a paragraph or a quote of one, is one
// line of a label and links alone, "> **Prerequisites:** [[Rank]],
// [[Determinant]]": it points to other notes, and the card of its section
// leaves it out as it does "See [[Rank]]".
func (b *builder) isLinksLabel(n ast.Node) bool {
	if q, ok := n.(*ast.Blockquote); ok && q.ChildCount() == 1 {
		n = q.FirstChild()
	}
	if _, ok := n.(*ast.Paragraph); !ok || n.Lines().Len() != 1 {
		return false
	}
	s := n.Lines().At(0)
	return labelsLinks(b.p.src[s.Start:s.Stop])
}

// labelsLinks reports whether line t is a label of three words at most, a
// colon and links alone: "**Prerequisites:** [[Rank]]", "Deranged
// Physiology: [Hyperkalaemia](https://…)".
func labelsLinks(t []byte) bool {
	k := bytes.IndexByte(t, ':')
	if k <= 0 || k+1 >= len(t) || countFields(string(t[:k])) > 3 || bytes.Contains(t[:k], []byte("[[")) {
		return false
	}
	if c := t[k+1]; c != ' ' && c != '*' && c != '_' {
		return false // "[[a]]::[[b]]", a time "10:30"
	}
	return onlyLinks(t[k+1:])
}

// middleKey finds the column that names the rows of a table comparing two
// things side by side, the properties between them: "| Intrusive igneous
// rock | | Extrusive igneous rock |" over "| Magma | formed from | lava |".
// Its head alone is blank, as the corner of "| | Intrusive | Extrusive |"
// is, and each of its cells is a short label. A blank first column is
// already the key.
func (b *builder) middleKey(head []string, rows [][]*east.TableCell) (int, bool) {
	if len(head) < 3 || len(rows) == 0 {
		return 0, false
	}
	key := -1
	for k, h := range head {
		if hasWordChar(h) {
			continue
		}
		if key >= 0 || k == 0 || k == len(head)-1 {
			// Two blank heads, or the first: no side-by-side layout. A
			// blank last head stands between nothing: "| en | he | |" over
			// "| subject pronoun | כינוי נושא | I, you, he |" adds examples.
			return 0, false
		}
		key = k
	}
	if key < 0 {
		return 0, false
	}
	for _, cells := range rows {
		if len(cells) != len(head) {
			return 0, false
		}
		label := b.p.plain(cells[key], 0, everything)
		if !hasWordChar(label) || countFields(label) > maxMiddleLabel {
			return 0, false
		}
	}
	return key, true
}

// maxMiddleLabel is the most words of a property named between two things
// compared: "size of crystals", "rate of cooling".
const maxMiddleLabel = 5

// foamReferences blanks the link references that Foam writes at the end of
// a note for its [[wikilinks]], from "[//begin]: # \"Autogenerated link
// references …\"" to "[//end]: # …", line for line. They are the editor's,
// not the student's, and with them "[[luminosity]]" reads as a reference
// link in brackets, "[luminosity]". src is returned when it has none.
func foamReferences(src []byte) []byte {
	begin := bytes.Index(src, []byte("\n[//begin]: # "))
	if begin < 0 {
		return src
	}
	end := bytes.Index(src[begin:], []byte("\n[//end]: # "))
	if end < 0 {
		return src
	}
	end += begin + 1
	if k := bytes.IndexByte(src[end:], '\n'); k >= 0 {
		end += k
	} else {
		end = len(src)
	}
	out := append([]byte(nil), src...)
	for i := begin + 1; i < end; i++ {
		if out[i] != '\n' {
			out[i] = ' '
		}
	}
	return out
}

// numberedTitle makes the card of a numbered title in bold alone in its
// list over the bullets right under it, written flush as notes number the
// parts of a topic: "1) **Ohm's Law**" over "- v = iR" and "- i = v/R",
// "2) **KCL**" over its own bullets. Markdown reads the bullets as a list
// of their own, not the title's; the title asks for them and names the
// context of their cards. Label paragraphs after the bullets (see
// labelParagraph) are the title's parts too, on its card and in its context. It returns the index of the
// last block of the title's part, or i when nodes[i] is no such title.
func (b *builder) numberedTitle(nodes []ast.Node, i int, sc scope) int {
	t, ok := b.titleOverList(nodes, i)
	if !ok {
		return i
	}
	l := nodes[i].(*ast.List)
	j := i + 1
	for j+1 < len(nodes) && b.labelParagraph(nodes[j+1]) {
		j++
	}
	if b.add(t, b.p.blocksHTML(nodes[i+1:j+1]), Basic, b.p.lineOf(l.FirstChild().FirstChild()), sc) {
		b.cover(append([]ast.Node{l}, nodes[i+1:j+1]...)...)
	}
	part := sc.with(contextText(t))
	b.list(nodes[i+1].(*ast.List), part)
	b.blocks(nodes[i+2:j+1], part)
	return j
}

// labelParagraph reports whether n is a paragraph that opens with a label
// alone on its line, over the lines it labels: "Good when:" over
// "multiple implementations exist" after a numbered title's bullets is one
// more part of the title's topic (see numberedTitle).
func (b *builder) labelParagraph(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok {
		return false
	}
	ls := b.p.lines(par)
	if len(ls) < 2 {
		return false
	}
	first := bytes.TrimSpace(b.p.src[ls[0][0]:ls[0][1]])
	return len(first) > 1 && first[len(first)-1] == ':' && countFields(string(first)) <= maxLabelWords
}

// titleOverList returns the title of numberedTitle's list nodes[i]: one
// numbered item holding one line in bold alone, right over a list of
// bullets.
func (b *builder) titleOverList(nodes []ast.Node, i int) (string, bool) {
	l, ok := nodes[i].(*ast.List)
	if !ok || !l.IsOrdered() || l.ChildCount() != 1 || i+1 >= len(nodes) {
		return "", false
	}
	next, ok := nodes[i+1].(*ast.List)
	if !ok || next.IsOrdered() || isTaskList(next) {
		return "", false
	}
	it := l.FirstChild()
	head := itemHead(it)
	if head == nil || it.ChildCount() != 1 || head.Lines().Len() != 1 {
		return "", false
	}
	s := head.Lines().At(0)
	if t, ok := b.boldLine(head, [2]int{s.Start, s.Stop}); ok {
		return t, true
	}
	t := strings.TrimSpace(b.p.plain(head, 0, everything))
	return t, numberedTitleText(t)
}

// maxTitleWords is the most words of a numbered title typed without bold.
const maxTitleWords = 6

// numberedTitleText reports whether t, a numbered item's one line typed
// without bold, reads as a title over the bullets under it, as notes number
// the patterns or topics they sum up: "2. Factory" over "* Encapsulates
// object creation logic", "1. Singleton — Points to Remember". A title is a
// few words, each opening with a capital but the small words of a name and
// a dash, that end no sentence and lead nothing in: "1. Zero the balance"
// is a step, "1. Install Go." too, "1. Types:" leads its list in, and "1. s
// -> es" is a rule.
func numberedTitleText(t string) bool {
	if t == "" || countFields(t) > maxTitleWords || strings.ContainsAny(t, ".,;:?!`$<>=") {
		return false
	}
	for k, w := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
		case k > 0 && (nameJoiners[w] || w == "—" || w == "–" || w == "-"):
		default:
			return false
		}
	}
	return true
}

// titleOverListAt reports whether nodes[i] is a numbered title over its
// bullets (see numberedTitle): a paragraph above it leads in the titles,
// not the first title's list alone.
func (b *builder) titleOverListAt(nodes []ast.Node, i int) bool {
	_, ok := b.titleOverList(nodes, i)
	return ok
}

// namedValue splits a list item, or a line of a paragraph of several (see
// namedValueLine), that names a quantity and gives its value in a formula
// after the name, as property lists and tables of constants are written:
// "- Output resistance $R_{out} = 0$", "- Bandwidth $BW = \infty$", "- Speed
// of light $c = 3 \times 10^8$ m/s". The name asks for
// the formula. The name is a term of a few words that opens no clause, no
// step ("Set $x = 0$"): a name of one word gives the symbol its initial.
// The formula sets a short symbol, and little but a unit follows it. A
// name of one word among lines that name formulas needs no initial:
// "integrator $V_o(t)=-\frac{1}{RC}\int V_1 dt$" under "summing amplifier
// $V_o=…$".
func (p *parsed) namedValue(n ast.Node, lo, hi int) (split, bool) {
	s, initial, ok := p.valueSplit(n, lo, hi)
	if !ok || !initial && !p.namedLinesBeside(n, lo) {
		return split{}, false
	}
	return s, true
}

// namedLinesAround is how many lines above and below a line of one word
// and a formula namedLinesBeside reads for a named formula.
const namedLinesAround = 4

// namedLinesBeside reports whether a line near the one at lo, in paragraph
// n, names the formula it gives as namedValue reads it, by several words or
// by the symbol's initial: the lines list named formulas.
func (p *parsed) namedLinesBeside(n ast.Node, lo int) bool {
	if _, ok := n.(*ast.Paragraph); !ok {
		return false
	}
	ls := p.paragraphLines(n)
	i, found := slices.BinarySearchFunc(ls, lo, func(r [2]int, lo int) int { return cmp.Compare(r[0], lo) })
	if !found {
		return false
	}
	if w, _, _ := bytes.Cut(bytes.TrimSpace(p.src[lo:ls[i][1]]), []byte(" ")); stepVerbs[strings.ToLower(string(w))] {
		return false // "Set $a = 0$" under "Force $F = ma$": a step, whatever its neighbours name
	}
	for j := max(0, i-namedLinesAround); j < min(len(ls), i+namedLinesAround+1); j++ {
		if _, initial, ok := p.valueSplit(n, ls[j][0], ls[j][1]); j != i && ok && initial {
			return true
		}
	}
	return false
}

// A linesMemo holds the lines of the paragraph namedLinesBeside read last:
// it is asked about each line of a paragraph in turn, and reading the
// paragraph's lines anew for each made a paragraph of 20,000 named formulas
// take 27 s.
type linesMemo struct {
	n  ast.Node
	ls [][2]int
}

// paragraphLines returns p.lines(n), read once for the paragraph
// namedLinesBeside asks about line after line.
func (p *parsed) paragraphLines(n ast.Node) [][2]int {
	if p.named.n != n {
		p.named = linesMemo{n: n, ls: p.lines(n)}
	}
	return p.named.ls
}

// stepVerbs open a step of working rather than name a formula: "Set $x =
// 0$", "Substitute $v = 3$".
var stepVerbs = map[string]bool{"set": true, "put": true, "take": true, "substitute": true, "solve": true,
	"plug": true, "use": true, "assume": true, "find": true, "choose": true, "pick": true, "check": true}

// valueSplit splits the line lo:hi of n as namedValue does, and reports
// whether its name has several words or shares its initial with the
// symbol (see sameInitial).
func (p *parsed) valueSplit(n ast.Node, lo, hi int) (s split, initial, ok bool) {
	t := p.src[lo:hi]
	k := bytes.IndexByte(t, '$')
	if k < 3 || t[k-1] != ' ' || k+1 >= len(t) || t[k+1] == '$' {
		return split{}, false, false // the quick test
	}
	if _, ok := n.Parent().(*ast.ListItem); !ok && !namedValueLine(n) {
		return split{}, false, false
	}
	name := bytes.TrimSpace(t[:k])
	words := countFields(string(name))
	if words == 0 || words > maxValueName || bytes.ContainsAny(name, ",;:=`*_$") {
		return split{}, false, false
	}
	first, _, _ := bytes.Cut(name, []byte(" "))
	if w := string(first); lookupLower(sentenceGoesOn, w) || lookupLower(conjunctions, w) || lookupLower(whWords, w) || lookupLower(constantNameStops, w) {
		return split{}, false, false
	}
	f := formulaLen(t[k:])
	if f < 4 {
		return split{}, false, false
	}
	inner := t[k+1 : k+f-1]
	eq := bytes.IndexByte(inner, '=')
	if eq <= 0 || bytes.Count(inner, []byte("=")) != 1 {
		return split{}, false, false
	}
	sym := bytes.TrimSpace(inner[:eq])
	if len(sym) == 0 || len(sym) > maxValueSymbol || bytes.ContainsAny(sym, " +-*/^$") {
		return split{}, false, false
	}
	rest := bytes.TrimSpace(t[k+f:])
	if bytes.IndexByte(rest, '$') >= 0 || countFields(string(rest)) > 3 || !isTerm(p.plain(n, lo, lo+len(name))) {
		return split{}, false, false
	}
	if startsCopula(rest) {
		// "the diagonal $\Delta = \{(x,x)\}$ is closed": the formula is the
		// subject of a statement, not the value of a quantity named.
		return split{}, false, false
	}
	return split{termLo: lo, termHi: lo + len(name), defLo: lo + k, defHi: hi, sep: " "}, words > 1 || sameInitial(first, sym), true
}

// maxValueName is the most words of a quantity's name before its value:
// "Voltage gain (Open Loop)".
const maxValueName = 5

// maxValueSymbol is the longest symbol, in bytes, that a named value sets:
// "A_{vOL}", "\rho_{water}".
const maxValueSymbol = 16

// sameInitial reports whether a name and the symbol it gives a value share
// their first letter: "Bandwidth" and "BW", not "Set" and "x".
func sameInitial(name, sym []byte) bool {
	r, _ := utf8.DecodeRune(name)
	s, _ := utf8.DecodeRune(sym)
	return unicode.IsLetter(r) && unicode.ToLower(r) == unicode.ToLower(s)
}
