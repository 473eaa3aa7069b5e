package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// exampleLabels are the labels that open a worked example: "e.g:",
// "Example 3:", "**Solution:**", "Given:". The values under them are the
// example's, not terms.
var exampleLabels = map[string]bool{"e.g": true, "eg": true, "example": true, "examples": true,
	"for example": true, "worked example": true, "solution": true, "given": true}

// exampleLookback is how many lines above a value workedValue reads to find
// the label of its example.
const exampleLookback = 40

// workedValue reports whether the card front → back, made from file line
// line, is a value of a worked example: "N = 5", "PV = $5,000,000" or
// "FV = PV(1+r)^N = $7,012,758.65" under "e.g:", "Example:" or "Solution:",
// with the problem's statement and the example's other values between. A
// student asks no "N" of an example; a symbol's definition ("N = population
// size") and a constant outside an example ("g = 9.81 m/s²") stay cards.
func (b *builder) workedValue(front, back string, line int) bool {
	if !valueSymbol(front) || !valueBack(back) || !strings.Contains(b.p.sourceLine(line), "=") {
		return false
	}
	prose, blanks := 0, 0
	for l := line - 1; l > line-exampleLookback && l > b.p.lineShift; l-- {
		t := strings.TrimLeft(b.p.sourceLine(l), " \t>")
		t = strings.TrimSpace(strings.TrimLeft(t, "-*+ \t>"))
		switch {
		case t == "":
			if blanks++; blanks > 2 {
				return false
			}
		case t[0] == '#':
			return exampleLabel(strings.TrimLeft(t, "# "))
		case exampleLabel(t):
			return true
		case strings.Contains(t, "="):
			// another value or the formula the example computes
		default:
			if prose++; prose > 2 {
				return false
			}
		}
	}
	return false
}

// valueSymbol reports whether front, a card's front, is a symbol: one short
// token such as "N", "PV", "\(r_s\)" or "mN".
func valueSymbol(front string) bool {
	s := strings.TrimSpace(stripTags(front))
	s = strings.TrimSuffix(strings.TrimPrefix(s, `\(`), `\)`)
	return s != "" && len(s) <= 12 && !strings.ContainsFunc(s, unicode.IsSpace) && strings.ContainsFunc(s, unicode.IsLetter)
}

// valueBack reports whether back is a value: a number, signed or in a
// currency ("5", "-$2M", "7% = 0.07"), or a computation that ends in one
// ("PV(1+r)^N = $7,012,758.65").
func valueBack(back string) bool {
	s := strings.TrimSpace(stripTags(back))
	if startsNumber(s) {
		return true
	}
	i := strings.LastIndexByte(s, '=')
	return i >= 0 && startsNumber(s[i+1:])
}

