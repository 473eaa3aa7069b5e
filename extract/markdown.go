package extract

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	gmrenderer "github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown is the one goldmark configuration used for every note: GitHub
// Flavored Markdown with heading attributes, a single "~" read as text
// (doubleTilde). It parses exactly as
// goldmark.New(goldmark.WithExtensions(extension.GFM),
// goldmark.WithParserOptions(parser.WithAttribute())) does (TestMarkdownAsGFM,
// FuzzMarkdownAsGFM), but two of GFM's parsers sit behind a cheap test that
// rules out the places where they would find nothing: they ran at every word
// and every paragraph, a fifth of the parse. The code span parser and the
// link reference transformer are kept from their worst cases the same way
// (quickCodeSpans, quickLinkRefs). Only a paragraph, heading or
// table row of more than maxInlineMarkers emphasis and link markers parses
// otherwise: a paragraph in line groups (linegroups.go), or it is kept as
// code (guard.go). Logseq's own properties are
// dropped (logseqProperties), so are Obsidian's block IDs (dropBlockIDs) and
// other tools' markup (foreignMarkup), a label typed between list items
// without a blank line starts a new list (lazyLabels), and a formula on one
// line is text (mathSpans).
var markdown = newMarkdown(maxInlineMarkers)

// newMarkdown returns the configuration of markdown, parsing a paragraph of
// more than over markers in line groups (see markerGuard).
func newMarkdown(over int) goldmark.Markdown {
	return goldmark.New(
		goldmark.WithParser(parser.NewParser(
			parser.WithBlockParsers(blockParsers()...),
			parser.WithInlineParsers(inlineParsers()...),
			parser.WithParagraphTransformers(
				util.Prioritized(quickLinkRefs{parser.LinkReferenceParagraphTransformer}, 100),
				util.Prioritized(logseqProperties{}, 400),
				util.Prioritized(outlinerProperties{}, 410),
				util.Prioritized(foreignMarkup{}, 420),
				util.Prioritized(markerGuard{over}, 500), // last: it may take the paragraph out of the tree
			),
			parser.WithASTTransformers(
				util.Prioritized(mergeLineGroups{}, 50), // after GFM's tables (0)
				util.Prioritized(lazyLabels{}, 100),
			),
		)),
		goldmark.WithExtensions(quickLinkify{}, guardedTables{}, doubleTilde{}, extension.TaskList),
		goldmark.WithParserOptions(parser.WithAttribute()),
	)
}

// doubleTilde is GFM's strikethrough for "~~text~~" only: a single "~"
// is text, as Obsidian reads it, where notes write "~5 min and ~10 s" for
// "about" and "食べ~たい" for "〜".
type doubleTilde struct{}

// Extend adds the parser and renderer at the priorities extension.Strikethrough gives them.
func (doubleTilde) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(
		util.Prioritized(groupDelims{doubleTildeParser{extension.NewStrikethroughParser()}}, 500),
	))
	m.Renderer().AddOptions(gmrenderer.WithNodeRenderers(
		util.Prioritized(extension.NewStrikethroughHTMLRenderer(), 500),
	))
}

// doubleTildeParser asks the strikethrough parser only at "~~".
type doubleTildeParser struct{ parser.InlineParser }

// Parse returns nil at a single "~", which stays text.
func (d doubleTildeParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	if line, _ := block.PeekLine(); len(line) < 2 || line[1] != '~' {
		if block.PrecendingCharacter() != '~' {
			return nil
		}
	}
	return d.InlineParser.Parse(parent, block, pc)
}

