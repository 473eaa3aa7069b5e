package extract

import "github.com/yuin/goldmark/ast"

// labelledParagraph reports whether paragraph a opens by defining a term
// with a label or a dash, "PCB: the kernel's record of a process.": a card of
// its own, not the rest of an answer above it. A sentence that defines with
// a verb ("A thread is …") may still answer.
func (p *parsed) labelledParagraph(a ast.Node) bool {
	ls := p.lines(a)
	if len(ls) == 0 {
		return false
	}
	s, ok := p.splitLine(a, ls[0][0], ls[0][1])
	return ok && !isVerbSep(s.sep)
}
