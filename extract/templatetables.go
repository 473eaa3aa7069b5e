package extract

import (
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// templateTable reports whether block n is a table left to be filled in:
// its rows all blank, "| Kanji | Kana | Romaji | Meaning |" over
// "|  |  |  |  |", or no row under a header that only names columns,
// "| Nouns | Pronouns | Verb |". It asks and answers nothing. A header of
// values, "| O(1) | O(n) |" under "## Complexity", is the section's answer
// and is no template; nor is a table with one row filled.
func (p *parsed) templateTable(n ast.Node) bool {
	t, ok := n.(*east.Table)
	if !ok {
		return false
	}
	rows := 0
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		if _, head := r.(*east.TableHeader); head {
			continue
		}
		if !blankRow(r) {
			return false
		}
		rows++
	}
	if rows > 0 {
		return true
	}
	h, ok := t.FirstChild().(*east.TableHeader)
	if !ok || h.FirstChild() == nil {
		return false
	}
	for c := h.FirstChild(); c != nil; c = c.NextSibling() {
		if !columnName(p.plain(c, 0, everything)) {
			return false
		}
	}
	return true
}

// columnName reports whether a header cell's text s is words alone, as a
// column's name is ("Romaji", "Part of speech"), not a value such as
// "O(1)" or "+1".
func columnName(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && r != ' ' {
			return false
		}
	}
	return true
}