// inlineParsers are goldmark's, the code span parser behind quickCodeSpans,
// the link and emphasis parsers behind groupLinks and groupDelims, mathSpans,
// and literalAngles after the raw HTML parser (400).
func inlineParsers() []util.PrioritizedValue {
	ps := parser.DefaultInlineParsers()
	for i, p := range ps {
		ip := p.Value.(parser.InlineParser)
		switch string(ip.Trigger()) {
		case "`":
			ps[i].Value = quickCodeSpans{ip}
		case "![]":
			ps[i].Value = groupLinks{ip}
		case "*_":
			ps[i].Value = groupDelims{ip}
		}
	}
	return append(ps, util.Prioritized(mathSpans{}, 150), util.Prioritized(literalAngles{}, 450))
}

// quickCodeSpans asks goldmark's code span parser only where a closing run of
// backticks may follow. The parser looks for it through the rest of the
// paragraph at every opening run, so a paragraph whose runs have many
// lengths ("`a “a ```a …", none closed) took time in its length to the
// power 1.5: 4.5 MB, 14 s.
type quickCodeSpans struct{ parser.InlineParser }

// tickKey keeps a parse's *tickRuns in its parser.Context.
var tickKey = parser.NewContextKey()

// tickRuns holds, for the block whose inlines are being parsed, where the
// last run of backticks of each length starts in the source. Runs are
// whole: a run of three is no run of two.
type tickRuns struct {
	block ast.Node
	last  map[int]int
}

// Parse parses a code span as parse does, and notes in a line group a run
// of backticks left unclosed: it may open a span that a later group closes.
func (c quickCodeSpans) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	n := c.parse(parent, block, pc)
	if g, ok := parent.(*lineGroup); ok {
		if _, ok := n.(*ast.CodeSpan); !ok {
			g.opens |= codeSpan
		}
	}
	return n
}

// parse returns the opening run as text, as the parser does when it finds
// no closing run, when no run of the same length starts after it in the
// block's lines; else it calls the parser.
func (c quickCodeSpans) parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	n := 0
	for n < len(line) && line[n] == '`' {
		n++
	}
	runs, _ := pc.Get(tickKey).(*tickRuns)
	if runs == nil {
		runs = &tickRuns{last: map[int]int{}}
		pc.Set(tickKey, runs)
	}
	if runs.block != parent {
		runs.block = parent
		clear(runs.last) // one map for the parse: a block of code spans allocated its own
		backtickRuns(block.Source(), parent.Lines(), runs.last)
	}
	if n == 0 || runs.last[n] > seg.Start {
		return c.InlineParser.Parse(parent, block, pc)
	}
	block.Advance(n)
	return ast.NewTextSegment(seg.WithStop(seg.Start + n))
}

// backtickRuns sets last to map each length of a run of backticks in the
// lines of src to where the last such run starts.
func backtickRuns(src []byte, lines *text.Segments, last map[int]int) {
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		for j := seg.Start; j < seg.Stop; j++ {
			if src[j] != '`' {
				continue
			}
			k := j
			for k < seg.Stop && src[k] == '`' {
				k++
			}
			last[k-j] = j
			j = k
		}
	}
}

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
// A link it finds in a line group is one it would not find inside a link
// label of an earlier group (see groupLinks).
func (l linkifyParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if !mayAutolink(line, seg.Stop, pc) {
		return nil
	}
	n := l.InlineParser.Parse(parent, block, pc)
	if g, ok := parent.(*lineGroup); ok && n != nil {
		g.closes |= linkSpan
	}
	return n
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
					q.transform(node, reader, pc)
				}
				return
			}
		}
	}
	q.ParagraphTransformer.Transform(node, reader, pc)
}

// refBatch is how many lines of one-line definitions transform hands the
// transformer at a time.
const refBatch = 32

