package pdf

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/extract"
)

// An opKind says what an op draws.
type opKind uint8

const (
	opText  opKind = iota // text at baseline y
	opFill                // filled rectangle
	opLine                // line from (x,y) to (x+w,y+h)
	opImage               // image named text
)

// An op is one drawing operation, relative to its row's top-left corner.
type op struct {
	kind  opKind
	font  fontID
	color color
	bold  bool // text that is bold (see sheet.text)
	x, y  float64
	w, h  float64
	size  float64
	from  int32 // the text, or the image's name, is the row's layout buffer [from:to]
	to    int32
}

// A row is the unit of vertical layout: a line of text, a table row, an image.
type row struct {
	h      float64 // height
	before float64 // space above, dropped at the top of a column
	ops    []op
	link   bool    // keep in the same column as the previous row
	head   bool    // a heading: keeps the next row with it
	whole  bool    // a line of a long code block: balance keeps it with the row before
	deck   int32   // index of the deck the row belongs to
	repeat *row    // a table's header row, drawn again over this row at the top of a column
	give   float64 // how much of h an image row may give up to end a column (see pager.shrink)
}

// shortRows is the size up to which a list, table or code block is kept in one column.
const shortRows = 10

// lineHeight returns the line height at size.
func lineHeight(size float64) float64 { return size * 1.22 }

// baseline returns the baseline offset of text at size in a line of height h.
func baseline(size, h float64) float64 { return (h-size*1.164)/2 + size*0.928 }

// textRows turns wrapped lines into rows, drawing each run; x is the left
// edge. It appends the rows to dst and returns it. The rows' ops share one
// allocation, with room for one more op in the first row (a list marker).
// When the sheet is only counting pages, the rows have no ops.
func (s *sheet) textRows(dst []row, lines []textLine, x, lh float64) []row {
	if s.counting {
		for range lines {
			dst = append(dst, row{h: lh})
		}
		return dst
	}
	n := 1
	for _, l := range lines {
		n += opCount(l.runs)
	}
	slab := s.newOps(n)
	for i, l := range lines {
		k := opCount(l.runs)
		if i == 0 {
			k++
		}
		ops := slab[len(slab) : len(slab) : len(slab)+k]
		for _, ru := range l.runs {
			ops = s.runOps(ops, ru, x, lh)
		}
		slab = slab[:len(slab)+k]
		dst = append(dst, row{h: lh, ops: ops})
	}
	return dst
}

// opChunk is how many ops newOps allocates at a time.
const opChunk = 1024

// newOps returns an empty slice with room for n ops, from a chunk that the
// rows laid out one after the other share.
func (s *sheet) newOps(n int) []op {
	if cap(s.opChunk)-len(s.opChunk) < n {
		s.opChunk = make([]op, 0, max(n, opChunk))
	}
	from := len(s.opChunk)
	s.opChunk = s.opChunk[:from+n]
	return s.opChunk[from : from : from+n]
}

// opCount returns how many ops runOps makes for runs.
func opCount(runs []run) int {
	n := len(runs)
	for _, ru := range runs {
		if ru.bg {
			n++
		}
		if ru.strike {
			n++
		}
		if ru.mark {
			n += 2
		}
	}
	return n
}

// runOps appends the ops that draw a run in a line of height lh.
func (s *sheet) runOps(ops []op, ru run, x, lh float64) []op {
	base := baseline(ru.size, lh)
	if ru.bg {
		ops = append(ops, op{kind: opFill, color: cCodeBg, x: x + ru.x - ru.size*0.12, y: base - ru.size*0.86, w: ru.w + ru.size*0.24, h: ru.size * 1.1})
	}
	if ru.mark {
		ops = append(ops, op{kind: opFill, color: cMark, x: x + ru.x, y: base - ru.size*0.86, w: ru.w, h: ru.size * 1.1},
			op{kind: opLine, color: cMarkLn, x: x + ru.x, y: base + ru.size*0.2, w: ru.w, size: ru.size * 0.07})
	}
	ops = append(ops, op{kind: opText, font: ru.font, color: ru.color, bold: ru.bold, size: ru.size, x: x + ru.x, y: base, from: int32(ru.from), to: int32(ru.to)})
	if ru.strike {
		ops = append(ops, op{kind: opLine, color: ru.color, x: x + ru.x, y: base - ru.size*0.3, w: ru.w})
	}
	return ops
}

// linkAll marks every row after the first as kept with the one before.
func linkAll(rows []row) {
	for i := 1; i < len(rows); i++ {
		rows[i].link = true
	}
}

// paragraph lays out text at x; it appends the rows to dst and returns it.
func (s *sheet) paragraph(dst []row, spans []extract.Span, x float64, pos extract.Pos) []row {
	start := len(dst)
	spans = questionArrows(spans)
	if s.counting {
		if n, ok := s.countLines(spans, s.size, fRegular, cText, s.colW-x); ok {
			for range n {
				dst = append(dst, row{h: s.lh})
			}
			linkAll(dst[start:])
			return dst
		}
	}
	words := s.words(spans, s.size, fRegular, cText, pos)
	if len(words) == 0 {
		// Nothing to draw: "🔥" alone on a line over "• one point", an
		// emoji the sheet leaves out, printed an empty line.
		return dst
	}
	dst = s.textRows(dst, s.wrap(words, s.colW-x, 0), x, s.lh)
	linkAll(dst[start:])
	return dst
}

// questionArrows prints the colon after a term that is a question as an
// arrow: "What is TCP?::A protocol", a spaced-repetition card the outline
// gives as the term "What is TCP?" over ": A protocol", printed "What is
// TCP?: A protocol", a question answered with a colon; it prints "What is
// TCP? → A protocol". It returns spans itself when no term asks.
func questionArrows(spans []extract.Span) []extract.Span {
	var out []extract.Span
	for i := 1; i < len(spans); i++ {
		q, a := spans[i-1], spans[i]
		if q.Style != extract.Term || !strings.HasSuffix(q.Text, "?") || a.Style&(extract.Mono|extract.Break) != 0 || !strings.HasPrefix(a.Text, ":") {
			continue
		}
		if out == nil {
			out = slices.Clone(spans)
		}
		out[i].Text = " → " + strings.TrimLeft(a.Text[1:], " ")
	}
	if out == nil {
		return spans
	}
	return out
}

// headingStyle is how a heading rank is drawn.
type headingStyle int

