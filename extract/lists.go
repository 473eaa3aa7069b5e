package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// defKind is the kind of a definition card.
func (b *builder) defKind() Kind {
	if b.p.opt.Reverse {
		return Reversed
	}
	return Basic
}

// paragraph makes the cards of a paragraph's lines.
func (b *builder) paragraph(n ast.Node, sc scope, single bool) {
	b.paragraphRange(n, sc, b.p.lines(n), single)
}

// questionLines returns how many of the lines ls of block n ask, 1 when
// the first line does not ask on over the lines that follow, and whether
// they ask on: "What is SMTP? Give the basic scenario of how a mail
// message is delivered via" and "SMTP." over "Answer: Simple mail …" ask
// both sentences, not only the first, up to the line an answer's label
// opens. The sentence after the first "?" must end that run of lines with
// a full stop, ask nothing more and start no other sentence.
func (p *parsed) questionLines(n ast.Node, ls [][2]int) (int, bool) {
	if len(ls) < 2 || !bytes.Contains(p.src[ls[0][0]:ls[0][1]], []byte("? ")) {
		return 1, false // the quick test: the first line asks on past its "?"
	}
	first := p.plain(n, ls[0][0], ls[0][1])
	i := strings.Index(first, "? ")
	if i <= 0 || !asksFirst([]byte(first[:i+1])) {
		return 1, false
	}
	rest := strings.TrimSpace(first[i+2:])
	for k := 1; k < len(ls) && k <= 3; k++ {
		line := strings.TrimSpace(p.plain(n, ls[k][0], ls[k][1]))
		if answerLabelLen([]byte(line)) == 0 {
			rest += " " + line
			continue
		}
		if rest == "" || !strings.HasSuffix(rest, ".") || strings.Contains(rest, "?") || strings.Contains(rest, ". ") ||
			countFields(first[:i+1]+" "+rest) > 25 {
			return 1, false
		}
		return k, true
	}
	return 1, false
}

// A group is a term line and the lines that continue its definition.
type group struct {
	term   string          // front HTML
	def    string          // back HTML so far: its first line (see addLine)
	more   strings.Builder // the lines after it, each after a "<br>": a group of many lines costs their length
	line   int
	first  int // first and last file lines
	last   int
	hasDef bool
	sep    string // the separator that split the definition
	key    string // the front that identifies the card, when not term (see Card.Key)
	label  bool   // the term is a label alone on its line, "Intent:", over the lines that answer it
	mark   rune   // the pictograph that opens the defining line, "✅" (see leadMark)
}

// leadMark returns the pictograph or the decorative bullet that opens
// line l before a space, "✅" in "✅ **Handle each error once** – …", or 0
// when l opens otherwise. Lines typed with such a mark each are points of
// their own, as a list's items are.
func leadMark(l []byte) rune {
	l = bytes.TrimLeft(l, " \t")
	r, size := utf8.DecodeRune(l)
	if !isPictograph(r) && !isDecorativeBullet(r) {
		return 0
	}
	rest := bytes.TrimPrefix(l[size:], []byte("\ufe0f"))
	if len(rest) == 0 || rest[0] != ' ' && rest[0] != '\t' {
		return 0
	}
	return r
}

// lineMark returns the mark (see leadMark) that opens the line range r,
// a line of a paragraph, also when r starts right after it: lines cut at
// their bold terms start at "**Use …**", after the "✅ " that opens the
// line in the note. A range that starts inside a line after words has none.
func (p *parsed) lineMark(r [2]int) rune {
	start := bytes.LastIndexByte(p.src[:r[0]], '\n') + 1
	lead := bytes.TrimSpace(p.src[start:r[0]])
	if len(lead) == 0 {
		return leadMark(p.src[r[0]:r[1]])
	}
	m := leadMark(p.src[start:r[1]])
	if m == 0 || string(bytes.TrimSuffix(lead, []byte("\ufe0f"))) != string(m) {
		return 0
	}
	return m
}

// addLine adds HTML h, a line of the definition, to the group's answer.
func (g *group) addLine(h string) {
	if g.def == "" {
		g.def = h
		return
	}
	g.more.WriteString("<br>")
	g.more.WriteString(h)
}

// answer returns the group's answer HTML.
func (g *group) answer() string {
	if g.more.Len() == 0 {
		return g.def
	}
	return g.def + g.more.String()
}

// splitBoldSentences cuts each line of ls before every sentence that opens
// with a bold term, so "A **process** is … A **thread** is …" gives a
// definition per sentence.
func (p *parsed) splitBoldSentences(ls [][2]int) [][2]int {
	if !slices.ContainsFunc(ls, func(r [2]int) bool { return hasBoldMark(p.src[r[0]:r[1]]) }) {
		return ls // most paragraphs have no bold: nothing to cut or copy
	}
	var out [][2]int // nil until a line is cut: most bold opens no sentence
	for i, r := range ls {
		lo := r[0]
		sep := cardSeparator(p.src[r[0]:r[1]])
		for _, m := range outsideBracketStops(p.src[r[0]:r[1]], boldSentenceStarts(p.src[r[0]:r[1]])) {
			if sep >= 0 && sep < m {
				break // "What is x?;;**A** for servers. **B**, for throughput": one card's answer
			}
			if stressedSentence(p.src[r[0]:r[1]], m+1) {
				continue // "… administrator. **Higher number = higher preference.** Controls …"
			}
			if abbreviationStop(p.src[r[0] : r[0]+m+1]) {
				continue // "… the same for a gene vs. **heterozygous**": the stop ends no sentence
			}
			end := r[0] + m + 1 // just after the full stop
			if out == nil {
				out = append(make([][2]int, 0, len(ls)+2), ls[:i]...) // the lines before, uncut
			}
			out = append(out, [2]int{lo, end})
			lo = end
			for lo < r[1] && (p.src[lo] == ' ' || p.src[lo] == '\t') {
				lo++
			}
		}
		if out != nil {
			out = append(out, [2]int{lo, r[1]})
		}
	}
	if out == nil {
		return ls
	}
	return out
}

// cardSeparator returns where line holds the "::" or ";;" that parts the
// two sides of a spaced-repetition card (see srSeparator), -1 if it holds
// none. The plugin reads all that follows as the answer, sentences that
// open with a bold term too: "Name the two EFS modes:;;**General
// Purpose**, for servers. **Max I/O**, for throughput." answers both.
func cardSeparator(line []byte) int {
	for i := 1; i+1 < len(line); i++ {
		c := line[i]
		if c != ':' && c != ';' || line[i+1] != c || line[i-1] == c {
			continue
		}
		j := i
		for j < len(line) && line[j] == c {
			j++
		}
		if c == ':' && srSeparator(line, i, j) || c == ';' && semicolonsAsk(line, i, j) {
			return i
		}
		i = j - 1
	}
	return -1
}

// semicolonsAsk reports whether line[i:j], a run of semicolons in a line's
// source, parts a card's two sides as colonCard reads them: the question's
// text ends right before it, past the markup that closes over its last
// words, "What is the **EBS Multi-Attach feature?**;;It allows …".
func semicolonsAsk(line []byte, i, j int) bool {
	q := bytes.TrimRight(line[:i], "*_`")
	return j-i == 2 && j < len(line) && hasWordChar(string(q)) && askEnds(q[len(q)-1]) && answerStarts(line[j:])
}

// stressedSentence reports whether the bold that opens line[at:], after
// its blanks, holds a whole sentence a student stressed in the definition
// of the bold term that opens the line, rather than a term a sentence of
// its own defines: "**LocalPref** is set by the administrator. **Higher
// number = higher preference.** Controls …". The stressed bold ends with
// its full stop inside and states an equation, or has five words or more.
// "**Osmosis.** Water moves …" names its term, and a line that opens with
// no bold term ("Swapping the chaining types. **Forward = data driven.**")
// defines none.
func stressedSentence(line []byte, at int) bool {
	if boldStartEnd(line, 0) < 0 {
		return false
	}
	t := bytes.TrimLeft(line[at:], " \t")
	if len(t) < 4 || !(bytes.HasPrefix(t, []byte("**")) || bytes.HasPrefix(t, []byte("__"))) {
		return false
	}
	k := bytes.Index(t[2:], t[:2])
	if k < 0 {
		return false
	}
	inner := bytes.TrimSpace(t[2 : 2+k])
	if !bytes.HasSuffix(inner, []byte(".")) && !bytes.HasSuffix(inner, []byte("!")) {
		return false
	}
	return bytes.Contains(inner, []byte(" = ")) || len(bytes.Fields(inner)) >= stressedWords
}

// abbreviationStop reports whether the full stop that ends b closes an
// abbreviation that always leads on to more of its sentence, "vs.",
// "e.g.", "i.e.", "cf.": "**homozygous** means both alleles are the same
// vs. **heterozygous**" sets its contrast in bold, and the bold after the
// stop opens no sentence of its own.
func abbreviationStop(b []byte) bool {
	word := b[bytes.LastIndexAny(b, " \t(")+1:]
	switch strings.ToLower(string(word)) {
	case "vs.", "v.", "e.g.", "eg.", "i.e.", "cf.", "viz.":
		return true
	}
	return false
}

// stressedWords is the fewest words of a bold sentence that stressedSentence
// takes for a statement.
const stressedWords = 5

// hasBoldMark reports whether line holds "**" or "__", which a sentence that
// opens with a bold term needs (see boldSentenceStarts).
func hasBoldMark(line []byte) bool {
	return bytes.Contains(line, []byte("**")) || bytes.Contains(line, []byte("__"))
}

