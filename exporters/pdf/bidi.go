package pdf

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/extract"
	"golang.org/x/text/unicode/bidi"
)

// The PDF draws a line's characters left to right in the order given, so
// Hebrew, Arabic, Persian and Urdu must be given in visual order, and
// Arabic letters in the presentation form their neighbours call for: the
// sheet printed "ريمض" for "ضمير" and "יוניכ" for "כינוי". words shapes the
// Arabic of each span (in reading order, before measuring: the forms have
// widths of their own) and wrap reorders each line that holds right-to-left
// text. golang.org/x/text/unicode/bidi gives each character's class; its
// Ordering merges runs of one direction in reading order, losing the levels
// that visual order needs, so the levels and the reordering are done here.

// Directions of the paragraph a word belongs to, when it holds
// right-to-left text (word.bidi).
const (
	bidiLTR uint8 = 1 // right-to-left text in a left-to-right paragraph: "book: كتاب"
	bidiRTL uint8 = 2 // a right-to-left paragraph: a cell "بحث عن كتاب"
)

// hasRTL reports whether s holds a Hebrew, Arabic, Syriac, Thaana or NKo
// character. Their UTF-8 opens with a byte of 0xD6 or more (see hasRuneOver).
func hasRTL(s string) bool {
	return hasRuneOver(s, 0xD6, rtlLeads, isRTL)
}

// isRTL reports whether r is a letter of a script written right to left,
// or one of its presentation forms ("כ", "ض", "ﺽ").
func isRTL(r rune) bool {
	return r >= 0x0590 && r <= 0x08FF || r >= 0xFB1D && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFC
}

// paragraphDir returns the direction of the paragraph made of spans: right
// to left when it has right-to-left letters and no left-to-right ones, as a
// cell "בית ספר" or "بحث عن كتاب". The sheet reads left to right, like a
// browser showing a note: "مرفوع (Marfūʿ) is the state of the subject" is an
// English sentence that opens with an Arabic word, not an Arabic one (P2
// and P3 of UAX #9, taking its first letter, would make it right to left and
// its lines read from their right end).
func paragraphDir(spans []extract.Span) uint8 {
	dir := bidiLTR
	for _, sp := range spans {
		t := sp.Text
		for i := 0; i < len(t); i++ {
			c := t[i]
			if c < utf8.RuneSelf {
				if c|0x20 >= 'a' && c|0x20 <= 'z' {
					return bidiLTR
				}
				continue
			}
			r, n := utf8.DecodeRuneInString(t[i:])
			i += n - 1
			switch p, _ := bidi.LookupRune(r); p.Class() {
			case bidi.L:
				return bidiLTR
			case bidi.R, bidi.AL:
				dir = bidiRTL
			}
		}
	}
	return dir
}

// hasArabic reports whether s may hold an Arabic letter: a byte of
// U+0600–U+06FF's UTF-8 leads, 0xD8–0xDB. It reads bytes only.
func hasArabic(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-0xD8 < 4 {
			return true
		}
	}
	return false
}

