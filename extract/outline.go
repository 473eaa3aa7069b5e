package extract

import (
	"bytes"
	"html"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// A Block is one piece of the note's content, in document order, for the cheat sheet.
type Block struct {
	Kind    BlockKind
	Level   int      // Heading: 1–6
	Spans   []Span   // Heading, Paragraph: the text
	Items   []Item   // List: its items
	Ordered bool     // List: numbered
	Start   int      // List: number of the first item when Ordered
	Lang    string   // Code: the fence's info word
	Code    string   // Code: the text, lines ending in "\n"
	Header  []Cell   // Table: the header row (may be empty)
	Rows    [][]Cell // Table: the body rows
	Blocks  []Block  // Quote: its content
	Src     string   // Image: the destination as written
	Path    string   // Image: the file on disk for a local destination, else ""
	Alt     string   // Image: the alternative text
	Width   int      // Image: the width in pixels the note asks for ("![[d.png|200]]"), 0 for none
	Pos     Pos
}

// A BlockKind says what a Block holds.
type BlockKind int

// The kinds of Block.
const (
	Heading   BlockKind = iota // Level, Spans
	Paragraph                  // Spans, with Break spans between lines
	List                       // Items, Ordered, Start
	Code                       // Lang, Code
	Table                      // Header, Rows
	Image                      // Src, Path, Alt
	Quote                      // Blocks
	Rule                       // a thematic break
)

// An Item is one entry of a List: its first line of text and the blocks under it.
type Item struct {
	Spans   []Span
	Blocks  []Block
	Task    bool // a task-list item ("- [ ]")
	Checked bool // a ticked task-list item
	Pos     Pos
}

// A Cell is the text of one table cell.
type Cell struct {
	Spans []Span
	Align Align // its column's alignment, as the delimiter row sets it
}

// An Align is a Markdown table column's alignment.
type Align uint8

// The alignments: "---" AlignNone, ":---" AlignLeft, ":---:" AlignCenter,
// "---:" AlignRight.
const (
	AlignNone Align = iota
	AlignLeft
	AlignCenter
	AlignRight
)

// cellAlign maps goldmark's alignment of a table cell to an Align.
var cellAlign = map[east.Alignment]Align{east.AlignLeft: AlignLeft, east.AlignCenter: AlignCenter, east.AlignRight: AlignRight}

// A Span is a run of text in one style.
type Span struct {
	Text  string
	Style Style
	URL   string // the target when Style has Link
}

// A Style is a set of text attributes.
type Style uint8

// The text attributes. Term marks a term detected before its definition
// ("Term: definition", "Term – definition"); it is shown in bold.
const (
	Bold Style = 1 << iota
	Italic
	Mono
	Link
	Strike
	Term
	Break     // a line break; Text is empty
	Highlight // an Obsidian highlight, ==text==
)

// maxTermRunes bounds what counts as a term before a separator on the sheet.
const maxTermRunes = 48

// buildOutline returns the whole note as blocks.
func (p *parsed) buildOutline() []Block {
	ob := outliner{p: p, sb: spanBuilder{plainNote: p.undefinedNote}}
	return ob.blocks(p.doc)
}

// outliner turns the AST into Blocks.
type outliner struct {
	p          *parsed
	skip       bool              // inside a notes2deck:skip region
	mediaPaths map[string]string // media names to files, built on first use
	sb         spanBuilder       // the text of the block being converted
	inMath     bool              // the block's text so far opened a $…$ it did not close (see unescapeMarkdown)
	inBracket  bool              // the block's text so far holds a "\[", which may open a display
	scripted   ast.Node          // the text of a <sup> or <sub> already written raised (see scriptTag)
	o2aOpen    bool              // the last Obsidian_to_Anki marker read is a START (see o2aPart)
	itemBlock  []Item            // where the lists' items are cut from (see itemBlockSize)
}

// itemBlockSize is how many list items the outliner cuts from one
// allocation: the items live as long as the outline, until the sheet is
// written, and one slice a list was ~10k of a parse's 551k allocations
// (Parse items=10000).
const itemBlockSize = 64

var (
	outlineComment = lazyRegexp(`(?s)<!--.*?-->`)
	outlineSkip    = lazyRegexp(`<!--\s*notes2deck:skip\s*-->`)
	outlineSkipEnd = lazyRegexp(`<!--\s*notes2deck:end\s*-->`)
)

// blocks returns the content of the children of n, nil when there is none.
func (o *outliner) blocks(n ast.Node) []Block {
	out := o.appendBlocks(make([]Block, 0, n.ChildCount()), n)
	if len(out) == 0 {
		return nil
	}
	return out
}

// appendBlocks appends the content of the children of n to out.
func (o *outliner) appendBlocks(out []Block, n ast.Node) []Block {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*ast.HTMLBlock); ok {
			raw := o.htmlText(h)
			if o.skip {
				if loc := outlineSkipEnd().FindStringIndex(raw); loc != nil {
					o.skip = false
					out = append(out, o.htmlBlocks(raw[loc[1]:], o.p.pos(o.start(c)))...)
				}
				continue
			}
			if loc := outlineSkip().FindStringIndex(raw); loc != nil {
				out = append(out, o.htmlBlocks(raw[:loc[0]], o.p.pos(o.start(c)))...)
				o.skip = true
				if e := outlineSkipEnd().FindStringIndex(raw[loc[1]:]); e != nil {
					o.skip = false
					out = append(out, o.htmlBlocks(raw[loc[1]+e[1]:], o.p.pos(o.start(c)))...)
				}
				continue
			}
			out = append(out, o.htmlBlocks(raw, o.p.pos(o.start(c)))...)
			continue
		}
		if o.skip {
			continue
		}
		out = o.block(out, c)
	}
	return out
}