// startsNumber reports whether s opens with a number, after spaces, a sign
// and a currency: "0.08", "-$2M", "\$5,000".
func startsNumber(s string) bool {
	s = strings.TrimLeft(strings.TrimSpace(s), "+-−")
	s = strings.TrimPrefix(strings.TrimPrefix(s, `\`), "$")
	s = strings.TrimLeft(s, "€£¥")
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '0' && r <= '9'
}

// exampleLabel reports whether line t (without its list or quote marker)
// opens a worked example: "e.g:", "**Example 2:** A bond pays …",
// "Solution", "Worked example (NPV)".
func exampleLabel(t string) bool {
	head, _, _ := strings.Cut(t, ":")
	head, _, _ = strings.Cut(head, "(")
	head = strings.TrimRight(strings.Trim(strings.TrimSpace(head), "*_"), " 0123456789.)")
	return head != "" && lookupLower(exampleLabels, head)
}

// tabTermWords is the most words tabSplit takes for a term.
const tabTermWords = 4

// tabSplit splits line r of paragraph n at its one tab, among definitions
// typed a line each with a dash, where a line's dash became a tab as a
// table pasted from a worksheet leaves it: "VERTEBRATES<TAB>This word
// describes animals that have a backbone." under "VEINS - Blood vessels …".
// The term before the tab is a name of at most four words; the definition
// opens with a capital, or the term is in capitals.
func (p *parsed) tabSplit(n ast.Node, r [2]int) (split, bool) {
	line := p.src[r[0]:r[1]]
	k := bytes.IndexByte(line, '\t')
	if k <= 0 || bytes.IndexByte(line[k+1:], '\t') >= 0 {
		return split{}, false
	}
	term := strings.TrimSpace(p.plain(n, r[0], r[0]+k))
	if !hasWordChar(term) || countFields(term) > tabTermWords || strings.ContainsAny(term, ".?!") {
		return split{}, false
	}
	defLo := r[0] + k + 1
	for defLo < r[1] && p.src[defLo] == ' ' {
		defLo++
	}
	def := p.plain(n, defLo, r[1])
	if !visibleWord(def) {
		return split{}, false
	}
	if d, _ := utf8.DecodeRuneInString(def); !unicode.IsUpper(d) && strings.ToUpper(term) != term {
		return split{}, false // "See the table<TAB>below": a tab inside a sentence
	}
	return split{termLo: r[0], termHi: r[0] + k, defLo: defLo, defHi: r[1], sep: "\t"}, true
}

// tabItem makes the card of a list item whose term and definition a tab
// parts, among items that a dash or a colon parts (see tabSplit).
func (b *builder) tabItem(head ast.Node, sc scope) bool {
	return b.splitItem(head, sc, b.p.tabSplit, func(term string) string { return term })
}

// barePipeRows is the fewest lines barePipeCells reads as a table.
const barePipeRows = 3

// barePipeCells returns the cells of lines ls when they are the rows of a
// table typed by hand without its outer pipes and its |---| line, which
// Markdown reads as a paragraph: "quel     | what" over "qui      | who".
// There are three rows or more, each with as many pipes, none of them
// inside brackets, each with a space beside it and words in every cell; a
// line with code, math or HTML in it is no such row.
func (p *parsed) barePipeCells(ls [][2]int) [][][2]int {
	if len(ls) < barePipeRows {
		return nil
	}
	rows := make([][][2]int, 0, len(ls))
	for _, r := range ls {
		cells := barePipeRow(p.src, r[0], r[1])
		if cells == nil || len(rows) > 0 && len(cells) != len(rows[0]) {
			return nil
		}
		rows = append(rows, cells)
	}
	return rows
}

// barePipeRow returns the cells of src[lo:hi], a row of a table without its
// outer pipes (see barePipeCells), or nil.
func barePipeRow(src []byte, lo, hi int) [][2]int {
	line := bytes.TrimSpace(src[lo:hi])
	if len(line) == 0 || line[0] == '|' || line[len(line)-1] == '|' {
		return nil
	}
	var cells [][2]int
	depth, start := 0, lo
	for k := lo; k < hi; k++ {
		switch src[k] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		case '`', '$', '<':
			return nil
		case '|':
			if depth > 0 || k > lo && src[k-1] == '\\' {
				continue
			}
			if k == lo || k+1 == hi || src[k+1] == '|' || src[k-1] != ' ' && src[k+1] != ' ' {
				return nil
			}
			cells = append(cells, [2]int{start, k})
			start = k + 1
		}
	}
	if len(cells) == 0 {
		return nil
	}
	cells = append(cells, [2]int{start, hi})
	for _, c := range cells {
		if !hasWordCharBytes(src[c[0]:c[1]]) {
			return nil
		}
	}
	return cells
}

// rowsBlock returns the cells of block n when its lines are table rows
// without the |---| line, with their outer pipes ("| Prost | Cheers |", see
// pipeCells) or without them ("quel | what", see barePipeCells); else nil.
func (p *parsed) rowsBlock(n ast.Node) [][][2]int {
	if n.Lines().Len() == 0 {
		return nil
	}
	first := n.Lines().At(0)
	if p.src[first.Start] == '|' {
		return p.pipeCells(p.lines(n))
	}
	if n.Lines().Len() < barePipeRows || bytes.IndexByte(p.src[first.Start:first.Stop], '|') < 0 {
		return nil
	}
	return p.barePipeCells(p.lines(n))
}