// transform runs the transformer on node. The transformer's time grows
// with the square of a paragraph's lines (it re-slices them after every
// definition and scans them all for every label): a bibliography of
// 100,000 definitions took 21 s. So the one-line definitions that open a
// long paragraph go to it refBatch lines at a time, each batch as a
// paragraph of its own before node, then the rest of node. Each such line
// is one definition whichever lines follow it (see simpleRefDef), so the
// definitions, their order and what is left of node are as in one call.
func (q quickLinkRefs) transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	lines := node.Lines()
	if lines.Len() <= 2*refBatch {
		q.ParagraphTransformer.Transform(node, reader, pc)
		return
	}
	src := reader.Source()
	line := func(i int) []byte { seg := lines.At(i); return seg.Value(src) }
	n := 0
	for n < lines.Len() && simpleRefDef(line(n)) {
		n++
	}
	if n < lines.Len() && n > 0 && opensTitle(line(n)) {
		n-- // the line may be the title of the definition above it
	}
	if n < 2*refBatch {
		q.ParagraphTransformer.Transform(node, reader, pc)
		return
	}
	parent, blank := node.Parent(), node.HasBlankPreviousLines()
	rest := text.NewSegments()
	for i := 0; i < n; i += refBatch {
		batch := ast.NewParagraph()
		segs := text.NewSegments()
		segs.AppendAll(lines.Sliced(i, min(i+refBatch, n)))
		batch.SetLines(segs)
		batch.SetBlankPreviousLines(blank && i == 0)
		parent.InsertBefore(parent, node, batch)
		q.ParagraphTransformer.Transform(batch, reader, pc)
		if batch.Parent() != nil {
			// A line the transformer did not take (never so): it
			// would have stopped there, and left the rest to node.
			parent.RemoveChild(parent, batch)
			rest.AppendAll(batch.Lines().Sliced(0, batch.Lines().Len()))
			rest.AppendAll(lines.Sliced(min(i+refBatch, n), lines.Len()))
			node.SetLines(rest)
			return
		}
	}
	rest.AppendAll(lines.Sliced(n, lines.Len()))
	if rest.Len() == 0 {
		parent.RemoveChild(parent, node)
		return
	}
	node.SetLines(rest)
	node.SetBlankPreviousLines(false) // a definition after these is not the paragraph's first
	q.ParagraphTransformer.Transform(node, reader, pc)
	node.SetBlankPreviousLines(blank)
}

// simpleRefDef reports whether line is a link reference definition that
// ends on it however the paragraph goes on: "[label]: /url" or
// "[label]: /url "title"", with no brackets, backslashes or angle brackets
// in label and URL, no parentheses in the URL, and a title closed on the
// line with no quote of its kind inside.
func simpleRefDef(line []byte) bool {
	return simpleRefRE().Match(line)
}

var simpleRefRE = lazyRegexp(`^ {0,3}\[[^\[\]\\]*[^\[\]\\\s][^\[\]\\]*\]:[ \t]*[^\s<>()\\\x00-\x1f\x7f][^\s<>()\\\x00-\x1f\x7f]*` +
	`(?:[ \t]+(?:"[^"\\]*"|'[^'\\]*'|\([^()\\]*\)))?[ \t]*\r?\n?$`)

// opensTitle reports whether line starts, after spaces, as a link title.
func opensTitle(line []byte) bool {
	line = bytes.TrimLeft(line, " \t")
	return len(line) > 0 && (line[0] == '"' || line[0] == '\'' || line[0] == '(')
}

// logseqProperties drops the lines of Logseq's own properties from
// paragraphs: "id:: 64f1…", "collapsed:: true", "card-repeats:: 2". Logseq
// writes them under a block's text, where they would join the card's front;
// they ask and answer nothing. A paragraph of them alone goes. Other
// "key:: value" lines are the student's own and stay ("Osmosis:: …" is a card).
type logseqProperties struct{}

// Transform removes the property lines of node, or node itself.
func (logseqProperties) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	dropLines(node, reader.Source(), isLogseqProperty)
}

