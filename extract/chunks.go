package extract

import (
	"bytes"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// chunkBytes is the least a chunk of a long note holds: a note is cut into
// chunks so that it is parsed and carded on every core. Tests set
// Options.chunkBytes to cut small notes into many chunks.
const chunkBytes = 32 << 10

// maxHashtags is the most #tags a note puts on its cards: each card carries
// them all, so a note of thousands of tag lines would multiply its size.
const maxHashtags = 100

// A section is a top-level heading and whether the builder skips its section
// (a list of sources or a table of contents).
type section struct {
	h       heading
	sources bool
}

// chunkStarts returns the byte offsets where the note body src may be cut
// into chunks, starting with 0. A cut goes before an unindented ATX heading
// that follows a blank line and lies outside fenced code and HTML blocks of
// types 1–5 (the only blocks that run across blank lines), at least size
// bytes after the previous cut, but for a heading that answers the section
// before it ("## Answer", "## Solution: …", see answeredSection) or shows
// what the exercise above it works on ("## Sample Table" over "## Answer",
// see exhibitAnswered), and for a heading with only
// blank lines and rules between it and the heading above: the builder asks
// a heading's neighbours what it is ("## Block 1: Sets" right over "###
// Übungsfokus" heads a section, over nothing it is a label and its value,
// see labelHeading, definingHeading and headingList), and a cut would hide
// them. Notes with link reference definitions (which
// reach across the note), skip regions, <details> (whose headings
// hideDetailsHeadings may hide, across blank lines) or Obsidian_to_Anki's
// "START" … "END" notes (whose fields may hold headings, see
// builder.document) are not cut.
//
// When it cuts, it also counts the unindented ATX headings by their text:
// the chunks' builders take these counts as a first guess at how often each
// heading occurs in the note (see builder.repeated). And it finds the
// headings an outline letters, "### A. Thiazide Diuretics" beside "### B.
// Loop Diuretics", by the offsets of their lines, as letteredBeside does
// in a note of one chunk: a lettered heading's neighbour may lie in
// another chunk.
func chunkStarts(src []byte, size int) ([]int, map[string]int, map[int]bool) {
	starts := []int{0}
	if len(src) < 2*size || containsText(src, "]:") || containsText(src, "2deck:skip") || containsText(src, "![[#") || hasDetails(src) || containsText(src, "START\n") {
		return starts, nil, nil
	}
	hints := map[string]int{}
	lettered := map[int]bool{}
	var last [7]int // by level, the offset of the last heading at that level in its section, else -1
	for i := range last {
		last[i] = -1
	}
	var fence fenceState
	var closer []byte // the end of an open HTML block, when inside one
	blank := false
	underHead := false           // the lines since the last heading are blank or rules
	prevHead, prevText := -1, "" // the offset and text of the last heading
	for off := 0; off < len(src); {
		line, end := lineAt(src, off)
		if c := line[0]; closer == nil && !fence.open() && c > ' ' && c < utf8.RuneSelf && c != '`' && c != '~' && c != '<' && c != '#' {
			if (c == '-' || c == '*' || c == '_' || c == '=') && ruleLine(line) {
				// a rule, transparent between headings, or the underline
				// of a setext heading when text is right above it
				underHead = underHead || !blank
			} else {
				underHead = false
			}
			blank, off = false, end // most lines: no fence, HTML block or heading
			continue
		}
		switch {
		case closer != nil:
			if bytes.Contains(bytes.ToLower(line), closer) {
				closer = nil
			}
		case fence.next(line): // inside, opening or closing a fence
		default:
			if c := htmlCloser(line); c != nil && !bytes.Contains(bytes.ToLower(line), c) {
				closer = c
			} else if text, ok := atxHeading(line); ok {
				hints[text]++
				letterHeading(src, off, line, &last, lettered)
				if n := len(starts); n > 1 && starts[n-1] == prevHead && answerHeading(text) && !numbersQuestion(prevText) && !isQuestion(prevText) {
					starts = starts[:n-1] // "## Sample Table" over "## Answer" is the exercise's above it (see exhibitAnswered)
				}
				prevHead, prevText = off, text
				if blank && !underHead && off-starts[len(starts)-1] >= size && !legendLeadHeading(text) && !continuedHeading(text) && !answerHeading(text) && !labeledAnswerHeading(text) {
					starts = append(starts, off)
				}
				underHead = true
				blank, off = false, end
				continue
			}
		}
		blank = closer == nil && !fence.open() && len(bytes.TrimSpace(line)) == 0
		underHead = underHead && blank
		off = end
	}
	if len(starts) == 1 {
		return starts, nil, nil
	}
	for off := range lettered {
		// A lettered heading's text is counted without its letter, as
		// headingOf reads it.
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src) - off
		}
		if text, ok := atxHeading(src[off : off+end]); ok {
			if hints[text]--; hints[text] == 0 {
				delete(hints, text)
			}
			hints[strings.TrimLeft(text[2:], " ")]++
		}
	}
	return starts, hints, lettered
}

