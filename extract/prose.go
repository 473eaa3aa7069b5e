package extract

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// describingNext are words after "is" or "are" that go on describing the
// subject rather than defining it, as weakNext are: a preposition that
// places it ("Stress is on the individual rather than the collective"), an
// adverb of frequency or degree ("Elites are often more adherent to liberty
// than …"), a comparative ("Demand is higher when …"). "Needs are …" and
// "X is a …" open with a noun or an article and still define.
var describingNext = map[string]bool{
	"on": true, "in": true, "at": true, "from": true, "with": true, "by": true, "into": true,
	"onto": true, "under": true, "over": true, "between": true, "among": true, "within": true,
	"without": true, "against": true, "through": true, "like": true, "upon": true, "toward": true,
	"towards": true, "across": true, "behind": true, "beyond": true, "around": true,
	"often": true, "seldom": true, "usually": true, "generally": true, "all": true, "both": true,
	"much": true, "far": true, "somewhat": true, "again": true, "almost": true, "ever": true,
	"yet": true, "no": true, "perhaps": true, "as": true, "better": true, "worse": true,
	"higher": true, "lower": true, "greater": true, "larger": true, "smaller": true, "bigger": true,
	"easier": true, "harder": true, "faster": true, "slower": true,
}

// evaluatives are adjectives after "is" or "are" that judge the subject
// rather than name what it is: "Effective communication is key to …",
// "Scope of work is critical and …", "The opposite is true for a PNP".
var evaluatives = map[string]bool{
	"key": true, "crucial": true, "critical": true, "essential": true, "vital": true,
	"true": true, "false": true, "good": true, "bad": true,
}

// complementWords open what follows a predicate adjective, its complement
// or a clause ("key to success", "active as long as …", "critical and it
// …"): after an adjective they show it is no noun phrase's first word.
var complementWords = map[string]bool{
	"to": true, "for": true, "and": true, "but": true, "as": true, "when": true, "if": true,
	"because": true, "since": true, "until": true, "while": true, "only": true, "in": true,
	"at": true, "with": true, "unless": true,
}

// predicateAdjective reports whether def, the words after "is" or "are"
// that follow term, opens with an adjective said of the subject, not a
// definition of it: an evaluative one ("Effective communication is key to
// achieve this"), or, after a subject that opens with "The", any adjective
// ("The primary endpoint is active as long as …"), followed by its
// complement or at the end of the clause, or any adjective of a kind
// (adjectiveEnding) followed by a preposition: "IgG antibodies are
// specific for DNA", "Hemoglobin is responsible for carrying oxygen"
// state a property, and a card asking "IgG antibodies" wants a definition.
func predicateAdjective(term, def string) bool {
	first, rest, _ := strings.Cut(def, " ")
	adj := strings.ToLower(strings.TrimRight(first, ".,;:!"))
	if adj == "" {
		return false
	}
	if strings.HasPrefix(def, "the same ") || strings.HasPrefix(def, "the opposite ") {
		return true // "Slope is the same for the demand curve" compares
	}
	if len(adj) == len(first) {
		next, _, _ := strings.Cut(rest, " ")
		if (next == "is" || next == "are") && adjectiveEnding([]byte(adj)) {
			return true // "Demand is inelastic is …", "if" mistyped: a condition, no definition
		}
		if !complementWords[strings.ToLower(next)] {
			return false // "true leaders who serve …": the adjective is a noun's
		}
	}
	if evaluatives[adj] {
		return true
	}
	if next, _, _ := strings.Cut(rest, " "); len(adj) == len(first) && adjectivePrepositions[strings.ToLower(next)] && adjectiveEnding([]byte(adj)) && !equates[adj] {
		return true // "IgG antibodies are specific for DNA" says what they do, not what they are
	}
	return len(term) > 4 && strings.EqualFold(term[:4], "the ") && adjectiveEnding([]byte(adj))
}

// adjectivePrepositions open the complement of an adjective said of a
// thing: "specific for", "resistant to", "consistent with", "rich in".
var adjectivePrepositions = map[string]bool{"to": true, "for": true, "in": true, "at": true, "with": true}

