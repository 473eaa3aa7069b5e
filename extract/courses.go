package extract

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// isNoListTerm reports whether term, split at sep in the list item text n,
// is a name that opens with "No" among names: "No preemption: a resource
// cannot be taken …" beside "Hold and wait: a process holding …" is one of
// the four conditions of a deadlock, not a clause. The item next to it (or
// the one before) splits at the same separator after a term. A plain "No
// one knows: …" alone still opens a clause (see notFirst).
func (p *parsed) isNoListTerm(n ast.Node, term, sep string) bool {
	rest, ok := strings.CutPrefix(term, "No ")
	if !ok || countFields(rest) > 3 || !isTerm(rest) {
		return false
	}
	item, ok := n.Parent().(*ast.ListItem)
	if !ok || n != item.FirstChild() {
		return false
	}
	mark := ": "
	if sep != ":" {
		mark = " " + sep + " "
	}
	return p.itemTermBefore(item.PreviousSibling(), mark) || p.itemTermBefore(item.NextSibling(), mark)
}

// itemTermBefore reports whether the first line of list item n opens with
// a term before mark, not itself a "No …" one: "Hold and wait" in "Hold
// and wait: a process …".
func (p *parsed) itemTermBefore(n ast.Node, mark string) bool {
	if n == nil || n.FirstChild() == nil || n.FirstChild().Type() != ast.TypeBlock {
		return false
	}
	lines := n.FirstChild().Lines()
	if lines == nil || lines.Len() == 0 {
		return false
	}
	seg := lines.At(0)
	line := p.src[seg.Start:seg.Stop]
	k := bytes.Index(line, []byte(mark))
	if k <= 0 {
		return false
	}
	t := strings.TrimSpace(strings.Trim(string(line[:k]), "*_`"))
	return !strings.HasPrefix(t, "No ") && countFields(t) <= 4 && isTerm(t)
}

// checkMarks are the marks a comparison table writes for yes and no.
var checkMarks = []string{"✅", "❌", "✔️", "✔", "✓", "✗", "✘", "❎", "✖️", "✖", "☑️", "☑"}

// isMarkCell reports whether s, a table cell as plain text, is a check mark
// or a cross alone, "| FCFS | No | ❌ |" answering "BT Required" as "No"
// would, or the arrows of a rise, a fall or no change: "| GH | ↑ | Lipid |"
// answers "Glucose" as "raises" would. An empty cell or a dash is none.
func isMarkCell(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 24 {
		return false // the quick test: a mark and its variation selector, or a few arrows
	}
	for _, m := range checkMarks {
		if s == m {
			return true
		}
	}
	return isDirectionCell(s)
}

// isDirectionCell reports whether s is made of the arrows that notes write
// for a rise, a fall or no change, with spaces or slashes between them:
// "↑", "↓↓", "↑/↔". Arrows that point ahead ("→") lead to something, and
// a cell of them alone says nothing.
func isDirectionCell(s string) bool {
	arrows := 0
	for _, r := range s {
		switch r {
		case '↑', '↓', '↔', '↕', '⇑', '⇓', '⇧', '⇩', '⬆', '⬇', '↗', '↘':
			arrows++
		case ' ', '/', '\uFE0F':
		default:
			return false
		}
	}
	return arrows > 0
}

// moreAssignments reports whether def, after a one-word term and "=", goes
// on with more assignments after commas: "R1 = d, R2 = c, R3 = a" states
// a register file, and "R1" is not defined by the rest; so does a formula's
// key whose next "=" lost its space, "L = inductance, V= voltage across
// inductor". A formula's key, "F = ma, where m = mass", names no one-word
// symbol after its comma.
func moreAssignments(term string, def []byte) bool {
	if countFields(term) != 1 || bytes.IndexByte(def, '=') < 0 {
		return false // the quick test
	}
	k := bytes.Index(def, []byte(", "))
	if k < 0 || bytes.Contains(def[:k], []byte(" = ")) || countFields(string(def[:k])) > 2 {
		return false
	}
	rest := def[k+2:]
	c := bytes.IndexByte(rest, '=')
	if c <= 0 || c+1 < len(rest) && (rest[c+1] == '=' || rest[c+1] == '>') {
		return false // "a == b", "x => y": a comparison or an arrow, no assignment
	}
	name := bytes.TrimRight(rest[:c], " ")
	return len(name) > 0 && countFields(string(name)) == 1 && !bytes.ContainsAny(name, ",;.()<>!")
}