// block appends the conversion of one block node to out.
func (o *outliner) block(out []Block, n ast.Node) []Block {
	pos := o.p.pos(o.start(n))
	switch n := n.(type) {
	case *ast.Heading:
		spans := o.spans(n, false)
		if len(spans) == 0 {
			return out
		}
		return append(out, Block{Kind: Heading, Level: n.Level, Spans: spans, Pos: pos})
	case *ast.Paragraph, *ast.TextBlock:
		if o.p.pageFields(n) || o.p.tagLine(n) != nil || o.p.isObsidianComment(n) || o.p.isO2ASettings(n) || o.p.isTOCMarker(n) || o.p.linkFields(n) || o.p.metaFields(n) || o.p.relationFields(n) || o.p.quizMeta(n) {
			// page properties, #tags alone, a comment, "[TOC]", "up:: [[Biology MOC]]",
			// "status:: reading" or a quiz question's "**Difficulty:** Easy · **Type:** MCQ":
			// not the note's text
			return out
		}
		if b, ok := o.pipeTable(n, pos); ok {
			return append(out, b)
		}
		return o.paragraph(out, n, pos)
	case *ast.List:
		if o.p.isTOCMarker(n) {
			return out // kramdown's "* toc" over "{:toc}": the editor's table of contents
		}
		if o.p.relationFields(n) {
			return out // "- feeds:: [[RM-MUDA]]" items: the vault's map, not the note's text
		}
		b := Block{Kind: List, Ordered: n.IsOrdered(), Start: n.Start, Pos: pos}
		if b.Ordered && b.Start == 0 && !strings.HasPrefix(strings.TrimSpace(o.lineAt(n)), "0") {
			b.Start = 1
		}
		if c := n.ChildCount(); c > 0 {
			b.Items = takeFrom(&o.itemBlock, c, itemBlockSize)
		}
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			b.Items = append(b.Items, o.item(it))
		}
		// Numbers or bullets left empty at the end of a list, a study
		// guide's "5." to "33." kept for questions still to write, print
		// nothing but their marks: 29 lines of numbers on one sheet.
		for len(b.Items) > 0 && emptyItem(b.Items[len(b.Items)-1]) {
			b.Items = b.Items[:len(b.Items)-1]
		}
		if len(b.Items) == 0 {
			return out
		}
		return append(out, b)
	case *ast.FencedCodeBlock:
		if o.p.pluginFence(n) {
			return out // a plugin's query or diagram: not what it shows
		}
		lang := string(n.Language(o.p.src))
		if mathFence(lang) {
			// A ```math block is a display formula, which the sheet
			// writes as it writes $$…$$: "```math" over "{n \choose r}
			// p^r" printed the TeX, where "$$" printed "C(n, r) pʳ".
			f := strings.TrimSpace(o.lines(n))
			if f == "" {
				return out
			}
			return displayBlock(out, f, pos)
		}
		return append(out, Block{Kind: Code, Lang: lang, Code: o.lines(n), Pos: pos})
	case *ast.CodeBlock:
		if f, ok := indentedDisplay(n, []byte(o.lines(n))); ok {
			return displayBlock(out, f, pos) // "$$p_i = X_i p$$" indented under a bullet past its text
		}
		return append(out, Block{Kind: Code, Code: o.lines(n), Pos: pos})
	case *ast.Blockquote:
		if o.p.isFieldCallout(n) {
			return out // "> [!Ontology]" over "> up:: [[Cell cycle]]": the vault's map, not the note's text
		}
		inner := o.blocks(n)
		if len(inner) == 0 {
			return out
		}
		if title, ok := o.p.calloutTitle(n.FirstChild()); ok && inner[0].Kind == Paragraph {
			// An Obsidian callout: its title in bold in place of its first
			// line, its formulas as text as the body's are.
			o.inline(&o.sb, n.FirstChild(), 0, "")
			o.sb.dropFirstLine()
			spans := []Span{{Text: string(sheetText([]byte(title), o.p.undefinedNote)), Style: Bold}}
			if rest := o.sb.finish(true); len(rest) > 0 {
				spans = append(append(spans, Span{Style: Break}), rest...)
			}
			inner[0].Spans = spans
		}
		return append(out, Block{Kind: Quote, Blocks: inner, Pos: pos})
	case *ast.ThematicBreak:
		return append(out, Block{Kind: Rule, Pos: pos})
	case *east.Table:
		b := Block{Kind: Table, Pos: pos}
		for r := n.FirstChild(); r != nil; r = r.NextSibling() {
			var row []Cell
			for c := r.FirstChild(); c != nil; c = c.NextSibling() {
				cell := Cell{Spans: o.spans(c, false)}
				if tc, ok := c.(*east.TableCell); ok {
					cell.Align = cellAlign[tc.Alignment]
				}
				row = append(row, cell)
			}
			if _, ok := r.(*east.TableHeader); ok {
				b.Header = row
			} else if !blankRow(r) && !ruleCells(cellTexts(row)) {
				b.Rows = append(b.Rows, row)
			}
		}
		if len(b.Rows) > 1 && emptyCells(b.Header) && namesColumns(cellTexts(b.Rows[0]), firstCells(b.Rows[1:])) {
			b.Header, b.Rows = b.Rows[0], b.Rows[1:] // see builder.table
		}
		return o.cellImages(append(out, b), n)
	}
	return o.appendBlocks(out, n)
}

