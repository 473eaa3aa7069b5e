package extract

import (
	"bytes"
	"cmp"
	"html"
	"maps"
	"math"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// everything is the byte range that holds every node.
const everything = math.MaxInt

// allowedTags are the HTML elements a note may use; they are kept without attributes.
var allowedTags = map[string]bool{
	"br": true, "sub": true, "sup": true, "details": true, "summary": true,
	"b": true, "i": true, "u": true, "em": true, "strong": true, "s": true,
	"del": true, "ins": true, "mark": true, "kbd": true, "small": true, "code": true,
	"p": true, "pre": true, "hr": true, "ul": true, "ol": true, "li": true,
	"table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
	"blockquote": true, "dl": true, "dt": true, "dd": true, "span": true, "div": true,
	"ruby": true, "rt": true, "rp": true, // furigana: "<ruby>勉強<rt>べんきょう</rt></ruby>"
}

// wrapperTags only group or label text; a card shows the text without
// them, a block wrapper as a div (Notion exports a callout as <aside>).
var wrapperTags = map[string]string{
	"aside": "div", "section": "div", "article": "div", "header": "div", "footer": "div",
	"main": "div", "nav": "div", "figure": "div", "figcaption": "div", "center": "div",
	"address": "div", "font": "", "abbr": "", "cite": "", "time": "", "big": "", "var": "",
	"samp": "", "q": "", "dfn": "", "bdi": "", "bdo": "", "picture": "",
}

// emptyShowsNothing are the inline tags whose element shows nothing when
// it holds nothing: an icon font's "<i class="fas fa-lightbulb"></i>"
// before a heading's text left "<i></i>" on the card's front. A table cell
// ("<td></td>") holds its place, so it stays.
var emptyShowsNothing = map[string]bool{"b": true, "i": true, "u": true, "em": true, "strong": true,
	"s": true, "del": true, "ins": true, "mark": true, "small": true, "span": true, "sub": true, "sup": true, "kbd": true}

// voidTags have no end tag.
var voidTags = map[string]bool{"br": true, "hr": true, "img": true}

var (
	htmlToken = lazyRegexp(`(?s)<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>`)
	htmlAttr  = lazyRegexp(`(?i)([a-z][a-z0-9-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`)
	entityRef = lazyRegexp(`^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
	langSafe  = lazyRegexp(`[^A-Za-z0-9_+#-]`)
)

// escapeText escapes s for use in HTML text and attribute values.
func escapeText(s string) string {
	if plainText(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escapeRawText escapes raw HTML text but keeps entity references such as &darr;.
func escapeRawText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			if m := entityRef().FindString(s[i:]); m != "" {
				b.WriteString(m)
				i += len(m) - 1
			} else {
				b.WriteString("&amp;")
			}
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// safeURL reports whether a link may point at u: http, https, mailto or a
// relative URL. Anything with blanks or control characters, which browsers
// drop from a scheme ("java\tscript:"), is refused.
func safeURL(u string) bool {
	if u == "" || strings.HasPrefix(u, "#") {
		return false
	}
	for _, r := range u {
		if r <= ' ' || r == 0x7f || unicode.IsSpace(r) {
			return false
		}
	}
	colon := strings.IndexByte(u, ':')
	if colon < 0 || strings.ContainsAny(u[:colon], "/?#") {
		return true // relative
	}
	switch strings.ToLower(u[:colon]) {
	case "http", "https", "mailto":
		return true
	}
	return false
}

// isRemote reports whether u is an http or https URL.
func isRemote(u string) bool {
	l := strings.TrimSpace(u)
	return hasLowerPrefix(l, "http://") || hasLowerPrefix(l, "https://") || strings.HasPrefix(l, "//")
}

// A renderer turns AST nodes into safe HTML or plain text.
type renderer struct {
	p         *parsed
	plain     bool
	buf       *renderBuffer // the pooled buffer b and lists live in
	b         *bytes.Buffer
	openLinks int                      // raw <a href> tags written and not closed
	lists     []listSpan               // lists to cache once the output is a string
	keep      func(item ast.Node) bool // when set, the items of bullet lists to render
	noBoxes   bool                     // a task list's boxes are left out: a quiz's choices, their ticks its answer
	unticked  bool                     // a ticked box shows unticked, its choice unbolded: a quiz's front over choices
	inMath    bool                     // the text so far opened a $…$ it did not close (see unescapeMarkdown)
	rawOpen   []rawTag                 // the tags the note's raw HTML opened and did not close, in order
	rawFirst  map[string]int           // the index in rawOpen of the first open tag of each name
	sources   sourcePick               // the <source> chosen in the <audio> or <video> being read
	until     int                      // when set, the source offset the paragraphs' text stops at
}

// A listSpan is where the HTML of a list lies in a renderer's output.
type listSpan struct {
	n          *ast.List
	start, end int
}

// A renderBuffer is what a renderer writes into and gives back when done:
// its output and the lists it rendered.
type renderBuffer struct {
	b     bytes.Buffer
	lists []listSpan
}

// renderBuffers recycles the renderers' buffers, so that a render allocates
// only its result: the slice of its lists as well, which was one allocation
// of every render that held a list (Parse items=10000: 8k of 567k per op).
var renderBuffers = sync.Pool{New: func() any { return new(renderBuffer) }}

// newRenderer returns a renderer of HTML, or of plain text; close returns its output.
func (p *parsed) newRenderer(plain bool) *renderer {
	buf := renderBuffers.Get().(*renderBuffer)
	return &renderer{p: p, plain: plain, buf: buf, b: &buf.b, lists: buf.lists}
}

// html renders the inline content of n between source offsets lo and hi as safe HTML.
func (p *parsed) html(n ast.Node, lo, hi int) string {
	r := p.newRenderer(false)
	r.inlines(n, lo, hi)
	return trimBreaks(r.close())
}

// closeLinks ends raw links left open.
func (r *renderer) closeLinks() {
	for ; r.openLinks > 0; r.openLinks-- {
		r.b.WriteString("</a>")
	}
}

// closeRaw closes the tags the note opened, from the last down to the k-th
// (counting from 0).
func (r *renderer) closeRaw(k int) {
	if k >= len(r.rawOpen) {
		return
	}
	for j := len(r.rawOpen) - 1; j >= k; j-- {
		t := r.rawOpen[j]
		if !t.closed && len(bytes.TrimSpace(r.b.Bytes()[t.after:])) == 0 {
			r.b.Truncate(t.at) // an element left open with nothing in it goes
			continue
		}
		if t.closed && r.b.Len() == t.after && emptyShowsNothing[t.name] {
			r.b.Truncate(t.at) // an icon font's "<i class=\"fas fa-lightbulb\"></i>"
			continue
		}
		r.tag("/", t.name)
	}
	r.rawOpen = r.rawOpen[:k]
	for name, i := range r.rawFirst {
		if i >= k {
			delete(r.rawFirst, name)
		}
	}
}

// closeBlock closes the tags a block opened past the mark-th, but for a
// <details> and what it holds: a toggle's answer is the blocks after it, up
// to its </details> (or the output's end).
func (r *renderer) closeBlock(mark int) {
	k := len(r.rawOpen)
	for k > mark && r.rawOpen[k-1].name != "details" {
		k--
	}
	r.closeRaw(k)
}

// A rawTag is a tag the note's raw HTML opened: its name, where it starts
// and ends in the output, and whether the note's own closing tag ends it.
type rawTag struct {
	name      string
	at, after int
	closed    bool // the note closes it here
}

// close ends raw links and tags left open and returns the output. The renderer is
// done: its buffer goes back to the pool.
func (r *renderer) close() string {
	r.closeLinks()
	r.closeRaw(0)
	s := r.b.String()
	if len(r.lists) > 0 && r.p.listHTML == nil {
		r.p.listHTML = map[*ast.List]string{}
	}
	for _, l := range r.lists {
		// A slice of the output: the output holds the list already.
		r.p.listHTML[l.n] = s[l.start:l.end]
	}
	r.drop()
	return s
}

// drop ends the renderer without output: its buffer goes back to the pool,
// emptied, the lists it names cleared so that the pool keeps no syntax tree
// alive.
func (r *renderer) drop() {
	r.b.Reset()
	clear(r.lists)
	r.buf.lists = r.lists[:0]
	renderBuffers.Put(r.buf)
	r.b, r.buf, r.lists = nil, nil, nil
}

// plain renders the inline content of n between lo and hi as plain text.
// The rules ask for the text of most lines more than once (a third of the
// calls repeat one before): the recent ones are kept in a plainCache.
func (p *parsed) plain(n ast.Node, lo, hi int) string {
	if p.plains == nil {
		p.plains = plainCaches.Get().(*plainCache)
	}
	at := lo
	if at == 0 && n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		at = n.Lines().At(0).Start // the whole block: keyed by its first line
	}
	set := &p.plains[at%len(p.plains)]
	for i := range set {
		if e := &set[i]; e.n == n && e.lo == lo && e.hi == hi {
			return e.text
		}
	}
	r := p.newRenderer(true)
	r.inlines(n, lo, hi)
	t := markHighlights(joinFields(r.close()), false)
	set[1] = set[0]
	set[0] = plainEntry{n: n, lo: lo, hi: hi, text: t}
	return t
}

// plainFrom renders as plain text, as plain does, the inline content of n
// between lo and hi, whose first child that ends at lo or later is *from
// (nil for n's first child). The children before it end before lo and
// render nothing, those that start after hi neither: the cells of a block's
// rows, read in order, cost the length of the block once, not once a row.
// It leaves in *from the first child that ends at lo or later.
func (p *parsed) plainFrom(n ast.Node, from *ast.Node, lo, hi int) string {
	c := *from
	if c == nil {
		c = n.FirstChild()
	}
	for c != nil && p.endOf(c) < lo {
		c = c.NextSibling()
	}
	*from = c
	r := p.newRenderer(true)
	for ; c != nil && p.startOf(c) <= hi; c = c.NextSibling() {
		r.inline(c, lo, hi)
	}
	return markHighlights(joinFields(r.close()), false)
}

// A plainCache holds the plain text of recently rendered ranges by their
// start, as a splitCache holds splits, but two ranges a slot: the rules ask
// for a line's term and for the whole line in turn ("TCP" and "TCP:
// reliable, ordered delivery" both start at the line's first byte), and one
// range a slot rendered each of them again every time the other had been
// asked in between (Parse items=10000: 9.3k of 57k renders).
type plainCache [512][2]plainEntry

// A plainEntry is the plain text of block n between lo and hi.
type plainEntry struct {
	n      ast.Node
	lo, hi int
	text   string
}

// plainCaches recycles the chunks' plain-text caches.
var plainCaches = sync.Pool{New: func() any { return new(plainCache) }}

// dropPlains empties p's plain-text cache, which refers to its AST, and
// recycles it.
func (p *parsed) dropPlains() {
	if p.plains != nil {
		clear(p.plains[:])
		plainCaches.Put(p.plains)
		p.plains = nil
	}
}

// blocksHTML renders whole blocks as safe HTML.
func (p *parsed) blocksHTML(nodes []ast.Node) string {
	return p.blocksHTMLKeeping(nodes, nil)
}

// blockHTMLUntil renders block n as blocksHTML does, but for its text from
// source offset until on (all of it when until is 0).
func (p *parsed) blockHTMLUntil(n ast.Node, until int) string {
	r := p.newRenderer(false)
	r.until = until
	r.block(n, false)
	return trimBreaks(removeEmptyParas(r.close()))
}

// blocksHTMLKeeping renders nodes as blocksHTML does, with only the items
// of bullet lists that keep keeps (all of them when it keeps none).
func (p *parsed) blocksHTMLKeeping(nodes []ast.Node, keep func(item ast.Node) bool) string {
	r := p.newRenderer(false)
	r.keep = keep
	for _, n := range nodes {
		r.block(n, len(nodes) > 1)
	}
	return trimBreaks(removeEmptyParas(r.close()))
}

// trimBreaks removes line breaks and spaces around s.
func trimBreaks(s string) string {
	for {
		t := strings.TrimSpace(s)
		t = strings.TrimSuffix(t, "<br>")
		t = strings.TrimPrefix(t, "<br>")
		if t == s {
			return s
		}
		s = t
	}
}

// block renders one block node. wrap puts a lone paragraph in <p>.
func (r *renderer) block(n ast.Node, wrap bool) {
	r.inMath = false
	// The tags a block's raw HTML opens close within it, inside its own
	// wrapper, so that they nest in the card's HTML.
	mark := len(r.rawOpen)
	defer r.closeBlock(mark)
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		if r.leadTable(n, wrap) {
			break
		}
		if wrap {
			r.b.WriteString("<p>")
		}
		r.inlines(n, 0, cmp.Or(r.until, everything))
		r.closeLinks()
		r.closeBlock(mark)
		r.trimTrailingBreak()
		if wrap {
			r.b.WriteString("</p>")
		}
	case *ast.Heading:
		if n.FirstChild() == nil {
			break // a lone "#" that parts a note's sections shows nothing
		}
		r.b.WriteString("<p><b>")
		r.inlines(n, 0, everything)
		r.b.WriteString("</b></p>")
	case *ast.List:
		r.list(n)
	case *ast.Blockquote:
		r.b.WriteString("<blockquote>")
		c := n.FirstChild()
		if title, ok := r.p.calloutTitle(c); ok && !r.plain {
			// An Obsidian callout: its title in bold, not "[!tip] Title";
			// a label alone ("[!def]") is no title worth a line, but
			// "Proof" parts a proof from the statement above it. An untitled
			// "[!DANGER]" shows no "DANGER" either (see untitledAside).
			r.b.WriteString("<p>")
			shown := !isLabel(title) && !r.p.untitledAside(c) || lookupLower(proofTitles, title)
			if shown {
				r.b.WriteString("<b>" + escapeText(title) + "</b>")
			}
			if lines := c.Lines(); lines.Len() > 1 {
				if shown {
					r.b.WriteString("<br>")
				}
				r.inlines(c, lines.At(1).Start, everything)
				r.closeLinks()
				r.trimTrailingBreak()
			}
			r.b.WriteString("</p>")
			c = c.NextSibling()
		}
		for ; c != nil; c = c.NextSibling() {
			r.block(c, true)
		}
		r.b.WriteString("</blockquote>")
	case *ast.FencedCodeBlock:
		lang := langSafe().ReplaceAllString(string(n.Language(r.p.src)), "")
		r.code(n, lang, n.Info != nil && bytes.HasPrefix(n.Info.Value(r.p.src), []byte("{")))
	case *ast.CodeBlock:
		r.code(n, "", false)
	case *ast.HTMLBlock:
		if isStyleBlock(n, r.p.src) {
			return
		}
		var raw bytes.Buffer
		for i := 0; i < n.Lines().Len(); i++ {
			raw.Write(segValue(n.Lines().At(i), r.p.src))
		}
		if n.HasClosure() {
			raw.Write(n.ClosureLine.Value(r.p.src))
		}
		if unclosedComment(raw.String()) {
			return // hidden to the end of its list item, as a browser hides it
		}
		r.rawHTML(raw.String())
	case *ast.ThematicBreak:
		r.b.WriteString("<hr>")
	case *east.Table:
		r.table(n)
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			r.block(c, wrap)
		}
	}
}

// isStyleBlock reports whether HTML block n is a <style> element: its rules
// are no text, and a card shows none of them. A <script> shows as text.
func isStyleBlock(n *ast.HTMLBlock, src []byte) bool {
	if n.HTMLBlockType != ast.HTMLBlockType1 || n.Lines().Len() == 0 {
		return false
	}
	return bytes.HasPrefix(bytes.ToLower(bytes.TrimLeft(segValue(n.Lines().At(0), src), " ")), []byte("<style"))
}

// list renders a list. A list is rendered with its section, its lead-in and
// each parent item above it, so its HTML is cached. The HTML is the same
// wherever no raw link is open and the output so far does not start with
// what trimBreaks removes (which would stop trimTrailingBreak).
func (r *renderer) list(n *ast.List) {
	keep := r.keep
	if keep != nil && (n.IsOrdered() || !hasItem(n, keep)) {
		keep = nil // an ordered list keeps its numbers
	}
	cacheable := !r.plain && r.openLinks == 0 && !trimmableStart(r.b.Bytes()) && keep == nil && !r.noBoxes && !r.unticked && r.until == 0
	if html, ok := r.p.listHTML[n]; ok && cacheable {
		r.b.WriteString(html)
		return
	}
	start := r.b.Len()
	tag := "ul"
	if n.IsOrdered() {
		tag = "ol"
	}
	if n.IsOrdered() && n.Start != 1 && !r.plain {
		r.b.WriteString(`<ol start="` + strconv.Itoa(n.Start) + `">`) // "3. …" after a break goes on from 3
	} else {
		r.tag("", tag)
	}
	for it := n.FirstChild(); it != nil; it = it.NextSibling() {
		if keep != nil && !keep(it) || it.FirstChild() == nil && !n.IsOrdered() {
			continue // an empty bullet ("- " alone) shows nothing but its dot
		}
		if !n.IsOrdered() && (r.p.emptyPictureLabel(it) || r.p.noteEmbedItem(it)) {
			continue // "- Pic:" with no picture: a label of nothing
		}
		r.b.WriteString("<li>")
		multi := it.ChildCount() > 1 && !n.IsTight
		for c := it.FirstChild(); c != nil; c = c.NextSibling() {
			r.block(c, multi)
		}
		r.b.WriteString("</li>")
	}
	r.tag("/", tag)
	if cacheable && r.openLinks == 0 {
		r.lists = append(r.lists, listSpan{n: n, start: start, end: r.b.Len()})
	}
}

// pictureLabels are the labels a note puts before a picture, "Pic:",
// "Image:", "Diagram:", which say nothing when no picture follows them.
var pictureLabels = map[string]bool{"pic": true, "pics": true, "picture": true, "pictures": true, "image": true,
	"images": true, "img": true, "photo": true, "photos": true, "figure": true, "fig": true, "fig.": true,
	"diagram": true, "screenshot": true, "illustration": true, "drawing": true, "sketch": true}

// emptyPictureLabel reports whether bullet it holds nothing but a label of
// a picture that is not there: "- Pic:" or "- **Image:**" with nothing
// after it or nested in it, as a template leaves them, or a label over
// pictures whose files are missing, "- Image: ![](missing.png)" (see
// labelOverMissing, warned of already). A heading's card listed "Pic:"
// and "Image:" among its points. A label that ends its list over the
// block it labels, "- Diagram:" over a fence of ASCII art, stays.
func (p *parsed) emptyPictureLabel(it ast.Node) bool {
	c := it.FirstChild()
	if c == nil || c.NextSibling() != nil || c.Lines().Len() != 1 {
		return false
	}
	line := bytes.TrimRight(segValue(c.Lines().At(0), p.src), " \t*_")
	if bytes.HasSuffix(line, []byte(":")) && len(line) <= len("illustration:")+8 {
		label := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p.plain(c, 0, everything)), ":"))
		if !lookupLower(pictureLabels, label) {
			return false
		}
		if it.NextSibling() != nil {
			return true
		}
		switch next := it.Parent().NextSibling().(type) {
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
			return false // "- Diagram:" over the fence that draws it
		case *ast.Paragraph:
			return next.Lines().Len() == 0 || !bytes.HasPrefix(segValue(next.Lines().At(0), p.src), []byte("!"))
		}
		return true
	}
	return p.labelOverMissing(c)
}