// namesSymbols reports whether term = def, a name in words before "=",
// gives it a symbol and goes on naming more after a comma: "Boat speed in
// still water = v_b, river speed = v_r" is a problem's notation, and
// "v_b, river speed" defines no boat speed. "Speed of light = c, the same
// in every frame" names one symbol.
func namesSymbols(term string, def []byte) bool {
	if countFields(term) < 2 || !bytes.Contains(def, []byte(" = ")) {
		return false // the quick test; a one-word term is moreAssignments'
	}
	first, rest, ok := bytes.Cut(def, []byte(", "))
	if !ok || !isSymbol(string(bytes.TrimSpace(first))) {
		return false
	}
	name, _, ok := bytes.Cut(rest, []byte(" = "))
	return ok && countFields(string(name)) <= 4 && !bytes.ContainsAny(name, ",;.()")
}

// definedVariable reports whether term, before "=", sets a variable in an
// example's working: "Define y" of "Define y = 5. Pick some x >= y", "Let
// n" of "Let n = 10": the step gives a value, it defines no term. "Set
// point = 37 °C" names a thing, no one-letter variable.
func definedVariable(term string) bool {
	w, v, ok := strings.Cut(strings.TrimSpace(term), " ")
	if !ok || !lookupLower(settingVerbs, w) {
		return false
	}
	r, n := utf8.DecodeRuneInString(v)
	return n == len(v) && unicode.IsLetter(r)
}

// settingVerbs open a step that gives a variable its value: "Let x = 3",
// "Define y = 5", "Set n = 10".
var settingVerbs = map[string]bool{"let": true, "define": true, "set": true, "pick": true,
	"choose": true, "take": true, "put": true, "suppose": true, "assume": true}

// isCodeStatement reports whether term = def is a line of code, a statement
// ended by its semicolon: "char a = '中';", "Object name = new Object();"
// declare a variable, and "char a" is no term "'中';" defines. The term is
// a variable, after its type and modifiers: up to three words of ASCII
// letters, digits and the signs of a name; the value is a literal or a
// call, up to three words with a quote, a bracket or a digit. A legend's
// line, "V = applied voltage across the diode;" or "q = electron charge;",
// defines.
func isCodeStatement(term string, def []byte) bool {
	d := bytes.TrimSpace(def)
	if len(d) < 2 || d[len(d)-1] != ';' || countFields(term) > 3 || countFields(string(d)) > 3 || !bytes.ContainsAny(d[:len(d)-1], "'\"()[]{}0123456789") {
		return false
	}
	for _, c := range []byte(strings.TrimSpace(term)) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(" _$.[]<>", c) >= 0) {
			return false
		}
	}
	return true
}

// isNumberLabel reports whether term, before a colon, is a number alone:
// "1: Go to memory", "2: Convert the address" number the steps of the
// answer they sit in, and a number asks nothing.
func isNumberLabel(term string) bool {
	term = strings.TrimSpace(term)
	return len(term) <= 3 && onlyDigits(term)
}

// onlyDigits reports whether s is one or more ASCII digits and nothing else.
func onlyDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// pointerLinkLabels name where to read, before a link that is a line's
// whole content: "Reference: [Normalization of Database](http://…)".
var pointerLinkLabels = map[string]bool{
	"reference": true, "references": true, "ref": true, "refs": true, "source": true, "sources": true,
	"see": true, "see also": true, "read more": true, "more": true, "link": true, "links": true,
}

// pointerLinkOnly reports whether back, a card's answer as HTML, is a
// pointer label and links alone: "Reference: <a href=…>Normalization of
// Database</a>" points to where the answer is and teaches nothing.
func pointerLinkOnly(back string) bool {
	if len(back) > 600 || !strings.Contains(back, "<a ") {
		return false // the quick test
	}
	label, links, ok := strings.Cut(back, ":")
	if !ok || !lookupLower(pointerLinkLabels, strings.TrimSpace(label)) {
		return false
	}
	for {
		links = strings.TrimLeft(links, " ,;|")
		if links == "" {
			return true
		}
		if !strings.HasPrefix(links, "<a ") {
			return false
		}
		end := strings.Index(links, "</a>")
		if end < 0 {
			return false
		}
		links = links[end+len("</a>"):]
	}
}

// isSelfUpdate reports whether def, after a one-word term and "=" or an
// arrow, holds the term again as a whole word: "PC = PC + 4", "i = i + 1"
// update a variable in pseudo-code, "Pi -> Pj if Pi is waiting for Pj"
// draws an edge of a graph; none of them defines the term. A year is no
// variable: a timeline's "1812 -> War of 1812" names the event of its year.
func isSelfUpdate(term string, def []byte) bool {
	term = strings.Trim(term, "`")
	if term == "" || len(term) > 32 || countFields(term) != 1 || isEventYear(term) {
		return false
	}
	for from := 0; from < len(def); {
		k := bytes.Index(def[from:], []byte(term))
		if k < 0 {
			return false
		}
		k += from
		end := k + len(term)
		if (k == 0 || !isIdentByte(def[k-1])) && (end == len(def) || !isIdentByte(def[end])) {
			return true
		}
		from = end
	}
	return false
}