const (
	hBanner headingStyle = iota // title: dark filled band, white text
	hBar                        // section: light filled bar
	hRule                       // subsection: bold text over a rule
	hRunIn                      // bold text, run into the following paragraph
)

// heading lays out a heading drawn in style st.
func (s *sheet) heading(spans []extract.Span, st headingStyle, pos extract.Pos) []row {
	var size, pad, before float64
	fg := cHeading
	switch st {
	case hBanner:
		size, pad, before, fg = s.size*1.5, s.size*0.35, s.size*0.8, cWhite
	case hBar:
		size, pad, before = s.size*1.3, s.size*0.2, s.size*0.7
	case hRule:
		size, pad, before = s.size*1.15, s.size*0.1, s.size*0.55
	default:
		size, pad, before = s.size, 0, s.size*0.35
	}
	inset := 0.0
	if st == hBanner || st == hBar {
		inset = s.size * 0.4
	}
	words := s.words(spans, size, fBold, fg, pos)
	for i := range words {
		for j := range words[i].parts {
			if st == hBanner {
				words[i].parts[j].bg = false // code's light tint would hide the banner's white text
				words[i].parts[j].mark = false
			}
			if words[i].parts[j].font == fRegular || words[i].parts[j].font == fItalic {
				words[i].parts[j].font, words[i].parts[j].bold = fBold, true
				words[i].parts[j].w = s.faces[fBold].measure(words[i].parts[j].text, words[i].parts[j].size)
			}
		}
		words[i].w = 0
		for _, p := range words[i].parts {
			words[i].w += p.w
		}
	}
	lines := s.wrap(words, s.colW-2*inset, 0)
	lh := lineHeight(size)
	rows := s.textRows(nil, lines, inset, lh)
	for i := range rows {
		r := &rows[i]
		r.head = true
		if i == 0 {
			r.h += pad
			r.before = before
			shift(r.ops, pad)
		}
		if i == len(rows)-1 {
			r.h += pad
		}
		switch st {
		case hBanner:
			r.ops = append([]op{{kind: opFill, color: cBanner, w: s.colW, h: r.h}}, r.ops...)
		case hBar:
			r.ops = append([]op{{kind: opFill, color: cBar, w: s.colW, h: r.h}}, r.ops...)
		case hRule:
			if i == len(rows)-1 {
				r.ops = append(r.ops, op{kind: opLine, color: cHeading, y: r.h, w: s.colW, h: 0, size: 0.6})
				r.h += s.size * 0.2
			}
		}
	}
	linkAll(rows)
	return rows
}

// shift moves ops down by dy.
func shift(ops []op, dy float64) {
	for i := range ops {
		ops[i].y += dy
	}
}

// bullets are the unordered list markers by depth.
var bullets = []string{"•", "◦", "–"}

// list lays out a list at x; depth counts enclosing lists. It appends the
// rows to dst and returns it.
func (s *sheet) list(dst []row, b extract.Block, x float64, depth int) []row {
	start := len(dst)
	dst = s.items(dst, b, b.Items, 0, x, s.markerWidth(b), depth)
	if s.short(dst[start:]) {
		linkAll(dst[start:])
	}
	return dst
}

// short reports whether a list's or an item's rows are few enough to keep
// in one column: shortRows rows or fewer, and at most half a column high.
// An anatomy note's bullet on the olfactory nerve, two lines over two
// diagrams, was kept whole with its heading: too tall for the space left,
// it moved to the next column and left a third of this one empty.
func (s *sheet) short(rows []row) bool {
	return len(rows) <= shortRows && chunkHeight(rows, true) <= s.colH/2
}

// markerWidth returns the width the markers of list b take.
func (s *sheet) markerWidth(b extract.Block) float64 {
	mw := s.size * 0.95
	if b.Ordered {
		// The widest number, as printed (with any fallback font).
		for i := range b.Items {
			mw = max(mw, s.label(strconv.Itoa(b.Start+i)+".", fRegular, cTerm, s.size, b.Pos).w+s.size*0.45)
		}
	}
	for _, it := range b.Items {
		if it.Task {
			mw = max(mw, s.label("☐", fRegular, cTerm, s.size, b.Pos).w+s.size*0.4)
		}
	}
	return mw
}

// items lays out items, the first of which is item first of list b, at x
// behind markers mw wide; it appends the rows to dst and returns it.
func (s *sheet) items(dst []row, b extract.Block, items []extract.Item, first int, x, mw float64, depth int) []row {
	for j, it := range items {
		i := first + j
		if !b.Ordered && !it.Task && len(it.Spans) == 0 && len(it.Blocks) == 0 {
			continue // "- " alone: a bullet with nothing after it
		}
		marker := bullets[min(depth, len(bullets)-1)]
		if b.Ordered {
			marker = strconv.Itoa(b.Start+i) + "."
		}
		if it.Task {
			marker = "☐"
			if it.Checked {
				marker = "☑"
			}
		}
		item := len(dst)
		blocks := it.Blocks
		switch {
		case len(it.Spans) > 0:
			if dst = s.paragraph(dst, it.Spans, x+mw, it.Pos); len(dst) == item {
				dst = append(dst, row{h: s.lh}) // "- 🔥": the marker's line
			}
		case len(blocks) > 0 && (blocks[0].Kind == extract.Image || blocks[0].Kind == extract.Paragraph):
			// An item that opens with a picture or a paragraph, "- <img
			// alt="Crow's foot notation" src="crows-foot.png"/>", sets it
			// beside its marker: a line of its own held the bullet alone.
			dst = s.block(dst, blocks[0], x+mw, depth+1)
			blocks = blocks[1:]
			if len(dst) == item {
				dst = append(dst, row{h: s.lh})
			}
			dst[item].before = 0
		default:
			dst = append(dst, row{h: s.lh})
		}
		own := len(dst) // the rows of the item's own text end here
		ml := s.label(marker, fRegular, cTerm, s.size, it.Pos)
		mx := x
		if b.Ordered {
			mx = max(x, x+mw-s.size*0.3-ml.w)
		} else if depth == 0 && !it.Task {
			mx = x + s.size*0.15
		}
		for _, ru := range ml.runs {
			dst[item].ops = s.runOps(dst[item].ops, ru, mx, s.lh)
		}
		for _, c := range blocks {
			child := len(dst)
			dst = s.block(dst, c, x+mw, depth+1)
			if len(dst) > child {
				dst[child].before = min(dst[child].before, s.size*0.15)
			}
		}
		if s.short(dst[item:]) {
			linkAll(dst[item:])
		} else {
			// A long item, a section of an outline, keeps its own text
			// with the first line under it and flows on as a list does:
			// kept whole, PMP notes' "Duties of PM" and its forty lines
			// moved to the next column and left a quarter of this one empty.
			// An item with nothing under it has no first line to keep.
			linkAll(dst[item:min(own+1, len(dst))])
		}
	}
	return dst
}