// ruleLine reports whether line holds only the marks of a thematic break or
// a setext heading's underline (- * _ =) and spaces.
func ruleLine(line []byte) bool {
	return len(bytes.Trim(line, "-*_= \t\r\n")) == 0
}

// hasDetails reports whether src holds "<details" in any case.
func hasDetails(src []byte) bool {
	for i := 0; ; i++ {
		k := bytes.IndexByte(src[i:], '<')
		if k < 0 {
			return false
		}
		i += k
		if len(src)-i > len("details") && bytes.EqualFold(src[i+1:i+1+len("details")], []byte("details")) {
			return true
		}
	}
}

// textLines calls fn with each line of src outside fenced code, and its
// offset: the walk of the line rewrites that leave code as it is.
func textLines(src []byte, fn func(off int, line []byte)) {
	var fence fenceState
	for off := 0; off < len(src); {
		line, end := lineAt(src, off)
		if !fence.next(line) {
			fn(off, line)
		}
		off = end
	}
}

// fencedLines reports, line by line, whether each of lines opens, closes or
// lies inside fenced code, which the line rewrites leave as it is.
func fencedLines(lines [][]byte) []bool {
	code := make([]bool, len(lines))
	var fence fenceState
	for i, l := range lines {
		code[i] = fence.next(l)
	}
	return code
}

// A fenceState follows fenced code blocks line by line.
type fenceState struct {
	char byte // '`' or '~' while inside a fence, else 0
	n    int  // the length of the opening fence
}

func (f *fenceState) open() bool { return f.char != 0 }

// next reads one line and reports whether it opened or closed a fence or lay
// inside one.
func (f *fenceState) next(line []byte) bool {
	if f.char == 0 && (len(line) == 0 || line[0] != ' ' && line[0] != '`' && line[0] != '~') {
		return false // most lines: no fence is open, and this one opens none
	}
	t := bytes.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return f.open()
	}
	c := byte(0)
	if len(t) > 0 && (t[0] == '`' || t[0] == '~') {
		c = t[0]
	}
	n := 0
	for n < len(t) && t[n] == c && c != 0 {
		n++
	}
	rest := t[n:]
	if f.open() {
		if c == f.char && n >= f.n && len(bytes.TrimSpace(rest)) == 0 {
			*f = fenceState{}
		}
		return true
	}
	if n < 3 || (c == '`' && bytes.IndexByte(rest, '`') >= 0) {
		return false
	}
	*f = fenceState{char: c, n: n}
	return true
}

// htmlStarts pairs the openings of HTML blocks of types 1–5 with their ends.
var htmlStarts = []struct{ open, close string }{
	{"<script", "</script>"}, {"<pre", "</pre>"}, {"<style", "</style>"}, {"<textarea", "</textarea>"},
	{"<!--", "-->"}, {"<?", "?>"}, {"<![cdata[", "]]>"}, {"<!", ">"},
}

// htmlCloser returns the end of the HTML block that line opens, or nil.
func htmlCloser(line []byte) []byte {
	t := bytes.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 2 || t[0] != '<' {
		return nil
	}
	t = bytes.ToLower(t)
	for _, s := range htmlStarts {
		if bytes.HasPrefix(t, []byte(s.open)) {
			return []byte(s.close)
		}
	}
	return nil
}

// atxHeading reports whether line is an unindented ATX heading with text,
// and returns the text as the builder counts it, as well as the line shows
// it: lower case, without the closing #s and a trailing colon.
func atxHeading(line []byte) (string, bool) {
	t, ok := atxHeadingText(line)
	if !ok {
		return "", false
	}
	return lowerBytes(t), true
}

