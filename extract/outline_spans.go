package extract

import (
	"bytes"
	"encoding/binary"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// A spanBuilder collects the inline text of one heading, paragraph, item or
// cell as styled runs, then turns the runs into the block's spans (see
// finish). The outliner keeps one and reuses its buffers from block to block,
// and cuts the blocks' spans and their text from shared allocations (see
// takeSpans and textBlocks).
type spanBuilder struct {
	raw       []byte               // text of runs, in document order
	runs      []run                // text runs in raw and breaks; neighbours of one style and link are joined
	out       []byte               // text of res
	res       []run                // the spans being finished, their text in out
	prevSpace bool                 // the last text in res ends in a space, or a line starts
	lineRun   int                  // where the line being finished starts in res
	plainNote func(id string) bool // reports that "[^id]" is text, no footnote's (see parsed.undefinedNote); nil: every label is one
	spanBlock []Span               // where spans cuts its results from (see takeSpans)
	textBlock textBlocks           // where spans cuts its results' text from
}

// spanBlockSize is how many spans, and textBlockSize how many bytes of
// their text, spanBuilder.spans cuts from one allocation: a note's sheet
// has a few spans for each of its lines, all kept until the sheet is
// written, and one allocation each for the slice and the text was a tenth
// of a parse's allocations (Parse items=10000: 62k of 641k).
const (
	spanBlockSize = 256
	textBlockSize = 8 << 10
)

// takeSpans returns an empty slice with room for n spans, cut from the
// block b hands out in turn: appending more than n copies it elsewhere.
func (b *spanBuilder) takeSpans(n int) []Span {
	return takeFrom(&b.spanBlock, n, spanBlockSize)
}

// takeFrom returns an empty slice with room for n elements, cut from
// *block, which it replaces by a new one of size elements (or n, if more)
// when too few are left. The slice is capped at n: appending more than n
// copies it elsewhere, and never writes over the next slice cut.
func takeFrom[T any](block *[]T, n, size int) []T {
	if cap(*block)-len(*block) < n {
		*block = make([]T, 0, max(size, n))
	}
	k := len(*block)
	*block = (*block)[:k+n]
	return (*block)[k : k : k+n]
}

// textBlocks hands out strings cut from blocks of textBlockSize bytes, one
// allocation for many short strings. A block's bytes are written once and
// never changed after, so each string stays as it is; a text too long to
// share a block is copied alone.
type textBlocks struct{ block []byte }

// keep returns t as a string cut from the current block.
func (a *textBlocks) keep(t []byte) string {
	if len(t) == 0 {
		return ""
	}
	if cap(a.block)-len(a.block) < len(t) {
		if len(t) > textBlockSize/4 {
			return string(t)
		}
		a.block = make([]byte, 0, textBlockSize)
	}
	k := len(a.block)
	a.block = append(a.block, t...)
	return unsafe.String(&a.block[k], len(t))
}

// A run is a span whose text is buf[start:end] for the buffer it lives in.
type run struct {
	start, end int
	style      Style
	url        string
	term       int // length of the term that opens it, set by spans
}

// text adds t in style st, joining it to the previous run when that has the
// same style and link. Empty text adds nothing.
func (b *spanBuilder) text(t []byte, st Style, url string) {
	if len(t) == 0 {
		return
	}
	b.raw = append(b.raw, t...)
	b.extend(len(t), st, url)
}

// textString is text for a string.
func (b *spanBuilder) textString(t string, st Style, url string) {
	if t == "" {
		return
	}
	b.raw = append(b.raw, t...)
	b.extend(len(t), st, url)
}

// extend records the n bytes just appended to raw as text in style st.
func (b *spanBuilder) extend(n int, st Style, url string) {
	end := len(b.raw)
	if k := len(b.runs) - 1; k >= 0 && st != Break && b.runs[k].style == st && b.runs[k].url == url {
		b.runs[k].end = end
		return
	}
	b.runs = append(b.runs, run{start: end - n, end: end, style: st, url: url})
}

// lineBreak adds a line break; inside a link it carries the link's url.
func (b *spanBuilder) lineBreak(url string) {
	b.runs = append(b.runs, run{start: len(b.raw), end: len(b.raw), style: Break, url: url})
}

// dropTrailingSpaces removes the spaces that end the text added last.
func (b *spanBuilder) dropTrailingSpaces() {
	k := len(b.runs) - 1
	if k < 0 || b.runs[k].style == Break || b.runs[k].end != len(b.raw) {
		return
	}
	for b.runs[k].end > b.runs[k].start && b.raw[b.runs[k].end-1] == ' ' {
		b.runs[k].end--
	}
	b.raw = b.raw[:b.runs[k].end]
	if b.runs[k].end == b.runs[k].start {
		b.runs = b.runs[:k]
	}
}

// add adds a span already made.
func (b *spanBuilder) add(s Span) {
	if s.Style == Break {
		b.lineBreak(s.URL)
		return
	}
	b.textString(s.Text, s.Style, s.URL)
}

// plain returns the text collected so far, breaks as spaces, with white
// space collapsed and trimmed (spansText of the runs), and empties b.
func (b *spanBuilder) plain() string {
	var t []byte
	for _, r := range b.runs {
		if r.style == Break {
			t = append(t, ' ')
			continue
		}
		t = append(t, b.raw[r.start:r.end]...)
	}
	b.reset()
	return string(bytes.TrimSpace(appendCollapsed(nil, t)))
}

// dropFirstLine removes the text collected up to the first line break, soft
// or hard, and the break.
func (b *spanBuilder) dropFirstLine() {
	for i, r := range b.runs {
		if r.style == Break {
			b.runs = b.runs[:copy(b.runs, b.runs[i+1:])]
			return
		}
		if k := bytes.IndexByte(b.raw[r.start:r.end], '\n'); k >= 0 {
			b.runs[i].start += k + 1
			b.runs = b.runs[:copy(b.runs, b.runs[i:])]
			return
		}
	}
	b.runs = b.runs[:0]
}

// dropLastLine removes the text collected after the last line break, soft or
// hard, and the break.
func (b *spanBuilder) dropLastLine() {
	for i := len(b.runs) - 1; i >= 0; i-- {
		r := b.runs[i]
		if r.style == Break {
			b.runs = b.runs[:i]
			return
		}
		if k := bytes.LastIndexByte(b.raw[r.start:r.end], '\n'); k >= 0 {
			b.runs[i].end = r.start + k
			b.runs = b.runs[:i+1]
			return
		}
	}
	b.runs = b.runs[:0]
}

// o2aFields rewrites the text collected, a paragraph that holds
// Obsidian_to_Anki notes or a part of one, as their cards ask and answer
// it: START, the note type under it, END and a "Tags:" line are the
// plugin's, not the note's text, and go; a field's label, "Back:", is cut
// from its line; the question, the first field of a note that is no cloze,
// is bold. Each line it keeps is a line of the sheet. Notes written one
// right under the other printed "END", "START" and "Basic" between the
// answer of one and the question of the next, and every "Back:" and
// "Tags:" as typed.
func (b *spanBuilder) o2aFields() {
	var lines [][]run
	var line []run
	for _, r := range b.runs {
		if r.style == Break {
			lines, line = append(lines, line), nil
			continue
		}
		for s := r.start; ; {
			k := bytes.IndexByte(b.raw[s:r.end], '\n')
			if k < 0 {
				if s < r.end {
					line = append(line, run{start: s, end: r.end, style: r.style, url: r.url})
				}
				break
			}
			if k > 0 {
				line = append(line, run{start: s, end: s + k, style: r.style, url: r.url})
			}
			lines, line = append(lines, line), nil
			s += k + 1
		}
	}
	lines = append(lines, line)
	b.runs = b.runs[:0]
	typeNext, question := false, false
	for _, l := range lines {
		var t []byte
		for _, r := range l {
			t = append(t, b.raw[r.start:r.end]...)
		}
		lead := len(t) - len(bytes.TrimLeft(t, " \t"))
		t = bytes.TrimSpace(t)
		switch s := string(t); {
		case s == "START":
			typeNext = true
			continue
		case typeNext:
			typeNext, question = false, !strings.Contains(strings.ToLower(s), "cloze")
			continue
		case s == "END":
			question = false
			continue
		}
		name, off := o2aLabel(t)
		if name == "Tags" {
			continue
		}
		if name != "" && name != "Front" {
			question = false
		}
		for cut := lead + off; cut > 0 && len(l) > 0; {
			k := min(cut, l[0].end-l[0].start)
			l[0].start += k
			if cut -= k; l[0].start == l[0].end {
				l = l[1:]
			}
		}
		if len(l) == 0 {
			continue
		}
		if len(b.runs) > 0 {
			b.lineBreak("")
		}
		for _, r := range l {
			if question {
				r.style |= Bold
			}
			b.runs = append(b.runs, r)
		}
	}
}

// reset empties b, keeping its buffers.
func (b *spanBuilder) reset() {
	b.raw, b.runs, b.out, b.res = b.raw[:0], b.runs[:0], b.out[:0], b.res[:0]
}

// finish returns the spans collected since the last finish, cleaned up as
// the sheet shows them, and empties b. Soft line breaks become spaces, or
// breaks when the next line opens with a term or the line before them is
// short (see shortLine), or the next line is numbered next ("3. describir"
// under a long "2. describir …", a list indented past a lead-in that
// Markdown reads as its paragraph's lines); runs of white space become one
// space; there are no spaces at the start or end of a line and no breaks at
// the start or end. With terms, the term that opens each line is marked as
// detectTerms does. It returns nil when no text is left.
func (b *spanBuilder) finish(terms bool) []Span {
	b.prevSpace, b.lineRun = true, 0
	afterDisplay := false // the line before is a display (see markDisplayLines)
	atLineStart := true   // the run being read starts a line
	number := 0           // the number that opens the line before (see lineNumber)
	if bytes.Contains(b.raw, []byte("==")) {
		b.highlight()
	}
	clozes, inCloze := bytes.Contains(b.raw, []byte("{{c")), false
	// A run holds a mark only when the block does: splitClozes only takes
	// bytes out, markDisplayLines marks only where a "$" is and
	// markEmbedLines only where a "![[" is.
	marks := holdsSheetMark(b.raw)
	dashes := bytes.Contains(b.raw, []byte("--"))
	for _, r := range b.runs {
		if r.style == Break {
			b.emitBreak(r.url)
			atLineStart = true
			continue
		}
		t := b.raw[r.start:r.end]
		startsLine := atLineStart
		atLineStart = bytes.HasSuffix(t, []byte{'\n'})
		marked := false // t holds a displayMark
		if r.style&Mono == 0 {
			if clozes {
				t, inCloze = splitClozes(t, inCloze)
			}
			if marks {
				m := markEmbedLines(markDisplayLines(t), startsLine)
				marked = len(m) > len(t)
				t = sheetText(m, b.plainNote)
			}
			if dashes && r.url == "" {
				t = typedDashes(t)
			}
		}
		for first := true; ; first = false {
			line, rest, more := bytes.Cut(t, []byte{'\n'})
			display := bytes.HasPrefix(line, displayMark)
			if marked { // a mark a formula took in is no line's
				line = bytes.ReplaceAll(line, displayMark, nil)
			}
			if !first {
				k := lineNumber(line)
				if display || afterDisplay || termAtBytes(line) > 0 || k > 0 && k == number+1 || !b.lineHeavierThan(shortLine) {
					b.emitBreak("")
				} else {
					b.emitText([]byte{' '}, r.style&^(Link|Mono), "")
				}
			} else if display {
				b.emitBreak("")
			}
			if !first || startsLine {
				number = lineNumber(line)
			}
			afterDisplay = display
			b.emitText(line, r.style, r.url)
			if !more {
				break
			}
			t = rest
		}
	}
	spans := b.spans(terms)
	b.reset()
	return spans
}

// lineNumber returns the number that opens line as an ordered list's
// marker does, "3. describir" or "3) describir", one or two digits and a
// space after the mark, else 0.
func lineNumber(line []byte) int {
	line = bytes.TrimLeft(line, " \t")
	n, k := 0, 0
	for k < len(line) && k < 2 && line[k] >= '0' && line[k] <= '9' {
		n = n*10 + int(line[k]-'0')
		k++
	}
	if k == 0 || k+1 >= len(line) || line[k] != '.' && line[k] != ')' || line[k+1] != ' ' {
		return 0
	}
	return n
}

// displayMark opens a line that is a display of its own, for finish: a
// noncharacter that the sheet's text passes leave as it is.
var displayMark = []byte("\uFDD5")

// markDisplayLines puts displayMark before each line of t that opens a
// "$$" display closing at the end of a line, so that the display keeps
// lines of its own when it becomes text. Obsidian and Typora write
// displays between the lines of a paragraph, "ovvero", "$$W=\int_{r_1}^{r_2}
// F\,dr$$", "Per il secondo principio di Newton", and the sheet ran the
// formula into the prose, "ovvero W=∫… Per il secondo principio"; a line
// of 40 characters or less kept its break, a longer one did not. The "$$"
// are paired from the start, as sheetMath pairs them: the closing "$$" of
// one display opens no other.
func markDisplayLines(t []byte) []byte {
	if !bytes.Contains(t, []byte("$$")) {
		return t
	}
	var out []byte
	from := 0
	start, scanned := 0, 0 // the line of t[:scanned]'s end starts at start
	for pos := 0; ; {
		i := bytes.Index(t[pos:], []byte("$$"))
		if i < 0 {
			break
		}
		open := pos + i
		j := bytes.Index(t[open+2:], []byte("$$"))
		if j < 0 {
			break
		}
		pos = open + 2 + j + 2
		// Only the bytes since the last "$$" are searched for a line break:
		// searching back from each "$$" to its line's start made one long
		// line of displays quadratic.
		if k := bytes.LastIndexByte(t[scanned:open], '\n'); k >= 0 {
			start = scanned + k + 1
		}
		scanned = open
		if j > 0 && len(bytes.TrimLeft(t[start:open], " \t")) == 0 && endsLineAt(t, pos) {
			out = append(append(out, t[from:start]...), displayMark...)
			from = start
		}
	}
	if out == nil {
		return t
	}
	return append(out, t[from:]...)
}

// markEmbedLines puts displayMark before each line of t that holds image
// embeds and nothing else, "![[RiseFall.png]]" under "fall time (t_f):", so
// that it keeps a line of its own, which embedLines drops when the sheet
// draws the image. A line of prose is joined to the next after a space,
// and the sheet printed the file's name in the sentence, "fall time (t_f):
// w1l1RiseFall.png During this period", over the image. The first line of t
// is a line of its own when startsLine is set, else the end of one.
func markEmbedLines(t []byte, startsLine bool) []byte {
	if !bytes.Contains(t, []byte("![[")) {
		return t
	}
	var out []byte
	from := 0
	for start := 0; start < len(t); {
		end := bytes.IndexByte(t[start:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		if (start > 0 || startsLine) && imageEmbedsOnly(t[start:end]) {
			out = append(append(out, t[from:start]...), displayMark...)
			from = start
		}
		start = end + 1
	}
	if out == nil {
		return t
	}
	return append(out, t[from:]...)
}

// imageEmbedsOnly reports whether line holds one or more embeds of image
// files, "![[plot.png|393]]", and nothing else but white space.
func imageEmbedsOnly(line []byte) bool {
	line = bytes.TrimSpace(line)
	if !bytes.HasPrefix(line, []byte("![[")) {
		return false
	}
	ms := embed().FindAllSubmatchIndex(line, -1)
	if ms == nil || ms[0][0] != 0 {
		return false
	}
	end := 0
	for _, m := range ms {
		if len(bytes.TrimSpace(line[end:m[0]])) > 0 || !imageExts[strings.ToLower(filepath.Ext(string(bytes.TrimSpace(line[m[2]:m[3]]))))] {
			return false
		}
		end = m[1]
	}
	return len(bytes.TrimSpace(line[end:])) == 0
}

// endsLineAt reports whether nothing but a full stop or comma follows
// t[:i] on its line: "$$E_k=\frac{mv^2}{2}$$." ends its line, "$$Q, K,
// V$$ all come from" does not.
func endsLineAt(t []byte, i int) bool {
	after := bytes.TrimLeft(t[i:], " \t.,;:")
	return len(after) == 0 || after[0] == '\n'
}

// highlight marks the text between the markers of each Obsidian highlight,
// ==text== (see highlightAt), as Highlight and drops the markers, across
// runs: in "the ==**statistical power**== of a test" the markers are in the
// plain runs around the bold one, and the sheet printed them. Code keeps
// its "==".
func (b *spanBuilder) highlight() {
	var v []byte // the runs' text, code blanked, breaks as newlines
	for _, r := range b.runs {
		switch {
		case r.style == Break:
			v = append(v, '\n')
		case r.style&Mono != 0:
			v = append(v, bytes.Repeat([]byte{'x'}, r.end-r.start)...)
		default:
			v = append(v, b.raw[r.start:r.end]...)
		}
	}
	const marker, marked = 1, 2
	class := make([]uint8, len(v))
	found := false
	for start := 0; start < len(v); { // line by line: a highlight ends with its line
		end := bytes.IndexByte(v[start:], '\n')
		if end < 0 {
			end = len(v)
		} else {
			end += start
		}
		for at := start; ; {
			i, j := highlightAt(v[at:end])
			if i < 0 {
				break
			}
			i, j, found = at+i, at+j, true
			class[i], class[i+1], class[j], class[j+1] = marker, marker, marker, marker
			for k := i + 2; k < j; k++ {
				class[k] = marked
			}
			at = j + 2
		}
		start = end + 1
	}
	if !found {
		return
	}
	out := make([]run, 0, len(b.runs)+4)
	k := 0 // where the run starts in v
	for _, r := range b.runs {
		if r.style == Break {
			out = append(out, r)
			k++
			continue
		}
		for p := r.start; p < r.end; {
			c, q := class[k+p-r.start], p
			for q < r.end && class[k+q-r.start] == c {
				q++
			}
			if c != marker {
				part := r
				part.start, part.end = p, q
				if c == marked {
					part.style |= Highlight
				}
				out = append(out, part)
			}
			p = q
		}
		k += r.end - r.start
	}
	b.runs = out
}

// emitText adds t to res in style st with its white space collapsed, and
// without leading spaces at the start of a line or after a space.
func (b *spanBuilder) emitText(t []byte, st Style, url string) {
	start := len(b.out)
	b.out = appendCollapsed(b.out, t)
	if b.prevSpace {
		n := start
		for n < len(b.out) && b.out[n] == ' ' {
			n++
		}
		if n > start {
			b.out = append(b.out[:start], b.out[n:]...)
		}
	}
	if len(b.out) == start {
		return
	}
	b.prevSpace = b.out[len(b.out)-1] == ' '
	b.res = append(b.res, run{start: start, end: len(b.out), style: st, url: url})
}

// emitBreak ends the line in res: the spaces that end it are dropped, and
// the break too when the line is empty.
func (b *spanBuilder) emitBreak(url string) {
	if n := len(b.res) - 1; n >= 0 && b.res[n].style != Break {
		b.trimLast()
	}
	if n := len(b.res) - 1; n >= 0 && b.res[n].style != Break {
		b.res = append(b.res, run{start: len(b.out), end: len(b.out), style: Break, url: url})
	}
	b.prevSpace, b.lineRun = true, len(b.res)
}

// shortLine is the most characters (besides spaces) that a line ended by a
// soft break has when the break was meant: "house - casa", "1 uno", a
// phrase and its translation. A line of prose wrapped by its editor is
// longer, and goes on after a space.
const shortLine = 40

// lineHeavierThan reports whether the line being finished has more than n
// characters that are not spaces. Each run is counted on its own, as the
// sheet's spans are: two bytes that are no character alone, at the end of
// one run and the start of the next, are two characters, not the one they
// spell side by side in out. It reads no further than the character past
// n: the line it is asked of grows with each soft break joined to it, and
// counting it whole each time made a paragraph of n lines cost n² (20,000
// lines, 10 s).
func (b *spanBuilder) lineHeavierThan(n int) bool {
	for _, r := range b.res[b.lineRun:] {
		if n = countDown(b.out[r.start:r.end], n); n < 0 {
			return true
		}
	}
	return false
}

// countDown returns n less the characters of t that are not spaces,
// stopping once it is below 0.
func countDown(t []byte, n int) int {
	for len(t) > 0 && n >= 0 {
		r, size := utf8.DecodeRune(t)
		t = t[size:]
		if r != ' ' {
			n--
		}
	}
	return n
}

// trimLast removes the trailing spaces of the last span of res, a text
// span whose text ends out, and the span itself when nothing is left.
func (b *spanBuilder) trimLast() {
	n := len(b.res) - 1
	end := b.res[n].end
	for end > b.res[n].start && b.out[end-1] == ' ' {
		end--
	}
	b.out = b.out[:end]
	b.res[n].end = end
	if end == b.res[n].start {
		b.res = b.res[:n]
	}
}

// spans joins neighbours of one style and link in res, drops the breaks and
// spaces that end it, and returns the result as spans sharing one string;
// with terms, it marks terms as detectTerms does.
func (b *spanBuilder) spans(terms bool) []Span {
	res := b.res[:0]
	for _, r := range b.res {
		if k := len(res) - 1; k >= 0 && r.style != Break && res[k].style == r.style && res[k].url == r.url {
			res[k].end = r.end
			continue
		}
		res = append(res, r)
	}
	b.res = res
	for len(b.res) > 0 {
		if n := len(b.res) - 1; b.res[n].style == Break {
			b.res = b.res[:n]
			continue
		}
		n := len(b.res)
		b.trimLast()
		if len(b.res) == n {
			break
		}
	}
	if len(b.res) == 0 {
		return nil
	}
	text := b.textBlock.keep(b.out)
	n := len(b.res)
	if terms {
		lineStart := true
		for i := range b.res {
			r := &b.res[i]
			if r.style == Break {
				lineStart = true
				continue
			}
			if lineStart && r.style == 0 {
				if r.term = termAt(text[r.start:r.end]); r.term > 0 && r.start+r.term < r.end {
					n++
				}
			}
			lineStart = false
		}
	}
	spans := b.takeSpans(n)
	for _, r := range b.res {
		if r.term > 0 {
			spans = append(spans, Span{Text: text[r.start : r.start+r.term], Style: Term})
			if r.start+r.term < r.end {
				spans = append(spans, Span{Text: text[r.start+r.term : r.end]})
			}
			continue
		}
		spans = append(spans, Span{Text: text[r.start:r.end], Style: r.style, URL: r.url})
	}
	return spans
}

// appendCollapsed appends s to dst with each run of white space replaced by
// one space. No-break spaces are kept. Text without an ASCII space or control
// space is appended as it is; otherwise invalid UTF-8 becomes U+FFFD.
func appendCollapsed(dst, s []byte) []byte {
	if !hasASCIISpace(s) {
		return append(dst, s...)
	}
	space := false // s[i-1] is white space
	from := 0      // s[from:i] is still to be copied as it is
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if w := binary.LittleEndian.Uint64(s[i:]); plainWord(w, space) {
				space = w>>56 == ' '
				i += 8
				continue
			}
		}
		c, n := s[i], 1
		switch {
		case c == ' ':
			if !space {
				space = true // a lone space stays as it is
				i++
				continue
			}
		case c < utf8.RuneSelf:
			if c < '\t' || c > '\r' {
				space = false
				i++
				continue
			}
		default:
			var r rune
			r, n = utf8.DecodeRune(s[i:])
			if r == utf8.RuneError && n == 1 {
				dst = utf8.AppendRune(append(dst, s[from:i]...), r)
				i++
				from, space = i, false
				continue
			}
			if r != '\u0085' && (r < '\u1680' || !unicode.IsSpace(r)) {
				space = false
				i += n
				continue
			}
		}
		dst = append(dst, s[from:i]...)
		if !space {
			dst = append(dst, ' ')
		}
		space = true
		i += n
		from = i
	}
	return append(dst, s[from:]...)
}

// hasASCIISpace reports whether s holds a space, tab, newline, vertical tab,
// form feed or carriage return.
func hasASCIISpace(s []byte) bool {
	for _, c := range s {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return true
		}
	}
	return false
}

