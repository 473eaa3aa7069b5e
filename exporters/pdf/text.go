package pdf

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// A color is an index into palette.
type color uint8

const (
	cText color = iota
	cTerm
	cLink
	cMuted
	cWhite
	cBanner  // banner fill
	cBar     // section bar fill
	cCodeBg  // code tint
	cRule    // rules and table lines
	cZebra   // alternate table rows
	cHeadBg  // table header fill
	cHeading // heading text
	cMark    // highlight band
	cMarkLn  // highlight underline
)

// palette holds the RGB of each color: dark ink, blue accents, light tints.
var palette = [...][3]int{
	cText:    {25, 25, 25},
	cTerm:    {14, 48, 102},
	cLink:    {20, 70, 150},
	cMuted:   {95, 95, 95},
	cWhite:   {255, 255, 255},
	cBanner:  {22, 54, 100},
	cBar:     {214, 226, 242},
	cCodeBg:  {238, 240, 244},
	cRule:    {150, 160, 175},
	cZebra:   {245, 247, 250},
	cHeadBg:  {226, 232, 241},
	cHeading: {14, 40, 84},
	// A highlight is a pale yellow band over an ochre underline: the
	// underline stays when the sheet is printed in black and white.
	cMark:   {255, 238, 150},
	cMarkLn: {190, 140, 20},
}

// A part is a piece of a word in one font and color.
type part struct {
	text   string
	font   fontID
	color  color
	size   float64
	strike bool
	bg     bool // inline code tint
	mark   bool // highlight band
	bold   bool // bold text: drawn with a stroke when font is no bold face (see text)
	w      float64
}

// A word is what lies between two spaces, or between two characters a
// line may break between (see wideBreaks); brk is a forced line break, and
// a tight word follows the one before it with no space. Its parts live in
// the sheet's arena, the last ones there while the word is built (see
// addPart).
type word struct {
	parts []part
	w     float64
	brk   bool
	tight bool
	bidi  uint8 // bidiLTR or bidiRTL when it holds right-to-left text, else 0
}

// A run is text drawn in one go: a line's consecutive parts of one style.
// Its text is the sheet's textBuf[from:to].
type run struct {
	x, w, size float64
	from, to   int
	font       fontID
	color      color
	strike     bool
	bg         bool
	mark       bool
	bold       bool
}

// textStyle maps span styles to a font and a color at body size size.
func (s *sheet) textStyle(st extract.Style, size float64, base fontID, baseColor color) part {
	p := part{font: base, color: baseColor, size: size}
	switch {
	case st&extract.Mono != 0:
		p.font, p.size, p.bg = fMono, size*0.9, true
	case st&(extract.Bold|extract.Term) != 0:
		p.font = fBold
	case st&extract.Italic != 0 && base == fRegular:
		p.font = fItalic
	}
	if st&extract.Term != 0 && baseColor == cText {
		p.color = cTerm
	}
	if st&extract.Link != 0 && baseColor == cText {
		p.color = cLink
	}
	p.strike = st&extract.Strike != 0
	p.mark = st&extract.Highlight != 0
	p.bold = p.font == fBold
	return p
}

