package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// maxPromptWords bounds a homework question asked over its answer
// paragraph (promptOverProse): longer, a bullet states or argues.
const maxPromptWords = 60

// promptOverProse reports whether the list item whose first block is head
// asks a homework question over rest, its answer typed as a paragraph
// indented under the bullet: "- How does Madison argue that the judges' tenure
// keeps them free of those that nominated and/or confirmed them?" or "-
// Summarize Madison's message. How would a larger republic aid
// self-government?" over "    Madison argues …". Such a question may be
// longer than a quick one (isQuestion), open with the task it sets, or end
// with the passage it asks about, "(P1)".
func (b *builder) promptOverProse(head ast.Node, rest []ast.Node) bool {
	if len(rest) == 0 || len(b.p.lines(head)) != 1 {
		return false
	}
	if _, ok := rest[0].(*ast.Paragraph); !ok {
		return false
	}
	t := strings.TrimSpace(b.p.plain(head, 0, everything))
	return strings.HasSuffix(cutPassageRef(t), "?") && countFields(t) <= maxPromptWords
}

// cutPassageRef cuts from question t the passage it asks about, a bracket
// of three words at most after its question mark: "What principle is
// described in this passage? (P1)" asks "What principle is described in
// this passage?". Any other t is returned as it is.
func cutPassageRef(t string) string {
	i := strings.LastIndexByte(t, '(')
	if i < 0 || !strings.HasSuffix(t, ")") || countFields(t[i:]) > 3 {
		return t
	}
	if q := strings.TrimRight(t[:i], " "); strings.HasSuffix(q, "?") {
		return q
	}
	return t
}
