package extract

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// A paragraph of more than maxInlineMarkers emphasis and link markers is
// parsed in line groups (see markerGuard): goldmark matches a paragraph's
// markers in time that grows with the square of their number, but a
// paragraph of 2,500 lines of "**Term** is …" is a glossary typed without
// blank lines, whose spans each close on their line. Each group is parsed
// as a paragraph of its own, and the groups are put back together into the
// paragraph once parsed (mergeLineGroups), so that the paragraph's inlines
// are those goldmark gives it whole, in time proportional to its length.
// That holds when no span can cross from one group into a later one: each
// group notes which spans it leaves open and which it may close, parsed
// alone, and a paragraph where one group leaves open a span that a later
// group may close is kept as code, as it was before (see keepAsCode).
//
// A line starts a group unless the character before it in the note is not
// a space (a quote marker typed without a space, ">*a*"): goldmark reads a
// group's first line as if a line break came before it, which is the same
// to every inline parser only where a space does.

// A lineGroup is the lines of a split paragraph parsed alone, and what its
// inline parsers saw of the spans that could cross its ends.
type lineGroup struct {
	ast.Paragraph
	opens   spanKinds           // the spans it may leave open
	closes  spanKinds           // the spans it may close
	forward bool                // a link whose destination or label may go on past the group
	labels  int                 // the link labels ("[", "![") open as its parse goes
	delims  []*parser.Delimiter // its emphasis and strikethrough delimiters
}

// spanKinds is a set of kinds of inline span that may run over lines.
type spanKinds uint8

const (
	emphasisSpan spanKinds = 1 << iota // "*", "_", "~~"
	linkSpan                           // "[…]", "![…]"
	codeSpan                           // "`…`"
	htmlSpan                           // "<…>", "<!-- … -->"
)

// splitKey keeps, in a parse's context, the paragraphs parsed in line
// groups: a []*splitParagraph.
var splitKey = parser.NewContextKey()

// A splitParagraph is a paragraph parsed in line groups.
type splitParagraph struct {
	para    *ast.Paragraph // the paragraph, out of the tree until merged
	raw     *text.Segments // its lines as written, for keepAsCode
	markers int            // its emphasis and link markers
	groups  []*lineGroup   // its groups, in the tree in its place
}

// paragraphCloser trims a paragraph's lines as goldmark does when it
// closes one.
var paragraphCloser = parser.NewParagraphParser()

// splitLines puts line groups of node in its place and records them under
// splitKey; it reports false, leaving node as it is, if a group would have
// more than maxInlineMarkers markers on its own.
func splitLines(node *ast.Paragraph, markers int, reader text.Reader, pc parser.Context) bool {
	src := reader.Source()
	lines := node.Lines()
	raw := text.NewSegments()
	for i := 0; i < lines.Len(); i++ {
		raw.Append(lines.At(i))
	}
	paragraphCloser.Close(node, reader, pc)
	var groups []*lineGroup
	var g *lineGroup
	n := 0
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if g == nil || startsGroup(src, seg) {
			if n > maxInlineMarkers {
				break
			}
			g = &lineGroup{}
			g.SetLines(text.NewSegments())
			groups = append(groups, g)
			n = 0
		}
		g.Lines().Append(seg)
		line := seg.Value(src)
		n += countMarkers(line)
		// Raw HTML closes at a ">", a code span at a run of backticks,
		// escaped or not.
		if bytes.IndexByte(line, '>') >= 0 {
			g.closes |= htmlSpan
		}
		if bytes.IndexByte(line, '`') >= 0 {
			g.closes |= codeSpan
		}
	}
	if n > maxInlineMarkers {
		node.SetLines(raw)
		return false
	}
	parent := node.Parent()
	for _, g := range groups {
		parent.InsertBefore(parent, node, g)
	}
	groups[0].SetBlankPreviousLines(node.HasBlankPreviousLines())
	parent.RemoveChild(parent, node)
	all, _ := pc.Get(splitKey).([]*splitParagraph)
	pc.Set(splitKey, append(all, &splitParagraph{node, raw, markers, groups}))
	return true
}

// startsGroup reports whether the paragraph line seg may start a line
// group: goldmark reads the character before it as a space.
func startsGroup(src []byte, seg text.Segment) bool {
	if seg.Padding != 0 || seg.Start == 0 {
		return true
	}
	switch src[seg.Start-1] {
	case ' ', '\t', '\n', '\r':
		return true
	}
	return false
}

