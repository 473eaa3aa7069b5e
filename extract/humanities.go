package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// headingOwner is heading text h as it is put before a part it owns:
// without its numbering, as the heading's own card asks it. Notes that
// number their thinkers or themes ("## 1. Durkheim", "### 2. Mode of
// Production") ask "Durkheim: Key ideas", not "1. Durkheim: Key ideas".
// Numbering that alone tells two headings apart stays: "### 16. März" and
// "### 18. März" are two days, "## 1. Example" and "## 2. Example" two
// examples. A question heading owns by its subject: "## What is a JOIN?"
// asks "JOIN: Types" (see questionSubject).
func (b *builder) headingOwner(h string) string {
	h = cutLeadDecoration(h) // "👉 What it means" under each of two techniques is "What it means" still
	t := stripNumbering(h)
	if t == h || !hasWordChar(t) || b.repeated(unnumberedKey(t)) {
		return questionSubject(h)
	}
	return questionSubject(t)
}

// unnumberedKey is the key under which a builder's heading counts hold
// how often a heading text occurs after numbering: apart from the
// headings' own texts, which have no control character.
func unnumberedKey(t string) string {
	return "\x00" + strings.ToLower(t)
}

// ownerName returns the innermost level of the scope's context as the
// owner a part is asked with: a heading without its numbering (see
// builder.headingOwner), a parent bullet as written.
func (s scope) ownerName() string {
	if len(s.parents) > 0 {
		return s.parents[len(s.parents)-1]
	}
	if s.owner != "" {
		return s.owner
	}
	if len(s.heads) > 0 {
		return s.heads[len(s.heads)-1].text
	}
	return ""
}

// Limits of an attributed quotation (see attributedQuote): the words of
// the quotation, and of the line that says whose it is.
const (
	maxQuoteWords       = 80
	maxAttributionWords = 12
)

// attributedQuote makes the card of a quotation set in a quote block over
// the line that says whose it is, as reading notes cite a thinker:
// "> The medium is the message." over "> — Marshall McLuhan", or over a
// line in emphasis that names the speaker and the work, "> ***Varys - Game
// of Thrones***". The quotation asks who said it, as a quotation beside
// its speaker does; read as other lines, the attribution made a junk card
// ("Varys" → "Game of Thrones") and the quotation a definition
// ("Religion" → "the opium of the people.").
func (b *builder) attributedQuote(q *ast.Blockquote, sc scope) bool {
	para, ok := q.FirstChild().(*ast.Paragraph)
	if !ok {
		return false
	}
	p := b.p
	ls := p.lines(para)
	var quote, who string
	switch next := para.NextSibling(); {
	case next == nil && len(ls) >= 2:
		// "> The medium is the message." over "> — Marshall McLuhan"
		last := ls[len(ls)-1]
		w, ok := attribution(strings.TrimSpace(string(p.src[last[0]:last[1]])), p.plain(para, last[0], last[1]))
		if !ok {
			return false
		}
		quote, who = p.html(para, ls[0][0], ls[len(ls)-2][1]), w
	case next != nil && next.NextSibling() == nil && len(ls) >= 1:
		// "> Religion is the opium of the people." over "> - Karl Marx, …",
		// a list of one item to Markdown.
		l, ok := next.(*ast.List)
		if !ok || l.IsOrdered() || l.ChildCount() != 1 || l.FirstChild().ChildCount() != 1 {
			return false
		}
		item := l.FirstChild().FirstChild() // a paragraph, or a tight list's text
		if item.Kind() != ast.KindTextBlock && item.Kind() != ast.KindParagraph || item.Lines().Len() != 1 {
			return false
		}
		w := strings.TrimSpace(p.plain(item, 0, everything))
		if !isAttribution(w) {
			return false
		}
		quote, who = p.html(para, 0, everything), escapeText(w)
	default:
		return false
	}
	if first := strings.TrimSpace(stripTags(quote)); strings.HasPrefix(first, "[!") || countFields(first) < 3 || countFields(first) > maxQuoteWords {
		return false // a callout's title, or a quote too short or too long to ask
	}
	if b.add(quote, who, Basic, p.lineOf(para), sc) {
		b.cover(q)
	}
	return true
}