// words splits spans into words, replacing characters no font can show.
// The words live in the sheet's word arena until the next block.
func (s *sheet) words(spans []extract.Span, size float64, base fontID, baseColor color, pos extract.Pos) []word {
	from := len(s.wordArena)
	var cur word
	flush := func() {
		if len(cur.parts) > 0 {
			s.wordArena = append(s.wordArena, cur)
		}
		cur = word{}
	}
	for _, sp := range spans {
		if sp.Style == extract.Break {
			flush()
			s.wordArena = append(s.wordArena, word{brk: true})
			continue
		}
		proto := s.textStyle(sp.Style, size, base, baseColor)
		f := s.faces[proto.font]
		text := printable(sp.Text) // "wa\x1bter" is two words, as on the cards, not "wa�ter"
		if sp.Style&extract.Mono == 0 {
			text = extract.Emoji(text)
		}
		text = s.namedScripts(text, proto.font, pos)
		rtl := uint8(0)
		if hasRTL(text) {
			rtl = paragraphDir(spans)
			text = s.shape(text, proto.font)
		}
		wide := hasCJK(text) || endsWide(cur)
		for text != "" {
			cur.bidi = max(cur.bidi, rtl)
			i, units := 0, 0
			if !wide {
				i, units = f.plainPrefix(text)
			}
			if wide {
				for i < len(text) && !isSpace(text[i]) {
					i++
				}
				s.addCJKRuns(&cur, proto, text[:i], pos, flush)
				cur.bidi = max(cur.bidi, rtl)
			} else if i == len(text) || isSpace(text[i]) {
				if i > 0 {
					// Only characters of f: one part, measured already.
					p := proto
					p.text = text[:i]
					p.w = float64(units) * p.size / 1000
					s.addPart(&cur, p)
				}
			} else {
				for i < len(text) && !isSpace(text[i]) {
					i++
				}
				s.addParts(&cur, proto, text[:i], pos)
			}
			if i == len(text) {
				break
			}
			flush()
			text = text[i+1:]
		}
	}
	flush()
	return s.wordArena[from:len(s.wordArena):len(s.wordArena)]
}

// addWide appends text, which holds no space, to w as addParts does,
// ending the word with flush wherever a line may break between two
// characters (see wideBreaks), the last character of w and text's first
// among them; the word after such a break is tight.
func (s *sheet) addWide(w *word, proto part, text string, pos extract.Pos, flush func()) {
	prev := rune(0)
	if n := len(w.parts); n > 0 {
		prev, _ = utf8.DecodeLastRuneInString(w.parts[n-1].text)
	}
	start := 0
	for i, r := range text {
		if prev != 0 && wideBreaks(prev, r) {
			s.addParts(w, proto, text[start:i], pos)
			flush()
			w.tight = true
			start = i
		}
		prev = r
	}
	s.addParts(w, proto, text[start:], pos)
}

// addCJKRuns appends text as addWide does, and draws each run of Han,
// kana and CJK signs that the body font lacks a character of in the second
// CJK font whole (see addCJKFaces): "我爱你" in a Korean note, whose
// NanumGothic has 我 but not 爱 or 你, printed 我 in one font and 爱你 in
// the other. Behind a Hangul body font, a run with kana goes whole to the
// second font too: a Japanese sentence of a Korean note printed in Nanum
// or Droid as each of its kanji happened to be in Nanum or not.
func (s *sheet) addCJKRuns(w *word, proto part, text string, pos extract.Pos, flush func()) {
	if s.faces[fCJK] == nil {
		s.addWide(w, proto, text, pos, flush)
		return
	}
	start := 0 // text[:start] is in w
	for i := 0; i < len(text); {
		end, second := s.hanRun(text, i, proto.font)
		if second {
			s.addWide(w, proto, text[start:i], pos, flush)
			p := proto
			p.font = fCJK
			if proto.font == fBold && s.faces[fCJKBold] != nil {
				p.font = fCJKBold
			}
			s.addWide(w, p, text[i:end], pos, flush)
			start = end
		}
		i = end
	}
	s.addWide(w, proto, text[start:], pos, flush)
}

// hanRun returns the end of the run of Han, kana and CJK signs that
// starts at text[i], or of the one character there that is none of them,
// and whether the second CJK font draws the run: it has a character of the
// run that font and the body font lack, or kana behind a Hangul body font.
func (s *sheet) hanRun(text string, i int, font fontID) (end int, second bool) {
	cjk, body := s.faces[fCJK], s.faces[fRegular]
	for end = i; end < len(text); {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !breaksAround(r) || isHangul(r) {
			if end == i {
				end += n
			}
			return end, second
		}
		if !second && cjk.has(r) && (!s.faces[font].has(r) && !body.has(r) || isKana(r) && body.has('한')) {
			second = true
		}
		end += n
	}
	return end, second
}

// isKana reports whether r is a hiragana or katakana letter.
func isKana(r rune) bool { return r >= 0x3041 && r <= 0x30FF }

// endsWide reports whether w ends in a character a line may break after
// with no space (see breaksAround): "**中文**" then "abc" may break
// between the spans.
func endsWide(w word) bool {
	if len(w.parts) == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(w.parts[len(w.parts)-1].text)
	return breaksAround(r)
}

