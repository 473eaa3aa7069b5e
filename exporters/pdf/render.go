package pdf

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/extract"
)

// fontStep is how much Pages shrinks the font size at a time.
const fontStep = 0.25

// setSize computes the page geometry and metrics for body text at size pt.
func (s *sheet) setSize(size float64) {
	c := s.cfg
	s.size = size
	s.lh = lineHeight(size)
	hs := max(size, 6.5)
	s.headerH = hs * 2.1
	s.footerH = hs * 1.9
	s.gap = max(size*1.6, 8)
	s.left = c.Margin
	s.top = c.Margin + s.headerH
	s.colW = (c.pageW - 2*c.Margin - float64(s.cols-1)*s.gap) / float64(s.cols)
	s.colH = c.pageH - 2*c.Margin - s.headerH - s.footerH
}

// countPages lays out every deck at size and returns how many pages they fill.
func (s *sheet) countPages(decks []extract.Deck, size float64) int {
	s.setSize(size)
	s.textKeep = 0
	s.counting = true
	defer func() { s.counting = false }()
	return s.flow(decks, func([]placed) {})
}

// flow lays out every deck at the current size and flows the rows into
// columns and pages as it goes, handing each full page to emit; it returns
// the page count. Only the rows of the page being filled, and those that
// may yet be kept with rows to come, stay in memory.
func (s *sheet) flow(decks []extract.Deck, emit func(page []placed)) int {
	s.pager = pager{cols: s.cols, colH: s.colH, page: s.pager.page[:0], emit: emit}
	s.pending, s.chainTop = s.pending[:0], -1
	s.textBuf = s.textBuf[:s.textKeep]
	for i, d := range decks {
		s.deck(d, i)
	}
	s.pager.add(s.pending)
	s.pending = s.pending[:0]
	s.pager.finish()
	return s.pager.pages
}

// flushRows hands the pager the pending rows up to the last chunk of rows
// kept together, which rows to come may still join, and drops the text of
// the rows it has drawn. The rows it leaves pending are one such chunk, and
// whether a row is kept with the one before depends on the two rows alone:
// so the search stops at the last row it left (chainTop). A run of
// thousands of headings, each kept with the next, is searched once, not
// once per heading.
func (s *sheet) flushRows() {
	rows := s.pending
	j := len(rows) - 1
	for j > 0 && j != s.chainTop && (rows[j].link || rows[j-1].head) {
		j--
	}
	if j == s.chainTop {
		j = 0
	}
	if j > 0 {
		s.pager.add(rows[:j])
		s.pending = rows[:copy(rows, rows[j:])]
	}
	s.chainTop = len(s.pending) - 1
	if j > 0 {
		s.compactText()
	}
}

// textSlack is how much text of rows already drawn the text buffer may hold
// before compactText drops it.
const textSlack = 64 << 10

// compactText moves the text of the rows not drawn yet to the front of the
// text buffer, after the labels every page draws, once the buffer holds
// textSlack bytes more than that.
func (s *sheet) compactText() {
	if len(s.textBuf) < s.textKeep+textSlack {
		return
	}
	b := append(s.textSpare[:0], s.textBuf[:s.textKeep]...)
	move := func(r *row) {
		for i := range r.ops {
			if o := &r.ops[i]; o.kind == opText || o.kind == opImage {
				from := len(b)
				b = append(b, s.textBuf[o.from:o.to]...)
				o.from, o.to = int32(from), int32(len(b))
			}
		}
	}
	moved := map[*row]bool{} // a table's header, shared by its rows
	moveHead := func(h *row) {
		if h != nil && !moved[h] {
			moved[h] = true
			move(h)
		}
	}
	// The rows placed keep their header too: balance may place them
	// again, under it.
	for i := range s.pager.page {
		move(&s.pager.page[i].r)
		moveHead(s.pager.page[i].r.repeat)
	}
	for i := range s.pending {
		move(&s.pending[i])
		moveHead(s.pending[i].repeat)
	}
	s.textSpare, s.textBuf = s.textBuf, b
}

// fit finds the font size, shrinking it in fontStep steps down to the
// minimum when Pages limits the page count, or a little to save a nearly
// empty last page when it does not (see trimmedSize), then draws the
// decks at it.
func (s *sheet) fit(decks []extract.Deck) error {
	c := s.cfg
	s.setSize(c.FontSize)
	if c.Pages > 0 && s.countPages(decks, c.FontSize) > c.Pages {
		// The largest size on the grid FontSize - k·fontStep that fits,
		// found by bisection (page count falls as the size does).
		lo := 0                                                           // steps known not to fit
		hi := int(math.Floor((c.FontSize-c.MinFontSize)/fontStep + 1e-9)) // smallest size
		small := s.countPages(decks, c.FontSize-float64(hi)*fontStep)
		if small > c.Pages {
			return fmt.Errorf("cheat sheet needs %d pages at the minimum font size %g pt, more than --pages %d: allow more pages, more columns, a smaller --min-font-size or a smaller margin", small, c.FontSize-float64(hi)*fontStep, c.Pages)
		}
		for hi-lo > 1 {
			mid := (lo + hi) / 2
			if s.countPages(decks, c.FontSize-float64(mid)*fontStep) <= c.Pages {
				hi = mid
			} else {
				lo = mid
			}
		}
		s.setSize(c.FontSize - float64(hi)*fontStep)
	} else if c.Pages == 0 {
		s.setSize(s.trimmedSize(decks))
	}
	if err := s.ready(); err != nil {
		return err
	}
	s.draw(decks)
	return nil
}