// cellImages appends to out the images that the cells of table n show and
// the note's folder holds, in the order of its rows, as inlineImages does
// for a paragraph's: the sheet draws them under the table, whose cells
// name them by their alternative text ("| Heart | ![heart
// diagram](heart.png) |" printed "[heart diagram]" and no picture).
func (o *outliner) cellImages(out []Block, n ast.Node) []Block {
	if len(o.p.images) == 0 {
		return out // the note loaded no image: there is none to draw
	}
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if img, ok := c.(*ast.Image); ok && entering {
			if b := o.image(img); b.Path != "" {
				out = append(out, b)
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// pipeTable returns paragraph n as a table when each of its lines is a
// table's row written without the |---| line Markdown needs,
// as vimwiki and hand-typed vocabulary write them: "| Prost | Cheers |",
// "quel | what".
// The cards read each row (builder.pipeRows); shown as a paragraph, the
// sheet printed the pipes, "| es tut mir leid | I'm sorry |". As for the
// cards, no row is a header and every row's cells are their own.
func (o *outliner) pipeTable(n ast.Node, pos Pos) (Block, bool) {
	rows := o.p.rowsBlock(n)
	if rows == nil {
		return Block{}, false
	}
	b := Block{Kind: Table, Rows: make([][]Cell, len(rows)), Pos: pos}
	var from ast.Node // the first child of n left to read
	for i, cells := range rows {
		b.Rows[i] = make([]Cell, len(cells))
		for k, c := range cells {
			if t := strings.TrimSpace(o.p.plainFrom(n, &from, c[0], c[1])); t != "" {
				b.Rows[i][k].Spans = []Span{{Text: string(sheetText([]byte(t), o.p.undefinedNote))}}
			}
		}
	}
	return b, true
}

// emptyCells reports whether no cell of row holds a word.
func emptyCells(row []Cell) bool {
	for _, c := range row {
		for _, sp := range c.Spans {
			if hasWordChar(sp.Text) {
				return false
			}
		}
	}
	return true
}

// cellTexts returns the text of each cell of row.
func cellTexts(row []Cell) []string {
	out := make([]string, len(row))
	for i, c := range row {
		for _, sp := range c.Spans {
			out[i] += sp.Text
		}
	}
	return out
}

// firstCells returns the text of the first cell of each of rows.
func firstCells(rows [][]Cell) []string {
	out := make([]string, 0, len(rows))
	for _, row := range rows {
		if len(row) > 0 {
			out = append(out, cellTexts(row[:1])[0])
		}
	}
	return out
}

// paragraph appends the conversion of a paragraph to out; a paragraph made
// of images alone becomes image blocks.
func (o *outliner) paragraph(out []Block, n ast.Node, pos Pos) []Block {
	if targets, widths := o.onlyEmbeds(n); targets != nil {
		for i, t := range targets {
			out = append(out, Block{Kind: Image, Src: t, Path: o.imagePath(embedKey(t)), Alt: t, Width: widths[i], Pos: pos})
		}
		return out
	}
	if o.onlyImages(n) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if img, ok := c.(*ast.Image); ok {
				if f, ok := sheetFormula(string(img.Destination), true); ok {
					out = append(out, Block{Kind: Paragraph, Spans: []Span{{Text: f}}, Pos: pos})
					continue
				}
				b := o.image(img)
				b.Pos = pos
				out = append(out, b)
			}
		}
		return out
	}
	var spans []Span
	if o.o2aPart(n) {
		o.inline(&o.sb, n, 0, "")
		o.sb.o2aFields()
		spans = cutSpanTags(o.sb.finish(false))
	} else {
		spans = o.spans(n, true)
	}
	spans, own := o.embedLines(n, spans)
	if len(spans) > 0 {
		out = append(out, Block{Kind: Paragraph, Spans: spans, Pos: pos})
	}
	return o.inlineImages(out, n, own)
}

// o2aPart reports whether paragraph n holds an Obsidian_to_Anki note or a
// part of one: a line START or END alone, or a field's label, "Back: …",
// opening it inside a note, after a START not yet closed by its END.
func (o *outliner) o2aPart(n ast.Node) bool {
	ls := n.Lines()
	if !o.p.o2aNotes || ls.Len() == 0 {
		return false
	}
	part := false
	if name, _ := o2aLabel(segValue(ls.At(0), o.p.src)); name != "" && o.o2aOpen {
		part = true
	}
	for i := range ls.Len() {
		switch string(bytes.TrimSpace(segValue(ls.At(i), o.p.src))) {
		case "START":
			part, o.o2aOpen = true, true
		case "END":
			part, o.o2aOpen = true, false
		}
	}
	return part
}

// inlineImages appends to out the images that paragraph n shows among its
// text, "See the diagram: ![OSI](osi.png)", or after a line break: the sheet
// draws them under the text, which names them. Only images the note's
// folder holds are drawn; the text already names the others, but for the
// embeds own names, which stood on a line of their own (see embedLines):
// a missing one is an image block, printed as "[image: plot.png]" as the
// sheet prints a missing image that stands alone.
func (o *outliner) inlineImages(out []Block, n ast.Node, own map[string]bool) []Block {
	if len(o.p.images) == 0 && own == nil {
		return out // the note loaded no image: there is none to draw
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if img, ok := c.(*ast.Image); ok {
			if b := o.image(img); b.Path != "" {
				out = append(out, b)
			}
		}
	}
	if o.p.linesHold(n, "![[") {
		t := o.p.inlineText(n, nil)
		for _, m := range embed().FindAllSubmatchIndex(t, -1) {
			target := strings.TrimSpace(string(t[m[2]:m[3]]))
			if path := o.imagePath(embedKey(target)); path != "" && imageExts[strings.ToLower(filepath.Ext(target))] || own[target] {
				out = append(out, Block{Kind: Image, Src: target, Path: path, Alt: target, Width: embedWidth(t[m[0]:m[1]]), Pos: o.p.pos(o.start(n))})
			}
		}
	}
	return out
}

// embedLines drops from spans, the text of paragraph n, the lines that
// hold image embeds and nothing else, "Plot:" over "![[plot.png|393]]",
// and returns the targets of these embeds. The sheet printed the image's
// file name as a line of text, "plot.png", above the drawn image, or alone
// for a missing one, where a paragraph of embeds alone shows the image or
// "[image: plot.png]". A text of drawn images alone, a bullet
// "- ![[plot.png]]" or "- ![diagram](d.png)", is dropped too: the sheet
// sets the picture beside the bullet's marker, where it printed "• plot.png"
// or "• [diagram]" over it. One naming a missing embed, "- ![[gone.png]]",
// is left as it is, its name the bullet's text.
func (o *outliner) embedLines(n ast.Node, spans []Span) ([]Span, map[string]bool) {
	var shown [][]string
	drawn := true // every embed on a line of its own is an image the note's folder holds
	if len(o.p.images) > 0 {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if img, ok := c.(*ast.Image); ok && o.aloneOnLine(img) {
				if b := o.image(img); b.Path != "" && b.Alt != "" {
					shown = append(shown, []string{"[" + o.alt(img) + "]"})
				}
			}
		}
	}
	if shown == nil && !o.p.linesHold(n, "![[") {
		return spans, nil
	}
	lines := n.Lines()
	_, task := n.FirstChild().(*east.TaskCheckBox)
	for i := 0; i < lines.Len(); i++ {
		l := bytes.TrimSpace(segValue(lines.At(i), o.p.src))
		if i == 0 && task && len(l) >= 3 {
			l = bytes.TrimSpace(l[3:]) // the task's box, "[ ] ![[plot.png]]"
		}
		if !bytes.HasPrefix(l, []byte("![[")) || len(bytes.TrimSpace(embed().ReplaceAll(l, nil))) > 0 {
			continue
		}
		var names []string
		for _, m := range embed().FindAllSubmatch(l, -1) {
			target := strings.TrimSpace(string(m[1]))
			if !imageExts[strings.ToLower(filepath.Ext(target))] {
				names = nil
				break
			}
			names = append(names, target)
			drawn = drawn && o.imagePath(embedKey(target)) != ""
		}
		if names != nil {
			shown = append(shown, names)
		}
	}
	if shown == nil {
		return spans, nil
	}
	var own map[string]bool
	out := make([]Span, 0, len(spans))
	start := 0
	for i := 0; i <= len(spans); i++ {
		if i < len(spans) && spans[i].Style != Break {
			continue
		}
		line := spans[start:i]
		start = i + 1
		text := strings.Join(strings.Fields(spansText(line)), " ")
		if j := slices.IndexFunc(shown, func(names []string) bool { return strings.Join(names, " ") == text }); j >= 0 {
			if own == nil {
				own = map[string]bool{}
			}
			for _, name := range shown[j] {
				own[name] = true
			}
			continue // the line and the break after it: the lines around stay apart
		}
		out = append(out, line...)
		if i < len(spans) {
			out = append(out, spans[i])
		}
	}
	if n := len(out) - 1; n >= 0 && out[n].Style == Break {
		out = out[:n]
	}
	if own == nil || !drawn && !slices.ContainsFunc(out, func(s Span) bool { return s.Style != Break }) {
		return spans, nil // a bullet of missing embeds alone keeps their names on its line
	}
	return out, own
}

