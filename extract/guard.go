package extract

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	gmrenderer "github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// blockParsers returns goldmark's block parsers with the ATX heading parser
// (priority 600) behind headingGuard and the list parser behind
// mathListGuard.
func blockParsers() []util.PrioritizedValue {
	ps := guardMathLists(parser.DefaultBlockParsers())
	for i, p := range ps {
		if p.Priority == 600 {
			ps[i].Value = headingGuard{p.Value.(parser.BlockParser)}
		}
	}
	return ps
}

// maxInlineMarkers is the most emphasis and link markers (* _ ~ [ ]) a
// paragraph may hold and still be parsed whole. goldmark matches them in
// time that can grow with the square of their number: a 150 KB paragraph
// of "*a_ " or "[a](b" took 8 s, a megabyte of it would take minutes.
// Notes have at most a few hundred in a paragraph (81 in the shared
// corpus); a longer one is parsed in line groups (linegroups.go).
const maxInlineMarkers = 10000

// guardKey keeps, in a parse's context, the paragraphs markerGuard kept as
// code: a []guarded.
var guardKey = parser.NewContextKey()

// A guarded paragraph was kept as code: where it starts in the source, and
// how many markers it has.
type guarded struct{ start, markers int }

// markerGuard parses a paragraph of more than over markers in line groups
// (splitLines), and keeps one as an indented code block, shown as it is
// written, when a group of its lines alone has more than maxInlineMarkers,
// or when a span may cross from one group into another (mergeLineGroups).
// It records a paragraph kept as code under guardKey so that the note can
// warn of it. over is maxInlineMarkers but in tests.
type markerGuard struct{ over int }

// Transform splits node into line groups, or replaces it by a code block
// of its lines, if it has too many markers.
func (m markerGuard) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	lines := node.Lines()
	size := 0
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		size += seg.Len()
	}
	if size <= m.over {
		return
	}
	n := 0
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		n += countMarkers(seg.Value(reader.Source()))
	}
	if n > m.over && (!closing(node, pc) || !splitLines(node, n, reader, pc)) {
		keepAsCode(node, n, pc)
	}
}

// closing reports whether goldmark is closing node, the last block it has
// open, rather than asking, with node closed already, whether a paragraph
// transformer makes another block of it before the line under it makes it
// a setext heading: a paragraph kept as code is none, one split into line
// groups would be none either, and no line groups are parsed as a heading.
func closing(node ast.Node, pc parser.Context) bool {
	open := pc.OpenedBlocks()
	return len(open) > 0 && open[len(open)-1].Node == node
}

// countMarkers counts the emphasis and link markers (* _ ~ [ ]) in s.
func countMarkers(s []byte) int {
	n := 0
	for _, c := range s {
		switch c {
		case '*', '_', '~', '[', ']':
			n++
		}
	}
	return n
}

// markersOver returns the markers in s and whether there are more than
// maxInlineMarkers. A shorter s is not even counted.
func markersOver(s []byte) (int, bool) {
	if len(s) <= maxInlineMarkers {
		return 0, false
	}
	n := countMarkers(s)
	return n, n > maxInlineMarkers
}

// keepAsCode replaces node, whose lines hold markers markers, by an indented
// code block of the same lines, and records it under guardKey.
func keepAsCode(node ast.Node, markers int, pc parser.Context) {
	lines := node.Lines()
	code := ast.NewCodeBlock()
	code.SetLines(lines)
	code.SetBlankPreviousLines(node.HasBlankPreviousLines())
	node.Parent().ReplaceChild(node.Parent(), node, code)
	all, _ := pc.Get(guardKey).([]guarded)
	pc.Set(guardKey, append(all, guarded{lines.At(0).Start, markers}))
}

// headingGuard is the ATX heading parser, but a heading of more than
// maxInlineMarkers markers is kept as code, as markerGuard keeps a paragraph.
type headingGuard struct{ parser.BlockParser }

// Close closes the heading, then keeps it as code if it has too many markers.
func (h headingGuard) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	h.BlockParser.Close(node, reader, pc)
	if node.Parent() == nil || node.Lines().Len() != 1 {
		return
	}
	seg := node.Lines().At(0)
	if n, over := markersOver(seg.Value(reader.Source())); over {
		keepAsCode(node, n, pc)
	}
}

// SetOption passes parser options (heading attributes) to the heading parser.
func (h headingGuard) SetOption(name parser.OptionName, value any) {
	if so, ok := h.BlockParser.(parser.SetOptioner); ok {
		so.SetOption(name, value)
	}
}

// guardedTables is GFM's Table extension, but a table that would have a row
// of more than maxInlineMarkers markers stays a paragraph, for markerGuard.
type guardedTables struct{}

// Extend adds the table transformers and renderer as extension.Table does.
func (guardedTables) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(
		parser.WithParagraphTransformers(util.Prioritized(tableGuard{extension.NewTableParagraphTransformer()}, 200)),
		parser.WithASTTransformers(util.Prioritized(extension.NewTableASTTransformer(), 0)),
	)
	m.Renderer().AddOptions(gmrenderer.WithNodeRenderers(util.Prioritized(extension.NewTableHTMLRenderer(), 500)))
}

// tableGuard makes a table of a paragraph unless one of its lines has too
// many markers: a cell is parsed on its own, so only a line can hold them.
type tableGuard struct{ parser.ParagraphTransformer }

// Transform leaves node a paragraph if a line has too many markers.
func (t tableGuard) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	lines := node.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if _, over := markersOver(seg.Value(reader.Source())); over {
			return
		}
	}
	t.ParagraphTransformer.Transform(node, reader, pc)
}