// code lays out a code block at x on a light tint.
func (s *sheet) code(b extract.Block, x float64) []row {
	pad := s.size * 0.3
	width := s.colW - x - 2*pad
	text := strings.TrimRight(strings.ReplaceAll(b.Code, "\t", "    "), "\n")
	size := s.codeSize(text, s.size*0.88, width)
	lh := size * 1.18
	var rows []row
	var cont textLine // the mark of a continuation line, laid out once
	for _, line := range strings.Split(text, "\n") {
		words := s.codeWords(line, size, b.Pos)
		if cont.runs == nil {
			cont = s.label(contMark, fMono, cMuted, size, b.Pos)
		}
		// Continuation lines start after the mark: the first line starts
		// that much to the left of the others, with the whole width.
		for i, l := range s.wrap(words, width-cont.w, -cont.w) {
			r := row{h: lh}
			r.ops = append(r.ops, op{kind: opFill, color: cCodeBg, x: x, w: s.colW - x, h: lh})
			if i > 0 {
				for _, ru := range cont.runs {
					r.ops = s.runOps(r.ops, ru, x+pad, lh)
				}
			}
			for _, ru := range l.runs {
				r.ops = s.runOps(r.ops, ru, x+pad+cont.w, lh)
			}
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 {
		return nil
	}
	rows[0].h += pad / 2
	shift(rows[0].ops, pad/2)
	rows[0].ops[0].y, rows[0].ops[0].h = 0, rows[0].h
	n := len(rows) - 1
	rows[n].ops[0].h += pad / 2
	rows[n].h += pad / 2
	rows[0].before = s.size * 0.3
	if len(rows) <= shortRows+5 {
		linkAll(rows)
	} else {
		for i := range rows[1:] {
			rows[i+1].whole = true
		}
	}
	return rows
}

// contMark opens a code line that continues the one above, when a line
// longer than the column wraps even at the smallest size: "↪ 0);".
const contMark = "↪\u00a0"

// codeSize returns the size at which the lines of code of size size fit
// width: the widest line that fits at the smallest size the sheet's text
// may take (MinFontSize) decides. Two listings side by side, "void
// proc_A() {          void proc_B() {", wrapped at 6.6 pt into one
// interleaved mess; they now print smaller, each line on its own. A line
// too long for any legible size wraps at the largest size the others
// allow: prose indented into a code block does not shrink for nothing. A
// line of n bytes is at most n mono advances wide: only longer ones are
// measured.
func (s *sheet) codeSize(text string, size, width float64) float64 {
	f := s.faces[fMono]
	adv := float64(f.width(' ')) * size / 1000
	floor := min(size, s.cfg.MinFontSize)
	limit := width * size / floor // the widest line at size that fits at floor
	widest := 0.0
	for line := range strings.SplitSeq(text, "\n") {
		if float64(len(line))*adv > width {
			if w := f.measure(line, size); w <= limit {
				widest = max(widest, w)
			}
		}
	}
	if widest <= width {
		return size
	}
	return size * width / widest
}

// codeWords splits a code line into words, keeping its indentation and the
// width of every run of spaces. The words live in the sheet's word arena
// until the next block.
func (s *sheet) codeWords(line string, size float64, pos extract.Pos) []word {
	proto := part{font: fMono, color: cText, size: size}
	from := len(s.wordArena)
	// Leading spaces are kept as part of the first word (indentation).
	lead := len(line) - len(strings.TrimLeft(line, " "))
	// The layout puts one space between words: each further space of a run
	// goes before the next word as a no-break space, so that columns of
	// code line up ("a         b").
	extra := lead
	for _, f := range strings.Split(line[lead:], " ") {
		if f == "" {
			extra++
			continue
		}
		var w word
		if extra > 0 {
			s.addParts(&w, proto, strings.Repeat("\u00a0", extra), pos)
		}
		s.addParts(&w, proto, f, pos)
		if len(w.parts) > 0 { // an emoji alone leaves nothing to draw
			s.wordArena = append(s.wordArena, w)
		}
		extra = 0
	}
	return s.wordArena[from:len(s.wordArena):len(s.wordArena)]
}

// table lays out a table at x; cells wrap and columns share the width. A
// table too wide for the column is not laid out: wide is true, and it is
// printed as a list of records.
func (s *sheet) table(b extract.Block, x float64) (rows []row, wide bool) {
	g, wide := s.grid(b, x)
	if wide {
		return nil, true
	}
	return s.gridRows(nil, &g, 0, g.rows), false
}

// A grid is a table measured for layout.
type grid struct {
	b                   extract.Block
	n                   int // columns
	heads               int // 1 with a header row, else 0
	rows                int // rows with the header
	x, size, pad, lh, w float64
	cw                  []float64 // the columns' widths
	head                *row      // the header, drawn again atop each column a long table runs into
	fromWord, fromPart  int       // the arenas' lengths before the table
	fromLine, fromRun   int
}

// grid measures table b for layout at x. The natural (one line) and minimal
// (longest word) widths of its columns decide their widths; when the
// minimal widths add up to more than the column, wide is true. They only
// grow, so the first row that makes them too wide decides, before the words
// of the rows after it are measured.
func (s *sheet) grid(b extract.Block, x float64) (g grid, wide bool) {
	g = grid{b: b, n: len(b.Header), x: x, size: s.size * 0.95, pad: s.size * 0.25, w: s.colW - x}
	for _, r := range b.Rows {
		g.n = max(g.n, len(r))
	}
	if g.n == 0 {
		return g, false
	}
	g.lh = lineHeight(g.size)
	if len(b.Header) > 0 {
		g.heads = 1
	}
	g.rows = g.heads + len(b.Rows)
	g.fromWord, g.fromPart, g.fromLine, g.fromRun = len(s.wordArena), len(s.arena), len(s.lineArena), len(s.runs)
	nat := make([]float64, g.n)
	mn := make([]float64, g.n)
	tok := make([]float64, g.n) // the longest word of each column, uncapped
	for ri := range g.rows {
		if g.n > 2 && sum(mn) > g.w {
			return g, true
		}
		for i := range g.n {
			// seg is the width of the text since the last space: a
			// column is as wide as its longest, though a line may break
			// inside one between CJK characters ("食べる" kept whole).
			line, long, seg := 0.0, 0.0, 0.0
			for j, w := range s.cellWords(&g, ri, i) {
				if w.brk {
					line = 0
					continue
				}
				if !w.tight {
					seg = 0
				}
				if j > 0 && !w.tight {
					line += g.size * 0.3
				}
				line += w.w
				seg += w.w
				long = max(long, seg)
				nat[i] = max(nat[i], line+2*g.pad)
			}
			mn[i] = max(mn[i], min(long, g.w/float64(g.n))+2*g.pad)
			tok[i] = max(tok[i], long+2*g.pad)
		}
		s.dropScratch(&g)
	}
	if g.n > 2 && sum(mn) > g.w {
		return g, true
	}
	g.cw = distribute(nat, wholeWords(mn, tok, g.w), g.w)
	return g, false
}

// wholeWords returns the smallest widths of a table's columns: each
// column's longest word, tok, when they fit width together, so that no
// word is broken while other columns have room ("126.255.255.255" printed
// "126.255.255." over "255" beside a wide "Use Case" column); else mn, where
// a long word takes at most an equal share of the width.
func wholeWords(mn, tok []float64, width float64) []float64 {
	if sum(tok) <= width {
		return tok
	}
	return mn
}

// cellWords returns the words of cell i of row ri of g, counting the
// header as row 0, in the sheet's arenas.
func (s *sheet) cellWords(g *grid, ri, i int) []word {
	base, r := fRegular, g.b.Header
	if ri < g.heads {
		base = fBold
	} else {
		r = g.b.Rows[ri-g.heads]
	}
	if i >= len(r) {
		return nil
	}
	return s.words(r[i].Spans, g.size, base, cText, g.b.Pos)
}

// cellAlign returns the alignment of cell i of row ri of g, counting the
// header as row 0: "| :-: |" centres a column of marks, "| --: |" puts
// numbers flush right.
func cellAlign(g *grid, ri, i int) extract.Align {
	r := g.b.Header
	if ri >= g.heads {
		r = g.b.Rows[ri-g.heads]
	}
	if i >= len(r) {
		return extract.AlignNone
	}
	return r[i].Align
}

// dropScratch empties the arenas of what g's last row put there: its rows'
// ops hold no reference to them.
func (s *sheet) dropScratch(g *grid) {
	s.wordArena, s.arena = s.wordArena[:g.fromWord], s.arena[:g.fromPart]
	s.lineArena, s.runs = s.lineArena[:g.fromLine], s.runs[:g.fromRun]
}

// gridRows lays out the rows lo to hi of g, counting the header as row 0;
// it appends them to dst and returns it.
func (s *sheet) gridRows(dst []row, g *grid, lo, hi int) []row {
	lines := make([][]textLine, g.n)
	for ri := lo; ri < hi; ri++ {
		h := 0.0
		for i := range g.n {
			lines[i] = s.wrap(s.cellWords(g, ri, i), g.cw[i]-2*g.pad, 0)
			h = max(h, float64(len(lines[i]))*g.lh)
		}
		h += g.pad * 0.8
		rw := row{h: h}
		switch {
		case ri < g.heads:
			rw.ops = append(rw.ops, op{kind: opFill, color: cHeadBg, x: g.x, w: g.w, h: h})
		case (ri-g.heads)%2 == 1:
			rw.ops = append(rw.ops, op{kind: opFill, color: cZebra, x: g.x, w: g.w, h: h})
		}
		cx := g.x
		for i := range g.n {
			align := cellAlign(g, ri, i)
			for li, l := range lines[i] {
				dx := 0.0
				switch align {
				case extract.AlignCenter:
					dx = max(g.cw[i]-2*g.pad-l.w, 0) / 2
				case extract.AlignRight:
					dx = max(g.cw[i]-2*g.pad-l.w, 0)
				}
				for _, ru := range l.runs {
					o := s.runOps(nil, ru, cx+g.pad+dx, g.lh)
					shift(o, g.pad*0.4+float64(li)*g.lh)
					rw.ops = append(rw.ops, o...)
				}
			}
			if i > 0 {
				rw.ops = append(rw.ops, op{kind: opLine, color: cRule, x: cx, w: 0, h: h, size: 0.25})
			}
			cx += g.cw[i]
		}
		lw := 0.25
		if ri == g.heads-1 || ri == g.rows-1 {
			lw = 0.6
		}
		if ri == 0 {
			rw.ops = append(rw.ops, op{kind: opLine, color: cRule, x: g.x, w: g.w, size: 0.6})
		}
		rw.ops = append(rw.ops, op{kind: opLine, color: cRule, x: g.x, y: h, w: g.w, size: lw})
		s.dropScratch(g)
		switch {
		case ri == 0:
			if g.heads == 1 && g.rows > shortRows {
				head := rw
				head.ops = slices.Clone(head.ops) // its own text offsets: compactText moves them
				g.head = &head
			}
			rw.before = s.size * 0.35
		case g.rows <= shortRows || ri == 1 && g.head != nil:
			rw.link = true
		case g.head != nil:
			rw.repeat = g.head // a long table split across columns names its columns again
		}
		dst = append(dst, rw)
	}
	return dst
}

// sum adds up xs.
func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

// records turns a table too wide for the column into a list: the header
// names on one line, then each row as its first cell over "Header: value" lines.
func records(b extract.Block) extract.Block {
	out := extract.Block{Kind: extract.List, Pos: b.Pos}
	if head, ok := recordsHead(b); ok {
		out.Items = append(out.Items, head)
	}
	for _, r := range b.Rows {
		if it, ok := record(b, r); ok {
			out.Items = append(out.Items, it)
		}
	}
	return out
}

// recordsHead returns the item that names the columns of a table printed as
// records, or false when it has no header.
func recordsHead(b extract.Block) (extract.Item, bool) {
	var head []extract.Span
	for i, c := range b.Header {
		if i > 0 {
			head = append(head, extract.Span{Text: " | ", Style: extract.Italic})
		}
		for _, sp := range c.Spans {
			sp.Style |= extract.Italic
			head = append(head, sp)
		}
	}
	return extract.Item{Spans: head, Pos: b.Pos}, len(head) > 0
}

// record returns the row r of table b as a record: its first cell, over a
// "Header: value" line for each other cell that holds something; false for
// a row without cells.
func record(b extract.Block, r []extract.Cell) (extract.Item, bool) {
	if len(r) == 0 {
		return extract.Item{}, false
	}
	it := extract.Item{Pos: b.Pos}
	for _, sp := range r[0].Spans {
		sp.Style |= extract.Bold
		it.Spans = append(it.Spans, sp)
	}
	sub := extract.Block{Kind: extract.List, Pos: b.Pos}
	for i, c := range r[1:] {
		if len(c.Spans) == 0 {
			continue
		}
		var spans []extract.Span
		if i+1 < len(b.Header) {
			if name := extract.PlainText(b.Header[i+1].Spans); name != "" {
				spans = append(spans, extract.Span{Text: name + ": ", Style: extract.Term})
			}
		}
		spans = append(spans, c.Spans...)
		sub.Items = append(sub.Items, extract.Item{Spans: spans, Pos: b.Pos})
	}
	if len(sub.Items) > 0 {
		it.Blocks = []extract.Block{sub}
	}
	return it, true
}

// distribute shares width among columns: natural widths when they fit,
// else minimal widths plus a share of what is left.
func distribute(nat, mn []float64, width float64) []float64 {
	out := make([]float64, len(nat))
	sumN, sumM := 0.0, 0.0
	for i := range nat {
		nat[i] = max(nat[i], mn[i], 1)
		sumN += nat[i]
		sumM += mn[i]
	}
	if sumN <= width {
		for i := range nat {
			out[i] = nat[i] * width / sumN
		}
		return out
	}
	if sumM >= width {
		for i := range mn {
			out[i] = mn[i] * width / sumM
		}
		return out
	}
	extra := width - sumM
	for i := range nat {
		out[i] = mn[i] + extra*(nat[i]-mn[i])/(sumN-sumM)
	}
	return out
}

// image lays out an image scaled to the column width at x.
func (s *sheet) image(b extract.Block, x float64) []row {
	img, ok := s.images[b.Path]
	if !ok || b.Path == "" {
		label := placeholder(b)
		if label == "" {
			return nil
		}
		return s.paragraph(nil, []extract.Span{{Text: "[image: " + label + "]", Style: extract.Italic}}, x, b.Pos)
	}
	w := s.colW - x
	if b.Width > 0 {
		// The width the note asks for, "![[diagram.png|200]]", a pixel a
		// point as the sheet draws images, at most the column: a small
		// diagram the student sized stays small.
		w = min(float64(b.Width), w)
	}
	h := w * img.h / img.w
	if maxH := s.colH * 0.45; h > maxH {
		h = maxH
		w = h * img.w / img.h
	}
	if img.w < w && img.h < h && b.Width == 0 { // never enlarge beyond 1 px = 1 pt
		w, h = img.w, img.h
	}
	from := int32(len(s.textBuf))
	s.textBuf = append(s.textBuf, img.name...)
	return []row{{h: h + s.size*0.2, before: s.size * 0.3, give: h * (1 - minImageScale), ops: []op{{kind: opImage, x: x, y: s.size * 0.1, w: w, h: h, from: from, to: int32(len(s.textBuf))}}}}
}

// placeholder returns what the sheet prints in place of image b when it
// cannot draw it (missing, remote): its alternative text, else its file's
// name, "![](missing.png)" left its heading empty; "" when neither tells
// what it shows (see altSaysNothing, nameSaysNothing).
func placeholder(b extract.Block) string {
	if !altSaysNothing(b.Alt) && b.Alt != b.Src { // an embed, "![[Pasted image 2023….png]]", is its own alt
		return b.Alt
	}
	if name := imageName(b.Src); !nameSaysNothing(name) {
		return name
	}
	return ""
}

// withoutSilentImages returns blocks less the images the sheet prints
// nothing for, blocks itself when it has none. A heading over nothing but
// such images keeps them as one line, "[image]" or "[3 images]", so that
// the heading stays (see dropEmptyHeadings): "### Architecture" over a
// remote "![image](https://…/5678.png)" vanished from the sheet, and the
// student lost that the section was there.
func (s *sheet) withoutSilentImages(blocks []extract.Block) []extract.Block {
	var drop []int
	silent := func(b extract.Block) bool {
		if b.Kind != extract.Image {
			return false
		}
		_, ok := s.images[b.Path]
		return (!ok || b.Path == "") && placeholder(b) == ""
	}
	var out []extract.Block // blocks, copied once a run of silent images is kept
	for i := len(blocks) - 1; i >= 0; i-- {
		if !silent(blocks[i]) {
			continue
		}
		j := i // blocks[j:i+1] are silent images
		for j > 0 && silent(blocks[j-1]) {
			j--
		}
		first := j
		if j > 0 && blocks[j-1].Kind == extract.Heading && (i+1 == len(blocks) || blocks[i+1].Kind == extract.Heading) {
			if out == nil {
				out = slices.Clone(blocks)
			}
			label := "[image]"
			if n := i - j + 1; n > 1 {
				label = "[" + strconv.Itoa(n) + " images]"
			}
			out[j] = extract.Block{Kind: extract.Paragraph, Spans: []extract.Span{{Text: label, Style: extract.Italic}}, Pos: blocks[j].Pos}
			j++
		}
		for k := i; k >= j; k-- {
			drop = append(drop, k)
		}
		i = first
	}
	if out != nil {
		blocks = out
	}
	if drop == nil {
		return blocks
	}
	return without(blocks, drop)
}

// minImageScale is the least an image is scaled to, its proportions kept,
// to end the column it starts in rather than open the next (see
// pager.shrink): a column-wide diagram stays some 5 cm wide.
const minImageScale = 0.6

// quote lays out a block quote: its content indented behind a bar. It
// appends the rows to dst and returns it.
func (s *sheet) quote(dst []row, b extract.Block, x float64, depth int) []row {
	start := len(dst)
	in := x + s.size*0.8
	for k, c := range b.Blocks {
		from := len(dst)
		dst = s.block(dst, c, in, depth)
		if k > 0 && len(dst) > from && (b.Blocks[k-1].Kind == extract.Heading || introduces(b.Blocks[k-1], c)) {
			dst[from].link = true
		}
	}
	rows := dst[start:]
	for i := range rows {
		rows[i].ops = append(rows[i].ops, op{kind: opFill, color: cRule, x: x + s.size*0.2, y: -rows[i].before, w: s.size * 0.18, h: rows[i].h + rows[i].before})
	}
	return dst
}

// block lays out one block at x; it appends the rows to dst and returns it.
func (s *sheet) block(dst []row, b extract.Block, x float64, depth int) []row {
	start := len(dst)
	switch b.Kind {
	case extract.Heading:
		// Headings nested in lists or quotes are drawn as bold lines.
		dst = s.paragraph(dst, []extract.Span{{Text: extract.PlainText(b.Spans), Style: extract.Bold}}, x, b.Pos)
	case extract.Paragraph:
		dst = s.paragraph(dst, b.Spans, x, b.Pos)
		if len(dst) > start {
			dst[start].before = s.size * 0.25
		}
	case extract.List:
		dst = s.list(dst, b, x, depth)
		if len(dst) > start && depth == 0 {
			dst[start].before = s.size * 0.25
		}
	case extract.Code:
		dst = append(dst, s.code(b, x)...)
	case extract.Table:
		rows, wide := s.table(b, x)
		if wide {
			return s.block(dst, records(b), x, 0)
		}
		dst = append(dst, rows...)
	case extract.Image:
		dst = append(dst, s.image(b, x)...)
	case extract.Quote:
		dst = s.quote(dst, b, x, depth)
	case extract.Rule:
		dst = append(dst, row{h: s.size * 0.6, before: s.size * 0.2, ops: []op{{kind: opLine, color: cRule, x: x, y: s.size * 0.3, w: s.colW - x, size: 0.4}}})
	}
	return dst
}

// dropEmptyHeadings returns blocks without the headings that head nothing:
// a template's "## Learning outcomes" left empty took a heading's bar and
// its space, and printed nothing under it. A table of contents, which the
// sheet leaves out (see deck), is nothing: "## Table des matières" over
// its links printed as a bar over nothing; so is a rule ("## Navigate"
// over its links and a "---"). A heading over headings with
// content stays, and so do all headings with text of a note written in
// headings (see writtenInHeadings).
func dropEmptyHeadings(blocks []extract.Block) []extract.Block {
	var drop []int
	next := -1 // what follows: -1 the end, 0 content, else the level of a heading kept
	for i := len(blocks) - 1; i >= 0; i-- {
		switch b := blocks[i]; {
		case isTOC(b), b.Kind == extract.Rule:
		case b.Kind != extract.Heading:
			next = 0
		case next == -1 || next > 0 && next <= b.Level:
			drop = append(drop, i)
		default:
			next = b.Level
		}
	}
	if drop == nil {
		return blocks
	}
	if writtenInHeadings(blocks, len(drop)) {
		drop = slices.DeleteFunc(drop, func(i int) bool { return extract.PlainText(blocks[i].Spans) != "" })
	}
	return without(blocks, drop)
}

// without returns a copy of blocks less those at the indices in drop,
// which run from the last to the first; one pass, so that a sheet with
// thousands of empty headings is not copied once per heading.
func without(blocks []extract.Block, drop []int) []extract.Block {
	out := make([]extract.Block, 0, len(blocks)-len(drop))
	next := len(drop) - 1 // drop is in descending order: its end is the first to leave
	for i, b := range blocks {
		if next >= 0 && drop[next] == i {
			next--
			continue
		}
		out = append(out, b)
	}
	return out
}

// writtenInHeadings reports whether a note writes its content in
// headings: more than half of its headings are among the empty ones that
// head nothing, and these are at least as many as its other blocks. An
// outline written as headings, "## Clinical features:" over "### Nausea
// and vomiting" and "### Hx of alcohol use", or a list of exam topics,
// "## NS-Außenpolitik", has its facts in headings that head nothing, and
// the sheet lost them all; a template's unfilled sections, "## Learning
// Outcomes" after the lists that hold the note, are still left out.
func writtenInHeadings(blocks []extract.Block, empty int) bool {
	headings := 0
	for _, b := range blocks {
		if b.Kind == extract.Heading {
			headings++
		}
	}
	return 2*empty > headings && empty >= len(blocks)-headings
}

// headingStyles maps the heading levels a deck uses to styles: H1 is the
// banner and the other levels, outermost first, bar, rule and run-in.
func headingStyles(blocks []extract.Block) map[int]headingStyle {
	used := map[int]bool{}
	for _, b := range blocks {
		if b.Kind == extract.Heading {
			used[b.Level] = true
		}
	}
	var levels []int
	for l := range used {
		if l > 1 {
			levels = append(levels, l)
		}
	}
	sort.Ints(levels)
	m := map[int]headingStyle{1: hBanner}
	for i, l := range levels {
		m[l] = min(hBar+headingStyle(i), hRunIn)
	}
	return m
}

// deck lays out the deck with index di, its title first, into the pending
// rows, handing the pager each row that nothing to come can keep with the
// rows after it (see flushRows).
func (s *sheet) deck(d extract.Deck, di int) {
	own := false // the deck has laid out a row: the last pending one
	blocks := dropEmptyHeadings(s.withoutSilentImages(d.Outline))
	if !hasTitle(blocks, d.Title) {
		title := d.Title
		if title == "" {
			title = d.Name
		}
		start := len(s.pending)
		s.pending = append(s.pending, s.heading([]extract.Span{{Text: title}}, hBanner, extract.Pos{File: d.File, Line: 1})...)
		s.setDeck(start, di)
		own = len(s.pending) > start
	}
	styles := headingStyles(blocks)
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		var rest batch                                                                                        // the rest of a long block, laid out after the rows before it are placed
		s.arena, s.wordArena, s.runs, s.lineArena = s.arena[:0], s.wordArena[:0], s.runs[:0], s.lineArena[:0] // earlier blocks are laid out
		dst := s.pending
		start := len(dst)
		if isTOC(b) {
			continue // a table of contents: the sheet is its own
		}
		if b.Kind == extract.Rule && i > 0 && blocks[i-1].Kind == extract.Heading {
			// "### **CSS**" over "---": the heading draws its own bar or
			// rule, and the student's, a row the heading kept with it,
			// held no text to keep it from the column's foot.
			continue
		}
		if b.Kind == extract.Heading {
			st := styles[b.Level]
			if st == hRunIn && i+1 < len(blocks) && blocks[i+1].Kind == extract.Paragraph {
				// Run the heading into the paragraph that follows it.
				next := blocks[i+1]
				spans := append([]extract.Span{{Text: extract.PlainText(b.Spans) + " ", Style: extract.Bold}}, next.Spans...)
				if dst = s.paragraph(dst, spans, 0, b.Pos); len(dst) > start {
					dst[start].before = s.size * 0.35
				}
				i++
			} else {
				dst = append(dst, s.heading(b.Spans, st, b.Pos)...)
			}
		} else if i+1 < len(blocks) && blocks[i+1].Kind == extract.List && isLabel(b) {
			// A short plain line over a list labels it: make it bold.
			if dst = s.paragraph(dst, []extract.Span{{Text: b.Spans[0].Text, Style: extract.Term}}, 0, b.Pos); len(dst) > start {
				dst[start].before = s.size * 0.3
			}
		} else if rest = s.batches(b); rest != nil {
			var done bool
			if dst, done = rest(dst); done {
				rest = nil
			}
		} else {
			dst = s.block(dst, b, 0, 0)
		}
		s.pending = dst
		if len(dst) == start {
			continue
		}
		br := dst[start:]
		if own && dst[start-1].head {
			br[0].link = true
			br[0].before = min(br[0].before, s.size*0.2)
		}
		// An introducing line ("Keys:") stays with what it introduces, a
		// command with the quote that says what it does.
		if i > 0 && (introduces(blocks[i-1], b) || captions(blocks[i-1], b)) {
			br[0].link = true
		}
		s.setDeck(start, di)
		own = true
		s.flushRows()
		for done := rest == nil; !done; {
			s.arena, s.wordArena, s.runs, s.lineArena = s.arena[:0], s.wordArena[:0], s.runs[:0], s.lineArena[:0]
			start := len(s.pending)
			s.pending, done = rest(s.pending)
			s.setDeck(start, di)
			s.flushRows()
		}
	}
}

// batchItems is how many items of a list the sheet lays out at a time.
const batchItems = 64

// A batch lays out the next items of a long block, appending their rows to
// dst; done is true once it has laid out the last.
type batch func(dst []row) (out []row, done bool)

// batches returns the batch that lays out b, a list or a table, at the left
// edge a few items at a time, or nil for other blocks. The pager places each
// batch's rows before the next is laid out: laid out whole, a table of 20,000
// rows and 100 columns took 5 GB.
func (s *sheet) batches(b extract.Block) batch {
	switch b.Kind {
	case extract.List:
		mw, i := s.markerWidth(b), 0
		return func(dst []row) ([]row, bool) {
			start, j := len(dst), min(i+batchItems, len(b.Items))
			dst = s.items(dst, b, b.Items[i:j], i, 0, mw, 0)
			done := j == len(b.Items)
			if i == 0 {
				s.opened(dst, start, done)
			}
			i = j
			return dst, done
		}
	case extract.Table:
		g, wide := s.grid(b, 0)
		if !wide {
			i := 0
			return func(dst []row) ([]row, bool) {
				j := min(i+batchItems, g.rows)
				dst = s.gridRows(dst, &g, i, j)
				i = j
				return dst, i == g.rows
			}
		}
		list := extract.Block{Kind: extract.List, Pos: b.Pos}
		mw, i := s.markerWidth(list), 0
		var items []extract.Item
		if head, ok := recordsHead(b); ok {
			items = append(items, head)
		}
		return func(dst []row) ([]row, bool) {
			first, start := i == 0, len(dst)
			for ; i < len(b.Rows) && len(items) < batchItems; i++ {
				if it, ok := record(b, b.Rows[i]); ok {
					items = append(items, it)
				}
			}
			dst = s.items(dst, list, items, 0, 0, mw, 0)
			items = items[:0]
			done := i == len(b.Rows)
			if first {
				s.opened(dst, start, done)
			}
			return dst, done
		}
	}
	return nil
}

// opened spaces the first rows of a list laid out from start, as block does
// for a list at the left edge; a short list (see short), done in one
// batch, is kept in one column.
func (s *sheet) opened(dst []row, start int, done bool) {
	if len(dst) > start {
		dst[start].before = s.size * 0.25
	}
	if done && s.short(dst[start:]) {
		linkAll(dst[start:])
	}
}

// setDeck marks the pending rows from start on as the deck di's.
func (s *sheet) setDeck(start, di int) {
	for j := start; j < len(s.pending); j++ {
		s.pending[j].deck = int32(di)
	}
}

// introduces reports whether prev, a block laid out, belongs with the first
// line of next, the block after it: a paragraph over a list, a table or code
// ("Keys:", "Here is the function:"), a line all in bold over anything,
// which heads it as a heading would ("**Set-Cookie**" over its table, a
// callout's title over its text), and a line that ends in a colon over
// anything ("We therefore have by corollary 2 that:" over its formula, a
// list's "- Therefore, the number of schedules is:" over the paragraph
// below). A callout's "**Step 3: Subnet Allocation Table**" was printed at
// the foot of a column, its table at the top of the next. A short plain
// line over a paragraph heads it too: "Table Operations" over its SQL
// commands ended a column (cmds13/schlopshow-sql-commands).
func introduces(prev, next extract.Block) bool {
	if t := strings.TrimRight(lastText(prev), " "); strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
		return true
	}
	if prev.Kind != extract.Paragraph {
		return false
	}
	switch next.Kind {
	case extract.List, extract.Table, extract.Code:
		return true
	case extract.Paragraph:
		if isLabel(prev) {
			return true
		}
	}
	for _, sp := range prev.Spans {
		if sp.Style&(extract.Bold|extract.Term) == 0 || sp.Style&extract.Break != 0 {
			return false
		}
	}
	return len(prev.Spans) > 0
}