// foreignMarkup drops from paragraphs the lines that are the markup of
// other tools, which show nothing of them: Jekyll's and GitBook's Liquid
// tags ("{% include footer.md %}", "{% hint style="info" %}"), kramdown's
// attributes ("{:toc}", "{: .no_toc }"), the fences of Docusaurus, HackMD
// and Quarto containers (":::tip Exam tip", ":::", and the outer fences
// of nested divs, ":::: {.columns}", that fencedDivs left as text because
// the student never closed them), mdanki's "%" between a
// card's front and back, Slidev's layout slots ("::right::"), a Marp
// slide's remote background picture ("![bg left:30%](https://…)"), and a
// template's time stamps ("Date: 2023-06-09", "Time: 18:06"), or a note's
// in italics ("*Last updated: 2025*").
type foreignMarkup struct{}

// Transform removes the foreign lines of node, or node itself.
func (foreignMarkup) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	dropLines(node, reader.Source(), isForeignMarkup)
}

// isForeignMarkup reports whether line is markup of another tool (see
// foreignMarkup).
func isForeignMarkup(line []byte) bool {
	t := bytes.TrimSpace(line)
	switch {
	case len(t) == 0:
		return false
	case len(t) == 1:
		return t[0] == '%'
	case t[0] == '{':
		return bytes.HasPrefix(t, []byte("{%")) && bytes.HasSuffix(t, []byte("%}")) ||
			bytes.HasPrefix(t, []byte("{:")) && bytes.HasSuffix(t, []byte("}")) || isClassLine(t)
	case t[0] == ':':
		return bytes.HasPrefix(t, []byte(":::")) || isSlotLine(t)
	case t[0] == '!':
		return marpBackground(t)
	}
	if t[0] == '<' {
		t = inlineWrap().ReplaceAll(t, nil) // "<span style=…>Dated: 03-12-2024</span>"
	}
	if len(t) > 0 && (t[0] == '*' || t[0] == '_') {
		return italicStamp(t)
	}
	key, value, ok := bytes.Cut(t, []byte(": "))
	return ok && len(key) <= len("last modified") && stampKeys[string(bytes.ToLower(key))] && timeStamp().Match(bytes.TrimSpace(value))
}

// cjkStampKeys are the keys of a time stamp in Chinese and Japanese: "最后更新"
// (last updated), "更新时间" (time updated), "最終更新".
var cjkStampKeys = map[string]bool{"最后更新": true, "最後更新": true, "更新时间": true, "更新時間": true, "更新日期": true, "最終更新": true, "最終更新日": true}

// stampYear matches the year or month a note's time stamp may give alone:
// "2025", "2025-06", "2025年", "2025年6月".
var stampYear = lazyRegexp(`^\d{4}(?:-\d{2}|年(?:\d{1,2}月(?:\d{1,2}日)?)?)?$`)

// italicStamp reports whether t, a line in italics alone, is a note's time
// stamp, "*Last updated: 2025*", "*最后更新：2025年*": a date, or a year
// alone, after one of stampKeys or cjkStampKeys.
func italicStamp(t []byte) bool {
	inner := bytes.Trim(t, "*_")
	if len(inner) == 0 || len(t)-len(inner) < 2 || len(inner) > 60 {
		return false
	}
	key, value, ok := bytes.Cut(inner, []byte(":"))
	if k, v, cjk := bytes.Cut(inner, []byte("：")); cjk && (!ok || len(k) < len(key)) {
		key, value, ok = k, v, true
	}
	if !ok {
		return false
	}
	key = bytes.TrimSpace(key)
	if !stampKeys[string(bytes.ToLower(key))] && !cjkStampKeys[string(key)] {
		return false
	}
	value = bytes.TrimSpace(value)
	return timeStamp().Match(value) || stampYear().Match(value)
}

// isClassLine reports whether t is a line of classes and ids alone, with
// which Wiki.js styles the block quote above it ("{.is-info}") and pandoc
// a block ("{#tablas .note}"); a set, "{1, 2}", is none.
func isClassLine(t []byte) bool {
	if len(t) < 3 || t[0] != '{' || t[len(t)-1] != '}' {
		return false
	}
	fields := bytes.Fields(t[1 : len(t)-1])
	for _, f := range fields {
		if len(f) < 2 || f[0] != '.' && f[0] != '#' || !isASCIILetter(f[1]) {
			return false
		}
		for _, c := range f[2:] {
			if !isASCIILetter(c) && (c < '0' || c > '9') && c != '-' && c != '_' {
				return false
			}
		}
	}
	return len(fields) > 0
}