// isIdentByte reports whether c may be part of an identifier.
func isIdentByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// comparisonOpeners open a query or a condition whose "=" compares two
// values: "Select dept_name = building (department)", "where salary =
// 90000", "if n = 0"; or a loop whose "=" sets its counter, as pseudocode
// writes "for i = k+1 to n:".
var comparisonOpeners = map[string]bool{
	"select": true, "where": true, "if": true, "while": true, "when": true, "until": true, "return": true,
	"for": true,
}

// isComparisonTerm reports whether term, before "=", opens with one of the
// comparisonOpeners and names something after it: the line compares, it
// defines nothing.
func isComparisonTerm(term string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(term), " ")
	return ok && strings.TrimSpace(rest) != "" && len(first) <= len("select") && comparisonOpeners[strings.ToLower(first)]
}

// isLetterDifference reports whether term and def, on either side of a
// dash, are one letter each: "r - s", "R – S" take one set from another,
// no letter glosses the other.
func isLetterDifference(term string, def []byte) bool {
	term, def = strings.TrimSpace(term), bytes.TrimSpace(def)
	if len(term) > utf8.UTFMax || len(def) > utf8.UTFMax {
		return false // the quick test: more than one letter
	}
	t, n := utf8.DecodeRuneInString(term)
	d, m := utf8.DecodeRune(def)
	return n == len(term) && m == len(def) && unicode.IsLetter(t) && unicode.IsLetter(d)
}

// isIDHead reports whether head, a table's first header, names an
// identifier column: "ID", "StudentID", "emp_id", "Id", or "Tid", the
// record number data mining courses head their example datasets with.
func isIDHead(head string) bool {
	h := strings.Trim(strings.TrimSpace(head), "*_`")
	if len(h) < 2 || len(h) > 24 {
		return false
	}
	if strings.EqualFold(h, "id") || strings.EqualFold(h, "tid") || strings.HasSuffix(strings.ToLower(h), "_id") {
		return true
	}
	// "StudentID", "studentId": a name, then ID in capitals.
	rest, ok := strings.CutSuffix(h, "ID")
	if !ok {
		rest, ok = strings.CutSuffix(h, "Id")
	}
	return ok && rest != "" && unicode.IsLower(rune(rest[len(rest)-1]))
}

// recordTable reports whether a table is an example relation of a
// database note: its first column, headed head, is an identifier that
// holds a number in every row, "| ID | Name | dept_name |" over "| 1001010
// | Jon | Finance |". Its rows are records of the example, and "1001010" →
// "Name: Jon" asks nothing; a table of ports ("| Port | Service |") names
// its rows by number.
func (b *builder) recordTable(head string, rows [][]*east.TableCell) bool {
	if !isIDHead(head) || len(rows) == 0 {
		return false
	}
	for _, cells := range rows {
		if len(cells) == 0 || !onlyDigits(strings.TrimSpace(b.p.plain(cells[0], 0, everything))) {
			return false
		}
	}
	return true
}

// resultLabels are the labels a note sets over the output of the query or
// the code above it, in English and in the languages of remarksAbroad:
// "Result:", "Output:", "Expected Output:", "Risultato:", "Ergebnis:",
// "Wynik:", "Sonuç:".
var resultLabels = map[string]bool{"result": true, "results": true, "output": true,
	"query result": true, "expected result": true, "expected results": true, "expected output": true,
	"sample output": true, "example output": true, "résultat": true, "sortie": true, "ergebnis": true, "ausgabe": true,
	"risultato": true, "risultati": true, "resultado": true, "resultaat": true, "uitvoer": true,
	"wynik": true, "sonuç": true, "çıktı": true, "hasil": true, "keluaran": true, "kết quả": true}

// underResultLabel reports whether table t shows the output of a query or
// of code: it sits right under a label of resultLabels alone on its line,
// in its list item or at the margin, "- **Risultato:**" over "| Nome |
// Dipartimento | Salario |". Its rows are the example's data ("Mario" →
// "Dipartimento: IT, Salario: 3000" asks nothing) and stay on the label's
// card.
func (p *parsed) underResultLabel(t ast.Node) bool {
	prev, ok := t.PreviousSibling().(*ast.Paragraph)
	if !ok {
		return false
	}
	label := strings.TrimSpace(p.plain(prev, 0, everything))
	if !strings.HasSuffix(label, ":") && !strings.HasSuffix(label, "：") {
		return false
	}
	return lookupLower(resultLabels, strings.Trim(label, "*_ :："))
}