// arabicForms holds the presentation forms of the Arabic, Persian and Urdu
// letters: isolated, final, initial, medial. A letter that joins only the
// letter before it (alef, dal, reh, waw) has no initial or medial form.
var arabicForms = map[rune][4]rune{
	0x0622: {0xFE81, 0xFE82}, 0x0623: {0xFE83, 0xFE84}, 0x0624: {0xFE85, 0xFE86},
	0x0625: {0xFE87, 0xFE88}, 0x0626: {0xFE89, 0xFE8A, 0xFE8B, 0xFE8C}, 0x0627: {0xFE8D, 0xFE8E},
	0x0628: {0xFE8F, 0xFE90, 0xFE91, 0xFE92}, 0x0629: {0xFE93, 0xFE94},
	0x062A: {0xFE95, 0xFE96, 0xFE97, 0xFE98}, 0x062B: {0xFE99, 0xFE9A, 0xFE9B, 0xFE9C},
	0x062C: {0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0}, 0x062D: {0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4},
	0x062E: {0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8}, 0x062F: {0xFEA9, 0xFEAA}, 0x0630: {0xFEAB, 0xFEAC},
	0x0631: {0xFEAD, 0xFEAE}, 0x0632: {0xFEAF, 0xFEB0},
	0x0633: {0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4}, 0x0634: {0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8},
	0x0635: {0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC}, 0x0636: {0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0},
	0x0637: {0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4}, 0x0638: {0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8},
	0x0639: {0xFEC9, 0xFECA, 0xFECB, 0xFECC}, 0x063A: {0xFECD, 0xFECE, 0xFECF, 0xFED0},
	0x0641: {0xFED1, 0xFED2, 0xFED3, 0xFED4}, 0x0642: {0xFED5, 0xFED6, 0xFED7, 0xFED8},
	0x0643: {0xFED9, 0xFEDA, 0xFEDB, 0xFEDC}, 0x0644: {0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0},
	0x0645: {0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4}, 0x0646: {0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8},
	0x0647: {0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC}, 0x0648: {0xFEED, 0xFEEE}, 0x0649: {0xFEEF, 0xFEF0},
	0x064A: {0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4},
	0x0679: {0xFB66, 0xFB67, 0xFB68, 0xFB69}, 0x067E: {0xFB56, 0xFB57, 0xFB58, 0xFB59},
	0x0686: {0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D}, 0x0688: {0xFB88, 0xFB89}, 0x0691: {0xFB8C, 0xFB8D},
	0x0698: {0xFB8A, 0xFB8B}, 0x06A9: {0xFB8E, 0xFB8F, 0xFB90, 0xFB91},
	0x06AF: {0xFB92, 0xFB93, 0xFB94, 0xFB95}, 0x06BA: {0xFB9E, 0xFB9F},
	0x06BE: {0xFBAA, 0xFBAB, 0xFBAC, 0xFBAD}, 0x06C1: {0xFBA6, 0xFBA7, 0xFBA8, 0xFBA9},
	0x06CC: {0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF}, 0x06D2: {0xFBAE, 0xFBAF},
}

// lamAlef holds the ligature of lam with each alef, isolated and final:
// "لا" is one sign, never lam and alef side by side.
var lamAlef = map[rune][2]rune{0x0622: {0xFEF5, 0xFEF6}, 0x0623: {0xFEF7, 0xFEF8}, 0x0625: {0xFEF9, 0xFEFA}, 0x0627: {0xFEFB, 0xFEFC}}

// joinsNext reports whether r connects to the letter after it: a letter
// with an initial form, the tatweel "ـ" or a zero width joiner.
func joinsNext(r rune) bool { return r == 0x0640 || r == 0x200D || arabicForms[r][2] != 0 }

// joinsPrev reports whether r connects to the letter before it.
func joinsPrev(r rune) bool { return r == 0x0640 || r == 0x200D || arabicForms[r][0] != 0 }

// shapeArabic returns s with each Arabic letter in its presentation form
// by its neighbours, skipping the vowel marks between them: "كتاب" becomes
// "ﻛﺘﺎﺏ" (initial kaf, medial teh, final alef, isolated beh). A letter
// whose form the font lacks (has is false) stays as written.
func shapeArabic(s string, has func(rune) bool) string {
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	// neighbour returns the letter next to i in direction d, past marks.
	neighbour := func(i, d int) rune {
		for i += d; i >= 0 && i < len(rs); i += d {
			if !unicode.Is(unicode.Mn, rs[i]) {
				return rs[i]
			}
		}
		return 0
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		forms, ok := arabicForms[r]
		if !ok {
			out = append(out, r)
			continue
		}
		prev := joinsNext(neighbour(i, -1))
		if lig, ok := lamAlef[neighbour(i, 1)]; r == 0x0644 && ok && i+1 < len(rs) && rs[i+1] == neighbour(i, 1) {
			f := lig[0]
			if prev {
				f = lig[1]
			}
			if has(f) {
				out = append(out, f)
				i++
				continue
			}
		}
		next := forms[2] != 0 && joinsPrev(neighbour(i, 1))
		f := forms[0]
		switch {
		case prev && next:
			f = forms[3]
		case prev:
			f = forms[1]
		case next:
			f = forms[2]
		}
		if !has(f) {
			f = r
		}
		out = append(out, f)
	}
	return string(out)
}

