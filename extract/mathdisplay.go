package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// displayAlone reports whether the formula $$…$$ at s[lo:hi], HTML, is a
// display: alone on its line, or opening and closing on lines of its own
// ("$$<br>\int_0^1 f<br>$$"), with no more than a full stop after it or
// other displays beside it ("$$2001:db8::1$$$$2001:db8:0:0::1$$"). A
// formula of several lines, or of an environment only LaTeX's display
// mode has (align, gather, equation), is a display wherever it starts.
// Logseq writes every formula with "$$", in the running text too: "If
// $$Q, K, V$$ all come from the same sequence" and "$$\sqrt{d_k}$$ is the
// scaling factor" are inline.
func displayAlone(s string, lo, hi int) bool {
	if f := s[lo:hi]; strings.Contains(f, "<br>") || strings.Contains(f, "\n") || strings.Contains(f, `\begin{align`) ||
		strings.Contains(f, `\begin{gather`) || strings.Contains(f, `\begin{equation`) {
		return true // "such that $$\begin{align*}<br>P(…) …$$": lines of their own
	}
	// Only the ends next to the formula are read: a paragraph of thousands
	// of formulas searched its whole text for line breaks at each one.
	before := strings.TrimRight(s[:lo], " \t\r")
	after := strings.TrimLeft(s[hi:], " \t\r.,;:")
	return (before == "" || strings.HasSuffix(before, "$$") || endsLine(before)) &&
		(after == "" || strings.HasPrefix(after, "$$") || opensLine(after))
}

// endsLine reports whether s ends with a line break (see mathLineBreaks).
func endsLine(s string) bool {
	for _, b := range mathLineBreaks {
		if strings.HasSuffix(s, b) {
			return true
		}
	}
	return false
}

// opensLine reports whether s opens with a line break (see mathLineBreaks).
func opensLine(s string) bool {
	for _, b := range mathLineBreaks {
		if strings.HasPrefix(s, b) {
			return true
		}
	}
	return false
}

// mathLineBreaks are the HTML and the newline that end a line of a card
// side, for displayAlone.
var mathLineBreaks = []string{"<br>", "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<ol>", "</ol>",
	"<td>", "</td>", "<th>", "</th>", "<div>", "</div>", "\n"}

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