// queryOutput reports whether table t, headed head, shows what the code
// or the query above it returns: it sits under a result label
// (underResultLabel), right under a heading that is one ("### Result",
// "## Expected Output"), or right under a fenced code block that names
// every one of its columns, "SELECT dept, COUNT(*) AS n … GROUP BY dept"
// over "| dept | n |". Its rows are the example's data ("Sales" → "4"
// asks nothing) and stay on the card of the code or of its heading.
func (b *builder) queryOutput(t *east.Table, head []string) bool {
	p := b.p
	if p.underResultLabel(t) {
		return true
	}
	switch prev := t.PreviousSibling().(type) {
	case *ast.Heading:
		label := strings.TrimSpace(trimMarks(p.plain(prev, 0, everything)))
		return lookupLower(resultLabels, strings.Trim(label, "*_ :："))
	case *ast.FencedCodeBlock:
		return codeNamesColumns(p.src, prev, head)
	}
	return false
}

// codeNamesColumns reports whether the lines of code block f hold every
// column name of head as a word of its own, case aside: "SELECT dept,
// COUNT(*) AS n" names the columns "dept" and "n" of the table it returns.
// A table that describes the code ("| Variable | Type |") names columns
// the code does not hold.
func codeNamesColumns(src []byte, f *ast.FencedCodeBlock, head []string) bool {
	lines := f.Lines()
	if lines.Len() == 0 {
		return false
	}
	var code []byte
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		code = append(code, seg.Value(src)...)
	}
	lower := strings.ToLower(string(code))
	for _, h := range head {
		if !hasToken(lower, strings.ToLower(strings.TrimSpace(h))) {
			return false
		}
	}
	return true
}

// courseParts name a meeting or a part of a course that notes head by its
// number, lower case: "lec 3", "Week 5", "Module 1", "Chapter 2".
var courseParts = map[string]bool{"lecture": true, "lec": true, "lect": true, "week": true, "wk": true,
	"class": true, "session": true, "tutorial": true, "lab": true, "lesson": true, "module": true,
	"unit": true, "chapter": true, "ch.": true}

// bareCoursePart reports whether heading text t names a part of a course by
// its number alone or with its date, "lec 3", "Week 5:", "Lecture 10 -
// December 3, 2016", also as the notes of it, "Notes Class-1", "Notes
// Class - 2 (22-1-19)": a heading that asks nothing of the lecture it
// heads. "Lecture 2: Memory" names its topic.
func bareCoursePart(t string) bool {
	t = strings.TrimSpace(t)
	if w, rest, ok := strings.Cut(t, " "); ok && strings.EqualFold(strings.TrimRight(w, ":"), "notes") {
		t = strings.TrimSpace(rest)
	}
	word, rest, _ := strings.Cut(t, " ")
	if w, n, glued := strings.Cut(word, "-"); glued && n != "" {
		word, rest = w, n+" "+rest // "Class-1"
	}
	if !lookupLower(courseParts, word) {
		return false
	}
	num, rest, _ := strings.Cut(strings.TrimLeft(rest, " -–—:"), " ")
	if !partNumber(strings.TrimRight(num, ".:)")) {
		return false
	}
	rest = strings.Trim(rest, " -–—:,()")
	return rest == "" || isDate(rest)
}

// datedHeading reports whether heading text t is a date alone that names
// the lecture or the day it heads, "17.10.2018", "2018-10-31", "31 October
// 2018": such a heading asks nothing, as "Week 5" asks nothing. A year
// alone ("1789", a timeline's) or a section number ("1.2.3") is no date:
// the digits must hold a year of four and a day and a month, or a month
// must be named.
func datedHeading(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.ContainsAny(t, "0123456789") || !isDate(t) {
		return false // the quick test: a date holds a digit
	}
	for _, f := range strings.Fields(t) {
		if lookupLower(months, strings.Trim(f, ",.")) {
			return true
		}
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '.' || r == '/' || r == '-' })
	if len(parts) != 3 || strings.Contains(t, " ") {
		return false
	}
	year := 0
	for _, part := range parts {
		switch {
		case len(part) == 4 && (strings.HasPrefix(part, "19") || strings.HasPrefix(part, "20")):
			year++
		case len(part) > 2:
			return false
		}
	}
	return year == 1
}

