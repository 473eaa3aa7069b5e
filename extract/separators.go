package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// isYearDash reports whether a dash between term and def, the raw text on
// either side of it, joins two dates as a range joins them: "Napoléon Ier
// Empereur des Français 1804-1814 - 1815 Waterloo" splits no term from its
// definition at " - ", it runs from one year on to the next. A date on
// both sides, four digits, is the cue; "Stage 1 - 2 weeks" is left alone.
func isYearDash(term, def []byte) bool {
	term, def = bytes.TrimRight(term, " \t*_"), bytes.TrimLeft(def, " \t*_")
	return len(term) >= 4 && len(def) >= 4 && yearDigits(term[len(term)-4:]) && yearDigits(def[:4]) &&
		(len(term) == 4 || !isDigit(rune(term[len(term)-5]))) && (len(def) == 4 || !isDigit(rune(def[4])))
}

// yearDigits reports whether b, four bytes of a year, is ASCII digits only.
func yearDigits(b []byte) bool {
	for _, c := range b {
		if !isDigit(rune(c)) {
			return false
		}
	}
	return true
}

// isNumberRange reports whether the dash between term and def joins the two
// ends of a range in a sentence, "Complete problems 1 – 7, write the method
// header …": term ends with a number after its words and def opens with
// another, followed by a comma, the end (a full stop may close it), a
// lower-case word or a slash before the next range, as versions are
// listed: "Oracle Linux 7.4 - 7.9 / 8.4." Such a line names no term
// "Complete problems 1" nor "Oracle Linux 7.4". (A term that is a number
// alone is validDef's "1 - 2 hours".) A year of an event before a count,
// "Kellogg-Briand Pact 1928 - 65 countries agreed …", dates the event, the
// term (see datedEventCount).
func isNumberRange[T string | []byte](term string, def T, sep string) bool {
	switch strings.TrimSpace(sep) {
	case "-", "–", "—", "--":
	default:
		return false
	}
	term = strings.TrimSpace(term)
	sp := strings.LastIndexAny(term, " \t")
	if sp < 0 || sectionNumberLen(term[sp+1:]) != len(term)-sp-1 {
		return false
	}
	j := sectionNumberLen(def)
	if j == 0 {
		return false
	}
	if datedEventCount(term[:sp], term[sp+1:], def, j) {
		return false
	}
	if j == len(def) || def[j] == ',' || def[j] == '.' && j+1 == len(def) {
		return true
	}
	if def[j] != ' ' || j+1 == len(def) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(string(def[j+1 : min(len(def), j+1+utf8.UTFMax)]))
	return unicode.IsLower(r) || r == '(' || r == '/'
}