// noteEmbedItem reports whether bullet it holds nothing but an embed of
// another note, or of one of its blocks, after a label or alone: "- Sigma
// fence: ![[trap-log#^sigma-fence]]". The build reads no other note and
// shows such an embed as the note's name (see noteEmbedsOnly), so a
// heading's card listed "Sigma fence: trap-log", which answers nothing.
// An embed among words, "- Sigma fence: see ![[trap-log]]", a file's,
// "- Chart: ![[chart.png]]", or the note's own section's,
// "- Definition: ![[#Definition]]", stays.
func (p *parsed) noteEmbedItem(it ast.Node) bool {
	c := it.FirstChild()
	if c == nil || c.NextSibling() != nil || c.Lines().Len() != 1 {
		return false
	}
	raw := segValue(c.Lines().At(0), p.src)
	if !bytes.Contains(raw, []byte("![[")) {
		return false // the quick test, before a copy: most items embed nothing
	}
	line := strings.TrimSpace(string(raw))
	if label, rest, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(line, "![[") && bareLabel(label+":") {
		line = strings.TrimLeft(rest, "*_ \t") // "**Sigma fence:** ![[trap-log#^sigma-fence]]"
	}
	return noteEmbedsOnly(line)
}

// hasItem reports whether list n has an item that keep keeps.
func hasItem(n *ast.List, keep func(ast.Node) bool) bool {
	for it := n.FirstChild(); it != nil; it = it.NextSibling() {
		if keep(it) {
			return true
		}
	}
	return false
}