// paragraphRange makes cards from the lines ls of block n: clozes, Q/A,
// "Question :: Answer", and definition lines with their continuation lines.
// verb allows "X means Y" splits, for a block of one line.
func (b *builder) paragraphRange(n ast.Node, sc scope, ls [][2]int, verb bool) {
	p := b.p
	if len(ls) == 0 || b.acrostic(n, ls) || b.acronymList(n, ls) {
		return
	}
	if b.pipeRowsUnder(n, ls, sc, verb) {
		return
	}
	if b.cloze(n, ls, sc) || b.bareClozes(n, ls, sc) || b.qaLines(n, ls, sc) || b.stemLines(n, ls, sc) || b.srSeparator(n, ls, sc) || b.pipeRows(n, ls, sc) || b.labelPairs(n, ls, sc) || b.tabRows(n, ls, sc) || b.alignedRows(n, ls, sc) {
		return
	}
	if k, asked := p.questionLines(n, ls); asked || len(ls) > 1 && b.asksFirst(n, ls[0]) {
		// A question line answered by the lines after it, which may open
		// with a definition list's ": "; an interview's prompt, "Tell me
		// about a time you …", asks as a question does.
		from := ls[k][0]
		if v := p.lineView(n, ls[k][0], ls[k][1]); len(v.text) > 2 && v.text[0] == ':' && v.text[1] == ' ' && v.srcOff(1) >= 0 {
			from = v.srcOff(1) + 1
		}
		front := p.html(n, ls[0][0], ls[k-1][1])
		if k > 1 {
			front = strings.ReplaceAll(front, "<br>", " ") // one sentence wrapped: "… delivered via SMTP."
		}
		if marksTask(p.plain(n, ls[0][0], ls[k-1][1])) {
			front = stripColon(front) // "Explain … (3 marks):" asks without the colon that leads in its answer
		}
		if b.add(front, p.html(n, from, everything), Basic, p.line(ls[0][0]), sc) {
			b.coverLines(p.line(ls[0][0]), p.line(ls[len(ls)-1][1]-1))
		}
		// "What is a client?" over "A client is a device that …": the
		// answer's definition of the subject asked is that card's, not one more.
		sc.asked = p.plain(n, ls[0][0], ls[k-1][1])
		if asksWithInstruction(sc.asked) {
			return // the lines its colon leads in are its answer, "float: right;" no term
		}
		ls = ls[k:]
	}
	ls = p.splitNamedSentences(p.splitBoldSentences(ls))
	var cur *group
	flush := func() {
		if cur != nil && cur.def != "" {
			answer := cur.answer()
			if cur.last == p.line(ls[len(ls)-1][1]-1) {
				answer += b.quotedRest(n, answer)
			}
			if b.add(cur.term, answer, b.defKind(), cur.line, sc) {
				if cur.key != "" {
					b.cards[len(b.cards)-1].Key = cur.key
				}
				b.coverLines(cur.first, cur.last)
			}
		}
		cur = nil
	}
	// Lines that each define their term with a verb ("Energy is the ability
	// to do work", "Power is the rate …") are a list of definitions; one
	// line in three, past the first, may state something else of its own
	// subject ("Weight is not in kg, it is in N").
	verbLines := verb && len(ls) > 1
	for k, others := 0, 0; verbLines && k < len(ls); k++ {
		if s, ok := p.splitLine(n, ls[k][0], ls[k][1]); ok && isVerbSep(s.sep) {
			continue
		}
		others++
		verbLines = k > 0 && 3*others <= len(ls) && p.statesSubject(n, ls[k])
	}
	inMath := false // inside a $$ … $$ display that spans lines
	// A formula above, on a line before or ending the block before: a
	// "where $m$ is the mass" line under it keys its symbols (whereKeys).
	mathAbove := p.mathBefore(n)
	keyRun := false // the lines follow a legend lead alone under a formula, "Where:" (see keyLines)
	// Definitions of one line each ("March - Marzo", "April - Abril") make a
	// list: a line after them that defines nothing is not the last one's.
	defs, longer, remarks := 0, false, 0
	opener := ""                       // the term the paragraph's first line defines (see argumentPart)
	bare := 0                          // lines that define nothing and state nothing: items typed a line each
	links := 0                         // lines of links after a label of sourcesTitle, "**Parent**": no card
	example := p.exampleLabelBefore(n) // the lines follow a label alone, "**Example:**" (see exampleVariable)
	for k, r := range ls {
		if links > 0 && onlyLinks(p.src[r[0]:r[1]]) {
			continue
		}
		links = 0
		line := p.line(r[0])
		if k > 0 && !mathAbove {
			mathAbove = hasMathMark(p.src[ls[k-1][0]:ls[k-1][1]])
		}
		if !example && k+1 < len(ls) && len(bytes.TrimSpace(p.src[r[0]:r[1]])) <= len("**Examples 12:**") && exampleAlone(p.plain(n, r[0], r[1])) {
			example = true
		}
		if t := bytes.TrimSpace(p.src[r[0]:r[1]]); inMath || bytes.HasPrefix(t, []byte("$$")) || bytes.HasPrefix(t, []byte(`\[`)) {
			// A display's lines are the formula: "W = p\Delta V" defines no W.
			if displayMarks(t)%2 == 1 || bytes.HasPrefix(t, []byte(`\[`)) != bytes.HasSuffix(t, []byte(`\]`)) {
				inMath = !inMath
			}
			if cur != nil && cur.hasDef && symbolKeyEnd(cur.term, t) {
				flush()
			}
			if cur != nil {
				// The formula as written: rendered alone, a line would lose
				// the "\\" that ends an aligned row to Markdown's escapes.
				cur.addLine(escapeText(string(bytes.TrimRight(p.src[r[0]:r[1]], "\n"))))
				cur.last, longer = line, true
			}
			keyRun = false
			continue
		}
		if mathAbove {
			b.whereKeys(n, r, sc)
			if keyRun {
				keyRun = b.keyLines(n, r, sc)
			} else {
				keyRun = legendLine(p.src[r[0]:r[1]])
			}
		}
		if lead, ok := p.displayLead(n, r); ok {
			// "The Gaussian integral is $$" leads in the display it opens.
			flush()
			cur = &group{term: lead, def: "$$", line: line, first: line, last: line, hasDef: true}
			inMath = true
			continue
		}
		if b.doubleColon(n, r, sc) || b.pairCards(n, r, sc) {
			flush()
			continue
		}
		if k > 0 && cur == nil {
			if v := p.lineView(n, r[0], r[1]); len(v.text) > 2 && v.text[0] == ':' && v.text[1] == ' ' && v.srcOff(1) >= 0 {
				// "Term" then ": definition" on the next line (a definition list).
				cur = &group{term: p.html(n, ls[k-1][0], ls[k-1][1]), def: p.html(n, v.srcOff(1)+1, r[1]),
					line: p.line(ls[k-1][0]), first: p.line(ls[k-1][0]), last: line, hasDef: true}
				continue
			}
		}
		if cur != nil && cur.hasDef && typedPoint(p.src[r[0]:r[1]]) {
			// "**Auth Method** - used to authenticate users" over "    -
			// once authenticated, …", indented inside the paragraph: the
			// point is the definition's, not the next entry's.
			cur.addLine(p.html(n, r[0], r[1]))
			cur.last, longer = line, true
			continue
		}
		s, ok := p.splitLine(n, r[0], r[1])
		if ok && boundRemark(p.plain(n, s.termLo, s.termHi), p.src[s.defLo:s.defHi]) {
			ok = false // "O(n^2) worst case => only happens when …" under "Time complexity:"
		}
		if ok && isVerbSep(s.sep) && (!(verb && len(ls) == 1 || verbLines) || askedAbove(p.plain(n, s.termLo, s.termHi), sc) || b.examples > 0) {
			ok = false
		}
		if ok && copula(s.sep) && underCondition(sc) && !definesWithArticle(p.src[s.defLo:r[1]]) {
			// "Demand is unit elastic" under "- At the midpoint" holds
			// there only: the condition's card asks it, "Demand" no term.
			ok = false
		}
		if ok && example && exampleVariable(p.src[s.termLo:s.termHi]) {
			// "**Example:**" over "$p$: "Austin is in Central Texas"": the
			// example sets its variables, it defines no symbol.
			ok = false
		}
		if ok && k > 0 && (s.sep == ":" || s.sep == "?") {
			// Prose wrapped by an editor at a fixed width: a line that carries
			// on the sentence of a long line above defines nothing ("… with a
			// better named" then "work: **Hall of the Bulls**, from …").
			prev, line := p.plain(n, ls[k-1][0], ls[k-1][1]), p.plain(n, r[0], r[1])
			if utf8.RuneCountInString(prev) >= wrapWidth && utf8.RuneCountInString(line) >= wrapWidth-10 && wrapsOn(prev, line) {
				ok = false
			}
		}
		if ok && cur != nil && answersHead(p, cur, n, r, s) {
			ok = false // "**Brand Equity:**" over "The **added intangible value** a brand …"
		}
		if !ok && defs >= 2 {
			// "**R**esult: Share the outcomes." after "Situation: …",
			// "Task: …" and "Action: …".
			s, ok = p.labelSplit(n, r)
		}
		if !ok && defs >= 2 {
			s, ok = p.tabSplit(n, r) // "VERTEBRATES<TAB>This word describes …" among "VEINS - Blood vessels …"
		}
		keyed := false // the line gives a key of a cheat sheet (see keySplit)
		if !ok {
			s, ok = p.keySplit(n, ls, k) // "i -> insert mode" over ":wq -> save and quit"
			keyed = ok
		}
		if ok && choiceVerdict(p.src[s.termLo:s.termHi], p.src[s.defLo:s.defHi]) {
			ok = false // "- B - Correct. The object …" explains the question above
		}
		if ok {
			first := line
			if k == 1 && cur != nil && cur.def == "" && p.unnamedHeadOver(n, ls[0], s) {
				first = cur.first // "**Definition 3.2**" over "A sequence is **convergent** if …"
			}
			flush()
			defs++
			if t := p.plain(n, s.termLo, s.termHi); isCaseName(t) {
				b.lastCase = strings.TrimSpace(t)
			}
			term := unwrapStrong(stripColon(p.html(n, s.termLo, s.termHi)))
			if !strings.HasPrefix(term, "<code>") && isSignName(strings.TrimSpace(p.plain(n, s.termLo, s.termHi))) && (keyed || p.keyTerm(n, ls, k, s)) {
				term = "<code>" + term + "</code>" // "% - move to matching bracket": a sign alone asks in code
			}
			if s.sep == "**" || isVerbSep(s.sep) {
				term = plainSubject(term) // "The **tail** pointer is …" asks "tail pointer"
			}
			if k == 0 {
				opener = p.plain(n, s.termLo, s.termHi)
			} else if f, ok := argumentPart(opener, term); ok {
				term = f
			}
			front, key := b.briefAspect(term, sc)
			cur = &group{
				term: front, key: key,
				def:  p.html(n, s.defLo, s.defHi),
				line: line, first: first, last: line, hasDef: true, sep: s.sep,
				mark: p.lineMark(r),
			}
			if d := p.src[s.defLo:r[1]]; bytes.HasPrefix(bytes.TrimLeft(d, " \t"), []byte("$$")) && displayMarks(d)%2 == 1 {
				// "Consider the matrix: $$A = \begin{pmatrix}" opens a display
				// that goes on below: its lines are the formula as written, as
				// a display's lines under a lead-in are, the "\\" that ends a
				// row kept.
				cur.def = escapeText(string(bytes.TrimRight(d, "\r\n")))
				inMath = true
				continue
			}
			if s.sep == "`" && len(bytes.TrimSpace(p.src[s.defHi:r[1]])) > 0 {
				// "`git status` shows the tree's status. Untracked files …
				// staged" over "for commit.": the command's sentence ends on
				// its line, and the lines below go on with the next one.
				flush()
				continue
			}
			for range 8 {
				// "population – all members / sample – part of them": a
				// card per pair.
				s2, end, ok := p.nextPair(s)
				if !ok {
					break
				}
				cur.def = p.html(n, s.defLo, end)
				flush()
				defs++
				s = s2
				front, key := b.briefAspect(unwrapStrong(p.html(n, s.termLo, s.termHi)), sc)
				cur = &group{
					term: front, key: key,
					def:  p.html(n, s.defLo, s.defHi),
					line: line, first: line, last: line, hasDef: true, sep: s.sep,
				}
			}
			continue
		}
		if cur != nil && cur.hasDef && cur.mark != 0 && p.lineMark(r) == cur.mark {
			// "✅ **Avoid redundant logging** – …" over "✅ **Wrap errors**
			// instead of …": a line that opens with the mark of the
			// definition above is the next point, not that definition's answer.
			flush()
			continue
		}
		if cur != nil && cur.hasDef && cueArrows[cur.sep] && strings.Index(strings.TrimSpace(p.plain(n, r[0], r[1])), cur.sep) > 0 {
			// "A number → speed of the media" over "Contains a word →
			// the method → …": a line with the arrow of the definition
			// above, kept from splitting as a chain, is the next entry of
			// the list, not that definition's answer.
			flush()
			continue
		}
		t, isHead := b.boldLine(n, r)
		if !isHead && k+1 < len(ls) && b.boldParts() >= 2 {
			// "**Result:**" over its answer after "**Situation:**",
			// "**Task:**" and "**Action:**" over theirs.
			t, isHead = b.boldPart(n, r)
		}
		if isHead {
			flush()
			if k+1 < len(ls) && isSourcesTitle(stripTags(t)) && onlyLinks(p.src[ls[k+1][0]:ls[k+1][1]]) {
				links++
				continue
			}
			if k+1 < len(ls) {
				b.countBoldPart()
			}
			f, bare := b.briefFront(kindFront(t, sc))
			key := kindKey(t)
			if key == "" {
				key = bare
			}
			cur = &group{term: aspectFront(f, sc, b.title), key: key, line: line, first: line, last: line}
			continue
		}
		if label := b.termLine(n, r) || cur != nil && cur.label && b.partLine(n, r); k+1 < len(ls) && (label || b.formulaName(n, r, ls[k+1]) || b.formulaLabelLine(n, r, ls[k+1])) {
			// "Classical:" then "response is automatic" on the next line;
			// "Solution:" after "Intent:" and its points is the next part.
			flush()
			cur = &group{term: cutDefiningVerb(stripColon(p.html(n, r[0], r[1]))), line: line, first: line, last: line, label: label}
			continue
		}
		if cur != nil && cur.hasDef && defs >= 2 && !longer && !(k > 0 && p.wrapped(n, ls[k-1], r)) {
			flush()
			if blankEntry(p.plain(n, r[0], r[1])) {
				// "giddy -" among "rowdy - noisy and disorderly" lines: a
				// word left to define, nothing to ask or show.
				b.coverLines(line, line)
				continue
			}
		}
		// Lines of separate remarks ("Primarily word of mouth." then
		// "Darrin Shamo: Senior manager" then "Marketing costs are rising."):
		// a sentence after a definition is the next remark, not its answer.
		// The text is needed only with no group open, or after a definition
		// once a remark was seen.
		sentence := (cur == nil || cur.hasDef && remarks > 0) && isSentenceLine(p.plain(n, r[0], r[1]))
		if cur == nil && sentence {
			remarks++
		}
		if cur != nil && cur.hasDef && bare > 0 && !(k > 0 && p.wrapped(n, ls[k-1], r)) {
			// "Streams as trigger for Lambda", "Transactions -
			// TransactionWriteItem", "IAM controlling access": among items
			// typed a line each, a line without a sign is the next item,
			// not the last one's answer.
			flush()
		}
		if cur == nil && !sentence {
			bare++
		}
		if cur != nil && cur.hasDef && sentence && remarks > 0 {
			flush()
			continue
		}
		if cur != nil {
			if h := p.html(n, r[0], r[1]); h != "" {
				cur.addLine(h)
				cur.last, longer = line, longer || cur.hasDef
			}
		}
	}
	if cur != nil && cur.def != "" && cur.first == p.line(ls[0][0]) {
		if l, ok := b.pointsUnder(n, cur.last); ok {
			cur.more.WriteString(p.blocksHTML([]ast.Node{l})) // "Opportunity cost:" over its definition and points
			_, cur.last = p.span(l)
			b.cover(l)
		}
	}
	flush()
}