// equates are the adjectives that define a thing by what it equals:
// "Gross profit is equivalent to revenue less the cost of goods sold"
// (see predicateAdjective).
var equates = map[string]bool{"equivalent": true, "equal": true, "identical": true, "synonymous": true,
	"analogous": true, "proportional": true, "similar": true}

// subjectVerbs are the modal and auxiliary verbs that carry on a sentence
// whose subject alone is in bold: "**Marketers** need to set the right
// level of expectations …" says what marketers do, it does not define
// them. A definition after a bold term opens with a noun, an article or a
// copula ("**Needs** are …").
var subjectVerbs = map[string]bool{
	"need": true, "needs": true, "can": true, "cannot": true, "can't": true, "could": true,
	"should": true, "shouldn't": true, "must": true, "will": true, "won't": true, "would": true,
	"may": true, "might": true, "shall": true, "tend": true, "tends": true, "ought": true,
}

// opensAsSentence reports whether s opens as a sentence does, with no
// small letter: the second half of a sentence and its translation ("Je vais
// au cinéma. - I go to the cinema."), not a sentence's gloss that goes on
// after a dash ("This is why many people come to the US. - equality of
// opportunity …"). A pattern in small letters glosses one in small letters
// too: "so .... as ... - tan ... como ...".
func opensAsSentence(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return !unicode.IsLower(r)
		}
	}
	return true
}

// quotedTerm narrows the term of split s, before a dash, to the phrase in
// quotation marks that ends it when two words or more come before the
// phrase: they talk about the term, "Europeans talk about \"equality of
// condition\" - the basic conditions of life …", "Aimed at \"Silent
// Majority\" - ordinary Americans who …". Otherwise s is returned as it is.
func (p *parsed) quotedTerm(s split) split {
	switch s.sep {
	case "-", "–", "—":
	default:
		return s
	}
	hi := s.termHi
	for hi > s.termLo && p.src[hi-1] == ' ' {
		hi--
	}
	t := p.src[s.termLo:hi]
	open, close := `"`, `"`
	if bytes.HasSuffix(t, []byte("”")) {
		open, close = "“", "”"
	} else if !bytes.HasSuffix(t, []byte(`"`)) {
		return s
	}
	inner := t[:len(t)-len(close)]
	at := bytes.LastIndex(inner, []byte(open))
	if at < 0 || bytes.Contains(inner[at+len(open):], []byte(close)) || bytes.Count(t, []byte(`"`))%2 == 1 {
		return s
	}
	phrase := inner[at+len(open):]
	if before := countFields(string(inner[:at])); before < 2 || countFields(string(phrase)) > 6 || bytes.ContainsAny(inner[:at], `"“`) || codeBeforeQuote(inner[:at]) {
		return s
	}
	s.termLo, s.termHi = s.termLo+at+len(open), s.termLo+len(inner)
	return s
}