// emptyItem reports whether it holds no text and no block, nor a task's box.
func emptyItem(it Item) bool {
	return len(it.Blocks) == 0 && !it.Task && !slices.ContainsFunc(it.Spans, func(s Span) bool { return strings.TrimSpace(s.Text) != "" })
}

// aloneOnLine reports whether image n stands on a line of its own in the
// text of its block, "Objects:" over "![Objects](objects.png)" over more
// text.
func (o *outliner) aloneOnLine(n *ast.Image) bool {
	if n.Parent() == nil || n.Parent().Type() != ast.TypeBlock {
		return false
	}
	if box, ok := n.PreviousSibling().(*east.TaskCheckBox); ok && box.PreviousSibling() == nil {
		// a task's box, "- [ ] ![diagram](d.png)", opens the line
	} else if prev, ok := n.PreviousSibling().(*ast.Text); n.PreviousSibling() != nil && (!ok || !prev.SoftLineBreak() && !prev.HardLineBreak()) {
		return false
	}
	next := n.NextSibling()
	if next == nil {
		return true
	}
	t, ok := next.(*ast.Text)
	return ok && len(bytes.TrimSpace(t.Segment.Value(o.p.src))) == 0 && (t.SoftLineBreak() || t.HardLineBreak() || t.NextSibling() == nil)
}

// onlyEmbeds returns the files that paragraph n embeds, and the widths it
// asks for (see embedWidth), when it holds image embeds (![[diagram.png]])
// and nothing else but white space, else nil.
func (o *outliner) onlyEmbeds(n ast.Node) (targets []string, widths []int) {
	if !o.p.linesHold(n, "![[") {
		return nil, nil
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if _, ok := c.(*ast.Text); !ok {
			return nil, nil
		}
	}
	t := o.p.inlineText(n, nil)
	for _, m := range embed().FindAllSubmatchIndex(t, -1) {
		target := strings.TrimSpace(string(t[m[2]:m[3]]))
		if !imageExts[strings.ToLower(filepath.Ext(target))] {
			return nil, nil
		}
		targets = append(targets, target)
		widths = append(widths, embedWidth(t[m[0]:m[1]]))
	}
	if len(bytes.TrimSpace(embed().ReplaceAll(t, nil))) > 0 {
		return nil, nil
	}
	return targets, widths
}

// obsidianSize is the size Obsidian lets an image embed or an image's alt
// text end with: "|200" or "|200x100", width then height in pixels.
var obsidianSize = lazyRegexp(`\|\s*(\d{1,5})\s*(?:x\s*\d{0,5}\s*)?$`)

// embedWidth returns the width in pixels that the embed m asks for,
// "![[diagram.png|200]]" 200, or 0.
func embedWidth(m []byte) int {
	sm := obsidianSize().FindSubmatch(bytes.TrimSuffix(m, []byte("]]")))
	if sm == nil {
		return 0
	}
	w, _ := strconv.Atoi(string(sm[1]))
	return w
}

// onlyImages reports whether paragraph n holds images and nothing but white space besides.
func (o *outliner) onlyImages(n ast.Node) bool {
	images := false
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Image:
			images = true
		case *ast.Text:
			if len(bytes.TrimSpace(c.Segment.Value(o.p.src))) != 0 {
				return false
			}
		default:
			return false
		}
	}
	return images
}

// spans returns the text of n's inline children as the sheet shows it (see
// spanBuilder.finish), with terms marked when terms is set.
func (o *outliner) spans(n ast.Node, terms bool) []Span {
	o.inline(&o.sb, n, 0, "")
	return cutSpanTags(o.sb.finish(terms))
}

// cutSpanTags drops the tags that end a line of spans, as cutTags does for
// a card's front: "What is ATP? #card" shows as "What is ATP?".
func cutSpanTags(spans []Span) []Span {
	lineStart := 0
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		if s.Style == Break {
			lineStart = i + 1
			continue
		}
		if s.Style != 0 || i+1 < len(spans) && spans[i+1].Style != Break || !strings.Contains(s.Text, "#") {
			continue
		}
		rest, _ := trailingTags(s.Text)
		if rest == s.Text || !hasWordChar(rest) && i == lineStart {
			continue
		}
		if rest != "" {
			spans[i].Text = rest
			continue
		}
		spans = slices.Delete(spans, i, i+1)
		i--
	}
	return spans
}

// item converts a list item: its first paragraph becomes the item's line.
func (o *outliner) item(n ast.Node) Item {
	it := Item{Pos: o.p.pos(o.start(n))}
	c := n.FirstChild()
	if c != nil {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			if cb, ok := c.FirstChild().(*east.TaskCheckBox); ok {
				it.Task, it.Checked = true, cb.IsChecked
			}
			var own map[string]bool
			it.Spans, own = o.embedLines(c, o.spans(c, true))
			it.Blocks = o.inlineImages(it.Blocks, c, own)
			c = c.NextSibling()
		}
	}
	for ; c != nil; c = c.NextSibling() {
		if o.skip {
			if h, ok := c.(*ast.HTMLBlock); ok && outlineSkipEnd().MatchString(o.htmlText(h)) {
				o.skip = false
			}
			continue
		}
		if h, ok := c.(*ast.HTMLBlock); ok {
			raw := o.htmlText(h)
			if outlineSkip().MatchString(raw) && !outlineSkipEnd().MatchString(raw) {
				o.skip = true
				continue
			}
			it.Blocks = append(it.Blocks, o.htmlBlocks(raw, o.p.pos(o.start(c)))...)
			continue
		}
		it.Blocks = o.block(it.Blocks, c)
	}
	return it
}

