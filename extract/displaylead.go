package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// endsInDisplay reports whether paragraph n ends with a display of several
// lines, its last line a lone "$$" or "\]": "The Gaussian integral is $$",
// the formula, "$$". Its text leads in the formula, not the list that
// follows it.
func (p *parsed) endsInDisplay(n ast.Node) bool {
	k := n.Lines().Len()
	if _, ok := n.(*ast.Paragraph); !ok || k < 3 {
		return false
	}
	last := n.Lines().At(k - 1)
	t := bytes.TrimSpace(p.src[last.Start:last.Stop])
	return bytes.Equal(t, []byte("$$")) || bytes.Equal(t, []byte(`\]`))
}

// maxDisplayLeadWords bounds the words of a line that leads in the display
// it opens: a longer one is prose, no front.
const maxDisplayLeadWords = 8

// displayLead returns the front of the line r of block n when the line
// leads in a display it opens at its end, "The Gaussian integral is $$"
// over the formula's lines and "$$": the text before the "$$". A line that
// closes a display opened above it leads in nothing.
func (p *parsed) displayLead(n ast.Node, r [2]int) (string, bool) {
	t := bytes.TrimRight(p.src[r[0]:r[1]], " \t\r\n")
	if !bytes.HasSuffix(t, []byte("$$")) || bytes.Count(t, []byte("$$"))%2 == 0 {
		return "", false
	}
	if start := n.Lines().At(0).Start; start < r[0] && bytes.Count(p.src[start:r[0]], []byte("$$"))%2 == 1 {
		return "", false // "\end{align*}$$" closes the display "such that $$\begin{align*}" opened
	}
	lead := p.plain(n, r[0], r[0]+len(t)-2)
	if w := countFields(lead); w == 0 || w > maxDisplayLeadWords || !hasWordChar(lead) || strings.Contains(lead, `\`) {
		return "", false // "\end{align*}$$" is the end of a formula Markdown broke
	}
	return stripColon(p.html(n, r[0], r[0]+len(t)-2)), true
}
