package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// italicLead splits a line that opens with a term in italics followed by
// its verb, as lecture notes set a term where others bold it: "1. *Set-up
// time* is the critical period before a clock edge", "- An *indirect
// incentive* is a secondary change …" (an article may come first, as
// before a bold term; German "ist" and "sind" define too, "Ein *Literal*
// ist …"; "states that" states a rule or law, "the _octet rule_ states
// that …"). Italics stress a word as often as they name a term, so only
// "is" or "are" right after them defines (see startsCopula); "*Always* check …" and "*Combinational gates* which
// perform …" do not, unless the line is one of a glossary (see
// italicGlossary).
func (p *parsed) italicLead(n ast.Node, lo, hi int) (split, bool) {
	end, ok := p.lineItalic(n, lo, hi)
	if !ok {
		return split{}, false
	}
	if rest := bytes.TrimLeft(p.src[end:hi], " "); !startsCopula(rest) && !startsGermanCopula(rest) &&
		!bytes.HasPrefix(rest, []byte("states that ")) && !symbolThenCopula(rest) && !p.italicGlossary(n) {
		return split{}, false
	}
	return p.emphasisLead(n, lo, hi, 1)
}

// symbolThenCopula reports whether t, the text after a term in italics,
// gives the term its symbol before the verb that defines it, as
// symbolAfterTerm reads after a bold one: "$\sigma_X$ is the root of the
// variance" after "The *standard deviation*".
func symbolThenCopula(t []byte) bool {
	close, _ := symbolAfterTerm(t)
	return close > 0
}

// startsGermanCopula reports whether t opens with "ist" or "sind", which
// define a German term set in italics as "is" and "are" do an English one:
// "Ein *Literal* ist von der Form $x_i$ …".
func startsGermanCopula(t []byte) bool {
	return bytes.HasPrefix(t, []byte("ist ")) || bytes.HasPrefix(t, []byte("sind "))
}

// lineItalic returns the offset after the italics that open block n's line
// [lo, hi), their closing marks included, when text follows them.
func (p *parsed) lineItalic(n ast.Node, lo, hi int) (int, bool) {
	var first ast.Node // the line's first inline, in a paragraph of several lines
	start, stop := p.kidsIn(n, lo, hi)
	for c := start; c != stop; c = c.NextSibling() {
		if overlaps(p, c, lo, hi) {
			first = c
			break
		}
	}
	e, ok := first.(*ast.Emphasis)
	if t, isText := first.(*ast.Text); isText && !ok {
		if w := bytes.TrimSpace(t.Segment.Value(p.src)); len(w) <= len("eine") && (lookupLower(articles, string(w)) || lookupLower(articlesAbroad, string(w))) {
			e, ok = t.NextSibling().(*ast.Emphasis) // "A *market economy* is …", "Ein *Literal* ist …"
		}
	}
	if !ok || e.Level != 1 {
		return 0, false
	}
	if at := p.startOf(e); at <= lo || at > hi || !italicOpensLine(p.src[lo:at]) {
		return 0, false // the italics open the line
	}
	end := p.endOf(e)
	if end < 0 || end >= hi {
		return 0, false
	}
	for end < hi && (p.src[end] == '*' || p.src[end] == '_') {
		end++
	}
	return end, len(bytes.TrimSpace(p.src[end:hi])) > 0
}

// italicGlossary reports whether paragraph n is a glossary of terms in
// italics, a line each, as command notes write it: "*git checkout* is
// used to switch branches." over "*git reset* basically resets the
// repo, throwing away some changes." Every line (two or more) opens with
// italics and text after them, and one of them defines with "is" or
// "are": the others name their term as it does. The answer is kept for
// the paragraph last asked about.
func (p *parsed) italicGlossary(n ast.Node) bool {
	if p.gloss.node == n {
		return p.gloss.ok
	}
	ok, copula := false, false
	if par, isPar := n.(*ast.Paragraph); isPar {
		ls := p.lines(par)
		ok = len(ls) >= 2
		for _, l := range ls {
			end, opens := p.lineItalic(n, l[0], l[1])
			if !opens {
				ok = false
				break
			}
			copula = copula || startsCopula(bytes.TrimLeft(p.src[end:l[1]], " "))
		}
	}
	p.gloss.node, p.gloss.ok = n, ok && copula
	return p.gloss.ok
}