// softHyphen marks where a word may break; it prints nothing.
const softHyphen = '\u00ad'

// isSpace reports whether c separates words.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// addParts appends text in style proto to w, switching to the body font for
// characters the chosen face lacks and replacing those no face has. It
// measures the text as it goes.
func (s *sheet) addParts(w *word, proto part, text string, pos extract.Pos) {
	f := s.faces[proto.font]
	start := 0
	units := 0 // the advance of text[start:i] in f, in 1/1000 em
	flushPart := func(end int) {
		if end <= start {
			return
		}
		p := proto
		p.text = text[start:end]
		p.w = float64(units) * p.size / 1000
		s.addPart(w, p)
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < 0x80 && c >= 0x20 && f.adv[c] > 0 {
			units += int(f.adv[c])
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == softHyphen {
			// A soft hyphen ("infor&shy;mation", pasted from a web page or
			// a PDF) is unseen in the middle of a line, as a browser shows
			// it; the font would draw it as a hyphen at every place.
			flushPart(i)
			start, units = i+n, 0
			i += n
			continue
		}
		if a := f.width(r); a >= 0 && r <= 0xFFFF { // gofpdf writes text as UTF-16 without surrogates
			units += a
			i += n
			continue
		}
		flushPart(i)
		start, units = i+n, 0
		if alt, ok := s.fallback(proto.font, r); ok {
			// The characters after it that the face lacks and alt has go
			// with it, in one part: a word cut at the column's edge is then
			// cut as one ("Donaudampf…" in a Chinese body font, one part a
			// letter, lost its hyphen).
			for i+n < len(text) {
				next, m := utf8.DecodeRuneInString(text[i+n:])
				if f.width(next) >= 0 && next <= 0xFFFF {
					break
				}
				if a, ok := s.fallback(proto.font, next); !ok || a != alt {
					break
				}
				n += m
			}
			start = i + n
			p := proto
			p.font = alt
			p.text = text[i : i+n]
			p.w = s.faces[alt].measure(p.text, p.size)
			s.addPart(w, p)
		} else if sub, ok := signTwin(r); ok && s.faces[proto.font].has(sub) {
			p := proto
			p.text = string(sub)
			p.w = s.faces[p.font].measure(p.text, p.size)
			s.addPart(w, p)
		} else if sub, font, ok := s.emojiText(r); ok {
			if sub != "" {
				p := proto
				p.font = font
				p.text = sub
				p.w = s.faces[font].measure(sub, p.size)
				s.addPart(w, p)
			}
			n += emojiTail(text[i+n:]) // "👨‍💻", "👍🏽": the joiner or modifier goes with it
			start = i + n
		} else {
			s.missingGlyph(r, pos)
			p := proto
			p.font = s.replaceFont
			p.text = s.replacement
			p.w = s.faces[p.font].measure(p.text, p.size)
			s.addPart(w, p)
		}
		i += n
	}
	flushPart(len(text))
}

// addPart appends p to the word being built, in the arena.
func (s *sheet) addPart(w *word, p part) {
	from := len(s.arena) - len(w.parts)
	s.arena = append(s.arena, p)
	w.parts = s.arena[from:len(s.arena):len(s.arena)]
	w.w += p.w
}

// fallback returns the face that shows r when the chosen one cannot: the body
// font, then the embedded one behind a custom font, then the second CJK font
// behind the one the sheet took.
func (s *sheet) fallback(chosen fontID, r rune) (fontID, bool) {
	if r > 0xFFFF {
		return 0, false
	}
	if f := s.faces[fFallbackBold]; chosen == fBold && f != nil && f.has(r) {
		return fFallbackBold, true
	}
	if chosen != fRegular && s.faces[fRegular].has(r) {
		return fRegular, true
	}
	if f := s.faces[fFallback]; f != nil && f.has(r) {
		return fFallback, true
	}
	if f := s.faces[fCJKBold]; chosen == fBold && f != nil && f.has(r) {
		return fCJKBold, true
	}
	if f := s.faces[fCJK]; f != nil && f.has(r) {
		return fCJK, true
	}
	return 0, false
}

// emojiSymbols are the text symbols of emoji that mark something: a check
// mark, a cross, a star, a pointing hand. A thumb up or down is a yes or a
// no: a table of them ("| Read the topics | :+1: | :+1: |") printed empty
// cells.
var emojiSymbols = map[rune]rune{
	'✅': '✔', '☑': '✔', '✔': '✔', '❌': '✘', '❎': '✘', '✖': '✘', '⭐': '★', '🌟': '★',
	'👍': '✔', '👎': '✘',
	'❗': '!', '❕': '!', '❓': '?', '❔': '?', '👉': '☞', '👈': '☜', '➡': '→', '⬅': '←',
	'⬆': '↑', '⬇': '↓',
}

// emojiText returns what the sheet shows for r when no font has it and r is
// an emoji, and the face to draw it in: its text symbol if the body font
// has one, or the embedded font behind a CJK or --font body font does, else
// nothing, for a picture decorates and teaches nothing (a 💡 before a tip).
// ok is false when r is no emoji. In a Chinese note, whose body font has no
// ✔, a table's column of ✅ and ❌ printed empty.
func (s *sheet) emojiText(r rune) (text string, font fontID, ok bool) {
	if !isEmoji(r) {
		return "", fRegular, false
	}
	sym, mark := emojiSymbols[r]
	if !mark && r >= 0x1F800 && r <= 0x1F8AF { // Supplemental Arrows-C: left, up, right, down in turn
		sym, mark = []rune("←↑→↓")[r&3], true
	}
	if !mark {
		return "", fRegular, true
	}
	for _, f := range []fontID{fRegular, fFallback} {
		if s.faces[f] != nil && s.faces[f].has(sym) {
			return string(sym), f, true
		}
	}
	return "", fRegular, true
}

// signTwin returns the character the sheet prints for r, which no font
// has: the letter a mathematical letter styles (see mathLetter), or the
// sign of signTwins.
func signTwin(r rune) (rune, bool) {
	if sub, ok := signTwins[r]; ok {
		return sub, true
	}
	return mathLetter(r)
}

// signTwins are signs of the Supplemental Mathematical Operators that
// relational algebra writes, which DejaVu lacks, and the signs of the same
// look it has: "Natural Join (⨝ / bowtie)" printed "(� / bowtie)".
var signTwins = map[rune]rune{'⨝': '⋈'}

// mathLetter returns the letter, digit or sign that r, a character of
// Unicode's Mathematical Alphanumeric Symbols, styles: "𝑛" (math italic n)
// is n, "𝜆" is λ, "𝟐" is 2. Notes pasted from a rendered formula hold them
// ("MCVA𝑛 = alpha − 2 × 𝜆𝐴 × 𝜑"), and the sheet, whose fonts have none,
// printed each as "�". Bold, italic, sans-serif and monospace only style
// a letter; script and fraktur letters are signs of their own (𝒜, 𝔤), and
// ok is false for them as for any other r. A double-struck letter prints
// as its plain letter: 𝔼[X], the expectation \mathbb{E} writes, printed
// "�[X]" (ℝ, ℕ and the others Unicode encodes apart print as they are).
func mathLetter(r rune) (rune, bool) {
	switch {
	case r >= 0x1D538 && r <= 0x1D56B: // double-struck A–Z, a–z
		if i := (r - 0x1D538) % 52; i >= 26 {
			return 'a' + i - 26, true
		}
		return 'A' + (r-0x1D538)%52, true
	case r >= 0x1D400 && r <= 0x1D6A3: // 13 alphabets of A–Z, a–z
		if style := (r - 0x1D400) / 52; style >= 3 && style <= 7 {
			return 0, false // script, fraktur: 𝔤 is no g
		}
		if i := (r - 0x1D400) % 52; i >= 26 {
			return 'a' + i - 26, true
		}
		return 'A' + (r-0x1D400)%52, true
	case r == 0x1D6A4:
		return 'ı', true
	case r == 0x1D6A5:
		return 'ȷ', true
	case r >= 0x1D6A8 && r <= 0x1D7C9: // 5 Greek alphabets of 58 signs
		return mathGreek[(r-0x1D6A8)%58], true
	case r == 0x1D7CA:
		return 'Ϝ', true
	case r == 0x1D7CB:
		return 'ϝ', true
	case r >= 0x1D7CE && r <= 0x1D7FF && (r < 0x1D7D8 || r > 0x1D7E1): // 5 sets of digits, less 𝟘
		return '0' + (r-0x1D7CE)%10, true
	}
	return 0, false
}

// mathGreek is the order of each Greek alphabet of the Mathematical
// Alphanumeric Symbols: the capitals with ϴ where Greek has no letter, ∇,
// the small letters, ∂ and the variant forms.
var mathGreek = []rune("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡϴΣΤΥΦΧΨΩ∇αβγδεζηθικλμνξοπρςστυφχψω∂ϵϑϰϕϱϖ")

// emojiTail measures the joiners, selectors and skin-tone modifiers that
// open s, which belong to the emoji before them.
func emojiTail(s string) int {
	n := 0
	for n < len(s) {
		r, k := utf8.DecodeRuneInString(s[n:])
		if r != 0x200D && r != 0xFE0F && r != 0xFE0E && (r < 0x1F3FB || r > 0x1F3FF) {
			break
		}
		n += k
	}
	return n
}

// isEmoji reports whether r is a pictograph, a symbol of the blocks emoji
// come from, or a joiner, selector or modifier of emoji sequences.
func isEmoji(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF, r >= 0x2600 && r <= 0x27BF, r >= 0x2B00 && r <= 0x2BFF,
		r >= 0xE0020 && r <= 0xE007F, r == 0xFE0F, r == 0xFE0E, r == 0x200D, r == 0x20E3:
		return true
	case r >= 0x2300 && r <= 0x3299:
		return slices.Contains(bmpEmoji, r)
	}
	return false
}

