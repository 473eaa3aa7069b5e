package extract

import (
	"strings"

	east "github.com/yuin/goldmark/extension/ast"
)

// table makes one card per row: the first cell on the front; the second cell
// on the back of a two-column table, or the other cells labelled by their
// column headers in a wider one. A header-only table makes no card.
func (b *builder) table(t *east.Table, sc scope) {
	p := b.p
	var head []string
	var rows [][]*east.TableCell
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []*east.TableCell
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			if tc, ok := c.(*east.TableCell); ok {
				cells = append(cells, tc)
			}
		}
		if _, ok := r.(*east.TableHeader); ok {
			for _, c := range cells {
				head = append(head, p.plain(c, 0, everything))
			}
			continue
		}
		rows = append(rows, cells)
	}
	if len(head) < 2 {
		return
	}
	rowScope := sc
	if h := strings.TrimSpace(strings.Join(head, " / ")); hasWordChar(h) && len(head) == 2 {
		rowScope = sc.with(h)
	} else if hasWordChar(head[0]) {
		rowScope = sc.with(head[0])
	}
	for _, cells := range rows {
		if len(cells) < 2 {
			continue
		}
		front := unwrapStrong(p.html(cells[0], 0, everything))
		var back []string
		if len(head) == 2 {
			back = append(back, p.html(cells[1], 0, everything))
		} else {
			for k := 1; k < len(cells) && k < len(head); k++ {
				v := p.html(cells[k], 0, everything)
				if !hasWordChar(stripTags(v)) && !strings.Contains(v, "<img") {
					continue
				}
				if label := strings.TrimSpace(head[k]); label != "" {
					v = "<b>" + escapeText(label) + "</b>: " + v
				}
				back = append(back, v)
			}
		}
		line := 0
		for _, c := range cells {
			if line = p.lineOf(c); line > 0 {
				break
			}
		}
		kind := Basic
		if len(head) == 2 {
			kind = b.defKind()
		}
		if b.add(front, strings.Join(back, "<br>"), kind, line, rowScope) {
			b.coverLines(line, line)
		}
	}
	if len(rows) > 0 {
		if first := p.lineOf(t); first > 0 {
			b.coverLines(first, first)
		}
	}
}