// attribution returns whose a quotation is from the last line of its
// quote block, raw as written and plain: a line opened by a dash or a
// tilde ("— Marshall McLuhan", "~ Foucault"), or one in emphasis that
// names a speaker and a work ("***Varys - Game of Thrones***", "*Marx,
// Capital*"). A name alone in emphasis ("***Wikipedia***") may be a
// source, not a speaker, and is not taken.
func attribution(raw, plain string) (string, bool) {
	for _, d := range []string{"—", "–", "―", "--", "-", "~"} {
		if rest, ok := strings.CutPrefix(raw, d); ok && strings.HasPrefix(rest, " ") {
			w := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(plain), "—–―-~"))
			return escapeText(w), isAttribution(w)
		}
	}
	if len(raw) < 3 || raw[0] != '*' && raw[0] != '_' || raw[len(raw)-1] != raw[0] || !strings.ContainsAny(plain, ",-–—") {
		return "", false
	}
	w := strings.TrimSpace(plain)
	if strings.Trim(raw, "*_") != w {
		return "", false // "*Note* that …" goes on after the emphasis
	}
	return escapeText(w), isAttribution(w)
}

// isAttribution reports whether w can name whose a quotation is: a few
// words opened by a capital ("Karl Marx, Critique of Hegel's Philosophy of
// Right (1843)"), no sentence or question of its own.
func isAttribution(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	n := countFields(w)
	return unicode.IsUpper(r) && n >= 1 && n <= maxAttributionWords && !strings.HasSuffix(w, ":") && !strings.HasSuffix(w, "?") && !strings.HasSuffix(w, ".")
}

// isDashAside reports whether def, the text after term and its dash sep,
// holds the dash that closes an aside the first one opened, the sentence
// going on after it: "The *rules* - not the *act* - determines what is
// deviant.", "It's this feeling of 'frustration' - due to structural
// pressure - that motivates deviant conduct." A pair of dashes sets words
// off inside one sentence; split at the first, the sentence made a junk
// card ("The rules" → "not the act - determines what is deviant."). The
// subject of such a sentence opens as a clause does (opensClause), the
// aside and what follows it are lower case, and the aside short; a term
// over a chain of glosses is not taken: "SIPOC - Supplier Input Process
// Output Customer - process map template".
func isDashAside(term string, def []byte, sep string) bool {
	d := " " + sep + " "
	i := bytes.Index(def, []byte(d))
	if i < 0 || countFields(term) < 2 || !opensClause(term) || bytes.Contains(def[i+len(d):], []byte(d)) {
		return false // one closing dash, no list of dashes
	}
	aside, rest := bytes.TrimLeft(def[:i], "*_ "), bytes.TrimSpace(def[i+len(d):])
	a, _ := utf8.DecodeRune(aside)
	r, _ := utf8.DecodeRune(rest)
	n := countFields(string(aside))
	return n >= 2 && n <= maxAsideWords && countFields(string(rest)) >= 2 && unicode.IsLower(a) && unicode.IsLower(r)
}

// isDashParenthetical reports whether def, what follows term's dash, is an
// aside closed by a second dash that the sentence goes on past with a word
// that joins, "Unbuffered channels combine communication — the exchange of
// a value — with synchronization — guaranteeing …": term is the start of
// one sentence, of three words or more, not a name the line glosses.
func isDashParenthetical(term string, def []byte, sep string) bool {
	d := " " + sep + " "
	i := bytes.Index(def, []byte(d))
	if i < 0 || countFields(term) < 3 {
		return false
	}
	aside, rest := bytes.TrimSpace(def[:i]), bytes.TrimSpace(def[i+len(d):])
	a, _ := utf8.DecodeRune(aside)
	n := countFields(string(aside))
	w, _, _ := bytes.Cut(rest, []byte(" "))
	return n >= 2 && n <= maxAsideWords && unicode.IsLower(a) && asideJoiners[string(w)]
}

// asideJoiners go on with a sentence past the dash that closes an aside
// (see isDashParenthetical).
var asideJoiners = map[string]bool{"with": true, "and": true, "or": true, "but": true, "to": true, "in": true,
	"on": true, "of": true, "for": true, "from": true, "by": true, "as": true, "while": true, "which": true, "that": true}

// opensClause reports whether term opens as a sentence's subject does, with
// an article or a word that starts a clause: "The rules", "It's this
// feeling". A term and its definition, "Snapshot isolation - reads see a
// snapshot - no dirty reads", opens with the term's own word.
func opensClause(term string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(term, "*_ "), " ")
	w, _, _ = strings.Cut(strings.ToLower(strings.Trim(w, "*_")), "'")
	w, _, _ = strings.Cut(w, "’")
	return w == "the" || notFirst[w]
}

// maxAsideWords is the most words an aside between two dashes holds: a
// longer text after a term's dash is its definition, which may itself hold
// a dash ("Retries — a client sends the request again after a timeout,
// backing off each time — often with jitter").
const maxAsideWords = 6

