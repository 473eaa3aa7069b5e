package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pandocMarkup rewrites what Google Docs, pandoc and Quizlet write into a
// converted note, and pandoc's own syntax that R Markdown and Quarto notes
// are typed in, as the Markdown it stands for, line for line so that
// positions stay right. Fenced code is left as it is. body is returned when
// it holds none of it.
func pandocMarkup(body []byte) []byte {
	return fencedDivs(glossaryPairs(unseparatedGlossary(pandocTables(definitionLists(pandocAttributes(escapedDashes(texLayout(dataFrames(citations(slidePauses(body)))))))))))
}

// slidePauses blanks pandoc's pauses, a paragraph ". . ." alone, with which
// a Quarto or pandoc slide shows the rest of itself on a click: it shows
// nothing, yet it stood in the slide's card between the lines it parts.
// Three dots inside a paragraph, and fenced code, are left as they are.
// body is returned when it holds none.
func slidePauses(body []byte) []byte {
	if !bytes.Contains(body, []byte(". . .")) {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	for i, l := range lines {
		if code[i] || string(bytes.TrimSpace(l)) != ". . ." {
			continue
		}
		if (i == 0 || isBlank(lines[i-1])) && (i == len(lines)-1 || isBlank(lines[i+1])) {
			lines[i] = blankLine(l)
			changed = true
		}
	}
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

// escapedDashes rewrites a dash escaped in the middle of a line, "\-", as
// the dash it is: Google Docs and pandoc escape every dash of a document,
// "**DNS** \- port 53", "Port 161 \- SNMP", "**Osmosis \-** water …", and
// the separator of the term was not seen. Only a dash after a space and
// text, before a space, emphasis or the end of the line, is rewritten: "\-"
// that starts the text of a line ("\- not a list", "* \- text") keeps the
// line from being a list, and code keeps its backslash.
func escapedDashes(body []byte) []byte {
	if !containsText(body, `\-`) {
		return body
	}
	var out []byte // nil until a dash is rewritten
	last := 0
	textLines(body, func(off int, line []byte) {
		if !bytes.Contains(line, []byte(`\-`)) {
			return
		}
		for _, i := range textDashes(line) {
			out = append(out, body[last:off+i]...)
			last = off + i + 1 // drop the backslash
		}
	})
	if out == nil {
		return body
	}
	return append(out, body[last:]...)
}

// textDashes returns the offsets of the backslashes of line's escaped dashes
// that separate text ("**DNS** \- port 53"), outside code spans.
func textDashes(line []byte) []int {
	var at []int
	start := lineTextStart(line)
	for i := start; i < len(line)-1; i++ {
		switch {
		case line[i] == '`':
			i = codeSpanEnd(line, i) - 1
		case line[i] != '\\':
		case line[i+1] != '-':
			i++ // "\\-" is an escaped backslash, then a dash
		case dashBetweenText(line, start, i):
			at = append(at, i)
		}
	}
	return at
}

// dashBetweenText reports whether the escaped dash whose backslash is at i
// stands between words: after a space that follows text of the line (from
// start on, not a table's "|"), before a space, emphasis ("**Osmosis \-**")
// or the end of the line.
func dashBetweenText(line []byte, start, i int) bool {
	if i < start+2 || (line[i-1] != ' ' && line[i-1] != '\t') {
		return false
	}
	before := bytes.TrimRight(line[start:i], " \t")
	if len(before) == 0 || before[len(before)-1] == '|' {
		return false
	}
	if i+2 == len(line) {
		return true
	}
	switch line[i+2] {
	case ' ', '\t', '\n', '*', '_':
		return true
	}
	return false
}

// lineTextStart returns the offset of the text of line after its
// indentation and the markers of the quotes and list items that hold it:
// 4 in "> * \- text".
func lineTextStart(line []byte) int {
	i := 0
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i == len(line) {
			return i
		}
		j := i
		switch c := line[i]; {
		case c == '>':
			j = i + 1
		case c == '-' || c == '*' || c == '+':
			j = i + 1
		case '0' <= c && c <= '9':
			for j < len(line) && j-i < 9 && '0' <= line[j] && line[j] <= '9' {
				j++
			}
			if j == len(line) || (line[j] != '.' && line[j] != ')') {
				return i
			}
			j++
		default:
			return i
		}
		if line[i] != '>' && (j == len(line) || (line[j] != ' ' && line[j] != '\t')) {
			return i
		}
		i = j
	}
}

// hasAttributeBrace reports whether body holds "]{", "){" or "`{", where
// pandoc's attributes open. It searches for the rare "{" once: three
// searches for the pairs walked each "]", ")" and "`" (~0.8 ms per 4.4 MB,
// serial).
func hasAttributeBrace(body []byte) bool {
	for i := 1; i < len(body); i++ {
		j := bytes.IndexByte(body[i:], '{')
		if j < 0 {
			return false
		}
		if i += j; body[i-1] == ']' || body[i-1] == ')' || body[i-1] == '`' {
			return true
		}
	}
	return false
}

// pandocAttributes rewrites pandoc's attributes, which no Markdown renders,
// as the text they are set on: a span, "[comparable]{.underline}", is its
// text, a highlight of Word, "[the topmost node]{.mark}", is one of
// Obsidian, "==the topmost node==", and the attributes of an image or of
// code, `![](media/image1.png){width="7.5in" height="2.4in"}`,
// "`T getMax()`{.java}", are dropped. Shown raw, they were the answers of
// cards, and hid the term of "[Data Definitions]{.underline}: a type of
// business rule". Attributes wrapped onto the next line, as pandoc wraps
// them, are dropped too; the line break stays.
//
// A span around another span or an image, "[[Memoization]{.underline}
// stores results]{.mark}", is rewritten by a further pass, once the one
// inside is: a pass rewrites only what opens after the last rewrite ends.
// Spans nested deeper than maxSpanNesting keep their outer attributes.
func pandocAttributes(body []byte) []byte {
	for range maxSpanNesting {
		if !hasAttributeBrace(body) {
			return body
		}
		next, nested := pandocAttributesPass(body)
		if !nested {
			return next
		}
		body = next
	}
	return body
}

// maxSpanNesting is how many spans in one another pandocAttributes
// rewrites; Word nests two or three (a highlight over an underline).
const maxSpanNesting = 8

// pandocAttributesPass rewrites the attributes of pandocAttributes whose
// span opens after the last attributes rewritten, and reports whether it
// left a span around one it rewrote.
func pandocAttributesPass(body []byte) ([]byte, bool) {
	nested := false
	var out []byte     // nil until attributes are dropped
	last, from := 0, 0 // from: where the next line's search starts, past attributes wrapped onto it
	textLines(body, func(off int, line []byte) {
		if bytes.IndexByte(line, '{') < 0 {
			return
		}
		for i := max(from-off, 0); i < len(line)-1; i++ {
			if line[i] == '`' {
				if i = codeSpanEnd(line, i) - 1; i == len(line)-1 {
					break
				}
			}
			if line[i+1] != '{' || (line[i] != ']' && line[i] != ')' && line[i] != '`') {
				continue
			}
			a := off + i + 1
			e := attributesEnd(body, a)
			if e < 0 {
				continue
			}
			if line[i] == ']' {
				open := spanOpen(line, i)
				if open < 0 {
					continue
				}
				if off+open < last {
					nested = true // its text holds what this pass rewrote
					continue
				}
				mark := markAttribute(body[a:e])
				out = append(out, body[last:off+open]...)
				out = append(out, mark...)
				out = append(out, body[off+open+1:off+i]...)
				out = append(out, mark...)
			} else {
				out = append(out, body[last:a]...)
			}
			out = append(out, wrappedPrefix(body[a:e])...)
			last, from = e, e
			i = e - off - 1
		}
	})
	if out == nil {
		return body, false
	}
	return append(out, body[last:]...), nested
}

// attributesEnd returns the offset just past the attributes of pandoc that
// open at b[i], "{#array}", "{.underline}", `{width="7.5in" height="2.4in"}`,
// or -1 when b[i:] starts no such block. The block may go on on the next
// line, after the quote markers that hold it.
func attributesEnd(b []byte, i int) int {
	j, n, wrapped := i+1, 0, false
	for j < len(b) {
		switch c := b[j]; {
		case c == ' ' || c == '\t':
			j++
		case c == '\n':
			if wrapped || n == 0 {
				return -1
			}
			wrapped = true
			j++
			for j < len(b) && (b[j] == ' ' || b[j] == '\t' || b[j] == '>') {
				j++
			}
			if j < len(b) && b[j] == '\n' {
				return -1 // a blank line ends the paragraph
			}
		case c == '}':
			if n == 0 {
				return -1
			}
			return j + 1
		default:
			k := attributeEnd(b, j)
			if k < 0 || (k < len(b) && b[k] != ' ' && b[k] != '\t' && b[k] != '\n' && b[k] != '}') {
				return -1
			}
			j, n = k, n+1
		}
	}
	return -1
}

// attributeEnd returns the offset just past the one attribute that starts
// at b[j], a class ".underline", an identifier "#array" or a key and its
// value, `height="2.4in"`, or -1.
func attributeEnd(b []byte, j int) int {
	if b[j] == '.' || b[j] == '#' {
		k := nameEnd(b, j+1)
		if k == j+1 {
			return -1
		}
		return k
	}
	k := nameEnd(b, j)
	if k == j || k == len(b) || b[k] != '=' {
		return -1
	}
	k++
	if k < len(b) && b[k] == '"' {
		q := bytes.IndexByte(b[k+1:], '"')
		if q < 0 || bytes.IndexByte(b[k+1:k+1+q], '\n') >= 0 {
			return -1
		}
		return k + 1 + q + 1
	}
	v := k
	for k < len(b) && b[k] != ' ' && b[k] != '\t' && b[k] != '\n' && b[k] != '}' && b[k] != '"' {
		k++
	}
	if k == v {
		return -1
	}
	return k
}

// nameEnd returns the offset past the letters, digits and "-_:." that
// start b[j:], the name of a class, an identifier or a key.
func nameEnd(b []byte, j int) int {
	for j < len(b) {
		c := b[j]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.') {
			break
		}
		j++
	}
	return j
}

