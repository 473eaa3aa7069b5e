package extract

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// mathSpans keeps a formula written on one line, $…$ or $$…$$, as text: the
// "*" of "$a*b*c$" and the "_" of "$\hat\beta_1 … }_0$" are not emphasis, nor
// "[0,1]" a link, which broke the formula on cards and on the sheet. A
// formula is bounded as convertMath bounds it, so a price ("$5 and $6") is no
// formula. A display is kept whole; an inline formula only when it holds a
// marker another parser reads, any other parses as before.
type mathSpans struct{}

// closerKey keeps, in a parse's parser.Context, the offset of the "$" that
// closes the last formula found; displayOpenKey the node of the "$$" alone on
// its line that opens a display of several lines, until its "$$" closes it.
var (
	closerKey      = parser.NewContextKey()
	displayOpenKey = parser.NewContextKey()
)

// Trigger returns the byte that may open a formula.
func (mathSpans) Trigger() []byte { return []byte{'$'} }

// Parse returns the formula that starts the rest of the line as one text
// node, or nil. A "$$" that closes nothing on its line is a node too.
func (mathSpans) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if c, ok := pc.Get(closerKey).(int); ok && c == seg.Start {
		return nil // the "$" that closes a formula kept as it was opens none
	}
	if bytes.HasPrefix(line, []byte("$$$")) || block.PrecendingCharacter() == '$' {
		return nil // "does $$$ go to the court" speaks of money (see dollarRun)
	}
	if len(line) > 1 && line[1] == ' ' && afterWord(block.PrecendingCharacter()) {
		return nil // "n$ of" closes "$ 1\ldots n$", it opens no "$ … $"
	}
	n := formulaLen(line)
	if n > 0 {
		pc.Set(closerKey, seg.Start+n-1)
	} else if end := wrappedFormulaEnd(block, line); end > 0 {
		return ast.NewTextSegment(text.NewSegment(seg.Start, end))
	}
	switch {
	case bytes.HasPrefix(line, []byte("$$")):
		// A display, or its "$$" alone, is one node: unescapeMarkdown opens
		// or closes a display once at a "$$", which the parser's trigger
		// would split into two "$" before a line break.
		if n == 0 {
			n = 2
			block.Advance(n)
			return displayEdge(parent, pc, ast.NewTextSegment(text.NewSegment(seg.Start, seg.Start+n)))
		}
	case n == 0 || !bytes.ContainsAny(line[1:n-1], "*_~[]<"):
		return nil
	}
	block.Advance(n)
	return ast.NewTextSegment(text.NewSegment(seg.Start, seg.Start+n))
}

// displayEdge returns node, a "$$" alone on its line in parent, once the
// emphasis around the display it opens or closes is settled: the "*" and
// "_" before an opening "$$" pair among themselves or stay text, and those
// of the display's lines, "t_{ref}" or "a*b", stay text at its closing
// "$$". A stray "_" before "$I_{th}$" paired with the "_" of "t_{ref}" on
// a display's line under it, and the card showed "t{ref}" in emphasis.
func displayEdge(parent ast.Node, pc parser.Context, node ast.Node) ast.Node {
	if open, ok := pc.Get(displayOpenKey).(ast.Node); ok && open != nil && open.Parent() == parent {
		pc.ClearDelimiters(open)
		pc.Set(displayOpenKey, nil)
		return node
	}
	parser.ProcessDelimiters(nil, pc)
	pc.Set(displayOpenKey, node)
	return node
}