// maxEventWords is the most words the name of an event in a timeline has
// (see isEventName): "US enters World War II", "Treaty of Versailles
// signed".
const maxEventWords = 8

// isEventName reports whether t, the text after a timeline item's year,
// names an event that can ask for its year: "Louisiana Purchase", "US
// enters World War II". Revision notes often write the event and what it
// did in one run, "1906 Algeciras Conference The resulting convention
// awarded France …", "1891-92 Franco-Russian Alliance. Germany isolated.",
// "1911 Italian-Turkish War Colonial war, defeat leads to Balkan wars":
// asked whole, such a line made a front of a paragraph, and cut, a front
// of words the event's name does not end at. A semicolon or a sentence's
// end inside, or more words than a name has, make no name; a comma may
// list the parties ("Triple Entente between France, Britain and Russia").
func isEventName(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), ".")
	if strings.Contains(t, ";") || strings.Contains(t, ". ") {
		return false
	}
	return len(strings.Fields(t)) <= maxEventWords
}

// eventNameEnd returns where the name of an event ends in t, the source of
// a timeline item after its year, when the item goes on to say what the
// event did: at the first sentence's end, "Franco-Russian Alliance.
// Germany isolated."; at a semicolon; at a comma that opens a lower-case
// aside, "Dual Alliance between Germany and Austria, forming Triple
// Alliance by 1882"; or before a capital "The" after a capitalised word,
// a sentence begun without its full stop, "Algeciras Conference The
// resulting convention …". A comma before a capital lists parties
// ("between France, Britain and Russia") and ends nothing. It returns 0
// when nothing ends the name before the line does.
func eventNameEnd(t []byte) int {
	for i := 0; i+2 < len(t); i++ {
		switch c := t[i]; {
		case c == ';':
			return i
		case c == ',' && t[i+1] == ' ':
			if r, _ := utf8.DecodeRune(t[i+2:]); unicode.IsLower(r) {
				return i
			}
		case c == '.' || c == '!' || c == '?':
			if r, _ := utf8.DecodeRune(bytes.TrimLeft(t[i+1:], " ")); t[i+1] == ' ' && unicode.IsUpper(r) && endsInWord(t[:i]) {
				return i
			}
		case c == ' ' && hasPrefixAt(t, i, " The ") && i > 0:
			if w := t[bytes.LastIndexByte(t[:i], ' ')+1 : i]; len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' {
				return i
			}
		}
	}
	return 0
}

// endsInWord reports whether b ends in two lower-case letters, as a word
// whose full stop ends a sentence does ("isolated.") and an abbreviation's
// initials do not ("U.S.", "St.").
func endsInWord(b []byte) bool {
	r1, n := utf8.DecodeLastRune(b)
	r2, _ := utf8.DecodeLastRune(b[:len(b)-n])
	return unicode.IsLower(r1) && unicode.IsLower(r2)
}

// argumentParts name what a thinker's argument meets in philosophy and
// religious studies notes, on the lines under it: the objections raised
// against it, the replies to them, and an evaluation's strengths and
// weaknesses.
var argumentParts = map[string]bool{"objection": true, "objections": true, "reply": true, "replies": true,
	"response": true, "responses": true, "criticism": true, "criticisms": true, "counterargument": true,
	"counterarguments": true, "counter-argument": true, "counter-arguments": true, "strengths": true,
	"weaknesses": true}

// argumentPart returns front, one of argumentParts defined on a later line
// of a paragraph whose first line defined opener, asked with opener: under
// "**Anselm:** God is a being greater than which …", "**Objections:**
// Gaunilo's island …" asks "Anselm: Objections". Each thinker of a section
// has such a line, and alone every one asked "Objections". An opener that
// is a part itself ("Facts", "Objections") or no name owns nothing.
func argumentPart(opener, front string) (string, bool) {
	opener = strings.TrimSpace(stripColon(opener))
	if opener == "" || len(front) > len("<strong>counter-arguments</strong>") || len(strings.Fields(opener)) > maxOwnerWords {
		return front, false
	}
	if !lookupLower(argumentParts, strings.TrimSpace(stripTags(front))) || lookupLowerIn(opener, argumentParts, briefParts, aspects, revisionParts) {
		return front, false
	}
	return escapeText(opener) + ": " + front, true
}

// maxOwnerWords is the most words of a name that owns the parts under it
// (see argumentPart): "Anselm", "The Kalam argument", "Aquinas' Third Way".
const maxOwnerWords = 5