// captions reports whether next, a quote, says what prev, a code block,
// does: "    $ make build" over "> [!note] builds the binary", "```git
// status```" over "> 작업 디렉터리 상태 확인". The command was printed at
// the foot of a column and what it does at the top of the next.
func captions(prev, next extract.Block) bool {
	return prev.Kind == extract.Code && next.Kind == extract.Quote
}

// lastText returns the text of the last span of b, a paragraph or a list
// (the last of its last item), or "" for other blocks.
func lastText(b extract.Block) string {
	switch b.Kind {
	case extract.Paragraph:
		if n := len(b.Spans); n > 0 {
			return b.Spans[n-1].Text
		}
	case extract.List:
		if n := len(b.Items); n > 0 {
			it := b.Items[n-1]
			if k := len(it.Blocks); k > 0 {
				return lastText(it.Blocks[k-1])
			}
			if k := len(it.Spans); k > 0 {
				return it.Spans[k-1].Text
			}
		}
	}
	return ""
}

// maxLabelRunes is the longest paragraph taken as the label of the list below it.
const maxLabelRunes = 60

// isLabel reports whether b is one short line of plain text.
func isLabel(b extract.Block) bool {
	if b.Kind != extract.Paragraph || len(b.Spans) != 1 || b.Spans[0].Style != 0 {
		return false
	}
	t := b.Spans[0].Text
	return utf8.RuneCountInString(t) <= maxLabelRunes && !strings.HasSuffix(t, ".")
}

