package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// logKeys are the fields a reading log, a habit tracker or a study diary
// keeps of a book or a day, lower case, "-" and "_" read as spaces:
// "Pages read → 34", "Mood:: 6", "Time spent: 2 h", "Status: In Progress".
var logKeys = map[string]bool{
	"pages": true, "pages read": true, "page": true, "current page": true, "rating": true, "my rating": true,
	"stars": true, "status": true, "progress": true, "started": true, "finished": true, "start date": true,
	"end date": true, "date read": true, "date started": true, "date finished": true, "completed": true,
	"estimated completion": true, "mood": true, "sleep": true, "energy": true, "stress": true, "focus": true,
	"productivity": true, "difficulty": true, "effort": true, "effort level": true, "grade": true,
	"time spent": true, "duration": true, "completion time": true, "reading time": true, "study time": true,
	"hours": true, "minutes": true, "steps": true, "weight": true, "words": true, "word count": true,
	"due": true, "due date": true, "deadline": true, "priority": true, "reread": true, "year read": true,
}

// recordKeys name the book or the page a log keeps: "Author → James
// Clear", "genre:: novel". With metaKeys they ask nothing in a log, but a
// record of them alone, "Author: Shakespeare" over "Genre: tragedy", is
// what a literature note teaches.
var recordKeys = map[string]bool{
	"genre": true, "publisher": true, "isbn": true, "format": true, "series": true, "language": true,
	"subtitle": true, "edition": true, "translator": true, "narrator": true, "class": true, "course": true,
}

// The kinds of line logField tells apart.
const (
	fieldContent = iota // no field, or a field that teaches: "Atomic number → 6"
	fieldRecord         // a field that names the book or the page: "Author → James Clear"
	fieldLog            // a field that logs: "Pages read → 34", "Date → 2026-06-29", "Mood:: 6"
)

// logSep returns where the separator that parts a field's key from its
// value stands in line, "::", "→", "->", ":", " - ", " – " or " — ",
// and its length; -1 if there is none among the bytes a short key and
// its bold take.
func logSep(line []byte) (k, n int) {
	end := min(len(line), 40)
	for i := 1; i < end; i++ {
		switch line[i] {
		case ':':
			if i+1 < len(line) && line[i+1] == ':' {
				return i, 2
			}
			return i, 1
		case '-':
			if i+1 < len(line) && line[i+1] == '>' {
				return i, 2
			}
			if line[i-1] == ' ' && i+1 < len(line) && line[i+1] == ' ' {
				return i - 1, 2
			}
		case 0xE2:
			if i+2 >= len(line) {
				break
			}
			if line[i+1] == 0x86 && line[i+2] == 0x92 {
				return i, 3 // "→"
			}
			if line[i-1] == ' ' && line[i+1] == 0x80 && (line[i+2] == 0x93 || line[i+2] == 0x94) {
				return i - 1, 4 // " –", " —"
			}
		}
	}
	return -1, 0
}

// logField tells what line is: a field of logKeys, a field keyed as
// Dataview keys a tracker's score with a score, "Clarity:: 8", or a
// field of metaKeys or recordKeys with a day of this century, "Date →
// 2026-06-29", logs; another field of metaKeys or recordKeys records; any
// other line is content.
func logField(line []byte) int {
	line = bytes.TrimSpace(line)
	k, n := logSep(line)
	if k < 0 {
		return fieldContent
	}
	double := n == 2 && line[k] == ':'
	key := bytes.Trim(line[:k], " \t*_")
	value := bytes.Trim(line[k+n:], " \t*_")
	var buf [24]byte
	if len(key) == 0 || len(key) > len(buf) {
		return fieldContent // the quick test: a field's key is a short name
	}
	low := buf[:len(key)]
	for i, c := range key {
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '-' || c == '_':
			c = ' '
		}
		low[i] = c
	}
	switch {
	case logKeys[string(low)] && (len(value) == 0 || isScore(value) || isDayStamp(value) || fewWords(value, 3)):
		return fieldLog // a definition of the word ("Status: 404 means not found") is content
	case double && bytes.IndexByte(key, ' ') < 0 && isScore(value):
		return fieldLog // "Clarity:: 8": a tracker's score
	case metaKeys[string(low)] || recordKeys[string(low)]:
		if isDayStamp(value) {
			return fieldLog // "Date → 2026-06-29": the day of the entry
		}
		return fieldRecord
	}
	return fieldContent
}

// fewWords reports whether v holds at most n words, as a log's value does:
// "In Progress", "End of September", "Medium".
func fewWords(v []byte, n int) bool {
	words := 0
	for i, c := range v {
		if c != ' ' && (i == 0 || v[i-1] == ' ') {
			words++
		}
	}
	return words <= n
}

// isDayStamp reports whether v is a day of this century, as a log dates
// its entries: "2026-06-29", "Aug 29, 2025" (see classDate).
func isDayStamp(v []byte) bool {
	return len(v) >= 6 && len(v) <= 24 && classDate(string(v))
}

