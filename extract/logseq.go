package extract

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
)

// logseqHeadings rewrites the headings Logseq writes as bullets as the
// Markdown headings they show as, line for line, so that positions stay
// right. A Logseq page is an outline; its headings are bullets, and what
// they head is nested under them:
//
//	"- # Options for Organising Records"           → "# Options for Organising Records"
//	"\t- ## Heap File Organisation #card"          → "## Heap File Organisation #card"
//	"\t\t- **Approach:** Any record can be placed" → "- **Approach:** Any record can be placed"
//
// Read as Markdown, the "## Heap File Organisation" item holds a list whose
// "Approach" cards have no context, and every section's "Approach" is the
// same front. Rewritten, each heading is a card of what it heads and the
// context of the cards below it. A heading bullet is read so at the top
// level or as a child of another heading bullet; one nested in a bullet of
// text stays in it, and one in fenced code stays code. A heading bullet
// that would outrank the Markdown heading of its section is no heading:
// "* # address bits determine the addressing range" under "### Process
// Address Space" counts the bits, "#" for "number of", and stays a bullet
// of text with its "#"; read as a heading, it headed every section after
// it. The heading bullets after it in its list are its siblings, and text
// too: "- ## This is an h2 heading." under "- # This is an h1 heading." in
// a note that shows what heading markup makes. src is returned when no
// line is a heading bullet.
func logseqHeadings(src []byte) []byte {
	if !hasHeadingBullet(src) {
		return src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	var open []headingBullet // the heading bullets whose children the line may be, outermost first
	siblings := siblingHeadings(lines)
	var fence fenceState
	var run keycapRun
	changed := false
	section := 0 // the level of the Markdown heading whose section the line is in
	textAt := -1 // the columns of the list whose heading bullet outranked its section, or -1
	for i, line := range lines {
		ind := indentCols(line)
		if !fence.open() && !isBlank(line) {
			if ind < textAt || ind == textAt && !isBulletLine(line) {
				textAt = -1 // the list ends
			}
			run.close(ind)
			for len(open) > 0 && ind <= open[len(open)-1].bullet {
				open = open[:len(open)-1]
			}
		}
		drop := 0
		if len(open) > 0 {
			drop = open[len(open)-1].child
		}
		out := dedentCols(line, drop)
		if fence.next(out) {
			lines[i] = out
			continue
		}
		if lv := atxLevel(line); lv > 0 {
			section = lv
		}
		h := bulletHeading(line)
		if h != nil && len(open) == 0 && (atxLevel(h) < section || ind == textAt) {
			// "- ## This is an h2 heading." after "- # This is an h1
			// heading.": an item of the same list, text as well.
			lines[i] = slices.Concat(line[:len(line)-len(h)], []byte{'\\'}, h)
			textAt = ind
			changed = true
			continue
		}
		if h == nil || len(open) == 0 && ind != 0 || len(open) > 0 && ind != drop {
			lines[i] = run.inner(out, ind)
			continue
		}
		if siblings[i] {
			lines[i] = plainBullet(out)
			changed = true
			continue
		}
		lines[i] = run.heading(h, ind)
		open = append(open, headingBullet{bullet: ind, child: childCols(lines[i+1:], ind)})
		changed = true
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// A headingBullet is a heading written as a bullet, by the columns of its
// marker and of its children.
type headingBullet struct{ bullet, child int }

// hasHeadingBullet reports whether some line of src may be a heading
// bullet, "- ## Heap File Organisation" or "* # This is an h1 heading.":
// the quick test before the rewrite.
func hasHeadingBullet(src []byte) bool {
	for i := 0; ; {
		k := bytes.Index(src[i:], []byte(" #"))
		if k < 0 {
			return false
		}
		i += k
		if i == 0 || src[i-1] != '-' && src[i-1] != '*' && src[i-1] != '+' {
			i++
			continue
		}
		// One line at a time, and the next line after a miss: a note of
		// "- # -" lines, or of one long line of them, was read to its end
		// at each.
		lo := bytes.LastIndexByte(src[:i], '\n') + 1
		hi := bytes.IndexByte(src[i:], '\n')
		if hi < 0 {
			hi = len(src)
		} else {
			hi += i
		}
		if bulletHeading(src[lo:hi]) != nil {
			return true
		}
		i = hi
	}
}

// bulletHeading returns the ATX heading that a bullet line opens with, "##
// Heap File Organisation #card" of "\t- ## Heap File Organisation #card",
// or nil when line is no such bullet.
func bulletHeading(line []byte) []byte {
	t := bytes.TrimLeft(line, " \t")
	if len(t) < 4 || t[0] != '-' && t[0] != '*' && t[0] != '+' || t[1] != ' ' {
		return nil
	}
	t = bytes.TrimLeft(t[2:], " ")
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n == len(t) || t[n] != ' ' && t[n] != '\t' {
		return nil
	}
	if !hasWordCharBytes(t[n:]) {
		return nil
	}
	return t
}

// childCols returns the column at which the children of a heading bullet
// at column bullet start, in the lines that follow it: that of the first
// bullet nested under it. Logseq nests by a tab, other outliners by two or
// four spaces.
func childCols(rest [][]byte, bullet int) int {
	for _, l := range rest {
		if isBlank(l) {
			continue
		}
		ind := indentCols(l)
		if ind <= bullet {
			break
		}
		if t := bytes.TrimLeft(l, " \t"); len(t) > 1 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && (t[1] == ' ' || t[1] == '\n') {
			return ind
		}
	}
	return bullet + 2
}

// indentCols returns the columns of white space that start line, a tab
// reaching the next multiple of four as CommonMark counts it.
func indentCols(line []byte) int {
	cols := 0
	for _, c := range line {
		switch c {
		case ' ':
			cols++
		case '\t':
			cols += 4 - cols%4
		default:
			return cols
		}
	}
	return cols
}

// dedentCols takes up to cols columns of white space off the start of line.
// A tab that reaches past them leaves the rest of its width as spaces.
func dedentCols(line []byte, cols int) []byte {
	at := 0
	for i, c := range line {
		if at >= cols {
			return line[i:]
		}
		switch c {
		case ' ':
			at++
		case '\t':
			w := 4 - at%4
			if at+w > cols {
				return append(bytes.Repeat([]byte(" "), at+w-cols), line[i+1:]...)
			}
			at += w
		default:
			return line[i:]
		}
	}
	return line[len(line):]
}

// untagged returns the text of a heading or a bullet without the tags that
// end it. Logseq marks a block as a flashcard: the cards under "## Heap
// File Organisation #card" read "Heap File Organisation" in their context,
// and "Why do recurrent networks forget the start of a sentence? #card"
// ends with its "?", a question, not a statement.
func untagged(text string) string {
	if !mayEndWithTag(text) {
		return text
	}
	t, _ := cutTags(text)
	return t
}

// mayEndWithTag reports whether s holds " #", the quick test of untagged
// and cutLineTags. "#" is rare in a card's text, so it is searched for
// first: a search for " #" stops at every space.
func mayEndWithTag(s string) bool {
	return strings.IndexByte(s, '#') >= 0 && strings.Contains(s, " #")
}

// lineTags matches the tags that end a block of an answer, with what ends
// the block (group 1): "unique #card" of "Adjoint functors are unique
// #card", "transform one sequence to another #ques1 #card<ul>". A tag
// before a line break inside a paragraph may go on over the next line
// ("made of stone! #MONUMENTAL<br>ARCHITECTURE"), and one before "\n" is
// inside code: both are left. A tag may nest as Anki writes it, "#bio::cells".
var lineTags = lazyRegexp(`(?:[ \t]+#[\p{L}\p{N}_/-]+(?:::[\p{L}\p{N}_/-]+)*)+((?:<br>)?(?:<[uo]l>|</li>|</p>|$))`)

// cutLineTags cuts the Obsidian or Logseq tags that end the lines of an
// HTML answer and returns the Anki tags of those that end its first line
// and are no cardMarkers. Those tag the card, as the tags that end a front
// do ("Osmosis: water crossing a membrane #bio"); those of the nested
// bullets shown on the back ("What is seq2seq learning? #ques1 #card")
// are theirs, not this card's. A line of tags alone, "#Evaluation_Metric,
// #academic_papers", is left as it is.
func cutLineTags(back string) (string, []string) {
	if !mayEndWithTag(back) {
		return back, nil
	}
	ms := lineTags().FindAllStringSubmatchIndex(back, -1)
	if ms == nil {
		return back, nil
	}
	first := len(back) // where the first line ends
	for _, b := range lineBreaks {
		if i := strings.Index(back, b); i >= 0 && i < first {
			first = i
		}
	}
	var out strings.Builder
	var tags []string
	at := 0
	for _, m := range ms {
		before := back[at:m[0]]
		if !hasUntaggedWord(stripTags(before[lastBreak(before):])) {
			continue
		}
		rest, own := trailingTags(back[at:m[2]])
		if len(rest) != m[0]-at {
			continue // a word that is no tag, "#1"
		}
		out.WriteString(rest)
		if m[0] < first {
			tags = own
		}
		at = m[2]
	}
	if at == 0 {
		return back, nil
	}
	out.WriteString(back[at:])
	return out.String(), tags
}

// lineBreaks are the HTML that starts a new line of an answer.
var lineBreaks = []string{"<br>", "<ul>", "<ol>", "<li>", "</li>", "<p>", "</p>"}

// lastBreak returns where the last line of HTML s starts, after its last
// lineBreaks.
func lastBreak(s string) int {
	at := 0
	for _, b := range lineBreaks {
		if i := strings.LastIndex(s, b); i >= 0 && i+len(b) > at {
			at = i + len(b)
		}
	}
	return at
}

// hasUntaggedWord reports whether line holds a word that is no tag: "What
// is seq2seq learning?" does, and so does the "$$" that closes a display
// ("$$ #card"); "#Evaluation_Metric, #Dialogue_Systems," does not.
func hasUntaggedWord(line string) bool {
	for w := range strings.FieldsSeq(line) {
		if w[0] != '#' && (hasWordChar(w) || strings.HasSuffix(w, "$")) {
			return true
		}
	}
	return false
}

// logseqMarkup rewrites the markup of Logseq that Markdown shows as raw
// text, line for line, so that positions stay right:
//
//	"{{cloze VisualVM}}"                 → "{{c1::VisualVM}}", a cloze deletion
//	"{{embed [[Yoneda Lemma]]}}"         → "[[Yoneda Lemma]]", the page's name
//	"{{embed ((603454d6-…))}}"          → "((603454d6-…))", the block's text
//	                                       as a block reference reads it
//	"the ((665379e5-…)) of"              → "the Way of", the block "- ## Way" holds
//	                                       by its "id:: 665379e5-…"; "the […] of"
//	                                       for a block this note does not hold
//	"{{video https://youtu.be/x}}"       → "<https://youtu.be/x>", a link
//	"![eq](eq.png){:height 294, :width 342}" → "![eq](eq.png)"
//	"#+BEGIN_QUOTE" … "#+END_QUOTE"      → "> …", a quote
//	"What is X? [[card]]"                → "What is X? #card", the same tag
//	"- #card How to add code"            → "- How to add code #card"
//
// Logseq hides all the clozes of a block at once, so they are all c1. A
// block reference shows another block's text, which only the graph holds:
// its UUID means nothing on a card, and the text of a block of this note
// is what the student reads there (see blockRefs). Fenced code is left as
// it is. src is returned when it holds none of this markup.
func logseqMarkup(src []byte) []byte {
	if !containsText(src, "{{") && !containsText(src, "((") &&
		!containsText(src, "){:") && !containsText(src, "#+") && !containsText(src, "card]]") &&
		!containsText(src, "- #card ") {
		return src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	var fence fenceState
	changed := false
	quote := false // inside a #+BEGIN_QUOTE block
	lastEnd := lastQuoteEnd(lines)
	var ids map[string][]byte
	if containsText(src, "((") && containsText(src, "id:: ") {
		ids = blockIDs(lines)
	}
	for i, line := range lines {
		if fence.next(line) {
			continue
		}
		out := line
		if bytes.Contains(out, []byte("#+")) && (quote || i < lastEnd) {
			out, quote = orgBlockLine(out, quote)
		} else if quote {
			out = quoteLine(out)
		}
		out = logseqInline(out, ids)
		if !bytes.Equal(out, line) {
			lines[i] = out
			changed = true
		}
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// logseqInline rewrites the Logseq markup of a line, but markup that opens
// inside a code span: "`{{cloze x}}`" in a note about Logseq is its syntax,
// shown as written, where "{{cloze `-XX:+HeapDump…`}}" hides the code. ids
// holds the text of the note's blocks by their UUID (see blockIDs).
func logseqInline(out []byte, ids map[string][]byte) []byte {
	spans := codeSpans(out)
	if bytes.Contains(out, []byte("{{")) {
		out = replaceOutside(clozeMacro(), out, []byte("{{c1::$1}}"), spans)
		spans = codeSpans(out)
		out = replaceOutside(embedMacro(), out, []byte("$1$2"), spans)
		spans = codeSpans(out)
		out = replaceOutside(mediaMacro(), out, []byte("<$1>"), spans)
		spans = codeSpans(out)
	}
	if bytes.Contains(out, []byte("((")) {
		out = blockRefs(out, spans, ids)
		spans = codeSpans(out)
	}
	if bytes.Contains(out, []byte("){:")) {
		out = replaceOutside(imageSize(), out, []byte(")"), spans)
	}
	return leadingCard(cardPageRef(out))
}

// refGap stands for a block reference inside a sentence that this note
// cannot show: the sentence keeps its gap, which the student sees.
const refGap = "[…]"

// blockRefs rewrites the block references of line but those that start in
// one of spans. A reference to a block of this note shows that block's
// text, as Logseq does: "\"Balance\" is the natural ((665379e5-…)) of"
// reads "the natural Way of" under the block "- ## Way" that holds "id::
// 665379e5-…". A reference to a block only the graph holds goes where it
// opens the line or follows its last sentence, as the icon or the source a
// block is tagged with, "- ((6651ecba-…)) An interactive math app"; in a
// sentence it is "[…]": "This is the ((665c82c0-…)) for ((66536578-…))."
// read "This is the for.", a sentence with its words lost, and "can be
// translated into the ((6877f86b-…))" lost its end.
func blockRefs(line []byte, spans [][2]int, ids map[string][]byte) []byte {
	return rewriteOutside(line, blockRef().FindAllIndex(line, -1), spans, func(out []byte, m []int) []byte {
		ref := line[m[0]:m[1]]
		lead := ref[:len(ref)-len(bytes.TrimLeft(ref, " \t"))]
		id := bytes.ToLower(bytes.Trim(ref, " \t()"))
		if text, ok := ids[string(id)]; ok {
			return append(append(out, lead...), text...)
		}
		if !refDropped(out, line[m[1]:]) {
			out = append(append(out, lead...), refGap...)
		}
		return out
	})
}

// refDropped reports whether a block reference this note cannot show
// goes from its line, between before and rest: it opens the line's text,
// "- ((6651ecba-…)) An interactive math app", or it follows the end of its
// last sentence, "… the chosen way of life. ((6651ecba-…))".
func refDropped(before, rest []byte) bool {
	if !hasWordCharBytes(before) {
		return len(rest) == 0 || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\n' || rest[0] == '\r'
	}
	if bytes.Contains(rest, []byte("((")) {
		rest = blockRef().ReplaceAll(rest, nil)
	}
	b := bytes.TrimRight(before, " \t")
	return len(bytes.TrimSpace(rest)) == 0 && len(b) > 0 && bytes.IndexByte([]byte(".!?"), b[len(b)-1]) >= 0
}

// blockIDs returns the text of the blocks of lines that hold their UUID
// by Logseq's "id::" property, by that UUID in lower case: the first line
// of the block above the property and any other property, without its
// bullet, list number, heading marks or block references (see blockText),
// "- ## Way" over "  id:: 665379e5-…" holds "Way"; a block opened by its
// "- id:: …" holds the line below. A block without a word is left out.
func blockIDs(lines [][]byte) map[string][]byte {
	ids := map[string][]byte{}
	for i, line := range lines {
		t := bytes.TrimSpace(line)
		id, ok := bytes.CutPrefix(t, []byte("id:: "))
		step := -1 // the block's text is above its properties
		if !ok {
			if id, ok = bytes.CutPrefix(t, []byte("- id:: ")); !ok {
				continue
			}
			step = 1 // "- id:: …" opens a block its text follows
		}
		j := i + step
		for j >= 0 && j < len(lines) && isLogseqProperty(bytes.TrimSpace(lines[j])) {
			j += step
		}
		if j < 0 || j >= len(lines) {
			continue
		}
		text := blockText(bytes.TrimSpace(lines[j]))
		if h := bytes.TrimLeft(text, "#"); len(h) < len(text) && bytes.HasPrefix(h, []byte(" ")) {
			text = h
		}
		text = bytes.TrimSpace(blockRef().ReplaceAll(text, nil))
		if hasWordCharBytes(text) {
			ids[string(bytes.ToLower(bytes.TrimSpace(id)))] = text
		}
	}
	return ids
}

// blockText returns the text of a block's line without the bullet and the
// number that open it: "- 1. Symbolic Constants" holds "Symbolic
// Constants", which a reference reads in its sentence ("for Symbolic
// Constants, constexpr is better"), where the number of the list it was
// typed in means nothing.
func blockText(line []byte) []byte {
	if n := listMarkerLen(line); n > 0 && line[0] == '-' {
		line = line[n:]
	}
	if n := listMarkerLen(line); n > 0 && line[0] >= '0' && line[0] <= '9' {
		line = line[n:]
	}
	return line
}

// leadingCard moves the "#card" tag that opens a bullet, "- #card How to
// add code", to its end, "- How to add code #card", where the readers of
// a flashcard look for it: Logseq reads the block as a card either way,
// and the front showed "#card How to add code".
func leadingCard(line []byte) []byte {
	t := bytes.TrimLeft(line, " \t")
	rest, ok := bytes.CutPrefix(t, []byte("- #card "))
	if !ok {
		return line
	}
	body := bytes.TrimRight(rest, " \t\r\n")
	if !hasWordChar(string(body)) || markedCard(body) {
		return line // "- #card" alone, or tagged at its end too
	}
	out := append(bytes.Clone(line[:len(line)-len(t)]), "- "...)
	out = append(append(out, body...), " #card"...)
	return append(out, rest[len(body):]...)
}

// cardPageRef rewrites the link to Logseq's "card" page that ends line,
// "[[card]]" or "#[[card]]", as the tag "#card": Logseq reads a block that
// links the page as one tagged with it, a flashcard.
func cardPageRef(line []byte) []byte {
	t := bytes.TrimRight(line, " \t\r\n")
	for _, ref := range [...]string{"#[[card]]", "[[card]]", "#[[Card]]", "[[Card]]"} {
		if k := len(t) - len(ref); k > 0 && string(t[k:]) == ref && (t[k-1] == ' ' || t[k-1] == '\t') {
			out := append(bytes.Clone(line[:k]), "#card"...)
			return append(out, line[len(t):]...)
		}
	}
	return line
}

// codeSpans returns the byte ranges of the code spans of line: a run of
// backticks up to the next run as long; a run never closed opens none.
func codeSpans(line []byte) [][2]int {
	var out [][2]int
	for i := 0; i < len(line); {
		k := bytes.IndexByte(line[i:], '`')
		if k < 0 {
			break
		}
		i += k
		n := 1
		for i+n < len(line) && line[i+n] == '`' {
			n++
		}
		c := bytes.Index(line[i+n:], line[i:i+n])
		if c < 0 {
			break
		}
		end := i + n + c + n
		out = append(out, [2]int{i, end})
		i = end
	}
	return out
}

// replaceOutside replaces the matches of re in line by repl, as
// ReplaceAll does, but those that start inside one of spans.
func replaceOutside(re *regexp.Regexp, line, repl []byte, spans [][2]int) []byte {
	return rewriteOutside(line, re.FindAllSubmatchIndex(line, -1), spans, func(out []byte, m []int) []byte {
		return re.Expand(out, repl, line, m)
	})
}

// rewriteOutside returns line with each match of ms, but those that start
// inside one of spans, replaced by what with appends to the text before it.
// It returns line itself when ms is empty.
func rewriteOutside(line []byte, ms [][]int, spans [][2]int, with func(out []byte, m []int) []byte) []byte {
	if ms == nil {
		return line
	}
	var out []byte
	at := 0
	for _, m := range ms {
		if inSpans(spans, m[0]) {
			continue
		}
		out = with(append(out, line[at:m[0]]...), m)
		at = m[1]
	}
	return append(out, line[at:]...)
}

// The Logseq markup logseqMarkup rewrites.
var (
	clozeMacro = lazyRegexp(`\{\{cloze[ \t]+([^\n]*?)[ \t]*\}\}`)
	embedMacro = lazyRegexp(`\{\{embed[ \t]+(?:(\[\[[^\]\n]+\]\])|(\(\([0-9a-fA-F-]{36}\)\)))[ \t]*\}\}`)
	// mediaMacro is a Logseq macro that plays a video or shows a tweet or
	// a PDF in the page, by its address: paper plays nothing, and the sheet
	// printed "{{video https://www.youtube.com/watch?v=D8CRNuuBkoU}}"; the
	// address, as a link, is what is left to follow.
	mediaMacro = lazyRegexp(`\{\{(?:video|youtube|vimeo|bilibili|tweet|twitter|pdf)[ \t]+(https?://[^\s{}<>]+)[ \t]*\}\}`)
	blockRef   = lazyRegexp(`[ \t]?\(\([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\)\)`)
	imageSize  = lazyRegexp(`\)\{:[ \t]*:?(?:height|width)\b[^}\n]*\}`)
	orgBlock   = lazyRegexp(`^([ \t]*(?:[-*+][ \t]+)?)#\+(?i:(begin|end)_quote)[ \t]*\n?$`)
)

// orgBlockLine rewrites the line that opens or closes an org-mode quote,
// which Logseq writes in a block ("- #+BEGIN_QUOTE"), as a line of the
// Markdown quote it shows as: its first line would be the front of a card
// "#+BEGIN_QUOTE", its last the end of the answer. quote says whether the
// line is inside the quote, and the result whether the next one is.
func orgBlockLine(line []byte, quote bool) ([]byte, bool) {
	m := orgBlock().FindSubmatch(line)
	if m == nil {
		if quote {
			return quoteLine(line), true
		}
		return line, false
	}
	out := append(append([]byte(nil), m[1]...), '>')
	if bytes.HasSuffix(line, []byte("\n")) {
		out = append(out, '\n')
	}
	return out, bytes.EqualFold(m[2], []byte("begin"))
}

// lastQuoteEnd returns the index of the last line of lines that closes an
// org-mode quote, or -1: a "#+BEGIN_QUOTE" after it is left open, and is
// text, not a quote to the end of the note.
func lastQuoteEnd(lines [][]byte) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if !bytes.Contains(lines[i], []byte("#+")) {
			continue
		}
		if m := orgBlock().FindSubmatch(lines[i]); m != nil && bytes.EqualFold(m[2], []byte("end")) {
			return i
		}
	}
	return -1
}

// quoteLine puts "> " after the indent of a line inside an org-mode quote,
// "  Naturality is a strong condition." → "  > Naturality is a strong
// condition.": the indent keeps it in its block's bullet.
func quoteLine(line []byte) []byte {
	k := len(line) - len(bytes.TrimLeft(line, " \t"))
	out := append(append([]byte(nil), line[:k]...), '>', ' ')
	return append(out, line[k:]...)
}

// dedentPage takes off the indent that every line of a page shares when
// the page is a list indented as a whole: a Logseq page exported with each
// block one tab in ("\t- Query", "\t\t- compares x_i …") read as one code
// block, and made no card. A page whose first line, less the indent, opens
// no list is left as it is (an indented code block), and so is a page with
// any line not indented. The rewrite keeps every line where it was.
func dedentPage(body []byte) []byte {
	if t := bytes.TrimLeft(body, "\n"); len(t) == 0 || t[0] != '\t' && !bytes.HasPrefix(t, []byte("    ")) {
		return body // the quick test: the first line is not indented
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	unit, first := "", ""
	for _, l := range lines {
		if isBlank(l) {
			continue
		}
		switch {
		case unit == "" && l[0] == '\t':
			unit = "\t"
		case unit == "" && bytes.HasPrefix(l, []byte("    ")):
			unit = "    "
		case unit == "":
			return body
		}
		if !bytes.HasPrefix(l, []byte(unit)) {
			return body
		}
		if first == "" {
			first = string(bytes.TrimLeft(l[len(unit):], " \t"))
		}
	}
	if unit == "" || !strings.HasPrefix(first, "- ") && !strings.HasPrefix(first, "* ") {
		return body
	}
	out := make([]byte, 0, len(body))
	for _, l := range lines {
		out = append(out, bytes.TrimPrefix(l, []byte(unit))...)
	}
	return out
}

// emptyBullets rewrites a bullet left empty on its line under a bullet's
// text, with its own text on the lines below it, as Logseq writes a block
// that opens with a display or code:
//
//	"\t\t- $w_{ij}$ is the attention"  → unchanged
//	"\t\t\t-"                         → "\t\t\t- &nbsp;"
//	"\t\t\t  $$"                      → unchanged, as are the formula's lines
//
// Markdown reads a lone "-" under text as the underline of a heading: the
// bullet above became a heading, and the block, now four columns deeper
// than the text it went on from, code, so the sheet printed the formula as
// raw TeX in a code box. A non-breaking space, which shows nothing, keeps
// the "-" the bullet it is. Every line stays where it was; src is returned
// when no line is such a bullet.
func emptyBullets(src []byte) []byte {
	if !containsText(src, "-\n") && !containsText(src, "- \n") {
		return src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	for i := 1; i+1 < len(lines); i++ {
		l := lines[i]
		if code[i] || code[i-1] || string(bytes.TrimSpace(l)) != "-" || !isBulletLine(lines[i-1]) {
			continue
		}
		if at := indentCols(l); at <= indentCols(lines[i-1]) || isBlank(lines[i+1]) || indentCols(lines[i+1]) <= at {
			continue // a bullet beside the one above, or with nothing under it: Markdown reads it so
		}
		ws := l[:len(l)-len(bytes.TrimLeft(l, " \t"))]
		lines[i] = append(append([]byte{}, ws...), "- &nbsp;\n"...)
		changed = true
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// isBulletLine reports whether line is a list item's first line with text
// on it: "- a", "* a", "+ a", "1. a".
func isBulletLine(line []byte) bool {
	t := bytes.TrimLeft(line, " \t")
	k := 0
	for k < len(t) && k < 9 && t[k] >= '0' && t[k] <= '9' {
		k++
	}
	switch {
	case k == 0 && len(t) > 0 && (t[0] == '-' || t[0] == '*' || t[0] == '+'):
		k = 1
	case k > 0 && k < len(t) && (t[k] == '.' || t[k] == ')'):
		k++
	default:
		return false
	}
	return k < len(t) && (t[k] == ' ' || t[k] == '\t') && !isBlank(t[k:])
}

// A keycapRun follows the Logseq heading bullets numbered with a keycap,
// "- ### 1️⃣ **Association**", whose parts are written as heading bullets
// at the same level after it, "- ### 📌 Meaning", "- ### 🔑 Key
// Characteristics", until "- ### 2️⃣ **Aggregation**". The page shows the
// parts as the numbered section's; read at one level, every section's
// "Meaning" was asked under the page's heading, the same front again.
type keycapRun struct {
	ind, level int  // the column and heading level of the numbered heading bullet
	on         bool // a numbered heading bullet is open
}

// heading returns h, the heading of a heading bullet at column ind ("###
// 📌 Meaning"), one level deeper when it is a part of the numbered section
// open before it, and records a numbered one.
func (r *keycapRun) heading(h []byte, ind int) []byte {
	level := 0
	for level < len(h) && h[level] == '#' {
		level++
	}
	switch {
	case keycapNumbered(h[level:]):
		*r = keycapRun{ind: ind, level: level, on: true}
	case !r.on || ind != r.ind:
	case level == r.level && level < 6:
		return append([]byte{'#'}, h...)
	case level < r.level:
		r.on = false
	}
	return h
}

// close ends the numbered section when a line at column ind is no longer
// inside the bullets it stands among.
func (r *keycapRun) close(ind int) {
	if r.on && ind < r.ind {
		r.on = false
	}
}

// keycapNumbered reports whether a heading's text t opens with a number in
// a keycap, "1️⃣ **Association**" (the digit, U+FE0F and U+20E3), or "🔟".
func keycapNumbered(t []byte) bool {
	t = bytes.TrimPrefix(bytes.TrimLeft(t, " \t"), []byte("**"))
	if bytes.HasPrefix(t, []byte("🔟")) {
		return true
	}
	if len(t) == 0 || !isDigit(rune(t[0])) {
		return false
	}
	t = bytes.TrimPrefix(t[1:], []byte("\uFE0F"))
	return bytes.HasPrefix(t, []byte("\u20E3"))
}

// inner returns out, a line at column ind that is no heading bullet, one
// level deeper when it is a heading at the numbered section's level written
// inside one of its blocks ("  ### ✅ Real-world example" under "- ### 🧠
// Interview Explanation"): it is a part as its sibling bullets are.
func (r *keycapRun) inner(out []byte, ind int) []byte {
	if !r.on || ind <= r.ind {
		return out
	}
	t := bytes.TrimLeft(out, " \t")
	if len(t) <= r.level || t[r.level] != ' ' || r.level >= 6 || !bytes.HasPrefix(t, []byte("######")[:r.level]) {
		return out
	}
	lead := len(out) - len(t)
	return append(append(append([]byte{}, out[:lead]...), '#'), t...)
}

// inSpans reports whether offset at falls inside one of spans, the code
// spans a rewrite of a line leaves as typed.
func inSpans(spans [][2]int, at int) bool {
	return slices.ContainsFunc(spans, func(s [2]int) bool { return s[0] <= at && at < s[1] })
}