// bidiLevels resolves the embedding level of each character of a line in
// a paragraph of direction dir, by the rules W1–W7, N1–N2, I1–I2 and L1 of
// the Unicode bidirectional algorithm (UAX #9) without explicit embeddings,
// isolates or bracket pairs, which notes do not write: in "book: כינוי 12"
// the Hebrew is level 1 and its number level 2, so the number stays left
// to right inside the reversed Hebrew.
func bidiLevels(rs []rune, dir uint8) []uint8 {
	n := len(rs)
	orig := make([]bidi.Class, n)
	for i, r := range rs {
		p, _ := bidi.LookupRune(r)
		orig[i] = p.Class()
	}
	cls := append([]bidi.Class(nil), orig...)
	sos := bidi.L
	if dir == bidiRTL {
		sos = bidi.R
	}
	prev, strong := sos, sos
	for i, c := range cls {
		if c == bidi.NSM { // W1: a mark takes the class of what it marks
			c, cls[i] = prev, prev
		}
		prev = c
		switch c { // W2, W3: digits after Arabic letters are Arabic numbers
		case bidi.L, bidi.R, bidi.AL:
			strong = c
		case bidi.EN:
			if strong == bidi.AL {
				cls[i] = bidi.AN
			}
		}
		if c == bidi.AL {
			cls[i] = bidi.R
		}
	}
	for i := 1; i+1 < n; i++ { // W4: "1,000", "1+2"
		if a, b := cls[i-1], cls[i+1]; a == b && (a == bidi.EN && (cls[i] == bidi.ES || cls[i] == bidi.CS) || a == bidi.AN && cls[i] == bidi.CS) {
			cls[i] = a
		}
	}
	for i := 0; i < n; i++ { // W5: "$12", "12%"
		j := i
		for j < n && cls[j] == bidi.ET {
			j++
		}
		if j > i && (i > 0 && cls[i-1] == bidi.EN || j < n && cls[j] == bidi.EN) {
			for k := i; k < j; k++ {
				cls[k] = bidi.EN
			}
		}
		i = j
	}
	strong = sos
	for i, c := range cls { // W6, W7
		switch c {
		case bidi.L, bidi.R:
			strong = c
		case bidi.EN:
			if strong == bidi.L {
				cls[i] = bidi.L
			}
		case bidi.AN:
		default:
			cls[i] = bidi.ON
		}
	}
	strongDir := func(c bidi.Class) bidi.Class {
		if c == bidi.EN || c == bidi.AN {
			return bidi.R
		}
		return c
	}
	for i := 0; i < n; i++ { // N1, N2: neutrals between two of a direction take it
		if cls[i] != bidi.ON {
			continue
		}
		j := i
		for j < n && cls[j] == bidi.ON {
			j++
		}
		before, after := sos, sos
		if i > 0 {
			before = strongDir(cls[i-1])
		}
		if j < n {
			after = strongDir(cls[j])
		}
		d := sos
		if before == after {
			d = before
		}
		for k := i; k < j; k++ {
			cls[k] = d
		}
		i = j
	}
	lv := make([]uint8, n)
	base := uint8(0)
	if dir == bidiRTL {
		base = 1
	}
	for i, c := range cls { // I1, I2
		switch {
		case base == 0 && c == bidi.R, base == 1 && c == bidi.L:
			lv[i] = base + 1
		case c == bidi.EN || c == bidi.AN:
			lv[i] = 2
		default:
			lv[i] = base
		}
	}
	for i := n - 1; i >= 0 && (orig[i] == bidi.WS || orig[i] == bidi.S); i-- { // L1
		lv[i] = base
	}
	return lv
}

