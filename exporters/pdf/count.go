package pdf

import "github.com/notes2deck/notes2deck/extract"

// The pass that counts pages needs only the number of lines of each
// paragraph. For a paragraph of plain words (see plainPrefix) that all fit
// a line, countLines finds it as wrap would, without building the words,
// parts and runs; the drawing pass lays the paragraph out in full.

// A lineCount follows wrap through a paragraph's words as they are
// measured, counting the lines.
type lineCount struct {
	s       *sheet
	width   float64
	lines   int     // lines ended
	x       float64 // where the line's text ends
	started bool    // the line has text
	font    fontID  // the word's first part's font and size
	size    float64
	w       float64   // the word's width
	parts   []float64 // the widths of the word's parts
	spFont  fontID    // the font and size of the last space measured
	spSize  float64
	spW     float64 // its width
}

// countLines returns how many lines wrap makes of the words of spans in
// style base, baseColor at size, in lines width wide (see words and wrap),
// when every word is plain and fits a line; ok is false otherwise.
func (s *sheet) countLines(spans []extract.Span, size float64, base fontID, baseColor color, width float64) (n int, ok bool) {
	c := lineCount{s: s, width: width, parts: s.partWidths[:0], spFont: 255}
	defer func() { s.partWidths = c.parts }()
	for _, sp := range spans {
		if sp.Style == extract.Break {
			if !c.endWord() {
				return 0, false
			}
			c.newLine()
			continue
		}
		if hasArabic(sp.Text) || hasCJK(sp.Text) { // shaped, or broken between characters, in words
			return 0, false
		}
		text := sp.Text
		if sp.Style&extract.Mono == 0 {
			text = extract.Emoji(text) // an emoji is not plain: words measures it
		}
		p := s.textStyle(sp.Style, size, base, baseColor)
		if !c.addText(s.faces[p.font], p, text) {
			return 0, false
		}
	}
	if !c.endWord() {
		return 0, false
	}
	return c.count(), true
}

// addText measures text in style p, ending a word at each space; it
// returns false at a word that is not plain or does not fit a line.
func (c *lineCount) addText(f *face, p part, text string) bool {
	for text != "" {
		i, units := f.plainPrefix(text)
		if i < len(text) && !isSpace(text[i]) {
			return false
		}
		if i > 0 {
			c.addPart(p.font, p.size, float64(units)*p.size/1000)
		}
		if i == len(text) {
			return true
		}
		if !c.endWord() {
			return false
		}
		text = text[i+1:]
	}
	return true
}

// addPart adds a part of width w in font f at size to the word.
func (c *lineCount) addPart(f fontID, size, w float64) {
	if len(c.parts) == 0 {
		c.font, c.size = f, size
	}
	c.parts = append(c.parts, w)
	c.w += w
}

// endWord places the word, if any, after a space as wrap does; it returns
// false when the word is too wide for a line.
func (c *lineCount) endWord() bool {
	if len(c.parts) == 0 {
		return true
	}
	sp := 0.0
	if c.started {
		if c.font != c.spFont || c.size != c.spSize {
			c.spFont, c.spSize, c.spW = c.font, c.size, c.s.faces[c.font].space(c.size)
		}
		sp = c.spW
		if c.x+sp+c.w > c.width+0.01 {
			c.newLine()
			sp = 0
		}
	}
	if c.w > c.width-c.x+0.01 {
		return false
	}
	gap := sp
	for _, w := range c.parts {
		c.x += gap + w
		gap = 0
	}
	c.started = true
	c.parts, c.w = c.parts[:0], 0
	return true
}

// newLine ends the line.
func (c *lineCount) newLine() {
	c.lines++
	c.started, c.x = false, 0
}

// count returns the number of lines, with the last one if it has text or
// is the only one.
func (c *lineCount) count() int {
	if c.started || c.lines == 0 {
		return c.lines + 1
	}
	return c.lines
}
