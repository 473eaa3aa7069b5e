package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// isCaseValue reports whether def, after a symbol and "=", is a value that
// heads a case of the list below it rather than what the symbol means:
// "p = 1 (Linear convergence):" over the points of linear convergence. The
// line is the case's name, "p = 1 (Linear convergence)", not a card asking
// what p is.
func isCaseValue(def []byte) bool {
	def = bytes.TrimSpace(def)
	if len(def) < 2 || def[len(def)-1] != ':' {
		return false
	}
	c := def[0]
	return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.'
}

// conclusionWords open a step that follows from the one above it, in a
// derivation or an argument: "Hence," over the formula it gives, "thus PV =
// constant". Such a step is no term to ask for.
var conclusionWords = []string{"hence", "thus", "therefore"}

// isConclusionStep reports whether front, as text, opens with a word of
// conclusionWords, alone or before its clause, or with the sign "∴".
func isConclusionStep(front string) bool {
	t := strings.TrimSpace(front)
	if strings.HasPrefix(t, "∴") {
		return true
	}
	w, _, _ := strings.Cut(t, " ")
	w = strings.TrimRight(w, ",:")
	for _, c := range conclusionWords {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// opensWithDisplay reports whether paragraph n opens with a displayed
// formula, on a line of its own: "$$Q = \Delta U + W$$", then "and $W =
// P\Delta V$", over a list. The formula is no lead-in of the list, nor a
// front: the paragraph states, the list goes on beside it.
func (p *parsed) opensWithDisplay(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok || n.Lines().Len() < 2 {
		return false
	}
	first := n.Lines().At(0)
	t := bytes.TrimSpace(p.src[first.Start:first.Stop])
	return bytes.Equal(t, []byte("$$")) || len(t) > 4 && bytes.HasPrefix(t, []byte("$$")) && bytes.HasSuffix(t, []byte("$$")) && bytes.Count(t, []byte("$$")) == 2
}

// maxLabelDisplayWords bounds the words of a label over its formula: a
// longer line is a sentence that goes on into the formula.
const maxLabelDisplayWords = 8

// labelDisplayItem makes a card of a list item of two lines, a short label
// that ends with a colon and the displayed formula it names, typed under
// it without a blank line: "- Efficiency of a heat engine:" over "$$\eta =
// W/Q_h$$" asks for the efficiency's formula.
func (b *builder) labelDisplayItem(head ast.Node, sc scope) bool {
	p := b.p
	ls := p.lines(head)
	if len(ls) != 2 {
		return false
	}
	label := strings.TrimSpace(p.plain(head, ls[0][0], ls[0][1]))
	name, ok := strings.CutSuffix(label, ":")
	if !ok || !hasWordChar(name) || strings.ContainsAny(name, ":：?$") || countFields(name) > maxLabelDisplayWords || isConclusionStep(name) {
		return false
	}
	t := bytes.TrimSpace(p.src[ls[1][0]:ls[1][1]])
	if len(t) <= 4 || !bytes.HasPrefix(t, []byte("$$")) || !bytes.HasSuffix(t, []byte("$$")) || bytes.Count(t, []byte("$$")) != 2 {
		return false
	}
	if b.add(stripColon(p.html(head, ls[0][0], ls[0][1])), p.html(head, ls[1][0], ls[1][1]), Basic, p.line(ls[0][0]), sc) {
		b.cover(head)
	}
	return true
}

// strayComma drops the comma that ends back, a card's answer as HTML, or
// the semicolon when front is a formula's symbol: a line of a sentence the
// note split into items, "- k is a constant," and "- $V$ = applied voltage
// across the terminals;", answers "a constant", not "a constant,". Only
// words end so: "float: right;" and "SELECT Name FROM Employees;" are code,
// their semicolon kept. An answer of one word keeps its comma, too short
// to tell an item of a sentence from a list.
func strayComma(front, back string) string {
	t, ok := strings.CutSuffix(back, ",")
	if !ok && strings.HasPrefix(front, `\(`) && strings.HasSuffix(front, `\)`) {
		t, ok = strings.CutSuffix(back, ";")
	}
	if !ok || len(back) > 400 || !hasWordChar(t) || !strings.Contains(t, " ") || strings.ContainsAny(t, "<:=(){}&") {
		return back
	}
	return t
}

// quotedStart returns def without the quotation mark that opens it, as
// rendered: "$I_0$ = "dark saturation current", the leakage current"
// glosses the symbol with the name it quotes.
func quotedStart(def []byte) []byte {
	for _, q := range []string{"&quot;", `"`, "“"} {
		if t, ok := bytes.CutPrefix(def, []byte(q)); ok {
			return t
		}
	}
	return def
}

// symbolKeyEnd reports whether line, the source of a paragraph's line, is a
// displayed formula alone that ends the gloss of term, a formula's symbol
// ("$n$" as the note's HTML keeps it): "$n =$ *amount of substance*"
// then "$$k_B = R/N_A$$" on the next line, the derivation going on. The
// formula is no part of what n stands for.
func symbolKeyEnd(term string, line []byte) bool {
	if len(term) < 3 || term[0] != '$' || term[len(term)-1] != '$' || strings.Count(term, "$") != 2 {
		return false
	}
	t := bytes.TrimSpace(line)
	return len(t) > 4 && bytes.HasPrefix(t, []byte("$$")) && bytes.HasSuffix(t, []byte("$$")) && bytes.Count(t, []byte("$$")) == 2
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
