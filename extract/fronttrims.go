package extract

import (
	"bytes"
	"strings"
	"unicode"
)

// strayMarks are the separators, after a space, that end no question: a
// dash or an at sign whose answer is on the lines below.
var strayMarks = []string{" –", " —", " -", " --", " @"}

// strayEnd returns front, a card's question as HTML, without a separator
// left at its end after a space, the mark a student types before an answer
// that went on the lines below: "**R. v. Noble, 1997 CanLII 388 (SCC) –**"
// over its points asks "R. v. Noble, 1997 CanLII 388 (SCC)", and
// "expansionary policy can be achieved @:" asks without its "@". Closing
// tags after the mark stay; a mark that ends a code span, "`cd -`", is
// the code's.
func strayEnd(front string) string {
	text, tags := front, ""
	for strings.HasSuffix(text, ">") {
		k := strings.LastIndex(text, "</")
		if k < 0 || strings.IndexByte(text[k:], ' ') >= 0 {
			break // an element that is no closing tag: "<br>", "<img …>"
		}
		if strings.HasPrefix(text[k:], "</code>") {
			return front // "`cd -`" goes back a folder: a mark in code is the command's
		}
		text, tags = text[:k], text[k:]+tags
	}
	for _, m := range strayMarks {
		if t, ok := strings.CutSuffix(text, m); ok && hasWordChar(t) {
			return strings.TrimRight(t, " ") + tags
		}
	}
	if t, ok := strings.CutSuffix(text, " ="); ok && namesBeforeEquals(t) {
		return strings.TrimRight(t, " ") + tags
	}
	return front
}

// namesBeforeEquals reports whether t, a front's text before the " =" that
// ends it, names a thing whose answer went on the lines below, as a student
// types "Socket types =" over the kinds, "UDP usage =" over the uses: words,
// one of three letters or more, that end in a letter or a bracket. "7 × 8
// =", "f(x) =" and "a + b =" ask for a value; their sign stays.
func namesBeforeEquals(t string) bool {
	t = strings.TrimRight(t, " ")
	if t == "" || strings.ContainsAny(t, "=+*/^×÷<>$\\") {
		return false
	}
	if r := rune(t[len(t)-1]); r != ')' && !unicode.IsLetter(r) {
		return false
	}
	long := false
	for w := range strings.FieldsSeq(t) {
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		long = long || letters >= 3 && !strings.ContainsAny(w, "()")
	}
	return long
}

// leadArrows are the arrows, after a space and in HTML, that end a parent
// bullet whose answer went on the lines below it.
var leadArrows = []string{" -&gt;", " --&gt;", " =&gt;", " →", " ⟶", " ⇒"}

// dropLeadArrow returns front, a parent bullet's text as HTML, without an
// arrow at its end: a command's cheat sheet writes "sudo mn --test iperf ->"
// over the points that say what it does, as "cmd -> what it does" on one
// line, and the card asks "sudo mn --test iperf".
func dropLeadArrow(front string) string {
	for _, a := range leadArrows {
		if t, ok := strings.CutSuffix(front, a); ok && hasWordChar(t) {
			return strings.TrimRight(t, " ")
		}
	}
	return front
}

// untypedBullet returns front without the "-- " a student types to open a
// point on a line of its own under a bullet, "- **French Revolution
// (1789):**" over "-- Date: 14 July 1789": Markdown makes no list of the
// dashes, and they ask nothing. A bullet typed as a character, "| &nbsp;•
// Alicyclic | Non-aromatic rings |" under "| **Cyclic** | … |", indents a
// kind under the row above and asks nothing either; a front of several
// such bullets lists its points and keeps them.
func untypedBullet(front string) string {
	if t, ok := strings.CutPrefix(front, "-- "); ok && hasWordChar(t) {
		return strings.TrimLeft(t, " ")
	}
	for _, m := range typedBullets {
		if t, ok := strings.CutPrefix(front, m+" "); ok && hasWordChar(t) && !strings.Contains(t, m) {
			return strings.TrimLeft(t, " ")
		}
	}
	return front
}

// typedBullets are the characters typed as bullets that untypedBullet
// leaves off a front.
var typedBullets = []string{"•", "◦", "▪", "‣"}

// unstruck returns a front whose label is struck through as a whole,
// "<del>Side Effects</del>" of "- ~~Side Effects~~: Hypokalemia" (asked
// with its owner, "Thiazide Diuretics: <del>Side Effects</del>"), without
// its strikethrough: a label the student struck through as styling, beside
// "**Usage**:" in bold, still names the part it asks for. A struck word
// among others (a correction) keeps its mark.
func unstruck(front string) string {
	label, ok := strings.CutSuffix(front, "</del>")
	if !ok {
		return front
	}
	owner := ""
	if i := strings.LastIndex(label, ": <del>"); i >= 0 {
		owner, label = label[:i+2], label[i+2:]
	}
	label, ok = strings.CutPrefix(label, "<del>")
	if !ok || strings.Contains(label, "<del>") || strings.Contains(label, "</del>") || strings.TrimSpace(label) == "" {
		return front
	}
	return owner + label
}