// atxHeadingText is atxHeading's text before it is lowered, a slice of
// line: callers that only ask whether line is a heading copy nothing.
func atxHeadingText(line []byte) ([]byte, bool) {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n == len(line) || (line[n] != ' ' && line[n] != '\t' && line[n] != '\n') {
		return nil, false
	}
	t := bytes.TrimSpace(line[n:])
	if u := bytes.TrimRight(t, "#"); len(u) == 0 || u[len(u)-1] == ' ' || u[len(u)-1] == '\t' {
		t = bytes.TrimSpace(u)
	}
	if !hasWordCharBytes(t) {
		return nil, false
	}
	return bytes.TrimSpace(bytes.TrimRight(t, ":：")), true
}

// lowerBytes returns strings.ToLower(string(b)) in one copy when b is ASCII
// (chunkStarts lowers every heading of a note before it is cut).
func lowerBytes(b []byte) string {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return strings.ToLower(string(b))
		}
	}
	var s strings.Builder
	s.Grow(len(b))
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		s.WriteByte(c)
	}
	return s.String()
}

// A chunk is a run of whole top-level sections of a note: it starts at the
// note's start or at an unindented ATX heading, and goldmark parses it on its
// own exactly as it parses that part of the whole note (see chunkStarts).
// Chunks are parsed and carded on every core, each with its own AST, which
// is dropped as soon as the chunk is carded. A chunk's builder needs three
// facts about the rest of the note: the heading path where the chunk starts
// (known once the chunks before it are parsed), the note's title and how
// often each heading occurs (known only at the end). It takes the latter two
// from the chunks before it and from chunkStarts' counts, and the merge
// cards a chunk again when a guess was wrong, or when one of its cards
// repeats one of an earlier chunk: the cards are those of the whole note.
type chunk struct {
	start, end int       // the chunk's bytes in the note body
	p          *parsed   // the note, with this chunk's AST, images and media
	sound      bool      // the chunk ends where goldmark would have closed every block
	guarded    []guarded // paragraphs kept as code (see markerGuard)
	depthErr   error     // nesting too deep (checkDepth)
	mediaErr   error     // an image that cannot be used (collectMedia)

	title     string         // the title the chunk would give the note if it were the first (see parsed.title)
	titleLine int            // the line of title's H1
	decides   bool           // the chunk has a block other than paragraphs and HTML: the title is known by its end
	bare      bareness       // whether the chunk's title heads nothing but paragraphs before the next H1
	startsH1  bool           // the chunk opens with an H1 (see parsed.startsWithH1)
	defined   bool           // prose that defines the note's title opens the chunks up to this one (see parsed.title)
	sections  []section      // the chunk's top-level headings, in order
	counts    map[string]int // how often each heading text occurs in the chunk

	ready     chan struct{} // closed once the fields below are set
	heads     []heading     // the heading path where the chunk starts
	tail      []heading     // the heading path where the chunk ends
	titled    bool          // the note's title is known by the chunk's end
	open      bool          // the chunks up to this one hold only paragraphs and HTML: no title yet
	bareTitle bareness      // whether the note's title heads nothing but paragraphs before the next H1
	h1s       int           // the H1 headings of the chunks up to this one
	firstH1   string        // the note's title, once titled
	h1Line    int           // the line of firstH1
	usedTitle string        // the title the chunk was carded with

	b       *builder
	outline []Block
}

// parse parses the chunk's bytes of the note p.
func (c *chunk) parse(p *parsed) {
	r := text.NewReader(p.src[:c.end])
	r.SetPosition(-1, text.NewSegment(c.start, c.start))
	r.AdvanceLine()
	pc := parser.NewContext()
	c.p.doc = markdown.Parser().Parse(r, parser.WithContext(pc))
	c.p.noteLinks = footnoteLinks(pc)
	c.guarded, _ = pc.Get(guardKey).([]guarded)
	// in the note's order: a paragraph parsed in line groups is kept as
	// code only once every block is parsed (mergeLineGroups)
	slices.SortFunc(c.guarded, func(a, b guarded) int { return a.start - b.start })
	c.p.hideDetailsHeadings()
}