// crosses reports whether a span may run from one of groups into a later
// one.
func crosses(groups []*lineGroup) bool {
	var open spanKinds
	for i, g := range groups {
		for _, d := range g.delims {
			// A delimiter left over (or dropped inside a span) may open
			// for a later group; one that may close, left over or
			// taken as an opener after it closed nothing, may have
			// looked for its opener in an earlier group.
			if d.Length > 0 && d.CanOpen {
				g.opens |= emphasisSpan
			}
			if d.CanClose && (d.Length > 0 || d.CanOpen) {
				g.closes |= emphasisSpan
			}
		}
		if g.labels > 0 {
			g.opens |= linkSpan
		}
		if g.closes&open != 0 || g.forward && i < len(groups)-1 {
			return true
		}
		open |= g.opens
	}
	return false
}

// mergeLineGroups puts each paragraph parsed in line groups back together,
// its groups' inlines in order, or keeps it as code when a span may cross
// from one group into another.
type mergeLineGroups struct{}

// Transform merges the line groups of the paragraphs recorded under splitKey.
func (mergeLineGroups) Transform(_ *ast.Document, _ text.Reader, pc parser.Context) {
	all, _ := pc.Get(splitKey).([]*splitParagraph)
	for _, s := range all {
		first := s.groups[0]
		parent := first.Parent()
		for _, g := range s.groups[1:] {
			parent.RemoveChild(parent, g)
		}
		if crosses(s.groups) {
			parent.ReplaceChild(parent, first, s.para)
			s.para.SetLines(s.raw)
			keepAsCode(s.para, s.markers, pc)
			continue
		}
		var merged ast.Node = s.para
		if l, ok := parent.Parent().(*ast.List); ok && l.IsTight {
			merged = ast.NewTextBlock() // as the list made of each paragraph of its items
			merged.SetLines(s.para.Lines())
		}
		parent.ReplaceChild(parent, first, merged)
		for _, g := range s.groups {
			for c := g.FirstChild(); c != nil; {
				next := c.NextSibling()
				merged.AppendChild(merged, c)
				c = next
			}
		}
	}
	pc.Set(splitKey, nil)
}

// groupLinks is goldmark's link parser, which also counts a line group's
// open link labels and notes the "]" that may close one of an earlier group.
type groupLinks struct{ parser.InlineParser }

// Parse parses as the link parser does.
func (l groupLinks) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	g, ok := parent.(*lineGroup)
	if !ok {
		return l.InlineParser.Parse(parent, block, pc)
	}
	line, _ := block.PeekLine()
	if line[0] != ']' {
		n := l.InlineParser.Parse(parent, block, pc)
		if n != nil {
			g.labels++ // "[" and "![" open a label
		}
		return n
	}
	g.closes |= linkSpan // closing, or not, a label of an earlier group
	if g.labels == 0 {
		return l.InlineParser.Parse(parent, block, pc)
	}
	g.labels--
	n := l.InlineParser.Parse(parent, block, pc)
	if len(line) > 1 && (line[1] == '[' || line[1] == '(' && !inlineLink(n)) {
		g.forward = true // "[a][b" + "c]", "[a](b" + "c)"
	}
	return n
}

// inlineLink reports whether n is a link or image with its destination in
// parentheses after its label, not a reference.
func inlineLink(n ast.Node) bool {
	switch l := n.(type) {
	case *ast.Link:
		return l.Reference == nil
	case *ast.Image:
		return l.Reference == nil
	}
	return false
}

// CloseBlock closes the block as the link parser does.
func (l groupLinks) CloseBlock(parent ast.Node, block text.Reader, pc parser.Context) {
	l.InlineParser.(parser.CloseBlocker).CloseBlock(parent, block, pc)
}

// groupDelims is an emphasis or strikethrough parser that keeps a line
// group's delimiters, whose lengths left once it is parsed tell whether it
// leaves a span open.
type groupDelims struct{ parser.InlineParser }

// Parse parses as the parser does.
func (d groupDelims) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	n := d.InlineParser.Parse(parent, block, pc)
	if g, ok := parent.(*lineGroup); ok {
		if delim, ok := n.(*parser.Delimiter); ok {
			g.delims = append(g.delims, delim)
		}
	}
	return n
}

// literalAngles is asked at a "<" that no parser before it read as an
// autolink or raw HTML: in a line group, such a "<" may open HTML that
// closes in a later group.
type literalAngles struct{}

// Trigger is "<".
func (literalAngles) Trigger() []byte { return []byte{'<'} }

// Parse notes the "<" of a line group, and returns nil: it is text.
func (literalAngles) Parse(parent ast.Node, _ text.Reader, _ parser.Context) ast.Node {
	if g, ok := parent.(*lineGroup); ok {
		g.opens |= htmlSpan
	}
	return nil
}
