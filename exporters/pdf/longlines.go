package pdf

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/extract"
)

// maxLineBytes is the most bytes of one line the sheet prints: a line of a
// heading, a paragraph or a list item, a table cell, a line of code. A card's
// answer holds as much (extract's maxCardBytes). A longer line, a log or a
// minified file pasted into a note, was laid out whole: a 10 MB line of code
// printed 888 pages in 37 s and 1.8 GB, and 50 MB took minutes and more
// memory than a laptop has.
const maxLineBytes = 20000

// maxCutWarnings is how many cut lines are named one by one; the rest are
// summed up in one more warning.
const maxCutWarnings = 20

// cutLongLines returns decks with every line of their outlines longer than
// maxLineBytes cut to that, ending in "…", and a warning at the line of each
// cut. decks is not changed: an outline with a cut line is a copy, the others
// are shared.
func cutLongLines(decks []extract.Deck) ([]extract.Deck, []extract.Warning) {
	var c lineCutter
	out := decks
	for i, d := range decks {
		blocks, ok := c.blocks(d.Outline)
		if !ok {
			continue
		}
		if !c.cloned {
			out, c.cloned = slices.Clone(decks), true
		}
		out[i].Outline = blocks
	}
	if c.more > 0 {
		c.warnings = append(c.warnings, extract.Warning{Pos: c.morePos, Msg: fmt.Sprintf(
			"cheat sheet: %d more lines longer than %d KB cut so", c.more, maxLineBytes/1000)})
	}
	return out, c.warnings
}

// A lineCutter cuts the long lines of outlines and gathers the warnings.
type lineCutter struct {
	warnings []extract.Warning
	more     int         // lines cut past maxCutWarnings
	morePos  extract.Pos // the first of them
	cloned   bool        // the decks were copied
}

// warn tells of a line of n bytes, what it is, cut at pos.
func (c *lineCutter) warn(pos extract.Pos, what string, n int) {
	if len(c.warnings) == maxCutWarnings {
		if c.more == 0 {
			c.morePos = pos
		}
		c.more++
		return
	}
	c.warnings = append(c.warnings, extract.Warning{Pos: pos, Msg: fmt.Sprintf(
		"cheat sheet: %s is %d KB: cut to its first %d KB, ending in …", what, (n+999)/1000, maxLineBytes/1000)})
}

// blocks returns bs with its long lines cut, and whether it cut any; bs is
// not changed.
func (c *lineCutter) blocks(bs []extract.Block) ([]extract.Block, bool) {
	var out []extract.Block
	for i := range bs {
		b, ok := c.block(bs[i])
		if !ok {
			continue
		}
		if out == nil {
			out = slices.Clone(bs)
		}
		out[i] = b
	}
	return out, out != nil
}

// block returns b with its long lines cut, and whether it cut any.
func (c *lineCutter) block(b extract.Block) (extract.Block, bool) {
	cut := false
	switch b.Kind {
	case extract.Heading, extract.Paragraph:
		b.Spans, cut = c.spans(b.Spans, b.Pos, "a line", true)
	case extract.Code:
		b.Code, cut = c.code(b.Code, b.Pos)
	case extract.List:
		var items []extract.Item
		for i, it := range b.Items {
			spans, ok := c.spans(it.Spans, it.Pos, "a line", true)
			blocks, inner := c.blocks(it.Blocks)
			if !ok && !inner {
				continue
			}
			if items == nil {
				items = slices.Clone(b.Items)
			}
			items[i].Spans = spans
			if inner {
				items[i].Blocks = blocks
			}
		}
		if items != nil {
			b.Items, cut = items, true
		}
	case extract.Table:
		var header bool
		b.Header, header = c.row(b.Header, b.Pos)
		var rows [][]extract.Cell
		for i, r := range b.Rows {
			r, ok := c.row(r, b.Pos)
			if !ok {
				continue
			}
			if rows == nil {
				rows = slices.Clone(b.Rows)
			}
			rows[i] = r
		}
		if rows != nil {
			b.Rows = rows
		}
		cut = header || rows != nil
	case extract.Quote:
		var blocks []extract.Block
		if blocks, cut = c.blocks(b.Blocks); cut {
			b.Blocks = blocks
		}
	}
	return b, cut
}