// scan checks the chunk and records its images, title and top-level headings.
func (c *chunk) scan(last bool) {
	p := c.p
	c.sound = last || closedAtEnd(p, c.end)
	if c.depthErr = p.checkDepth(); c.depthErr == nil {
		c.mediaErr = p.collectMedia()
	}
	p.markContent()
	for _, g := range c.guarded {
		p.warnings = append(p.warnings, Warning{Pos: p.pos(g.start), Msg: fmt.Sprintf(
			"paragraph of %d emphasis and link markers (* _ ~ [ ]) kept as code: parsing over %d takes too long", g.markers, maxInlineMarkers)})
	}
	c.title, c.titleLine, c.decides, c.bare, c.defined = p.title()
	c.startsH1 = p.startsWithH1()
	b := newBuilder(p, "", nil)
	nodes := b.dropSkipped(p.children(p.doc))
	c.counts = map[string]int{}
	var at []int
	for i, n := range nodes {
		if h, ok := b.headingOf(n); ok {
			c.counts[strings.ToLower(h.text)]++
			if t := stripNumbering(h.text); t != h.text {
				c.counts[unnumberedKey(t)]++
			}
			c.sections = append(c.sections, section{h: h})
			at = append(at, i)
		}
	}
	for k, i := range at {
		j := len(nodes)
		if k+1 < len(at) {
			j = at[k+1]
		}
		c.sections[k].sources = isSourcesTitle(c.sections[k].h.text) && b.sourcesBody(nodes[i+1:j]) || b.tocSection(c.sections[k].h.text, nodes[i+1:j])
	}
}

// link takes the heading path and the title so far from the chunk before
// (nil for the first) and works out the heading path at the chunk's end, as
// builder.document walks it.
func (c *chunk) link(prev *chunk) {
	c.open = prev == nil || prev.open
	if prev != nil {
		c.heads = prev.tail
		c.titled, c.firstH1, c.h1Line, c.bareTitle = prev.titled, prev.firstH1, prev.h1Line, prev.bareTitle
		if c.bareTitle == bareUnknown { // the title's chunk ended on paragraphs; this one opens with a heading
			c.bareTitle = notBare
			if c.startsH1 {
				c.bareTitle = bare
			}
		}
	}
	if c.open && prev != nil && prev.defined {
		// The chunks before held only paragraphs, one defining the note's
		// title: an H1 of another name here heads a section.
		c.defined = true
		if c.title != "" && !c.p.namesTitle(c.title) {
			c.title, c.titleLine, c.bare = "", 0, notBare
		}
	}
	if c.open && c.decides {
		c.open, c.titled, c.firstH1, c.h1Line, c.bareTitle = false, c.title != "", c.title, c.titleLine, c.bare
	}
	if prev != nil {
		c.h1s = prev.h1s
	}
	for _, s := range c.sections {
		if s.h.level == 1 {
			c.h1s++
		}
	}

	heads := append([]heading(nil), c.heads...)
	for _, s := range c.sections {
		h := continued(s.h, heads)
		for len(heads) > 0 && heads[len(heads)-1].level >= h.level {
			heads = heads[:len(heads)-1]
		}
		if !s.sources {
			heads = append(heads, h)
		}
	}
	c.tail = heads
}

// An earlier is what a chunk carded again in the merge knows of the
// chunks before it.
type earlier struct {
	seen    *cardSet        // their cards
	cards   []Card          // their last cards (see builder.lastCard)
	columns map[string]bool // the names of their tables' key columns
}

// card makes the chunk's cards and outline with the note's
// title, heading counts and tags; before, if its seen is not nil, holds
// the cards of the chunks before. room is how many cards the chunk likely
// makes.
func (c *chunk) card(title string, counts map[string]int, tags []string, before earlier, room int) {
	b := newBuilder(c.p, title, tags)
	b.headCount = counts
	b.heads = append([]heading(nil), c.heads...)
	b.earlier = before.cards
	if len(before.columns) > 0 {
		b.columns = maps.Clone(before.columns)
	}
	if room > 0 { // room made up front spares growing the cards and the set of them
		b.cards = make([]Card, 0, room)
	}
	if before.seen != nil {
		b.seen = *before.seen
	} else {
		b.seen = newCardSet(room)
	}
	nodes := c.p.children(c.p.doc)
	if c.start == 0 {
		c.p.props = c.p.propertyBlock(nodes)
		if c.p.props == nil {
			c.p.props = c.p.fieldBlock(nodes)
		}
		if c.p.props == nil {
			c.p.props = c.p.fieldTable(nodes)
		}
	}
	later := nodes
	if c.start == 0 && len(later) > 0 {
		later = later[1:] // the note's first title has its props
	}
	c.p.titleProps = c.p.titleFieldBlocks(later)
	b.document(b.dropSkipped(nodes))
	c.b, c.usedTitle = b, title
	if !c.p.opt.SkipOutline {
		c.outline = c.p.buildOutline()
	}
}