// titlePos returns where the title of deck d, printed in the page header,
// comes from: the H1 that reads it, else the first line of the note (its
// front matter's title:, or the file name or --deck).
func titlePos(d extract.Deck) extract.Pos {
	for _, b := range d.Outline {
		if b.Kind == extract.Heading && b.Level == 1 && extract.PlainText(b.Spans) == d.Title {
			return b.Pos
		}
	}
	return extract.Pos{File: d.File, Line: 1}
}

// hasTitle reports whether the outline opens with an H1, or has one
// reading title, so the deck needs no banner of its own.
func hasTitle(blocks []extract.Block, title string) bool {
	for i, b := range blocks {
		if b.Kind == extract.Heading && b.Level == 1 && (i == 0 || extract.PlainText(b.Spans) == title) {
			return true
		}
	}
	return false
}

// isTOC reports whether b is a list of links to anchors in the note.
func isTOC(b extract.Block) bool {
	if b.Kind != extract.List {
		return false
	}
	for _, it := range b.Items {
		if len(it.Spans) != 1 || it.Spans[0].Style&extract.Link == 0 || !strings.HasPrefix(it.Spans[0].URL, "#") {
			return false
		}
		for _, c := range it.Blocks {
			if !isTOC(c) {
				return false
			}
		}
	}
	return len(b.Items) > 0
}