// row returns the cells of a table row at pos with their long lines cut,
// and whether it cut any.
func (c *lineCutter) row(cells []extract.Cell, pos extract.Pos) ([]extract.Cell, bool) {
	var out []extract.Cell
	for i, cell := range cells {
		spans, ok := c.spans(cell.Spans, pos, "a cell of the table here", false)
		if !ok {
			continue
		}
		if out == nil {
			out = slices.Clone(cells)
		}
		out[i].Spans = spans
	}
	if out == nil {
		return cells, false
	}
	return out, true
}

// spans returns spans with each line longer than maxLineBytes cut, and
// whether it cut any; spans is not changed. Lines end at a newline in a
// span's text and at a Break span; the first is at pos, and the others
// after it when lines is set (else each cut is told at pos).
func (c *lineCutter) spans(spans []extract.Span, pos extract.Pos, what string, lines bool) ([]extract.Span, bool) {
	if !longLine(spans) {
		return spans, false
	}
	out := make([]extract.Span, 0, len(spans))
	line, n := 0, 0     // the line, and the bytes of it kept so far
	cutting := false    // the rest of the line is dropped
	full := 0           // the bytes of the line being cut
	endLine := func() { // at a newline or a Break
		if cutting {
			p := pos
			if lines {
				p.Line += line
			}
			c.warn(p, what, full)
		}
		line, n, cutting = line+1, 0, false
	}
	for _, s := range spans {
		if s.Style&extract.Break != 0 {
			endLine()
			out = append(out, s)
			continue
		}
		var kept strings.Builder
		whole := true // kept is all of s.Text
		for t := s.Text; t != ""; {
			seg, rest, nl := strings.Cut(t, "\n")
			switch {
			case cutting:
				full += len(seg)
				whole = false
			case n+len(seg) <= maxLineBytes:
				kept.WriteString(seg)
				n += len(seg)
			default:
				k := maxLineBytes - n
				for k > 0 && !utf8.RuneStart(seg[k]) {
					k--
				}
				kept.WriteString(seg[:k])
				kept.WriteString("…")
				cutting, full, whole = true, n+len(seg), false
			}
			if nl {
				kept.WriteByte('\n')
				endLine()
			}
			t = rest
		}
		if whole {
			out = append(out, s)
		} else if kept.Len() > 0 {
			s.Text = kept.String()
			out = append(out, s)
		}
	}
	if cutting {
		endLine()
	}
	return out, true
}

// longLine reports whether spans hold a line longer than maxLineBytes.
func longLine(spans []extract.Span) bool {
	total := 0
	for _, s := range spans {
		total += len(s.Text)
	}
	if total <= maxLineBytes {
		return false
	}
	n := 0
	for _, s := range spans {
		if s.Style&extract.Break != 0 {
			n = 0
			continue
		}
		t := s.Text
		for {
			i := strings.IndexByte(t, '\n')
			if i < 0 {
				n += len(t)
				break
			}
			if n+i > maxLineBytes {
				return true
			}
			n, t = 0, t[i+1:]
		}
		if n > maxLineBytes {
			return true
		}
	}
	return false
}

// code returns the lines of a code block at pos with each longer than
// maxLineBytes cut, and whether it cut any.
func (c *lineCutter) code(code string, pos extract.Pos) (string, bool) {
	if len(code) <= maxLineBytes {
		return code, false
	}
	var b strings.Builder
	cut := false
	start := 0 // of the lines not yet copied
	for i, t := 0, code; t != ""; i++ {
		line, rest, _ := strings.Cut(t, "\n")
		if len(line) > maxLineBytes {
			off := len(code) - len(t)
			b.WriteString(code[start:off])
			k := maxLineBytes
			for k > 0 && !utf8.RuneStart(line[k]) {
				k--
			}
			b.WriteString(line[:k])
			b.WriteString("…")
			start, cut = off+len(line), true
			p := pos
			p.Line += i
			c.warn(p, "a line of code", len(line))
		}
		t = rest
	}
	if !cut {
		return code, false
	}
	b.WriteString(code[start:])
	return b.String(), true
}
