package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// title returns the text of the note's first H1, or "".
func (p *parsed) title() string {
	for n := p.doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 1 {
			return strings.TrimSpace(string(h.Lines().Value(p.src)))
		}
	}
	return ""
}

// extractCards walks the AST and returns the cards of the note.
func (p *parsed) extractCards(title string, tags []string) ([]Card, Coverage, []Warning, error) {
	return nil, Coverage{}, nil, nil
}