// asksFirst reports whether line r of n, the first of a block, asks: a
// question, or an interview's prompt ("Tell me about a time you …").
func (b *builder) asksFirst(n ast.Node, r [2]int) bool {
	first := b.p.plain(n, r[0], r[1])
	// A line tagged "#card" is a flashcard's front, a question or not
	// ("How to rename the remote #card-reverse").
	if isQuestion(first) || isPrompt(strings.TrimSpace(first)) || asksWithInstruction(first) || marksTask(first) {
		return !b.p.translatesLine(n, r)
	}
	if !markedCard(bytes.TrimRight(b.p.src[r[0]:r[1]], "\r\n")) {
		return false
	}
	if _, _, _, ok := b.p.colonCard(n, r); ok {
		return false // "What is hybrid inheritance?:: A mix … #flashcard" is a card of its own
	}
	rest, _ := trailingTags(strings.TrimSpace(first))
	return rest != strings.TrimSpace(first) && hasWordChar(rest) // "#card" alone asks nothing
}

// wrapped reports whether line r of n carries on line prev as a wrapped
// sentence does, and holds no separator of its own ("from the right
// table", not "a - acceleration (change in velocity)").
func (p *parsed) wrapped(n ast.Node, prev, r [2]int) bool {
	line := p.plain(n, r[0], r[1])
	return !strings.Contains(line, " - ") && !strings.Contains(line, ": ") && !blankEntry(line) && wrapsOn(p.plain(n, prev[0], prev[1]), line)
}

// blankEntry reports whether line is an entry of a vocabulary list left
// blank, its term and the dash that waits for the definition: "giddy -"
// between "rowdy - noisy and disorderly" and "moody - given to …" carries
// on no line above it.
func blankEntry(line string) bool {
	t := strings.TrimSpace(line)
	for _, d := range []string{" -", " –", " —"} {
		if term, ok := strings.CutSuffix(t, d); ok {
			return countFields(term) <= 3 && !strings.ContainsAny(term, "-–—")
		}
	}
	return false
}

// wrapWidth is the length from which a line may have been wrapped by an
// editor (most wrap at 72 to 80 characters).
const wrapWidth = 60

// wrapsOn reports whether line next carries on line prev, wrapped by an
// editor: prev ends without a full stop and next opens in lower case with
// two words at least ("… and matched records" then "from the right table").
func wrapsOn(prev, next string) bool {
	prev, next = strings.TrimSpace(prev), strings.TrimSpace(next)
	r, _ := utf8.DecodeRuneInString(next)
	return prev != "" && !strings.ContainsAny(prev[len(prev)-1:], ".!?:") && unicode.IsLower(r) && countFields(next) >= 2
}

// isStatement reports whether t, a parent bullet's text, states a fact
// rather than naming a topic or leading in: nine words or more, or a
// pronoun first, and neither a lead-in's colon nor a question mark last,
// nor an exam's question (isExamQuestion) or a quiz's (asksQuiz).
func isStatement(t string) bool {
	if t == "" || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || strings.HasSuffix(cutPassageRef(t), "?") || isExamQuestion(t) || asksUnmarked(t) || asksQuiz(t) {
		return false
	}
	if w, _, _ := strings.Cut(t, " "); lookupLower(statementSubjects, w) {
		return countFields(t) >= 4
	}
	return countFields(t) >= 9
}

// pastStatement reports whether t tells what someone did, a verb in the
// past tense over its object: "Developed an extensive astronomical system",
// "Devised many rules …", "Bandura did the experiment with bobo the doll",
// or does, one in the present that opens t: "Develops an extensive
// astronomical system", "Creates the first …". Under a heading, a bullet
// like this over its details is one of the heading's facts, which the
// heading's card holds; "Supervised learning" and "Limited liability" have
// no object after the "-ed" word, "Stages of mitosis" none after the "-s"
// (see presentVerb).
func pastStatement(t string) bool {
	var buf [4]string // the words read: a statement of four or more reads its first four
	w := buf[:firstWords(t, buf[:])]
	if len(w) < 3 || strings.HasSuffix(t, "?") {
		return false
	}
	i := 0
	if !pastVerb(w[0]) && !presentVerb([]byte(strings.ToLower(w[0]))) {
		r, _ := utf8.DecodeRuneInString(w[0])
		if len(w) < 4 || !unicode.IsUpper(r) || lookupLower(pastObjects, w[0]) || !pastVerb(w[1]) {
			return false
		}
		i = 1
	}
	return lookupLower(pastObjects, w[i+1])
}

// pastVerb reports whether word w is a verb in the past tense: a known
// irregular one or a word of five letters or more ending in "ed".
func pastVerb(w string) bool {
	w = strings.ToLower(w)
	return irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// irregularPast are common verbs whose past tense does not end in "ed".
var irregularPast = map[string]bool{"did": true, "wrote": true, "made": true, "took": true, "gave": true,
	"found": true, "built": true, "led": true, "began": true, "fought": true, "won": true, "ran": true,
	"taught": true, "brought": true, "sent": true, "held": true, "drew": true, "lost": true}

// pastObjects are the words that open a past verb's object, "an" in
// "Developed an extensive astronomical system" (see pastStatement).
var pastObjects = map[string]bool{"a": true, "an": true, "the": true, "many": true, "several": true,
	"his": true, "her": true, "their": true, "its": true, "numerous": true, "multiple": true}

// statementSubjects are the pronouns that open a statement (isStatement).
var statementSubjects = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"you": true, "this": true, "these": true, "there": true}

// isSentenceLine reports whether line t is a sentence of its own: three
// words at least, a capital first and a full stop, "!" or "?" last.
func isSentenceLine(t string) bool {
	t = strings.TrimSpace(t)
	r, _ := utf8.DecodeRuneInString(t)
	return t != "" && strings.ContainsAny(t[len(t)-1:], ".!?") && unicode.IsUpper(r) && countFields(t) >= 3
}

// statesSubject reports whether line r of n opens with a subject of three
// words at most and its verb, as a statement of a thing does: "Weight is
// not in kg, it is in N".
func (p *parsed) statesSubject(n ast.Node, r [2]int) bool {
	t := p.lineView(n, r[0], r[1]).text
	if k := spacedWordStart(t, 4); k >= 0 {
		t = t[:k]
	}
	best, _ := firstVerb(t)
	return best > 0 && bytes.IndexByte(t[:best], 0) < 0
}

// isVerbSep reports whether a split's separator is a verb, "is" or
// "means", rather than a sign.
func isVerbSep(sep string) bool {
	switch sep {
	case "is", "are", "was", "were", "means", "refers to", "stands for", "is defined as":
		return true
	}
	return false
}

// askedAbove reports whether the heading or toggle over a sentence that
// defines term asks for it already, "What is a process?" over "A process is
// …": the heading's card is the sentence's.
func askedAbove(term string, sc scope) bool {
	h := sc.asked
	if h == "" {
		if len(sc.heads) == 0 || len(sc.parents) > 0 {
			return false
		}
		h = sc.heads[len(sc.heads)-1].text
	}
	if !isQuestion(h) && !marksTask(h) {
		return false // "Explain interactional synchrony (3 marks):" asks as a question does
	}
	h, term = strings.ToLower(h), strings.ToLower(strings.TrimSpace(term))
	for _, a := range []string{"a ", "an ", "the "} {
		term = strings.TrimPrefix(term, a)
	}
	return term != "" && strings.Contains(h, term)
}

// copula reports whether a split's separator is a form of "to be".
func copula(sep string) bool { return sep == "is" || sep == "are" || sep == "was" || sep == "were" }

// definesWithArticle reports whether the text after "is" or "are" opens
// with an article, as a definition does: "GDP is the value of …", not
// "Security is shared between …".
func definesWithArticle(def []byte) bool {
	for _, a := range []string{"a ", "an ", "the "} {
		if len(def) > len(a) && strings.EqualFold(string(def[:len(a)]), a) {
			return true
		}
	}
	return false
}

// pipeRows makes a card of each line of a table written without its
// |---| line, which Markdown reads as a paragraph: "| Prost | Cheers |",
// or without its outer pipes too, "quel | what". The first cell asks, the others answer; a first row naming the columns
// ("| Spanish | English |") is their header. It reports whether every line
// of the paragraph is such a row.
func (b *builder) pipeRows(n ast.Node, ls [][2]int, sc scope) bool {
	p := b.p
	rows := p.pipeCells(ls)
	if rows == nil {
		rows = p.barePipeCells(ls)
	}
	if rows == nil {
		return false
	}
	first := 0
	var head []string // the header row's cells, as the rows' answers are labelled
	if p.headerRow(n, rows) {
		b.coverLines(p.line(ls[0][0]), p.line(ls[0][0]))
		first = 1
		for _, c := range rows[0] {
			head = append(head, strings.TrimSpace(p.plain(n, c[0], c[1])))
		}
	}
	number := p.pipeNumberKey(n, head, rows[first:]) // "Port" over "22", "443"
	for i, cells := range rows {
		if i < first {
			continue
		}
		front := strings.TrimSpace(p.html(n, cells[0][0], cells[0][1]))
		if isSignName(strings.TrimSpace(p.plain(n, cells[0][0], cells[0][1]))) {
			// "| . | any character |"; "| * | zero or more |" among signs
			// alone too: no table's card shows rows typed without |---|.
			front = "<code>" + front + "</code>"
		}
		if number != "" {
			front = escapeText(number) + " " + front
		}
		var back []string
		for k, c := range cells[1:] {
			if h := strings.TrimSpace(p.html(n, c[0], c[1])); h != "" {
				back = append(back, pipeLabel(head, k+1, len(cells))+h)
			}
		}
		if b.add(front, strings.Join(back, "<br>"), b.defKind(), p.line(ls[i][0]), sc) {
			b.coverLines(p.line(ls[i][0]), p.line(ls[i][0]))
		}
	}
	return true
}

// pipeRowsUnder makes the cards of a table typed without its |---| line
// under a line of text in one paragraph, "Common tokens:" over "| Pattern |
// Meaning |" and "| . | any character |" (see pipeRows), where the whole
// would be one card of raw pipes. A lead-in that ends in a colon asks
// nothing; another line is read as a paragraph of its own.
func (b *builder) pipeRowsUnder(n ast.Node, ls [][2]int, sc scope, verb bool) bool {
	p := b.p
	if len(ls) < 3 || !p.pipesUnderLead(ls) {
		return false
	}
	b.pipeRows(n, ls[1:], sc)
	if lead := bytes.TrimSpace(p.src[ls[0][0]:ls[0][1]]); bytes.HasSuffix(lead, []byte(":")) {
		b.coverLines(p.line(ls[0][0]), p.line(ls[0][0]))
	} else {
		b.paragraphRange(n, sc, ls[:1], verb)
	}
	return true
}

// pipesUnderLead reports whether lines ls are a line of text over two rows
// or more of a table typed with its outer pipes but without its |---| line.
func (p *parsed) pipesUnderLead(ls [][2]int) bool {
	return len(ls) >= 3 && bytes.HasPrefix(bytes.TrimLeft(p.src[ls[1][0]:ls[1][1]], " \t"), []byte("|")) &&
		!bytes.HasPrefix(bytes.TrimLeft(p.src[ls[0][0]:ls[0][1]], " \t"), []byte("|")) && p.pipeCells(ls[1:]) != nil
}

// alignedRows makes a card of each line of a block written as two columns
// aligned with spaces, as plain-text cheat sheets are: "\w    matches any
// word symbol", "[ab]  matches a or b". Every line of the block must be one.
// The term is shown as written, in code when it holds signs: Markdown's
// escapes would turn the regex "\." into ".".
func (b *builder) alignedRows(n ast.Node, ls [][2]int, sc scope) bool {
	p := b.p
	if len(ls) < 2 {
		return false
	}
	splits := make([][2]int, len(ls)) // the term's end and the definition's start, per line
	col, aligned := -1, 0             // the column where the definitions start
	for i, r := range ls {
		if bytes.IndexByte(p.src[r[0]:r[1]], '|') >= 0 {
			return false // a table's rows, written without its "|---|" line
		}
		m := alignedRow().FindSubmatchIndex(p.src[r[0]:r[1]])
		if m == nil {
			continue
		}
		splits[i] = [2]int{r[0] + m[3], r[0] + m[4]}
		if bytes.IndexByte(p.src[r[0]+m[3]:r[0]+m[4]], '\t') >= 0 {
			continue
		}
		if col >= 0 && m[4] != col {
			return false // columns that do not line up are no columns
		}
		col = m[4]
		aligned++
	}
	if aligned < 2 {
		return false
	}
	for i, r := range ls {
		if splits[i][1] > 0 {
			continue
		}
		// "[a-d] matches …": a term as wide as the column, one space after it.
		line := p.src[r[0]:r[1]]
		if col >= len(line) || line[col-1] != ' ' || line[col] == ' ' || bytes.Count(bytes.TrimSpace(line[:col]), []byte(" ")) > 1 {
			return false
		}
		splits[i] = [2]int{r[0] + col - 1, r[0] + col}
	}
	p.skipColumnSeparator(ls, splits)
	for i, r := range ls {
		term := bytes.TrimSpace(p.src[r[0]:splits[i][0]])
		front := escapeText(string(term))
		if !isWordOnly(term) {
			front = "<code>" + front + "</code>"
		}
		if b.add(front, p.html(n, splits[i][1], r[1]), b.defKind(), p.line(r[0]), sc) {
			b.coverLines(p.line(r[0]), p.line(r[0]))
		}
	}
	return true
}

