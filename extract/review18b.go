package extract

import "github.com/yuin/goldmark/ast"

// opensOwnCard reports whether paragraph a, under the answer to a quoted
// question, opens a card of its own rather than carrying on that answer: a
// term defined with a label or a dash ("PCB: the kernel's record of a
// process."), or a question of its own ("What does UDP guarantee?"). A
// sentence that defines with a verb ("A thread is …") may still answer.
func (b *builder) opensOwnCard(a ast.Node) bool {
	ls := b.p.lines(a)
	if len(ls) == 0 {
		return false
	}
	if b.asksFirst(a, ls[0]) {
		return true
	}
	s, ok := b.p.splitLine(a, ls[0][0], ls[0][1])
	return ok && !isVerbSep(s.sep)
}