// bmpEmoji are the emoji of Unicode's emoji-data outside the blocks isEmoji
// takes whole, in blocks that hold other signs too: "### 1. Cron Jobs ⏰"
// printed a "�" for the alarm clock.
var bmpEmoji = []rune{
	0x231A, 0x231B, 0x2328, 0x2388, 0x23CF, 0x23E9, 0x23EA, 0x23EB, 0x23EC, 0x23ED, 0x23EE, 0x23EF,
	0x23F0, 0x23F1, 0x23F2, 0x23F3, 0x23F8, 0x23F9, 0x23FA, 0x24C2, 0x25AA, 0x25AB, 0x25B6, 0x25C0,
	0x25FB, 0x25FC, 0x25FD, 0x25FE, 0x2934, 0x2935, 0x3030, 0x303D, 0x3297, 0x3299,
}

// missingGlyph warns once per character that no font can show.
func (s *sheet) missingGlyph(r rune, pos extract.Pos) {
	if s.missing[r] {
		return
	}
	s.missing[r] = true
	s.missingOrder = append(s.missingOrder, missingRune{r, pos})
}

// A missingRune is a character without a glyph and where it first appears.
type missingRune struct {
	r   rune
	pos extract.Pos
}

// maxGlyphWarnings is how many lines with missing characters are reported
// one by one; the rest are summed up in one more warning.
const maxGlyphWarnings = 20