// trimmableStart reports whether b starts with white space or <br>.
func trimmableStart(b []byte) bool {
	first, _ := utf8.DecodeRune(b)
	return unicode.IsSpace(first) || bytes.HasPrefix(b, []byte("<br>"))
}

func (r *renderer) trimTrailingBreak() {
	if b := r.b.Bytes(); !bytes.HasSuffix(b, []byte("<br>")) {
		if last, _ := utf8.DecodeLastRune(b); !unicode.IsSpace(last) {
			return // no trailing break: spare the copy
		}
	}
	s := r.b.String()
	if t := trimBreaks(s); len(t) != len(s) && strings.HasPrefix(s, t) {
		r.b.Reset()
		r.b.WriteString(t)
	}
}

// code renders the code block n, in language lang. The options that open
// an executable chunk of R Markdown or Quarto, "```{r}" over "#| echo:
// false", are left out: they tell knitr how to run the code, and showed as
// its first lines.
func (r *renderer) code(n ast.Node, lang string, chunk bool) {
	var body bytes.Buffer
	options := chunk // still in the chunk's "#|" lines
	for i := 0; i < n.Lines().Len(); i++ {
		l := segValue(n.Lines().At(i), r.p.src)
		if options = options && bytes.HasPrefix(bytes.TrimLeft(l, " \t"), []byte("#|")); !options {
			body.Write(l)
		}
	}
	f, display := indentedDisplay(n, body.Bytes())
	if mathFence(lang) || display {
		// A ```math block is a display: \[…\] as $$…$$ becomes, on cards
		// and, through sheetMath, on the sheet.
		if !display {
			f = strings.TrimSpace(body.String())
		}
		if !r.plain {
			f = escapeText(f)
		}
		r.b.WriteString(`\[` + f + `\]`)
		return
	}
	if r.plain {
		r.b.WriteString(body.String())
		return
	}
	if chunk && body.Len() == 0 {
		return // options alone: no code to show
	}
	if lang != "" {
		r.b.WriteString(`<pre><code class="language-` + lang + `">`)
	} else {
		r.b.WriteString("<pre><code>")
	}
	r.b.WriteString(escapeText(strings.TrimRight(body.String(), "\n")))
	r.b.WriteString("</code></pre>")
}

// indentedDisplay returns the formula of an indented code block n whose
// text, body, is one "$$" display alone, as an outliner exports a formula
// in a bullet of its own under the bullet it belongs to ("- mole fraction"
// over an empty "- " and, after a blank line, "$$p_i = X_i p$$" six spaces
// in): Markdown reads the lines indented past the bullet's text as code,
// and the card showed the formula's TeX in a code box. A block that holds
// more than the display, or code typed between "$$" marks, stays code.
func indentedDisplay(n ast.Node, body []byte) (string, bool) {
	if _, ok := n.(*ast.CodeBlock); !ok {
		return "", false
	}
	t := bytes.TrimSpace(body)
	if len(t) <= 4 || !bytes.HasPrefix(t, []byte("$$")) || !bytes.HasSuffix(t, []byte("$$")) || bytes.Count(t, []byte("$$")) != 2 {
		return "", false
	}
	f := bytes.TrimSpace(t[2 : len(t)-2])
	if len(f) == 0 || bytes.IndexByte(f, '$') >= 0 {
		return "", false
	}
	return string(f), true
}

// leadTable renders paragraph n as its first line over a table when its
// other lines are a table's rows typed without the |---| line, "Common
// flags:" over "| -v | invert the match |" in a list item (see
// builder.pipeRowsUnder): the card showed the raw pipes. A first row that
// names the columns is the table's header. It reports whether n is such a
// paragraph.
func (r *renderer) leadTable(n ast.Node, wrap bool) bool {
	segs := n.Lines()
	if r.plain || r.until != 0 || segs.Len() < 3 {
		return false
	}
	if second := bytes.TrimLeft(segValue(segs.At(1), r.p.src), " \t"); len(second) == 0 || second[0] != '|' {
		return false // the quick test: most paragraphs have no pipe opening their second line
	}
	ls := r.p.lines(n)
	if !r.p.pipesUnderLead(ls) {
		return false
	}
	rows := r.p.pipeCells(ls[1:])
	if wrap {
		r.b.WriteString("<p>")
	}
	r.inlines(n, ls[0][0], ls[0][1])
	r.closeLinks()
	r.trimTrailingBreak()
	if wrap {
		r.b.WriteString("</p>")
	}
	head := r.p.headerRow(n, rows)
	r.b.WriteString("<table>")
	for i, cells := range rows {
		cell := "td"
		if i == 0 && head {
			cell = "th"
		}
		r.b.WriteString("<tr>")
		for _, c := range cells {
			for c[0] < c[1] && r.p.src[c[0]] == ' ' {
				c[0]++
			}
			for c[1] > c[0] && r.p.src[c[1]-1] == ' ' {
				c[1]--
			}
			r.tag("", cell)
			r.inMath = false
			r.inlines(n, c[0], c[1])
			r.closeLinks()
			r.tag("/", cell)
		}
		r.b.WriteString("</tr>")
	}
	r.b.WriteString("</table>")
	return true
}