// visualOrder returns the indexes of characters at levels lv in the order
// they are drawn, left to right (rule L2): from the highest level down to
// the lowest odd one, each stretch at that level or above is reversed.
func visualOrder(lv []uint8) []int {
	order := make([]int, len(lv))
	hi, lo := uint8(0), uint8(255)
	for i, l := range lv {
		order[i] = i
		hi, lo = max(hi, l), min(lo, l)
	}
	lo |= 1
	for k := hi; k >= lo && k > 0; k-- {
		for i := 0; i < len(lv); {
			if lv[order[i]] < k {
				i++
				continue
			}
			j := i
			for j < len(lv) && lv[order[j]] >= k {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				order[a], order[b] = order[b], order[a]
			}
			i = j
		}
	}
	return order
}

// marksAfterBase moves the marks that reversal put before their letter
// back after it (rule L3), in their order, and returns order: a vowel
// mark drawn over the letter before it would else sit on the wrong letter
// ("الطالبُ", "שָׁלוֹם"). A mark that leads(i) is drawn over the letter
// after it, as DejaVu draws the Hebrew and Arabic marks, and stays before
// its letter: moved after it, "מַאֲבָק" printed each point under the letter
// to the right of its own, and "بَ" its fatha beside the beh.
func marksAfterBase(order []int, rs []rune, lv []uint8, leads func(i int) bool) []int {
	for i := 0; i < len(order); i++ {
		j := i
		for j < len(order) && lv[order[j]]%2 == 1 && unicode.Is(unicode.Mn, rs[order[j]]) {
			j++
		}
		if j > i && j < len(order) && !leads(order[i]) {
			base := order[j]
			slices.Reverse(order[i:j])
			copy(order[i+1:j+1], order[i:j])
			order[i] = base
		}
		i = j
	}
	return order
}

// mirrors holds the signs drawn mirrored inside right-to-left text: the
// "(" that opens "(كتاب)" is drawn ")" at its right end.
var mirrors = map[rune]rune{'(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹'}

// visualLine lays out again, in visual order, the line l made of the words
// ws, which starts at x0, when a word holds right-to-left text; x is where
// the line ends. A space takes the style of the word after it, as in place.
func (s *sheet) visualLine(l *textLine, x *float64, ws []word, x0 float64) {
	dir := uint8(0)
	for _, w := range ws {
		dir = max(dir, w.bidi)
	}
	if dir == 0 {
		return
	}
	var rs []rune
	var style []part // the part each character comes from
	for k, w := range ws {
		if w.brk || len(w.parts) == 0 {
			continue
		}
		if k > 0 && !w.tight {
			rs, style = append(rs, ' '), append(style, w.parts[0])
		}
		for _, p := range w.parts {
			for _, r := range p.text {
				rs, style = append(rs, r), append(style, p)
			}
		}
	}
	lv := bidiLevels(rs, dir)
	order := marksAfterBase(visualOrder(lv), rs, lv, func(i int) bool { return s.faces[style[i].font].markLeads(rs[i]) })
	*l, *x = textLine{}, x0
	var buf []byte
	var cur part
	gap := 0.0
	flush := func() {
		if len(buf) > 0 {
			cur.text = string(buf)
			cur.w = s.faces[cur.font].measure(cur.text, cur.size)
			s.place(l, x, []part{cur}, gap)
			buf, gap = buf[:0], 0
		}
	}
	for _, i := range order {
		r, p := rs[i], style[i]
		if r == ' ' {
			flush()
			gap += s.faces[p.font].space(p.size)
			continue
		}
		if len(buf) > 0 && !sameStyle(cur, p) {
			flush()
		}
		if len(buf) == 0 {
			cur = p
		}
		if m, ok := mirrors[r]; ok && lv[i]%2 == 1 {
			r = m
		}
		buf = utf8.AppendRune(buf, r)
	}
	flush()
}

// sameStyle reports whether a and b are drawn alike and may share a run.
func sameStyle(a, b part) bool {
	return a.font == b.font && a.color == b.color && a.size == b.size && a.strike == b.strike && a.bg == b.bg && a.mark == b.mark
}

// shape returns text with its Arabic letters in presentation forms (see
// shapeArabic), as far as font or the body font, its fallback, has them.
func (s *sheet) shape(text string, font fontID) string {
	if !hasArabic(text) {
		return text
	}
	f, body := s.faces[font], s.faces[fRegular]
	return shapeArabic(text, func(r rune) bool { return f.has(r) || body.has(r) })
}