// codeBeforeQuote reports whether t, the words before a quoted phrase that
// ends a term, are code the phrase is an argument of: a command's option,
// "git commit -m \"message\"", a call or a pattern's signs, or a keyword
// in capitals, "SELECT COUNT(\*) AS \"Number of Items\"". The command is the
// term, not its argument.
func codeBeforeQuote(t []byte) bool {
	if bytes.ContainsAny(t, `{}=*\`) {
		return true
	}
	if k := bytes.IndexByte(t, '('); k > 0 && (isLetter(t[k-1]) || isDigit(rune(t[k-1]))) {
		return true // a call, "COUNT(": a year in brackets, "Truman Doctrine (1947)", is no code
	}
	fields := bytes.Fields(t)
	for _, f := range fields {
		if len(f) > 1 && f[0] == '-' && isLetter(f[len(f)-1]) {
			return true // "-m", "--message"
		}
	}
	return len(fields) > 0 && quoteKeywords[string(fields[len(fields)-1])]
}

// quoteKeywords are the SQL keywords, typed in capitals, that a quoted
// alias, pattern or value follows: "AS \"Number of Items\"", "LIKE \"a%\"".
var quoteKeywords = map[string]bool{"AS": true, "LIKE": true, "IN": true, "IS": true, "SET": true, "VALUES": true, "WHERE": true, "FROM": true}

// asksOnly reports whether def, what follows a separator, is a question
// word alone: "encoding - how?", "encoding - what?" over nested answers
// are cues, the whole line the question, not the term "encoding" asked
// three times.
func asksOnly(def []byte) bool {
	def = bytes.TrimSpace(def)
	if len(def) < 4 || len(def) > 7 || def[len(def)-1] != '?' {
		return false // the quick test: "who?" to "where?"
	}
	return lookupLower(whWords, string(def[:len(def)-1]))
}

// examInstructions open an exam's instruction, written with a capital as
// a sentence: after a question it asks more, it does not answer. "What is
// an elite? Discuss the four theories of elitism." is one task, no card.
var examInstructions = map[string]bool{
	"Discuss": true, "Compare": true, "Contrast": true, "Explain": true, "Describe": true,
	"Evaluate": true, "Outline": true, "Analyse": true, "Analyze": true, "Assess": true,
	"Justify": true, "List": true, "Define": true, "Identify": true, "Illustrate": true,
	"Select": true, "Choose": true, // a quiz's: "Which are true? Select the most appropriate response."
}

// instructs reports whether a, the text after a question, opens with an
// exam's instruction (see examInstructions).
func instructs(a []byte) bool {
	w, _, _ := bytes.Cut(a, []byte(" "))
	return examInstructions[string(w)]
}

// acrostic reports whether paragraph n, of lines ls, is part of an
// acrostic mnemonic: a run of three lines or more, in it and the paragraphs
// beside it, that each gloss one capital letter with a word opening with
// it, a letter repeating ("D - descendre", "R - rentrer", "M - monter", "R
// - retourner" spell DR MRS VANDERTRAMP). Its lines are one mnemonic, not
// cards of a letter each. A formula's legend ("F: force", "M: mass") names
// each symbol once.
func (b *builder) acrostic(n ast.Node, ls [][2]int) bool {
	if _, ok := letterLine(b.p.src[ls[0][0]:ls[0][1]]); !ok {
		return false // the quick test: most paragraphs open otherwise
	}
	var seen [26]int
	lines, repeats := 0, false
	count := func(par ast.Node) bool {
		pl := b.p.lines(par)
		if _, ok := par.(*ast.Paragraph); !ok || len(pl) == 0 {
			return false
		}
		for _, r := range pl {
			c, ok := letterLine(b.p.src[r[0]:r[1]])
			if !ok {
				return false
			}
			seen[c-'A']++
			repeats = repeats || seen[c-'A'] > 1
			lines++
		}
		return true
	}
	if !count(n) {
		return false
	}
	// The walks stop once the run is one: 27 lines repeat a letter, so a
	// paragraph among 20,000 of them reads a few of its neighbours, not all.
	found := func() bool { return lines >= 3 && repeats }
	for s := n.PreviousSibling(); s != nil && !found(); s = s.PreviousSibling() {
		if !count(s) {
			break
		}
	}
	for s := n.NextSibling(); s != nil && !found(); s = s.NextSibling() {
		if !count(s) {
			break
		}
	}
	return found()
}

// acronymList reports whether n, of lines ls, is the text of an item of a
// list that glosses an acronym letter by letter: three items or more, at
// most 26, each one letter line ("D – Description") and nothing else, the
// letters repeating or spelling the capitals of the block or heading just
// before the list ("Remember the acronym PLACE:" over "P – Position", "L –
// Location" …). Its items are one mnemonic, not cards of a letter each.
func (b *builder) acronymList(n ast.Node, ls [][2]int) bool {
	if len(ls) != 1 || n.PreviousSibling() != nil || n.NextSibling() != nil || n.Parent() == nil {
		return false
	}
	if _, ok := letterLine(b.p.src[ls[0][0]:ls[0][1]]); !ok {
		return false // the quick test: most items open otherwise
	}
	list := n.Parent().Parent()
	if _, ok := list.(*ast.List); !ok {
		return false
	}
	var word []byte
	var seen [26]bool
	repeats := false
	for it := list.FirstChild(); it != nil; it = it.NextSibling() {
		t := it.FirstChild()
		if t == nil || t.NextSibling() != nil || len(word) == 26 {
			return false
		}
		pl := b.p.lines(t)
		if len(pl) != 1 {
			return false
		}
		c, ok := letterLine(b.p.src[pl[0][0]:pl[0][1]])
		if !ok {
			return false
		}
		repeats = repeats || seen[c-'A']
		seen[c-'A'] = true
		word = append(word, c)
	}
	return len(word) >= 3 && (repeats || bytes.Contains(b.capitals(list.PreviousSibling()), word))
}

// capitals returns the letters of the words of block n written in capitals
// of two letters or more, run together: "DOCTORLISP" of `Remember the
// acronym: "DOCTOR LISP"`. A quote's or a heading's text is read as a
// paragraph's is.
func (b *builder) capitals(n ast.Node) []byte {
	if q, ok := n.(*ast.Blockquote); ok {
		n = q.LastChild()
	}
	if n == nil {
		return nil
	}
	var caps []byte
	for _, r := range b.p.lines(n) {
		for _, w := range bytes.FieldsFunc(b.p.src[r[0]:r[1]], func(c rune) bool { return c < 'A' || c > 'Z' }) {
			if len(w) > 1 {
				caps = append(caps, w...)
			}
		}
	}
	return caps
}

// letterLine reports whether line t glosses one capital letter with a word
// that opens with it, "D - descendre", and returns the letter.
func letterLine(t []byte) (byte, bool) {
	t = bytes.TrimSpace(t)
	if len(t) < 4 || t[0] < 'A' || t[0] > 'Z' || t[1] != ' ' && t[1] != ':' && t[1] != '-' {
		return 0, false
	}
	rest := bytes.TrimLeft(t[1:], " ")
	for _, sep := range []string{"-", "–", "—", ":", "="} {
		if after, ok := bytes.CutPrefix(rest, []byte(sep)); ok {
			word := bytes.TrimLeft(after, " ")
			return t[0], len(word) > 1 && word[0]|0x20 == t[0]|0x20
		}
	}
	return 0, false
}

// legendLeads are the words that lead a formula's legend or explanation:
// "$$\delta[n] = u[n] - u[n-1]$$" then "Where:" then the next formula.
// Alone over a line with a colon they name nothing to ask. Notes in other
// languages lead with their own "where" (see legendWheres).
var legendLeads = map[string]bool{"where": true, "whereby": true, "with": true, "here": true, "in which": true,
	"ahol": true, "wobei": true, "où": true, "donde": true, "где": true, "де": true, "όπου": true, "gdzie": true, "waarbij": true}

// legendWheres are the words that end the line leading a formula's legend,
// in English and in the other languages notes are typed in: Hungarian
// "Ahol:", German "wobei:", French "où :", Spanish "donde:", Russian and
// Ukrainian "где:" and "де:", Greek "όπου:", Polish "gdzie:", Dutch
// "waarbij:". Italian "dove" and Portuguese "onde" are left out: they are
// also words ("dove", "onde" as waves) a list could be named by.
var legendWheres = []string{"where", "whereby", "in which", "ahol", "wobei", "où", "donde", "где", "де", "όπου", "gdzie", "waarbij"}

// isCondition reports whether term, before " = ", ends in a condition on a
// symbol that a sentence states: "Results in sampling $x[n]$ at n = 0"
// samples at a point, it defines no "Results in sampling … at n". The word
// before the symbol carries the sentence on (see sentenceGoesOn).
func isCondition(term string) bool {
	fields := strings.Fields(term)
	if len(fields) < 3 {
		return false
	}
	sym, before := fields[len(fields)-1], fields[len(fields)-2]
	return len(sym) == 1 && isOperand(sym) && sentenceGoesOn[strings.ToLower(before)]
}

// morePairs reports whether def, after a short term and a colon, goes on
// with another short term, its colon and a short meaning after a comma:
// the line pairs several symbols with their meanings, "O: Observed, E:
// Expected", "r: rows, c: columns", and no one of them is defined by the
// rest. A definition that opens with pairs of its own ("Classful: Class A:
// /8, B: /16") lists them.
func morePairs(term string, def []byte) bool {
	if !bytes.Contains(def, []byte(": ")) || countFields(term) > 2 {
		return false // the quick test
	}
	k := bytes.Index(def, []byte(", "))
	if k < 0 || bytes.IndexByte(def[:k], ':') >= 0 {
		return false
	}
	for rest := def[k+2:]; ; {
		c := bytes.Index(rest, []byte(": "))
		if c < 0 {
			return false
		}
		value, _, _ := bytes.Cut(rest[c+2:], []byte(", "))
		if countFields(string(rest[:c])) <= 2 && !bytes.ContainsAny(rest[:c], ",;.()") && countFields(string(value)) <= 3 {
			return true
		}
		k := bytes.Index(rest, []byte(", "))
		if k < 0 {
			return false
		}
		rest = rest[k+2:]
	}
}

// pointerPlaces are what a pointer to elsewhere names before its number:
// "(see slide 6)", "see p. 12", "(see fig. 3)".
var pointerPlaces = map[string]bool{"slide": true, "slides": true, "p.": true, "pp.": true, "page": true,
	"pages": true, "fig.": true, "fig": true, "figure": true, "chapter": true, "ch.": true, "lecture": true}

// noteParts are the places of the note itself a pointer names without a
// number: "see definition", "see above", "see below".
var noteParts = map[string]bool{"definition": true, "def": true, "above": true, "below": true}

// pointsElsewhere reports whether s, a card's answer as plain text, only
// points to where the answer is: "(see slide 6)", "see p. 12". A slide
// deck's notes hold such placeholders, and a card with one teaches nothing.
func pointsElsewhere(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 40 || len(s) < len("see p. 1") {
		return false // the quick test
	}
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(s, "("), "."), ")")
	w := strings.Fields(strings.ToLower(s))
	if len(w) == 2 && w[0] == "see" && noteParts[w[1]] {
		return true // "*Convex hulls* - see definition": the definition is further on
	}
	if len(w) < 3 || w[0] != "see" || !pointerPlaces[w[1]] {
		return false
	}
	for _, n := range w[2:] {
		if strings.Trim(n, "0123456789-–,") != "" && n != "and" {
			return false
		}
	}
	return true
}

