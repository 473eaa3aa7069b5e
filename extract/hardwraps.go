package extract

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Hard wraps. pandoc writes Markdown wrapped at 72 columns, and editors that
// fill paragraphs (Vim's textwidth, Emacs' fill-column) wrap at 70 to 80:
//
//	To solve the complexity of controlling high-DOF robots (like humanoids
//	or exoskeletons), researchers use the H-Metaphor:
//
// Read line by line, the lead-in is its last line, "or exoskeletons),
// researchers use the H-Metaphor", and every answer breaks where the
// column did ("Display<br>and Control"). In a note so wrapped, the lines a
// wrap broke are joined again; a line the author broke short stays as it is.
const (
	minWrapColumn = 60 // the narrowest fill column read as a wrap
	maxWrapColumn = 80 // the widest
	minWraps      = 3  // the fewest breaks that show a note is wrapped
)

// longLines reports whether body has minWraps lines of minWrapColumn bytes
// or more, as a wrapped note has: the quick test before the lines are
// split.
func longLines(body []byte) bool {
	n := 0
	for off := 0; off < len(body) && n < minWraps; {
		end := bytes.IndexByte(body[off:], '\n')
		if end < 0 {
			end = len(body) - off
		}
		if end >= minWrapColumn {
			n++
		}
		off += end + 1
	}
	return n >= minWraps
}

// A wrapBreak is a break between line i and the next, which may continue
// it: n is line i's width, word the width of the next line's first word.
type wrapBreak struct{ i, n, word int }

// unwrapLines joins the lines of body that a fill column broke, line for
// line: a paragraph joined from k lines is followed by k lines left blank
// (">" in a quote), so that every later line keeps its number. A note is
// wrapped when its breaks are at least minWraps and four in five of them
// are forced, the next word not fitting on the line, at a column between
// minWrapColumn and maxWrapColumn; only forced breaks are joined. body is
// returned when it is not wrapped.
func unwrapLines(body []byte) []byte {
	if !longLines(body) {
		return body
	}
	breaks := wrapBreaks(body)
	if len(breaks) < minWraps {
		return body
	}
	width := 0
	for _, b := range breaks {
		width = max(width, b.n)
	}
	if width < minWrapColumn || width > maxWrapColumn {
		return body
	}
	forced := make(map[int]bool, len(breaks))
	for _, b := range breaks {
		if b.n+1+b.word > width {
			forced[b.i] = true
		}
	}
	if len(forced) < minWraps || 5*len(forced) < 4*len(breaks) {
		return body
	}
	return joinWraps(bytes.SplitAfter(body, []byte("\n")), forced)
}