// stampKeys are the keys of a template's time stamps.
var stampKeys = map[string]bool{
	"date": true, "time": true, "created": true, "updated": true, "modified": true,
	"last modified": true, "last updated": true, "edited": true, "last edited": true, "dated": true,
}

// inlineWrap matches the inline tags that may wrap a time stamp.
var inlineWrap = lazyRegexp(`(?i)</?(?:span|font|small|em|i|b|strong|sub|sup)\b[^>]*>`)

// timeStamp matches a date or a time as templates write them: "2023-06-09",
// "2023-06-09 18:06", "09/06/2023", "18:06", "6:05 PM".
var timeStamp = lazyRegexp(`^(\d{4}-\d{2}-\d{2}([ T]\d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}(:\d{2})? ?([AaPp][Mm])?)$`)

// dropLines removes from paragraph node its lines that drop reports, or the
// paragraph itself when that is all of them.
func dropLines(node *ast.Paragraph, src []byte, drop func(line []byte) bool) {
	lines := node.Lines()
	var keep *text.Segments
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if drop(seg.Value(src)) {
			if keep == nil {
				keep = text.NewSegments()
				for j := 0; j < i; j++ {
					keep.Append(lines.At(j))
				}
			}
			continue
		}
		if keep != nil {
			keep.Append(seg)
		}
	}
	switch {
	case keep == nil:
	case keep.Len() == 0:
		node.Parent().RemoveChild(node.Parent(), node)
	default:
		node.SetLines(keep)
	}
}

// logseqKeys are the properties Logseq itself writes (its "built-in
// properties"), and the prefixes of families of them.
var (
	logseqKeys = map[string]bool{
		"id": true, "collapsed": true, "heading": true, "background-color": true, "created-at": true,
		"updated-at": true, "template": true, "template-including-parent": true, "icon": true,
		"public": true, "filters": true, "exclude-from-graph-view": true, "ls-type": true,
		"title": true, "alias": true, "tags": true, "query-table": true, "query-properties": true,
		"query-sort-by": true, "query-sort-desc": true,
	}
	logseqPrefixes = []string{"card-", "hl-", "logseq."}
)

// isLogseqProperty reports whether line is "key:: value" for one of Logseq's
// own keys, lower case as Logseq writes them.
func isLogseqProperty(line []byte) bool {
	i := bytes.Index(line, []byte(":: "))
	if i <= 0 {
		return false
	}
	key := bytes.TrimLeft(line[:i], " \t")
	if len(key) == 0 || len(key) > 32 || bytes.ContainsAny(key, " \tABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return false
	}
	if logseqKeys[string(key)] {
		return true
	}
	for _, p := range logseqPrefixes {
		if bytes.HasPrefix(key, []byte(p)) && len(key) > len(p) {
			return true
		}
	}
	return false
}

