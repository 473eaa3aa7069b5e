package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// gridCellLine returns the text of one line of a grid table's cell as
// pandoc writes a Word table: a paragraph indented in Word is a quote, each
// of its lines opened by "> ", and a line break ends its line with "\".
// The quote marker is left off and the break kept as "<br>":
//
//	| > ♦Client-Server\ |      ♦Client-Server<br>
//	| > ♦One Server     |  →   ♦One Server
//
// Read as typed, "> LAMP" asked the row's card and "\" stayed on its answer.
// pandoc escapes a ">" that is text ("\> 50"), which is left as it is; so
// is an escaped backslash at the end ("C:\\").
func gridCellLine(seg string) string {
	t := strings.TrimSpace(seg)
	if t == ">" {
		return ""
	}
	if rest, ok := strings.CutPrefix(t, "> "); ok {
		t = strings.TrimLeft(rest, " ")
	}
	n := len(t) - len(strings.TrimRight(t, `\`))
	if n%2 == 1 {
		t = t[:len(t)-1] + "<br>"
	}
	return t
}

// innerSpacedBold returns line with the spaces inside its bold phrases
// moved outside their stars, "**a.HTML **\" → "**a.HTML** \", "**Term **-
// text" → "**Term** - text", "** Term**" → " **Term**", when it changes
// any. The line's "**" pair in order; a phrase spaced on both sides is
// bold only when it is the whole line ("** Title **"): "2 ** 3 ** 4" is a
// power. A line with an odd number of "**", a "***", code or a formula is
// left as it is.
func innerSpacedBold(line []byte) ([]byte, bool) {
	if !spacedStars(line) {
		return nil, false // most lines, bold or not: spare the scans below
	}
	return respaceBold(line)
}

// respaceBold is innerSpacedBold past its test for a spaced "**" pair.
func respaceBold(line []byte) ([]byte, bool) {
	if bytes.Contains(line, []byte("***")) || bytes.IndexByte(line, '`') >= 0 || bytes.IndexByte(line, '$') >= 0 {
		return nil, false
	}
	var at []int
	for i := 0; i+1 < len(line); i++ {
		if line[i] == '*' && line[i+1] == '*' {
			at = append(at, i)
			i++
		}
	}
	if len(at) == 0 || len(at)%2 == 1 {
		return nil, false
	}
	body := bytes.TrimSpace(bytes.TrimRight(line, "\r\n\\"))
	var out []byte
	last := 0
	for k := 0; k < len(at); k += 2 {
		o, c := at[k], at[k+1]
		inner := line[o+2 : c]
		t := bytes.TrimSpace(inner)
		lead, trail := len(inner) > 0 && isSpace(inner[0]), len(inner) > 0 && isSpace(inner[len(inner)-1])
		whole := len(body) == c+2-o && bytes.HasPrefix(body, line[o:c+2])
		if len(t) == 0 || (!lead && !trail) || (lead && trail && !whole) {
			continue
		}
		out = append(out, line[last:o]...)
		if lead && !whole {
			out = append(out, ' ')
		}
		out = append(append(append(out, "**"...), t...), "**"...)
		if trail && !whole {
			out = append(out, ' ')
		}
		last = c + 2
	}
	if out == nil {
		return nil, false
	}
	return append(out, line[last:]...), true
}

// spacedStars reports whether line has a "**" pair with a space or a tab
// inside it, after its opening "**" or before its closing one, pairing the
// "**" in order as innerSpacedBold does: a bold phrase innerSpacedBold
// rewrites has one, and " **bold** " has none. It hops from star to star,
// as most lines hold none and a bold line's stars are few.
func spacedStars(line []byte) bool {
	closing := false
	for i := 0; ; i += 2 {
		k := bytes.IndexByte(line[i:], '*')
		if k < 0 {
			return false
		}
		i += k
		if i+1 >= len(line) {
			return false
		}
		if line[i+1] != '*' {
			i-- // on to the byte after this star
			continue
		}
		if closing && i > 0 && isSpace(line[i-1]) || !closing && i+2 < len(line) && isSpace(line[i+2]) {
			return true
		}
		closing = !closing
	}
}

// isSpace reports whether c is a space or a tab.
func isSpace(c byte) bool { return c == ' ' || c == '\t' }

// cutGluedNumber returns s without the number or letter glued to its
// first word, "2.Front End Components", "a.Web Application Layout", "b)HTML
// Injection", and whether there was one. A report typed in Word numbers
// its titles by hand, with no space after the dot, and pandoc keeps them
// so; the number only orders the report's parts. The number is one or two
// digits or one lowercase letter and the word after it opens with a
// capital, so "1.5V", "e.g." and "v.Map" stay as they are.
func cutGluedNumber(s string) (string, bool) {
	n := 0
	for n < len(s) && n < 3 && isDigit(rune(s[n])) {
		n++
	}
	switch {
	case n == 0 && len(s) > 0 && s[0] >= 'a' && s[0] <= 'z':
		n = 1
	case n == 0 || n > 2:
		return s, false
	}
	if n+1 >= len(s) || (s[n] != '.' && s[n] != ')') {
		return s, false
	}
	r, _ := utf8.DecodeRuneInString(s[n+1:])
	rest := s[n+1:]
	if !unicode.IsUpper(r) || !strings.ContainsRune(rest, ' ') {
		return s, false
	}
	return rest, true
}

// hackmdTags returns the tags of the heading HackMD and CodiMD put under a
// note's title, "###### tags: `McAfee` `ePO exam`", as Anki tags
// ("McAfee", "ePO_exam"); nil for any other heading. Read as a heading, it
// asked "tags" and answered with the tag names; its tags go on every card
// of the note instead.
func (p *parsed) hackmdTags(h *ast.Heading) []string {
	if h.Lines().Len() != 1 {
		return nil
	}
	rest, ok := bytes.CutPrefix(bytes.TrimSpace(segValue(h.Lines().At(0), p.src)), []byte("tags:"))
	if !ok {
		return nil
	}
	rest = bytes.TrimSpace(rest)
	var tags []string
	for len(rest) > 0 {
		if rest[0] != '`' {
			return nil // "tags: a list of labels" is a heading
		}
		end := bytes.IndexByte(rest[1:], '`')
		if end < 0 {
			return nil
		}
		if tag := hackmdTag(rest[1 : end+1]); tag != "" {
			tags = append(tags, tag)
		}
		rest = bytes.TrimLeft(rest[end+2:], " ,")
	}
	return tags
}

// hackmdTag returns the name of a HackMD tag as an Anki tag: its spaces and
// the signs a tag cannot hold as "_", a "/" as "::", or "" when it holds no
// letter.
func hackmdTag(name []byte) string {
	var b strings.Builder
	letter := false
	for _, r := range string(bytes.TrimSpace(name)) {
		switch {
		case unicode.IsLetter(r):
			letter = true
			b.WriteRune(r)
		case unicode.IsDigit(r) || r == '_' || r == '-':
			b.WriteRune(r)
		case r == '/':
			b.WriteString("::")
		default:
			b.WriteByte('_')
		}
	}
	if !letter {
		return ""
	}
	return b.String()
}

// underlineSpan is pandoc's mark of text Word underlined.
var underlineSpan = []byte("]{.underline}")

// underlinedTitles rewrites the titles a Word document underlines, as
// pandoc converts them, as the bold titles they are:
//
//	> [Definition:]{.underline}\              > **Definition:**\
//	> A problem satisfies …              →    > A problem satisfies …
//	> [Example:**\                            > **Example:**\
//	> **]{.underline}Shortest path problem    > Shortest path problem
//
// An underlined span alone on its line, before a line break or nothing,
// is a title; so is one whose bold holds only the line break after the
// title (Word's underline and bold over the label and its Shift+Enter),
// which pandoc closes on the next line. Left to pandocAttributes, the
// first read as a line of prose, and the second kept its stars and
// brackets; neither asked for the text under it. The note keeps its lines.
func underlinedTitles(body []byte) []byte {
	if !bytes.Contains(body, underlineSpan) {
		return body
	}
	return rewriteAround(body, func(lines [][]byte, i int) bool {
		l := lines[i]
		if !bytes.Contains(l, []byte("[")) {
			return false
		}
		changed := false
		if i+1 < len(lines) {
			if a, b, ok := brokenTitle(l, lines[i+1]); ok {
				lines[i], lines[i+1], changed = a, b, true
				l = a
			}
		}
		if t, ok := underlinedTitle(l); ok {
			lines[i], changed = t, true
		}
		return changed
	})
}

// brokenTitle returns the lines l and next, "> [Example:**\" over "> **]{.underline}Text",
// as "> [Example:]{.underline}\" over "> Text", when l's text opens an underlined
// span whose bold holds only the line break and next closes both.
func brokenTitle(l, next []byte) (a, b []byte, ok bool) {
	t := bytes.TrimRight(l, "\r\n")
	s := lineTextStart(t)
	if s >= len(t) || t[s] != '[' || !bytes.HasSuffix(t, []byte(`**\`)) || bytes.Count(t, []byte("**")) != 1 {
		return nil, nil, false
	}
	k := lineTextStart(next)
	rest, found := bytes.CutPrefix(next[k:], []byte("**"+string(underlineSpan)))
	if !found {
		return nil, nil, false
	}
	a = append(append(append([]byte{}, t[:len(t)-3]...), underlineSpan...), '\\')
	a = append(a, l[len(t):]...)
	b = append(append([]byte{}, next[:k]...), rest...)
	return a, b, true
}

// underlinedTitle returns l, "> [Definition:]{.underline}\", as
// "> **Definition:**\" when its text is one underlined span, before a line
// break or nothing, that holds no other markup.
func underlinedTitle(l []byte) ([]byte, bool) {
	t := bytes.TrimRight(l, "\r\n")
	s := lineTextStart(t)
	end := bytes.TrimSuffix(t, []byte(`\`))
	if s >= len(end) || end[s] != '[' || !bytes.HasSuffix(end, underlineSpan) {
		return nil, false
	}
	title := end[s+1 : len(end)-len(underlineSpan)]
	if len(bytes.TrimSpace(title)) == 0 || bytes.ContainsAny(title, "[]*_`") {
		return nil, false
	}
	out := append(append([]byte{}, t[:s]...), "**"...)
	out = append(append(out, bytes.TrimSpace(title)...), "**"...)
	return append(out, l[len(end):]...), true
}

// boldColon returns the HTML of a heading set in bold, "<strong>Class
// Policies:</strong>", without the colon inside its bold, as a heading's
// own colon is left off the front: Google Docs and students who style
// their headings bold ("## **Class Policies:**") put it there.
func boldColon(html string) string {
	for _, end := range []string{"</strong>", "</em>"} {
		inner, ok := strings.CutSuffix(html, end)
		if !ok {
			continue
		}
		if t := strings.TrimRight(inner, ":："); len(t) < len(inner) && !strings.HasSuffix(t, ">") {
			return t + end
		}
	}
	return html
}

// pandocWritten reports whether src was written by pandoc's Markdown
// writer, which escapes the quotes of text, "page\'s", "X=\"ABCDGH\"", on a
// line of text outside code and formulas. pandoc escapes every bracket of
// text too, "m\[i, j\] = min { m\[i, k\] + m\[k + 1, j\] }", and writes
// formulas as "$…$", so none of its "\[" … "\]" is a formula.
func pandocWritten(src []byte) bool {
	if !containsText(src, `\'`) && !containsText(src, `\"`) {
		return false
	}
	found := false
	textLines(src, func(_ int, line []byte) {
		if !found && bytes.IndexByte(line, '`') < 0 && bytes.IndexByte(line, '$') < 0 {
			found = escapedQuote(line)
		}
	})
	return found
}

// escapedQuote reports whether line holds a quote escaped by a backslash,
// "\'" or "\"", and not a backslash escaped before it ("\\"").
func escapedQuote(line []byte) bool {
	run := 0
	for _, c := range line {
		switch {
		case c == '\\':
			run++
			continue
		case (c == '\'' || c == '"') && run%2 == 1:
			return true
		}
		run = 0
	}
	return false
}

// titleOwner returns the front of the card that owns the bare kind
// cards[i] ("Definition") when no heading does: the card right before it,
// past the kinds it already owns, when that card is under no heading
// either and asks a short title set alone in bold on its line, not a
// question. A Word document titles its parts in bold, "**QUES
// 3).Principle of optimality**", over their labels, "Definition:",
// "Example:"; pandoc keeps no heading, and three parts asked "Definition"
// alike. A term the prose before defines, "nilpotent" of "A group is said
// to be *nilpotent* if …", titles nothing.
func (p *parsed) titleOwner(cards []Card, i int) (string, bool) {
	if len(cards[i].Context) > 0 {
		return "", false
	}
	for j := i - 1; j >= 0; j-- {
		c := cards[j]
		if c.Key != "" && strings.HasSuffix(c.Front, ": "+c.Key) {
			continue // a kind this title already owns: "Principle of optimality: Definition"
		}
		t := strings.TrimSpace(stripTags(c.Front))
		if len(c.Context) > 0 || c.Pos.File != cards[i].Pos.File || t == "" || strings.ContainsAny(t, "?？") || countFields(t) > 8 || !p.boldLine(c.Pos.Line) {
			return "", false
		}
		return c.Front, true
	}
	return "", false
}

// boldLine reports whether line n (1-based) of the file holds only text
// set in bold, "**QUES 4).Memoization**": a title, not a term of prose.
func (p *parsed) boldLine(n int) bool {
	i := n - 1 - p.lineShift
	if i < 0 || i >= len(p.lineStart) {
		return false
	}
	t := bytes.TrimSpace(p.lineText(i))
	return len(t) > 4 && (bytes.HasPrefix(t, []byte("**")) && bytes.HasSuffix(t, []byte("**")) || bytes.HasPrefix(t, []byte("__")) && bytes.HasSuffix(t, []byte("__")))
}

// bulletGlyphs are the signs Word, Google Docs and Apple Notes set before
// the items of a list they copy or export as text: Word's bullets of three
// levels ("•", "◦", "▪"), its symbol and arrow bullets ("♦", "◆", "➢",
// "➤"), and the shapes of other editors ("●", "○", "■").
const bulletGlyphs = "•◦▪♦◆➢➤●○■"

// glyphBullets rewrites a line that opens with a bullet sign of bulletGlyphs,
// "♦SOAP: shares data through XML", "• Relational databases: …", as the
// Markdown list item it was, "- SOAP: shares data through XML", its indent
// kept. A Word report converted by pandoc, or notes pasted from Google Docs
// or Apple Notes, keep the sign as text: it opened the front of every card
// its lines made ("♦SOAP", "• Relational databases"). A sign inside a line
// stays, and so does code.
//
// The line break pandoc ends the line before an item with, "♦Client\", is
// left off: before a list it ended a paragraph, and showed as "\".
//
// Under an item, the lines that open with an en dash are its sub-items, as
// slides and course notes (Professor Messer's for CompTIA) set their second
// level: "• The physics of the network" over "  – Signaling, cabling,
// connectors". Left as text they went on the item's line, and the dash
// opened its answer.
func glyphBullets(body []byte) []byte {
	if !hasBulletGlyph(body) {
		return body
	}
	sub := -1 // where the text of the item above starts, while dash lines follow it
	return rewriteAround(body, func(lines [][]byte, i int) bool {
		if item, ok := glyphBullet(lines[i]); ok {
			lines[i] = item
			if i > 0 {
				lines[i-1] = dropBreak(lines[i-1])
			}
			sub = len(item) - len(bytes.TrimLeft(item, " \t")) + len("- ")
			return true
		}
		if item, ok := dashSubItem(lines[i], sub); ok {
			lines[i] = item
			return true
		}
		sub = -1
		return false
	})
}

// dashSubItem returns line as a list item nested sub columns in, under the
// item whose text starts there, when sub is not negative and line opens
// with an en dash and text after it: "  – Signaling, cabling, connectors"
// under "- The physics of the network".
func dashSubItem(line []byte, sub int) ([]byte, bool) {
	if sub < 0 {
		return nil, false
	}
	t := bytes.TrimLeft(line, " \t")
	rest, ok := bytes.CutPrefix(t, []byte("– "))
	if !ok || len(bytes.TrimSpace(rest)) == 0 {
		return nil, false
	}
	out := append(bytes.Repeat([]byte(" "), sub), "- "...)
	return append(out, bytes.TrimLeft(rest, " ")...), true
}

// dropBreak returns line without the backslash of a hard line break at its
// end ("Client\" is "Client"); an escaped backslash ("C:\\") stays.
func dropBreak(line []byte) []byte {
	t := bytes.TrimRight(line, "\r\n")
	if n := len(t) - len(bytes.TrimRight(t, `\`)); n%2 == 1 {
		return append(append([]byte{}, t[:len(t)-1]...), line[len(t):]...)
	}
	return line
}

// hasBulletGlyph reports whether body holds a sign of bulletGlyphs, as
// bytes.ContainsAny does. Every sign is three bytes led by 0xE2, which
// IndexByte finds at vector speed; ContainsAny decoded every rune of the
// note (~14 ms for 4.4 MB, serial).
func hasBulletGlyph(body []byte) bool {
	for at := 0; ; at++ {
		i := bytes.IndexByte(body[at:], 0xE2)
		if i < 0 {
			return false
		}
		at += i
		if r, _ := utf8.DecodeRune(body[at:]); strings.ContainsRune(bulletGlyphs, r) {
			return true
		}
	}
}

// glyphBullet returns line as a list item when it opens with a bullet sign
// and text after it.
func glyphBullet(line []byte) ([]byte, bool) {
	t := bytes.TrimLeft(line, " \t")
	r, n := utf8.DecodeRune(t)
	if n < 2 || !strings.ContainsRune(bulletGlyphs, r) {
		return nil, false
	}
	rest := bytes.TrimLeft(t[n:], " \t\u00a0")
	if len(bytes.TrimSpace(rest)) == 0 {
		return nil, false
	}
	out := append([]byte{}, line[:len(line)-len(t)]...)
	return append(append(out, "- "...), rest...), true
}

// letterBullets rewrites the lines that open with the letter "o", a space
// and a capital or a digit, two or more in a row, as the list items they
// were: Word sets its second level's bullet as an "o" in Courier New, and
// revision notes pasted from Word keep it as a letter, "o Maltose →
// Glucose + Glucose" under "- Disaccharides". Read as typed, the lines ran
// on as one paragraph of the item above, and the first of them opened a
// front, "o DNA unzips". One such line alone stays as it is, "o" may be a
// word there, but for one indented under a list item: "- Starch" over
// "	o Branched chains, coiled".
func letterBullets(body []byte) []byte {
	if !opensLetterLine(body) {
		return body // the quick test
	}
	prev, item := false, false // the line above opens with the letter bullet, with a list item's marker
	return rewriteAround(body, func(lines [][]byte, i int) bool {
		t := bytes.TrimLeft(lines[i], " \t")
		is := letterBullet(lines[i])
		sub := is && item && len(t) < len(lines[i])
		run := is && (sub || prev || i+1 < len(lines) && letterBullet(lines[i+1]))
		prev, item = is, isItemLine(t)
		if !run {
			return false
		}
		item := append([]byte{}, lines[i][:len(lines[i])-len(t)]...)
		lines[i] = append(append(item, "- "...), t[len("o "):]...)
		return true
	})
}

// opensLetterLine reports whether a line of body opens, after its indent of
// spaces and tabs, with "o ", as a letter bullet does: the quick test of
// letterBullets, which looks at the start of each line, not at each "o "
// ("also ", "into " and "to " are found in most lines).
func opensLetterLine(body []byte) bool {
	for i := 0; i < len(body); {
		for i < len(body) && (body[i] == ' ' || body[i] == '\t') {
			i++
		}
		if i+1 < len(body) && body[i] == 'o' && body[i+1] == ' ' {
			return true
		}
		k := bytes.IndexByte(body[i:], '\n')
		if k < 0 {
			return false
		}
		i += k + 1
	}
	return false
}

// letterBullet reports whether line opens, after its indent, with the
// letter "o", a space and a capital letter or a digit: "o DNA unzips".
func letterBullet(line []byte) bool {
	t := bytes.TrimLeft(line, " \t")
	if len(t) < 3 || t[0] != 'o' || t[1] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRune(t[2:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isItemLine reports whether t, a line without its indent, opens with the
// marker of a bulleted list item: "- ", "* " or "+ ".
func isItemLine(t []byte) bool {
	return len(t) > 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' '
}