// withoutTrailingDate returns outer, a term's words outside brackets,
// without the date a comma sets after a work's or an event's name: "The
// Third of May, 1808", "Treaty of Paris, 1783", "Foundation of Rome, 753
// BC", as art history and history notes name them. The comma sets off no
// clause there, as it would in a sentence cut at a dash. A date is a year
// of three digits or more, or any year with its era ("44 BC").
func withoutTrailingDate(outer string) string {
	i := strings.LastIndex(outer, ", ")
	if i <= 0 {
		return outer
	}
	fields := strings.Fields(outer[i+2:])
	year, era := false, false
	for _, f := range fields {
		f = strings.ToLower(f)
		switch {
		case isYearWord(f) || isYearRange(f):
			year = year || len(f) >= 3
		case eraWords[f]:
			era = true
		default:
			return outer
		}
	}
	if len(fields) == 0 || !year && !era {
		return outer
	}
	return outer[:i]
}

// quoteOverAnalysis makes the card of a paragraph that is one quotation,
// its lines of verse as written and maybe its reference after it, over
// the paragraph that analyses it, as English literature quote sheets set
// them: "“I have no spur / To prick the sides of my intent …” (1.7)" over
// "Macbeth is doubting his plan to murder King Duncan …". The quotation
// asks for its analysis; neither paragraph made a card alone. The
// analysis still makes the cards of its own lines. It reports whether par
// and next were such a pair.
func (b *builder) quoteOverAnalysis(par, next ast.Node, sc scope) bool {
	p := b.p
	np, ok := next.(*ast.Paragraph)
	if !ok || par.Kind() != ast.KindParagraph {
		return false
	}
	ls, nls := p.lines(par), p.lines(np)
	if len(ls) == 0 || len(nls) == 0 || !opensQuote(p.src[ls[0][0]:ls[0][1]]) || opensQuote(p.src[nls[0][0]:nls[0][1]]) {
		return false // the quick test: a quotation over a paragraph that quotes nothing first
	}
	q := p.plain(par, 0, everything)
	if !isWholeQuote(q) || countFields(q) < 3 || countFields(q) > maxQuoteWords {
		return false
	}
	analysis := p.plain(np, 0, everything)
	if countFields(analysis) < minAnalysisWords || opensQuote([]byte(analysis)) || strings.HasSuffix(analysis, ":") {
		return false // "Every database choice is a tradeoff between:" leads a list in
	}
	if b.add(p.html(par, ls[0][0], everything), p.html(np, nls[0][0], everything), Basic, p.lineOf(par), sc) {
		b.coverLines(p.line(ls[0][0]), p.line(nls[len(nls)-1][1]-1))
	}
	return true
}

// minAnalysisWords is the fewest words of the analysis under a quotation
// (see quoteOverAnalysis): a line of a few words under it, "— Karl Marx",
// says whose it is.
const minAnalysisWords = 6

// opensQuote reports whether line opens with a quotation mark, straight or
// curly.
func opensQuote(line []byte) bool {
	t := bytes.TrimLeft(line, " \t*_")
	return bytes.HasPrefix(t, []byte(`"`)) || bytes.HasPrefix(t, []byte("“"))
}

// isWholeQuote reports whether t is one quotation and nothing else but a
// reference in brackets after it: "“Two truths are told … imperial theme”
// (1.3)", "\"Fair is foul and foul is fair\"". A quote inside a sentence,
// or two quotes in a row, is none.
func isWholeQuote(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndex(t, " ("); i > 0 && !strings.Contains(t[i+2:], "(") {
			t = strings.TrimSpace(t[:i])
		}
	}
	t = strings.TrimRight(t, ".")
	switch {
	case strings.HasPrefix(t, `"`):
		return strings.Count(t, `"`) == 2 && strings.HasSuffix(t, `"`) && len(t) > 2
	case strings.HasPrefix(t, "“"):
		return strings.Count(t, "“") == 1 && strings.Count(t, "”") == 1 && strings.HasSuffix(t, "”")
	}
	return false
}

// maxFirstClauseWords is the most words of the first clause before the
// join of a parallel one (see hasParallelClause).
const maxFirstClauseWords = 3

// parallelJoins join a second clause to a sentence: "and", "but",
// "while", "whereas".
var parallelJoins = map[string]bool{"and": true, "but": true, "while": true, "whereas": true}

// clausePronouns are subjects that go on speaking of the term defined:
// "Osmosis is passive and it is slow" still defines osmosis.
var clausePronouns = map[string]bool{"it": true, "they": true, "this": true, "that": true, "these": true,
	"those": true, "which": true, "he": true, "she": true}