// plainWord reports whether appendCollapsed keeps the 8 bytes of w (read
// little-endian) as they are: they are ASCII, neither control characters nor
// two spaces in a row; space says the byte before them is white space.
func plainWord(w uint64, space bool) bool {
	const ones, high, low = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	if w&high != 0 || (w-' '*ones)&^w&high != 0 {
		return false
	}
	x := w ^ ' '*ones
	spaces := ^((x&low + low) | x | low) // the high bit of each space
	return spaces&(spaces<<8) == 0 && !(space && spaces&0x80 != 0)
}

// termBounds returns where the term candidate that opens line starts and
// ends: after the leading spaces, up to the first separator (or a colon that
// ends the line) less the spaces before it. ok is false when there is no
// separator. The colon that closes an emoji shortcode is none: ":bulb: Tip:
// draw" printed ":bulb" in bold, as a term, and the sheet's emoji went
// unseen. Whether the candidate is a term is isSheetTerm's call.
func termBounds[T string | []byte](line T) (start, end int, ok bool) {
	for start < len(line) && line[start] == ' ' {
		start++
	}
	l := line[start:]
	colon := !(len(l) >= 2 && l[0] == ':' && l[1] == ' ') // ": " at 0 never counts
	best := -1
	for i := 1; i+1 < len(l); i++ {
		switch l[i] {
		case ':':
			if colon && l[i+1] == ' ' && !closesShortcode(l, i) {
				best = i
			}
		case ' ':
			if c := l[i+1]; c == '-' || c == 0xe2 { // a dash can follow: spare the call
				best = dashAfter(l[i+1:], i)
			}
		}
		if best >= 0 {
			break
		}
	}
	if best < 0 && len(l) > 1 && l[len(l)-1] == ':' && !closesShortcode(l, len(l)-1) {
		best = len(l) - 1
	}
	if best <= 0 {
		return 0, 0, false
	}
	end = best
	for end > 0 && l[end-1] == ' ' {
		end--
	}
	if l[best] == ':' && l[end-1] != '?' {
		if k := askedColon(l[best+1:]); k >= 0 {
			end = best + 1 + k + 1
		}
	}
	return start, start + end, true
}