// A glossCache holds italicGlossary's answer for one paragraph.
type glossCache struct {
	node ast.Node
	ok   bool
}

// italicOpensLine reports whether the text before a line's italics is
// nothing but markup and spaces, or one article: "A *market economy* is
// …", "Ein *Literal* ist …".
func italicOpensLine(before []byte) bool {
	w := bytes.Trim(before, " *_")
	return len(w) == 0 || lookupLower(articles, string(w)) || lookupLower(articlesAbroad, string(w))
}

// gluedTermLen is the longest term gluedSep looks at, in bytes.
const gluedTermLen = 40

// gluedSep splits a line whose term is glued to its separator, as students
// type it in a hurry: "Amygdala:The amygdala helps the body …", "Broca's
// Area- This area of the brain controls …". The term is a name of one to
// four words in letters of any script, opening with a capital ("Giao
// thức:Quy tắc …"); the colon is followed by a capitalised word, the dash
// by a space and a capitalised word, so that "Question 6:James", "10:30",
// "pre- and post-war" and "e.g.:the" split nothing.
func (p *parsed) gluedSep(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	if first, _ := utf8.DecodeRune(t); len(t) < 4 || !unicode.IsUpper(first) {
		return split{}, false
	}
	for i := 1; i < len(t)-2 && i <= gluedTermLen; {
		if r, size := utf8.DecodeRune(t[i:]); isWordRune(r) || r == ' ' || r == '\'' {
			i += size
			continue
		}
		c := t[i]
		if prev, _ := utf8.DecodeLastRune(t[:i]); !isWordRune(prev) {
			return split{}, false
		}
		defAt, sep := 0, i
		if k, ok := p.boldGluedColon(v, i); ok {
			sep = k // "**Cue Column**:As you take notes …"
		}
		switch {
		case t[sep] == ':' && opensCapitalWord(t[sep+1:]):
			defAt = sep + 1
		case c == '-' && t[i+1] == ' ' && isUpperASCII(t[i+2]):
			defAt = i + 2
		case c == '-' && i >= 3:
			k := gluedDashDef(t[i+1:])
			if k < 0 || !p.dashGlossaryAround(lo) {
				return split{}, false
			}
			defAt = i + 1 + k
		default:
			return split{}, false
		}
		termHi, defLo := v.srcOff(sep), v.srcOff(defAt)
		if termHi <= lo || defLo < 0 {
			return split{}, false
		}
		term := string(t[:i])
		if countFields(term) > 4 || labels[strings.ToLower(term)] {
			return split{}, false
		}
		if first, _, _ := strings.Cut(term, " "); notFirst[strings.ToLower(first)] {
			return split{}, false // "This- …", "It:The …" start a sentence
		}
		s := split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: string(t[sep])}
		return s, p.validSplit(n, s)
	}
	return split{}, false
}

// isWordRune reports whether r is a letter of any script or a mark an
// accented letter is typed with.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// opensCapitalWord reports whether t opens with a capital letter and a
// small one, of any script: "The amygdala …", "Quy tắc …".
func opensCapitalWord(t []byte) bool {
	first, size := utf8.DecodeRune(t)
	second, _ := utf8.DecodeRune(t[size:])
	return unicode.IsUpper(first) && unicode.IsLower(second)
}

// boldGluedColon finds the colon glued to a bold term, as students type it
// in a hurry: "**Cue Column**:As you take notes …" and, with the colon
// typed inside the bold and again after it, "**Summaries:**:Sum up each
// page …". Byte i of v's text is where the term's letters stop; the
// markup that closes the bold is a NUL in the view. It returns the index
// of the colon that parts term from definition.
func (p *parsed) boldGluedColon(v view, i int) (int, bool) {
	t := v.text
	k := i
	if t[k] == ':' {
		k++ // "**Summaries:**:": the first colon is inside the bold
	}
	if k+1 >= len(t) || t[k] != 0 || t[k+1] != ':' {
		return 0, false
	}
	at := v.srcOff(k - 1)
	if at < 0 || at+1 >= len(p.src) || (p.src[at+1] != '*' && p.src[at+1] != '_') {
		return 0, false
	}
	return k + 1, true
}

// tilOpeners are the words "TIL" leads into a term with: "TIL that 314159
// is a prime number", "TIL about the Volkswagen sausage — …".
var tilOpeners = []string{"that ", "about ", "of "}