// glyphWarnings returns the warnings for characters without a glyph, one
// per line that first shows some: a Korean word on a machine without a
// Hangul font is one warning naming its five characters, not five.
func (s *sheet) glyphWarnings() []extract.Warning {
	var out []extract.Warning
	font := s.faces[fRegular].name
	for i := 0; i < len(s.missingOrder); {
		j := i + 1
		for j < len(s.missingOrder) && s.missingOrder[j].pos == s.missingOrder[i].pos {
			j++
		}
		if len(out) == maxGlyphWarnings {
			rest := s.missingOrder[i:]
			var sb strings.Builder
			for k, m := range rest {
				if k == 40 {
					sb.WriteString("…")
					break
				}
				sb.WriteRune(m.r)
			}
			out = append(out, extract.Warning{Pos: rest[0].pos, Msg: fmt.Sprintf("cheat sheet: %d more characters have no glyph in font %s (%s); choose a font that has them with --font", len(rest), font, sb.String())})
			break
		}
		m := s.missingOrder[i]
		if j == i+1 {
			out = append(out, extract.Warning{Pos: m.pos, Msg: fmt.Sprintf("cheat sheet: no glyph for %q (U+%04X) in font %s; printed as %s (choose a font that has it with --font)", string(m.r), m.r, font, s.replacement)})
		} else {
			var sb strings.Builder
			for _, m := range s.missingOrder[i:j] {
				sb.WriteRune(m.r)
			}
			out = append(out, extract.Warning{Pos: m.pos, Msg: fmt.Sprintf("cheat sheet: no glyph for %q (%d characters) in font %s; printed as %s (choose a font that has them with --font)", sb.String(), j-i, font, s.replacement)})
		}
		i = j
	}
	return out
}