// askedColon returns where s holds the "?: " that ends a question, or -1:
// the separator srSeparators writes for a spaced-repetition card whose
// question holds a colon of its own, "Variable or local: how to decide?
// :: …", whose term is the whole question; it printed "Variable or local"
// as the term and the rest as its definition.
func askedColon[T string | []byte](s T) int {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == '?' && s[i+1] == ':' && s[i+2] == ' ' {
			return i
		}
	}
	return -1
}

// dashAfter returns i when s, what follows a space at i, opens with a dash
// separator ("- ", "– ", "— ", "-- "), else -1.
func dashAfter[T string | []byte](s T, i int) int {
	switch {
	case len(s) >= 2 && s[0] == '-' && s[1] == ' ',
		len(s) >= 3 && s[0] == '-' && s[1] == '-' && s[2] == ' ',
		len(s) >= 4 && s[0] == 0xe2 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94) && s[3] == ' ':
		return i
	}
	return -1
}

// termAtBytes is termAt for a line in a buffer; it makes a string only of a
// term candidate.
func termAtBytes(line []byte) int {
	start, end, ok := termBounds(line)
	if !ok || !isSheetTerm(string(line[start:end]), line[end:]) {
		return 0
	}
	return end - start
}

// splitClozes takes from t, a run of text, the marks of a cloze that code
// splits: the "}}" that closes one opened in a run before it (open), and
// an opening "{{c1::" whose "}}" is in a run after it; it reports whether
// a cloze is open at its end. "use {{c1::curly brackets `{}`}}" printed
// "{{c1::curly brackets {}}}" on the sheet, where sheetText leaves a cloze
// whole in its run as its answer.
func splitClozes(t []byte, open bool) ([]byte, bool) {
	if open {
		if k := bytes.Index(t, []byte("}}")); k >= 0 && !clozeOpen().Match(t[:k]) {
			t = append(append([]byte{}, t[:k]...), t[k+2:]...)
			open = false
		}
	}
	locs := clozeOpen().FindAllIndex(t, -1)
	if len(locs) == 0 {
		return t, open
	}
	last := locs[len(locs)-1]
	if bytes.Contains(t[last[1]:], []byte("}}")) {
		return t, open
	}
	return append(append([]byte{}, t[:last[0]]...), t[last[1]:]...), true
}