// release drops the chunk's AST and the caches that refer to it, once the
// chunk is carded, so a long note never holds all of its AST.
func (p *parsed) release() {
	p.dropSplits()
	p.dropPlains()
	p.doc, p.listHTML, p.nodes, p.titleProps, p.kids, p.gloss, p.section, p.emph = nil, nil, nil, nil, nil, glossCache{}, sectionMemo{}, inlineCursor{}
	p.named = linesMemo{}
}

// noteTitle returns the note's title as known by the end of chunk c: the
// H1 that opens it (see parsed.title), else fallback. H1s side by side
// ("# Atenolol" over a list, then "# Metoprolol") are sections: the first
// names no note and tags no card of the others, unless it heads nothing
// but paragraphs (a page's title over its properties). Nor does a
// disease's first section, "# Epidemiology" left empty over "# Etiology"
// (see diseaseSections): the file names the disease.
func (c *chunk) noteTitle(fallback string) string {
	if c.titleH1() {
		return c.firstH1
	}
	return fallback
}

// titleH1 reports whether the note's first H1 titles it, by the end of
// chunk c (see noteTitle). A disease's section does not; a drug's still
// does, as before drugSections joined: "# Side effects" atop
// "anticholinergics.md" names its deck, and the deck's name is part of
// every card's GUID.
func (c *chunk) titleH1() bool {
	return c.titled && c.firstH1 != "" && (c.h1s <= 1 || c.bareTitle == bare) && (!isDiseaseSection(c.firstH1) || isDrugSection(c.firstH1))
}

// ownerTitle is the title that asks a note's bare kinds (see kindOwners):
// its H1's, title, else the title of its front matter or its file name,
// fallback, read as words (see spokenName). A note read from stdin has no
// name to ask with.
func (p *parsed) ownerTitle(title, fallback string) string {
	if title != fallback {
		return title
	}
	if p.openTitle == p.fileTitle {
		return spokenName(p.openTitle)
	}
	return p.openTitle
}

// spokenName reads a file name typed as a slug as the words it names:
// "Group nilpotent groups" of "group-nilpotent-groups", "Ring theory" of
// "ring_theory". A bare kind asked "group-nilpotent-groups: Lemma 1" asks
// with the file's spelling, not its topic. A dash between digits stays,
// "2024-03-08"; a name typed with capitals or spaces keeps its case.
func spokenName(name string) string {
	if !strings.ContainsAny(name, "-_") || strings.Contains(name, " ") {
		return name
	}
	b := []byte(name)
	for i, c := range b {
		if c == '_' || c == '-' && !(i > 0 && isDigit(rune(b[i-1])) && i+1 < len(b) && isDigit(rune(b[i+1]))) {
			b[i] = ' '
		}
	}
	words := strings.Join(strings.Fields(string(b)), " ")
	if words == "" {
		return name
	}
	if words != strings.ToLower(words) {
		return words
	}
	r, size := utf8.DecodeRuneInString(words)
	return string(unicode.ToUpper(r)) + words[size:]
}

