package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// isYearRange reports whether s is a span of years written with a hyphen:
// "1924-29" in "## 1924-29: Die Jahre der Stabilisierung", "1789-1799" in
// "- 1789-1799: French Revolution". Timelines name their periods so, and
// the hyphen alone makes the span look like a number to isNumberLike. The
// years must run forward, "1914-18" or "476-1453", so that a date such as
// "2023-06" or a score "3-1" is no span.
func isYearRange(s string) bool {
	dash := -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '-' && dash < 0:
			dash = i
		case c < '0' || c > '9':
			return false
		}
	}
	from, to := s[:max(dash, 0)], s[dash+1:]
	if dash < 3 || dash > 4 || len(to) < 2 || len(to) > 4 {
		return false
	}
	a, b := digitsValue(from), digitsValue(to)
	if len(to) == 2 {
		return len(from) == 4 && b > a%100 // "1914-18"
	}
	return b > a
}

// digitsValue returns the number that s, ASCII digits only, writes.
func digitsValue(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// eraWords are the words a date span of a life or a reign is written with,
// besides its years: "c. 624 - c. 548 BC", "ca. 1450–1500 AD".
var eraWords = map[string]bool{"c.": true, "ca.": true, "circa": true, "bc": true, "bce": true, "ad": true,
	"ce": true, "b.c.": true, "a.d.": true, "b.c": true, "a.d": true, "-": true, "–": true, "—": true}

// isDatedName reports whether s, a line over a list, is a name and the years
// of its life: "**Thales of Miletus**, [ˈθeɪliːz] c. 624/623 - c. 548/545 BC."
// over what Thales taught. Its full stop ends the era "BC.", not a
// sentence, so the line leads its list in as "Napoleon (1769–1821)" does.
// The years follow a comma and end the line; a sentence ending in a year,
// "He died in 1821.", has no comma before them.
func isDatedName(s string) bool {
	if start, _ := nextSentenceBreak(s, 0); start >= 0 {
		return false
	}
	fields := strings.Fields(outsideBrackets(strings.TrimSuffix(strings.TrimSpace(s), ".")))
	i, years := len(fields), false
	for i > 0 {
		f := strings.ToLower(fields[i-1])
		if y := isYearWord(f); y || eraWords[f] {
			years = years || y
			i--
			continue
		}
		break
	}
	return years && i > 0 && i < len(fields) && strings.HasSuffix(fields[i-1], ",")
}

// isYearWord reports whether w, in lower case, writes a year or a century:
// "624", "624/623", "5c", "1920s", "5th".
func isYearWord(w string) bool {
	n := 0
	for n < len(w) && (w[n] >= '0' && w[n] <= '9' || w[n] == '/' && n > 0) {
		n++
	}
	if n == 0 {
		return false
	}
	switch w[n:] {
	case "", "c", "s", "th", "st", "nd", "rd":
		return true
	}
	return false
}

// htmlHeadings rewrites a line that is a whole HTML heading with text right
// under it as the Markdown heading it means: "<h3>Les causes</h3>" over
// "* La crise politique - La monarchie est incapable de se réformer." is
// "### Les causes". Markdown reads such a line and every line under it, to
// the next blank line, as one block of raw HTML: the list shows as text,
// tags and all, and makes no card. A heading with a blank line under it is
// read as one already (headingOf), and a heading inside another HTML block
// ("<details>", "<div>") or a code block stays as it is.
func htmlHeadings(src []byte) []byte {
	if !hasHeadingTagLine(src) {
		return src // most notes: spare the split into lines
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	code := fencedLines(lines)
	changed, inHTML := false, false
	for i, l := range lines {
		switch {
		case isBlank(l):
			inHTML = false
			continue
		case inHTML || code[i] || l[0] != '<':
			continue
		}
		h, ok := htmlHeadingLine(l)
		if !ok || i+1 == len(lines) || isBlank(lines[i+1]) {
			inHTML = true // an HTML block runs to the next blank line
			continue
		}
		lines[i] = h
		changed = true
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// htmlHeadingLine returns line, a whole "<h3>Les causes</h3>", as the
// Markdown heading "### Les causes", its newline kept.
func htmlHeadingLine(line []byte) ([]byte, bool) {
	if len(line) < 9 || line[1] != 'h' && line[1] != 'H' || line[2] < '1' || line[2] > '6' {
		return nil, false
	}
	m := htmlHeading().FindSubmatch(line)
	if m == nil || bytes.ContainsAny(m[2], "\n") || len(bytes.TrimSpace(m[2])) == 0 {
		return nil, false
	}
	h := append(bytes.Repeat([]byte("#"), int(m[1][0]-'0')), ' ')
	h = append(h, bytes.TrimSpace(m[2])...)
	return append(h, '\n'), true
}

// hasHeadingTagLine reports whether a line of src opens with "<h1" to
// "<h6", in either case.
func hasHeadingTagLine(src []byte) bool {
	for i := 0; i+2 < len(src); i++ {
		if src[i] == '<' && (i == 0 || src[i-1] == '\n') && (src[i+1] == 'h' || src[i+1] == 'H') && src[i+2] >= '1' && src[i+2] <= '6' {
			return true
		}
		j := bytes.IndexByte(src[i+1:], '<')
		if j < 0 {
			return false
		}
		i += j
	}
	return false
}

// yearLead returns the length of the year that opens line, a list item's
// first line, before a space and the name of an event: "1803" in "1803
// Louisiana Purchase", "1861-1865" in "1861-1865 [Civil War](…)",
// "1917-04-06" in "1917-04-06 US enters World War I". The name opens with
// a capital or a link; "1963 km of track" names no event. It returns 0
// when the line opens with no year.
func yearLead(line []byte) int {
	n := 0
	for n < len(line) && n < 11 && (line[n] >= '0' && line[n] <= '9' || line[n] == '-') {
		n++
	}
	if n < 3 || n+1 >= len(line) || line[n] != ' ' {
		return 0
	}
	year := string(line[:n])
	if !(n <= 4 && isShortNumber(year)) && !isYearRange(year) && !isISODate(year) {
		return 0
	}
	if r, _ := utf8.DecodeRune(line[n+1:]); !unicode.IsUpper(r) && r != '[' {
		return 0
	}
	return n
}

// isISODate reports whether s is a day written year first, "1941-12-07".
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	return isShortNumber(s[:4]) && isShortNumber(s[5:7]) && isShortNumber(s[8:])
}

// isTimeline reports whether a list is a timeline whose items name their
// events after the year, "1803 Louisiana Purchase" over "1848 Mexican
// Cession": three items at least, and most of the list, open so. One such
// item among others, "1963 Equal Pay Act" under a movement's causes, is
// no timeline.
func (b *builder) isTimeline(items []ast.Node) bool {
	n := 0
	for _, it := range items {
		if h := itemHead(it); h != nil {
			if ls := b.p.lines(h); len(ls) > 0 && yearLead(b.p.src[ls[0][0]:ls[0][1]]) > 0 {
				n++
			}
		}
	}
	return n >= 3 && n*2 > len(items)
}

// timelineItem makes the card of a timeline's item, "1803 Louisiana
// Purchase": the event asks for its year, as "When was the Louisiana
// Purchase?" does. It reports whether the item was such a line.
func (b *builder) timelineItem(head ast.Node, sc scope) bool {
	p := b.p
	ls := p.lines(head)
	if len(ls) != 1 {
		return false
	}
	lo, hi := ls[0][0], ls[0][1]
	n := yearLead(p.src[lo:hi])
	if n == 0 {
		return false
	}
	end := hi
	if !isEventName(p.plain(head, lo+n+1, hi)) {
		k := eventNameEnd(p.src[lo+n+1 : hi])
		if k == 0 || !isEventName(p.plain(head, lo+n+1, lo+n+1+k)) {
			return false
		}
		end = lo + n + 1 + k
	}
	line := p.line(lo)
	if b.add(p.html(head, lo+n+1, end), p.html(head, lo, lo+n), Basic, line, sc) {
		b.coverLines(line, line)
	}
	return true
}

// askEventsForYears turns the cards that ask a year alone for the event
// after it, "1607 -> Establishment of Jamestown" or "**1619:** First
// Africans arrive in Virginia", into the event asking for its year, as a
// timeline's "1803 Louisiana Purchase" asks "Louisiana Purchase" → 1803:
// "What happened in 1607?" has no answer a student could give, "When was
// Jamestown established?" has one. The year is one from 1000 to 2099, a
// range of them or a day written year first; the event is one line of
// words that does not hold the year ("1812 -> War of 1812" stays). An
// event told in one sentence, "- 1783: The Treaty of Georgievsk
// establishes Russian influence in the Caucasus region.", asks for its
// year too, unless the year is a heading (see p.headingLine): "### 2024"
// over "The year the course began." answers the heading. A year over
// the events under it, "- 1620" over "  - Pilgrims land at Plymouth",
// asks them for it (see yearOverPoints).
func (p *parsed) askEventsForYears(cards []Card) {
	for i := range cards {
		c := &cards[i]
		if c.Kind != Basic {
			continue
		}
		asked, owned := headingOwned(c)
		if len(asked) > len("<strong>30th September 1938</strong>") {
			continue // the quick test
		}
		year, ok := askedYear(asked)
		if !ok {
			continue
		}
		if front, back, ok := yearOverPoints(asked, c.Back, year); ok && c.Pos.File == p.file && !p.headingLine(c.Pos.Line) {
			c.Front, c.Back, c.Key = front, back, ""
			continue
		}
		if owned {
			continue
		}
		if front, back, ok := namedOverList(*c, year); ok && c.Pos.File == p.file && !p.headingLine(c.Pos.Line) {
			c.Front, c.Back, c.Key = front, back, ""
			continue
		}
		if !answersEvent(*c, year) || !isEventLine(c.Back) && (c.Pos.File != p.file || p.headingLine(c.Pos.Line)) {
			continue
		}
		c.Front, c.Back = eventRunsOn(c.Back, c.Front, year)
		c.Key = ""
	}
}

// askedYear returns the text of front, a card's, without its tags, when
// that is a year or a date alone, "Spring 1776" and "c. 1500" too (see
// isLooseYear), one askEventsForYears turns around, and whether it is.
func askedYear(front string) (string, bool) {
	if !strings.ContainsAny(front, "12&") {
		return "", false // the quick test: a year from 1000 to 2099 holds a 1 or a 2, which only an entity may hide
	}
	year := strings.TrimSpace(stripTags(front))
	return year, isEventYear(year) || isEventDate(year) || isEventSpan(year) || isLooseYear(year)
}

// isEventSpan reports whether s is a span of years from 1000 to 2099
// typed with spaces about its dash, "1914 - 1918" or "1789 – 1799": an
// event asks for it as for isEventYear's "1914-1918".
func isEventSpan(s string) bool {
	if len(s) < len("1914 - 1918") || !isSpacedYearSpan(s) {
		return false
	}
	to := strings.TrimLeft(s[4:], " -–—")
	return isEventYear(s[:4]) && len(to) == 4 && isEventYear(to)
}

// namedOverList returns the front and back of c, a card that asks year
// alone (see askedYear) for a name and the points under it, "- 1935:
// **Davson-Danielli model**:" over "  - Phospholipid bilayer sandwiched by
// globular proteins.", as the name asking for its year and its points:
// "What came of 1935?" has no answer, "What was the Davson-Danielli
// model?" has one. The name is a few words of one line that do not hold
// the year.
func namedOverList(c Card, year string) (front, back string, ok bool) {
	at := strings.Index(c.Back, ":<br><ul>")
	if at < 0 {
		at = strings.Index(c.Back, ":<br><ol>")
	}
	if at <= 0 {
		return "", "", false
	}
	name := c.Back[:at]
	if inner, ok := strings.CutPrefix(name, "<strong>"); ok && strings.Count(name, "<") == 2 {
		name = strings.TrimSuffix(inner, "</strong>")
	}
	if !isEventLine(name) || strings.Contains(name, "<") || strings.Contains(name, year) || countFields(name) > 6 {
		return "", "", false
	}
	return name, year + c.Back[at:], true
}

// yearOfEvent returns the year or the date c asks alone when its answer
// is an event askEventsForYears turns around (see answersEvent).
func yearOfEvent(c Card) (string, bool) {
	year, ok := askedYear(c.Front)
	if !ok || !answersEvent(c, year) {
		return "", false
	}
	return year, true
}

// answersEvent reports whether c, a card that asks year alone (see
// askedYear), answers with an event askEventsForYears turns around: one
// line naming the event or one sentence telling it, without the year.
func answersEvent(c Card, year string) bool {
	return !strings.Contains(c.Back, year) && (isEventLine(c.Back) || isEventSentence(c.Back))
}

// eventDashes are the spaced dashes after which a timeline's event runs on.
var eventDashes = [...]string{" - ", " – ", " — ", " -- "}

// eventRunsOn parts event, the line after a year, at its first spaced
// dash: "Reichstag Fire - communists blamed - 4000 locked up" asks
// "Reichstag Fire", and what came of it follows the year on the answer,
// "1933 - communists blamed - 4000 locked up", so that the facts are
// recalled, not read off the front. An event with no dash, with markup
// before it, or told by a lower-case clause that names nothing, "laws got
// worse - Jews evicted from their homes", asks whole for the year as
// written, yearHTML.
func eventRunsOn(event, yearHTML, year string) (front, back string) {
	at, sep := -1, ""
	for _, d := range eventDashes {
		if k := strings.Index(event, d); k >= 0 && (at < 0 || k < at) {
			at, sep = k, d
		}
	}
	if at <= 0 || strings.Contains(event[:at], "<") || startsLower(event) {
		return event, yearHTML
	}
	rest := strings.TrimSpace(event[at+len(sep):])
	if rest == "" || joinsName(event[:at], rest) {
		return event, yearHTML
	}
	return strings.TrimSpace(event[:at]), year + sep + rest
}

// joinsName reports whether a spaced dash joins two capitalised words of
// one name, "Nghệ - Tĩnh" in "Xô viết Nghệ - Tĩnh" or "Austria - Hungary":
// the word after it is the event's last, and nothing runs on after it; or
// the word before it is the event's first, "Franco - Prussian War", where
// one word alone names nothing that came of it.
func joinsName(before, after string) bool {
	upper := func(s string) bool { r, _ := utf8.DecodeRuneInString(s); return unicode.IsUpper(r) }
	if !upper(after) {
		return false
	}
	before = strings.TrimSpace(before)
	last := strings.LastIndexByte(before, ' ')
	if strings.ContainsAny(after, " \t") && last >= 0 {
		return false
	}
	return upper(before[last+1:])
}

// isEventDate reports whether s is a date alone that names its month and
// its year, from 1000 to 2099: "28 June 1914", "June 1914", "1933 March",
// "4th August 1914", "June 28, 1914". A timeline's "- 28 June 1914 –
// assassination of Franz Ferdinand" asks the event for its date, as one
// dated by its year does.
func isEventDate(s string) bool {
	if !strings.ContainsAny(s, "12") || !isDate(s) {
		return false // the quick test: a year from 1000 to 2099 opens with 1 or 2
	}
	month, year := false, false
	for f := range strings.FieldsSeq(s) {
		f = strings.Trim(f, ",.")
		month = month || lookupLower(months, f)
		year = year || len(f) == 4 && isEventYear(f)
	}
	return month && year
}

// isEventYear reports whether s is a year from 1000 to 2099, a range of
// years from one, or a day written year first ("1941-12-07").
func isEventYear(s string) bool {
	if len(s) < 4 || s[0] != '1' && s[0] != '2' || s[0] == '2' && s[1] != '0' {
		return false
	}
	return len(s) == 4 && isShortNumber(s) || isYearRange(s) || isISODate(s)
}

// isEventLine reports whether back, a card's answer as HTML, is one line
// of words naming an event: no list, table, break or paragraphs, a letter
// first and no period last. A sentence under a year's heading, "### 2024"
// over "The year the course began.", answers the heading and stays.
func isEventLine(back string) bool {
	if strings.Contains(back, "<ul") || strings.Contains(back, "<ol") || strings.Contains(back, "<table") ||
		strings.Contains(back, "<br") || strings.Contains(back, "<p>") || strings.Contains(back, "<pre") {
		return false
	}
	t := strings.TrimSpace(stripTags(back))
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLetter(r) && !strings.HasSuffix(t, ".")
}

// yearTrail returns where the year that ends line, a list item's first
// line, starts, after the name of an event and a space: "1791" in
// "Konstytucja 3. maja `1791`", "1830–1831" in "Powstanie listopadowe
// 1830–1831", the year in a code span or not. It returns -1 when the line
// ends with no year or nothing names an event before it, or when a locator
// word sets the number apart as a page, "Mitosis - p. 260" or "Rules for
// my house - Lesson 105".
func yearTrail(line []byte) int {
	t := bytes.TrimRight(line, " \t\r\n")
	var start int
	var year []byte
	if bytes.HasSuffix(t, []byte("`")) {
		k := bytes.LastIndexByte(t[:len(t)-1], '`')
		if k < 0 {
			return -1
		}
		start, year = k, t[k+1:len(t)-1]
	} else {
		start = bytes.LastIndexByte(t, ' ') + 1
		year = t[start:]
		before := bytes.TrimRight(t[:start], " ")
		for _, dash := range []string{"-", "–", "—"} {
			if b, ok := bytes.CutSuffix(before, []byte(dash)); ok {
				if d := bytes.LastIndexByte(bytes.TrimRight(b, " "), ' '); d > 0 && isYearSpan(string(t[d+1:])) {
					start, year = d+1, t[d+1:] // "1795 - 1918", spaced
				}
				break
			}
		}
	}
	if !isYearSpan(string(bytes.TrimSpace(year))) || start < 2 || t[start-1] != ' ' {
		return -1
	}
	name := bytes.TrimSpace(t[:start])
	r, _ := utf8.DecodeRune(name)
	if !unicode.IsLetter(r) || !bytes.ContainsFunc(name, unicode.IsLetter) || citesPage(string(name), year) {
		return -1 // "Photosynthesis - p. 251" points to a page, in no year
	}
	return start
}

// isYearSpan reports whether s writes a year of three or four digits, or
// a span of two joined by a hyphen or a dash, spaced or not: "1772",
// "1830–1831", "1795 - 1918".
func isYearSpan(s string) bool {
	isYear := func(y string) bool { return len(y) >= 3 && len(y) <= 4 && isShortNumber(y) }
	if isYear(s) {
		return true
	}
	for _, d := range []string{"–", "—", "-"} {
		if from, to, ok := strings.Cut(s, d); ok {
			return isYear(strings.TrimSpace(from)) && isYear(strings.TrimSpace(to))
		}
	}
	return false
}

// isYearTrailList reports whether a list is a timeline that names its
// events before their years, "Powstanie listopadowe `1830–1831`" over
// "Powstanie styczniowe `1863–1864`": three items at least, most of the
// list, end so, and none opens with a year (see isTimeline).
func (b *builder) isYearTrailList(items []ast.Node) bool {
	if len(items) < 3 {
		return false
	}
	if !endsInDigit(b.p, items[len(items)-1]) && !endsInDigit(b.p, items[0]) {
		return false // the quick test: most lists end no item with a year
	}
	n := 0
	for _, it := range items {
		h := itemHead(it)
		if h == nil || h.Lines().Len() != 1 {
			continue
		}
		seg := h.Lines().At(0)
		line := b.p.src[seg.Start:seg.Stop]
		if yearLead(line) > 0 {
			return false
		}
		if yearTrail(line) > 0 {
			n++
		}
	}
	return n >= 3 && n*2 > len(items)
}

// endsInDigit reports whether item it's first line ends with a digit, in
// a code span or not: "Wiosna Ludów `1848`".
func endsInDigit(p *parsed, it ast.Node) bool {
	h := itemHead(it)
	if h == nil || h.Lines().Len() == 0 {
		return false
	}
	seg := h.Lines().At(0)
	t := bytes.TrimRight(p.src[seg.Start:seg.Stop], " \t\r\n`")
	return len(t) > 0 && t[len(t)-1] >= '0' && t[len(t)-1] <= '9'
}

// yearTrailItem makes the card of an item of a list isYearTrailList
// accepts: "I rozbiór Polski `1772`" asks "I rozbiór Polski" for its year,
// 1772, as a timeline's "1803 Louisiana Purchase" does. It reports whether
// the item was such a line.
func (b *builder) yearTrailItem(head ast.Node, sc scope) bool {
	p := b.p
	ls := p.lines(head)
	if len(ls) != 1 {
		return false
	}
	lo, hi := ls[0][0], ls[0][1]
	k := yearTrail(p.src[lo:hi])
	if k <= 0 {
		return false
	}
	year := strings.TrimSpace(strings.Trim(strings.TrimSpace(string(p.src[lo+k:hi])), "`"))
	line := p.line(lo)
	if b.add(p.html(head, lo, lo+k), year, Basic, line, sc) {
		b.coverLines(line, line)
	}
	return true
}

// isEventSentence reports whether back, a card's answer as HTML, is one
// sentence of words naming an event, its period last: "The Treaty of Jassy
// ends the Russo-Turkish War." (see isEventLine). A sentence that sets a
// fact under a label, "State of the art: 64 transistor chip." after
// "1968 - ", tells what held that year, not an event, and answers its year.
func isEventSentence(back string) bool {
	h, ok := strings.CutSuffix(strings.TrimSpace(back), ".")
	if !ok {
		return false
	}
	t := stripTags(h)
	return !strings.Contains(t, ". ") && !strings.Contains(t, ": ") && isEventLine(h)
}