// sheetText returns text t, outside code, as the sheet shows it: without
// Obsidian comments, formulas as plain text (sheetMath), Obsidian embeds as the name of what they
// embed, [[wikilinks]] as their text, ==highlights== without their markers,
// clozes as their answers, footnote labels as superscripts and pandoc's
// subscripts and superscripts lowered and raised (sheetScripts), a note's
// own LaTeX macros as their argument (ownMacroArgs), the "::" or ";;" of a
// spaced-repetition card as a colon (srSeparators), pandoc's "\ " as a
// space (pandocSpaces). A label whose id text reports stays as typed,
// "[^abc]" (see showFootnotes). Each of
// these opens with one of the bytes of sheetMarks: text without any is
// returned as it is after one pass (the outline asks for every run of text).
func sheetText(t []byte, text func(id string) bool) []byte {
	if !holdsSheetMark(t) {
		return t
	}
	if bytes.Contains(t, []byte("%%")) {
		t = []byte(dropObsidianMarks(string(t)))
	}
	if bytes.Contains(t, []byte("^[")) {
		t = []byte(inlineNotes(string(t), false))
	}
	formula := bytes.IndexByte(t, '$') >= 0 || bytes.Contains(t, []byte(`\(`)) || bytes.Contains(t, []byte(`\[`))
	if !formula && (bytes.IndexByte(t, '~') >= 0 || bytes.IndexByte(t, '^') >= 0) {
		t = []byte(sheetScripts(string(t))) // "~" is a space in LaTeX, "^" a formula's
	}
	if formula {
		t = []byte(sheetMath(string(t)))
	} else if bytes.IndexByte(t, '\\') >= 0 && bytes.IndexByte(t, '{') >= 0 {
		t = ownMacroArgs(t)
	}
	if bytes.Contains(t, []byte("[[")) {
		t = embed().ReplaceAllFunc(t, func(m []byte) []byte {
			return bytes.TrimSpace(embed().FindSubmatch(m)[1])
		})
		t = []byte(resolveWikilinks(string(t)))
	}
	if bytes.Contains(t, []byte("==")) {
		t = []byte(markHighlights(string(t), false))
	}
	if bytes.Contains(t, []byte("{{c")) {
		t = []byte(unCloze(string(t)))
	}
	if bytes.Contains(t, []byte("[^")) {
		t = []byte(showFootnotes(string(t), false, text))
	}
	if bytes.Contains(t, []byte("::")) || bytes.Contains(t, []byte(";;")) {
		t = srSeparators(t)
	}
	if bytes.IndexByte(t, '\\') >= 0 {
		t = pandocSpaces(t)
	}
	return t
}

