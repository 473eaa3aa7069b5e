package extract

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// mathListGuard is goldmark's list parser, but a line inside a display that
// the open paragraph started ("$$" or "\[" on a line of its own, not yet
// closed) opens no list: it is a row of the formula. In
//
//	$$
//	\begin{align*}
//	+ & : & M \times M & \to & M \\
//	\end{align*}
//	$$
//
// the "+" row, and the "- 2x + 1" of "f(x) = x^2" on the line before, made a
// bullet list that broke the formula on the card and lost its sign on the
// sheet.
type mathListGuard struct{ parser.BlockParser }

// Open opens a list unless the line is inside a display.
func (g mathListGuard) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	if last := pc.LastOpenedBlock().Node; last != nil && ast.IsParagraph(last) && inDisplay(last, reader.Source(), pc) {
		return nil, parser.NoChildren
	}
	return g.BlockParser.Open(parent, reader, pc)
}

// guardMathLists returns the block parsers ps with the list parser (priority
// 300) behind mathListGuard.
func guardMathLists(ps []util.PrioritizedValue) []util.PrioritizedValue {
	for i, p := range ps {
		if p.Priority == 300 {
			ps[i].Value = mathListGuard{p.Value.(parser.BlockParser)}
		}
	}
	return ps
}

// displayKey keeps, in a parse's context, the *displayScan of the paragraph
// inDisplay read last.
var displayKey = parser.NewContextKey()

// A displayScan is what inDisplay found in the first lines of paragraph
// node: a display of many rows that open with "- " is read once, not once
// a row.
type displayScan struct {
	node    ast.Node
	lines   int  // the lines read
	dollars int  // the "$$" in them
	bracket bool // a "\[" opened on a line of its own and not yet closed
}

// inDisplay reports whether the lines of paragraph n so far leave a display
// open (see displayScan.line).
func inDisplay(n ast.Node, src []byte, pc parser.Context) bool {
	s, _ := pc.Get(displayKey).(*displayScan)
	if s == nil {
		s = &displayScan{}
		pc.Set(displayKey, s)
	}
	if s.node != n {
		*s = displayScan{node: n} // one scan for the parse: each paragraph allocated its own
	}
	lines := n.Lines()
	for ; s.lines < lines.Len(); s.lines++ {
		s.line(segValue(lines.At(s.lines), src))
	}
	return s.open()
}

// line reads one line l of the paragraph: a display opens and closes at
// each "$$", and at a "\[" that opens a line until a "\]". Only a line that
// holds a "$" or a "\" is searched.
func (s *displayScan) line(l []byte) {
	if bytes.IndexByte(l, '$') < 0 && bytes.IndexByte(l, '\\') < 0 {
		return
	}
	s.dollars += displayMarks(l)
	if o := bytes.LastIndex(l, []byte(`\[`)); o >= 0 && bytes.HasPrefix(bytes.TrimLeft(l, " \t"), []byte(`\[`)) {
		s.bracket = !bytes.Contains(l[o:], []byte(`\]`))
	} else if bytes.Contains(l, []byte(`\]`)) {
		s.bracket = false
	}
}

// open reports whether the lines read leave a display open.
func (s *displayScan) open() bool { return s.dollars%2 == 1 || s.bracket }

// inDisplayAt reports whether inline node n stands inside a display that
// its block opened on a line before it: its "*" and "_" are the
// formula's. A price, "$5m loan … **SCP …**", opens none.
func (p *parsed) inDisplayAt(n ast.Node) bool {
	b := n.Parent()
	for b != nil && b.Type() != ast.TypeBlock {
		b = b.Parent()
	}
	if b == nil {
		return false
	}
	at := p.startOf(n)
	var s displayScan
	lines := b.Lines()
	for i := 0; i < lines.Len() && lines.At(i).Start < at; i++ {
		seg := lines.At(i)
		s.line(p.src[seg.Start:min(seg.Stop, at)])
	}
	return s.open()
}