// runChunks parses and cards the chunks that start at starts, on every core.
func (p *parsed) runChunks(starts []int, hints map[string]int, fallback string, tags []string) []*chunk {
	lines := len(p.lineStart) + p.lineShift + 1 // the last line is p.line(len(p.src))
	p.content, p.skipped = make([]bool, lines), make([]bool, lines)
	chunks := make([]*chunk, len(starts))
	for i, s := range starts {
		cp := *p
		cp.images, cp.media, cp.warnings, cp.splits, cp.hashtags, cp.targetDeck = map[string]string{}, map[string]Media{}, nil, nil, nil, ""
		cp.scratch, cp.ranges, cp.nodes, cp.plains, cp.kids, cp.gloss, cp.section = viewScratch{}, nil, nil, nil, nil, glossCache{}, sectionMemo{}
		cp.named = linesMemo{}
		chunks[i] = &chunk{start: s, end: len(p.src), p: &cp, ready: make(chan struct{})}
		if i > 0 {
			chunks[i-1].end = s
		}
	}
	var density atomic.Int64 // cards per MiB in the chunk carded last: a guess at the next one's
	parallel(len(chunks), func(i int) {
		c := chunks[i]
		c.parse(p)
		c.scan(i == len(chunks)-1)
		var prev *chunk
		if i > 0 {
			prev = chunks[i-1]
			<-prev.ready
		}
		c.link(prev)
		close(c.ready)
		if c.sound && c.depthErr == nil && c.mediaErr == nil {
			counts := hints
			if len(chunks) == 1 {
				counts = c.counts
			}
			size := int64(c.end - c.start)
			c.card(c.noteTitle(fallback), counts, tags, earlier{}, int(size*density.Load()>>20))
			density.Store(int64(len(c.b.cards)) << 20 / max(size, 1))
		}
		c.p.release()
	})
	return chunks
}

// closedAtEnd reports whether every block of the chunk's AST closes before
// end, as it does in the whole note: a fence or an HTML block of types 1–5
// left open at the end of a chunk would have run on into the next one.
func closedAtEnd(p *parsed, end int) bool {
	switch n := p.doc.LastChild().(type) {
	case *ast.FencedCodeBlock:
		lines := n.Lines()
		if lines.Len() == 0 {
			return true
		}
		last := bytes.LastIndexByte(bytes.TrimRight(p.src[:end], " \t\n"), '\n') + 1
		return lines.At(lines.Len()-1).Stop <= last
	case *ast.HTMLBlock:
		return n.HTMLBlockType > ast.HTMLBlockType5 || n.HasClosure() || n.Lines().Len() == 1
	}
	return true
}

// A note is what extractNote finds in a note body.
type note struct {
	title     string
	titleLine int    // the line of title's H1, 0 when the note has none
	deck      string // the deck the note names for itself (Obsidian_to_Anki's TARGET DECK), or ""
	deckLine  int    // the line of deck
	cards     []Card
	coverage  Coverage
	warnings  []Warning
	outline   []Block
}

// extractNote parses the note body in chunks, on every core, and makes its
// cards and outline. fallback is the title of a note without an H1.
func (p *parsed) extractNote(fallback string, tags []string) (note, error) {
	size := p.opt.chunkBytes
	if size == 0 {
		size = chunkBytes
	}
	starts, hints, lettered := chunkStarts(p.src, size)
	p.lettered = lettered
	chunks := p.runChunks(starts, hints, fallback, tags)
	for _, c := range chunks {
		if !c.sound {
			p.lettered = nil
			chunks = p.runChunks([]int{0}, nil, fallback, tags)
			break
		}
	}
	return p.merge(chunks, fallback, tags)
}