// datedEventCount reports whether name and year, the words and the number
// before a dash, date an event ("Kellogg-Briand Pact 1928", "Battle of the
// Somme 1916") and def opens with a count of what came of it, a number of
// n bytes, shorter than a year or written with thousands commas, and
// words: "65 countries agreed …", "60,000 casualties". A year's span typed
// short, "WW2 1939 - 45", ends there or at a comma and stays a range.
func datedEventCount[T string | []byte](name, year string, def T, n int) bool {
	if k := thousandsEnd(def, n); k > n {
		n = k
	} else if n >= 4 {
		return false
	}
	if n+1 >= len(def) || def[n] != ' ' || !isEventYear(year) || !isNameLike(name) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// thousandsEnd returns where the groups of three digits that follow the
// digits def[:n] after commas end, "60,000" or "1,000,000", or n when a
// comma and three digits do not follow them.
func thousandsEnd[T string | []byte](def T, n int) int {
	for n+4 <= len(def) && def[n] == ',' && isDigit(rune(def[n+1])) && isDigit(rune(def[n+2])) && isDigit(rune(def[n+3])) &&
		(n+4 == len(def) || !isDigit(rune(def[n+4]))) {
		n += 4
	}
	return n
}

// answerDash returns the length of the dash and the spaces after it that
// open a, the text after a question on its line, or 0: "Is using your ID
// low or high assurance? - low assurance" parts its answer with " - ", which
// then opens in lower case as an answer may; a flashcard's notes part it
// with "=" too, "Which field is used to prioritize traffic? = DSCP". A dash
// with nothing after it opens no answer.
func answerDash(a []byte) int {
	for _, d := range []string{"- ", "– ", "— ", "-- ", "= "} {
		if bytes.HasPrefix(a, []byte(d)) {
			n := len(d)
			for n < len(a) && a[n] == ' ' {
				n++
			}
			if n == len(a) {
				return 0
			}
			return n
		}
	}
	return 0
}

// answerLabelLen returns the length of the label, its colon or dash and the
// spaces after them that open a, the text after a question on its line, or
// 0: "what if the loadbalancer itself gets overloaded? solution - multiple
// loadbalancers", "how to scale up database servers? solution: insert a
// caching layer". The label is one of answerWords, the headings that only
// say their section answers; typed in lower case, as quick notes are, it
// still marks what follows as the answer. A label with nothing after it
// opens none.
func answerLabelLen(a []byte) int {
	w := bytes.IndexAny(a, ": ")
	if w <= 0 || !lookupLower(answerWords, string(a[:w])) {
		return 0
	}
	rest := bytes.TrimLeft(a[w:], " ")
	if len(rest) == 0 || rest[0] != ':' {
		if d := answerDash(rest); d > 0 {
			return len(a) - len(rest) + d
		}
		return 0
	}
	d := 1
	for d < len(rest) && rest[d] == ' ' {
		d++
	}
	if d == len(rest) {
		return 0
	}
	return len(a) - len(rest) + d
}

// clauseJoins are the conjunctions that carry one sentence on after a
// dash: a definition never opens with them. "or" is not among them: "MI
// - or heart attack" names the term again.
var clauseJoins = []string{"and", "but", "yet", "nor"}

// continuesClause reports whether def, what follows a dash, opens with a
// conjunction in lower case, "and the moment the oldest debts … are
// repaid": the dash sets off the end of a sentence, it splits no term from
// its definition.
func continuesClause(def []byte) bool {
	def = bytes.TrimLeft(def, "*_ ")
	for _, w := range clauseJoins {
		if len(def) > len(w) && bytes.HasPrefix(def, []byte(w)) && def[len(w)] == ' ' {
			return true
		}
	}
	return false
}

// arrowJoins are the words that carry a sentence on after an arrow: no
// effect or product opens with them. "to" is not among them: "Pyruvate ->
// to acetyl-CoA" names what it becomes.
var arrowJoins = []string{"with", "which"}

// continuesArrow reports whether def, what follows an arrow, opens with a
// conjunction or "with"/"which" in lower case, "with most radiating
// [[Boring pain]] towards the back": the arrow only goes on with the
// sentence before it, it leads to no effect.
func continuesArrow(def []byte) bool {
	if continuesClause(def) {
		return true
	}
	def = bytes.TrimLeft(def, "*_ ")
	for _, w := range arrowJoins {
		if len(def) > len(w) && bytes.HasPrefix(def, []byte(w)) && def[len(w)] == ' ' {
			return true
		}
	}
	return false
}

// arrowInCondition reports whether an arrow stands inside the condition of
// an "if … then" sentence: term, the text before it, opens with "If", and
// def, the text after it, goes on to ", then": "If Di -> Dj, then in any
// transaction, Di must be accessed before Dj." states a rule, and "If Di"
// names nothing.
func arrowInCondition(term string, def []byte) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(term, "*_ "), " ")
	return strings.EqualFold(w, "if") && bytes.Contains(def, []byte(", then "))
}

// valueClauseEnd returns where the first of two parallel clauses (see
// hasParallelClause) ends in src, the source of a definition after its
// "is", when that clause gives a value: "20 bytes" of "TCP header size is
// 20 bytes and UDP Header size is 8 bytes." The value answers its subject
// as the sentence states it, and the clause after the join sets another
// subject's value beside it. It returns -1 when the first clause opens
// with no number: "body is divisible and mind is not" defines nothing.
func valueClauseEnd(src []byte, def string) int {
	f := strings.Fields(def)
	if len(f) == 0 || f[0][0] < '0' || f[0][0] > '9' {
		return -1
	}
	for i := 1; i < len(f) && i <= maxFirstClauseWords; i++ {
		if parallelJoins[strings.ToLower(f[i])] {
			return bytes.Index(src, []byte(" "+f[i]+" "))
		}
	}
	return -1
}

// isCaseValue reports whether def, after a symbol and "=", is a value that
// heads a case of the list below it rather than what the symbol means:
// "p = 1 (Linear convergence):" over the points of linear convergence. The
// line is the case's name, "p = 1 (Linear convergence)", not a card asking
// what p is.
func isCaseValue(def []byte) bool {
	def = bytes.TrimSpace(def)
	if len(def) < 2 || def[len(def)-1] != ':' {
		return false
	}
	c := def[0]
	return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.'
}