// alignedRow matches a line of two columns aligned with spaces: a term of
// one or two words, two spaces or a tab, and its definition.
var alignedRow = lazyRegexp(`^ {0,3}(\S{1,20}(?: \S{1,20})?)(?: {2,}|\t)[ \t]*(\S.*?)\s*$`)

// isWordOnly reports whether t is letters, digits and spaces alone.
func isWordOnly(t []byte) bool {
	for _, r := range string(t) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' {
			return false
		}
	}
	return true
}

// pipeCells returns the cells of each line of ls when every line is a
// table's row, "| a | b |", with two cells or more; else nil.
func (p *parsed) pipeCells(ls [][2]int) [][][2]int {
	rows := [][][2]int{} // grown row by row: most blocks are no table from their first line
	for _, r := range ls {
		t := bytes.TrimSpace(p.src[r[0]:r[1]])
		if len(t) < 5 || t[0] != '|' || t[len(t)-1] != '|' {
			return nil
		}
		lo := r[0] + bytes.IndexByte(p.src[r[0]:r[1]], '|')
		hi := r[0] + bytes.LastIndexByte(p.src[r[0]:r[1]], '|')
		var cells [][2]int
		start := lo + 1
		for k := start; k <= hi; k++ {
			if p.src[k] == '|' && p.src[k-1] != '\\' {
				cells = append(cells, [2]int{start, k})
				start = k + 1
			}
		}
		if len(cells) < 2 {
			return nil
		}
		rows = append(rows, cells)
	}
	return rows
}

// termLine reports whether line r of n is a term alone with a colon,
// "Classical:", whose definition is the line after it.
func (b *builder) termLine(n ast.Node, r [2]int) bool {
	t := bytes.TrimSpace(b.p.src[r[0]:r[1]])
	if len(t) < 2 || t[len(t)-1] != ':' && !bytes.HasSuffix(t, []byte("：")) {
		return false
	}
	term := strings.TrimRight(strings.TrimSpace(b.p.plain(n, r[0], r[1])), ":：")
	return isTerm(term) && countFields(term) <= 4 && !lookupLower(legendLeads, term)
}

// formulaLabelLine reports whether line r of n is a label with a colon of
// up to maxFormulaLabelWords words over line next, a formula alone:
// "Total Resistance in a Series Circuit:" over "$R_{total} = R_1 + …$", a
// label longer than termLine takes, names the formula (see formulaLabel),
// as "The kinetic energy is defined as:" over a display its next line opens.
func (b *builder) formulaLabelLine(n ast.Node, r, next [2]int) bool {
	f := bytes.TrimSpace(b.p.src[next[0]:next[1]])
	if !opensDisplay(f) && (len(f) < 3 || f[0] != '$' || formulaLen(f) != len(f)) {
		return false
	}
	return formulaLabel(b.p.plain(n, r[0], r[1])) != ""
}

// partLine reports whether line r of n is a label word alone, ending in a
// colon, that names a part (isPartLabel): "Solution:" under "Intent:" and
// "Problem:" over their points, which termLine takes for no term.
func (b *builder) partLine(n ast.Node, r [2]int) bool {
	t := bytes.TrimSpace(b.p.src[r[0]:r[1]])
	if len(t) < 2 || t[len(t)-1] != ':' {
		return false
	}
	return isPartLabel(strings.TrimRight(strings.TrimSpace(b.p.plain(n, r[0], r[1])), ":"))
}

// boldParts returns how many bold terms alone on a line, over lines that
// define them, the section being read has had.
func (b *builder) boldParts() int {
	if b.parts.section != b.section() {
		return 0
	}
	return b.parts.n
}

// countBoldPart counts a bold term alone on a line over its definition in
// the section being read.
func (b *builder) countBoldPart() {
	if s := b.section(); b.parts.section != s {
		b.parts.section, b.parts.n = s, 0
	}
	b.parts.n++
}

// section returns the line of the heading of the section being read, 0
// before the first.
func (b *builder) section() int {
	if n := len(b.heads); n > 0 {
		return b.heads[n-1].line
	}
	return 0
}

// boldPart reports whether line r of n is a lone bold label word that names
// a part (isPartLabel), "**Result:**", and returns it as front HTML.
func (b *builder) boldPart(n ast.Node, r [2]int) (string, bool) {
	h := strings.TrimRight(strings.TrimSpace(b.p.html(n, r[0], r[1])), ":：")
	inner, open := strings.CutPrefix(h, "<strong>")
	inner, closed := strings.CutSuffix(inner, "</strong>")
	if !open || !closed || !isPartLabel(strings.TrimRight(strings.TrimSpace(stripTags(inner)), ":：")) {
		return "", false
	}
	return stripColon(inner), true
}

// boldLine reports whether line r of n is a lone bold phrase that can be a
// term, and returns it as front HTML. A phrase in HTML style tags alone is
// one too (see styledPhrase).
func (b *builder) boldLine(n ast.Node, r [2]int) (string, bool) {
	p := b.p
	if lo, hi, ok := p.styledPhrase(r); ok {
		return boldFront(p.plain(n, lo, hi), func() string { return unwrapStrong(p.html(n, lo, hi)) })
	}
	if name, ok := p.namedHeadLine(n, r); ok {
		return name, true // "**Theorem 3.1** (Uniqueness)" over its statement
	}
	var only ast.Node
	first, stop := p.kidsIn(n, r[0], r[1])
	for c := first; c != stop; c = c.NextSibling() {
		if !overlaps(p, c, r[0], r[1]) {
			continue
		}
		if t, ok := c.(*ast.Text); ok {
			switch string(bytes.TrimSpace(p.src[max(t.Segment.Start, r[0]):min(t.Segment.Stop, r[1])])) {
			case "", ".", ":":
				continue // "**Theorem 1**.": the stop after the bold
			}
		}
		if only != nil {
			return "", false
		}
		only = c
	}
	e, ok := strongSpan(only)
	if !ok {
		return "", false
	}
	return boldFront(p.plain(e, 0, everything), func() string { return p.html(e, 0, everything) })
}

// strongSpan returns the bold of node n: n itself when it is bold, or the
// bold that is all of an italic n, as "***Observational Learning***"
// sets a label in bold italics.
func strongSpan(n ast.Node) (*ast.Emphasis, bool) {
	e, ok := n.(*ast.Emphasis)
	if ok && e.Level == 1 && e.FirstChild() != nil && e.FirstChild() == e.LastChild() {
		e, ok = e.FirstChild().(*ast.Emphasis)
	}
	if !ok || e.Level < 2 {
		return nil, false
	}
	return e, true
}

// boldFront returns the front of a bold phrase alone on its line, plain text
// t whose HTML html renders, when it can be a term: numbered as a
// worksheet numbers its terms too, "**4. Realism:**" over its definition,
// the front without its number. A sentence that ends in
// "。" is no term however short its fields are: "**MVC是一种软件架构的设计思想，
// 目的是降低项目中各个模块间的耦合度。**" stresses a fact.
func boldFront(t string, html func() string) (string, bool) {
	head := strings.TrimRight(strings.TrimSpace(t), ".:：")
	if lo, hi, ok := namedStatement([]byte(head)); ok && isHeadName([]byte(strings.TrimSpace(head[lo:hi]))) {
		return escapeText(strings.TrimSpace(head[lo:hi])), true // "**Lemma 2 (Zorn)**" asks by the name
	}
	if name, ok := isStatementHead(t); ok && name == "" {
		// "**Theorem 5.**", "**Proposition 4.24.**": the statement's number.
		return escapeText(strings.TrimRight(strings.TrimSpace(t), ".:：")), true
	}
	if lookupLower(definitionsAbroad, head) {
		// "**Definice:**" over the definition, as "**Definition:**" is:
		// kindFront asks it with its heading.
		return escapeText(head), true
	}
	if !isTerm(stripNumbering(strings.TrimRight(strings.TrimSpace(t), ":：."))) || strings.HasSuffix(strings.TrimSpace(t), "。") {
		return "", false
	}
	return cutFrontNumbering(stripStop(stripColon(html()))), true
}

// stripStop cuts the full stop that ends a bold title written as a
// sentence, "Introducing new information." over its example, as the colon
// of "Emphasizing the subject:" is: the stop of an abbreviation that holds
// another ("U.S.") stays.
func stripStop(front string) string {
	f, ok := strings.CutSuffix(front, ".")
	if !ok {
		return front
	}
	if last := f[strings.LastIndexByte(f, ' ')+1:]; strings.IndexByte(last, '.') >= 0 || len(last) < 3 {
		return front
	}
	return f
}

// shortHead reports whether a list item's first block is one line that can
// stand as a front on its own: a term, a bold phrase, a question or a lead-in.
func (b *builder) shortHead(head ast.Node) bool {
	ls := b.p.lines(head)
	if len(ls) != 1 {
		return false
	}
	if _, ok := b.boldLine(head, ls[0]); ok {
		return true
	}
	t := strings.TrimSpace(b.p.plain(head, 0, everything))
	return isQuestion(t) || asksUnmarked(t) || strings.HasSuffix(t, ":") && isTerm(strings.TrimSuffix(t, ":")) || isTerm(t) && countFields(t) <= 4
}

// examPrompt reports whether an item of a numbered list is one line that
// asks as an exam question does, a command word and what it asks for:
// "1. Explain why the sea is salty." over its answer in a paragraph asks
// for it, as "1. Why is the sea salty?" does.
func (b *builder) examPrompt(l *ast.List, head ast.Node) bool {
	return l.IsOrdered() && len(b.p.lines(head)) == 1 && isExamQuestion(strings.TrimSpace(b.p.plain(head, 0, everything)))
}

// codePrompt reports whether an item of a numbered list, one line over a
// code block or a code span alone in its own paragraph, asks for that
// code, as a quiz review numbers its prompts: "1. HTML tag to put
// JavaScript in" over "`<script>`". A step that states what it does, "1.
// Install the package." or "Start the server with:", or that points at the
// code, "Run the following", asks nothing.
func (b *builder) codePrompt(l *ast.List, head ast.Node, rest []ast.Node) bool {
	if !l.IsOrdered() || len(rest) != 1 || !b.p.codeAlone(rest[0]) || len(b.p.lines(head)) != 1 {
		return false
	}
	t := strings.TrimSpace(b.p.plain(head, 0, everything))
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".:!;,") || isStatement(t) || pointsAtCode(t) {
		return false
	}
	return hasWordChar(t) && !imperativeStep(t)
}

