package extract

import (
	"bytes"
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

// unfilled reports whether block n is a template left to be filled in: a
// table (see templateTable) or a list (see unfilledList).
func (p *parsed) unfilled(n ast.Node) bool {
	return p.templateTable(n) || p.unfilledList(n)
}

// unfilledList reports whether block n is a list left to be filled in:
// each item a label over items left empty, "* Pros:" over "\t* -", with at
// least one such empty item ("-", "…", "TBD"). "* Pros:" over "\t* fast"
// is an answer.
func (p *parsed) unfilledList(n ast.Node) bool {
	empty, ok := p.emptyItems(n)
	return ok && empty
}

// emptyItems reports, for list n, whether every item is a short label
// ("Pros:", "Key terms:") or empty ("-", "…", "TBD"), every list under it
// so too (ok), and whether an empty item was seen (empty).
func (p *parsed) emptyItems(n ast.Node) (empty, ok bool) {
	l, isList := n.(*ast.List)
	if !isList || l.FirstChild() == nil {
		return false, false
	}
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		if it.FirstChild() == nil {
			empty = true // "-" alone: goldmark's empty item
			continue
		}
		for c := it.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.(type) {
			case *ast.List:
				e, ok := p.emptyItems(c)
				if !ok {
					return false, false
				}
				empty = empty || e
			case *ast.TextBlock, *ast.Paragraph:
				// The typed text, not its plain text: "Photo: ![](cell.png)"
				// is no label, "![](cell.png)" no empty item.
				if c.Lines().Len() != 1 {
					return false, false
				}
				b := bytes.TrimSpace(segValue(c.Lines().At(0), p.src))
				b = bytes.TrimSpace(bytes.Trim(b, "*_"))
				if len(b) > 64 && !bytes.HasSuffix(b, []byte(":")) && !todoHead(b[:64]) {
					return false, false // a line of text, no label: not copied to be read
				}
				t := string(b)
				switch {
				case strings.Trim(t, "-–—….") == "" || isPlaceholder(t):
					empty = true
				case !strings.HasSuffix(t, ":") || !hasWordChar(t) || countFields(t) > 4:
					return false, false
				}
			default:
				return false, false
			}
		}
	}
	return empty, true
}

// todoHead reports whether the opening of a line holds "TODO:" in one of
// the spellings isPlaceholder reads as a note to read a page later.
func todoHead(head []byte) bool {
	return bytes.Contains(head, []byte("TODO:")) || bytes.Contains(head, []byte("todo:")) || bytes.Contains(head, []byte("Todo:"))
}
