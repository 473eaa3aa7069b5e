package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// isOperatorAlias reports whether s names one operator by its two
// spellings, as SQL and shell cheat sheets write them: "AND or &&",
// "NOT or !", "!= or <>". Each side is one token, and one of them is all
// operator signs, so "cats or dogs" is no alias and the signs make no
// code of it.
func isOperatorAlias(s string) bool {
	a, b, ok := strings.Cut(s, " or ")
	if !ok || a == "" || b == "" || strings.ContainsRune(a, ' ') || strings.ContainsRune(b, ' ') {
		return false
	}
	if !operatorSigns(a) && !operatorSigns(b) {
		return false
	}
	return operatorToken(a) && operatorToken(b)
}

// operatorSigns reports whether s is one to three of the signs operators
// are written with: "&&", "||", "!", "<>", "!=".
func operatorSigns(s string) bool {
	return len(s) <= 3 && strings.Trim(s, "&|!<>=~^%+-*/") == ""
}

// operatorToken reports whether s spells an operator: signs, or a keyword
// in capitals ("AND", "XOR").
func operatorToken(s string) bool {
	if operatorSigns(s) {
		return true
	}
	if len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// opensWithPlace reports whether outer, a term candidate's words joined by
// single spaces, opens as a sentence opens with an adverbial: a preposition
// and an article, "In the place of user -> write the username". Four words
// or more and not in title case: "In the money" is a term of finance and
// "On the Origin of Species" a title, as "From the Process of Production",
// one of four kinds of alienation, names one.
func opensWithPlace(outer string) bool {
	first, rest, _ := strings.Cut(outer, " ")
	if !lookupLower(placePrepositions, first) || strings.Count(outer, " ") < 3 || isTitleCase(outer) {
		return false
	}
	second, rest, _ := strings.Cut(rest, " ")
	if !lookupLower(placeArticles, second) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !unicode.IsUpper(r) // "From the Process of Production" names a kind
}

// placePrepositions open an adverbial of place or time (opensWithPlace),
// and placeArticles follow them.
var (
	placePrepositions = map[string]bool{"in": true, "on": true, "at": true, "for": true, "from": true, "into": true,
		"after": true, "before": true, "during": true, "with": true}
	placeArticles = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true}
)

// verbThenArticle reports whether outer, a term candidate's words joined by
// single spaces, holds a verb of the present tense before its object's
// article, the sign of a sentence cut at its colon: "Integration by parts
// needs a preliminary: …". The verb is a lower-case word past the first that
// ends in a single "s" and is followed by "a", "an" or "the"; a noun in the
// plural is rarely followed by an article inside a term.
func verbThenArticle(outer string) bool {
	var w string // the word before next, past the first
	i := 0
	for next := range strings.FieldsSeq(outer) {
		if i >= 2 && (next == "a" || next == "an" || next == "the") && isPresentVerb(w) {
			return true
		}
		w = next
		i++
	}
	return false
}

// isPresentVerb reports whether w may be a verb of the present tense, for
// verbThenArticle: four letters or more, all lower case, ending in a single
// "s" ("needs", not "class", "virus" or "basis").
func isPresentVerb(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) }) < 0
}

// loneSeriesItem reports whether it, a bullet labelled as one of a series
// ("- **Process 2:** Develop Team"), is the only bullet of its list, under a
// heading of its own, and value, the rest of its line, a name in title
// case: the series goes on under other headings, where the rule that needs a
// sibling cannot see it, and the parts nested under the bullet are the named
// process's, "Develop Team: Outputs", not "Process 2: Outputs". A lone
// "Windows 10: the current release" keeps its own name.
func loneSeriesItem(it ast.Node, value string) bool {
	return it.PreviousSibling() == nil && it.NextSibling() == nil && isTitleCase(value)
}

// acronymVerb splits a bullet that names an abbreviation and says what it
// does, without a separator: "- GDP measures the total output of an
// economy", "- CPI tracks the price of a basket of goods". The abbreviation
// asks for the rest of the line, verb first, as "Ribosome – builds
// proteins" does. Only a bullet's line, one sentence, with a verb in the
// present tense ("measures", not "does"), an object of two words or more
// that opens as an object does (see objectOpeners), and two capitals or more
// ("T1 wants to write" names a variable): in prose "NASA launches rockets."
// is a sentence among others.
func (p *parsed) acronymVerb(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	sp := bytes.IndexByte(t, ' ')
	if sp < 2 || sp > 6 || t[0] < 'A' || t[0] > 'Z' {
		return split{}, false // the quick test
	}
	letters := 0
	for _, c := range t[:sp] {
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case !isDigit(rune(c)):
			return split{}, false
		}
	}
	if letters < 2 {
		return split{}, false // "T1 wants to write A": a name of a variable
	}
	if _, ok := n.Parent().(*ast.ListItem); !ok || n.Parent().FirstChild() != n {
		return split{}, false
	}
	rest := bytes.TrimRight(t[sp+1:], " \t\n")
	verb, obj, ok := bytes.Cut(rest, []byte(" "))
	if !ok || !presentVerb(verb) || countFields(string(obj)) < 2 || bytes.ContainsAny(rest, "?:") || bytes.Contains(rest, []byte(". ")) {
		return split{}, false
	}
	if w, _, _ := bytes.Cut(obj, []byte(" ")); !objectOpeners[string(w)] {
		return split{}, false // "DNS services have …", "CDN costs could …": a noun in the plural
	}
	termHi, defLo := v.srcOff(sp), v.srcOff(sp+1)
	if termHi < 0 || defLo < 0 || termHi <= lo {
		return split{}, false
	}
	return split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: " "}, true
}