// termOverDef makes the card of a list item whose first line is a term
// alone and whose next lines define it, as outliners write them: "*
// Perpetuity" then "set of constant never-ending cash flows". The first
// line ends in a hard break, or is a short term that the next line does not
// carry on as a sentence ("The cell membrane" then "is …", "Created" then
// "by …"). Among such items (parts), a label word with a colon names a
// part: "Result:" after "Situation:", "Task:" and "Action:". The item's own
// blocks end the answer and make their own cards. A definition typed
// without an indent is carried on lazily, and is the item's only in a
// glossary, a list of lazyTermItem items (glossary), where the line break
// parts the term from a definition that opens with its verb ("Sample" over
// "is a subset of the population"), though not from a line that goes on
// with a preposition or a conjunction ("Preheat the oven" over "to 180
// degrees"), nor from a step of a procedure (imperativeStep: "Open the
// terminal" over "type ls to list the files").
func (b *builder) termOverDef(head ast.Node, rest []ast.Node, sc scope, parts, glossary bool) bool {
	p := b.p
	ls := p.lines(head)
	if len(ls) < 2 || b.clozeAny(head) || p.src[ls[1][0]] == '{' {
		return false // "{:toc}" is kramdown's
	}
	if p.pipesUnderLead(ls) {
		return false // "Common flags:" over "| -v | verbose |": the rows ask (pipeRowsUnder)
	}
	glossary = glossary || p.enumeratesUnder(ls)
	if _, ok := p.splitLine(head, ls[0][0], ls[0][1]); ok {
		return false
	}
	if len(ls) == 2 && len(rest) == 0 && p.glossedLine(head, ls) {
		// "이 책이 매우 재미있어요." over "*This book is very interesting.*":
		// a sentence is no term, but its translation answers it.
		if b.add(p.html(head, ls[0][0], ls[0][1]), p.html(head, ls[1][0], everything), b.defKind(), p.line(ls[0][0]), sc) {
			b.cover(head)
		}
		return true
	}
	first := strings.TrimSpace(p.plain(head, ls[0][0], ls[0][1]))
	term := strings.TrimRight(first, ":：")
	size := term // "Level 1: Acceptable Use Policy" is as long as its title
	if title, ok := numberedTitle(term); ok && isTerm(title) {
		size = title
	}
	name, _, noted := cutDefaultNote(term)
	if noted {
		// "* booster [default=gbtree]" over "Select the type of model …":
		// a parameter's default names it whole, its description is typed
		// below, "In maximum delta step we allow …" too.
		size, glossary = name, true
	}
	command := p.commandUnder(head, ls) && commandCaption(first)
	if p.typedShort(ls) && !glossary && !command {
		return false
	}
	if command && !commandCaption(term) || !command && (!isTerm(size) && !(parts && term != first && isPartLabel(term)) || countFields(size) > 5 || utf8.RuneCountInString(size) > 40) || isQuestion(term) || strings.Contains(term, "。") {
		return false
	}
	if p.typedShort(ls) && imperativeStep(term) && !command {
		return false // a step and the rest of its sentence, typed at the margin
	}
	if line := bytes.TrimRight(p.src[ls[0][0]:ls[0][1]], "\n"); !noted && !command && !bytes.HasSuffix(line, []byte("  ")) && !bytes.HasSuffix(line, []byte("\\")) {
		w, _, _ := strings.Cut(strings.TrimSpace(p.plain(head, ls[1][0], ls[1][1])), " ")
		w = strings.ToLower(strings.Trim(w, ",.;:"))
		if (countFields(size) > 4 || clauseWords[w]) && !glossary || w == "" || conjunctions[w] || sentenceGoesOn[w] {
			return false
		}
	}
	back := p.html(head, ls[1][0], everything)
	if len(rest) > 0 {
		back = "<p>" + back + "</p>" + p.blocksHTML(rest)
	}
	front, ok := b.boldLine(head, ls[0])
	if !ok {
		front = stripColon(p.html(head, ls[0][0], ls[0][1]))
	}
	if b.add(front, back, b.defKind(), p.line(ls[0][0]), sc) {
		b.cover(head)
	}
	if glossary && p.linesDefine(head, ls[1:]) || p.eachLineDefines(head, ls[1:]) {
		// "3. Annuity" over "(3) Perpetuity P = A/r": a title over lines
		// that each define a term asks for them all, and each line too;
		// so does "Rooms" over "거실 = Living room" and "부엌 - Kitchen".
		owner := contextText(front)
		if name, _, ok := cutDefaultNote(owner); ok {
			owner = name // "gbtree: tree-based models" under "booster [default=gbtree]" is asked under booster
		}
		b.paragraphRange(head, sc.with(owner), ls[1:], false)
	}
	b.blocks(rest, sc)
	return true
}

// commandUnder reports whether ls, a list item's lines, are a caption
// over a shell command alone in a code span on the line under it, as
// command cheat sheets list them, the command often typed at the margin:
// "- List all containers" over "`docker ps -a`". The command is the
// caption's answer, not the rest of its sentence nor a note about the
// list, though Markdown carries it on lazily; a line of words around the
// code ("type `ls` to list files") or code that is no command
// ("`print(x)`") is not one.
func (p *parsed) commandUnder(head ast.Node, ls [][2]int) bool {
	if len(ls) != 2 || !p.codeSpanOnly(head, ls[1][0], ls[1][1]) {
		return false
	}
	cmd := strings.Trim(strings.TrimSpace(p.plain(head, ls[1][0], ls[1][1])), "`")
	f := strings.Fields(cmd)
	return len(f) > 0 && isCodeTerm(cmd) && (programName(f[0]) || programPath(f[0], len(f))) && shellCommand([]byte(cmd))
}

// programPath reports whether w, the first of the n words of a command,
// runs a program by its path: "./deploy.sh" or "../bin/setup" from the
// folder it is in, "bin/rails server" from the project's. Each part of
// the path is a name of small letters, digits, ".", "_" or "-", the last of
// two at least. A path alone with no "./", "src/main.go", names a file,
// and "A/B testing" no program.
func programPath(w string, n int) bool {
	rest := w
	for {
		r, ok := strings.CutPrefix(rest, "./")
		if !ok {
			r, ok = strings.CutPrefix(rest, "../")
		}
		if !ok {
			break
		}
		rest = r
	}
	if rest == w && (n < 2 || !strings.Contains(w, "/")) {
		return false
	}
	if strings.HasSuffix(rest, "/") || len(rest)-strings.LastIndexByte(rest, '/') < 3 {
		return false // "./", "bin/x"
	}
	for part := range strings.SplitSeq(rest, "/") {
		if part == "" || part == "." || part == ".." {
			return false
		}
		for _, c := range []byte(part) {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
				return false
			}
		}
	}
	return true
}

// commandCaption reports whether first, a list item's first line over a
// command (see commandUnder), names the command's task as a caption does,
// "Show the commit history of a single file": twelve words at most that
// end in no full stop, comma nor colon. A line that leads on to the
// command ("Run the following command:", "You can also use", "Then run
// this command in the project folder") or states something about it
// ("We ran it twice, then stopped.") names no task.
func commandCaption(first string) bool {
	f := strings.Fields(strings.ToLower(first))
	if len(f) == 0 || len(f) > 12 || strings.ContainsAny(first[len(first)-1:], ".,;:：") || pointsAtCode(first) {
		return false
	}
	return !commandLeads[f[len(f)-1]] && !sentenceSubjects[f[0]] && !strings.Contains(strings.ToLower(first), "this command")
}

// commandLeads are the words a line ends with when it leads on to the
// command under it rather than naming its task: "You can also use", "Then
// run", "Start it with".
var commandLeads = map[string]bool{"run": true, "use": true, "type": true, "execute": true, "enter": true,
	"try": true, "with": true, "using": true, "via": true, "command": true, "commands": true, "this": true}

// sentenceSubjects are the words that open a sentence about a command, not
// a caption naming its task: "You can also use", "Then run", "We deploy
// with".
var sentenceSubjects = map[string]bool{"you": true, "we": true, "i": true, "then": true, "now": true,
	"next": true, "also": true, "it": true, "this": true}

// enumeratesUnder reports whether ls, a list item's lines, are a title
// broken off its line over lines that each open with a number or a letter
// in brackets, typed at the margin: "1. Measurement scale" over "(1)
// Nominal scale" and "(2) Ordinal scale: sort data into categories". The
// title asks for the lines, and each line that defines asks too, as in a
// glossary.
func (p *parsed) enumeratesUnder(ls [][2]int) bool {
	if line := bytes.TrimRight(p.src[ls[0][0]:ls[0][1]], "\n"); !bytes.HasSuffix(line, []byte("  ")) {
		return false
	}
	for _, r := range ls[1:] {
		if !bracketNumbered(bytes.TrimSpace(p.src[r[0]:r[1]])) {
			return false
		}
	}
	return true
}