// A placed row is a row at a position on a page.
type placed struct {
	col   int
	y     float64 // top, from the content area's top
	r     row
	again bool // a table's header drawn again over the rows under it
}

// A pager flows rows into columns and pages, keeping linked rows together
// when they fit in one column and never leaving a heading at a column's
// foot. It is given the rows in runs that end where a chunk of rows kept
// together ends, and hands each full page to emit, which must not keep it.
type pager struct {
	cols  int
	colH  float64
	col   int
	y     float64
	page  []placed // the rows on the page being filled
	pages int      // pages handed to emit
	emit  func(page []placed)
	fixed bool // images keep their size: balance places rows placed once already
}

// next moves to the next column, or to the next page after the last column.
func (p *pager) next() {
	p.col++
	p.y = 0
	if p.col == p.cols {
		p.emit(p.page)
		p.pages++
		p.page = p.page[:0]
		p.col = 0
	}
}

// put places r at the foot of the current column, under its table's header
// when it opens the column.
func (p *pager) put(r *row) {
	if p.y == 0 && r.repeat != nil {
		h := *r.repeat
		h.deck = r.deck
		h.ops = slices.Clone(h.ops) // compactText moves the placed copy and the pending header apart
		p.page = append(p.page, placed{col: p.col, y: p.y, r: h, again: true})
		p.y += h.h
	}
	if p.y > 0 {
		p.y += r.before
	}
	p.page = append(p.page, placed{col: p.col, y: p.y, r: *r})
	p.y += r.h
}