// draw lays out the decks and draws each page as it fills, with header
// and footer. A page's footer, "page X of N", is the Form XObject /FootX,
// which footerForms writes once the page count is known (see deflate).
func (s *sheet) draw(decks []extract.Deck) {
	c := s.cfg
	date := time.Unix(c.Time, 0).UTC().Format("2 Jan 2006")
	hs := max(s.size, 6.5)
	// Each page's header names the deck at its top. The labels' text stays
	// at the front of textBuf, their runs are copied out of the layout's.
	s.textBuf = s.textBuf[:0]
	s.titles = make([]textLine, max(len(decks), 1))
	for i, d := range decks {
		s.titles[i] = s.label(s.fitText(s.labelText(d.Title, fBold, titlePos(d)), fBold, hs, c.pageW/2), fBold, cHeading, hs, titlePos(d))
		s.titles[i].runs = slices.Clone(s.titles[i].runs)
	}
	dl := s.label(date, fRegular, cMuted, hs, extract.Pos{})
	dl.runs = slices.Clone(dl.runs)
	s.textKeep = len(s.textBuf)
	pi := 0
	s.flow(decks, func(page []placed) {
		s.addPage()
		cur := drawState{font: 255}
		// Header: title left, date right, a rule below.
		y := c.Margin + hs
		title := s.titles[0]
		if len(page) > 0 {
			title = s.titles[page[0].r.deck]
		}
		s.drawLabel(&cur, title, c.Margin, y)
		s.drawLabel(&cur, dl, c.pageW-c.Margin-dl.w, y)
		s.line(&cur, cRule, 0.5, c.Margin, c.Margin+hs*1.45, c.pageW-c.Margin, c.Margin+hs*1.45)
		// Footer: the form that draws "page X of N" (see footerForms).
		pi++
		s.page = append(s.page, "/Foot"...)
		s.page = strconv.AppendInt(s.page, int64(pi), 10)
		s.page = append(s.page, " Do\n"...)
		// Column separators.
		for col := 1; col < s.cols; col++ {
			x := s.left + float64(col)*(s.colW+s.gap) - s.gap/2
			s.line(&cur, cCodeBg, 0.5, x, s.top, x, s.top+s.colH)
		}
		for _, pl := range page {
			x0 := s.left + float64(pl.col)*(s.colW+s.gap)
			y0 := s.top + pl.y
			for _, o := range pl.r.ops {
				switch o.kind {
				case opText:
					s.text(&cur, o.font, o.color, o.bold, o.size, x0+o.x, y0+o.y, s.textBuf[o.from:o.to])
				case opFill:
					s.fill(&cur, o.color, x0+o.x, y0+o.y, o.w, o.h)
				case opLine:
					w := o.size
					if w == 0 {
						w = 0.4
					}
					s.line(&cur, o.color, w, x0+o.x, y0+o.y, x0+o.x+o.w, y0+o.y+o.h)
				case opImage:
					s.drawImage(string(s.textBuf[o.from:o.to]), x0+o.x, y0+o.y, o.w, o.h)
				}
			}
		}
	})
	if pi == 0 {
		s.addPage()
	}
	s.footerForms(pi, hs)
}

// footerForms writes the content of the footer of each of n pages, "page X
// of n" centred at size hs*0.9, to the footers.
func (s *sheet) footerForms(n int, hs float64) {
	c := s.cfg
	page := s.page
	s.page = s.footers.data[:0]
	s.footers.ends = s.footers.ends[:0]
	for i := 1; i <= n; i++ {
		foot := s.label(fmt.Sprintf("page %d of %d", i, n), fRegular, cMuted, hs*0.9, extract.Pos{})
		s.drawLabel(&drawState{font: 255}, foot, (c.pageW-foot.w)/2, c.pageH-c.Margin-hs*0.3)
		s.footers.ends = append(s.footers.ends, len(s.page))
	}
	s.footers.data, s.page = s.page, page
}

// drawLabel draws a line from label with its baseline at y.
func (s *sheet) drawLabel(st *drawState, l textLine, x, y float64) {
	for _, ru := range l.runs {
		s.text(st, ru.font, ru.color, ru.bold, ru.size, x+ru.x, y, s.textBuf[ru.from:ru.to])
	}
}

// labelText returns the text of a page header's or flashcard's label as
// the body prints it: emoji shortcodes as their emoji, text of a script
// the fonts lack as its name ("[Thai text]", see namedScripts), recorded
// at pos. A title in Thai printed a row of "�" above its body's "[Thai text]".
func (s *sheet) labelText(t string, f fontID, pos extract.Pos) string {
	return s.namedScripts(extract.Emoji(t), f, pos)
}