// spanOpen returns the offset of the "[" that the "]" at line[close]
// closes, or -1: none on the line, an escaped one, or the "[" of an image
// or of a reference link's second bracket, which are no spans.
func spanOpen(line []byte, close int) int {
	depth := 0
	for k := close - 1; k >= 0; k-- {
		switch {
		case k > 0 && line[k-1] == '\\':
			k--
		case line[k] == ']':
			depth++
		case line[k] != '[':
		case depth > 0:
			depth--
		case k > 0 && (line[k-1] == '!' || line[k-1] == ']'):
			return -1
		default:
			return k
		}
	}
	return -1
}

// markAttribute returns "==" when the attributes attrs mark a highlight,
// as pandoc reads Word's ("{.mark}"), and nothing otherwise.
func markAttribute(attrs []byte) []byte {
	for _, f := range bytes.Fields(bytes.Trim(attrs, "{}")) {
		if string(f) == ".mark" {
			return []byte("==")
		}
	}
	return nil
}

// wrappedPrefix returns the line break of attributes that pandoc wrapped
// onto a second line, with the quote markers and indentation after it,
// so that the note keeps its lines; nothing when they are on one line.
func wrappedPrefix(attrs []byte) []byte {
	n := bytes.IndexByte(attrs, '\n')
	if n < 0 {
		return nil
	}
	k := n + 1
	for k < len(attrs) && (attrs[k] == ' ' || attrs[k] == '\t' || attrs[k] == '>') {
		k++
	}
	return attrs[n:k]
}