// pandocSpaces takes from t each backslash that pandoc reads as a space
// that breaks no line, "![](heart.png)\ " as its notes type after a
// picture to keep it inline: a backslash alone, at the start of t or after
// a space, before a space, a line's end or t's. "C:\ drive" and "\alpha"
// stay as typed.
func pandocSpaces(t []byte) []byte {
	var out []byte
	last := 0 // t[:last] is in out
	for i, c := range t {
		if c != '\\' || i > 0 && t[i-1] != ' ' && t[i-1] != '\n' || i+1 < len(t) && t[i+1] != ' ' && t[i+1] != '\n' {
			continue
		}
		out = append(out, t[last:i]...)
		last = i + 1
	}
	if last == 0 {
		return t
	}
	return append(out, t[last:]...)
}

// typedDashes writes the dashes of t typed as hyphens as pandoc and LaTeX
// set them, "--" as an en dash and "---" as an em dash, between two spaces
// or two letters: "OpenTofu -- an open-source fork", "that land--it must".
// A flag's "--force", an arrow's "-->" and a rule's "----" stay as typed.
func typedDashes(t []byte) []byte {
	var out []byte
	last := 0 // t[:last] is in out
	for i := 0; i < len(t); i++ {
		if t[i] != '-' {
			continue
		}
		j := i
		for j < len(t) && t[j] == '-' {
			j++
		}
		if n := j - i; (n == 2 || n == 3) && dashBetween(t[:i], t[j:]) {
			dash := "–"
			if n == 3 {
				dash = "—"
			}
			out = append(append(out, t[last:i]...), dash...)
			last = j
		}
		i = j - 1
	}
	if last == 0 {
		return t
	}
	return append(out, t[last:]...)
}