// fitText shortens t with an ellipsis to fit width; it measures each
// character once.
func (s *sheet) fitText(t string, f fontID, size, width float64) string {
	fc := s.faces[f]
	if fc.measure(t, size) <= width {
		return t
	}
	limit := width - fc.measure("…", size)
	w := 0.0
	for i, r := range t {
		w += float64(max(fc.width(r), 0)) * size / 1000
		if w > limit {
			return t[:i] + "…"
		}
	}
	return t
}

// drawState remembers the PDF's current font and colors to skip redundant
// changes. Text and fills share one color, the ink.
type drawState struct {
	font      fontID
	size      float64
	ink       color
	lineColor color
	lineWidth float64
	set       uint8 // which colors are set: 1 ink, 4 line
}

// setInk makes c the color of text and fills.
func (s *sheet) setInk(st *drawState, c color) {
	if st.set&1 != 0 && st.ink == c {
		return
	}
	s.page = append(s.page, inkOps[c]...)
	st.ink = c
	st.set |= 1
}

// inkOps are the operators that set each palette color for text and fills.
var inkOps = func() (ops [len(palette)]string) {
	for i, rgb := range palette {
		ops[i] = fmt.Sprintf("%.3f %.3f %.3f rg\n", float64(rgb[0])/255, float64(rgb[1])/255, float64(rgb[2])/255)
	}
	return ops
}()

// text draws t with its baseline at y; characters were cleaned during layout.
// Bold text in a face that is not bold, as a CJK font the sheet took for
// both weights, has its outline stroked too (see fakeBold): a Korean heading
// printed at the weight of the body.
func (s *sheet) text(st *drawState, f fontID, c color, bold bool, size, x, y float64, t []byte) {
	if len(t) == 0 {
		return
	}
	if st.font != f || st.size != size {
		s.setFont(f, size)
		st.font, st.size = f, size
	}
	s.setInk(st, c)
	drawn := s.drawn[f]
	if drawn == nil {
		drawn = make([]bool, 0x10000)
		s.drawn[f] = drawn
	}
	fake := bold && !s.boldFace[f]
	if fake {
		s.setStroke(st, c, size*fakeBold)
		s.page = append(s.page, "2 Tr\n"...)
	}
	s.page = appendTextOp(s.page, x, s.cfg.pageH-y, t, drawn)
	s.page = append(s.page, '\n')
	if fake {
		s.page = append(s.page, "0 Tr\n"...)
	}
}

// fakeBold is the width of the stroke around the glyphs of bold text in a
// face that has no bold, in ems: the letters are that much thicker, and as
// wide apart as the face sets them.
const fakeBold = 0.03

// appendTextOp appends the operator gofpdf's Text writes for t at (x, y) in
// PDF coordinates (points from the bottom left): the text as escaped UTF-16BE.
// It marks the characters of t in drawn, for the font subset (see
// registerChars); layout keeps characters above U+FFFF out of the text.
func appendTextOp(b []byte, x, y float64, t []byte, drawn []bool) []byte {
	b = append(b, "BT "...)
	b = appendFixed2(b, x)
	b = append(b, ' ')
	b = appendFixed2(b, y)
	b = append(b, " Td ("...)
	b = slices.Grow(b, 3*len(t)+len(") Tj ET")) // at most 3 bytes a byte of t
	for i := 0; i < len(t); {
		if c := t[i]; c < utf8.RuneSelf {
			i++
			drawn[c] = true
			if e := textEscapes[c]; e != 0 {
				b = append(b, 0, '\\', e)
			} else {
				b = append(b, 0, c)
			}
			continue
		}
		r, n := utf8.DecodeRune(t[i:])
		i += n
		if r < 0x10000 {
			drawn[r] = true
		}
		for _, c := range [2]byte{byte(r >> 8), byte(r)} {
			switch c {
			case '\\', '(', ')':
				b = append(b, '\\', c)
			case '\r':
				b = append(b, '\\', 'r')
			default:
				b = append(b, c)
			}
		}
	}
	return append(b, ") Tj ET"...)
}

// textEscapes holds, for each ASCII character that a PDF string must escape,
// the character written after the backslash.
var textEscapes = [utf8.RuneSelf]byte{'\\': '\\', '(': '(', ')': ')', '\r': 'r'}

// fill draws a filled rectangle.
func (s *sheet) fill(st *drawState, c color, x, y, w, h float64) {
	s.setInk(st, c)
	s.page = appendRectOp(s.page, x, y, w, h, s.cfg.pageH)
}

// line draws a line of width w.
func (s *sheet) line(st *drawState, c color, w, x1, y1, x2, y2 float64) {
	s.setStroke(st, c, w)
	s.page = appendLineOp(s.page, x1, y1, x2, y2, s.cfg.pageH)
}

// setStroke makes c and w the color and width of the strokes that follow.
func (s *sheet) setStroke(st *drawState, c color, w float64) {
	if st.set&4 == 0 || st.lineColor != c {
		s.setDrawColor(c)
		st.lineColor = c
		st.set |= 4
	}
	if st.lineWidth != w {
		s.setLineWidth(w)
		st.lineWidth = w
	}
}
