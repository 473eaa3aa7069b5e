package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
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
// with the problem's statement and the example's other values between, in
// lines or in the rows of a table. A
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
		case strings.Contains(t, "=") || strings.Contains(t, " | "):
			// another value, the formula the example computes or a row of its data
		default:
			if prose++; prose > 2 {
				return false
			}
		}
	}
	return false
}

// exampleAmount reports whether back, the answer of a card made from file
// line line, is an amount alone, "$5,000" or "60 days", and the line an
// item of the list right under a heading that names a worked example:
// "### Timing Example" over "- Purchase inventory (Day 1): $5,000" and "-
// Operating cycle: 60 days" sets out the example's data, which a student
// reviews on the example's card; none of its labels is a term.
func (b *builder) exampleAmount(back string, line int) bool {
	s := strings.TrimSpace(stripTags(back))
	if !startsNumber(s) || countFields(s) > 3 {
		return false
	}
	for l := line - 1; l > line-exampleLookback && l > b.p.lineShift; l-- {
		t := strings.TrimSpace(b.p.sourceLine(l))
		switch {
		case t == "":
		case t[0] == '#':
			return exampleHeading(strings.TrimSpace(strings.TrimLeft(t, "#")))
		case t[0] == '-' || t[0] == '*' || t[0] == '+':
			// another item of the example's list
		default:
			return false
		}
	}
	return false
}

// exampleHeading reports whether heading text t names a worked example:
// an example's label (see exampleLabel), or a title that ends in
// "Example", "Timing Example", "Numerical example".
func exampleHeading(t string) bool {
	if exampleLabel(t) {
		return true
	}
	t = strings.TrimRight(strings.Trim(t, "*_ :"), " 0123456789.)")
	i := strings.LastIndexByte(t, ' ')
	return i > 0 && strings.EqualFold(t[i+1:], "example")
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
	return head != "" && lookupLowerIn(head, exampleLabels, examplesAbroad)
}

// exampleSteps reports whether rest, the blocks nested under a list item
// whose text is head, are the numbered steps of an example: "**Example:**"
// or "**Przykład:**" over "1. In cell `D1` we type the formula: `=A1+B1`".
// The steps stay on the example's card; none of them names a term.
func exampleSteps(head string, rest []ast.Node) bool {
	if !exampleAlone(head) || len(rest) == 0 {
		return false
	}
	for _, n := range rest {
		if l, ok := n.(*ast.List); !ok || !l.IsOrdered() {
			return false
		}
	}
	return true
}

// exampleLabelOnly reports whether line, a list item's plain text, is an
// example's label and nothing else, with or without its colon: "examples",
// "Example:", "**Beispiele**"; not "Example: 楽しく" nor "Examples of
// organelles".
func exampleLabelOnly(line string) bool {
	t := strings.TrimSuffix(strings.TrimSpace(line), ":")
	return t != "" && !strings.ContainsAny(t, ":(") && exampleLabel(t)
}

// pairsOnly reports whether rest, the blocks nested in a list item, is one
// list whose every item opens with a line that splits into a term and what
// it means, "美味しそう - looks delicious" or "Mitochondria: make ATP": each
// is a card of its own.
func (p *parsed) pairsOnly(rest []ast.Node) bool {
	if len(rest) != 1 {
		return false
	}
	l, ok := rest[0].(*ast.List)
	if !ok || l.FirstChild() == nil {
		return false
	}
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		head := it.FirstChild()
		if head == nil {
			return false
		}
		ls := p.lines(head)
		if len(ls) == 0 {
			return false
		}
		if _, ok := p.splitLine(head, ls[0][0], ls[0][1]); !ok {
			return false
		}
	}
	return true
}

// exampleAlone reports whether line, a line's plain text, is an example's
// label alone, "**Example:**", "Example 2:": the lines after it in its
// paragraph illustrate ("$p$: "Austin is in Central Texas"" in a logic
// note) and define no term.
func exampleAlone(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasSuffix(t, ":") && strings.Count(t, ":") == 1 && exampleLabel(t)
}

// exampleLabelBefore reports whether the block before n is a paragraph of
// an example's label alone, "Example:" over "p: The temperature is above
// 30℃." and "q: The weather is humid.", a blank line between: the lines
// after it set the example's variables, as they do typed right under it.
func (p *parsed) exampleLabelBefore(n ast.Node) bool {
	prev, ok := n.PreviousSibling().(*ast.Paragraph)
	return ok && prev.Lines().Len() == 1 && exampleAlone(p.plain(prev, 0, everything))
}

// exampleVariable reports whether term, a line's term as typed, is a
// variable an example sets: a formula alone, "$p$", "$\neg p$", or a
// letter, "x". Under "**Example:**", "$p$: "Austin is in Central Texas""
// gives p a value for the example; a term in words, a phrase with its
// translation, still asks.
func exampleVariable(term []byte) bool {
	t := bytes.TrimSpace(term)
	if len(t) == 1 {
		return isLetterASCII(t[0])
	}
	return len(t) > 2 && t[0] == '$' && t[len(t)-1] == '$' && bytes.Count(t, []byte("$")) == 2
}

// problemAsks are the labels of what a worked problem asks for, beside its
// "Given:" in the layout engineering and physics problems are solved in:
// "Find: the force in the spring", "Required: …", "Unknown: …".
var problemAsks = map[string]bool{"find": true, "to find": true, "required": true, "unknown": true, "unknowns": true}

// problemLookback is how many lines above a label of problemAsks its
// problem's "Given:" may stand.
const problemLookback = 4

// isProblemAsk reports whether term, before a colon on the file's line
// line, labels what a worked problem asks: a word of problemAsks with the
// problem's "Given" on a line shortly above. "**Find:** The force in the
// spring" under "**Given:** A spring with $k = 200$ N/m …" is a part of
// the example, asked with it; "Find" alone in a word list is a word.
func (p *parsed) isProblemAsk(term string, line int) bool {
	if !problemAsks[strings.ToLower(strings.TrimSpace(term))] {
		return false
	}
	for l := line - 1; l >= line-problemLookback && l > p.lineShift; l-- {
		t := strings.TrimLeft(p.sourceLine(l), " \t>-*+_#")
		if w, _, ok := strings.Cut(t, ":"); ok && strings.EqualFold(strings.TrimRight(w, "*_ "), "given") {
			return true
		}
	}
	return false
}

// exampleTableLookback is how many lines above a table exampleTable reads
// to find the label of its example.
const exampleTableLookback = 3

// exampleTable reports whether a table whose first line is first, over
// rows, sets out a worked example's data: the line above it, past blank
// lines, labels an example ("- Example: Demand for Pizza"), and every cell
// but the rows' names holds a value ("| Price | $1.00 | $0.97 | 3% |"). Its
// rows name no terms, and stay on their heading's card; a table of
// examples in words, "| perro | dog |" under "Examples:", keeps its cards.
func (b *builder) exampleTable(first int, rows [][]*east.TableCell) bool {
	if len(rows) == 0 {
		return false
	}
	for l := first - 1; l >= first-exampleTableLookback && l > b.p.lineShift; l-- {
		t := strings.TrimSpace(strings.TrimLeft(b.p.sourceLine(l), " \t>-*+"))
		if t == "" {
			continue
		}
		if !exampleLabel(t) {
			return false
		}
		break
	}
	if first-1 <= b.p.lineShift {
		return false
	}
	for _, r := range rows {
		for _, c := range r[1:] {
			if v := b.p.plain(c, 0, everything); !valueBack(v) {
				return false
			}
		}
	}
	return true
}