func (r *renderer) table(t *east.Table) {
	r.b.WriteString("<table>")
	headless := false // an empty header row: the first row names the columns (see builder.table)
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		cell := "td"
		if _, ok := row.(*east.TableHeader); ok {
			if r.emptyRow(row) {
				// "| | |": no names to show; the first row may be them.
				headless = row.NextSibling() != nil && namesColumns(r.rowText(row.NextSibling()), r.keys(row.NextSibling().NextSibling()))
				continue
			}
			cell = "th"
		} else if headless {
			cell, headless = "th", false
		} else if blankRow(row) || r.ruleRow(row) {
			continue
		}
		r.b.WriteString("<tr>")
		for c := row.FirstChild(); c != nil; c = c.NextSibling() {
			r.tag("", cell)
			r.inMath = false // a cell's "$75M" opens no formula in the next one
			r.inlines(c, 0, everything)
			r.closeLinks()
			r.tag("/", cell)
		}
		r.b.WriteString("</tr>")
	}
	r.b.WriteString("</table>")
}

// blankRow reports whether every cell of table row row is empty: a
// spacer, or a line of a pandoc table kept for the note's lines (see
// pandocTables), which a card does not show.
func blankRow(row ast.Node) bool {
	for c := row.FirstChild(); c != nil; c = c.NextSibling() {
		if c.FirstChild() != nil {
			return false
		}
	}
	return true
}

// ruleRow reports whether table row row is a rule typed among the rows to
// part them in groups (see ruleCells).
func (r *renderer) ruleRow(row ast.Node) bool {
	return ruleCells(r.rowText(row))
}

// ruleCells reports whether cells, a table row's texts, are a rule typed
// among the rows to part them in groups, "|------|------|" again under the
// header: each cell dashes, perhaps with an alignment's colons, or nothing.
func ruleCells(cells []string) bool {
	dashes := false
	for _, c := range cells {
		t := strings.TrimSpace(c)
		if strings.Trim(t, ":-") != "" {
			return false
		}
		dashes = dashes || strings.Contains(t, "-")
	}
	return dashes
}

// emptyRow reports whether no cell of table row row holds a word.
func (r *renderer) emptyRow(row ast.Node) bool {
	for c := row.FirstChild(); c != nil; c = c.NextSibling() {
		if hasWordChar(r.p.plain(c, 0, everything)) {
			return false
		}
	}
	return true
}

// rowText returns the text of each cell of table row row.
func (r *renderer) rowText(row ast.Node) []string {
	var cells []string
	for c := row.FirstChild(); c != nil; c = c.NextSibling() {
		cells = append(cells, r.p.plain(c, 0, everything))
	}
	return cells
}

// keys returns the text of the first cell of table row row and of each
// row after it.
func (r *renderer) keys(row ast.Node) []string {
	var keys []string
	for ; row != nil; row = row.NextSibling() {
		if c := row.FirstChild(); c != nil {
			keys = append(keys, r.p.plain(c, 0, everything))
		}
	}
	return keys
}

// inlines renders the inline children of n that lie in [lo, hi).
func (r *renderer) inlines(n ast.Node, lo, hi int) {
	first, stop := r.p.kidsIn(n, lo, hi)
	for c := first; c != stop; c = c.NextSibling() {
		r.inline(c, lo, hi)
	}
}

func (r *renderer) inline(n ast.Node, lo, hi int) {
	src := r.p.src
	switch n := n.(type) {
	case *ast.Text:
		s, e := max(n.Segment.Start, lo), min(n.Segment.Stop, hi)
		if s < e {
			r.textSegment(n, src[s:e])
		}
		if e == n.Segment.Stop && n.Segment.Stop >= lo && (n.SoftLineBreak() || n.HardLineBreak()) {
			r.lineBreak()
		}
	case *ast.String:
		if nodeIn(r.p, n, lo, hi) {
			r.textBytes(n.Value)
		}
	case *ast.CodeSpan:
		if !nodeIn(r.p, n, lo, hi) {
			return
		}
		if !r.plain {
			r.b.WriteString("<code>")
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			var v []byte
			if t, ok := c.(*ast.Text); ok {
				v = t.Segment.Value(src)
			} else if s, ok := c.(*ast.String); ok {
				v = s.Value
			}
			if r.plain {
				r.b.Write(v)
			} else {
				writeEscaped(r.b, v) // as escapeText: the note is valid UTF-8, no rune is cut
			}
		}
		if !r.plain {
			r.b.WriteString("</code>")
		}
	case *ast.Emphasis:
		if !overlaps(r.p, n, lo, hi) {
			return
		}
		if r.inMath {
			// Inside a display over several lines ("$$" alone, then
			// "\mathbf{x}_{i} \cdot \mathbf{w}_{j}"): its markers are the
			// formula's "_" and "*".
			mark := string(r.p.src[max(0, r.p.startOf(n)-n.Level):max(0, r.p.startOf(n))])
			r.textBytes([]byte(mark))
			r.inlines(n, lo, hi)
			r.textBytes([]byte(mark))
			return
		}
		tag := "em"
		if n.Level >= 2 {
			tag = "strong"
		}
		if r.unticked && r.p.tickedWhole(n) {
			r.inlines(n, lo, hi)
			return
		}
		r.wrap(tag, n, lo, hi)
	case *east.Strikethrough:
		if overlaps(r.p, n, lo, hi) {
			r.wrap("del", n, lo, hi)
		}
	case *ast.Link:
		if !overlaps(r.p, n, lo, hi) {
			return
		}
		if label, ok := r.p.footnoteLink(n); ok {
			r.text(label) // "[^1]" over "[^1]: https://…": a footnote, which strayFootnotes drops
			return
		}
		if r.plain {
			r.inlines(n, lo, hi)
			return
		}
		// "?a=1&amp;b=2" is "?a=1&b=2", as CommonMark reads it. dest views
		// the destination's bytes, no copy: it lives only through this case,
		// and the output keeps what is written of it into r.b.
		dest := html.UnescapeString(unsafe.String(unsafe.SliceData(n.Destination), len(n.Destination)))
		if !safeURL(dest) {
			r.inlines(n, lo, hi)
			return
		}
		r.b.WriteString(`<a href="`)
		r.b.WriteString(escapeText(dest))
		r.b.WriteString(`">`)
		r.inlines(n, lo, hi)
		r.b.WriteString("</a>")
	case *ast.AutoLink:
		if !nodeIn(r.p, n, lo, hi) {
			return
		}
		u, label := string(n.URL(src)), string(n.Label(src))
		if r.plain || !safeURL(u) {
			r.text(label)
			return
		}
		r.b.WriteString(`<a href="` + escapeText(u) + `">` + escapeText(label) + "</a>")
	case *ast.Image:
		if !nodeIn(r.p, n, lo, hi) {
			return
		}
		alt := r.p.plain(n, 0, everything)
		r.image(string(n.Destination), alt)
	case *ast.RawHTML:
		if !nodeIn(r.p, n, lo, hi) {
			return
		}
		var v strings.Builder
		for i := 0; i < n.Segments.Len(); i++ {
			v.Write(segValue(n.Segments.At(i), src))
		}
		r.rawHTML(v.String())
	case *east.TaskCheckBox:
		if nodeIn(r.p, n, lo, hi) && !r.noBoxes {
			if n.IsChecked && !r.unticked {
				r.text("☑ ")
			} else {
				r.text("☐ ")
			}
		}
	default:
		r.inlines(n, lo, hi)
	}
}

// textSegment writes text v of node n, resolving escapes and entities.
func (r *renderer) textSegment(n *ast.Text, v []byte) {
	if n.IsRaw() {
		r.textBytes(v)
		return
	}
	dollar := `\$`
	if r.plain {
		dollar = plainDollar
	}
	v = unescapeMarkdown(v, &r.inMath, dollar)
	if bytes.IndexByte(v, '&') >= 0 { // the resolvers cost a scan and an allocation each
		v = util.ResolveEntityNames(util.ResolveNumericReferences(v))
	}
	r.textBytes(v)
}

// markHighlights marks each Obsidian highlight, ==text==, in the HTML s
// outside <code> and <pre> with <mark>, or drops its markers when mark is
// false (plain text). A highlight may cross the text nodes of a line, and
// hold a code span, "==sent over `HTTPS` only==", as Obsidian shows it;
// the "==" inside a code span is code.
func markHighlights(s string, mark bool) string {
	if !strings.Contains(s, "==") {
		return s
	}
	open, end := "", ""
	if mark {
		open, end = "<mark>", "</mark>"
	}
	f := func(t string) string {
		v := []byte(t)
		if mark {
			v = blankCodeSpans(v)
		}
		var b strings.Builder
		for at := 0; ; {
			i, j := highlightAt(v[at:])
			if i < 0 {
				if at == 0 {
					return t
				}
				b.WriteString(t[at:])
				return b.String()
			}
			b.WriteString(t[at : at+i])
			b.WriteString(open)
			b.WriteString(t[at+i+2 : at+j])
			b.WriteString(end)
			at += j + 2
		}
	}
	if !mark {
		return f(s)
	}
	return outsidePre(s, f)
}