// A textLine is one laid-out line: its runs, x relative to the line's left
// edge. The runs of the line being laid out are the last of the sheet's runs.
type textLine struct {
	runs []run
	w    float64
}

// wrap lays words out in lines of width width; the first line starts at first
// (an indent inside width) and the others at 0. The lines live in the sheet's
// line arena until the next block.
func (s *sheet) wrap(words []word, width, first float64) []textLine {
	from := len(s.lineArena)
	var cur textLine
	x := first
	newLine := func() {
		s.lineArena = append(s.lineArena, cur)
		cur = textLine{}
		x = 0
	}
	// The width of a space in the font and size of the last word measured.
	spFont, spSize, spW := fontID(255), 0.0, 0.0
	// The words of the line being built, from where it starts, unless it
	// holds part of a word broken between characters.
	lineFrom, x0, broken := 0, first, false
	endLine := func(i int) {
		if !broken && !s.counting {
			s.visualLine(&cur, &x, words[lineFrom:i], x0)
		}
		newLine()
		lineFrom, x0, broken = i, 0, false
	}
	for i, w := range words {
		if w.brk {
			endLine(i)
			lineFrom++
			continue
		}
		sp := 0.0
		if len(cur.runs) > 0 && !w.tight {
			if p := &w.parts[0]; p.font != spFont || p.size != spSize {
				spFont, spSize, spW = p.font, p.size, s.faces[p.font].space(p.size)
			}
			sp = spW
		}
		if len(cur.runs) > 0 && x+sp+w.w > width+0.01 {
			endLine(i)
			sp = 0
		}
		if w.w > width-x+0.01 {
			// Too long for any line: break between characters.
			s.breakWord(&cur, &x, w, width, sp)
			broken = true
			continue
		}
		s.place(&cur, &x, w.parts, sp)
	}
	if len(cur.runs) > 0 || len(s.lineArena) == from {
		if !broken && !s.counting {
			s.visualLine(&cur, &x, words[lineFrom:], x0)
		}
		s.lineArena = append(s.lineArena, cur)
	}
	return s.lineArena[from:len(s.lineArena):len(s.lineArena)]
}

// place appends parts to the line at x, after a space of width sp. When the
// sheet is only counting pages, it moves x and leaves the line's text out.
func (s *sheet) place(l *textLine, x *float64, parts []part, sp float64) {
	if s.counting {
		if len(l.runs) == 0 && len(parts) > 0 {
			p := parts[0]
			s.addRun(l, run{x: *x + sp, font: p.font, color: p.color, size: p.size, strike: p.strike, bg: p.bg, mark: p.mark, bold: p.bold, w: p.w})
		}
		gap := sp
		for _, p := range parts {
			*x += gap + p.w
			gap = 0
		}
		l.w = *x
		return
	}
	for i, p := range parts {
		gap := 0.0
		if i == 0 {
			gap = sp
		}
		if n := len(l.runs); n > 0 && l.runs[n-1].style(p) && l.runs[n-1].to == len(s.textBuf) {
			last := &l.runs[n-1]
			if gap > 0 {
				s.textBuf = append(s.textBuf, ' ')
				last.w += gap
			}
			s.textBuf = append(s.textBuf, p.text...)
			last.to = len(s.textBuf)
			last.w += p.w
		} else if n > 0 && l.runs[n-1].style(p) {
			// The run's text is not the last laid out: copy it to the end.
			last := &l.runs[n-1]
			from := len(s.textBuf)
			s.textBuf = append(s.textBuf, s.textBuf[last.from:last.to]...)
			if gap > 0 {
				s.textBuf = append(s.textBuf, ' ')
				last.w += gap
			}
			s.textBuf = append(s.textBuf, p.text...)
			last.from, last.to = from, len(s.textBuf)
			last.w += p.w
		} else {
			from := len(s.textBuf)
			s.textBuf = append(s.textBuf, p.text...)
			s.addRun(l, run{x: *x + gap, font: p.font, color: p.color, size: p.size, strike: p.strike, bg: p.bg, mark: p.mark, bold: p.bold, w: p.w, from: from, to: len(s.textBuf)})
		}
		*x += gap + p.w
		gap = 0
	}
	l.w = *x
}

