package extract

import (
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
)

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

// topicPronouns are the demonstratives that stand before とは in a
// comparison, "これとは、別の方法で" (in a way other than this): they point
// back, and name no term.
var topicPronouns = []string{"これ", "それ", "あれ", "ここ", "そこ"}

// contrastOpeners open what follows "Xとは、" when it compares with X rather
// than defines it: 異なる (differs), 違う (is other), 別の (another), 逆に
// (conversely), 反対 (the opposite).
var contrastOpeners = []string{"異な", "違", "別の", "逆に", "反対"}

// topicContrast reports whether term, before とは, and def, after its comma,
// compare rather than define: "実際とは、異なる結果になる" (turns out different
// from the real one), "これとは、別の方法で学習を行う".
func topicContrast(term, def string) bool {
	def = strings.TrimSpace(def)
	for _, w := range contrastOpeners {
		if strings.HasPrefix(def, w) {
			return true
		}
	}
	return slices.Contains(topicPronouns, strings.TrimSpace(term))
}