// dateSeparators part the date a class log heads its topic with from the
// topic: "Sept. 11, 2024 - Le Passé Composé", "2024-10-01 — Mitosis".
var dateSeparators = []string{" - ", " – ", " — ", " -- ", ": ", " | "}

// cutHeadingDate returns heading text t without the date of the class it
// logs, before its topic or after it: "Sept. 11, 2024 - Le Passé Composé",
// "2024-10-01 — Mitosis", "Mitosis (Oct 3, 2024)" and "Mitosis –
// 03/10/2024" read as their topic, the date no part of a question. A date
// of history, "14 July 1789 – Storming of the Bastille", "March 1917 –
// February Revolution", "14 July - Bastille Day", is what the heading asks
// and stays (see classDate).
func cutHeadingDate(t string) (string, bool) {
	if !holdsYear(t) {
		return t, false // the quick test: a class's date holds its year
	}
	return cutClassDate(t)
}

// holdsYear reports whether t holds four ASCII digits in a row, as the
// year of every date classDate takes does: most headings hold no digit. It
// reads every fourth byte, each run of four holding one of them, and
// measures the run of digits around a digit it reads.
func holdsYear(t string) bool {
	for i := 3; i < len(t); i += 4 {
		if t[i]-'0' > 9 {
			continue
		}
		lo, hi := i, i+1
		for lo > 0 && t[lo-1]-'0' <= 9 {
			lo--
		}
		for hi < len(t) && t[hi]-'0' <= 9 {
			hi++
		}
		if hi-lo >= 4 {
			return true
		}
	}
	return false
}

// cutClassDate is cutHeadingDate past its quick test.
func cutClassDate(t string) (string, bool) {
	if open := strings.LastIndex(t, " ("); open > 0 && strings.HasSuffix(t, ")") && classDate(t[open+2:len(t)-1]) {
		return strings.TrimSpace(t[:open]), hasWordChar(t[:open])
	}
	for _, sep := range dateSeparators {
		if d, topic, ok := strings.Cut(t, sep); ok && classDate(d) && hasWordChar(topic) {
			return strings.TrimSpace(topic), true
		}
		if i := strings.LastIndex(t, sep); i > 0 && classDate(t[i+len(sep):]) && hasWordChar(t[:i]) {
			return strings.TrimSpace(t[:i]), true
		}
	}
	return t, false
}

// classDate reports whether s is the date of a class: a day of a year of
// this century, "Sept. 11, 2024", "2024-10-01", "03/10/2024". A month
// without its day ("March 1917"), a day without its year ("14 July") or a
// year before 2000 ("14 July 1789") dates an event a note asks about.
func classDate(s string) bool {
	s = strings.TrimSpace(s)
	if !datedHeading(s) {
		return false
	}
	day, year := false, false
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '/' || r == '-' }) {
		if len(f) > 2 && lookupLower(ordinalEnds, f[len(f)-2:]) {
			f = f[:len(f)-2] // "Oct 3rd"
		}
		n, err := strconv.Atoi(f)
		switch {
		case err != nil:
		case len(f) == 4:
			year = n >= 2000
		case len(f) <= 2 && n >= 1 && n <= 31:
			day = true
		}
	}
	return day && year
}

// months are the names of the months and their short forms, lower case.
var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// isDate reports whether s is a date alone: "December 3, 2016", "3 Dec",
// "2018-09-27", "27/09/18".
func isDate(s string) bool {
	if !strings.ContainsAny(s, "0123456789/-") {
		return false // the quick test: no field could set digits
	}
	digits := false
	for f := range strings.FieldsSeq(s) {
		f = strings.Trim(f, ",.")
		switch {
		case lookupLower(months, f):
		case f != "" && strings.Trim(f, "0123456789/-.") == "":
			digits = true
		case len(f) > 2 && strings.Trim(f[:len(f)-2], "0123456789") == "" && lookupLower(ordinalEnds, f[len(f)-2:]):
			digits = true // "3rd"
		default:
			return false
		}
	}
	return digits
}

// ordinalWords are the ordinal numbers written as words that title a part
// of what their parent heading counts: "### First" under "## Kepler's Laws".
var ordinalWords = map[string]bool{"zeroth": true, "first": true, "second": true, "third": true, "fourth": true,
	"fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true}

// isOrdinal reports whether heading text t is an ordinal alone, in words or
// figures: "First", "Second:", "3rd".
func isOrdinal(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), ".:")
	if lookupLower(ordinalWords, t) {
		return true
	}
	return len(t) > 2 && strings.Trim(t[:len(t)-2], "0123456789") == "" && lookupLower(ordinalEnds, t[len(t)-2:])
}

// ordinalEnds end an ordinal number in English, lower case: "3rd".
var ordinalEnds = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}