// blankCodeSpans returns a copy of the HTML v with each code span, from
// its "<code" to its "</code>", written over with "x": highlightAt reads
// the copy, so that a highlight may hold a code span but never opens or
// closes inside one.
func blankCodeSpans(v []byte) []byte {
	if !bytes.Contains(v, []byte("<code")) {
		return v
	}
	w := bytes.Clone(v)
	for at := 0; ; {
		i := bytes.Index(w[at:], []byte("<code"))
		if i < 0 {
			return w
		}
		i += at
		j := bytes.Index(w[i:], []byte("</code>"))
		if j < 0 {
			j = len(w) - i - len("</code>")
		}
		at = i + j + len("</code>")
		for k := i; k < at; k++ {
			w[k] = 'x'
		}
	}
}

// outsidePre applies f to the runs of the HTML s outside its <pre> blocks.
func outsidePre(s string, f func(string) string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "<pre")
		if i < 0 {
			b.WriteString(f(s))
			return b.String()
		}
		b.WriteString(f(s[:i]))
		j := strings.Index(s[i:], "</pre>")
		if j < 0 {
			b.WriteString(s[i:])
			return b.String()
		}
		b.WriteString(s[i : i+j+len("</pre>")])
		s = s[i+j+len("</pre>"):]
	}
}

// highlightAt finds the first Obsidian highlight, ==text==, in v and
// returns where its two markers start, or -1, -1. The text is not empty,
// holds no "=" and has no space at either end; the opening marker follows
// no letter, digit or "=" (but for a letter of a script written without
// spaces, see opensHighlight), and the closing one is followed by no "=".
func highlightAt(v []byte) (int, int) {
	for i := 0; i+4 < len(v); i++ {
		if v[i] != '=' || v[i+1] != '=' || !opensHighlight(v, i) || v[i+2] == '=' || v[i+2] == ' ' || v[i+2] == '\t' {
			continue
		}
		k := bytes.Index(v[i+2:], []byte("=="))
		if k < 0 {
			return -1, -1
		}
		j := i + 2 + k // a single "=" inside is text: "==prefix = /64=="
		if (j+2 == len(v) || v[j+2] != '=') && v[j-1] != ' ' && v[j-1] != '\t' {
			return i, j
		}
		i = j - 1 // no highlight opens before the "==" found
	}
	return -1, -1
}