// isScore reports whether v is a score or a measure a tracker notes: a
// number, perhaps out of another or in per cent, "8", "4/5", "75%", a
// duration, "3hr 00min", "45 min", or a "%" a template left empty.
func isScore(v []byte) bool {
	if len(v) == 0 || len(v) > 16 {
		return false
	}
	digits := false
	for f := range bytes.FieldsSeq(v) {
		n := 0
		for n < len(f) && (f[n] >= '0' && f[n] <= '9' || f[n] == '.' || f[n] == '/' || f[n] == '%') {
			if f[n] >= '0' && f[n] <= '9' {
				digits = true
			}
			n++
		}
		if n < len(f) && !scoreUnits[string(f[n:])] {
			return false
		}
	}
	return digits || bytes.Equal(v, []byte("%"))
}

// scoreUnits are the units a tracker notes a measure in.
var scoreUnits = map[string]bool{
	"h": true, "hr": true, "hrs": true, "hour": true, "hours": true, "m": true, "min": true, "mins": true,
	"minutes": true, "s": true, "sec": true, "p": true, "pp": true, "pages": true, "km": true, "kg": true,
}

// A logTally counts the lines of a block logField tells apart (see
// logBlock).
type logTally struct {
	lines, logs int
	content     bool
}

// add counts line.
func (t *logTally) add(line []byte) {
	t.lines++
	switch logField(line) {
	case fieldContent:
		t.content = true
	case fieldLog:
		t.logs++
	}
}

// log reports whether the lines counted, two at least, are a log's
// fields: no line teaches, and half of them log at least.
func (t *logTally) log() bool {
	return !t.content && t.lines >= 2 && 2*t.logs >= t.lines
}

// logBlock reports whether n is a list of one-line items or a paragraph
// whose lines are a log's fields (see logTally), as a reading log keeps a
// book,
//
//   - Author → James Clear
//   - Pages read → 34
//   - Date → 2026-06-29
//   - Rating → 4/5
//
// or a homework its stats, "- Difficulty:: 7" over "- Mood:: 6". They are
// the student's record, not questions: "Pages read" → "34" teaches
// nothing. "Atomic number → 6" and "Author: Shakespeare" over "Genre:
// tragedy", a record without a log, still ask.
func (p *parsed) logBlock(n ast.Node) bool {
	var t logTally
	switch n := n.(type) {
	case *ast.Paragraph:
		if n.Lines().Len() < 2 || logField(segValue(n.Lines().At(0), p.src)) == fieldContent {
			return false // the quick test: a field on each of two lines
		}
		for _, r := range p.lines(n) {
			if t.add(p.src[r[0]:r[1]]); t.content {
				return false
			}
		}
	case *ast.List:
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			head := itemHead(it)
			if head == nil || head != it.LastChild() || head.Lines().Len() != 1 {
				return false
			}
			if t.add(segValue(head.Lines().At(0), p.src)); t.content {
				return false
			}
		}
	}
	return t.log()
}

// The stamps dayStamp finds.
const (
	stampNone = iota
	stampDay  // "2026-06-29", "Tuesday, Oct 5"
	stampTime // "07:30", "9:15 pm"
)

// dayStamp returns the stamp line opens with, in bold or not: a day
// written year first in this century, "**2026-06-29 (F):** did X", a day
// named with its weekday, "Tuesday, Oct 5 (1.5 hour):", or a time of day,
// "07:30 woke up", "9:15 pm". A year, "1620: Pilgrims land", or a day of history,
// "14 July 1789 – Storming of the Bastille", stamps no log.
func dayStamp(line []byte) int {
	t := bytes.TrimLeft(bytes.TrimSpace(line), "*_")
	if len(t) >= 10 && t[0] == '2' && isISODay(t[:10]) && (len(t) == 10 || !isWordByte(t[10])) {
		// The day alone, over what it logs, or with a note of one's own,
		// "(F, first contact)"; "2008-09-15: Lehman Brothers files for
		// bankruptcy" is history.
		rest := bytes.TrimLeft(t[10:], "*_: ")
		if len(rest) == 0 || rest[0] == '(' {
			return stampDay
		}
		return stampNone
	}
	if n := clockLen(t); n > 0 && (n == 5 || bytes.HasPrefix(bytes.TrimLeft(t[n:], " "), []byte("am")) || bytes.HasPrefix(bytes.TrimLeft(t[n:], " "), []byte("pm"))) {
		// "07:30 woke up", "9:15 pm"; "3:16 For God so loved" cites a
		// verse, and "08:46 – Flight 11 hits the North Tower" is the
		// history of a day, its events named with a capital.
		if rest := bytes.TrimLeft(t[n:], " apm–—-:*_"); len(rest) > 0 && rest[0] >= 'A' && rest[0] <= 'Z' {
			return stampNone
		}
		return stampTime
	}
	if n := asciiLetters(t); n >= 3 && n <= 9 && wordIn(weekdays, t[:n]) {
		rest := bytes.TrimLeft(t[n:], " ,.")
		if len(rest) > 0 && (rest[0] >= '0' && rest[0] <= '9' || wordIn(months, rest[:asciiLetters(rest)])) && !pastYear(rest[:min(len(rest), 24)]) {
			return stampDay
		}
	}
	return stampNone
}

