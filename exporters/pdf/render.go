package pdf

import (
	"fmt"
	"math"
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

// layout lays out every deck at size and returns the pages; their text is
// in a new textBuf. A large outline is laid out in two halves at once.
func (s *sheet) layout(decks []extract.Deck, size float64) [][]placed {
	s.setSize(size)
	sd, sk := len(decks), 0 // the second half starts at block sk of deck sd
	texts := make([]int, len(decks))
	total := 0
	for i, d := range decks {
		texts[i], _ = outlineSize(d.Outline)
		total += texts[i]
	}
	if total >= minSplitText {
		sd, sk = splitPoint(decks, texts, total/2)
	}
	var other *sheet
	var rowsB []row
	s.textB = nil
	done := make(chan struct{})
	if sd < len(decks) {
		other = s.fork()
		go func() {
			defer close(done)
			rowsB = other.layoutRange(decks, sd, sk, len(decks), 0, 0)
		}()
	} else {
		close(done)
	}
	// The first half's rows have room for the second's, joined after.
	_, spare := estimate(decks, sd, sk, len(decks), 0, s.size/s.colW)
	rows := s.layoutRange(decks, 0, 0, sd, sk, spare)
	<-done
	if other != nil {
		rows = s.join(rows, rowsB, other, sd, sk)
	}
	return s.paginate(rows)
}

// minSplitText is the size of text from which layout works on two halves.
const minSplitText = 256 << 10

// splitPoint returns where the second half of the text starts, after about
// half bytes: at block k of deck d, at a block that follows no heading (a
// heading can run into the block after it); k is 0 to split between decks.
func splitPoint(decks []extract.Deck, texts []int, half int) (d, k int) {
	acc := 0
	for i, dk := range decks {
		if acc+texts[i] < half {
			acc += texts[i]
			continue
		}
		for j := range dk.Outline {
			if acc >= half && j > 0 && dk.Outline[j-1].Kind != extract.Heading {
				return i, j
			}
			t, _ := outlineSize(dk.Outline[j : j+1])
			acc += t
		}
		return i + 1, 0
	}
	return len(decks), 0
}

// estimate returns about how many bytes of text and how many rows decks
// make from block fromK of deck fromD up to block toK of deck toD
// (excluded), when the font size is ratio times the column width.
func estimate(decks []extract.Deck, fromD, fromK, toD, toK int, ratio float64) (text, rows int) {
	units := 0
	for i := fromD; i <= toD && i < len(decks); i++ {
		from, to := 0, len(decks[i].Outline)
		if i == fromD {
			from = fromK
		}
		if i == toD {
			to = toK
		}
		t, u := outlineSize(decks[i].Outline[from:to])
		text, units = text+t, units+u+1
	}
	// The runs hold the text once, with labels; a byte takes about half an
	// em, and each block and item ends in half a line on average.
	return text + text/16 + 4096, int(float64(text)*0.5*ratio) + units/2
}

// layoutRange lays out decks from block fromK of deck fromD up to block toK
// of deck toD (excluded), in a new textBuf, and returns the rows, with room
// for spare more.
func (s *sheet) layoutRange(decks []extract.Deck, fromD, fromK, toD, toK, spare int) []row {
	text, nrows := estimate(decks, fromD, fromK, toD, toK, s.size/s.colW)
	s.textBuf = make([]byte, 0, text)
	rows := make([]row, 0, nrows+spare)
	for i := fromD; i <= toD && i < len(decks); i++ {
		from, to := 0, len(decks[i].Outline)
		if i == fromD {
			from = fromK
		}
		if i == toD {
			to = toK
		}
		if from == to && (from > 0 || i == toD) {
			continue
		}
		start := len(rows)
		rows = s.deck(rows, decks[i], from, to)
		for j := start; j < len(rows); j++ {
			rows[j].deck = int32(i)
		}
	}
	return rows
}

// fork returns a sheet to lay out text on another goroutine: the same
// settings and geometry, its own buffers and font caches.
func (s *sheet) fork() *sheet {
	o := *s
	for i, f := range s.faces {
		if f != nil {
			o.faces[i] = f.clone()
		}
	}
	o.arena, o.wordArena, o.runs, o.lineArena, o.textBuf = nil, nil, nil, nil, nil
	o.missing, o.missingOrder = map[rune]bool{}, nil
	return &o
}

// join appends rowsB, laid out by other from block sk of deck sd on, to
// rows, as if one sheet had laid out both: their text becomes textB, their
// missing characters join the warnings, and a heading at the end of rows
// keeps the first row of rowsB with it.
func (s *sheet) join(rows, rowsB []row, other *sheet, sd, sk int) []row {
	s.textB = other.textBuf
	for i := range rowsB {
		rowsB[i].second = true
	}
	for _, m := range other.missingOrder {
		s.missingGlyph(m.r, m.pos)
	}
	if n := len(rows); sk > 0 && n > 0 && len(rowsB) > 0 && int(rows[n-1].deck) == sd && int(rowsB[0].deck) == sd && rows[n-1].head {
		rowsB[0].link = true
		rowsB[0].before = min(rowsB[0].before, s.size*0.2)
	}
	return append(rows, rowsB...)
}

// fit lays the decks out at the font size, shrinking it in fontStep steps
// down to the minimum when Pages limits the page count, then draws them.
func (s *sheet) fit(decks []extract.Deck) error {
	c := s.cfg
	pages := s.layout(decks, c.FontSize)
	if c.Pages > 0 && len(pages) > c.Pages {
		// The largest size on the grid FontSize - k·fontStep that fits,
		// found by bisection (page count falls as the size does).
		lo := 0                                                           // steps known not to fit
		hi := int(math.Floor((c.FontSize-c.MinFontSize)/fontStep + 1e-9)) // smallest size
		small := s.layout(decks, c.FontSize-float64(hi)*fontStep)
		text, textB := s.textBuf, s.textB
		if len(small) > c.Pages {
			return fmt.Errorf("cheat sheet needs %d pages at the minimum font size %g pt, more than --pages %d: allow more pages, more columns, a smaller --min-font-size or a smaller margin", len(small), c.FontSize-float64(hi)*fontStep, c.Pages)
		}
		best := small
		for hi-lo > 1 {
			mid := (lo + hi) / 2
			p := s.layout(decks, c.FontSize-float64(mid)*fontStep)
			if len(p) <= c.Pages {
				hi, best, text, textB = mid, p, s.textBuf, s.textB
			} else {
				lo = mid
			}
		}
		pages, s.textBuf, s.textB = best, text, textB
		s.setSize(c.FontSize - float64(hi)*fontStep)
	}
	if err := s.ready(); err != nil {
		return err
	}
	s.draw(decks, pages)
	return nil
}

// draw renders the laid-out pages with header and footer.
func (s *sheet) draw(decks []extract.Deck, pages [][]placed) {
	c := s.cfg
	date := time.Unix(c.Time, 0).UTC().Format("2 Jan 2006")
	hs := max(s.size, 6.5)
	// Each page's header names the deck at its top.
	s.titles = make([]textLine, max(len(decks), 1))
	for i, d := range decks {
		s.titles[i] = s.label(s.fitText(d.Title, fBold, hs, c.pageW/2), fBold, cHeading, hs)
	}
	cur := drawState{font: 255}
	for pi, page := range pages {
		s.addPage()
		cur = drawState{font: 255}
		// Header: title left, date right, a rule below.
		y := c.Margin + hs
		dl := s.label(date, fRegular, cMuted, hs)
		title := s.titles[0]
		if len(page) > 0 {
			title = s.titles[page[0].r.deck]
		}
		s.drawLabel(&cur, title, c.Margin, y)
		s.drawLabel(&cur, dl, c.pageW-c.Margin-dl.w, y)
		s.line(&cur, cRule, 0.5, c.Margin, c.Margin+hs*1.45, c.pageW-c.Margin, c.Margin+hs*1.45)
		// Footer: page X of Y, centred.
		foot := s.label(fmt.Sprintf("page %d of %d", pi+1, len(pages)), fRegular, cMuted, hs*0.9)
		s.drawLabel(&cur, foot, (c.pageW-foot.w)/2, c.pageH-c.Margin-hs*0.3)
		// Column separators.
		for col := 1; col < s.cols; col++ {
			x := s.left + float64(col)*(s.colW+s.gap) - s.gap/2
			s.line(&cur, cCodeBg, 0.5, x, s.top, x, s.top+s.colH)
		}
		for _, pl := range page {
			text := s.textBuf
			if pl.r.second {
				text = s.textB
			}
			x0 := s.left + float64(pl.col)*(s.colW+s.gap)
			y0 := s.top + pl.y
			for _, o := range pl.r.ops {
				switch o.kind {
				case opText:
					s.text(&cur, o.font, o.color, o.size, x0+o.x, y0+o.y, text[o.from:o.to])
				case opFill:
					s.fill(&cur, o.color, x0+o.x, y0+o.y, o.w, o.h)
				case opLine:
					w := o.size
					if w == 0 {
						w = 0.4
					}
					s.line(&cur, o.color, w, x0+o.x, y0+o.y, x0+o.x+o.w, y0+o.y+o.h)
				case opImage:
					s.drawImage(string(text[o.from:o.to]), x0+o.x, y0+o.y, o.w, o.h)
				}
			}
		}
	}
	if len(pages) == 0 {
		s.addPage()
	}
}

// drawLabel draws a line from label with its baseline at y.
func (s *sheet) drawLabel(st *drawState, l textLine, x, y float64) {
	for _, ru := range l.runs {
		s.text(st, ru.font, ru.color, ru.size, x+ru.x, y, s.textBuf[ru.from:ru.to])
	}
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
func (s *sheet) text(st *drawState, f fontID, c color, size, x, y float64, t []byte) {
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
	s.page = appendTextOp(s.page, x, s.cfg.pageH-y, t, drawn)
	s.page = append(s.page, '\n')
}

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
	for i := 0; i < len(t); {
		r, n := rune(t[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(t[i:])
		}
		i += n
		if r < 0x10000 {
			drawn[r] = true
		}
		if r < utf8.RuneSelf {
			b = append(b, 0)
			switch r {
			case '\\', '(', ')':
				b = append(b, '\\', byte(r))
			case '\r':
				b = append(b, '\\', 'r')
			default:
				b = append(b, byte(r))
			}
			continue
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

// fill draws a filled rectangle.
func (s *sheet) fill(st *drawState, c color, x, y, w, h float64) {
	s.setInk(st, c)
	s.page = appendRectOp(s.page, x, y, w, h, s.cfg.pageH)
}

// line draws a line of width w.
func (s *sheet) line(st *drawState, c color, w, x1, y1, x2, y2 float64) {
	if st.set&4 == 0 || st.lineColor != c {
		s.setDrawColor(c)
		st.lineColor = c
		st.set |= 4
	}
	if st.lineWidth != w {
		s.setLineWidth(w)
		st.lineWidth = w
	}
	s.page = appendLineOp(s.page, x1, y1, x2, y2, s.cfg.pageH)
}