// dropBlockIDs cuts the ID that Obsidian lets a block end with, so that
// links can point at it, from the lines of body outside fenced code,
// "Troponin is the most specific marker. ^troponin-def" → "Troponin is
// the most specific marker.": Obsidian shows it to nobody; a card or the
// sheet should not either. It cuts the source, line for line: cut from a
// paragraph's line after parsing, the line lost its line break, and
// goldmark then dropped the word before the ID ("The powerhouse of the
// cell ^p1" over "Makes ATP" read "The powerhouse of theMakes ATP").
func dropBlockIDs(body []byte) []byte {
	if bytes.IndexByte(body, '^') < 0 {
		return body // the quick test: most notes have no caret
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	var fence fenceState
	changed := false
	for i, line := range lines {
		if fence.next(line) {
			continue
		}
		if k := blockID(line); k >= 0 {
			end := line[len(bytes.TrimRight(line, "\n")):]
			lines[i] = append(line[:k:k], end...)
			changed = true
		} else if loneBlockID(line) && (i > 0 && len(bytes.TrimSpace(lines[i-1])) == 0 || i+1 == len(lines) || len(bytes.TrimSpace(lines[i+1])) == 0) {
			// "^thm-34-1" alone under a callout, or "^982a8b" under a blank
			// line, as Obsidian names the block above: its line stays, empty.
			lines[i] = line[len(bytes.TrimRight(line, "\n")):]
			changed = true
		}
	}
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

// rewriteLines returns src with each line outside code fences that rewrite
// changes (it reports true) replaced by what it returns, line end included,
// or src itself when no line changes: src is copied from the first line
// changed only.
func rewriteLines(src []byte, rewrite func(line []byte) ([]byte, bool)) []byte {
	var out []byte
	var fence fenceState
	for at := 0; at < len(src); {
		end := bytes.IndexByte(src[at:], '\n') + 1
		if end == 0 {
			end = len(src) - at
		}
		line := src[at : at+end]
		if !fence.next(line) {
			if t, ok := rewrite(line); ok {
				if out == nil {
					out = append(make([]byte, 0, len(src)+16), src[:at]...)
				}
				out = append(out, t...)
				at += end
				continue
			}
		}
		if out != nil {
			out = append(out, line...)
		}
		at += end
	}
	if out == nil {
		return src
	}
	return out
}

// rewriteAround returns body with its lines rewritten by rewrite, called
// with the lines (line ends kept) and the index of each line outside code
// fences; it may change that line and its neighbours in place, and
// reports whether it changed any. body itself is returned when none
// changed.
func rewriteAround(body []byte, rewrite func(lines [][]byte, i int) bool) []byte {
	lines := bytes.SplitAfter(body, []byte("\n"))
	changed := false
	var fence fenceState
	for i, l := range lines {
		if !fence.next(l) && rewrite(lines, i) {
			changed = true
		}
	}
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

// loneBlockID reports whether line is a block ID alone, "^982a8b", as
// Obsidian writes it to name the list, quote, callout or table above: the
// line was read as a paragraph of its own and landed in the answer of the
// heading over it. Beside a blank line, emptying it leaves the blocks as
// they were.
func loneBlockID(line []byte) bool {
	t := bytes.TrimSpace(line)
	return len(t) > 1 && t[0] == '^' && isBlockID(t[1:])
}

// isBlockID reports whether id, the text after a "^", is a block ID:
// letters, digits and hyphens, with at least one letter, or the time in
// milliseconds the Obsidian Flashcards plugin writes under each card it
// sent to Anki ("^1684392558449"): ten digits or more, which no exponent
// or footnote has.
func isBlockID(id []byte) bool {
	letter, digits := false, 0
	for _, c := range id {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9':
			digits++
		case c == '-':
		default:
			return false
		}
	}
	return letter || digits == len(id) && digits >= 10
}

// blockID returns where the " ^id" that ends line starts, or -1: an ID is
// letters, digits and hyphens, with at least one letter.
func blockID(line []byte) int {
	if bytes.IndexByte(line, '^') < 0 {
		return -1 // the quick test: most lines have no caret
	}
	t := bytes.TrimRight(line, " \t\r\n")
	k := bytes.LastIndexByte(t, '^')
	if k < 1 || t[k-1] != ' ' && t[k-1] != '\t' || k+1 == len(t) {
		return -1
	}
	if !isBlockID(t[k+1:]) || len(bytes.TrimSpace(t[:k])) == 0 {
		return -1 // a line of the ID alone keeps it: goldmark wants no empty line
	}
	return len(bytes.TrimRight(t[:k], " \t"))
}