// titledNumber returns s, a line split at a dash, with its term taking the
// title after the dash when the term is a numbered designation and a short
// title and a colon open the definition: "IFRS 16 – Leases: a lessee
// recognises …" asks "IFRS 16 – Leases", not "IFRS 16" with "Leases: …" as
// its answer ("Article 5 – Right to liberty: …", "Rule 404 - Character
// Evidence: …" alike). src is the note, hi the end of the line.
func titledNumber(src []byte, s split, hi int) split {
	if s.termHi <= s.termLo || s.defLo >= hi || hi > len(src) {
		return s
	}
	term := bytes.Fields(src[s.termLo:s.termHi])
	if len(term) < 2 || len(term) > 4 || !isDigit(rune(term[len(term)-1][0])) {
		return s
	}
	def := src[s.defLo:hi]
	k := bytes.Index(def, []byte(": "))
	if k <= 0 || k > 60 {
		return s
	}
	title := def[:k]
	if bytes.ContainsAny(title, ".;?!:*_`[]()") || len(bytes.Fields(title)) > 6 {
		return s
	}
	if r, _ := utf8.DecodeRune(title); !unicode.IsUpper(r) {
		return s
	}
	s.termHi = s.defLo + k
	s.defLo += k + len(": ")
	return s
}

// skipColumnSeparator moves each definition's start in splits (see
// alignedRows) past the separator that every line of ls puts in the
// column between term and definition, "low-level layer  : low level
// features", "mid-level layer  : mid level features": a colon, an equals
// sign or a dash, then a space. The separator is no part of the answer. A
// definition that only some lines open with such a sign keeps it.
func (p *parsed) skipColumnSeparator(ls, splits [][2]int) {
	var sep byte
	for i, r := range ls {
		d := p.src[splits[i][1]:r[1]]
		if len(d) < 3 || d[1] != ' ' || d[0] != ':' && d[0] != '=' && d[0] != '-' || sep != 0 && d[0] != sep {
			return
		}
		sep = d[0]
	}
	for i, r := range ls {
		k := splits[i][1] + 1
		for k < r[1] && p.src[k] == ' ' {
			k++
		}
		splits[i][1] = k
	}
}

// angleSep parts a term from its definition in a list that angleList
// accepts.
var angleSep = []byte(" > ")

// angleTermWords is the most words angleSplit takes for a term.
const angleTermWords = 6

// angleSplit splits line r of list item n at its one " > ", as a student
// parts each term of a list from its definition with the sign:
// "Confidentiality > To prevent unauthorized access to information." The
// term is a name of at most six words that opens with a letter, the
// definition two words or more that open with one; a line with code, a
// formula, a tag or another '>' is no such pair, and neither is a term that
// ends a sentence or holds '=' or '<': there the sign compares.
func (p *parsed) angleSplit(n ast.Node, r [2]int) (split, bool) {
	line := p.src[r[0]:r[1]]
	k := bytes.Index(line, angleSep)
	if k <= 0 || bytes.Count(line, []byte(">")) != 1 || bytes.ContainsAny(line, "`$<") {
		return split{}, false
	}
	defLo := r[0] + k + len(angleSep)
	term := strings.TrimSpace(p.plain(n, r[0], r[0]+k))
	def := strings.TrimSpace(p.plain(n, defLo, r[1]))
	t, _ := utf8.DecodeRuneInString(term)
	d, _ := utf8.DecodeRuneInString(def)
	if !unicode.IsLetter(t) || !unicode.IsLetter(d) || countFields(term) > angleTermWords || countFields(def) < 2 ||
		strings.ContainsAny(term, ".?!=") {
		return split{}, false
	}
	return split{termLo: r[0], termHi: r[0] + k, defLo: defLo, defHi: r[1], sep: ">"}, true
}

// angleList reports whether every item of a list, two at least, is one line
// that angleSplit parts: "1. Confidentiality > …", "2. Integrity > …",
// "3. Availability > …". One item that it does not part, as "Handwritten
// notes > Typed notes" among other points, leaves the sign a comparison.
func (b *builder) angleList(items []ast.Node) bool {
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		h := itemHead(it)
		if h == nil || len(b.p.children(it)) != 1 {
			return false
		}
		ls := b.p.lines(h)
		if len(ls) != 1 {
			return false
		}
		if _, ok := b.p.angleSplit(h, ls[0]); !ok {
			return false
		}
	}
	return true
}