// hasDefinitionMarker reports whether body opens with ":", or a later line
// with ":" after at most two spaces: where a definition's marker may be. It
// goes from colon to colon, looking at the bytes before each; three
// searches for "\n:", "\n :" and "\n  :" walked the lines three times
// (~1.7 ms per 4.4 MB, serial), and a walk over the lines stopped at each.
func hasDefinitionMarker(body []byte) bool {
	for i := 0; ; i++ {
		k := bytes.IndexByte(body[i:], ':')
		if k < 0 {
			return false
		}
		i += k
		if i == 0 || body[i-1] == '\n' || i >= 2 && body[i-1] == ' ' && (body[i-2] == '\n' || i >= 3 && body[i-2] == ' ' && body[i-3] == '\n') {
			return true
		}
	}
}

// definitionLists rewrites pandoc's definition lists as the "Term:" line
// over its definition that notes write by hand, which is a card:
//
//	**Osmosis**                     **Osmosis**:
//	:   Water crossing a membrane.  Water crossing a membrane.
//
// Shown raw, the ":" marker began the answer, and a term set apart from its
// definition by a blank line ("Diffusion", "", ":   Movement from high to
// low …"), or over an empty marker and an indented paragraph, made no card:
// there the definition moves up, under its term. The indented lines of a
// definition are dedented, so that its later paragraphs are no code. The
// note keeps its lines and the term its place; fenced code is left as it is.
func definitionLists(body []byte) []byte {
	if !hasDefinitionMarker(body) {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	last := -1 // the last line of the definition moved last
	for k := 0; k < len(lines); k++ {
		text, ok := definitionMarker(lines[k])
		if code[k] || !ok {
			continue
		}
		t, d := definitionTerm(lines, code, k, last), k
		if len(bytes.TrimSpace(text)) == 0 {
			d = definitionText(lines, code, k)
		}
		if t < 0 || d < 0 {
			continue
		}
		if d > k {
			text = dedent(lines[d])
		}
		k = moveDefinition(lines, t, d, text, dedentDefinition(lines, code, d+1))
		last, changed = k, true
	}
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

// definitionMarker returns the text after the marker of a line that starts
// a definition, ":   Water crossing a membrane." (indented by up to two
// spaces), and whether line is one; "::" and ":word" start none.
func definitionMarker(line []byte) ([]byte, bool) {
	i := 0
	for i < 2 && i < len(line) && line[i] == ' ' {
		i++
	}
	if i == len(line) || line[i] != ':' {
		return nil, false
	}
	i++
	if i < len(line) && line[i] != ' ' && line[i] != '\t' && line[i] != '\n' {
		return nil, false
	}
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return line[i:], true
}

// definitionTerm returns the index of the term of the definition marked on
// line k: the line just over it, or over one blank line, that is a
// paragraph of its own line, starts no other block ("- item", "> quote",
// "# heading", "| cell") and follows a blank line, a heading, the start of
// the note, or the definition above, which ends on line last and may run on
// over unindented lines: a list typed without blank lines between its
// entries ("Osmosis", ": water …", "Diffusion", ": spread …"). It returns
// -1 when there is none.
func definitionTerm(lines [][]byte, code []bool, k, last int) int {
	t := k - 1
	if t >= 0 && isBlank(lines[t]) {
		t--
	}
	if t < 0 || code[t] || isBlank(lines[t]) {
		return -1
	}
	l := lines[t]
	if _, ok := definitionMarker(l); ok || l[0] == ' ' || l[0] == '\t' || lineTextStart(l) > 0 {
		return -1
	}
	switch l[0] {
	case '#', '>', '|', '<', '`', '~', '[', '=':
		return -1
	}
	if t > 0 && !isBlank(lines[t-1]) && lines[t-1][0] != '#' && !runsOn(lines, code, last, t) {
		return -1
	}
	return t
}

// runsOn reports whether lines last+1 up to t, not included, carry on the
// text of line last without a break: none of them is blank or code. A
// negative last is no line.
func runsOn(lines [][]byte, code []bool, last, t int) bool {
	if last < 0 || last >= t {
		return false
	}
	for i := last + 1; i < t; i++ {
		if code[i] || isBlank(lines[i]) {
			return false
		}
	}
	return true
}

// definitionText returns the index of the first line of a definition whose
// marker, on line k, stands alone: the indented line under it, or under one
// blank line; -1 when there is none.
func definitionText(lines [][]byte, code []bool, k int) int {
	d := k + 1
	if d < len(lines) && isBlank(lines[d]) {
		d++
	}
	if d >= len(lines) || code[d] || isBlank(lines[d]) || (lines[d][0] != ' ' && lines[d][0] != '\t') {
		return -1
	}
	return d
}

// moveDefinition writes the term of line t as a label over the
// definition's first line, text (line d), and the rest of the definition,
// up to line last, under it: the blank lines and the empty marker that
// stood between them go after the definition. It returns last.
func moveDefinition(lines [][]byte, t, d int, text []byte, last int) int {
	gap := d - t - 1
	lines[d] = text
	copy(lines[t+1:], lines[d:last+1])
	lines[t] = termWithColon(lines[t])
	for i := last - gap + 1; i <= last; i++ {
		lines[i] = []byte("\n")
	}
	return last
}

// dedentDefinition dedents the indented lines of a definition from line i
// on, blank lines between them too, and returns the index of its last
// line: they are its later lines and paragraphs, which stay with it. A
// further definition of the same term (":   Also …") loses its marker.
func dedentDefinition(lines [][]byte, code []bool, i int) int {
	last := i - 1
	for ; i < len(lines); i++ {
		text, marker := definitionMarker(lines[i])
		switch {
		case code[i]:
			return last
		case marker:
			lines[i] = text
			last = i
		case isBlank(lines[i]):
		case lines[i][0] == ' ' || lines[i][0] == '\t':
			lines[i] = dedent(lines[i])
			last = i
		default:
			return last
		}
	}
	return last
}

// termWithColon returns the term line l as a label, "**Osmosis**:", unless
// it ends in a colon or asks a question already. A plain term of more than
// four words is set in bold, as pandoc shows a term: a plain line of that
// length over a colon leads a sentence in, and "Law of low hanging fruit"
// over ":   Increase in price increases …" made no card.
func termWithColon(l []byte) []byte {
	t := bytes.TrimRight(l, " \t\n")
	if len(t) > 0 && (t[len(t)-1] == ':' || t[len(t)-1] == '?') {
		return append(t[:len(t):len(t)], '\n')
	}
	if len(bytes.Fields(t)) > 4 && !bytes.ContainsAny(t, "*_`[<\\$") {
		return append(append(append([]byte("**"), t...), "**:"...), '\n')
	}
	return append(t[:len(t):len(t)], ':', '\n')
}

// dedent removes the indentation of a definition's line, a tab or up to
// four spaces.
func dedent(l []byte) []byte {
	if len(l) > 0 && l[0] == '\t' {
		return l[1:]
	}
	i := 0
	for i < 4 && i < len(l) && l[i] == ' ' {
		i++
	}
	return l[i:]
}

// fencedDivs rewrites pandoc's fenced divs that are callouts (Quarto's
// "::: {.callout-tip}") or theorems (bookdown's and Quarto's "::: {.theorem}",
// "::: {#thm-line}") as the Obsidian callouts they mean, line for line, so
// that positions stay right:
//
//	::: {.callout-note}         > [!note] Gauss-Markov
//	## Gauss-Markov        →    >
//	OLS is BLUE.                > OLS is BLUE.
//	:::
//
// The title is the div's title or name attribute, or the heading that opens
// it. Read as typed, the fences were dropped: a title attribute was lost, and
// the heading inside went on past the div's end, over the rest of the
// section. The fences of other divs with attributes ("::: {.columns}",
// "::: {.incremental}", "::: {style=…}") are blank lines, which end the
// paragraph or list above them: read as text, "::::" was the end of an
// answer. Fenced code is left as it is, and so is a div that is never
// closed. body is returned when it holds no closed div.
func fencedDivs(body []byte) []byte {
	if !containsText(body, ":::") {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	closes := divCloses(lines)
	if closes == nil {
		return body
	}
	var ends []int           // the closing lines of the callouts open around the line
	layout := map[int]bool{} // the closing lines of the other divs
	for i := 0; i < len(lines); i++ {
		for len(ends) > 0 && ends[len(ends)-1] < i {
			ends = ends[:len(ends)-1]
		}
		depth := len(ends)
		c, opens := closes[i]
		kind, title, callout := divCallout(lines[i])
		if opens && !callout {
			kind, title, callout = termBox(lines[i], lines[i+1:c])
		}
		switch {
		case opens && speakerDiv(lines[i]):
			for k := i; k <= c; k++ {
				lines[k] = inCallouts(nil, depth, false) // the presenter's notes show nothing
			}
			i = c
		case opens && callout:
			i = openCallout(lines, i, c, depth, kind, title)
			ends = append(ends, c)
		case opens && bytes.Contains(lines[i], []byte("{")):
			layout[c] = true
			lines[i] = inCallouts(nil, depth, false) // a layout's fence shows nothing
		case layout[i]:
			lines[i] = inCallouts(nil, depth, false)
		case depth > 0:
			lines[i] = inCallouts(lines[i], depth, ends[len(ends)-1] == i)
		}
	}
	return bytes.Join(lines, nil)
}

// openCallout rewrites the opening fence of a callout div on line i, which
// line c closes, inside depth callouts: its head, and the heading that
// titles it when title is empty. It returns the last line it rewrote.
func openCallout(lines [][]byte, i, c, depth int, kind, title []byte) int {
	head := bytes.Repeat([]byte("> "), depth+1)
	head = append(append(append(head, "[!"...), kind...), ']')
	last := i
	if len(title) == 0 {
		j := i + 1
		for j < c && isBlank(lines[j]) {
			j++
		}
		if t, ok := headingTitle(lines[j]); ok && j < c {
			title = t
			for k := i + 1; k <= j; k++ {
				lines[k] = inCallouts(nil, depth+1, false)
			}
			last = j
		}
	}
	if len(title) > 0 {
		head = append(append(head, ' '), title...)
	}
	lines[i] = append(head, '\n')
	return last
}

// inCallouts returns line inside depth callouts: behind their quote markers, or
// the markers alone for a blank line. The closing fence of the innermost
// (closing) is the markers of the ones around it, or a blank line, which
// ends the quote.
func inCallouts(line []byte, depth int, closing bool) []byte {
	if closing {
		depth--
		line = nil
	}
	if isBlank(line) {
		if depth == 0 {
			return []byte("\n")
		}
		return append(bytes.TrimRight(bytes.Repeat([]byte("> "), depth), " "), '\n')
	}
	return append(bytes.Repeat([]byte("> "), depth), line...)
}

// divCloses pairs the opening fences of lines' fenced divs, ":::
// {.callout-note}", with the lines of their closing fences, ":::", outside
// fenced code; nil when there is none. A div never closed has no entry.
func divCloses(lines [][]byte) map[int]int {
	code := fencedLines(lines)
	var closes map[int]int
	var open []int
	for i, l := range lines {
		if code[i] {
			continue
		}
		rest, ok := divFence(l)
		switch {
		case !ok:
		case len(rest) > 0:
			open = append(open, i)
		case len(open) > 0:
			if closes == nil {
				closes = map[int]int{}
			}
			closes[open[len(open)-1]] = i
			open = open[:len(open)-1]
		}
	}
	return closes
}

// speakerDiv reports whether line opens the presenter's notes of a Quarto
// or pandoc slide, "::: {.notes}" or "::: notes": the audience never sees
// them, and read as text they ended the slide's card ("Remind them of the
// courtroom analogy.").
func speakerDiv(line []byte) bool {
	attrs, _ := divFence(line)
	attrs = bytes.TrimSuffix(bytes.TrimPrefix(attrs, []byte("{")), []byte("}"))
	for _, a := range bytes.Fields(attrs) {
		if string(bytes.TrimPrefix(a, []byte("."))) == "notes" {
			return true
		}
	}
	return false
}

// divFence reports whether line is the fence of a div, three colons or more
// indented by up to three spaces, and returns what follows them: the
// attributes or class of an opening fence, nothing for a closing one.
func divFence(line []byte) ([]byte, bool) {
	t := bytes.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || !bytes.HasPrefix(t, []byte(":::")) {
		return nil, false
	}
	t = bytes.TrimLeft(t, ":")
	t = bytes.TrimSpace(bytes.TrimRight(bytes.TrimSpace(t), ":"))
	return t, true
}

// theoremKinds names pandoc's theorem environments by the class bookdown
// gives them ("{.lemma}") and by the prefix of the label Quarto gives them
// ("{#lem-compact}").
var theoremKinds = map[string]string{
	"theorem": "theorem", "lemma": "lemma", "corollary": "corollary", "proposition": "proposition",
	"conjecture": "conjecture", "definition": "definition", "example": "example", "exercise": "exercise",
	"hypothesis": "hypothesis", "proof": "proof", "remark": "remark", "solution": "solution",
	"thm": "theorem", "lem": "lemma", "cor": "corollary", "prp": "proposition", "cnj": "conjecture",
	"def": "definition", "exm": "example", "exr": "exercise", "sol": "solution", "rem": "remark",
}

// divCallout returns the callout type and the title of the div that line
// opens, "::: {.callout-tip title="Mnemonic"}" (tip, Mnemonic), "::: {#thm-line
// .theorem}" (theorem), ":::why Why combine them?" (why, Why combine them?:
// see containerTitle), and whether it is a callout or a theorem at all.
func divCallout(line []byte) (kind, title []byte, ok bool) {
	attrs, _ := divFence(line)
	if len(attrs) == 0 {
		return nil, nil, false
	}
	if attrs[0] != '{' {
		if k, ok := divKind(attrs, false); ok {
			return k, nil, true
		}
		return containerTitle(attrs)
	}
	if attrs[len(attrs)-1] != '}' {
		return nil, nil, false
	}
	attrs = bytes.TrimSpace(attrs[1 : len(attrs)-1])
	for ; len(attrs) > 0; attrs = bytes.TrimLeft(attrs, " \t") {
		end := attributeEnd(attrs, 0)
		if end <= 0 {
			return nil, nil, false
		}
		a := attrs[:end]
		attrs = attrs[end:]
		switch {
		case a[0] == '.' && kind == nil:
			kind, _ = divKind(a[1:], false)
		case a[0] == '#' && kind == nil:
			kind, _ = divKind(a[1:], true)
		case bytes.HasPrefix(a, []byte("title=")) || bytes.HasPrefix(a, []byte("name=")):
			_, v, _ := bytes.Cut(a, []byte("="))
			title = bytes.TrimSpace(bytes.Trim(v, `"'`))
		}
	}
	return kind, title, kind != nil
}

// divKind returns the callout type a div's class names, "callout-tip" (tip),
// "lemma" (lemma), or, for its label, the prefix of "thm-line" (theorem).
func divKind(name []byte, label bool) ([]byte, bool) {
	if label {
		prefix, _, ok := bytes.Cut(name, []byte("-"))
		k, known := theoremKinds[string(prefix)]
		if !ok || !known || len(prefix) != 3 {
			return nil, false
		}
		return []byte(k), true
	}
	if t, ok := bytes.CutPrefix(name, []byte("callout-")); ok && len(t) > 0 && isWord(t) {
		return t, true
	}
	k, known := theoremKinds[string(name)]
	if !known || len(name) == 3 {
		return nil, false
	}
	return []byte(k), true
}

// isWord reports whether b is letters alone.
func isWord(b []byte) bool {
	for _, c := range b {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return len(b) > 0
}

// headingTitle returns the text of line when it is an ATX heading, "##
// Gauss-Markov {#sec-gm}", without its marks and attributes.
func headingTitle(line []byte) ([]byte, bool) {
	t := bytes.TrimLeft(line, "#")
	n := len(line) - len(t)
	if n == 0 || n > 6 || len(t) == 0 || (t[0] != ' ' && t[0] != '\t') {
		return nil, false
	}
	t = bytes.TrimSpace(t)
	if i := bytes.LastIndexByte(t, '{'); i >= 0 && t[len(t)-1] == '}' {
		t = bytes.TrimSpace(t[:i])
	}
	t = bytes.TrimSpace(bytes.TrimRight(t, "#"))
	return t, len(t) > 0
}

// texLayout blanks the lines that hold nothing but LaTeX's commands of page
// and space, "\newpage", "\vfill", "\vspace{1cm}", "\noindent": R
// Markdown handouts knitted to PDF leave room for answers with them, and a
// pandoc thesis opens its chapters with "\newpage". They show nothing, yet
// were answers ("\vfill" over the points of a list) and fronts of their
// own. Display math and fenced code are left as they are. body is returned
// when it holds none.
func texLayout(body []byte) []byte {
	if bytes.IndexByte(body, '\\') < 0 {
		return body
	}
	var out []byte // nil until a line is blanked
	last := 0
	display := false // inside a "$$" block
	textLines(body, func(off int, line []byte) {
		t := bytes.TrimLeft(line, " \t")
		if len(t) == 0 || t[0] != '\\' {
			if bytes.Equal(bytes.TrimSpace(t), []byte("$$")) {
				display = !display
			}
			return
		}
		if display || !layoutCommands(t) {
			return
		}
		end := off + len(bytes.TrimRight(line, "\r\n"))
		if out == nil {
			out = make([]byte, 0, len(body)) // a note's first line blanked too
		}
		out = append(out, body[last:off]...)
		last = end
	})
	if out == nil {
		return body
	}
	return append(out, body[last:]...)
}

// spaceCommands are LaTeX's commands that lay out a page and print nothing,
// each with whether it takes an argument ("\vspace{2cm}").
var spaceCommands = map[string]bool{
	"newpage": false, "clearpage": false, "cleardoublepage": false, "pagebreak": false, "linebreak": false,
	"vfill": false, "hfill": false, "bigskip": false, "medskip": false, "smallskip": false, "noindent": false,
	"FloatBarrier": false, "vspace": true, "hspace": true,
}

// layoutCommands reports whether t, a line without its indentation, is
// LaTeX's commands of spaceCommands alone: "\vfill", "\newpage \vspace*{1cm}".
func layoutCommands(t []byte) bool {
	t = bytes.TrimRight(t, " \t\r\n")
	for len(t) > 0 {
		if t[0] != '\\' {
			return false
		}
		n := 1
		for n < len(t) && ('a' <= t[n] && t[n] <= 'z' || 'A' <= t[n] && t[n] <= 'Z') {
			n++
		}
		arg, ok := spaceCommands[string(t[1:n])]
		if !ok {
			return false
		}
		if n < len(t) && t[n] == '*' {
			n++
		}
		if arg {
			if n == len(t) || t[n] != '{' {
				return false
			}
			close := bytes.IndexByte(t[n:], '}')
			if close < 0 {
				return false
			}
			n += close + 1
		}
		t = bytes.TrimLeft(t[n:], " \t")
	}
	return true
}

// dataFrames blanks the tables that Jupyter prints for a pandas data
// frame, which a notebook exported as Markdown (nbconvert, Quarto) keeps
// under the code that made them: "<div>", the frame's "<style scoped>" rules,
// "<table border="1" class="dataframe">" … "</table>", its "<p>5 rows × 4
// columns</p>" and "</div>". They are the output of "df.head()", not
// notes: the rules showed on the code's card, and each row made a card
// asked by its index ("0" → "userId: 496"). A <style> element's rules
// elsewhere are blanked too: they are no text. Fenced code is left as it is.
// body is returned when it holds neither.
func dataFrames(body []byte) []byte {
	if !containsText(body, "<style") && !containsText(body, `class="dataframe"`) {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	div, styled := false, -2 // a frame's <div> is open; the line that ends the last <style>
	for i := 0; i < len(lines); i++ {
		if code[i] {
			continue
		}
		t := bytes.TrimSpace(lines[i])
		table := bytes.HasPrefix(t, []byte("<table")) && bytes.Contains(t, []byte(`class="dataframe"`))
		end := []byte("</table>")
		if !table {
			if !bytes.HasPrefix(t, []byte("<style")) {
				continue
			}
			end = []byte("</style>")
		}
		last := i
		for last < len(lines) && !code[last] && !bytes.Contains(lines[last], end) {
			last++
		}
		if last == len(lines) || code[last] {
			i = last - 1 // never closed, nor what opens before last: left as it is
			continue
		}
		// The frame's own <div> opens over its rules, or over the table.
		opened := i > 0 && string(bytes.TrimSpace(lines[i-1])) == "<div>" && (table || bytes.HasPrefix(t, []byte("<style scoped")))
		if opened {
			lines[i-1] = blankLine(lines[i-1])
		}
		for k := i; k <= last; k++ {
			lines[k] = blankLine(lines[k])
		}
		div = opened || div && styled == i-1
		if table {
			last = frameFooter(lines, code, last+1, div)
			div = false
		} else {
			styled = last
		}
		changed = true
		i = last
	}
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

// frameFooter blanks what closes a data frame's output from line i on: its
// "<p>5 rows × 4 columns</p>" and, when div, the "</div>" of the <div> that
// opened it. It returns the last line it blanked, or i-1.
func frameFooter(lines [][]byte, code []bool, i int, div bool) int {
	for ; i < len(lines) && !code[i]; i++ {
		t := bytes.TrimSpace(lines[i])
		switch {
		case bytes.HasPrefix(t, []byte("<p>")) && bytes.Contains(t, []byte(" rows ")) && bytes.HasSuffix(t, []byte("columns</p>")):
		case div && string(t) == "</div>":
			lines[i] = blankLine(lines[i])
			return i
		default:
			return i - 1
		}
		lines[i] = blankLine(lines[i])
	}
	return i - 1
}

// citations drops pandoc's bracketed citations, "[@wickham2014]", "[see
// @degroot, p. 205; @rice]", and the labels bookdown and Quarto give
// equations and figures, "(\#eq:mean)", "(\#fig:scatter)" in a caption,
// "{#eq-mean}" after a "$$" display: pandoc turns them into a reference
// list's entry and a number, which a card cannot show. Read as typed, they ended
// answers with "[@casella2002, p. 212]" and formulas with "(\#eq:var)".
// Code is left as it is. body is returned when it holds none.
func citations(body []byte) []byte {
	if !containsText(body, "[@") && !containsText(body, " @") &&
		!containsText(body, `(\#`) && !containsText(body, "{#eq-") {
		return body
	}
	var out []byte // nil until a citation is dropped
	last := 0
	textLines(body, func(off int, line []byte) {
		if bytes.IndexByte(line, '@') < 0 && bytes.IndexByte(line, '#') < 0 {
			return
		}
		for i := 0; i < len(line); i++ {
			end := -1
			switch line[i] {
			case '`':
				i = codeSpanEnd(line, i) - 1
			case '[':
				end = citationEnd(line, i)
			case '(':
				end = bookdownLabelEnd(line, i)
			case '{':
				if bytes.HasPrefix(line[i:], []byte("{#eq-")) && bytes.HasSuffix(bytes.TrimRight(line[:i], " \t"), []byte("$$")) {
					end = bytes.IndexByte(line[i:], '}') + i + 1
				}
			}
			if end <= i {
				continue
			}
			start := i
			for start > 0 && off+start > last && (line[start-1] == ' ' || line[start-1] == '\t') {
				start--
			}
			if out == nil {
				out = make([]byte, 0, len(body)) // a citation that opens the note too
			}
			out = append(out, body[last:off+start]...)
			last = off + end
			i = end - 1
		}
	})
	if out == nil {
		return body
	}
	return append(out, body[last:]...)
}

// citationEnd returns the offset past the citation of pandoc that opens at
// line[i], "[@key]", "[see @key, p. 3; -@other]", or -1: a "@" opens a
// key at the start of the brackets or after a space, ";" or "-", and the
// brackets are no link ("[@user](…)") and hold no other brackets. An e-mail
// address, "[a@b.org]", cites nothing.
func citationEnd(line []byte, i int) int {
	cited := false
	for j := i + 1; j < len(line); j++ {
		switch c := line[j]; c {
		case '[', '\n':
			return -1
		case ']':
			if !cited || j+1 < len(line) && (line[j+1] == '(' || line[j+1] == '[' || line[j+1] == '{' || line[j+1] == ':') {
				return -1
			}
			return j + 1
		case '@':
			prev := line[j-1]
			if (prev == '[' || prev == ' ' || prev == ';' || prev == '-') && j+1 < len(line) && citationKeyStart(line[j+1]) {
				cited = true
			}
		}
	}
	return -1
}

// citationKeyStart reports whether c may start a citation key: a letter, a
// digit, "_", or the "{" of "@{key}".
func citationKeyStart(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '{'
}

// bookdownLabelEnd returns the offset past the label of bookdown that opens
// at line[i], "(\#eq:mean)", "(\#fig:unnamed-chunk-4)", or -1.
func bookdownLabelEnd(line []byte, i int) int {
	if !bytes.HasPrefix(line[i:], []byte(`(\#`)) {
		return -1
	}
	j := i + 3
	k := j
	for k < len(line) && ('a' <= line[k] && line[k] <= 'z' || 'A' <= line[k] && line[k] <= 'Z') {
		k++
	}
	if k == j || k == len(line) || line[k] != ':' {
		return -1
	}
	e := nameEnd(line, k+1)
	if e == k+1 || e == len(line) || line[e] != ')' {
		return -1
	}
	return e + 1
}

// containerTitle returns the type and the title of a container that
// Docusaurus, VitePress and markdown-it write as a word and a title after
// its colons, when the title asks a question: ":::why WHY? — Why combine
// amoxicillin with clavulanic acid?", which a closing ":::" ends, is read
// as the Obsidian callout it means, its question answered by what the box
// holds. A title that asks nothing labels a passage to read (":::tip
// Eins" over a dialogue, ":::info Key notes"), and its fences stay
// markup that shows nothing.
func containerTitle(attrs []byte) (kind, title []byte, ok bool) {
	name, rest, _ := bytes.Cut(attrs, []byte(" "))
	rest = bytes.TrimSpace(rest)
	if !bytes.HasSuffix(rest, []byte("?")) || len(name) > maxContainerName || !isWord(name) {
		return nil, nil, false
	}
	return bytes.ToLower(name), rest, true
}

// termBox returns the type and the title of a container titled by a term,
// that defines it in a line or two, as a box of Docusaurus or VitePress
// is typed for each term: ":::note Primary Structure" over "order of amino
// acids – polypeptide chain" is read as the Obsidian callout it means, its
// title asked. A title that labels the box (":::note Definition", ":::tip
// Key Point") and a box that holds a passage (":::tip Eins" over a
// dialogue) ask nothing (see containerTitle). fence is the opening line,
// body the lines it holds.
func termBox(fence []byte, body [][]byte) (kind, title []byte, ok bool) {
	attrs, _ := divFence(fence)
	name, rest, _ := bytes.Cut(attrs, []byte(" "))
	rest = bytes.TrimSpace(rest)
	if len(rest) == 0 || len(name) > maxContainerName || !isWord(name) || !boxTerm(string(rest)) ||
		len(body) == 0 || len(body) > maxTermBoxLines {
		return nil, nil, false
	}
	for _, l := range body {
		if _, fenced := divFence(l); fenced || isBlank(l) {
			return nil, nil, false
		}
	}
	return bytes.ToLower(name), rest, true
}

// maxTermBoxLines is the most lines a box titled by a term holds: a
// definition, not a passage to read.
const maxTermBoxLines = 2

// boxTerm reports whether a container's title t names a term: up to four
// words opening with a capital, no question, no label ("Definition") and
// no name of a part of a note ("Summary").
func boxTerm(t string) bool {
	first, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(first) && countFields(t) <= 4 && !strings.ContainsAny(t, ":?") &&
		!isLabel(t) && !lookupLower(sectionTitles, t) && !lookupLower(boxLabels, t)
}

// boxLabels are the titles a box carries that label it, beside the labels
// isLabel knows: ":::tip Key Point", "::: tip Mnemonic".
var boxLabels = map[string]bool{
	"key point": true, "mnemonic": true, "details": true, "key idea": true, "takeaway": true,
	"recap": true, "keep in mind": true, "did you know": true, "fun fact": true,
}

// maxContainerName is the longest type a container's word names:
// "highyield", "important".
const maxContainerName = 16
