package extract

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown is the one goldmark configuration used for every note: GitHub
// Flavored Markdown with heading attributes. It parses exactly as
// goldmark.New(goldmark.WithExtensions(extension.GFM),
// goldmark.WithParserOptions(parser.WithAttribute())) does (TestMarkdownAsGFM,
// FuzzMarkdownAsGFM), but two of GFM's parsers sit behind a cheap test that
// rules out the places where they would find nothing: they ran at every word
// and every paragraph, a fifth of the parse. Only a paragraph, heading or
// table row of more than maxInlineMarkers emphasis and link markers parses
// otherwise: it is kept as code (guard.go).
var markdown = goldmark.New(
	goldmark.WithParser(parser.NewParser(
		parser.WithBlockParsers(blockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(
			util.Prioritized(quickLinkRefs{parser.LinkReferenceParagraphTransformer}, 100),
			util.Prioritized(markerGuard{}, 300), // after GFM's tables (200)
		),
	)),
	goldmark.WithExtensions(quickLinkify{}, guardedTables{}, extension.Strikethrough, extension.TaskList),
	goldmark.WithParserOptions(parser.WithAttribute()),
)

// quickLinkify is GFM's Linkify extension with its parser behind mayAutolink.
type quickLinkify struct{}

// Extend adds the parser at the priority extension.Linkify gives it.
func (quickLinkify) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(
		util.Prioritized(linkifyParser{extension.NewLinkifyParser()}, 999),
	))
}

// linkifyParser asks goldmark's linkify parser only where it may find a link.
type linkifyParser struct{ parser.InlineParser }

// atKey keeps a parse's *atCache in its parser.Context.
var atKey = parser.NewContextKey()

// An atCache remembers where the last "@" is in the rest of the line the
// linkify parser was last asked about, so that the line is searched once,
// not at every word. Offsets are from the end of the source line, as a
// segment's Stop is, which padding (tabs in lists) does not shift.
type atCache struct {
	stop int // the line's Segment.Stop; -1 for none yet
	from int // the offset from which the line was searched
	last int // the offset of its last "@", or -1
}

// Parse returns nil, as the linkify parser would, where no link can start.
func (l linkifyParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if !mayAutolink(line, seg.Stop, pc) {
		return nil
	}
	return l.InlineParser.Parse(parent, block, pc)
}

// mayAutolink reports whether GFM's linkify parser, called at the start of
// line (which ends at offset stop in the source), could find a link there:
// a URL needs "http:", "https:", "ftp:" or "www." to start the word, and an
// e-mail address an "@" after its first character. Like the parser, it
// first steps over the trigger character it was called for. It may say yes
// where there is no link, never the reverse.
func mayAutolink(line []byte, stop int, pc parser.Context) bool {
	if len(line) > 0 {
		switch line[0] {
		case ' ', '*', '_', '~', '(':
			line = line[1:]
		}
	}
	if len(line) < 2 {
		return false
	}
	switch line[0] {
	case 'h':
		if bytes.HasPrefix(line, []byte("http:")) || bytes.HasPrefix(line, []byte("https:")) {
			return true
		}
	case 'f':
		if bytes.HasPrefix(line, []byte("ftp:")) {
			return true
		}
	case 'w':
		if bytes.HasPrefix(line, []byte("www.")) {
			return true
		}
	}
	start := stop - len(line) // where the word starts in the source
	c, _ := pc.Get(atKey).(*atCache)
	if c == nil {
		c = &atCache{stop: -1}
		pc.Set(atKey, c)
	}
	if c.stop != stop || start < c.from {
		c.stop, c.from, c.last = stop, start, -1
		if bytes.IndexByte(line, '@') >= 0 { // the quick search; most lines have none
			c.last = start + bytes.LastIndexByte(line, '@')
		}
	}
	return c.last > start
}

// quickLinkRefs is goldmark's link reference definition transformer, called
// only for paragraphs that may open with a definition.
type quickLinkRefs struct{ parser.ParagraphTransformer }

// Transform leaves a paragraph alone, as the transformer would, when its
// first character is not "[": a definition starts with its label.
func (q quickLinkRefs) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	lines := node.Lines()
	src := reader.Source()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		for _, c := range seg.Value(src) {
			if !util.IsSpace(c) {
				if c == '[' {
					q.ParagraphTransformer.Transform(node, reader, pc)
				}
				return
			}
		}
	}
	q.ParagraphTransformer.Transform(node, reader, pc)
}