// colonLinesAround makes the cards of the "Question::Answer" lines
// (Question::@::Answer in the spaced-repetition plugin) that open or end
// paragraph n, whose lines ls hold a cloze: "What is a dict?::@::A mapping"
// over "A dict uses {@{curly brackets}@}." is a card of its own, not the
// cloze card's first line. It returns the lines left for the cloze.
func (b *builder) colonLinesAround(n ast.Node, ls [][2]int, sc scope) [][2]int {
	for len(ls) > 1 && b.colonLine(n, ls[0]) {
		b.doubleColon(n, ls[0], sc)
		ls = ls[1:]
	}
	for len(ls) > 1 && b.colonLine(n, ls[len(ls)-1]) {
		b.doubleColon(n, ls[len(ls)-1], sc)
		ls = ls[:len(ls)-1]
	}
	return ls
}

// colonLine reports whether line r of n is a "Question::Answer" card
// without a cloze.
func (b *builder) colonLine(n ast.Node, r [2]int) bool {
	if hasCloze(b.p.src[r[0]:r[1]]) {
		return false
	}
	_, _, _, ok := b.p.colonCard(n, r)
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

// sentenceThroughCode reports whether code, a block of code under a line
// that ends with a colon, is a step of a sentence that runs through blocks
// of code: "As data grows:" over "1 Server", then "becomes:" over "10
// Servers". The code holds words, no command ("1 Server"), and the
// paragraph under it goes on with the sentence and leads on to more; the
// line over it asks nothing alone. "To list pods:" over "kubectl get pods"
// and "then describe one:" names a command.
func (b *builder) sentenceThroughCode(code ast.Node) bool {
	after, ok := code.NextSibling().(*ast.Paragraph)
	if !ok {
		return false
	}
	if t := strings.TrimSpace(b.p.plain(after, 0, everything)); !continuesCode(after, t) || !b.leadsOn(after) {
		return false
	}
	for i := 0; i < code.Lines().Len(); i++ {
		if !wordsLine(bytes.TrimSpace(segValue(code.Lines().At(i), b.p.src))) {
			return false
		}
	}
	return true
}

// wordsLine reports whether line, a line of code, holds words and numbers
// only and opens with a capital or a digit, as a value shown in code does
// ("1 Server", "Debit Account A"); a command has its program's name in
// lower case or signs.
func wordsLine(line []byte) bool {
	r, _ := utf8.DecodeRune(line)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	return !bytes.ContainsFunc(line, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' && r != ','
	})
}

// A sourcePick chooses among the <source> alternatives of an <audio> or a
// <video>, as a browser does: "<audio><source src="hola.ogg"><source
// src="hola.mp3"></audio>" plays the first file it can play, and the card
// plays (and the deck packs) hola.ogg alone, not both in turn.
type sourcePick struct {
	in     bool // inside an <audio> or a <video>
	chosen bool // its sound is chosen: its own src, or a <source>
}

// take reads the media tag name (lower case), closing or not, with its src,
// and reports whether src is to be played or shown: an image's, an
// <audio>'s own, the first playable <source> of its <audio> or <video>, or
// a <source> outside any.
func (s *sourcePick) take(name string, closing bool, src string) bool {
	switch name {
	case "audio", "video":
		*s = sourcePick{in: !closing, chosen: src != ""}
		return !closing && src != ""
	case "source":
		if closing || src == "" {
			return false
		}
		if !s.in {
			return true
		}
		if s.chosen || !isAudio(src) {
			return false
		}
		s.chosen = true
		return true
	}
	return !closing && src != ""
}

// valueClauseEnd returns where the first of two parallel clauses (see
// hasParallelClause) ends in src, the source of a definition after its
// "is", when that clause gives a value: "20 bytes" of "TCP header size is
// 20 bytes and UDP Header size is 8 bytes." The value answers its subject
// as the sentence states it, and the clause after the join sets another
// subject's value beside it. It returns -1 when the first clause opens
// with no number: "body is divisible and mind is not" defines nothing.
func valueClauseEnd(src []byte, def string) int {
	f := strings.Fields(def)
	if len(f) == 0 || f[0][0] < '0' || f[0][0] > '9' {
		return -1
	}
	for i := 1; i < len(f) && i <= maxFirstClauseWords; i++ {
		if parallelJoins[strings.ToLower(f[i])] {
			return bytes.Index(src, []byte(" "+f[i]+" "))
		}
	}
	return -1
}