// pairJoins part two term–definition pairs written on one line:
// "population – all members / sample – part of them", "mean: average;
// median: middle value", "bar chart – categories, histogram – numbers".
var pairJoins = []string{" / ", "; ", ", "}

// nextPair finds a second pair in the definition of split s, after one of
// pairJoins: a term of one to three words, letters only, then the same
// separator as s's and a definition. A comma parts pairs of a dash only:
// both terms open in the same case ("Infant mortality rate - Babies who die
// before age of 1, per thousand - Health" runs on), the first definition
// has two words or more, and the second runs on with no third dash and no
// comma ("Conflict - Development factor, War - money on weaponry, death"
// goes on to the factor's detail: its commas list within answers). It
// returns the second pair's split and where the join starts, the end of
// s's definition; the first definition may hold no open bracket ("pie
// charts (Pareto chart – …, Pareto principle – …)" lists inside one).
func (p *parsed) nextPair(s split) (split, int, bool) {
	var sepText string
	switch {
	case isDash(s.sep):
		sepText = " " + s.sep + " "
	case s.sep == ":":
		sepText = ": "
	default:
		return split{}, 0, false
	}
	def := p.src[s.defLo:s.defHi]
	if !bytes.Contains(def, []byte(sepText)) {
		return split{}, 0, false // the quick test: no second separator
	}
	for _, j := range pairJoins {
		if j == ", " && !isDash(s.sep) {
			continue // "Port 443: HTTPS, Port 80: HTTP" lists values
		}
		at := bytes.Index(def, []byte(j))
		if at <= 0 {
			continue
		}
		first, rest := def[:at], def[at+len(j):]
		k := bytes.Index(rest, []byte(sepText))
		if k <= 0 || bytes.Count(first, []byte("(")) != bytes.Count(first, []byte(")")) || bytes.Contains(first, []byte(sepText)) {
			continue
		}
		term, after := rest[:k], bytes.TrimSpace(rest[k+len(sepText):])
		if !pairTerm(term) || !hasWordCharBytes(after) {
			continue
		}
		if j == ", " && (!sameCase(p.src[s.termLo:s.termHi], term) || countFields(string(first)) < 2 || bytes.Contains(after, []byte(sepText)) || bytes.Contains(after, []byte(", "))) {
			continue // "Predominant - ii, IV - Have the 4th", "for a while, Danelaw - own laws - …", "factor, War - money on weaponry, death"
		}
		if j == " / " && (!sameCase(p.src[s.termLo:s.termHi], term) || isCaseName(strings.Trim(string(after), "*_ "))) {
			// "Cost of avoiding harm - …, just take reasonable steps /
			// precautions - _Latimer v AEC_ (1953)": the slash parts two
			// words of the answer, and the dash cites the line's source.
			continue
		}
		lo := s.defLo + at + len(j)
		return split{termLo: lo, termHi: lo + k, defLo: lo + k + len(sepText), defHi: s.defHi, sep: s.sep}, s.defLo + at, true
	}
	return split{}, 0, false
}

