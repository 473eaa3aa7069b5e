package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// stackedLabels returns the front of a lead-in made of short labels stacked
// on their own lines, each ending in ":", over a list: "Soviet Takeovers:"
// then "Why:", or a case study's "Nepal earthquake 2015:" then "Effects:".
// The list answers the labels together, so they are joined on one line,
// "Soviet Takeovers: Why:", instead of a front broken over two lines.
func (p *parsed) stackedLabels(par ast.Node, ls [][2]int) (string, bool) {
	if len(ls) < 2 || len(ls) > 3 {
		return "", false
	}
	parts := make([]string, 0, len(ls))
	for _, r := range ls {
		line := strings.TrimSpace(p.plain(par, r[0], r[1]))
		if !strings.HasSuffix(line, ":") || countFields(line) > 6 || isQuestion(line) {
			return "", false
		}
		parts = append(parts, stripColon(strings.TrimSpace(p.html(par, r[0], r[1]))))
	}
	return strings.Join(parts, ": ") + ":", true
}
