package pdf

import (
	"fmt"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/extract"
)

// Card sizes, in points: the largest and smallest text tried on a card.
const (
	cardFrontSize = 12
	cardBackSize  = 10
	cardMinSize   = 5
)

// cardGrid returns the columns and rows of cards on a page.
func (s *sheet) cardGrid() (cols, rows int) {
	if s.cfg.pageW > s.cfg.pageH {
		return 4, 2
	}
	return 2, 4
}

// cards draws the decks' cards as flashcards: a page of questions, then a
// page of their answers with the column order reversed, so that printed
// double-sided (flip on the long edge) each answer backs its question.
func (s *sheet) cards(decks []extract.Deck) {
	type card struct {
		front, back []extract.Span
		context     string
		deck        string
		n           int
		pos, file   extract.Pos // the card's, and its note's first line
	}
	var all []card
	for _, d := range decks {
		for _, c := range d.Cards {
			front, back := c.Front, c.Back
			if c.Kind == extract.Cloze {
				front, back = clozeQuestion(c.Front), clozeAnswer(c.Front)+"<br>"+c.Back
			}
			all = append(all, card{
				front:   htmlSpans(front),
				back:    htmlSpans(back),
				context: strings.Join(c.Context, " › "),
				deck:    d.Name,
				n:       len(all) + 1,
				pos:     c.Pos,
				file:    extract.Pos{File: d.File, Line: 1},
			})
		}
	}
	cols, rows := s.cardGrid()
	m := s.cfg.Margin
	cw := (s.cfg.pageW - 2*m) / float64(cols)
	ch := (s.cfg.pageH - 2*m) / float64(rows)
	per := cols * rows
	if len(all) == 0 {
		s.addPage()
		return
	}
	for start := 0; start < len(all); start += per {
		page := all[start:min(start+per, len(all))]
		for side := 0; side < 2; side++ {
			s.addPage()
			st := drawState{font: 255}
			s.cutLines(&st, cols, rows, cw, ch)
			for i, c := range page {
				s.arena, s.wordArena, s.runs, s.lineArena, s.textBuf = s.arena[:0], s.wordArena[:0], s.runs[:0], s.lineArena[:0], s.textBuf[:0] // earlier cards are drawn
				col, row := i%cols, i/cols
				if side == 1 {
					col = cols - 1 - col
				}
				x, y := m+float64(col)*cw, m+float64(row)*ch
				pad := 10.0
				tag := "#" + strconv.Itoa(c.n)
				if side == 1 {
					tag += " answer"
				}
				head := s.label(tag, fRegular, cMuted, 6, extract.Pos{})
				s.drawLabel(&st, head, x+cw-pad-head.w, y+pad+4)
				top := y + pad + 10
				if c.context != "" && side == 0 {
					ctx := s.label(s.fitText(s.labelText(c.context, fRegular, c.pos), fRegular, 6.5, cw-2*pad-head.w-6), fRegular, cMuted, 6.5, c.pos)
					s.drawLabel(&st, ctx, x+pad, y+pad+4)
				}
				spans, size, base := c.front, float64(cardFrontSize), fBold
				if side == 1 {
					spans, size, base = c.back, cardBackSize, fRegular
				}
				if cut, total := s.cardText(&st, spans, size, base, x+pad, top, cw-2*pad, y+ch-pad-top, side == 0, c.pos); cut > 0 {
					s.warnings = append(s.warnings, extract.Warning{Pos: c.pos, Msg: fmt.Sprintf("cheat sheet: card %s too long for a flashcard: %d of its %d lines printed, cut with … (the sheet layout prints it whole)", strings.TrimSuffix(tag, " answer")+" "+[]string{"question", "answer"}[side], total-cut, total)})
				}
				foot := s.label(s.fitText(s.labelText(c.deck, fRegular, c.file), fRegular, 5.5, cw-2*pad), fRegular, cMuted, 5.5, c.file)
				s.drawLabel(&st, foot, x+pad, y+ch-pad+2)
			}
		}
	}
}

// cutLines draws the dashed lines to cut the cards along.
func (s *sheet) cutLines(st *drawState, cols, rows int, cw, ch float64) {
	m := s.cfg.Margin
	s.setDash(3, 3)
	for c := 0; c <= cols; c++ {
		x := m + float64(c)*cw
		s.line(st, cRule, 0.3, x, m, x, s.cfg.pageH-m)
	}
	for r := 0; r <= rows; r++ {
		y := m + float64(r)*ch
		s.line(st, cRule, 0.3, m, y, s.cfg.pageW-m, y)
	}
	s.setDash()
}