// objectOpeners are the words a verb's object or its complement opens with
// right after the verb: an article, a possessive or a preposition. After a
// noun in the plural that "DNS services" makes comes a verb ("have") or an
// adverb instead.
var objectOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "all": true,
	"on": true, "in": true, "to": true, "for": true, "with": true, "from": true, "by": true, "at": true, "into": true,
}

// presentVerb reports whether w, a word in lower case, reads as a verb in
// the third person of the present tense: four letters or more, ending in a
// single "s", and no auxiliary ("does", "goes on" are no gloss's verb).
func presentVerb(w []byte) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || bytes.HasSuffix(w, []byte("ss")) || bytes.HasSuffix(w, []byte("us")) || bytes.HasSuffix(w, []byte("is")) {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return !lookupLower(clauseWords, string(w))
}

// hanKinds are the words after which a Chinese definition names its kind,
// "是一種" ("is a kind of") in traditional and simplified characters: "是"
// with them defines the subject, where "中斷是由外部事件引發的" ("is caused
// by") states a fact about it. "是指" ("means") defines too.
var hanKinds = []string{"是一種", "是一种", "是一個", "是一个", "是一類", "是一类", "是指"}

// hanIsA splits a bullet that defines a term in Chinese without bold:
// "- 操作系統是一種複雜的系統軟件，…" asks 操作系統 for "一種複雜的系統軟件，…",
// as "**操作系統**是…" does. The term is two to eight Han characters that
// open the bullet, right before a word of hanKinds.
func (p *parsed) hanIsA(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	if len(t) < 9 || t[0] < 0xE0 {
		return split{}, false // the quick test: no Han character first
	}
	k, runes := 0, 0
	for k < len(t) && runes <= 8 {
		if bytes.HasPrefix(t[k:], []byte("是")) {
			break
		}
		r, size := utf8.DecodeRune(t[k:])
		if !unicode.Is(unicode.Han, r) {
			return split{}, false
		}
		k += size
		runes++
	}
	if runes < 2 || runes > 8 {
		return split{}, false
	}
	kind := ""
	for _, w := range hanKinds {
		if bytes.HasPrefix(t[k:], []byte(w)) {
			kind = w
			break
		}
	}
	if kind == "" || len(bytes.TrimSpace(t[k+len(kind):])) == 0 {
		return split{}, false
	}
	if _, ok := n.Parent().(*ast.ListItem); !ok || n.Parent().FirstChild() != n {
		return split{}, false
	}
	defAt := k + len("是")
	if kind == "是指" {
		defAt = k + len(kind)
	}
	termHi, defLo := v.srcOff(k), v.srcOff(defAt)
	if termHi < 0 || defLo < 0 || termHi <= lo {
		return split{}, false
	}
	return split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: "是"}, true
}

// drillCards rewrites the cards of org-drill pasted into a Markdown note,
// "* What is the capital of France? :drill:" over "** Answer" over its
// answer, as the heading and answer they mean: the entry is a heading one
// level below the note's title, its tags are Org tags (orgHeadings makes
// them hashtags), and the "Answer" subheading, a label Markdown would read
// as bold text, goes, so the lines under it answer the question; so do the
// lines of the property drawers org-drill keeps its schedule in. Only in a
// note with ":drill:" in it; each line keeps its place. Lines inside code
// fences stay as they are.
func drillCards(src []byte) []byte {
	if !containsText(src, ":drill:") {
		return src // most notes: spare the walk
	}
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		if orgDrawerLine(line) {
			return []byte("\n"), true
		}
		stars := 0
		for stars < len(line) && line[stars] == '*' {
			stars++
		}
		if stars == 0 || stars > 5 || stars == len(line) || line[stars] != ' ' {
			return nil, false
		}
		title := bytes.TrimSpace(line[stars:])
		if strings.EqualFold(string(title), "answer") {
			return []byte("\n"), true
		}
		if !bytes.HasSuffix(title, []byte(":")) || !bytes.Contains(title, []byte(":drill:")) || !hasWordCharBytes(title[:bytes.IndexByte(title, ':')]) {
			return nil, false
		}
		out := append(bytes.Repeat([]byte("#"), stars+1), ' ')
		return append(append(out, title...), '\n'), true
	})
}

// orgDrawerLine reports whether line is a line of an Org property drawer,
// ":PROPERTIES:", ":DRILL_LAST_INTERVAL: 4.0", ":END:": a colon, a key in
// capitals, digits and "_", and a colon.
func orgDrawerLine(line []byte) bool {
	if len(line) < 3 || line[0] != ':' {
		return false
	}
	k := 1
	for k < len(line) && (line[k] >= 'A' && line[k] <= 'Z' || line[k] == '_' || isDigit(rune(line[k]))) {
		k++
	}
	return k > 1 && k < len(line) && line[k] == ':'
}
