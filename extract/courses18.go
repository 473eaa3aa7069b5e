package extract

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
)

// italicLead splits a line that opens with a term in italics followed by
// its verb, as lecture notes set a term where others bold it: "1. *Set-up
// time* is the critical period before a clock edge". Italics stress a word
// as often as they name a term, so only "is" or "are" right after them
// defines (see startsCopula); "*Always* check …" and "*Combinational
// gates* which perform …" do not.
func (p *parsed) italicLead(n ast.Node, lo, hi int) (split, bool) {
	e, ok := n.FirstChild().(*ast.Emphasis)
	if !ok || e.Level != 1 {
		return split{}, false
	}
	if at := p.startOf(e); at <= lo || at > hi || len(bytes.Trim(p.src[lo:at], " *_")) > 0 {
		return split{}, false // the italics open the line
	}
	end := p.endOf(e)
	if end < 0 || end >= hi {
		return split{}, false
	}
	for end < hi && (p.src[end] == '*' || p.src[end] == '_') {
		end++
	}
	if !startsCopula(bytes.TrimLeft(p.src[end:hi], " ")) {
		return split{}, false
	}
	return p.emphasisLead(n, lo, hi, 1)
}