// chunkHeight returns the height of rows in one column, with the space
// above the first unless it starts the column.
func chunkHeight(rows []row, atTop bool) float64 {
	h := 0.0
	for i := range rows {
		if i > 0 || !atTop {
			h += rows[i].before
		}
		h += rows[i].h
	}
	return h
}

// add places rows, whose last chunk of rows kept together is complete.
func (p *pager) add(rows []row) {
	for i := 0; i < len(rows); {
		j := i + 1
		for j < len(rows) && (rows[j].link || rows[j-1].head) {
			j++
		}
		chunk := rows[i:j]
		switch over := p.y + chunkHeight(chunk, p.y == 0) - p.colH - 0.01; {
		case over <= 0:
		case p.y > 0 && over <= p.slack(chunk):
			chunk = p.shrink(chunk, over)
		case chunkHeight(chunk, true) <= p.colH+0.01:
			p.next()
		default:
			// Too tall for any column: split it, but start a new column
			// rather than leave a heading and its first lines at the foot.
			k := 0
			for k < len(chunk) && chunk[k].head {
				k++
			}
			k = min(k+2, len(chunk))
			if p.y > 0 && p.y+chunkHeight(chunk[:k], false) > p.colH+0.01 {
				p.next()
			}
			for c := range chunk {
				r := &chunk[c]
				if over := p.y + r.before + r.h - p.colH - 0.01; p.y > 0 && over > 0 {
					if over <= p.slack(chunk[c:c+1]) {
						r = &p.shrink(chunk[c:c+1], over)[0]
					} else {
						p.next()
					}
				}
				p.put(r)
			}
			i = j
			continue
		}
		for c := range chunk {
			p.put(&chunk[c])
		}
		i = j
	}
}