// pairTerm reports whether t, raw text, is a term of a pair on a line with
// another (see nextPair): one to three words of letters.
func pairTerm(t []byte) bool {
	if len(t) == 0 || t[0] == ' ' || t[len(t)-1] == ' ' || bytes.Count(t, []byte(" ")) > 2 || bytes.Contains(t, []byte("  ")) {
		return false
	}
	for _, r := range string(t) {
		if r != ' ' && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// sameCase reports whether a and b, raw text, open with letters of the
// same case.
func sameCase(a, b []byte) bool {
	a, b = bytes.TrimLeft(a, " *_"), bytes.TrimLeft(b, " *_")
	ra, _ := utf8.DecodeRune(a)
	rb, _ := utf8.DecodeRune(b)
	return unicode.IsLetter(ra) && unicode.IsLetter(rb) && unicode.IsUpper(ra) == unicode.IsUpper(rb)
}

// isNameChain reports whether a dash between term and def, raw text, is one
// link of a chain of four names or more, each of one or two words that
// open in capitals: "Roots - Trunks - Divisions - Cords - Nerves/Branches"
// is a path or a sequence, no term and its definition. A chain of facts
// after its topic, "Aldehyde - Tollens - ag ppt - silver mirror", opens its
// later parts in small letters and still defines its first.
func isNameChain(term, def []byte, sep string) bool {
	d := []byte(" " + sep + " ")
	if bytes.Count(def, d) < 2 {
		return false
	}
	parts := append([][]byte{term}, bytes.Split(def, d)...)
	for _, part := range parts {
		part = bytes.TrimSpace(part)
		r, _ := utf8.DecodeRune(part)
		if !unicode.IsUpper(r) || bytes.Count(part, []byte(" ")) > 1 {
			return false
		}
		for _, w := range bytes.Fields(part) {
			if r, _ := utf8.DecodeRune(w); !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

// yearSpanColon returns where the colon after a span of years is in t, a
// line's text whose first separator is the spaced dash t[i:j]: "1914 -
// 1918: World War I", "800 – 400 BC: Scythians" or "3300 BC - 1200 BC:
// Bronze Age" name the span before the colon, as "1789-1799: French
// Revolution" does, and the dash is the span's (see yearSpanEnd). It
// returns -1 when t holds no such span.
func yearSpanColon(t []byte, i, j int) int {
	if i < 1 || i > len("3300 B.C.E.") || !isDigit(rune(t[0])) {
		return -1 // the quick test: the term is a short number
	}
	k := yearSpanEnd(t, i, j)
	if k < 0 {
		return -1
	}
	for k < len(t) && t[k] == ' ' {
		k++
	}
	if k >= len(t) || t[k] != ':' || k+1 < len(t) && t[k+1] != ' ' {
		return -1
	}
	return k
}

// isSpacedYearSpan reports whether s is a span of years typed with spaces about
// its dash, "1914 - 1918" or "3300 BC – 1200 BC", a term as "1914-1918" is
// (see yearSpanEnd).
func isSpacedYearSpan(s string) bool {
	if len(s) < len("1 - 2") || !isDigit(rune(s[0])) {
		return false
	}
	for _, d := range [...]string{" - ", " – ", " — "} {
		if i := strings.Index(s, d); i > 0 {
			return yearSpanEnd([]byte(s), i, i+len(d)) == len(s)
		}
	}
	return false
}

// yearSpanEnd returns where the span of years that t[:i] opens and
// t[j:] closes ends, when t[i:j] is a dash between them: a year on each
// side, a number of three digits or four, or of fewer with an era ("BC",
// "AD"), and nothing else before the dash; the span runs forward in time.
// It returns -1 when t opens with no such span.
func yearSpanEnd(t []byte, i, j int) int {
	from, fromEra, n := spanYear(t[:i])
	if n != i || from < 0 {
		return -1
	}
	to, toEra, m := spanYear(t[j:])
	if to < 0 {
		return -1
	}
	if fromEra == "" {
		fromEra = toEra // "800 – 400 BC"
	}
	switch {
	case fromEra == "" && toEra == "" && (from < 100 || to < 100):
		return -1 // "1 - 2: warm-up" numbers no years
	case fromEra == "BC" && toEra == "BC":
		if from <= to {
			return -1
		}
	case fromEra != "BC" && toEra == "BC":
		return -1
	case fromEra != "BC" && to <= from:
		return -1
	}
	return j + m
}

// spanYear reads the year that opens b, one to four digits and an era
// after a space at most, "1918", "400 BC", "476 CE": its value, "BC" for
// an era before the common one, "AD" after it or "" for none, and the bytes
// it took. The value is -1 when b opens with no year.
func spanYear(b []byte) (year int, era string, n int) {
	for n < len(b) && n < 5 && isDigit(rune(b[n])) {
		year = year*10 + int(b[n]-'0')
		n++
	}
	if n == 0 || n > 4 {
		return -1, "", 0
	}
	if n+1 >= len(b) || b[n] != ' ' {
		return year, "", n
	}
	for _, e := range [...]struct{ word, era string }{
		{"B.C.E.", "BC"}, {"BCE", "BC"}, {"B.C.", "BC"}, {"BC", "BC"}, {"C.E.", "AD"}, {"CE", "AD"}, {"A.D.", "AD"}, {"AD", "AD"},
	} {
		if w := b[n+1:]; bytes.HasPrefix(w, []byte(e.word)) && (len(w) == len(e.word) || w[len(e.word)] == ' ' || w[len(e.word)] == ':') {
			return year, e.era, n + 1 + len(e.word)
		}
	}
	return year, "", n
}