// image converts an image node. An alt text that ends with a size, as
// Obsidian writes "![diagram|200](d.png)", gives the width.
func (o *outliner) image(n *ast.Image) Block {
	src := string(n.Destination)
	b := Block{Kind: Image, Src: src, Path: o.imagePath(src), Alt: o.alt(n), Pos: o.p.pos(o.start(n))}
	if loc := obsidianSize().FindStringSubmatchIndex(b.Alt); loc != nil {
		b.Width, _ = strconv.Atoi(b.Alt[loc[2]:loc[3]])
		b.Alt = strings.TrimSpace(b.Alt[:loc[0]])
	}
	return b
}

// marpWords are the words of Marp's image syntax besides "bg" and the
// sizes: where a background goes and the filters drawn over it.
// "center" is no word of Marp's own, but the one its decks style most
// ("img[alt~=center]", Marpit's documentation's own example): "![w:500px
// center](srpt.svg)".
var marpWords = map[string]bool{
	"contain": true, "cover": true, "fit": true, "auto": true, "left": true, "right": true, "center": true,
	"vertical": true, "blur": true, "brightness": true, "contrast": true, "drop-shadow": true,
	"grayscale": true, "hue-rotate": true, "invert": true, "opacity": true, "saturate": true, "sepia": true,
}

// imagePath returns the file on disk of an image the extractor found and
// loaded (see collectMedia), or "" for a remote or missing image, and for
// a sound or a video ("![](hola.mp3)"), which paper cannot play.
func (o *outliner) imagePath(dest string) string {
	name := o.p.images[dest]
	if name == "" || isAudio(name) {
		return ""
	}
	if o.mediaPaths == nil {
		o.mediaPaths = map[string]string{}
		for _, m := range o.p.media {
			o.mediaPaths[m.Name] = m.Path
		}
	}
	return o.mediaPaths[name]
}

// inline adds the text of n's inline children to sb in style st; url is the
// destination of the link they are in. Inside a link, the outermost link's
// destination is every span's URL.
func (o *outliner) inline(sb *spanBuilder, n ast.Node, st Style, url string) {
	if n.Type() == ast.TypeBlock {
		o.inMath, o.inBracket = false, false
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c == o.scripted {
				continue
			}
			sb.text(o.text(c.Segment.Value(o.p.src)), st, url)
			switch {
			case c.HardLineBreak() && !o.breaksDisplay(c):
				sb.lineBreak(url)
			case c.SoftLineBreak(), c.HardLineBreak():
				sb.text([]byte{'\n'}, st, url)
			}
		case *ast.String:
			sb.text(c.Value, st, url)
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				switch t := t.(type) {
				case *ast.Text:
					sb.text(t.Segment.Value(o.p.src), st|Mono, url)
				case *ast.String:
					sb.text(t.Value, st|Mono, url)
				}
			}
		case *ast.Emphasis:
			if (o.inMath || o.inBracket) && o.p.inDisplayAt(c) || o.inMath && o.inFormulaAt(c) {
				// Inside a display over several lines, "\[" then "K*a = … K*{eq}":
				// its markers are the formula's "*" and "_".
				mark := o.p.src[max(0, o.p.startOf(c)-c.Level):max(0, o.p.startOf(c))]
				sb.text(mark, st, url)
				o.inline(sb, c, st, url)
				sb.text(mark, st, url)
				continue
			}
			s := Italic
			if c.Level >= 2 {
				s = Bold
			}
			o.inline(sb, c, st|s, url)
		case *east.Strikethrough:
			o.inline(sb, c, st|Strike, url)
		case *ast.Link:
			if o.footnoteLink(c) {
				if end := o.p.endOf(c) + 1; end >= len(o.p.src) || o.p.src[end] != ' ' && o.p.src[end] != '\t' {
					sb.dropTrailingSpaces() // "experiments [^1], then": no space before the comma
				}
				continue
			}
			u := url
			if st&Link == 0 {
				u = o.sb.textBlock.keep(c.Destination) // kept as long as the spans
			}
			o.inline(sb, c, st|Link, u)
		case *ast.AutoLink:
			u := url
			if st&Link == 0 {
				u = o.sb.textBlock.keep(c.URL(o.p.src))
			}
			sb.text(c.Label(o.p.src), st|Link, u)
		case *ast.Image:
			alone := o.aloneOnLine(c)
			if alone {
				sb.lineBreak(url)
			}
			if f, ok := sheetFormula(string(c.Destination), false); ok {
				sb.textString(f, st, url)
			} else if alt, background := o.caption(c); alt != "" && !strings.EqualFold(alt, "image") {
				// GitHub's alt="image", on every screenshot pasted there,
				// names nothing: the sheet printed "[image]".
				sb.textString("["+alt+"]", st|Italic, url)
			} else if dest := html.UnescapeString(string(c.Destination)); alt == "" && !background && isRemote(dest) {
				// A remote picture with no alternative text, which the sheet
				// cannot draw, printed nothing: it shows as its card links it,
				// "image (upload.wikimedia.org)".
				u := url
				if st&Link == 0 {
					u = dest
				}
				sb.textString(remoteImageLabel(dest), st|Italic|Link, u)
			}
			if alone {
				sb.lineBreak(url)
			}
		case *ast.RawHTML:
			var tag strings.Builder
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				tag.Write(seg.Value(o.p.src))
			}
			if strings.HasPrefix(strings.ToLower(tag.String()), "<br") {
				sb.lineBreak(url)
			}
			if s, text := o.scriptTag(c, tag.String()); text != nil {
				sb.textString(s, st, url)
				o.scripted = text
			} else if s, ok := textAttr(tag.String()); ok {
				sb.textString(s, st, url)
			}
		case *east.TaskCheckBox:
			// shown by Item.Task
		default:
			o.inline(sb, c, st, url)
		}
	}
}