// slack returns how much shorter the images among rows may make them: a
// chunk that overflows the column by no more ends it, its images smaller,
// rather than leave a gap at the column's foot and open the next one (an
// anatomy note's nerve diagrams left a third of the column empty, and
// added a page). Balance keeps the sizes placed.
func (p *pager) slack(rows []row) float64 {
	if p.fixed {
		return 0
	}
	t := 0.0
	for i := range rows {
		t += rows[i].give
	}
	return t
}

// shrink returns a copy of rows whose images give up cut points of height
// between them, each its share of their slack, keeping their proportions.
func (p *pager) shrink(rows []row, cut float64) []row {
	rows = slices.Clone(rows)
	k := cut / p.slack(rows)
	for i := range rows {
		r := &rows[i]
		if r.give == 0 {
			continue
		}
		c := r.give * k
		r.ops = slices.Clone(r.ops)
		for j := range r.ops {
			if o := &r.ops[j]; o.kind == opImage {
				o.w *= (o.h - c) / o.h
				o.h -= c
			}
		}
		r.h -= c
		r.give -= c
	}
	return rows
}

// finish balances the last page's columns (see balance) and hands it to
// emit, if it has rows.
func (p *pager) finish() {
	if len(p.page) > 0 {
		p.balance()
		p.emit(p.page)
		p.pages++
		p.page = p.page[:0]
	}
}