// cutTILMarker leaves "TIL" ("today I learned"), and the word it leads in
// with, off the term of split s: a TIL note's "TIL that 314159 is a prime
// number" asks for 314159, as a task marker such as "TODO" is left off.
func (p *parsed) cutTILMarker(s split) split {
	lo := s.termLo
	if lo < 0 || s.termHi-lo < 5 || p.src[lo] != 'T' || !bytes.HasPrefix(p.src[lo:s.termHi], []byte("TIL ")) {
		return s
	}
	lo += len("TIL ")
	for _, w := range tilOpeners {
		if bytes.HasPrefix(p.src[lo:s.termHi], []byte(w)) {
			lo += len(w)
			break
		}
	}
	if !hasWordCharBytes(bytes.TrimSpace(p.src[lo:s.termHi])) {
		return s
	}
	s.termLo = lo
	return s
}

// termEmphasis is the markup a sentence sets its defined word in.
var termEmphasis = [][2]string{{"<strong>", "</strong>"}, {"<em>", "</em>"}, {"<b>", "</b>"}}

// plainSubject drops the emphasis that marks one word of a sentence's
// subject, "The **tail** pointer is a reference to …", "***Next*** value
// represents …": the bold points at the term in the sentence, and the whole
// front is the term, so it asks "tail pointer", as the student would write
// it on a card. A front with other markup, or with an emphasis twice, keeps
// it.
func plainSubject(front string) string {
	if strings.IndexByte(front, '<') < 0 {
		return front
	}
	plain := front
	for _, e := range termEmphasis {
		if strings.Count(plain, e[0]) == 1 && strings.Count(plain, e[1]) == 1 {
			plain = strings.Replace(strings.Replace(plain, e[0], "", 1), e[1], "", 1)
		}
	}
	if strings.IndexByte(plain, '<') >= 0 {
		return front
	}
	return plain
}

// definedWord splits the sentence after a definition's bare label that sets
// its term in no emphasis, as mathematics writes a kind of thing: "A
// sequence $(a_n)$ is Cauchy if …", "A graph is bipartite if …". The label
// says the sentence defines, so the one word after "is" or "are", before
// "if", "iff" or "when", is the term, whatever its ending (adjectiveIf needs
// an adjective's ending where no label says so); it asks for the whole
// sentence, [lo, hi). The subject is "A" or "An" and at most three words,
// formulas aside.
func (p *parsed) definedWord(lo, hi int) (split, bool) {
	for lo < hi && (p.src[lo] == '*' || p.src[lo] == '_' || p.src[lo] == ' ') {
		lo++ // "**Definition:** A …": the label's bold closes after its colon
	}
	t := p.src[lo:min(hi, lo+200)]
	var rest []byte
	switch {
	case bytes.HasPrefix(t, []byte("A ")):
		rest = t[2:]
	case bytes.HasPrefix(t, []byte("An ")):
		rest = t[3:]
	default:
		return split{}, false
	}
	words := 0
	for len(rest) > 0 && words <= 3 {
		if rest[0] == '$' {
			end := bytes.IndexByte(rest[1:], '$')
			if end < 0 {
				return split{}, false
			}
			rest = bytes.TrimLeft(rest[end+2:], " ")
			continue
		}
		w, after, _ := bytes.Cut(rest, []byte(" "))
		rest = after
		if string(w) != "is" && string(w) != "are" {
			if !isLetterWord(w) {
				return split{}, false
			}
			words++
			continue
		}
		if words == 0 {
			return split{}, false
		}
		adj, cond, _ := bytes.Cut(rest, []byte(" "))
		switch strings.ToLower(string(adj)) {
		case "a", "an", "the":
			return split{}, false // "A set is a collection …" is verbSplit's
		}
		if !isLetterWord(adj) || lookupLower(weakNext, string(adj)) {
			return split{}, false
		}
		c, _, _ := bytes.Cut(cond, []byte(" "))
		switch string(c) {
		case "if", "iff", "when":
			termLo := lo + len(t) - len(rest) // rest ends where t does
			return split{termLo: termLo, termHi: termLo + len(adj), defLo: lo, defHi: hi, sep: "if"}, true
		}
		return split{}, false
	}
	return split{}, false
}