// wrapBreaks returns the breaks of body's lines where the next line may
// continue the line's paragraph: text over text in the same quote, outside
// fenced code and $$ displays, the next line opening no block of its own
// (an item, a heading, a table, "Term: …" as a glossary writes it). A line
// ending in a hard break ("  ", "\") was broken by its author. A break
// wider than maxWrapColumn gives none: no fill column wrapped the note.
// The lines are read in place, not split: a 44 MB note has a million.
func wrapBreaks(body []byte) []wrapBreak {
	var out []wrapBreak
	var fence fenceState
	var parts lineParts
	math := false
	pos, i := frontMatterEnd(body)
	for ; pos < len(body); i++ {
		line, after := parts.lineAt(body, pos)
		pos = after
		if fence.next(line) {
			continue
		}
		depth, _, t := parts.of()
		if bytes.Equal(t, []byte("$$")) {
			math = !math
		}
		if math || after == len(body) {
			continue
		}
		parts.lineAt(body, after)
		d, item, next := parts.of()
		if item || len(next) == 0 {
			continue // the quick test: most lines end a paragraph or go on to an item
		}
		if !wrapText(t) || bytes.HasSuffix(bytes.TrimRight(line, "\n"), []byte("  ")) || bytes.HasSuffix(t, []byte(`\`)) {
			continue
		}
		if d != depth || !continues(next) || !latinJoin(t, next) {
			continue
		}
		n := utf8.RuneCount(bytes.TrimRight(line, " \n"))
		if n > maxWrapColumn {
			return nil // a break past any fill column: the note is not wrapped, and a long note ends its walk here
		}
		out = append(out, wrapBreak{i: i, n: n, word: utf8.RuneCount(firstWord(next))})
	}
	return out
}

// lineParts remembers the last line wrapBreaks found and split by
// wrapParts, so that the line read as the next one is not found and split
// again when its turn comes.
type lineParts struct {
	pos, after int    // the line's start and the position after it; after is 0 when none is known
	line       []byte // the line, with its "\n"
	split      bool   // depth, item and text are those of line
	depth      int
	item       bool
	text       []byte
}

// lineAt returns the line of body that starts at byte pos and the position
// after it, as lineAt does, and remembers it.
func (p *lineParts) lineAt(body []byte, pos int) ([]byte, int) {
	if p.after == 0 || p.pos != pos {
		line, after := lineAt(body, pos)
		*p = lineParts{pos: pos, after: after, line: line}
	}
	return p.line, p.after
}

// of returns wrapParts of the line last found by lineAt, splitting it
// once.
func (p *lineParts) of() (depth int, item bool, text []byte) {
	if !p.split {
		p.depth, p.item, p.text = wrapParts(p.line)
		p.split = true
	}
	return p.depth, p.item, p.text
}

// lineAt returns the line of body that starts at byte pos, with its "\n",
// and the position after it.
func lineAt(body []byte, pos int) ([]byte, int) {
	end := bytes.IndexByte(body[pos:], '\n')
	if end < 0 {
		return body[pos:], len(body)
	}
	return body[pos : pos+end+1], pos + end + 1
}

// frontMatterEnd returns the position and the index of the first line
// after the front matter that opens body, "---" to "---" or "+++" to
// "+++", or 0, 0: its "title: …" and "tags: …" lines are no paragraph.
func frontMatterEnd(body []byte) (int, int) {
	first, pos := lineAt(body, 0)
	open := bytes.TrimRight(first, " \t\n")
	if !bytes.Equal(open, []byte("---")) && !bytes.Equal(open, []byte("+++")) {
		return 0, 0
	}
	for i := 1; pos < len(body); i++ {
		line, after := lineAt(body, pos)
		if t := bytes.TrimRight(line, " \t\n"); bytes.Equal(t, open) || open[0] == '-' && bytes.Equal(t, []byte("...")) {
			return after, i + 1
		}
		pos = after
	}
	return 0, 0
}

// wrapParts returns a line's quote depth, whether it opens a list item,
// and its text after the quote and item markers: "> -   **Syntax:** ping"
// is 1, true, "**Syntax:** ping".
func wrapParts(line []byte) (depth int, item bool, text []byte) {
	t := bytes.TrimLeft(line, " \t")
	for len(t) > 0 && t[0] == '>' {
		depth++
		t = bytes.TrimLeft(t[1:], " \t")
	}
	if n := listMarkerLen(t); n > 0 {
		item = true
		t = bytes.TrimLeft(t[n:], " \t")
	}
	return depth, item, bytes.TrimRight(t, " \t\n")
}

// wrapText reports whether t, a line's text, is prose a wrap may break:
// not a heading, a table row (a pipe not escaped as pandoc escapes it in
// text, "\|Foreach"), HTML or a display, and not columns aligned with
// spaces, as pandoc's simple tables are.
func wrapText(t []byte) bool {
	if len(t) == 0 {
		return false
	}
	switch t[0] {
	case '#', '|', '<', '$', '`', '~', '+', '=', ':':
		return false
	}
	if bytes.Contains(t, []byte("   ")) {
		return false
	}
	for k := bytes.IndexByte(t, '|'); k >= 0; k = bytes.IndexByte(t, '|') {
		if k == 0 || t[k-1] != '\\' {
			return false // a table's row, "foo | bar", even without its outer pipes
		}
		t = t[k+1:]
	}
	return true
}

// continues reports whether t, the text of the line after a break, may
// go on the line before: prose that opens no block, and no "Variables:
// Symbols on the left" of a glossary written a line each.
func continues(t []byte) bool {
	if !wrapText(t) || t[0] == '-' || t[0] == '>' {
		return false
	}
	r, _ := utf8.DecodeRune(t)
	if !unicode.IsUpper(r) {
		return true
	}
	k := bytes.IndexByte(t, ':')
	if k < 0 || k+1 < len(t) && t[k+1] != ' ' {
		return true // "Learn](https://…)" goes on a link's text
	}
	return countFields(string(t[:k])) > 3
}

// latinJoin reports whether the end of a and the start of b are joined by
// a space: Chinese and Japanese wrap without one.
func latinJoin(a, b []byte) bool {
	r, _ := utf8.DecodeLastRune(a)
	s, _ := utf8.DecodeRune(b)
	return r < 0x2E80 && s < 0x2E80
}

// firstWord returns t up to its first space.
func firstWord(t []byte) []byte {
	if k := bytes.IndexByte(t, ' '); k >= 0 {
		return t[:k]
	}
	return t
}

// joinWraps joins each run of lines broken at the forced breaks into its
// first line, and puts as many lines left blank after the run. A run is
// joined only where such lines change nothing: before a blank line, an
// item, a heading or the end; a line after it that it would part from the
// run ("----" under a heading's text) leaves the run as it is.
func joinWraps(lines [][]byte, forced map[int]bool) []byte {
	out := make([]byte, 0, len(lines)*80)
	for i := 0; i < len(lines); i++ {
		j := i
		for forced[j] {
			j++
		}
		if j == i || !endsRun(lines, j+1) {
			out = append(out, lines[i]...)
			continue
		}
		out = append(out, bytes.TrimRight(lines[i], " \n")...)
		for k := i + 1; k <= j; k++ {
			_, _, t := wrapParts(lines[k])
			out = append(out, ' ')
			out = append(out, t...)
		}
		out = append(out, '\n')
		depth, _, _ := wrapParts(lines[i])
		for k := i + 1; k <= j; k++ {
			out = append(out, bytes.Repeat([]byte(">"), depth)...)
			out = append(out, '\n')
		}
		i = j
	}
	if len(lines[len(lines)-1]) > 0 && bytes.HasSuffix(out, []byte("\n")) {
		out = out[:len(out)-1] // the note ended without a newline
	}
	return out
}

// endsRun reports whether line i, the line after a run of wrapped lines,
// lets lines left blank come before it.
func endsRun(lines [][]byte, i int) bool {
	if i >= len(lines) {
		return true
	}
	_, item, t := wrapParts(lines[i])
	return len(t) == 0 || item || t[0] == '#'
}