// dashBetween reports whether hyphens between before and after are a
// dash: a space on each side, or a letter on each side in a word of no
// other hyphen, as a file's mode "-r--r--r--" has.
func dashBetween(before, after []byte) bool {
	b, _ := utf8.DecodeLastRune(before)
	a, _ := utf8.DecodeRune(after)
	if b == ' ' && a == ' ' {
		return true
	}
	if !unicode.IsLetter(b) || !unicode.IsLetter(a) {
		return false
	}
	word := before[bytes.LastIndexByte(before, ' ')+1:]
	if k := bytes.IndexByte(after, ' '); k >= 0 {
		after = after[:k]
	}
	return bytes.IndexByte(word, '-') < 0 && bytes.IndexByte(after, '-') < 0
}

// sheetMarks holds a byte of each mark sheetText rewrites: "%%", "^[",
// "$", `\(`, `\[`, "[[", "==", "{{c", "[^", "~", "^", "::" and ";;".
const sheetMarks = "%[$\\={~^:;"

// sheetMarkBytes marks each byte of sheetMarks, for holdsSheetMark.
var sheetMarkBytes = func() (t [256]bool) {
	for i := 0; i < len(sheetMarks); i++ {
		t[sheetMarks[i]] = true
	}
	return t
}()

// holdsSheetMark reports whether t holds one of sheetMarks, as
// bytes.ContainsAny does, in one pass over t with a table: ContainsAny
// builds its set on each call, and a byte search for each mark reads clean
// text once a mark, on every block and run of the outline.
func holdsSheetMark(t []byte) bool {
	for _, c := range t {
		if sheetMarkBytes[c] {
			return true
		}
	}
	return false
}