// pastYear reports whether d names a year before 2000, as a day of
// history does: "October 29, 1929" ("Tuesday, October 29, 1929: Black
// Tuesday").
func pastYear(d []byte) bool {
	for i := 0; i+4 <= len(d); i++ {
		if d[i] == '1' && digitsOnly(d[i:i+4]) && (i == 0 || !isWordByte(d[i-1])) && (i+4 == len(d) || !isWordByte(d[i+4])) {
			return true
		}
	}
	return false
}

// isISODay reports whether d, ten bytes, is a day written year first,
// "2026-06-29".
func isISODay(d []byte) bool {
	for i, c := range d {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// clockLen returns the length of the time of day t opens with, "07:30" or
// "9:15", or "9:15pm" with its hours, 0 if it opens with none: "12:345"
// and "3:16a" are no time.
func clockLen(t []byte) int {
	h := 0
	for h < len(t) && h < 3 && t[h] >= '0' && t[h] <= '9' {
		h++
	}
	if h == 0 || h > 2 || len(t) < h+3 || t[h] != ':' || t[h+1] < '0' || t[h+1] > '5' || t[h+2] < '0' || t[h+2] > '9' {
		return 0
	}
	if h == 2 && (t[0] > '2' || t[0] == '2' && t[1] > '3') {
		return 0
	}
	if len(t) > h+3 && (t[h+3] >= '0' && t[h+3] <= '9' || t[h+3] != 'a' && t[h+3] != 'p' && isWordByte(t[h+3])) {
		return 0 // "12:345" is no time
	}
	return h + 3
}

// wordIn reports whether w, ASCII letters, lowered is a key of m.
func wordIn(m map[string]bool, w []byte) bool {
	var buf [12]byte
	if len(w) == 0 || len(w) > len(buf) {
		return false
	}
	for i, c := range w {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// weekdays are the names of the days of the week and their short forms,
// lower case.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true}

// journalList reports whether list l is a journal: each item opens with
// the day it logs (see dayStamp), or two at least with the time of day,
//
//   - **2026-06-07 (F, first contact):** bell basics, 68-95-99.7
//   - **2026-06-30 (F, rebuild):** the bell re-derived from the σ drill
//
// A day of one's own asks nothing: "2026-06-07 (F, first contact)" →
// "bell basics" is no question a student could answer. A timeline's
// years, "- 1620: Pilgrims land", still ask.
func (p *parsed) journalList(l *ast.List) bool {
	times := 0
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		head := itemHead(it)
		if head == nil || head.Lines().Len() == 0 {
			return false
		}
		switch dayStamp(segValue(head.Lines().At(0), p.src)) {
		case stampNone:
			return false
		case stampTime:
			times++
		}
	}
	return times == 0 || times >= 2
}

// journal makes the cards of journal l (see journalList): the stamp of
// each entry asks nothing, and what is nested under it, the points it
// logged, makes its own cards under the entry's day, as under a heading
// that only dates a class: "Inverted index" under "Wednesday, Oct 6: read
// the slides" keeps the context, and so the GUID, it had before journals
// were read.
func (b *builder) journal(l *ast.List, sc scope) {
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		kids := b.p.children(it)
		b.skip(kids[0])
		if len(kids) > 1 {
			b.blocks(kids[1:], sc.with(b.entryDay(kids[0])))
		}
	}
}

// entryDay returns the level a journal's entry head gives the points
// nested under it: the stamp before its colon, "Wednesday, Oct 6" of
// "Wednesday, Oct 6: read the slides", else the whole line.
func (b *builder) entryDay(head ast.Node) string {
	if head.Lines().Len() == 0 {
		return ""
	}
	r := head.Lines().At(0)
	if s, ok := b.p.splitLine(head, r.Start, r.Stop); ok {
		return stripColon(unwrapStrong(b.p.html(head, s.termLo, s.termHi)))
	}
	return b.p.html(head, r.Start, r.Stop)
}

// logLead reports whether nodes[i] is the label of the log nodes[i+1]
// holds (see logBlock and journalList): a line alone, "**Fun Assignment
// Stats** (Out of 10)", "Stats:", that titles the record and asks
// nothing without it, where it would ask for the record or answer its
// heading alone.
func (b *builder) logLead(nodes []ast.Node, i int) bool {
	if i+1 >= len(nodes) {
		return false
	}
	par, ok := nodes[i].(*ast.Paragraph)
	if !ok || par.Lines().Len() != 1 {
		return false
	}
	line := bytes.TrimSpace(segValue(par.Lines().At(0), b.p.src))
	if len(line) == 0 || len(line) > 60 || strings.IndexByte(".?!", line[len(line)-1]) >= 0 {
		return false
	}
	l, ok := nodes[i+1].(*ast.List)
	return ok && (b.p.logBlock(l) || b.p.journalList(l))
}