// lengthUnits are what a worksheet's prompt asks an answer's length in.
var lengthUnits = map[string]bool{
	"sentence": true, "sentences": true, "bullet": true, "bullets": true,
	"word": true, "words": true, "paragraph": true, "paragraphs": true,
}

// cutLengthHint drops the length a worksheet's prompt asks for from the end
// of a heading, "What stood out to you? Why? ( 2-4 sentences )", "Summarize
// the chapter ( 1+ bullets )": the prompt is the question, the hint tells
// the student how much to write. "Boyle's law (2 variables)" keeps its
// brackets.
func cutLengthHint(s string) string {
	t := strings.TrimRight(s, " ")
	if !strings.HasSuffix(t, ")") {
		return s
	}
	open := strings.LastIndexByte(t, '(')
	if open <= 0 {
		return s
	}
	count, unit, ok := strings.Cut(strings.TrimSpace(t[open+1:len(t)-1]), " ")
	if !ok || !lengthUnits[strings.ToLower(strings.TrimSpace(unit))] || !isLengthCount(count) {
		return s
	}
	head := strings.TrimSpace(t[:open])
	if !hasWordChar(head) {
		return s
	}
	return head
}

// isLengthCount reports whether s counts as a worksheet asks: "2", "1+",
// "2-4", "3–5".
func isLengthCount(s string) bool {
	s = strings.TrimSuffix(s, "+")
	lo, hi, ok := strings.Cut(s, "-")
	if !ok {
		lo, hi, ok = strings.Cut(s, "–")
	}
	if !ok {
		hi = lo
	}
	return onlyDigits(lo) && onlyDigits(hi)
}

// videoPosition matches the inside of a parenthesis that gives a lecture
// recording's position, "29:50", "1:02:33", "48:40 @ Virus Classifications
// slide": where in the video the question was asked.
var videoPosition = lazyRegexp(`^\d{1,2}(?::\d{2}){1,2}(?: @ [^()<>]*)?$`)

// dropVideoPositions takes a recording's position off the question fronts
// that end with it, as notes taken from a lecture video mark where each
// question was asked: "Which method is best for detecting a new attack
// (29:50)?" asks "Which method is best for detecting a new attack?". A
// clock time, "@ 11:30 am", is no parenthesis before a question mark and
// stays.
func dropVideoPositions(cards []Card) {
	for i := range cards {
		f := cards[i].Front
		if strings.IndexByte(f, ')') < 0 {
			continue // the quick test: a search for one byte skips most fronts at once
		}
		end := strings.LastIndex(f, ")?")
		if end < 0 {
			continue
		}
		open := strings.LastIndexByte(f[:end], '(')
		if open < 1 || f[open-1] != ' ' || !videoPosition().MatchString(f[open+1:end]) {
			continue
		}
		if cards[i].Key == "" {
			cards[i].Key = f
		}
		cards[i].Front = f[:open-1] + f[end+1:]
	}
}

// dropAbbrMarks takes the marks of an abbreviation's definition off the
// fronts they wrap, as Markdown Extra, kramdown and MkDocs' abbr extension
// write one, "*[HTML]: Hyper Text Markup Language", and learners a word's
// reading, "*[頑張]: がんば": the card asks HTML and 頑張, not "*[HTML]",
// and keeps the identity it had with the marks.
func dropAbbrMarks(cards []Card) {
	for i := range cards {
		f := cards[i].Front
		if !strings.HasPrefix(f, "*[") || !strings.HasSuffix(f, "]") || len(f) < 4 || strings.ContainsAny(f[2:len(f)-1], "[]") {
			continue
		}
		if cards[i].Key == "" {
			cards[i].Key = f
		}
		cards[i].Front = f[2 : len(f)-1]
	}
}

// typedBreaks are the line breaks a note types in HTML after an image, as
// editors that export to GitHub write them: "![tree](tree.png) <br>".
var typedBreaks = [][]byte{[]byte("<br>"), []byte("<br/>"), []byte("<br />"), []byte("<BR>")}

// withoutTypedBreaks returns line without the HTML line breaks typed in it
// (see typedBreaks): a break is no text, and a line of images and breaks
// holds only images.
func withoutTypedBreaks(line []byte) []byte {
	if !containsText(line, "<") {
		return line
	}
	for _, br := range typedBreaks {
		line = bytes.ReplaceAll(line, br, nil)
	}
	return line
}