// srSeparators writes the separator of each spaced-repetition card of t,
// "Capital of France::Paris", "Term :: definition", "What is x?;;y" (":::"
// asks both ways), as a colon and a space, "Capital of France: Paris",
// which the sheet marks as the term it defines: the cards read the two
// sides, the sheet printed the "::" as typed. A separator asks after a
// question mark or before a space, or, ";;", where the cards read one
// (askEnds, answerStarts). Between two words it stays as typed:
// "std::io::Stdin" and "Ordering::Less" are code as often as "Capital of
// France::Paris" is a card; so do "fe80::1" and "for(;;)". A ":::"
// between words asks both ways unless it is code (see
// reversedBetweenWords).
func srSeparators(t []byte) []byte {
	var out []byte
	last := 0 // t[:last] is in out
	for i := 1; i < len(t); i++ {
		c := t[i]
		if c != ':' && c != ';' || t[i-1] == c || i+1 == len(t) || t[i+1] != c {
			continue
		}
		j := i
		for j < len(t) && t[j] == c {
			j++
		}
		if !srSeparator(t, i, j) {
			i = j - 1
			continue
		}
		k := i
		for k > last && t[k-1] == ' ' {
			k--
		}
		for j < len(t) && t[j] == ' ' {
			j++
		}
		out = append(append(out, t[last:k]...), ": "...)
		last, i = j, j-1
	}
	if last == 0 {
		return t
	}
	return append(out, t[last:]...)
}