// bracketNumbered reports whether line opens with a number or a letter in
// brackets and a space: "(1) Nominal scale", "(b) the buyer".
func bracketNumbered(line []byte) bool {
	i := bytes.IndexByte(line, ')')
	if i < 2 || line[0] != '(' || i+1 >= len(line) || line[i+1] != ' ' {
		return false
	}
	for _, c := range line[1:i] {
		if !(c >= '0' && c <= '9') && !(i == 2 && c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

// numberedTitle returns the title that term, a list item's first line,
// writes after a numbered label and its colon: "Level 1: Acceptable Use
// Policy" → "Acceptable Use Policy", "Step 2: Test the theory".
func numberedTitle(term string) (string, bool) {
	label, title, ok := strings.Cut(term, ":")
	if !ok || !isNumberedLabel(strings.ToLower(strings.TrimSpace(label))) {
		return "", false
	}
	title = strings.TrimSpace(title)
	return title, title != ""
}

// linesDefine reports whether one of lines ls of block n, a term's
// definition over several lines, defines a term of its own, "Interest rate
// = nominal risk-free rate + risk premium".
func (p *parsed) linesDefine(n ast.Node, ls [][2]int) bool {
	if len(ls) < 2 {
		return false
	}
	for _, r := range ls {
		if _, ok := p.splitLine(n, r[0], r[1]); ok {
			return true
		}
	}
	return false
}

// eachLineDefines reports whether every one of lines ls of block n, two at
// least, defines a term of its own, as a learner types the words of a topic
// under its title without bullets: "Rooms" over "거실 = Living room" and
// "부엌 - Kitchen".
func (p *parsed) eachLineDefines(n ast.Node, ls [][2]int) bool {
	if len(ls) < 2 {
		return false
	}
	for _, r := range ls {
		if _, ok := p.splitLine(n, r[0], r[1]); !ok {
			return false
		}
	}
	return true
}

// imperativeStep reports whether term, a list item's first line, reads as
// the instruction of a procedure's step rather than a term: a verb, then
// the determiner that opens its object (stepObjects) and the object, "Open
// the terminal", "Create a folder", "Preheat the oven". A term of a
// glossary is a noun phrase, "descriptive statistics", "Sample", and no
// determiner follows its first word.
func imperativeStep(term string) bool {
	f := strings.Fields(term)
	if len(f) < 3 || strings.IndexFunc(f[0], func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	return stepObjects[f[1]]
}

// lazyTermItem reports whether head, a list item's first block, is a short
// line (a few words, no end punctuation) over a line typed without an
// indent, as a flashcard set printed from Quizlet or FreezingBlue reads
// once numbered: "1. descriptive statistics" over "refers to the summary of
// important aspects of a data set" at the margin. A run of minGlossaryRun
// such items in one list is a glossary; one or two are an item and a
// paragraph the author did not set apart.
func (p *parsed) lazyTermItem(head ast.Node) bool {
	ls := p.lines(head)
	if len(ls) < 2 || !p.typedShort(ls) {
		return false
	}
	t := strings.TrimSpace(p.plain(head, ls[0][0], ls[0][1]))
	return t != "" && countFields(t) <= 6 && !strings.ContainsAny(t[len(t)-1:], ".!?;,:")
}

// typedShort reports whether the second of ls, a list item's lines, was
// typed out of the item: at the margin under "- Kelvin", or left of the
// marker of a nested "  - Discoverability" (" Each category is given a
// rating from 1 to 10"). Markdown carries such a line on lazily, but the
// student wrote it about the list, or as a glossary's definition; a line
// set under the marker ("    - `n()`" over "    total number of rows")
// is the item's own.
func (p *parsed) typedShort(ls [][2]int) bool {
	at := p.column(ls[1][0])
	if at == 0 {
		return true
	}
	start := ls[0][0] - p.column(ls[0][0])
	return at < indentCols(p.src[start:ls[0][0]])
}

// column returns the column of src offset at in its line, in bytes.
func (p *parsed) column(at int) int {
	return at - (bytes.LastIndexByte(p.src[:at], '\n') + 1)
}

// itemHead returns the first block of a list item when it holds text.
func itemHead(it ast.Node) ast.Node {
	switch c := it.FirstChild().(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return c
	}
	return nil
}

// list makes the cards of a list's items.
func (b *builder) list(l *ast.List, sc scope) {
	p := b.p
	if b.isTOC(l) {
		b.skip(l)
		return
	}
	if o := b.partsOwner(l); o != "" {
		sc = sc.with(o) // "1. **Clinical Signs**: …" under "**Allergic Reactions** can occur …"
	}
	items := p.children(l)
	isDef := make([]bool, len(items))
	hasSub := make([]bool, len(items))
	colon := make([]bool, len(items))
	defs := 0
	for i, it := range items {
		for c := it.FirstChild(); c != nil; c = c.NextSibling() {
			if _, ok := c.(*ast.List); ok {
				hasSub[i] = true
			}
		}
		h := itemHead(it)
		if h == nil {
			continue
		}
		if ls := b.p.lines(h); len(ls) > 0 {
			if _, ok := p.splitLine(h, ls[0][0], ls[0][1]); ok {
				isDef[i] = true
				defs++
			}
		}
	}
	defList := defs >= 2 && defs*2 >= len(items)
	glossed := p.glossedItems(items) // "Forming (figuring out roles)" beside "Storming (conflict …)"
	glossMin := 2
	if p.wordListItems(items, l.PreviousSibling() != nil && p.wordClassLead(l.PreviousSibling())) {
		glossed, glossMin = len(items), 1 // "durch (through)" beside "ohne (without)"
	}
	translated := p.scriptPairList(items) // "- What kind of place is this ?" over "- 어떤 곳이에요?"
	timeline := b.isTimeline(items)
	yearTrails := !timeline && b.isYearTrailList(items) // "Powstanie listopadowe `1830–1831`"
	angled := !defList && b.angleList(items)
	parts := 0     // items whose first line is a term alone with a colon, over lines that define it
	lazyTerms := 0 // items whose first line is a term alone, over a definition typed without an indent
	for _, it := range items {
		if h := itemHead(it); h != nil {
			if ls := p.lines(h); len(ls) > 1 && b.termLine(h, ls[0]) {
				parts++
			}
			if p.lazyTermItem(h) {
				lazyTerms++
			}
		}
	}
	for i, it := range items {
		if h := itemHead(it); defList && h != nil { // only a definition list looks at colons
			t := strings.TrimSpace(p.plain(h, 0, everything))
			colon[i] = strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
		}
	}
	star := p.starInitials(items)                 // "- S: …" over "- T: …", "- A: …", "- R: …"
	condOwner := b.conditionItemsOwner(items, sc) // "- $e_c > 0$: substitutes" under "### Cross Elasticity"
	for i := 0; i < len(items); i++ {
		it := items[i]
		head := itemHead(it)
		rest := p.children(it)
		if star && head != nil {
			if b.starLines == nil {
				b.starLines = map[int]bool{}
			}
			b.starLines[p.lineOf(head)] = true
		}
		if head == nil {
			if !b.headingItem(it, rest, sc) {
				b.blocks(rest, sc)
			}
			continue
		}
		if p.isDatedTask(it) {
			b.skip(it) // a to-do: nothing to learn, nothing left uncovered
			continue
		}
		if w := p.handNumber(it); w > 0 {
			if b.handLines == nil {
				b.handLines = map[int]int{}
			}
			b.handLines[p.lineOf(head)] = w // "- 1 **Integration management**" asks without its number
		}
		rest = rest[1:]
		if len(rest) == 0 {
			b.pairKeys(head, sc)
		}
		if k := b.decisionProblem(items, i, sc); k > 0 {
			i += k - 1 // "- Problem: SAT" over "- Gegeben: …" and "- Frage: …"
			continue
		}
		if k := b.choiceQuestion(items, i, sc); k >= 0 {
			i = k // "- What is the capital of Spain?" over "- A: Madrid", "- B: Sevilla"
			continue
		}
		if i+1 < len(items) && len(rest) == 0 && b.labelOverAnswer(head, items[i+1], sc) {
			i++ // "- Q14) Why …?" over "- Ans:" and the answer's list under it
			continue
		}
		if i+1 < len(items) {
			if next := itemHead(items[i+1]); next != nil && len(rest) == 0 && (b.qaPair(head, next, sc) || b.problemPair(head, next, sc) ||
				translated && i%2 == 0 && b.translationPair(head, next, sc)) {
				b.blocks(p.children(items[i+1])[1:], sc)
				i++
				continue
			}
		}
		if k := detailsIndex(p, rest); k >= 0 {
			front := p.blocksHTML(append([]ast.Node{head}, rest[:k]...))
			if b.add(front, b.details(append([]ast.Node{head}, rest[:k]...), rest[k:]), Basic, p.lineOf(head), sc) {
				b.cover(it)
			}
			continue
		}
		if b.termOverDef(head, rest, sc, parts >= 2, lazyTerms >= minGlossaryRun) {
			continue
		}
		if hasSub[i] && b.clozeBlock(it, head, rest, sc) {
			continue
		}
		if b.cardBlock(it, head, rest, sc) || b.cardsParent(it, head, rest, sc) {
			continue
		}
		if p.fieldItem(head, rest) {
			b.skip(it)
			continue
		}
		if hasSub[i] && b.fieldParent(it, head, rest, sc) {
			continue
		}
		if hasSub[i] && b.legendItem(head, rest, sc) {
			continue
		}
		if len(items) == 1 && len(rest) > 0 && answerLabelled(p.plain(head, 0, everything)) {
			// "- Answer: The parts are:" alone under a question's item is
			// that question's answer, on its card: no question of its own.
			b.cover(head)
			b.blocks(rest, sc)
			continue
		}
		if (hasSub[i] || len(rest) > 0 && (b.shortHead(head) || b.codePrompt(l, head, rest) || b.examPrompt(l, head) || b.promptOverProse(head, rest))) && !b.clozeAny(head) {
			b.parentItem(it, head, rest, sc)
			continue
		}
		if defList && colon[i] && !isDef[i] {
			k := i + 1
			for k < len(items) && !isDef[k] && !colon[k] && !hasSub[k] && itemHead(items[k]) != nil {
				k++
			}
			if k > i+1 {
				var back strings.Builder
				back.WriteString("<ul>")
				for _, sib := range items[i+1 : k] {
					back.WriteString("<li>" + p.blocksHTML(p.children(sib)) + "</li>")
				}
				back.WriteString("</ul>")
				front, _ := leadFront(p.html(head, 0, everything), sc)
				if b.add(front, back.String(), Basic, p.lineOf(head), sc) {
					b.cover(items[i:k]...)
				}
				i = k - 1
				continue
			}
		}
		if len(rest) == 0 && (b.acronym(it, head, sc) || b.reagentItem(it, head, sc)) {
			continue
		}
		if len(rest) == 0 && glossed >= 2 && glossed*2 >= len(items) && b.glossItem(it, head, sc, glossMin) {
			continue
		}
		if defList && !isDef[i] && len(rest) == 0 && (b.labelItem(head, sc) || b.tabItem(head, sc) || b.examplesItem(head, items, sc)) {
			continue
		}
		if defList && !isDef[i] && len(rest) == 0 && b.pairItem(head, items, sc) {
			continue
		}
		if timeline && !isDef[i] && len(rest) == 0 && b.timelineItem(head, sc) {
			continue
		}
		if yearTrails && !isDef[i] && len(rest) == 0 && b.yearTrailItem(head, sc) {
			continue
		}
		if condOwner != "" && b.splitItem(head, sc, func(n ast.Node, _ [2]int) (split, bool) { return p.conditionSplit(n) },
			func(term string) string { return escapeText(condOwner) + ": " + term }) {
			continue
		}
		if b.isExampleOf(head, sc) {
			b.cover(head)
			b.blocks(rest, sc)
			continue
		}
		if len(rest) == 0 && (b.labelDisplayItem(head, sc) || b.formulaItem(head, sc)) {
			continue
		}
		if angled && b.splitItem(head, sc, p.angleSplit, func(term string) string { return term }) {
			continue
		}
		b.paragraph(head, sc, true)
		b.blocks(rest, sc)
	}
}

// answerLabelled reports whether text opens with an answer's label,
// "Answer:", "Ans:" or "A:", followed by the answer.
func answerLabelled(text string) bool {
	for _, l := range []string{"Answer:", "Ans:", "Ans :", "ANS:", "A:"} {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(text), l); ok && strings.HasPrefix(rest, " ") && strings.TrimSpace(rest) != "" {
			return true
		}
	}
	return false
}

// remarkLabels open a remark on the items around them or point elsewhere,
// never a part of their topic: "Note: read the docs", "Link: …".
var remarkLabels = map[string]bool{"note": true, "notes": true, "nb": true, "n.b.": true, "example": true,
	"examples": true, "e.g.": true, "eg": true, "tip": true, "tips": true, "hint": true, "remember": true, "reminder": true,
	"warning": true, "important": true, "caution": true, "todo": true, "question": true, "answer": true, "q": true, "a": true,
	"link": true, "url": true, "website": true, "video": true, "image": true, "picture": true, "date": true, "time": true}

// labelItem makes the card of a list item "Result: 0.1 M" among
// definitions ("Method: titration", "Conclusion: acid is weak"): there a
// label word before a colon names a part like its siblings' terms do, where
// alone it would only label a line.
func (b *builder) labelItem(head ast.Node, sc scope) bool {
	return b.splitItem(head, sc, b.p.labelSplit, unwrapStrong)
}

// splitItem makes the card of a one-line list item that splitAt parts into
// a term, shown as term makes it, and a definition, and covers its line. It
// reports whether splitAt parted the item.
func (b *builder) splitItem(head ast.Node, sc scope, splitAt func(ast.Node, [2]int) (split, bool), term func(string) string) bool {
	p := b.p
	ls := p.lines(head)
	if len(ls) != 1 {
		return false
	}
	s, ok := splitAt(head, ls[0])
	if !ok {
		return false
	}
	if b.add(term(p.html(head, s.termLo, s.termHi)), p.html(head, s.defLo, s.defHi), b.defKind(), p.line(ls[0][0]), sc) {
		b.coverLines(p.line(ls[0][0]), p.line(ls[0][0]))
	}
	return true
}

// labelSplit splits line r of n after a label word that names a part, as
// "Result:" does among "Method:" and "Conclusion:", where splitLine takes no
// label for a term. Remarks and pointers ("Note:", "Link:") and labels of
// more than two words are no parts.
func (p *parsed) labelSplit(n ast.Node, r [2]int) (split, bool) {
	return p.partSplit(n, r, isPartLabel)
}

// partSplit splits line r of n after a label that isPart accepts, as
// labelSplit does.
func (p *parsed) partSplit(n ast.Node, r [2]int, isPart func(string) bool) (split, bool) {
	if r[0] >= 0 && r[0] <= r[1] && r[1] <= len(p.src) && bytes.IndexByte(p.src[r[0]:r[1]], ':') < 0 {
		return split{}, false // the quick test: the view's text is bytes of the line, and its label ends at a ':'
	}
	v := p.lineView(n, r[0], r[1])
	i, j, sep, ok := findSep(v)
	if !ok || sep != ":" {
		return split{}, false
	}
	termHi, defLo := v.srcOff(i), p.afterOff(v, j-1)
	if termHi < 0 || defLo < 0 {
		return split{}, false
	}
	term := strings.TrimSpace(p.plain(n, r[0], termHi))
	if !isPart(term) || !visibleWord(p.plain(n, defLo, r[1])) {
		return split{}, false
	}
	return split{termLo: r[0], termHi: termHi, defLo: defLo, defHi: r[1], sep: sep}, true
}

// isPartLabel reports whether term, a label word, may name a part of a
// whole its siblings name the other parts of ("Result" among "Situation",
// "Task" and "Action").
func isPartLabel(term string) bool {
	return isLabel(term) && countFields(term) <= 2 && !isSourcesTitle(term) && !remarkLabels[strings.ToLower(term)] && !lookupLowerIn(term, remarksAbroad, examplesAbroad) &&
		!remarkCJK(term)
}

// acronym makes the card of a bullet that spells out an acronym, "TLS
// (Transport Layer Security)" or "Single Sign-On (SSO)": the acronym asks
// for its expansion. The expansion's initials must spell the acronym, or
// its words abbreviate to it as science notes write "Adenosine
// triphosphate (ATP)" (abbreviates).
func (b *builder) acronym(it, head ast.Node, sc scope) bool {
	if lines := head.Lines(); lines == nil || lines.Len() != 1 ||
		!bytes.HasSuffix(bytes.TrimRight(segValue(lines.At(0), b.p.src), " \t."), []byte(")")) {
		return false // the quick test: one line that ends with ")"
	}
	t := strings.TrimSuffix(strings.TrimSpace(b.p.plain(head, 0, everything)), ".")
	open := strings.LastIndexByte(t, '(')
	if open < 0 || !strings.HasSuffix(t, ")") || strings.Count(t, "(") != 1 {
		return false
	}
	outer, inner := strings.TrimSpace(t[:open]), strings.TrimSpace(t[open+1:len(t)-1])
	acr, expansion := outer, inner
	if !spells(acr, expansion) && !abbreviates(acr, expansion) {
		acr, expansion = inner, outer
		if !spells(acr, expansion) && !abbreviates(acr, expansion) {
			return false
		}
	}
	if b.add(escapeText(acr), escapeText(expansion), Basic, b.p.lineOf(head), sc) {
		b.cover(it)
	}
	return true
}

// acronymSkips are the short words an acronym may leave out: "Identity and
// Access Management" is IAM.
var acronymSkips = map[string]bool{"and": true, "of": true, "the": true, "for": true, "to": true,
	"in": true, "on": true, "a": true, "an": true, "&": true, "as": true, "by": true, "with": true}

// spells reports whether acr is an acronym (2 to 8 letters and digits, two
// capitals at least, no space) whose letters are the initials of the words
// of expansion, in order; a word may give its inner capitals too
// (HyperText: H, T), and short words may be skipped.
func spells(acr, expansion string) bool {
	letters, ok := acronymLetters(acr)
	if !ok {
		return false
	}
	words := strings.FieldsFunc(expansion, func(r rune) bool { return r == ' ' || r == '-' || r == '/' })
	if len(words) > 3*len(letters) {
		return false // an expansion, not a sentence
	}
	failed := map[[2]int]bool{} // (letter, word) pairs known not to match
	var match, matchFrom func(l, w int) bool
	match = func(l, w int) bool {
		if failed[[2]int{l, w}] {
			return false
		}
		if matchFrom(l, w) {
			return true
		}
		failed[[2]int{l, w}] = true
		return false
	}
	matchFrom = func(l, w int) bool {
		if l == len(letters) {
			for ; w < len(words); w++ {
				if !acronymSkips[strings.ToLower(words[w])] {
					return false
				}
			}
			return true
		}
		if w == len(words) {
			return false
		}
		caps := []rune{}
		for i, r := range words[w] {
			if i == 0 || unicode.IsUpper(r) {
				caps = append(caps, unicode.ToUpper(r))
			}
		}
		// The word's initial, then as many of its inner capitals as follow.
		for k := 1; k <= len(caps) && l+k <= len(letters); k++ {
			if caps[k-1] != letters[l+k-1] {
				break
			}
			if match(l+k, w+1) {
				return true
			}
		}
		return acronymSkips[strings.ToLower(words[w])] && match(l, w+1)
	}
	return match(0, 0)
}

// acronymLetters returns the letters of acr, in capitals, if it is shaped
// as an acronym: 2 to 8 letters and digits, two capitals at least, no
// space ("TLS", "mRNA", "B12"); digits give no letter.
func acronymLetters(acr string) ([]rune, bool) {
	if len(acr) < 2 || len(acr) > 8 || strings.ContainsAny(acr, " -") {
		return nil, false
	}
	var letters []rune
	caps := 0
	for _, r := range acr {
		switch {
		case unicode.IsUpper(r):
			caps++
			letters = append(letters, r)
		case unicode.IsLower(r) || r == '&':
			letters = append(letters, unicode.ToUpper(r))
		case !unicode.IsDigit(r):
			return nil, false
		}
	}
	return letters, caps >= 2
}

// valueCase reports whether a bullet's line split at sep into value sets
// a symbol to a number, a case its children describe: "r = 1" over
// "perfect positive correlation" beside "r = 0" over "no correlation".
// The whole line asks; split, it asked "r" (or "1", the name after a
// label its siblings share) and answered with the number.
func valueCase(sep, value string) bool {
	if strings.TrimSpace(sep) != "=" {
		return false
	}
	value = strings.TrimSpace(value)
	return value != "" && !strings.ContainsFunc(value, unicode.IsLetter)
}

// formulaCase reports whether a bullet's line split at sep is a formula
// that sets a symbol, term, over the facts nested under it: "Y = k X" over
// "E(Y) = k E(X)" and "Var(Y) = k^2 Var(X)". The whole line asks, as the
// case its children follow from; split, it asked "Y", a letter, and when a
// bullet beside it sets Y too ("Y = aX + bZ"), the shared symbol was taken
// for a kind (see kindName) and "k X" asked.
func (b *builder) formulaCase(it ast.Node, sep, term string) bool {
	if strings.TrimSpace(sep) != "=" {
		return false
	}
	term = strings.TrimSpace(term)
	if isSymbol(term) {
		return true
	}
	if term == "" {
		return false
	}
	for _, sib := range []ast.Node{it.PreviousSibling(), it.NextSibling()} {
		if strings.TrimSpace(b.itemTerm(sib)) == term {
			return true
		}
	}
	return false
}

// isSymbol reports whether t is one letter, as a formula names a quantity,
// with digits or a subscript after it: "Y", "v0", "E_k", "σ".
func isSymbol(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	if n == 0 || !unicode.IsLetter(r) {
		return false
	}
	rest := t[n:]
	if strings.HasPrefix(rest, "_") {
		return len(rest) > 1 && len(rest) <= 4 && !strings.ContainsAny(rest, " \t")
	}
	return strings.Trim(rest, "0123456789") == ""
}

// boldTitle reports whether head, a bullet wholly in bold split at a dash,
// is one title: "**EC2 Family Instance Types - Mnemonic**" over its points
// names them whole, while "**Ribosome – builds proteins**", its part after
// the dash opening in lower case, defines its term as it does outside bold.
func (p *parsed) boldTitle(head ast.Node, s split) bool {
	return isDash(s.sep) && p.boldOnly(head) && !startsLower(p.plain(head, s.defLo, s.defHi))
}

// gluedPath reports whether the first "::" of line joins two words, as a
// path does in code, "io::Result has the .expect method" over what it does:
// a bullet over its points names the path, it asks no card's question.
func gluedPath(line []byte) bool {
	i := bytes.Index(line, []byte("::"))
	return i > 0 && i+2 < len(line) && isIdent(line[i-1]) && isIdent(line[i+2])
}

// parentItem makes the card of a bullet with nested children: the bullet (or
// its term) on the front, its definition and children on the back.
func (b *builder) parentItem(it, head ast.Node, rest []ast.Node, sc scope) {
	p := b.p
	ls := b.p.lines(head)
	var front, back, name string
	key := ""     // see ownerOnlyKey
	was := ""     // see pointerKey
	asks := false // the bullet is a question, its children the answer
	kind := Basic
	if len(ls) == 0 {
		ls = [][2]int{{0, 0}}
	} else if p.imagesOnly(ls) {
		// "- ![14](p.png)" over a rule and a heading: a picture alone asks
		// nothing of what is nested under it, as it leads no list in.
		b.cover(head)
		b.blocks(rest, sc)
		return
	} else if nestedItem(it) && exampleAlone(p.plain(head, 0, everything)) && !p.pairsOnly(rest) {
		// "- **Example:**" inside "1. **Aggregate functions**" over its
		// query: the example is the item's, on the item's card, and asks
		// nothing of its own beside the examples of its siblings.
		b.cover(it)
		return
	}
	if f, bk, kd, ok := p.colonCard(head, ls[0]); ok && len(ls) == 1 && !gluedPath(p.src[ls[0][0]:ls[0][1]]) {
		// "Software Development Cycle Stage 1;; Defining and Understanding
		// the Problem" over its steps: the plugin's card, asking what the
		// line asks, the steps under its answer; no front "… Stage 1;;
		// Defining …" or no card at all.
		front, back, kind, name = f, bk, kd, contextText(f)
	} else if s, ok := p.splitLine(head, ls[0][0], ls[0][1]); ok && (!copula(s.sep) || definesWithArticle(p.src[s.defLo:ls[0][1]]) || countFields(p.plain(head, s.termLo, s.termHi)) <= 2) &&
		!valueCase(s.sep, p.plain(head, s.defLo, ls[0][1])) && !p.boldTitle(head, s) && !b.formulaCase(it, s.sep, p.plain(head, s.termLo, s.termHi)) &&
		(len(rest) == 0 || !p.glossedBy(p.plain(head, 0, everything), rest)) { // "Tokio es una ciudad grande." over "- Tokyo is a big city." defines no "Tokio"
		front = unwrapStrong(stripColon(p.html(head, s.termLo, s.termHi)))
		name = contextText(front)
		front, key = b.briefAspect(front, sc) // "Holding:" over its points names the case's
		back = p.html(head, s.defLo, everything)
		kind = b.defKind()
		value := p.plain(head, s.defLo, ls[0][1])
		if n, ok := b.seriesName(it, name, value); ok {
			name = n // "Process 2: Collect Requirements": its parts are Collect Requirements'
		} else if n, ok := b.kindName(it, name, value); ok && len(ls) == 1 {
			// "Meeting - Sprint Review" beside "Meeting - Sprint Retrospective"
			front, back, name = strings.TrimSpace(p.html(head, s.defLo, everything)), "", n
		} else if len(ls) == 1 && len(rest) > 0 && isDash(s.sep) && subLabel(value) {
			// "- Objects - General:" over its points: the label after the
			// dash parts the term, it defines nothing. The card asks
			// "Objects – General", keeping the identity it had as "Objects".
			if key == "" {
				key = front
			}
			front += " – " + unwrapStrong(stripColon(p.html(head, s.defLo, everything)))
			back, name = "", contextText(front)
		} else if len(ls) == 1 && len(rest) > 0 && labelAsks(s.sep, value) && !onlyQuestions(p.blocksHTML(rest)) {
			// "Reforms of congress: Can anything help?" over its points asks
			// the question they answer, as it asked the label before.
			key, front, back, kind = front, unwrapStrong(p.html(head, s.termLo, everything)), "", Basic
		}
	} else {
		if t := untagged(strings.TrimSpace(p.plain(head, 0, everything))); isStatement(t) && !asksNumbered(t) || len(sc.heads) > 0 && !nestedItem(it) && pastStatement(t) || pointOverAside(p, head, rest, t, sc) || nestedItem(it) && predicateItem(t) || isFolder(t) {
			// "He did not like how principles applied to different groups."
			// over sub-bullets states a fact: the heading's card holds it,
			// and the sub-bullets make their own cards. So does a point
			// in small letters over its aside, and "leads to durable
			// memories" under the bullet "effortful processing"; and a
			// folder of a tree typed as bullets, "my-app/" over "dev/".
			b.blocks(rest, sc)
			return
		}
		if p.danglingAnswer(rest) {
			b.blocks(rest, sc) // "- due process" over "- defendant has a right of due process to:" is answered by nothing
			return
		}
		raw, whole := cutLocatorTail(dropLeadArrow(dropTermStop(p.html(head, 0, everything))))
		front, name = leadFront(raw, sc)
		key = ownerOnlyKey(raw, front, name)
		if was = pointerKey(raw); key == "" && contextText(front) == name {
			key = was // "- Hier sind die Arten:" keeps the identity it had whole
		}
		if whole != "" && key == "" {
			// "- Who you live with - Lesson 3" over its questions keeps the
			// identity it had whole, and so do the cards under it.
			key, _ = leadFront(whole, sc)
			was = key
		}
		if leadNamesNothing(name) || pointsNowhere(front, name) || opensExample(p.plain(head, 0, everything)) {
			b.blocks(rest, sc) // "- These are:" over sub-bullets names nothing, nor does "- e.g. …"
			return
		}
		if bare, _ := leadFront(raw, scope{}); bare != "" {
			// "- **Holding:**" over its points in the box of "McLoughlin v
			// O'Brian (1983)" is the case's, not its heading's.
			if f, k := b.briefFront(bare); f != bare {
				front = f
				if key == "" {
					key = k
				}
			}
		}
		f, k := caseAspectFront(front, sc, b.title) // "- SE" over its points is the drug's, as "- SE: …" is
		if front = f; k != "" {
			key = k // "- Issue" under "### Case: Hamilton v. Kember" keeps its GUID without the label
		}
		if f, bare := caseLead(front, name, sc); bare != "" && lookupLower(courtParts, name) {
			front, key = f, bare // "- Court Decision" under "### Case: Hamilton v. Kember"
		}
		asks = asksOwnLine(strings.TrimSpace(p.plain(head, 0, everything)))
	}
	name = cutHandNumber(name, b.handLines[p.lineOf(head)]) // "2 Scope management" heads its points as "Scope management"
	if back == "" && nestedItem(it) && exampleLabelOnly(p.plain(head, 0, everything)) && p.pairsOnly(rest) {
		// "* examples" under "- convert to an adverb" over "+ 楽しく - happily":
		// each example is a card of its own, sentence and translation, and
		// the label's card, "convert to an adverb: examples", would only
		// repeat them; the item's card holds them too.
		b.cover(head)
		b.blocks(rest, sc.withKey(name, contextText(was)))
		return
	}
	if back == "" && b.writtenCardsOnly(rest) {
		// "- [ ] Binary" over "- Is 0 True or False?;; False": the bullet
		// heads cards written as such, its own card would repeat them
		// with their syntax showing.
		b.cover(head)
		b.blocks(rest, sc.withKey(name, contextText(was)))
		return
	}
	if sub := p.blocksHTML(rest); sub != "" {
		if back != "" {
			back += "<br>"
		}
		back += sub
	}
	if b.add(front, back, kind, p.lineOf(head), sc) {
		if key != "" {
			b.cards[len(b.cards)-1].Key = key // "- Use them for:" keeps the identity it had bare
		}
		b.cover(it)
		if asks && soleAnswer(rest) {
			return // "Question 40: … define module version?" over "- Add version = "0.5"": the card holds it
		}
		if back == p.blocksHTML(rest) && p.glossedBy(p.plain(head, 0, everything), rest) {
			// "- 田中さんは先生です。" over "- Mr Tanaka is a teacher.": the card
			// asks the sentence and answers its translation, which defines
			// no "Mr Tanaka".
			return
		}
		if len(rest) == 1 {
			if under, ok := p.labelledAnswerList(rest[0]); ok {
				b.blocks(under, sc.withKey(name, contextText(was))) // "- #card How to add a todo" over "- Sol: use TODO"
				return
			}
		}
		if exampleSteps(p.plain(head, 0, everything), rest) {
			return // "**Example:**" over "1. In cell `D1` we type …": the card holds the steps
		}
	}
	if p.proofItem(it, head) {
		b.cover(rest...) // the steps of a proof stay on its bullet's card
		return
	}
	b.blocks(rest, sc.withKey(name, contextText(was)))
}

// writtenCardsOnly reports whether rest, the blocks nested in a bullet, is
// one list whose every item opens with a card written as such, "Is 0 True
// or False?;; False" or "HTTP verbs:: GET and POST" (see explicitOnly).
func (b *builder) writtenCardsOnly(rest []ast.Node) bool {
	if len(rest) != 1 {
		return false
	}
	l, ok := rest[0].(*ast.List)
	if !ok {
		return false
	}
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		if head := it.FirstChild(); head == nil || !b.explicitOnly(head) || b.clozeAny(head) {
			return false
		}
	}
	return true
}

// isFolder reports whether t, a bullet's text, is a folder's path alone,
// one word ending in a slash, as a tree of folders typed as nested bullets
// writes it: "/my-department/" over "my-app/" over "dev/" over "db-url".
// A folder holds its files, it names no term they define.
func isFolder(t string) bool {
	return len(t) > 1 && (strings.HasSuffix(t, "/") || strings.HasSuffix(t, "\\")) && !strings.ContainsAny(t, " \t")
}

// subLabel reports whether value, what a bullet's dash leads in over its
// points, is a label of a part of the term before the dash: a bare label
// (see bareLabel) that opens with a capital, "General:" in "Objects -
// General:", "Key Points:" in "Memory - Key Points:". "a language used
// for:" reads on as a definition.
func subLabel(value string) bool {
	value = strings.TrimSpace(value)
	r, _ := utf8.DecodeRuneInString(value)
	return unicode.IsUpper(r) && strings.HasSuffix(value, ":") && bareLabel(value)
}

// labelAsks reports whether the value a bullet's label leads in with sep,
// its first line after the colon, is a question, which the bullet's points
// answer unless they only ask again: "Federalism: why does it matter?",
// not "Fall Frage : Wen, was oder wohin?" over its gloss "who, what, where
// to?".
func labelAsks(sep, value string) bool {
	return sep == ":" && isQuestion(value)
}

// proofItem reports whether list item it, with first block head, only says
// that it proves, "- Beweis" or "- Proof:", nested in a bullet ("- Lemma")
// after the bullet beside it that states the claim: an outliner's proof,
// as a "### Proof:" heading holds one (see isProofHeading). Its nested
// bullets are the proof's steps, "- while a literal has no value do" over
// "- pick L": they define nothing and make no cards of their own. The
// claim may also follow the label of the bullet it is nested in, "- Satz
// 3.2: Jeder Baum hat n-1 Kanten" over "- Beweis". A "- Proof" at the
// margin, over "- Direct proof: …", heads its points.
func (p *parsed) proofItem(it, head ast.Node) bool {
	return nestedItem(it) && (it.PreviousSibling() != nil || p.labelStatesClaim(it.Parent().Parent())) &&
		isProofHeading(untagged(strings.TrimSpace(p.plain(head, 0, everything))))
}

// labelStatesClaim reports whether list item parent opens with a label and
// the statement after its colon, "Satz 3.2: Jeder Baum hat n-1 Kanten",
// not with a bare name, "- Theorem".
func (p *parsed) labelStatesClaim(parent ast.Node) bool {
	head := parent.FirstChild()
	if head == nil {
		return false
	}
	_, claim, ok := strings.Cut(p.plain(head, 0, everything), ":")
	return ok && strings.TrimSpace(claim) != ""
}

// nestedItem reports whether list item it sits in a list nested in another
// item.
func nestedItem(it ast.Node) bool {
	l := it.Parent()
	if l == nil {
		return false
	}
	_, ok := l.Parent().(*ast.ListItem)
	return ok
}

// headingItem makes the cards of a list item that opens with a heading,
// as an outliner writes a heading nested in a bullet of text: "- Strengths"
// over "- ### 2. ACID Transactions" and the lines under it. The heading
// asks for what follows it in the item, and heads it: "Example:" there is
// the ACID transactions' example, under "Strengths › ACID Transactions".
// It reports whether children, the item's blocks, open with such a heading.
func (b *builder) headingItem(it ast.Node, children []ast.Node, sc scope) bool {
	if len(children) < 2 {
		return false
	}
	hn, ok := children[0].(*ast.Heading)
	if !ok {
		return false
	}
	h, ok := b.headingOf(hn)
	if !ok || isLabel(h.text) {
		return false // "- ### Example" over its example: the item above's
	}
	rest := children[1:]
	body := rest
	for len(body) > 0 && isRule(body[len(body)-1]) {
		body = body[:len(body)-1] // the "---" that ends a Logseq block parts it from the next
	}
	if b.add(h.html, b.p.blocksHTML(body), Basic, h.line, sc) {
		b.cover(it)
	}
	b.blocks(rest, sc.with(headingText(h.text)))
	return true
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

// loneSeriesItem reports whether it, a bullet labelled as one of a series
// ("- **Process 2:** Develop Team"), is the only bullet of its list, under a
// heading of its own, and value, the rest of its line, a name in title
// case: the series goes on under other headings, where the rule that needs a
// sibling cannot see it, and the parts nested under the bullet are the named
// process's, "Develop Team: Outputs", not "Process 2: Outputs". A lone
// "Windows 10: the current release" keeps its own name.
func loneSeriesItem(it ast.Node, value string) bool {
	return it.PreviousSibling() == nil && it.NextSibling() == nil && isTitleCase(value)
}

// conditionHeading reports whether the heading a list sits under ends in
// a word that opens a condition, "## Use a mutex when", "## Call a doctor
// if": the list's items finish its sentence, each a condition, and "- rash:
// spreading fast" names no term. The heading's card asks for the list.
func conditionHeading(sc scope) bool {
	if len(sc.heads) == 0 {
		return false
	}
	t := strings.TrimRight(sc.heads[len(sc.heads)-1].text, " :：….")
	i := strings.LastIndexByte(t, ' ')
	if i < 0 {
		return false
	}
	return lookupLower(conditionEnds, t[i+1:])
}

// underCondition reports whether the bullet a line sits under sets a
// condition or a place that what it holds is true in: it opens with one of
// conditionEnds or "at", "- If the price rises", "- At the midpoint", or
// ends with a comma, "- At high P and low Q,", and is no question.
func underCondition(sc scope) bool {
	if len(sc.parents) == 0 {
		return false
	}
	t := strings.TrimSpace(sc.parents[len(sc.parents)-1])
	if strings.HasSuffix(t, "?") || strings.HasSuffix(t, ":") {
		return false
	}
	if strings.HasSuffix(t, ",") {
		return true
	}
	w, rest, ok := strings.Cut(t, " ")
	if !ok || strings.HasPrefix(rest, "to ") {
		return false // "- When to use VMs" asks when, it sets no condition
	}
	return lookupLower(conditionEnds, w) || strings.EqualFold(w, "at")
}

// conditionEnds are the words that end a heading over conditions
// (conditionHeading).
var conditionEnds = map[string]bool{"if": true, "when": true, "unless": true, "whenever": true}

// typedPoint reports whether line, a paragraph's, is a bullet typed inside
// it: indented four spaces under the line above, "    - once
// authenticated, …" carries on the paragraph rather than opening a list.
func typedPoint(line []byte) bool {
	t := bytes.TrimLeft(line, " \t")
	return len(t) > 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ' && hasWordCharBytes(t[2:])
}

// danglingAnswer reports whether rest, the blocks under a bullet, is one
// item alone that ends in a colon and leads nothing in: "- defendant has a
// right of due process to:" under "- due process", a sentence left
// unfinished, answers nothing, and the bullet over it asks nothing.
func (p *parsed) danglingAnswer(rest []ast.Node) bool {
	if len(rest) != 1 {
		return false
	}
	l, ok := rest[0].(*ast.List)
	if !ok || l.ChildCount() != 1 || l.FirstChild().ChildCount() != 1 {
		return false
	}
	t := strings.TrimSpace(p.plain(l.FirstChild().FirstChild(), 0, everything))
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}

// quotedRest returns the HTML of the block that paragraph n leads in (see
// ledBlock) when answer, the last definition n gives, is what leads it in:
// "Reasoning: In `git pull --help`, the following sentence is found:" over
// "> With `--rebase`, it runs `git rebase` …" is answered by the quote, not
// by the words that point at it. It returns "" when n leads in nothing.
func (b *builder) quotedRest(n ast.Node, answer string) string {
	if next := n.NextSibling(); next != nil && b.p.displayMath(next) {
		if t := strings.TrimSpace(stripTags(answer)); !leadsOn(t) && !leadsFormula(t) {
			return "" // "Standard deviation: the thing is" over "$$ … $$"
		}
	} else if !mayLeadOn(answer) || !leadsOn(strings.TrimSpace(stripTags(answer))) {
		return ""
	}
	switch next := b.ledBlock(n, false); next.(type) {
	case nil:
	case *ast.Paragraph:
		return "<br>" + b.p.blocksHTML([]ast.Node{next}) // a displayed formula
	default:
		return b.p.blocksHTML([]ast.Node{next})
	}
	return ""
}

// ledBlock returns the block under paragraph n that n's last words lead
// in, "… he claims that" over a quote, "… pointer in each node:" over code,
// "We start by developing the left hand side -" over a displayed formula,
// or nil. A list after the colon is a lead-in's own card (see leadFront),
// a callout its own, and a paragraph after it may start something else:
// none is taken, unless prose is true, when n is one line ending in a colon
// that leads in the paragraph under it ("We use the convexity of the
// exponent function:" over the proof).
func (b *builder) ledBlock(n ast.Node, prose bool) ast.Node {
	p := b.p
	ls := p.lines(n)
	if len(ls) == 0 {
		return nil
	}
	last := strings.TrimSpace(p.plain(n, ls[len(ls)-1][0], ls[len(ls)-1][1]))
	next := n.NextSibling()
	if !leadsOn(last) {
		if leadsFormula(last) && p.displayMath(next) {
			return next // "… the thing is" over "$$ … $$"
		}
		return nil
	}
	switch next.(type) {
	case *ast.Blockquote, *ast.FencedCodeBlock, *ast.CodeBlock:
		if _, _, callout := p.calloutHeadOf(next); callout {
			return nil // "> [!note]" is a card of its own
		}
		return next
	case *ast.Paragraph:
		if p.displayMath(next) || prose && len(ls) == 1 && (strings.HasSuffix(last, ":") || strings.HasSuffix(last, "：")) {
			return next
		}
	}
	return nil
}

// mayLeadOn is leadsOn's quick test on an answer's HTML, before its tags
// are stripped from the whole of it: the last character of its text, past
// the tags that close it, is one leadsOn's endings end in, ':', '-' or the
// 't' of "that", an entity's ';' or one beyond ASCII ("：", "–"). Where a
// closing tag might open earlier than its last '<', it says true.
func mayLeadOn(answer string) bool {
	s := strings.TrimRightFunc(answer, unicode.IsSpace)
	for strings.HasSuffix(s, ">") {
		i := strings.LastIndexByte(s, '<')
		if i < 0 || strings.LastIndexByte(s[:i], '<') > strings.LastIndexByte(s[:i], '>') {
			return true // not a tag of its own, or one opened earlier
		}
		s = strings.TrimRightFunc(s[:i], unicode.IsSpace)
	}
	if s == "" {
		return false
	}
	c := s[len(s)-1]
	return c >= utf8.RuneSelf || strings.IndexByte(":;-tT", c) >= 0
}

// leadsFormula reports whether text t ends in a verb or a sign whose
// object is missing, "the thing is", "… is given by", "… =": over a
// displayed formula, the formula is that object, and the answer goes on
// into it. Over prose, a quote or code such an ending is only a line cut
// short, and nothing is taken.
func leadsFormula(t string) bool {
	for _, end := range []string{" is", " are", " by", " equals", " =", " be"} {
		if len(t) > len(end) && strings.EqualFold(t[len(t)-len(end):], end) {
			return true
		}
	}
	return false
}

// leadsOn reports whether text t ends in words that lead in what follows
// it: a colon, a dash after a space ("… the left hand side -") or "that"
// ("… he claims that").
func leadsOn(t string) bool {
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
		return true
	}
	for _, end := range []string{" -", " –", " —", " that"} {
		if len(t) > len(end) && strings.EqualFold(t[len(t)-len(end):], end) {
			return true
		}
	}
	return false
}