// opensHighlight reports whether the "==" at v[i] may open a highlight
// after what v holds before it: nothing, or no "=", letter or digit, as
// "a==b" compares; a Chinese or Japanese letter may, as words there are
// not parted by spaces, "日本の==首都==は".
func opensHighlight(v []byte, i int) bool {
	if i == 0 {
		return true
	}
	if c := v[i-1]; c == '=' || c < utf8.RuneSelf {
		return c != '=' && !isWordByte(c)
	}
	r, _ := utf8.DecodeLastRune(v[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// isWordByte reports whether c is an ASCII letter or digit, or part of a
// multi-byte rune (most of which are letters).
func isWordByte(c byte) bool {
	return c >= utf8.RuneSelf || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// unescapeMarkdown removes the backslash of Markdown escapes, except in math:
// inside $…$, inside \( … \) and \[ … \] and in those delimiters, where
// "\," is TeX's thin space and "\{" a brace ("\[ v = 9.8 \, \{x\} \]"
// showed "9.8 , {x}"). An escaped dollar outside a
// formula, "An outlay of \$2M ($CF_0$ = -\$2M)", is a price that must neither
// open nor close one: it becomes dollar, "\$" for convertMath and sheetMath,
// which skip escapes and show it as a dollar sign, or plainDollar in plain
// text. *math says whether v starts
// inside $…$, and is left saying whether it ends there: a formula's text
// comes in pieces wherever "_" or "*" could have been emphasis.
func unescapeMarkdown(v []byte, math *bool, dollar string) []byte {
	if !bytes.ContainsRune(v, '\\') {
		for i := bytes.IndexByte(v, '$'); i >= 0; {
			*math = !*math // "$$" opens or closes once, as below
			if i+1 < len(v) && v[i+1] == '$' {
				i++
			}
			k := bytes.IndexByte(v[i+1:], '$')
			if k < 0 {
				break
			}
			i += 1 + k
		}
		return v
	}
	out := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '$' {
			*math = !*math
			if i+1 < len(v) && v[i+1] == '$' {
				out = append(out, c)
				i++
			}
		}
		if c == '\\' && i+1 < len(v) && util.IsPunct(v[i+1]) {
			if v[i+1] == '$' && !*math {
				out = append(out, dollar...)
				i++
				continue
			}
			if *math || bytes.IndexByte([]byte("()[]"), v[i+1]) >= 0 {
				out = append(out, c)
				switch v[i+1] {
				case '(', '[':
					*math = true
				case ')', ']':
					*math = false
				}
			}
			out = append(out, v[i+1])
			i++
			continue
		}
		out = append(out, c)
	}
	return out
}

func (r *renderer) wrap(tag string, n ast.Node, lo, hi int) {
	if r.plain {
		r.inlines(n, lo, hi)
		return
	}
	r.tag("", tag)
	r.inlines(n, lo, hi)
	r.tag("/", tag)
}

// tag writes the tag <name>, or </name> when slash is "/".
func (r *renderer) tag(slash, name string) {
	r.b.WriteByte('<')
	r.b.WriteString(slash)
	r.b.WriteString(name)
	r.b.WriteByte('>')
}

func (r *renderer) text(s string) {
	if r.plain {
		r.b.WriteString(s)
	} else {
		r.b.WriteString(escapeText(s))
	}
}

// textBytes is text for a byte slice, written without converting it to a string.
func (r *renderer) textBytes(v []byte) {
	if r.plain {
		r.b.Write(v)
	} else {
		writeEscaped(r.b, v)
	}
}

func (r *renderer) lineBreak() {
	if r.plain {
		r.b.WriteString(" ")
	} else {
		r.b.WriteString("<br>")
	}
}

// image renders a Markdown or HTML image: local files by their media name,
// remote ones as a link. The size an Obsidian note gives a picture at its
// alt text's end places it and names nothing: "![|195x264](https://…)"
// linked "|195x264", "![diagram|300](d.png)" showed "diagram|300" missing.
func (r *renderer) image(dest, alt string) {
	if loc := obsidianSize().FindStringIndex(alt); loc != nil {
		alt = strings.TrimSpace(alt[:loc[0]])
	}
	alt, background := marpCaption(alt)
	if r.plain {
		r.b.WriteString(alt)
		return
	}
	if isRemote(dest) {
		if tex, ok := imageFormula(html.UnescapeString(dest)); ok {
			r.b.WriteString("$" + escapeText(tex) + "$") // convertMath makes it \(…\)
			return
		}
		label := alt
		if label == "" && background {
			return // a slide's background picture, named by nothing
		}
		if label == "" {
			label = remoteImageLabel(html.UnescapeString(dest))
		}
		if u := html.UnescapeString(dest); safeURL(u) {
			r.b.WriteString(`<a href="` + escapeText(u) + `">` + escapeText(label) + "</a>")
		} else {
			r.b.WriteString(escapeText(label))
		}
		return
	}
	if name, ok := r.p.images[dest]; ok && name != "" {
		if isAudio(name) {
			// "![](hola.mp3)": Anki plays a sound from its own reference; an
			// <img> of it showed a broken picture.
			r.b.WriteString(soundMark + escapeText(name) + "]")
			return
		}
		r.b.WriteString(`<img src="` + escapeText(name) + `" alt="` + escapeText(alt) + `">`)
		return
	}
	if !placeholderAlt(alt, dest) {
		r.b.WriteString(escapeText(alt)) // a missing picture's caption
	}
}

// remoteImageLabel returns the text of the link that stands for a remote
// image with no alternative text: "image" and the host it is on,
// "image (upload.wikimedia.org)". The address itself, a card's whole back
// of "https://upload.wikimedia.org/wikipedia/commons/b/b5/…", said less
// and took more room.
func remoteImageLabel(u string) string {
	if strings.HasPrefix(u, "//") {
		u = "https:" + u
	}
	if pu, err := url.Parse(strings.TrimSpace(u)); err == nil && pu.Hostname() != "" {
		return "image (" + strings.TrimPrefix(pu.Hostname(), "www.") + ")"
	}
	return "image"
}

// soundMark opens the sound reference of a file the note embeds, until
// cardHTML makes it Anki's "[sound:": a "[sound:" written in a note's text is
// shown as text, never played.
const soundMark = "\uFDD0sound:"

// isAudio reports whether the media file name is a sound or a video Anki
// plays from "[sound:name]": its editor writes that reference for both
// ("![](mitosis.mp4)" shown as an <img> was a broken picture).
func isAudio(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".flac", ".aac",
		".mp4", ".m4v", ".webm", ".mov", ".mkv", ".ogv", ".avi", ".mpg", ".mpeg", ".3gp":
		return true
	}
	return false
}

// rawHTML writes raw HTML from the note: allowed tags without attributes,
// images through the media table, everything else escaped as text.
func (r *renderer) rawHTML(raw string) {
	last := 0
	inCaption := false // in the figcaption a picture took as its label (see figureCaption)
	for _, m := range htmlToken().FindAllStringSubmatchIndex(raw, -1) {
		if !inCaption {
			r.rawText(raw[last:m[0]])
		}
		last = m[1]
		tok := raw[m[0]:m[1]]
		if strings.HasPrefix(tok, "<!--") {
			continue
		}
		closing := raw[m[2]:m[3]] == "/"
		name := strings.ToLower(raw[m[4]:m[5]])
		attrs := raw[m[6]:m[7]]
		if inCaption {
			inCaption = !(closing && name == "figcaption")
			continue
		}
		switch {
		case name == "img" && !closing && attrValue(attrs, "alt") == "" && isRemote(attrValue(attrs, "src")) && figureCaption(raw[m[1]:]) != "":
			// GitBook's "<figure><img src=\"https://…\" alt=\"\"><figcaption>"
			// names its picture in the caption: the link says it once, not
			// the bare address over it.
			r.image(attrValue(attrs, "src"), figureCaption(raw[m[1]:]))
			inCaption = true
		case name == "a" && !closing:
			// A browser decodes entities in an attribute: "?a=1&amp;b=2" goes
			// to "?a=1&b=2", and "&#106;avascript:" is javascript:.
			if href := html.UnescapeString(attrValue(attrs, "href")); !r.plain && safeURL(href) {
				r.b.WriteString(`<a href="` + escapeText(href) + `">`)
				r.openLinks++
			}
		case name == "a":
			if r.openLinks > 0 && !r.plain {
				r.b.WriteString("</a>")
				r.openLinks--
			}
		case name == "img" && !closing:
			if src, alt := attrValue(attrs, "src"), attrValue(attrs, "alt"); !notionIcon(src) {
				r.image(src, alt)
			}
		case name == "audio" || name == "video" || name == "source":
			// Pasted from a web page or an export: Anki plays the file
			// from "[sound:", as for "![](hola.mp3)"; the tags themselves
			// were shown as text.
			if src := attrValue(attrs, "src"); r.sources.take(name, closing, src) {
				r.image(src, "")
			}
		case wrapperTags[name] != "" || allowedTags[name]:
			if as := wrapperTags[name]; as != "" {
				name = as
			}
			if name == "pre" && !closing && last < len(raw) && raw[last] == '\n' {
				// "<pre>" over the code's first line: a browser drops the line
				// break right after the tag, which the card kept as an empty
				// first line, "<pre><br>typeof 1".
				last++
			}
			if r.plain {
				if name == "br" || name == "p" || name == "li" || name == "tr" || name == "td" || name == "th" || name == "div" {
					r.b.WriteString(" ")
				}
				continue
			}
			switch {
			case voidTags[name]:
				// "**Update anomalies**</br>We change …": browsers break the
				// line at a "</br>" as at a "<br>", and so does the card.
				if !closing || name == "br" {
					r.tag("", name)
				}
			case !closing:
				at := r.b.Len()
				r.tag("", name)
				if r.rawFirst == nil {
					r.rawFirst = map[string]int{}
				}
				if _, ok := r.rawFirst[name]; !ok {
					r.rawFirst[name] = len(r.rawOpen)
				}
				r.rawOpen = append(r.rawOpen, rawTag{name: name, at: at, after: r.b.Len()})
			default:
				// A closing tag closes what the note opened, never the card's
				// own tags: "x </div></div> y" would end the answer's box. The
				// first open tag of the name, found in a map: looking for it
				// made "<tr><td>a</td>" repeated take time in its square.
				if k, ok := r.rawFirst[name]; ok {
					r.rawOpen[k].closed = true // "<td></td>" is a cell: it stays
					r.closeRaw(k)
				}
			}
		case hasKey(wrapperTags, name):
		case slideComponent(raw[m[4]:m[5]], attrs) && !r.p.placeholderTag(name, closing, attrs):
		default:
			// "der <d type="er" text="Apfel"/>": a site's component that
			// holds its text in an attribute shows that text, not the tag.
			if s, ok := textAttr(tok); ok {
				r.text(s)
			} else {
				r.rawText(tok)
			}
		}
	}
	r.rawText(raw[last:])
}

// figureCaption returns the text of the figcaption that rest, the HTML
// after a picture, opens with, tags left out, or "".
func figureCaption(rest string) string {
	rest = strings.TrimSpace(rest)
	if !strings.HasPrefix(strings.ToLower(rest), "<figcaption>") {
		return ""
	}
	body, _, ok := strings.Cut(rest[len("<figcaption>"):], "</figcaption>")
	if !ok {
		return ""
	}
	return strings.TrimSpace(html.UnescapeString(htmlToken().ReplaceAllString(body, " ")))
}

func (r *renderer) rawText(s string) {
	if s == "" {
		return
	}
	if r.plain {
		r.b.WriteString(unescapeBasic(string(util.ResolveEntityNames(util.ResolveNumericReferences([]byte(s))))))
		return
	}
	r.b.WriteString(escapeRawText(s))
}

// attrValue returns the value of attribute name in a tag's attribute text.
func attrValue(attrs, name string) string {
	for _, m := range htmlAttr().FindAllStringSubmatch(attrs, -1) {
		if strings.EqualFold(m[1], name) {
			return m[2] + m[3] + m[4]
		}
	}
	return ""
}

// unescapeBasic undoes escapeText.
func unescapeBasic(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return textEntities.Replace(s)
}

// visibleWord reports whether HTML s shows a letter or digit outside its
// tags. A price's dollar, moneyDollar, shows none: a back of "\$" alone is
// as empty as one of "$".
func visibleWord(s string) bool {
	tag, skip := false, 0
	for i, r := range s {
		switch {
		case i < skip:
		case r == '<':
			tag = true
		case r == '>':
			tag = false
		case r == '&' && strings.HasPrefix(s[i:], moneyDollar):
			skip = i + len(moneyDollar)
		case !tag && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			return true
		}
	}
	return false
}

// stripTags turns an HTML fragment into plain text.
func stripTags(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return joinTagFields(s) // no entity: one pass
	}
	s = ReplaceTags(s)
	if strings.IndexByte(s, '&') >= 0 {
		s = unescapeBasic(string(util.ResolveEntityNames(util.ResolveNumericReferences([]byte(s)))))
	}
	return joinFields(s)
}

// wikilink is an Obsidian link, [[Target]] or [[Target|shown text]], the
// bar spaced as Obsidian allows it ([[Busses |Address bus]]); a space just
// inside the brackets (bash's [[ -f x ]]) is not one.
var wikilink = lazyRegexp(`\[\[([^\s\[\]|<>](?:[^\[\]|<>]*[^\s\[\]|<>])?)(?:\s*\|([^\[\]<>]+))?\]\]`)

// resolveWikilinks shows each [[wikilink]] outside <code> and <pre> as its
// text: the alias after "|", else the target without its "#section".
func resolveWikilinks(s string) string {
	if !strings.Contains(s, "[[") {
		return s
	}
	return outsideCode(s, func(t string) string {
		return wikilink().ReplaceAllStringFunc(t, func(m string) string {
			g := wikilink().FindStringSubmatch(m)
			if g[2] != "" {
				return strings.TrimSpace(g[2])
			}
			target, heading, _ := strings.Cut(g[1], "#")
			if strings.TrimSpace(target) == "" {
				return strings.TrimSpace(strings.TrimLeft(heading, "#^")) // "[[#Pronouns]]": a heading of this note
			}
			return strings.TrimSpace(target)
		})
	})
}

// cardHTML finishes a side of a card: math for MathJax, Obsidian embeds,
// [[wikilinks]] and ==highlights==, footnote labels and pandoc's
// subscripts and superscripts ("H~2~O", "Fe^3+^"), all outside code.
func (p *parsed) cardHTML(s string) string {
	if strings.Contains(s, plainDollar) {
		s = strings.ReplaceAll(s, plainDollar, moneyDollar)
	}
	if strings.Contains(s, "~") && !strings.Contains(s, "$") && !strings.Contains(s, `\(`) {
		// Not beside a formula: "~" is a space in LaTeX.
		s = outsideCode(s, func(t string) string { return outsideAttrs(t, pandocSubscripts) })
	}
	if strings.Contains(s, "^") && !strings.Contains(s, "$") && !strings.Contains(s, `\(`) {
		s = outsideCode(s, func(t string) string { return outsideAttrs(t, pandocSuperscripts) }) // "NH~4~^+^": a charge
	}
	if strings.Contains(s, "[sound:") {
		// Anki plays "[sound:x.mp3]" from its media folder: a note's text
		// names no file there ("[sound:../../etc/passwd]").
		s = strings.ReplaceAll(s, "[sound:", "&#91;sound:")
	}
	if strings.Contains(s, soundMark) {
		s = p.soundRefs(s)
	}
	return showFootnotes(markHighlights(resolveWikilinks(p.showEmbeds(convertMath(inlineNotes(dropObsidianMarks(s), true)))), true), true, p.undefinedNote)
}

// soundRefs turns the sound marks of s into Anki's "[sound:name]" when the
// note packs a file of that name, and drops them otherwise.
func (p *parsed) soundRefs(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, soundMark)
		if i < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i+len(soundMark):]
		name, rest, ok := strings.Cut(s, "]")
		if !ok {
			break
		}
		if slices.Contains(slices.Collect(maps.Values(p.images)), html.UnescapeString(name)) {
			b.WriteString("[sound:" + name + "]")
		}
		s = rest
	}
	b.WriteString(s)
	return b.String()
}