// symbolPairs returns the pairs of line [lo, hi) when it pairs several
// short symbols with their meanings and nothing else, "O: Observed, E:
// Expected", "u: user, g: group, o: others(all)": each pair is a card of
// its own, where one card asking "O" would give "E" away in its answer
// (see morePairs). Each pair is its term's and its meaning's offsets.
func symbolPairs(src []byte, lo, hi int) [][4]int {
	line := bytes.TrimRight(src[lo:hi], "\n")
	if bytes.Count(line, []byte(": ")) < 2 || !bytes.Contains(line, []byte(", ")) || bytes.ContainsAny(line, "`$[*_<") {
		return nil // the quick test, and markup that a comma may sit inside
	}
	var pairs [][4]int
	for off := 0; off < len(line); {
		end := bytes.Index(line[off:], []byte(", "))
		if end < 0 {
			end = len(line)
		} else {
			end += off
		}
		piece := line[off:end]
		k := bytes.Index(piece, []byte(": "))
		if k <= 0 || bytes.Contains(piece[k+2:], []byte(": ")) {
			return nil // "Classful: Class A: /8, B: /16" lists under its term
		}
		term, meaning := bytes.TrimSpace(piece[:k]), bytes.TrimSpace(piece[k+2:])
		if len(term) == 0 || countFields(string(term)) > 2 || len(meaning) == 0 || countFields(string(meaning)) > 4 {
			return nil
		}
		pairs = append(pairs, [4]int{lo + off, lo + off + k, lo + off + k + 2, lo + end})
		off = end + 2
	}
	if len(pairs) < 2 {
		return nil
	}
	return pairs
}

// pairCards makes a card of each pair of line r of block n that
// symbolPairs finds, and reports whether it found them.
func (b *builder) pairCards(n ast.Node, r [2]int, sc scope) bool {
	pairs := symbolPairs(b.p.src, r[0], r[1])
	if pairs == nil {
		return false
	}
	line := b.p.line(r[0])
	for _, pr := range pairs {
		if b.add(b.p.html(n, pr[0], pr[1]), b.p.html(n, pr[2], pr[3]), b.defKind(), line, sc) {
			b.coverLines(line, line)
		}
	}
	return true
}