// formulaLen returns the length of the formula, $$…$$ or $…$, that starts
// line, or 0. An inline formula opens with a "$" followed by a non-space and
// closes at the next "$" preceded by a non-space and not followed by a digit;
// a backslash escapes the byte after it. A code span or an HTML tag inside
// ends nothing: convertMath leaves such a formula as it is, so it is none.
func formulaLen(line []byte) int {
	if bytes.HasPrefix(line, []byte("$$")) {
		j := bytes.Index(line[2:], []byte("$$"))
		if j <= 0 || bytes.IndexByte(line[2:2+j], '`') >= 0 {
			return 0
		}
		return j + 4
	}
	if len(line) > 1 && line[1] == ' ' {
		return spacedFormulaEnd(line, 1) + 1 // "$ \sigma^2 $", or 0
	}
	if len(line) < 2 || line[1] == '$' || line[1] == '\n' || line[1] == '\r' || closesText(line[1]) {
		return 0
	}
	for j := 1; j < len(line); j++ {
		switch line[j] {
		case '\\':
			j++
		case '\n', '\r', '`':
			return 0
		case '<':
			if bytes.HasPrefix(line[j+1:], []byte("br")) || bytes.HasPrefix(line[j+1:], []byte("/")) {
				return 0
			}
		case '$':
			if line[j-1] == ' ' || (j+1 < len(line) && line[j+1] >= '0' && line[j+1] <= '9') {
				return 0
			}
			return j + 1
		}
	}
	return 0
}

// displayMarks counts the "$$" of line l that open or close a display: a run
// of three "$" or more stands for money (see dollarRun) and counts for none,
// so "does $$$ go to the court" leaves no display open over the items under
// it.
func displayMarks(l []byte) int {
	n := 0
	for i := bytes.Index(l, []byte("$$")); i >= 0; i = bytes.Index(l, []byte("$$")) {
		k := dollarRun(string(l[i:]))
		if k == 2 {
			n++
		}
		l = l[i+k:]
	}
	return n
}

// maxWrappedLines is the most lines after its first that an inline formula
// wrapped in a paragraph may take, the rows of a few small matrices.
const maxWrappedLines = 16

// wrappedFormulaEnd returns the source offset just past the "$" that closes
// an inline formula opened at the start of line and wrapped onto the
// paragraph's next lines, and moves block past it; or 0, block unmoved.
// "solve $\left[\begin{array}{cc}" over "a-\lambda & b \\" and
// "\end{array}\right]$" is one formula: read line by line, its "\\" lost
// a backslash to Markdown's escapes and the card showed the "$" and the TeX
// as typed. Only a formula that holds a TeX command is read so, so that a
// price ("$5 today," over "and $6 tomorrow") opens none; a code span or a
// tag ends it, as on one line (formulaLen).
func wrappedFormulaEnd(block text.Reader, line []byte) int {
	if len(line) < 2 || line[1] == ' ' || line[1] == '$' || line[1] == '\n' || line[1] == '\r' ||
		closesText(line[1]) || bytes.ContainsAny(line[1:], "$`<") {
		return 0
	}
	tex := holdsTeXCommand(line)
	l, pos := block.Position()
	for range maxWrappedLines {
		block.AdvanceLine()
		next, seg := block.PeekLine()
		if next == nil {
			break
		}
		for j := 0; j < len(next); j++ {
			switch next[j] {
			case '\\':
				j++
			case '`', '<':
				block.SetPosition(l, pos)
				return 0
			case '$':
				if j == 0 || next[j-1] == ' ' || j+1 < len(next) && next[j+1] >= '0' && next[j+1] <= '9' ||
					!tex && !holdsTeXCommand(next[:j]) {
					block.SetPosition(l, pos)
					return 0
				}
				line, _ := block.Position()
				block.SetPosition(line, text.NewSegment(seg.Start+j+1, seg.Stop))
				return seg.Start + j + 1
			}
		}
		tex = tex || holdsTeXCommand(next)
	}
	block.SetPosition(l, pos)
	return 0
}

// holdsTeXCommand reports whether b holds a TeX command, a backslash and a letter.
func holdsTeXCommand(b []byte) bool {
	for i := 0; i+1 < len(b); i++ {
		if b[i] == '\\' {
			if c := b[i+1]; c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				return true
			}
			i++
		}
	}
	return false
}