// unbracketed returns front without the square brackets a student typed
// around a whole label of words, as a template's "[Topic]" slot is filled
// in: "- [The Attack surface]" over its points asks "The Attack surface".
// Brackets that mean something stay: a concentration "[H+]", an interval
// "[0, 1]", a word or a sign alone "[x]", a label with brackets inside.
func unbracketed(front string) string {
	inner, ok := strings.CutPrefix(front, "[")
	if !ok {
		return front
	}
	if inner, ok = strings.CutSuffix(inner, "]"); !ok || !strings.Contains(inner, " ") {
		return front
	}
	for i, r := range inner {
		switch {
		case unicode.IsLetter(r):
		case i == 0:
			return front
		case r == ' ' || r == '-' || r == '\'' || r == '’' || r == '&' || unicode.IsDigit(r):
		default:
			return front
		}
	}
	return inner
}

// unmarkedQuestion returns front without the lone "?" a student types
// before a question to mark it as one, as some Obsidian themes style a
// bullet "- ? How to suspend the process?" over its answer: the card asks
// "How to suspend the process?". A "?" before anything but a question
// stays.
func unmarkedQuestion(front string) string {
	q, ok := strings.CutPrefix(front, "? ")
	if !ok || !strings.HasSuffix(q, "?") || !hasWordChar(q) {
		return front
	}
	return strings.TrimLeft(q, " ")
}

// cutDoubledMarker returns a heading's text without its level's hashes
// typed again after the marker, "## ## 1. Research Methods" or "# #
// Sociology", as a mind map's export writes every heading: the hashes are
// no part of the topic. ok is false when s holds no such hashes or nothing
// after them.
func cutDoubledMarker(level int, s string) (t string, ok bool) {
	if level <= 0 || len(s) <= level || s[level] != ' ' {
		return s, false
	}
	for i := 0; i < level; i++ {
		if s[i] != '#' {
			return s, false
		}
	}
	t = strings.TrimSpace(s[level:])
	if !hasWordChar(t) {
		return s, false
	}
	return t, true
}

// cutStrayStars returns a heading's plain text and HTML without the "**"
// of a bold never closed at their end, "# Eutrophication (Nutrient
// Pollution)**", or never opened at their start, "### \*\*13. What are
// \*args …?**": the stars, shown as typed, are no part of the topic. Stars
// at both ends are left alone, as they are written on purpose.
func cutStrayStars(text, html string) (string, string) {
	const stars = "**"
	open, closed := strings.HasPrefix(text, stars), strings.HasSuffix(text, stars)
	switch {
	case closed && !open && strings.HasSuffix(html, stars):
		t, h := strings.TrimSpace(strings.TrimRight(text, "*")), strings.TrimSpace(strings.TrimRight(html, "*"))
		if hasWordChar(t) {
			return t, h
		}
	case open && !closed && strings.HasPrefix(html, stars):
		t, h := strings.TrimSpace(strings.TrimLeft(text, "*")), strings.TrimSpace(strings.TrimLeft(html, "*"))
		if hasWordChar(t) {
			return t, h
		}
	}
	return text, html
}

// unwrapWholeBold returns front without the bold that wraps all of it,
// however deep: "#### **Drug Sources**" asks "Drug Sources" and
// "***************Bobo the Doll***************" asks the name, not the name
// in seven <strong>s, as "#### Drug Sources" does; the emphasis of a heading
// or a line typed all in bold marks nothing out on a card's front.
// "**Half-Step** or **Semi tone**" keeps its two terms' bold. The identity
// of the card is its front's words, so it is kept.
func unwrapWholeBold(front string) string {
	for {
		inner, ok := wrappedBy(front, "<strong>", "</strong>")
		if !ok {
			inner, ok = wrappedBy(front, "<b>", "</b>")
		}
		if !ok || !hasWordChar(stripTags(inner)) {
			return front
		}
		front = strings.TrimSpace(inner)
	}
}

// wrappedBy returns s inside the element open … close that wraps all of
// it, when the open tag that starts s is the one the close tag ending s
// closes: "<strong>A</strong> or <strong>B</strong>" is not wrapped.
func wrappedBy(s, open, close string) (string, bool) {
	if !strings.HasPrefix(s, open) || !strings.HasSuffix(s, close) || len(s) < len(open)+len(close) {
		return "", false
	}
	inner := s[len(open) : len(s)-len(close)]
	depth := 0
	for rest := inner; ; {
		o, c := strings.Index(rest, open), strings.Index(rest, close)
		switch {
		case c < 0:
			return inner, depth == 0 && o < 0
		case o >= 0 && o < c:
			depth++
			rest = rest[o+len(open):]
		default:
			if depth == 0 {
				return "", false
			}
			depth--
			rest = rest[c+len(close):]
		}
	}
}