// minRowsUnderHeader is how many rows must share the mark that tells a
// header from them (see markedRowsUnder).
const minRowsUnderHeader = 2

// markedRowsUnder reports whether the first of rows, a table typed without
// its |---| line, names its columns because every row under it opens one
// column's cells with one mark the first row's cell lacks: the suffixes of
// "-(i)en australien | -(i)enne australienne" and "-eau beau | -eaux
// beaux" under "adjectif masculin | adjectif féminin" and "singulier |
// pluriel", or the numbers of "| 22 | SSH |" under "| Port | Service |".
// The mark is a sign or a digit; a letter's case marks nothing, as a
// word's first letter may be capitalised in any row.
func (p *parsed) markedRowsUnder(n ast.Node, rows [][][2]int) bool {
	if len(rows) < minRowsUnderHeader+1 {
		return false
	}
	for k := range rows[0] {
		if cellMark(p.plain(n, rows[0][k][0], rows[0][k][1])) != 0 {
			continue
		}
		m := rune(0)
		for _, cells := range rows[1:] {
			if k >= len(cells) {
				m = 0
				break
			}
			c := cellMark(p.plain(n, cells[k][0], cells[k][1]))
			if c == 0 || m != 0 && c != m {
				m = 0
				break
			}
			m = c
		}
		if m != 0 {
			return true
		}
	}
	return false
}

// cellMark returns the mark a table's cell t opens with: its first sign,
// or '0' for a digit; 0 when it opens with a letter or holds nothing.
func cellMark(t string) rune {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(t))
	switch {
	case r == utf8.RuneError || unicode.IsLetter(r):
		return 0
	case unicode.IsDigit(r):
		return '0'
	}
	return r
}

// backReferences are the words that make a subject point back at a thing
// named before it: "Another method", "The same idea", "Such a function".
// "similar" and "analogous" point back too ("A similar statistic"), but
// may also be the term's own word ("A similar matrix is a matrix …").
var backReferences = map[string]bool{"another": true, "same": true, "such": true, "similar": true, "analogous": true}

// refersBack reports whether term, the subject of a sentence whose
// predicate is def, is a noun that one of backReferences ties to the
// sentence before: "A similar statistic is the $F(d)$ function" introduces
// F(d) after G(d), and "similar statistic" is no term a student asks. A
// subject that names what it compares to ("Another name for osmosis")
// still asks, and so does a similar thing that def defines as a kind, with
// "a" or "an": "A similar matrix is a matrix B = P⁻¹AP".
func refersBack(term, def string) bool {
	f := strings.Fields(strings.ToLower(term))
	for len(f) > 0 && (f[0] == "a" || f[0] == "an" || f[0] == "the") {
		f = f[1:]
	}
	if len(f) > 2 && f[0] == "such" && (f[1] == "a" || f[1] == "an") {
		f = f[1:]
		f[0] = "such"
	}
	if len(f) != 2 || !backReferences[f[0]] {
		return false
	}
	if f[0] == "similar" || f[0] == "analogous" {
		a, _, _ := strings.Cut(strings.ToLower(def), " ")
		return a != "a" && a != "an"
	}
	return true
}

// isNameWord reports whether w, a word of a term after the word prev, is a
// name's word though it reads as a verb: a capital after a small word, as
// the month of "The Third of May, 1808" or the "Will" of "Portrait of
// Will Smith" is written. A verb inside a name would not be capitalised
// there; "What Is Polymorphism", capitalised throughout, and "x IS y",
// a verb in capitals, are still clauses.
func isNameWord(prev, w string) bool {
	p, _ := utf8.DecodeRuneInString(strings.Trim(prev, "*_`\"'“”‘’"))
	r, n := utf8.DecodeRuneInString(w)
	r2, _ := utf8.DecodeRuneInString(w[n:])
	return unicode.IsLower(p) && unicode.IsUpper(r) && unicode.IsLower(r2)
}