// cardText draws spans in a box, at the largest size up to size that fits,
// centred vertically when centre is set; pos is the card's, for warnings.
// Text too long even at cardMinSize is cut at the box's foot, its last line
// ending in "…": it returns how many lines were cut of how many.
func (s *sheet) cardText(st *drawState, spans []extract.Span, size float64, base fontID, x, y, w, h float64, centre bool, pos extract.Pos) (cut, total int) {
	var lines []textLine
	lh, used := lineHeight(size), size
	for ; size >= cardMinSize; size -= 0.5 {
		lh, used = lineHeight(size), size
		lines = s.wrap(s.words(spans, size, base, cText, pos), w, 0)
		if float64(len(lines))*lh <= h {
			break
		}
	}
	total = len(lines)
	if fit := max(int(h/lh), 1); len(lines) > fit {
		lines = lines[:fit] // too long even at the smallest size
		cut = total - fit
		lines[fit-1] = s.ellipsis(lines[fit-1], used, w, pos)
	}
	top := y
	if centre {
		top = y + (h-float64(len(lines))*lh)/2
	}
	for i, l := range lines {
		dx := 0.0
		if centre {
			dx = (w - l.w) / 2
		}
		for _, ru := range l.runs {
			base := top + float64(i)*lh + baseline(ru.size, lh)
			s.text(st, ru.font, ru.color, ru.bold, ru.size, x+dx+ru.x, base, s.textBuf[ru.from:ru.to])
		}
	}
	return cut, total
}

// ellipsis returns line l, of text at size, ending in "…": the characters at
// its end that leave no room for it within width w are dropped.
func (s *sheet) ellipsis(l textLine, size, w float64, pos extract.Pos) textLine {
	mark := s.label("…", fRegular, cMuted, size, pos)
	runs := slices.Clone(l.runs)
	for len(runs) > 0 {
		last := &runs[len(runs)-1]
		if last.x+last.w+mark.w <= w+0.01 {
			break
		}
		r, n := utf8.DecodeLastRune(s.textBuf[last.from:last.to])
		last.to -= n
		last.w -= float64(max(s.faces[last.font].width(r), 0)) * last.size / 1000
		if last.from == last.to {
			runs = runs[:len(runs)-1]
		}
	}
	x := 0.0
	if len(runs) > 0 {
		x = runs[len(runs)-1].x + runs[len(runs)-1].w
	}
	for _, ru := range mark.runs {
		ru.x += x
		runs = append(runs, ru)
	}
	return textLine{runs: runs, w: x + mark.w}
}

var (
	cardBreak = regexp.MustCompile(`(?i)<br\s*/?>|</p>|</div>|</li>|</h[1-6]>|</tr>|<hr\s*/?>`)
	cardItem  = regexp.MustCompile(`(?i)<li[^>]*>`)
	cardCell  = regexp.MustCompile(`(?i)</t[dh]>`)
	cardTag   = regexp.MustCompile(`<[^>]*>`)
	cardBold  = regexp.MustCompile(`(?i)<(/?)(b|strong)\b[^>]*>`)
	clozeRe   = regexp.MustCompile(`\{\{c\d+::(.*?)(?:::(.*?))?\}\}`)
)

// htmlSpans turns card HTML into text spans: tags dropped, line breaks kept
// from <br>, paragraphs and list items, bold kept. Control characters and
// noncharacters are spaces first (see printable): a note's own "\x01"
// ("Osm\x01osis") was read as the bold mark and printed "Osm" and a bold
// "osis" run together.
func htmlSpans(h string) []extract.Span {
	h = strings.ReplaceAll(printable(h), "\n", " ")
	h = cardItem.ReplaceAllString(h, "\n• ")
	h = cardBreak.ReplaceAllString(h, "\n")
	h = cardCell.ReplaceAllString(h, "  ")
	h = cardBold.ReplaceAllString(h, "\x01$1")
	h = cardTag.ReplaceAllString(h, "")
	var spans []extract.Span
	bold := false
	for i, line := range strings.Split(h, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if i > 0 && len(spans) > 0 {
			spans = append(spans, extract.Span{Style: extract.Break})
		}
		for j, piece := range strings.Split(line, "\x01") {
			if j > 0 {
				if strings.HasPrefix(piece, "/") {
					bold, piece = false, piece[1:]
				} else {
					bold = true
				}
			}
			if piece == "" {
				continue
			}
			st := extract.Style(0)
			if bold {
				st = extract.Bold
			}
			spans = append(spans, extract.Span{Text: html.UnescapeString(piece), Style: st})
		}
	}
	return spans
}

// clozeQuestion hides a cloze card's deletions: "[hint]" or "[…]".
func clozeQuestion(front string) string {
	return clozeRe.ReplaceAllStringFunc(front, func(m string) string {
		if hint := clozeRe.FindStringSubmatch(m)[2]; hint != "" {
			return "[" + hint + "]"
		}
		return "[…]"
	})
}

// clozeAnswer shows a cloze card's deletions in bold.
func clozeAnswer(front string) string {
	return clozeRe.ReplaceAllString(front, "<b>$1</b>")
}