// style reports whether p has the run's style, so that it can join the run.
func (r *run) style(p part) bool {
	return r.font == p.font && r.color == p.color && r.size == p.size && r.strike == p.strike && r.bg == p.bg && r.mark == p.mark && r.bold == p.bold
}

// addRun appends r to the line, in the sheet's runs.
func (s *sheet) addRun(l *textLine, r run) {
	n := len(l.runs)
	if n > 0 && (len(s.runs) < n || &s.runs[len(s.runs)-1] != &l.runs[n-1]) {
		// The line's runs are not the last laid out: copy them to the end.
		s.runs = append(s.runs, l.runs...)
	}
	s.runs = append(s.runs, r)
	l.runs = s.runs[len(s.runs)-n-1 : len(s.runs) : len(s.runs)]
}

// breakWord places a word wider than a line, breaking it between characters;
// it adds the lines it fills to the line arena.
func (s *sheet) breakWord(cur *textLine, x *float64, w word, width, sp float64) {
	first := true
	technical := isTechnical(w.parts)
	for _, p := range w.parts {
		f := s.faces[p.font]
		rest := p.text
		for rest != "" {
			avail := width - *x
			if first {
				avail -= sp
			}
			// Take as many characters as fit, at least one on an empty line,
			// up to the last hyphen or slash among them if that fills a
			// third of the room or more: "Hydroboration-" over "oxidation",
			// not "Hydroboration-ox" over "idation". In a URL or an
			// identifier a dot, an underscore and a small letter before
			// a capital are such places too: "getUserAccount" over
			// "InformationFromServer", "AWS_SECRET_" over "ACCESS_KEY".
			n, used := 0, 0.0
			cut, cutUsed := 0, 0.0
			prev := rune(0)
			for _, r := range rest {
				cw := float64(max(f.width(r), 0)) * p.size / 1000
				if technical && n > 0 && unicode.IsUpper(r) && unicode.IsLower(prev) {
					cut, cutUsed = n, used
				}
				if used+cw > avail+0.01 && (n > 0 || *x > 0) {
					if cut > 0 && cutUsed >= avail/3 {
						n, used = cut, cutUsed
					}
					break
				}
				used += cw
				n += utf8.RuneLen(r)
				if (breaksAfter(r) || technical && (r == '.' || r == '_')) && prev != 0 && !breaksAfter(prev) && n < len(rest) {
					cut, cutUsed = n, used
				}
				prev = r
			}
			if n == 0 {
				s.lineArena = append(s.lineArena, *cur)
				*cur = textLine{}
				*x = 0
				first = false
				continue
			}
			q := p
			q.text, q.w = rest[:n], used
			if p.font != fMono && !technical && n < len(rest) {
				n, q.text, q.w = hyphenate(f, p.size, rest, n, used, avail)
			}
			gap := 0.0
			if first {
				gap = sp
			}
			s.place(cur, x, []part{q}, gap)
			first = false
			rest = rest[n:]
			if rest != "" {
				s.lineArena = append(s.lineArena, *cur)
				*cur = textLine{}
				*x = 0
			}
		}
	}
}