// footnoteLink reports whether link c is a footnote's reference, "[^1]",
// that the parser read as a link because its definition is a bare address,
// "[^1]: https://…", which is a link's definition to it: the definition is
// no text of the sheet's, so the reference pointed at nothing and printed
// as a link "^1". A link typed as one, "[^1](https://…)", is a link.
func (o *outliner) footnoteLink(c *ast.Link) bool {
	t, ok := c.FirstChild().(*ast.Text)
	if !ok || t.NextSibling() != nil {
		return false
	}
	label, src, end := t.Segment.Value(o.p.src), o.p.src, t.Segment.Stop
	return len(label) > 1 && label[0] == '^' && !bytes.ContainsAny(label, " \t\n[]") &&
		end < len(src) && src[end] == ']' && (end+1 == len(src) || src[end+1] != '(' && src[end+1] != '[')
}

// inFormulaAt reports whether emphasis c stands inside an inline formula
// typed over lines of its block, "$\dfrac{a}{b}\Rarr" over
// "d=(x-x_0)*\Big(…\Big)*r$": its "*" and "_" are the formula's, as those
// of a formula on one line are (mathSpans); the sheet printed the formula
// raw, its "*" gone. The formula opens at a "$" before c that a non-space
// other than a digit follows (a price, "$5", opens none) and closes at a
// "$" after c that follows a non-space.
func (o *outliner) inFormulaAt(c ast.Node) bool {
	b := c.Parent()
	for b != nil && b.Type() != ast.TypeBlock {
		b = b.Parent()
	}
	start, end := o.p.startOf(c), o.p.endOf(c)
	if b == nil || b.Lines().Len() < 2 || start < 0 || end < start {
		return false
	}
	src, lines := o.p.src, b.Lines()
	first, last := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	open := bytes.LastIndexByte(src[first:start], '$') + first
	closing := bytes.IndexByte(src[end:last], '$') + end
	return open >= first && closing >= end && loneDollar(src, open) && loneDollar(src, closing) &&
		open+1 < len(src) && !isSpaceOrDigit(src[open+1]) && src[closing-1] != ' ' && src[closing-1] != '\t'
}

// loneDollar reports whether the "$" at i in src is neither escaped nor
// one of a display's "$$".
func loneDollar(src []byte, i int) bool {
	return (i == 0 || src[i-1] != '\\' && src[i-1] != '$') && (i+1 == len(src) || src[i+1] != '$')
}

// isSpaceOrDigit reports whether c is white space or a digit.
func isSpaceOrDigit(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c >= '0' && c <= '9' }

// breaksDisplay reports whether the hard line break that ends text c falls
// inside a display formula: "$$", then "\left\{ a_1v_1 \ : \" with its
// trailing "\" (or two trailing spaces), then "\right\}", then "$$". A
// break there would cut the formula in two and the sheet would print both
// halves as raw TeX; it is a line of the formula, as its other lines are.
func (o *outliner) breaksDisplay(c *ast.Text) bool {
	next := c.NextSibling()
	return (o.inMath || o.inBracket) && next != nil && o.p.inDisplayAt(next)
}

// alt returns the alternative text of an image without the directives of
// Marp slides that open it (see marpCaption): they place the picture on a
// slide and name nothing. The sheet printed "[image: w:500px center]" for
// a missing picture, where its file's name tells the student what it was,
// "[w:500px] [w:500px right]" for two side by side, and "[image: bg
// right:45% Kat Walsh, CC BY-SA 3.0 …]" for a credited photo.
func (o *outliner) alt(n *ast.Image) string {
	alt, _ := o.caption(n)
	return alt
}

// caption returns the alternative text of image n as alt does, and whether
// its Marp directives make it a slide's background ("bg").
func (o *outliner) caption(n *ast.Image) (string, bool) {
	var sb spanBuilder
	o.inline(&sb, n, 0, "")
	return marpCaption(sb.plain())
}

// text resolves backslash escapes and entity references in Markdown text,
// but keeps a formula's escapes, "$\{1, 2\}$", for sheetMath.
func (o *outliner) text(b []byte) []byte {
	if bytes.IndexByte(b, '\\') >= 0 || bytes.IndexByte(b, '$') >= 0 {
		o.inBracket = o.inBracket || bytes.Contains(b, []byte(`\[`))
		b = unescapeMarkdown(b, &o.inMath, `\$`)
	}
	if bytes.IndexByte(b, '&') >= 0 {
		b = util.ResolveEntityNames(util.ResolveNumericReferences(b))
	}
	return b
}

// appendSpan appends s unless it is empty text.
func appendSpan(spans []Span, s Span) []Span {
	if s.Text == "" && s.Style != Break {
		return spans
	}
	return append(spans, s)
}

// trimSpans removes leading and trailing space and breaks, collapses runs of
// spaces, and turns soft line breaks into spaces unless the next line starts
// a term definition (see spanBuilder.finish).
func trimSpans(spans []Span) []Span {
	var b spanBuilder
	for _, s := range spans {
		b.add(s)
	}
	return b.finish(false)
}

// spansText returns the plain text of spans, breaks as spaces.
func spansText(spans []Span) string {
	var b spanBuilder
	for _, s := range spans {
		b.add(s)
	}
	return b.plain()
}

// PlainText returns the text of spans, line breaks as "\n".
func PlainText(spans []Span) string {
	var sb strings.Builder
	for _, s := range spans {
		if s.Style == Break {
			sb.WriteByte('\n')
			continue
		}
		sb.WriteString(s.Text)
	}
	return sb.String()
}

// termAt returns the byte length of the term that opens line, or 0.
// The separator follows the term; a colon may also end the line.
func termAt(line string) int {
	start, end, ok := termBounds(line)
	if !ok || !isSheetTerm(line[start:end], line[end:]) {
		return 0
	}
	return end - start
}

// isSheetTerm reports whether term, the text before a separator, is shown
// as a term; after is the rest of the line, from the separator on.
func isSheetTerm[T string | []byte](term string, after T) bool {
	if n := len(term); n > 1 && term[n-1] == '?' && len(after) > 0 && after[0] == ':' {
		// "What is the powerhouse of the cell?::The mitochondria", a
		// spaced-repetition card, its separator written as a colon (see
		// srSeparators): the question is the term however long it is, and
		// its line is its own, where a long one ran into the line before.
		return true
	}
	if utf8.RuneCountInString(term) > maxTermRunes {
		return false
	}
	switch r, _ := utf8.DecodeRuneInString(term); r {
	case '(', '[', '"', '“', '*':
		return false
	}
	if opensBracket(term) {
		return false
	}
	return isTerm(term) || isVocabWord(term, after)
}