// subscript matches a run of pandoc's subscripts inside a word, "H~2~O",
// "W~i~", "AgNO~3~~(aq)~".
var subscript = lazyRegexp(`([\pL\pN)])((?:~[^\s~<>&]{1,10}~)+)`)

// inlineNote matches an Obsidian inline footnote, "catalysts^[a substance
// that speeds up a reaction]": a phrase, so it holds a space (an exponent
// such as x^[1] does not).
var inlineNote = lazyRegexp(`\^\[([^\[\]]* [^\[\]]*)\]`)

// inlineNotes shows each inline footnote of s as an aside in brackets,
// small on a card (html), plain on the sheet.
func inlineNotes(s string, html bool) string {
	if !strings.Contains(s, "^[") {
		return s
	}
	if html {
		return inlineNote().ReplaceAllString(s, " <small>($1)</small>")
	}
	return inlineNote().ReplaceAllString(s, " ($1)")
}

// obsidianMarks matches an Obsidian comment, %%…%%, which Obsidian shows
// nobody.
var obsidianMarks = lazyRegexp(`(?s)[ \t]*%%.*?%%`)

// dropObsidianMarks removes Obsidian comments from s.
func dropObsidianMarks(s string) string {
	if !strings.Contains(s, "%%") {
		return s
	}
	return obsidianMarks().ReplaceAllString(s, "")
}

// footnoteRef is a footnote's reference or definition label, [^1] or [^note]:
// GitHub and Obsidian show it as a superscript.
var footnoteRef = lazyRegexp(`\[\^([^\]\s^]{1,20})\]`)

// showFootnotes shows each footnote label in the HTML s, outside <code> and
// <pre>, as a superscript ("<sup>1</sup>"), or as plain text, "¹" or
// "[note]", when html is false. A label whose id text reports stays as
// typed, "[^abc]"; text is nil when every label is a footnote's.
func showFootnotes(s string, html bool, text func(id string) bool) string {
	if !strings.Contains(s, "[^") {
		return s
	}
	f := func(t string) string {
		return footnoteRef().ReplaceAllStringFunc(t, func(m string) string {
			id := m[2 : len(m)-1]
			if text != nil && text(id) {
				return m
			}
			if html {
				return "<sup>" + id + "</sup>"
			}
			if sup, ok := superscript(id); ok {
				return sup
			}
			return "[" + id + "]"
		})
	}
	if !html {
		return f(s)
	}
	return outsideCode(s, f)
}

// superscript returns the digits of id as superscript digits, when id is a
// number.
func superscript(id string) (string, bool) {
	const sups = "⁰¹²³⁴⁵⁶⁷⁸⁹"
	var b strings.Builder
	for _, c := range id {
		if c < '0' || c > '9' {
			return "", false
		}
		b.WriteString(string([]rune(sups)[c-'0']))
	}
	return b.String(), true
}

// showEmbeds shows each Obsidian embed in the HTML s, outside <code> and
// <pre>: an image the note's media holds as <img>, anything else (a note, a
// file) as its name; a missing image, or a section of the note's own it
// does not hold, not at all.
func (p *parsed) showEmbeds(s string) string {
	if !strings.Contains(s, "![[") {
		return s
	}
	dropped := false
	s = outsideCode(s, func(t string) string {
		return embed().ReplaceAllStringFunc(t, func(m string) string {
			shown := strings.TrimSpace(embed().FindStringSubmatch(m)[1])
			if name := p.images[embedKey(html.UnescapeString(shown))]; name != "" {
				if isAudio(name) {
					return "[sound:" + escapeText(name) + "]" // a note's own "[sound:" is escaped already
				}
				return `<img src="` + escapeText(name) + `" alt="` + shown + `">`
			}
			if imageExts[strings.ToLower(path.Ext(shown))] {
				dropped = true
				return "" // a missing image (warned of): its file name is no answer
			}
			return shown
		})
	})
	if strings.Contains(s, "![[#") {
		s = outsideCode(s, func(t string) string {
			return spacedOwnEmbed().ReplaceAllStringFunc(t, func(m string) string {
				if name, missing := p.images[embedKey("#"+html.UnescapeString(spacedOwnEmbed().FindStringSubmatch(m)[1]))]; missing && name == "" {
					dropped = true
					return "" // a section the note does not hold (warned of)
				}
				return m
			})
		})
	}
	if dropped {
		s = trimBreaks(droppedImage.Replace(s))
	}
	return s
}

// droppedImage tidies the HTML around a missing image left out: the line
// break before it, and an item or a paragraph it was alone in.
var droppedImage = strings.NewReplacer("<br><br>", "<br>", "<br></li>", "</li>", "<br></p>", "</p>", "<li></li>", "", "<p></p>", "")

// outsideCode applies f to the parts of the HTML s outside <code> and <pre>
// elements.
func outsideCode(s string, f func(string) string) string {
	var b strings.Builder
	for s != "" {
		i := strings.Index(s, "<code")
		if j := strings.Index(s, "<pre"); j >= 0 && (i < 0 || j < i) {
			i = j
		}
		if i < 0 {
			b.WriteString(f(s))
			break
		}
		b.WriteString(f(s[:i]))
		end := "</code>"
		if strings.HasPrefix(s[i:], "<pre") {
			end = "</pre>"
		}
		j := strings.Index(s[i:], end)
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+j+len(end)])
		s = s[i+j+len(end):]
	}
	return b.String()
}

// outsideAttrs applies f to s but for its tags that carry attributes: a
// link's address, "?utm_source=x-2~default~OPENSEARCH~default-4", is no
// text, and pandoc's subscripts or superscripts inside it would break it.
// Tags without attributes, "</sub>", stay in the runs f reads, as
// "NH~4~^+^" raises its charge after its subscript's closing tag.
func outsideAttrs(s string, f func(string) string) string {
	if !strings.Contains(s, "=") {
		return f(s)
	}
	var b strings.Builder
	start := 0 // the start of the run f has not read yet
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '<')
		if k < 0 {
			break
		}
		k += i
		j := strings.IndexByte(s[k:], '>')
		if j < 0 {
			break
		}
		j += k + 1
		if strings.IndexByte(s[k:j], '=') >= 0 {
			b.WriteString(f(s[start:k]))
			b.WriteString(s[k:j])
			start = j
		}
		i = j
	}
	b.WriteString(f(s[start:]))
	return b.String()
}

const (
	// moneyDollar is the HTML of an escaped dollar outside a formula,
	// "\$2M": a dollar sign, which no later pass reads as a formula's
	// delimiter.
	moneyDollar = "&#36;"
	// plainDollar is an escaped dollar outside a formula in plain text (see
	// unescapeMarkdown): a noncharacter, so that a front made of plain
	// text, "Cost of \$2M ($r$) loans", keeps its price apart from its
	// formula, and that the rules read no "$" or "\" in it. cardHTML shows
	// it as moneyDollar, a title as "$".
	plainDollar = "\uFDD7"
)