// commaClauseEnd returns where, in src, the text after a term's "is" or
// "are", a comma and "and", "but", "while" or "whereas" join a clause
// with a subject of its own and its "is" or "are": "the variety of
// organisms, and species is just one type of organism …" defines
// biodiversity up to the comma and species after it. The first clause is
// two words or more in one sentence; the second subject is one to three
// words, no pronoun that goes on about the term ("…, and it is slow"). It
// returns -1 when there is no such clause.
func commaClauseEnd(src []byte) int {
	for _, j := range []string{", and ", ", but ", ", while ", ", whereas "} {
		at := bytes.Index(src, []byte(j))
		if at < 0 || countFields(string(src[:at])) < 2 || bytes.ContainsAny(src[:at], ".;:") {
			continue
		}
		f := strings.Fields(string(src[at+len(j) : min(len(src), at+len(j)+80)]))
		for k := 1; k <= 3 && k < len(f); k++ {
			if w := strings.ToLower(f[k]); w == "is" || w == "are" {
				if !lookupLower(clausePronouns, f[0]) && !lookupLower(notFirst, f[0]) && !strings.ContainsAny(strings.Join(f[:k], " "), ",;:()") {
					return at
				}
				break
			}
		}
	}
	return -1
}

// hasParallelClause reports whether def, the text after a term's "is" or
// "are", joins a clause with a subject and a copula of its own, as a
// premise or a comparison sets two things side by side: "divisible and
// mind is not" (of "body is divisible and mind is not"), "Stream oriented
// and UDP is Message oriented protocol", "the attributes and the tuples
// are the rows". The sentence rules on two subjects and defines neither;
// split at its first verb it made a junk card. The second subject is at
// most three words, and no pronoun that speaks of the term again; the
// first clause is short, so that "and" joins the clauses, not the items
// of a list inside the definition ("a mechanism where variables,
// functions and classes are moved …").
func hasParallelClause(def string) bool {
	f := strings.Fields(def)
	for i := 1; i+2 < len(f) && i <= maxFirstClauseWords; i++ {
		if strings.HasSuffix(f[i-1], ".") {
			return false // the first sentence ended: a later one is no part of the definition's
		}
		if !parallelJoins[strings.ToLower(f[i])] {
			continue
		}
		for k := i + 2; k <= i+4 && k < len(f); k++ {
			if w := strings.ToLower(f[k]); w == "is" || w == "are" {
				return !clausePronouns[strings.ToLower(f[i+1])] && !strings.ContainsAny(strings.Join(f[i+1:k], " "), ",;:")
			}
		}
	}
	return false
}

// titleWords are the titles typed with a dot before a person's name.
var titleWords = map[string]bool{"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Prof.": true, "St.": true}

// withoutTitleDots drops the dot of a title typed before a name, "Mr.
// Birling", "Dr. Jekyll", "St. Augustine", and of a middle initial
// inside one, "Roger B. Taney", "George H. W. Bush": it ends no
// sentence, and a literature note's speaker labels, "**Mr. Birling:**
// “…”", name their quotes as "**Sheila:**" does, as a history note's
// "Roger B. Taney -> chief justice" names its man. A title that ends the
// text keeps its dot.
func withoutTitleDots(outer string) string {
	if !strings.Contains(outer, ". ") {
		return outer // the quick test
	}
	words := strings.Split(outer, " ")
	kept := make([]string, len(words))
	copy(kept, words)
	for i, w := range words[:len(words)-1] {
		if titleWords[w] && words[i+1] != "" || i > 0 && isMiddleInitial(words[i-1], w, words[i+1]) {
			kept[i] = strings.TrimSuffix(w, ".")
		}
	}
	return strings.Join(kept, " ")
}

// isMiddleInitial reports whether w, a capital letter and its dot, stands
// between two words of a person's name, prev and next, each a capital
// (or, for prev, another initial): "B." in "Roger B. Taney", "H." and
// "W." in "George H. W. Bush". A sentence that ends on a letter, "plan
// B. Congress …", has a word in lower case before it.
func isMiddleInitial(prev, w, next string) bool {
	if !isInitial(w) {
		return false
	}
	return (isCapitalized(prev) || isInitial(prev)) && (isCapitalized(next) || isInitial(next))
}

// isInitial reports whether w is a capital letter and its dot, "B.".
func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// isCapitalized reports whether w opens with a capital and a small letter,
// as a name's word does: "Taney", "Bush".
func isCapitalized(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	r2, _ := utf8.DecodeRuneInString(w[n:])
	return unicode.IsUpper(r) && unicode.IsLower(r2)
}