// opensBracket reports whether term leaves a "(" or "[" open: the
// separator after it stands inside the brackets, which the rest of the
// line closes. "z + a/o/u (s - sound)" is a spelling rule, not the term
// "z + a/o/u (s" of "sound)", and "Arithmetic Operator [+, - , * , /]"
// lists signs; the sheet printed "z + a/o/u (s" and "Arithmetic Operator
// [+," in bold.
func opensBracket(term string) bool {
	return strings.Count(term, "(") > strings.Count(term, ")") || strings.Count(term, "[") > strings.Count(term, "]")
}

// isVocabWord reports whether term is a word of a vocabulary list that the
// cards take as a term though isTerm refuses it (see validSplit): a short
// word before a colon or a dash, or a symbol, whose translation after is
// short. In a list of kana, "- ba : ば" was bold on the sheet and "- be :
// べ", "- no : の" were not, while each line is a card.
func isVocabWord[T string | []byte](term string, after T) bool {
	i := 0
	for i < len(after) && after[i] == ' ' {
		i++
	}
	sep := ":"
	if i < len(after) && after[i] != ':' {
		r, _ := utf8.DecodeRuneInString(string(after[i:min(i+4, len(after))]))
		sep = string(r)
	}
	if i == len(after) || !isWordTerm(term, sep) && !isSymbolTerm(term, sep) {
		return false
	}
	def := []byte(string(after[i+len(sep):]))
	return len(bytes.TrimSpace(def)) > 0 && fieldStart(def, maxWordDef+1) < 0
}