// merge joins the chunks' cards, outlines, warnings and coverage in order,
// carding a chunk again where its builder guessed wrong.
func (p *parsed) merge(chunks []*chunk, fallback string, tags []string) (note, error) {
	for i := len(chunks) - 1; i >= 0; i-- {
		if err := chunks[i].depthErr; err != nil {
			return note{}, err
		}
	}
	counts := map[string]int{}
	media := map[string]bool{}
	var warnings []Warning
	for _, c := range chunks {
		if c.mediaErr != nil {
			return note{}, c.mediaErr
		}
		for _, w := range c.p.warnings {
			if !media[w.Msg] {
				media[w.Msg] = true
				warnings = append(warnings, w)
			}
		}
		maps.Copy(p.media, c.p.media)
		for t, n := range c.counts {
			counts[t] += n
		}
	}
	last := chunks[len(chunks)-1]
	n := note{title: last.noteTitle(fallback), warnings: warnings}
	if last.titleH1() {
		n.titleLine = last.h1Line
	}
	multi := len(chunks) > 1
	var seen cardSet // the cards of the chunks so far, when there are several
	if multi {
		cards, blocks := 0, 0
		for _, c := range chunks {
			cards, blocks = cards+len(c.b.cards), blocks+len(c.outline)
		}
		n.cards, n.outline = slices.Grow(n.cards, cards), slices.Grow(n.outline, blocks)
		seen = newCardSet(cards)
	} else {
		n.cards, n.outline = last.b.cards, last.outline
	}
	covered := make([]bool, len(p.content))
	columns, rows, tables := map[string]bool{}, map[int]bool{}, map[int]rowTable{}
	twins := false
	for _, c := range chunks {
		if multi && (c.usedTitle != n.title || wrongGuess(c.b.asked, counts) || repeats(c.b.cards, seen)) {
			c.parse(p)
			over := seen.over()
			last := n.cards[max(0, len(n.cards)-maxTwinGap-1):]
			c.card(n.title, counts, tags, earlier{seen: &over, cards: last, columns: columns}, len(c.b.cards))
			c.p.release()
		}
		if multi {
			for _, cd := range c.b.cards {
				seen.add(cd.Front, cd.Back)
			}
			n.cards = append(n.cards, c.b.cards...)
			n.outline = append(n.outline, c.outline...)
		}
		n.warnings = append(n.warnings, c.b.warnings...)
		maps.Copy(columns, c.b.columns)
		maps.Copy(rows, c.b.rowLines)
		maps.Copy(tables, c.b.rowTables)
		twins = twins || c.b.twins
		c.b.covered.markIn(covered)
		c.b = nil
	}
	n.cards = dropNarrowTwins(dropLabelTwins(dropHeadingRepeats(dropRepeats(dropAnswerSplits(n.cards)))))
	if twins {
		n.cards = dropTwins(n.cards, columns)
	}
	n.cards = mergeLabelRuns(n.cards)
	p.askEventsForYears(n.cards) // before the owners: "1933" asked under two headings asks its events
	nameOwners(n.cards, columns, rows)
	askPartsWithOwner(n.cards)
	n.cards = dropDefinitionTwins(n.cards)
	p.kindOwners(n.cards, p.ownerTitle(n.title, fallback))
	n.cards = p.ownFrontsAskedTwice(n.cards, rows)
	tableRowsApart(n.cards, tables)
	cutSequenceLabels(n.cards)
	cutSourceLinks(n.cards)
	dropVideoPositions(n.cards)
	dropAbbrMarks(n.cards)
	n.cards = dropPointers(n.cards)
	n.coverage = coverage(p.file, p.content, covered, p.skipped)
	var hashtags []string
	seenTags, over := map[string]bool{}, 0 // over: the line of the first tag past maxHashtags
	for _, c := range chunks {
		if n.deck == "" {
			n.deck, n.deckLine = c.p.targetDeck, c.p.targetLine
		}
		for _, t := range c.p.hashtags {
			switch {
			case seenTags[t.tag]:
			case len(hashtags) < maxHashtags:
				hashtags = append(hashtags, t.tag)
			case over == 0:
				over = t.line
			}
			seenTags[t.tag] = true
		}
	}
	if over > 0 {
		n.warnings = append(n.warnings, Warning{Pos: Pos{File: p.file, Line: over}, Msg: fmt.Sprintf(
			"%d #tags: only the first %d tag the note's cards", len(seenTags), maxHashtags)})
	}
	if hashtags != nil {
		// A note's #tags are every card's, wherever in the note they stand.
		for i := range n.cards {
			n.cards[i].Tags = append(slices.Clip(n.cards[i].Tags), hashtags...)
		}
	}
	return n, nil
}

// wrongGuess reports whether the builder answered a question about a
// heading's repeats (see builder.repeated) otherwise than counts would.
func wrongGuess(asked map[string]bool, counts map[string]int) bool {
	for t, repeated := range asked {
		if repeated != (counts[t] > 1) {
			return true
		}
	}
	return false
}

// repeats reports whether one of cards is in seen.
func repeats(cards []Card, seen cardSet) bool {
	for _, cd := range cards {
		if seen.has(cd.Front, cd.Back) {
			return true
		}
	}
	return false
}

// parallel calls f(0) … f(n-1) on up to GOMAXPROCS goroutines and waits.
func parallel(n int, f func(int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		}()
	}
	wg.Wait()
}
