package extract

import (
	"bytes"
	"strings"
	"unicode"

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

// formulaFirst reports whether block n is a paragraph that opens with a
// formula alone on its line: "$$" over the formula's lines, "$$P = IV$$",
// or "$1 / R_{tot} = 1/R1 + 1/R2$", a remark on the lines under it allowed
// ("$V_{out} = …$ |" over "Voltage at Middle of divider").
func (p *parsed) formulaFirst(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok || n.Lines().Len() == 0 {
		return false
	}
	first := n.Lines().At(0)
	t := bytes.TrimSpace(p.src[first.Start:first.Stop])
	if bytes.Equal(t, []byte("$$")) || bytes.Equal(t, []byte(`\[`)) {
		return true
	}
	if end := bytes.TrimRight(t, " .,;|"); len(end) == 0 || end[len(end)-1] != '$' {
		return false // the quick test: formulaLen ends at a "$", and only these bytes may follow it
	}
	k := formulaLen(t)
	return k > 0 && len(bytes.Trim(t[k:], " .,;|")) == 0
}

// formulaLabel returns the name that t, the plain text of a line alone,
// gives the formula under it, "Parallel Resistance:", "Ohms Law
// (Voltage):" or "The potential energy is given by:", without its colon
// and its verb (see cutDefiningVerb); "" when t is no such label: a sentence
// (in Chinese or Japanese, "接下来我们需要定义势能函数：", its words uncounted),
// a generic word ("Formula:" is asked with its heading), a worked
// problem's part ("Given:", "Find:", "where:") or a step of a derivation
// ("Hence:", "Substituting:", "Rearranging for v:").
func formulaLabel(t string) string {
	name, ok := strings.CutSuffix(strings.TrimSpace(t), ":")
	name = cutDefiningVerb(strings.TrimSpace(name))
	if !ok || strings.ContainsAny(name, ":：?$`") || unspacedScript(name) || countFields(name) > maxFormulaLabelWords || !isTerm(name) ||
		isConclusionStep(name) || isGenericLead(name) || derivationWord(name) {
		return ""
	}
	return name
}

// definingVerbs end a label that says its formula defines or gives what it
// names: "The potential energy is given by:" names the potential energy.
var definingVerbs = []string{" is defined as", " is given by", " is expressed as", " is calculated as",
	" are defined as", " are given by", " can be calculated as", " can be written as"}

// cutDefiningVerb returns name without a verb of definingVerbs that ends it,
// or name.
func cutDefiningVerb(name string) string {
	for _, v := range definingVerbs {
		if len(name) > len(v) && strings.EqualFold(name[len(name)-len(v):], v) {
			return strings.TrimSpace(name[:len(name)-len(v)])
		}
	}
	return name
}

// problemWords open a line of a worked problem or a derivation rather than
// name a formula, whatever follows them: "Given:", "Given the Definition
// of an Eigenspace:", "Find:", "where:", "Using Newton's second law:".
var problemWords = map[string]bool{"given": true, "find": true, "where": true, "recall": true, "let": true,
	"assume": true, "suppose": true, "using": true, "applying": true, "substituting": true, "plugging": true,
	"taking": true}

// genericFormulaWords name a formula without saying which: "Formula:" is
// asked with its heading.
var genericFormulaWords = map[string]bool{"formula": true, "formulas": true, "equation": true, "equations": true}

// derivationWord reports whether name, a label over a formula, opens with
// a word of problemWords, is a generic word alone, or opens with a step of
// a derivation, a verb in "-ing" alone or before words in lower case:
// "Rearranging", "Rearranging for v".
func derivationWord(name string) bool {
	first, rest, _ := strings.Cut(name, " ")
	w := strings.ToLower(first)
	if problemWords[w] || genericFormulaWords[w] && rest == "" {
		return true
	}
	if !strings.HasSuffix(w, "ing") {
		return false
	}
	return rest == "" || startsLower(rest)
}

// unspacedScript reports whether s holds a letter of a script written
// without spaces between words, Chinese or Japanese, whose words
// countFields cannot count.
func unspacedScript(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		return r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
	})
}