// detectTerms marks the term that opens each line of spans ("Term: def").
// A line that already opens with bold text keeps its own emphasis. It returns
// spans itself when no line opens with a term.
func detectTerms(spans []Span) []Span {
	var out []Span
	lineStart := true
	for i, s := range spans {
		if s.Style == Break {
			lineStart = true
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		n := 0
		if lineStart && s.Style == 0 {
			n = termAt(s.Text)
		}
		lineStart = false
		if n == 0 {
			if out != nil {
				out = append(out, s)
			}
			continue
		}
		if out == nil {
			out = make([]Span, i, len(spans)+1+breaks(spans[i:]))
			copy(out, spans)
		}
		out = append(out, Span{Text: s.Text[:n], Style: Term})
		if rest := s.Text[n:]; rest != "" {
			out = append(out, Span{Text: rest})
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// breaks counts the line breaks in spans.
func breaks(spans []Span) int {
	n := 0
	for _, s := range spans {
		if s.Style == Break {
			n++
		}
	}
	return n
}

// start returns the byte offset where n's text starts.
func (o *outliner) start(n ast.Node) int {
	switch n := n.(type) {
	case *ast.Text:
		return n.Segment.Start
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if off := o.start(c); off >= 0 {
			return off
		}
	}
	if n.Type() == ast.TypeBlock && n.PreviousSibling() != nil {
		prev := n.PreviousSibling()
		if prev.Lines().Len() > 0 {
			return prev.Lines().At(prev.Lines().Len() - 1).Stop
		}
	}
	if n.Type() == ast.TypeInline && n.Parent() != nil {
		// An inline of no text, "![](cell.png)" after "def ": where the
		// text before it ends, past its line break, else where its
		// parent starts. Offset 0 put a warning of its at line 1.
		for p := n.PreviousSibling(); p != nil; p = p.PreviousSibling() {
			if t, ok := p.(*ast.Text); ok {
				off := t.Segment.Stop
				if t.SoftLineBreak() || t.HardLineBreak() {
					if i := bytes.IndexByte(o.p.src[off:], '\n'); i >= 0 {
						off += i + 1
					}
				}
				return off
			}
		}
		return o.start(n.Parent())
	}
	return 0
}

// lineAt returns the source line where n starts.
func (o *outliner) lineAt(n ast.Node) string {
	off := o.start(n)
	i := off
	for i > 0 && o.p.src[i-1] != '\n' {
		i--
	}
	return string(o.p.src[i:off])
}

// lines returns the raw lines of a block node.
func (o *outliner) lines(n ast.Node) string {
	var sb strings.Builder
	ls := n.Lines()
	for i := 0; i < ls.Len(); i++ {
		seg := ls.At(i)
		sb.Write(seg.Value(o.p.src))
	}
	return sb.String()
}

// htmlText returns the source of an HTML block, closing line included.
func (o *outliner) htmlText(h *ast.HTMLBlock) string {
	s := o.lines(h)
	if h.HasClosure() {
		s += string(h.ClosureLine.Value(o.p.src))
	}
	return s
}

var (
	outlineTag    = lazyRegexp(`<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>`)
	outlineSrc    = lazyRegexp(`(?i)\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`)
	outlineAlt    = lazyRegexp(`(?i)\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`)
	outlineWidth  = lazyRegexp(`(?i)\swidth\s*=\s*["']?\s*(\d{1,5})\s*(?:px)?\s*["'\s>/]`)
	outlineNoText = map[string]bool{"style": true, "script": true, "head": true, "title": true}
	// outlineSummaryWords are <summary> labels that only say "click here".
	outlineSummaryWords = map[string]bool{"show": true, "answer": true, "solution": true, "hide": true, "click": true, "details": true}
)

// htmlBlocks turns raw HTML into blocks: tags are dropped and their text kept;
// <h1>–<h6> become headings, <table> a table, <li> list items, <img> images.
func (o *outliner) htmlBlocks(raw string, pos Pos) []Block {
	if unclosedComment(raw) {
		return nil // "<!-- x" to the end: hidden, as on the cards
	}
	raw = outlineComment().ReplaceAllString(raw, "")
	if strings.TrimSpace(raw) == "" {
		return nil
	}
	h := outlineHTMLState{pos: pos, images: o.imagePath}
	last := 0
	for _, m := range outlineTag().FindAllStringSubmatchIndex(raw, -1) {
		h.text(raw[last:m[0]])
		last = m[1]
		closing := m[3] > m[2]
		name := strings.ToLower(raw[m[4]:m[5]])
		h.tag(name, closing, raw[m[6]:m[7]])
	}
	h.text(raw[last:])
	h.flush()
	return h.out
}

// outlineHTMLState is the state of outlineHTML.
type outlineHTMLState struct {
	pos     Pos
	images  func(src string) string // an image's file, see outliner.imagePath
	out     []Block
	spans   []Span
	style   [3]int // open <b>, <i>, <code>
	heading int
	hidden  int // inside <style>, <script>…
	summary bool
	list    *Block
	table   *Block
	row     []Cell
	inCell  bool
	header  bool
}

func (h *outlineHTMLState) cur() Style {
	var s Style
	if h.style[0] > 0 {
		s |= Bold
	}
	if h.style[1] > 0 {
		s |= Italic
	}
	if h.style[2] > 0 {
		s |= Mono
	}
	return s
}

func (h *outlineHTMLState) text(t string) {
	if h.hidden > 0 || t == "" {
		return
	}
	t = html.UnescapeString(t)
	t = strings.ReplaceAll(t, "\n", " ")
	if st := h.cur(); st&Mono == 0 && strings.Contains(t, "**") {
		if spans := boldSpans(t, st); spans != nil {
			h.spans = append(h.spans, spans...)
			return
		}
	}
	h.spans = appendSpan(h.spans, Span{Text: t, Style: h.cur()})
}

// flush ends the current run of text as a paragraph, heading, item or cell.
func (h *outlineHTMLState) flush() {
	spans := trimSpans(h.spans)
	h.spans = nil
	if len(spans) == 0 {
		return
	}
	switch {
	case h.inCell:
		h.spans = spans // kept until the cell closes
	case h.summary && outlineSummaryWords[strings.ToLower(spansText(spans))]:
	case h.heading > 0:
		h.out = append(h.out, Block{Kind: Heading, Level: h.heading, Spans: spans, Pos: h.pos})
	case h.list != nil:
		h.list.Items = append(h.list.Items, Item{Spans: detectTerms(spans), Pos: h.pos})
	default:
		h.out = append(h.out, Block{Kind: Paragraph, Spans: detectTerms(spans), Pos: h.pos})
	}
}

func (h *outlineHTMLState) tag(name string, closing bool, attrs string) {
	if outlineNoText[name] {
		adjustDepth(&h.hidden, closing)
		return
	}
	if h.hidden > 0 {
		return
	}
	switch name {
	case "b", "strong":
		adjustDepth(&h.style[0], closing)
	case "i", "em":
		adjustDepth(&h.style[1], closing)
	case "code", "kbd", "tt":
		adjustDepth(&h.style[2], closing)
	case "br":
		if h.inCell {
			h.spans = append(h.spans, Span{Text: " "})
			return
		}
		h.spans = append(h.spans, Span{Style: Break})
	case "h1", "h2", "h3", "h4", "h5", "h6":
		h.flush()
		h.heading = 0
		if !closing {
			h.heading = int(name[1] - '0')
		}
	case "summary":
		h.flush()
		h.summary = !closing
	case "ul", "ol":
		h.flush()
		if closing {
			if h.list != nil && len(h.list.Items) > 0 {
				h.out = append(h.out, *h.list)
			}
			h.list = nil
		} else if h.list == nil {
			h.list = &Block{Kind: List, Ordered: name == "ol", Start: 1, Pos: h.pos}
		}
	case "li":
		h.flush()
	case "table":
		h.flush()
		if closing {
			if h.table != nil && (len(h.table.Rows) > 0 || len(h.table.Header) > 0) {
				h.out = append(h.out, *h.table)
			}
			h.table = nil
		} else {
			h.table = &Block{Kind: Table, Pos: h.pos}
		}
	case "tr":
		h.endCell()
		if h.table == nil {
			h.flush()
			return
		}
		if closing || h.row != nil {
			if h.row != nil {
				if h.header && len(h.table.Header) == 0 && len(h.table.Rows) == 0 {
					h.table.Header = h.row
				} else {
					h.table.Rows = append(h.table.Rows, h.row)
				}
			}
			h.row = nil
			h.header = true
		}
		if !closing {
			h.row = []Cell{}
			h.header = true
		}
	case "td", "th":
		if h.table == nil {
			h.flush()
			return
		}
		h.endCell()
		if !closing {
			if h.row == nil {
				h.row = []Cell{}
				h.header = true
			}
			h.inCell = true
			h.header = h.header && name == "th"
			h.spans = nil
		}
	case "img":
		b := Block{Kind: Image, Pos: h.pos}
		if m := outlineSrc().FindStringSubmatch(" " + attrs); m != nil {
			b.Src = html.UnescapeString(m[1] + m[2] + m[3])
		}
		if notionIcon(b.Src) {
			return
		}
		h.flush()
		if f, ok := sheetFormula(b.Src, true); ok {
			h.out = append(h.out, Block{Kind: Paragraph, Spans: []Span{{Text: f}}, Pos: h.pos})
			return
		}
		if m := outlineAlt().FindStringSubmatch(" " + attrs); m != nil {
			b.Alt = html.UnescapeString(m[1] + m[2] + m[3])
		}
		if m := outlineWidth().FindStringSubmatch(" " + attrs); m != nil {
			b.Width, _ = strconv.Atoi(m[1])
		}
		if h.images != nil {
			b.Path = h.images(b.Src)
		}
		h.out = append(h.out, b)
	case "p", "div", "details", "blockquote", "pre", "section", "center", "dl", "dt", "dd", "figure", "figcaption", "caption", "thead", "tbody", "hr", "article", "header", "footer", "nav", "aside", "main":
		if !h.inCell {
			h.flush()
		}
	}
}

// endCell closes an open table cell.
func (h *outlineHTMLState) endCell() {
	if !h.inCell {
		return
	}
	h.row = append(h.row, Cell{Spans: trimSpans(h.spans)})
	h.spans = nil
	h.inCell = false
}

// adjustDepth opens or closes one level of an inline style, never below zero.
func adjustDepth(n *int, closing bool) {
	switch {
	case !closing:
		*n++
	case *n > 0:
		*n--
	}
}

// displayBlock appends display formula f, its TeX, to the sheet's blocks
// out. Under the prose that leads to it, it is a line of that paragraph, as
// a display under its line is: the sheet keeps them in one column, as it
// kept the code box.
func displayBlock(out []Block, f string, pos Pos) []Block {
	line := Span{Text: sheetMath(`\[` + f + `\]`)}
	if k := len(out) - 1; k >= 0 && out[k].Kind == Paragraph && len(out[k].Spans) > 0 {
		sp := out[k].Spans
		out[k].Spans = append(sp[:len(sp):len(sp)], Span{Style: Break}, line)
		return out
	}
	return append(out, Block{Kind: Paragraph, Spans: []Span{line}, Pos: pos})
}