// srSeparator reports whether t[i:j], a run of colons or semicolons,
// separates the two sides of a spaced-repetition card (see srSeparators).
func srSeparator(t []byte, i, j int) bool {
	if j-i > 3 || t[i] == ';' && j-i != 2 {
		return false
	}
	if t[i-1] == '?' && t[i] == ':' {
		return true // "`HTML`?::Through": a question asks, its words in a code span or emphasis before the run
	}
	if !hasWordChar(string(t[:i])) {
		// "**Capital of Laos** :: Vientiane": the question is the
		// emphasis or code before the run, the separator spaced as
		// Obsidian's plugin writes it.
		return len(bytes.TrimLeft(t[:i], " ")) == 0 && j < len(t) && t[j] == ' '
	}
	before, after := t[i-1], byte(' ')
	if j < len(t) {
		after = t[j]
	}
	if t[i] == ';' {
		return askEnds(before) && (j == len(t) || answerStarts(t[j:]))
	}
	if j-i == 3 && before != ' ' && after != ' ' {
		return reversedBetweenWords(t[:i], t[j:])
	}
	if j-i == 2 && isIdent(before) && isIdent(after) {
		return termBetweenWords(t[:i], t[j:])
	}
	return before == '?' || after == ' ' && (before == ' ' || before == ')' || before >= 0x80 || isIdent(before))
}

// termBetweenWords reports whether a "::" between before and after, with
// no space on either side, separates a card's two sides as the cards read
// it (see colonCard): "Term::def in a list" asked Term and printed its
// "::" as typed. It is the line's first "::", after at most four words; the
// word before it is not in lower case unless a capital follows, and a
// phrase follows, not one more name; the word is no name in camel case or
// with "_": "std::vector", "Ordering::Less", "Vec::new()", "HashMap::new
// makes one", "#bio::cells" and "x::y" after another "::" stay as typed.
func termBetweenWords(before, after []byte) bool {
	line := before[bytes.LastIndexByte(before, '\n')+1:]
	words := bytes.Fields(line)
	if len(words) == 0 || len(words) > 4 || bytes.Contains(line, []byte("::")) {
		return false
	}
	word := words[len(words)-1]
	if word[0] == '#' || bytes.Equal(word, bytes.ToLower(word)) && !(after[0] >= 'A' && after[0] <= 'Z') {
		return false
	}
	if codeName(string(word)) {
		return false // "HashMap::new", "my_mod::f": a name in code
	}
	end := bytes.IndexByte(after, '\n')
	if end < 0 {
		end = len(after)
	}
	return bytes.IndexByte(after[:end], ' ') > 0 && !pathGoesOn(string(after)) && !isIPv6(string(word), string(after))
}

// codeName reports whether word, the word right before a "::", is a name
// in code: in camel case or with "_" after its first letter, "HashMap",
// "my_mod", as no term a card asks is typed.
func codeName(word string) bool {
	for k := 1; k < len(word); k++ {
		if word[k] == '_' || word[k] >= 'A' && word[k] <= 'Z' && word[k-1] >= 'a' && word[k-1] <= 'z' {
			return true
		}
	}
	return false
}

// reversedBetweenWords reports whether a ":::" between before and after,
// with no space on either side, asks both ways as the cards read it:
// "Mitosis:::Cell division" printed its ":::" as typed. The word before
// opens with a capital or a letter beyond ASCII and holds letters, digits
// and hyphens, and a letter or digit follows. R's "stats:::fun", Scala's
// "xs:::ys" and an identifier's "spot_X:::CellType" stay as typed.
func reversedBetweenWords(before, after []byte) bool {
	word := before[bytes.LastIndexByte(before, ' ')+1:]
	if len(word) == 0 || !(word[0] >= 'A' && word[0] <= 'Z' || word[0] >= 0x80) || !isWordByte(after[0]) {
		return false
	}
	for _, c := range word {
		if !isWordByte(c) && c != '-' {
			return false
		}
	}
	return !pathGoesOn(string(after))
}