// isTechnical reports whether the word of parts is a URL, a path or an
// identifier rather than a word of a language: a dot, an underscore, a
// slash, a colon, an "@" or an "=" stands between two letters or digits,
// or a small letter is followed by a capital. Such a word is cut with no
// hyphen, which a reader would copy as part of it
// ("getUserAccountInformationFromTheRemoteDatabaseServ-" over "er");
// "(13.)siebenundzwanzigste" is a word.
func isTechnical(parts []part) bool {
	var prev, sep rune // sep: a separator right after a letter or digit
	for _, p := range parts {
		for _, r := range p.text {
			alnum := unicode.IsLetter(r) || unicode.IsDigit(r)
			switch {
			case sep != 0 && alnum:
				return true
			case unicode.IsUpper(r) && unicode.IsLower(prev):
				return true
			}
			sep = 0
			if (r == '.' || r == '_' || r == '/' || r == ':' || r == '@' || r == '=') && (unicode.IsLetter(prev) || unicode.IsDigit(prev)) {
				sep = r
			}
			prev = r
		}
	}
	return false
}

// hyphenate returns where to cut text, whose first n bytes fill used of
// the room avail, the line's part of it, with a hyphen after it when the
// cut falls between two letters of a script that hyphenates, and the part's
// width: a word cut mid-word shows
// that it goes on, "Donaudampfschifffahrts-" over "gesellschaft", where
// the sheet printed "Donaudampfschifffahrtsg" over "esellschaft", a cut
// a reader takes for two words. It gives back letters until the hyphen
// fits, keeping at least one; text without such a cut is returned as it is.
func hyphenate(f *face, size float64, text string, n int, used, avail float64) (int, string, float64) {
	hw := float64(f.width('-')) * size / 1000
	if hw <= 0 {
		return n, text[:n], used
	}
	for n > 0 {
		before, bn := utf8.DecodeLastRuneInString(text[:n])
		after, _ := utf8.DecodeRuneInString(text[n:])
		if !hyphenates(before) || !hyphenates(after) {
			return n, text[:n], used
		}
		if used+hw <= avail+0.01 || n == bn {
			return n, text[:n] + "-", used + hw
		}
		n -= bn
		used -= float64(max(f.width(before), 0)) * size / 1000
	}
	return n, text[:n], used
}

// hyphenates reports whether r is a letter of a script whose words are
// hyphenated when cut: Latin, Greek and Cyrillic; Chinese and Japanese
// break between any two characters with no mark.
func hyphenates(r rune) bool {
	return unicode.IsLetter(r) && (r < 0x250 || unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic))
}

// breaksAfter reports whether a word too long for its line may be broken
// after r, a hyphen, a dash or a slash, as compounds ("Hydroboration-oxidation")
// and alternatives ("H2O2/OH-") are.
func breaksAfter(r rune) bool {
	return r == '-' || r == '/' || r == '‐' || r == '–' || r == '—'
}

// printable returns s as the sheet prints it: its control characters
// (see exporters.FieldSafe) and its noncharacters, U+FDD0 to U+FDEF and the
// last two code points of every plane ("\uFFFF", "\U0010FFFF"), are
// spaces. No font draws a noncharacter: "Osm\uFFFFosis", from a file
// converted badly, printed "Osm�osis" with a "no glyph" warning.
func printable(s string) string {
	s = exporters.FieldSafe(s)
	if !strings.Contains(s, "\xef\xb7") && !strings.Contains(s, "\xbf\xbe") && !strings.Contains(s, "\xbf\xbf") {
		return s // the bytes every noncharacter's UTF-8 holds
	}
	return strings.Map(func(r rune) rune {
		if r >= 0xFDD0 && r <= 0xFDEF || r&0xFFFE == 0xFFFE {
			return ' '
		}
		return r
	}, s)
}

// label lays out a short text on one line in font f, with the same fallback
// fonts and replacements as body text; it returns the line. A character no
// font has is reported at pos, where the text comes from.
func (s *sheet) label(text string, f fontID, c color, size float64, pos extract.Pos) textLine {
	text = printable(text)
	var w word
	if hasRTL(text) {
		w.bidi = paragraphDir([]extract.Span{{Text: text}})
		text = s.shape(text, f)
	}
	s.addParts(&w, part{font: f, color: c, size: size, bold: f == fBold}, text, pos)
	var l textLine
	x := 0.0
	s.place(&l, &x, w.parts, 0)
	s.visualLine(&l, &x, []word{w}, 0)
	return l
}