// convertMath turns $…$ into \(…\) and $$…$$ into \[…\] outside <code> and <pre>;
// a $$…$$ inside a line of text is inline, \(…\) (see displayAlone).
// An opening $ must be followed, and a closing $ preceded, by a non-space, and a
// closing $ must not be followed by a digit, so prices stay as they are.
func convertMath(s string) string {
	if !strings.Contains(s, "$") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "<code") || strings.HasPrefix(s[i:], "<pre") {
			end := "</code>"
			if strings.HasPrefix(s[i:], "<pre") {
				end = "</pre>"
			}
			j := strings.Index(s[i:], end)
			if j < 0 {
				b.WriteString(s[i:])
				break
			}
			b.WriteString(s[i : i+j+len(end)])
			i += j + len(end)
			continue
		}
		if s[i] == '\\' && i+1 < len(s) {
			if s[i+1] == '$' {
				b.WriteString(moneyDollar) // a price, escaped outside a formula
			} else {
				b.WriteString(s[i : i+2])
			}
			i += 2
			continue
		}
		if s[i] != '$' {
			b.WriteByte(s[i])
			i++
			continue
		}
		if k := dollarRun(s[i:]); k > 2 {
			b.WriteString(strings.Repeat(moneyDollar, k)) // "does $$$ go to the court" speaks of money
			i += k
			continue
		}
		if strings.HasPrefix(s[i:], "$$") {
			if j := strings.Index(s[i+2:], "$$"); j > 0 && !strings.Contains(s[i+2:i+2+j], "<code") {
				if displayAlone(s, i, i+j+4) {
					b.WriteString(`\[` + s[i+2:i+2+j] + `\]`)
				} else {
					b.WriteString(`\(` + s[i+2:i+2+j] + `\)`)
				}
				i += j + 4
				continue
			}
			b.WriteString("$$")
			i += 2
			continue
		}
		if j := closingDollar(s, i+1); j > 0 {
			b.WriteString(`\(` + strings.ReplaceAll(s[i+1:j], "<br>", " ") + `\)`)
			i = j + 1
			continue
		}
		b.WriteByte('$')
		i++
	}
	return b.String()
}

// dollarRun returns the number of "$" that open s. Three or more, "$$$",
// stand for money in notes, "does $$$ go to the other party", and neither
// open nor close a formula, whose "$" or "$$" they would otherwise pair
// with the next run, item to item.
func dollarRun(s string) int {
	k := 0
	for k < len(s) && s[k] == '$' {
		k++
	}
	return k
}

// closingDollar returns the index of the $ closing an inline formula opened just
// before from, or -1. A formula that holds a TeX command before a "<br>"
// may go on past one, as the parser reads a formula wrapped onto the
// paragraph's next line; convertMath sets the break as a space.
func closingDollar(s string, from int) int {
	if from < len(s) && s[from] == ' ' {
		if from >= 2 && afterWord(rune(s[from-2])) {
			return -1 // "n$ of" closes "$ 1\ldots n$", it opens no "$ … $"
		}
		return spacedFormulaEnd(s, from) // "$ \sigma^2 $"
	}
	if from >= len(s) || s[from] == '$' || s[from] == '\n' || closesText(s[from]) {
		return -1
	}
	wrapped := false // the formula went on past a line break (see wrappedFormulaEnd)
	for j := from; j < len(s); j++ {
		switch {
		case s[j] == '\\':
			j++
		case strings.HasPrefix(s[j:], "<br>") && !wrapped && holdsTeXCommand([]byte(s[from:j])):
			wrapped = true // "$\dim V = \dim \ker f +" over "\dim \operatorname{im} f$", a label's answer a line at a time
			j += len("<br>") - 1
		case s[j] == '<' && (strings.HasPrefix(s[j:], "<br") || strings.HasPrefix(s[j:], "<code") || strings.HasPrefix(s[j:], "</")):
			return -1
		case s[j] == '$':
			if s[j-1] == ' ' || (j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
				return -1
			}
			return j
		}
	}
	return -1
}

// closesText reports whether c, after a "$", ends a phrase, so that the "$"
// closed a formula written with spaces, "($ V $)", and opens none: "$) across
// … ($" is no formula.
func closesText(c byte) bool {
	switch c {
	case ')', ']', '}', ',', '.', ';', ':', '!', '?':
		return true
	}
	return false
}

// hasKey reports whether m has key k.
func hasKey[V any](m map[string]V, k string) bool {
	_, ok := m[k]
	return ok
}

// inlineTagsOnly reports whether the inline nodes of n in the source range
// [lo, hi) are text, code, emphasis and the tags of inline HTML that only
// style it (see emptyShowsNothing): "<kbd>str</kbd>", "<mark>term</mark>".
// A link or an image there is no styled text.
func (p *parsed) inlineTagsOnly(n ast.Node, lo, hi int) bool {
	if hi < 0 {
		return false
	}
	first, stop := p.kidsIn(n, lo, hi)
	for c := first; c != stop; c = c.NextSibling() {
		if !overlaps(p, c, lo, hi) {
			continue
		}
		switch c := c.(type) {
		case *ast.Text, *ast.CodeSpan:
		case *ast.Emphasis:
			if !p.inlineTagsOnly(c, lo, hi) {
				return false
			}
		case *ast.RawHTML:
			if c.Segments.Len() != 1 || !emptyShowsNothing[inlineTagName(segValue(c.Segments.At(0), p.src))] {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// inlineTagName returns the name of tag, an opening or closing tag's
// source ("<kbd>", "</mark>", "<span class=x>"), in lower case; "" when
// tag is none.
func inlineTagName(tag []byte) string {
	t := bytes.TrimPrefix(bytes.TrimPrefix(tag, []byte("<")), []byte("/"))
	end := 0
	for end < len(t) && (t[end] >= 'a' && t[end] <= 'z' || t[end] >= 'A' && t[end] <= 'Z' || end > 0 && t[end] >= '0' && t[end] <= '9') {
		end++
	}
	if end == 0 || len(tag) == 0 || tag[0] != '<' {
		return ""
	}
	return strings.ToLower(string(t[:end]))
}

// rawTextTags are the elements whose line opens an HTML block that only
// their closing tag ends, blank lines and headings included (CommonMark's
// type 1).
var rawTextTags = []string{"script", "pre", "style", "textarea"}

// unclosedRawTags reads as text a line that opens a <script>, <pre>,
// <style> or <textarea> block the note never closes: "<script>" typed as
// the answer to "Which tag includes JavaScript?" in notes about HTML names
// the tag, and as a block it swallowed every line after it, so the rest of
// the note made no card. The "<" is escaped, and the line shows as typed.
// A block closed further down stays HTML, and so does a line under another
// line of HTML (inside a <div>…) or in a code fence, and one with no text
// after it: it swallows nothing, and a stray <style> shows nothing.
func unclosedRawTags(body []byte) []byte {
	if !hasRawOpener(body) {
		return body
	}
	lower := bytes.ToLower(body)
	lastClose := make([]int, len(rawTextTags))
	for i, t := range rawTextTags {
		lastClose[i] = bytes.LastIndex(lower, []byte("</"+t+">"))
	}
	lastText := len(bytes.TrimRight(body, " \t\r\n"))
	var out []byte
	var fence fenceState
	inside, htmlAbove := -1, false // the end of the raw block being read; the line above opens with "<"
	for at := 0; at < len(body); {
		end := bytes.IndexByte(body[at:], '\n') + 1
		if end == 0 {
			end = len(body) - at
		}
		line := body[at : at+end]
		escape := -1
		if at >= inside && !fence.next(line) && !htmlAbove {
			if tag, lt := rawOpener(lower[at : at+end]); tag >= 0 {
				closer := []byte("</" + rawTextTags[tag] + ">")
				if lastClose[tag] >= at+lt {
					inside = at + lt + bytes.Index(lower[at+lt:], closer) + len(closer)
				} else if lastText > at+end {
					escape = at + lt
				}
			}
		}
		t := bytes.TrimLeft(line, " \t")
		htmlAbove = len(t) > 0 && t[0] == '<'
		if escape >= 0 && out == nil {
			out = append(make([]byte, 0, len(body)+8), body[:at]...)
		}
		if escape >= 0 {
			out = append(append(out, body[at:escape]...), '\\')
			out = append(out, body[escape:at+end]...)
		} else if out != nil {
			out = append(out, line...)
		}
		at += end
	}
	if out == nil {
		return body
	}
	return out
}

// hasRawOpener reports whether body may hold a line that opens a raw text
// block: a "<" at a line's start or after up to three spaces.
func hasRawOpener(body []byte) bool {
	for at := 0; at < len(body); {
		i := bytes.IndexByte(body[at:], '<')
		if i < 0 {
			return false
		}
		i += at
		j := i
		for j > 0 && j > i-4 && body[j-1] == ' ' {
			j--
		}
		if j == 0 || body[j-1] == '\n' {
			return true
		}
		at = i + 1
	}
	return false
}

// rawOpener returns which of rawTextTags the lower-cased line opens a block
// of, and the offset of its "<"; -1 when it opens none. The tag's name must
// end at a space, a tab, ">" or the line's end, as CommonMark requires.
func rawOpener(line []byte) (int, int) {
	t := bytes.TrimLeft(line, " ")
	lt := len(line) - len(t)
	if lt > 3 || len(t) < 2 || t[0] != '<' {
		return -1, 0
	}
	for i, name := range rawTextTags {
		rest, ok := bytes.CutPrefix(t[1:], []byte(name))
		if ok && (len(rest) == 0 || strings.IndexByte(" \t>\r\n", rest[0]) >= 0) {
			return i, lt
		}
	}
	return -1, 0
}

// textEntities undoes the entities escapeText writes.
var textEntities = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&quot;", `"`, "&amp;", "&")
