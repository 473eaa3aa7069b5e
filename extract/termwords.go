package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// isBoldNoTerm reports whether term, raw its text before a separator, is a
// term that opens with "No" in bold, as the writer marks a name: "**No
// pre-emption** condition - granted resources cannot be taken away" beside
// "**Hold and wait** condition - …". Plain, "No one can …" opens a clause
// (notFirst), and so it stays.
func isBoldNoTerm(raw []byte, term string) bool {
	raw = bytes.TrimLeft(raw, " \t")
	if !bytes.HasPrefix(raw, []byte("**No ")) && !bytes.HasPrefix(raw, []byte("__No ")) {
		return false
	}
	rest := strings.TrimSpace(term)
	_, rest, _ = strings.Cut(rest, " ")
	return countFields(rest) <= 3 && isTerm(rest)
}

// limitWords limit what the rest of their line says, and set in bold
// before it they stress the limit, not a term: "**Except** trapezius
// (innervated by accessory nerve)" under a nerve's supply, "**NOT**
// associated with peaked T waves", "**Only** given orally", "**Unlike**
// hyperkalaemia, causes U waves". The clause words that open no term
// anywhere (notFirst) are not repeated here; "NOT" before a separator,
// "**NOT**: negates a condition", is still the operator it names.
var limitWords = map[string]bool{"not": true, "except": true, "only": true, "unlike": true,
	"especially": true, "mainly": true, "mostly": true}

// isItemText reports whether n is the text of a list item. A term whose
// value is an Obsidian link alone is a card in a list, "- MRSA:
// [[vancomycin]]"; lines of a paragraph, "Class: [[ASC]]" over "Type:
// Lecture + Lab" under a note's title, are a template's page fields.
func isItemText(n ast.Node) bool {
	_, ok := n.Parent().(*ast.ListItem)
	return ok
}

// linksElsewhere reports whether term, before a value of Obsidian links
// alone, only points elsewhere: a page field ("Type", "Status", "Topics"),
// a way through the vault ("up", "Next", "Parent") or a pointer ("See",
// "See also", "Related lab", "Sources"). Any other term links its answer:
// "MRSA: [[vancomycin]]" asks MRSA for vancomycin.
func linksElsewhere(term string) bool {
	t := strings.ToLower(strings.TrimSpace(term))
	if metaKeys[t] || navKeys[t] || sourcesTitle().MatchString(t) || pointerLabel(t) {
		return true
	}
	w, _, _ := strings.Cut(t, " ")
	return w == "see" || w == "cf." || w == "cf" || w == "related" || metaKeys[w] && countFields(t) <= 2
}

// isCorrelative reports whether a bold term and the rest of its line, rest,
// make the first half of "the more …, the more …": "The **greater** the
// charge on the ions, the **stronger** the forces" stresses a comparative,
// which names no term "greater".
func isCorrelative(term, rest string) bool {
	w, _, _ := strings.Cut(rest, " ")
	if !strings.EqualFold(w, "the") || strings.ContainsAny(term, " \t") {
		return false
	}
	t := strings.ToLower(term)
	return t == "more" || t == "less" || t == "fewer" || strings.HasSuffix(t, "er") && len(t) > 4
}

// opensWithPlace reports whether outer, a term candidate's words joined by
// single spaces, opens as a sentence opens with an adverbial: a preposition
// and an article, "In the place of user -> write the username". Four words
// or more and not in title case: "In the money" is a term of finance and
// "On the Origin of Species" a title, as "From the Process of Production",
// one of four kinds of alienation, names one.
func opensWithPlace(outer string) bool {
	return strings.Count(outer, " ") >= 3 && placeOpening(outer)
}

// placeOpening reports whether outer, words joined by single spaces, opens
// with a preposition of place or time and an article over a word in lower
// case, and is not in title case: "Before the synapse" in "Before the
// synapse is the presynaptic neuron" says where, it names no term.
func placeOpening(outer string) bool {
	first, rest, _ := strings.Cut(outer, " ")
	if !lookupLower(placePrepositions, first) || isTitleCase(outer) {
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

// backReferences are the words that make a subject point back at a thing
// named before it: "Another method", "The same idea", "Such a function".
// "similar" and "analogous" point back too ("A similar statistic"), but
// may also be the term's own word ("A similar matrix is a matrix …").
var backReferences = map[string]bool{"another": true, "same": true, "such": true, "similar": true, "analogous": true}

// refersBack reports whether term, the subject of a sentence whose
// predicate is def, is a noun that one of backReferences ties to the
// sentence before: "A similar statistic is the $F(d)$ function" introduces
// F(d) after G(d), and "similar statistic" is no term a student asks. A
// subject that names what it compares to ("Another name for osmosis")
// still asks, and so does a similar thing that def defines as a kind, with
// "a" or "an": "A similar matrix is a matrix B = P⁻¹AP".
func refersBack(term, def string) bool {
	f := strings.Fields(strings.ToLower(term))
	for len(f) > 0 && (f[0] == "a" || f[0] == "an" || f[0] == "the") {
		f = f[1:]
	}
	if len(f) > 2 && f[0] == "such" && (f[1] == "a" || f[1] == "an") {
		f = f[1:]
		f[0] = "such"
	}
	if len(f) != 2 || !backReferences[f[0]] {
		return false
	}
	if f[0] == "similar" || f[0] == "analogous" {
		a, _, _ := strings.Cut(strings.ToLower(def), " ")
		return a != "a" && a != "an"
	}
	return true
}

// isNameWord reports whether w, a word of a term after the word prev, is a
// name's word though it reads as a verb: a capital after a small word, as
// the month of "The Third of May, 1808" or the "Will" of "Portrait of
// Will Smith" is written. A verb inside a name would not be capitalised
// there; "What Is Polymorphism", capitalised throughout, and "x IS y",
// a verb in capitals, are still clauses.
func isNameWord(prev, w string) bool {
	p, _ := utf8.DecodeRuneInString(strings.Trim(prev, "*_`\"'“”‘’"))
	r, n := utf8.DecodeRuneInString(w)
	r2, _ := utf8.DecodeRuneInString(w[n:])
	return unicode.IsLower(p) && unicode.IsUpper(r) && unicode.IsLower(r2)
}

// isCompoundWord reports whether w is a word as German and Dutch join them,
// long but a name: letters alone, lower-case after the first, perhaps two
// or more joined by "/" or "-", "Karstverwitterung/Kohlensäureverwitterung",
// "Arbeitsspeicherverwaltung". An identifier ("getElementsByClassName",
// "max_connections_per_host"), a path or a hash is none.
func isCompoundWord(w string) bool {
	for part := range strings.FieldsFuncSeq(w, func(r rune) bool { return r == '/' || r == '-' }) {
		for i, r := range part {
			if !unicode.IsLetter(r) || i > 0 && !unicode.IsLower(r) {
				return false
			}
		}
	}
	return w != "" && !strings.HasPrefix(w, "/") && !strings.HasSuffix(w, "/") && !strings.Contains(w, "//") && !strings.Contains(w, "--")
}

// asWordsAbroad are "as" in the other languages of Latin script, as
// written, in lower case: a term does not end with one, "Podemos
// describirlo como: $A \Delta B = …$" ("we can describe it as") leads in to
// a formula, it names nothing. "Lago di Como" ends with a name.
var asWordsAbroad = map[string]bool{"como": true, "comme": true, "come": true, "wie": true, "als": true,
	"jako": true, "sebagai": true, "olarak": true, "như": true}

// copulaEndsAbroad are forms of "to be" of other languages, as written, in
// lower case: a term does not end with one, as none ends with "is". "Luôn
// chuyển đổi 2 cách là -- và #" (always switch between the two ways, --
// and #) and "Les deux marqueurs sont -- et #" say what the ways are; the
// dash is SQL's comment, it parts no term from its definition. Spanish
// "son" is left out ("Zeus's son" ends with a noun), and so are German
// "ist" and "sind", which end a clause that asks: "Wenn Tiefenerosion
// stark ist - Schlucht" (when downcutting is strong: a gorge).
var copulaEndsAbroad = map[string]bool{"là": true, "adalah": true, "est": true, "sont": true, "es": true,
	"è": true, "sono": true, "é": true, "são": true, "jest": true, "это": true, "є": true, "είναι": true}

// withoutSuspendedHyphens returns s, words joined by single spaces, with
// the comma after a suspended hyphen dropped: German writes the shared part
// of compounds once, "Ober-, Mittel- und Unterlauf", and that comma joins
// the parts of a name, it parts no clause.
func withoutSuspendedHyphens(s string) string {
	if !strings.Contains(s, "-, ") {
		return s
	}
	return strings.ReplaceAll(s, "-, ", "- ")
}

// reminders are the words a student opens a fact with to stress it,
// "Remember that Cognito is the preferred Federation method": they are no
// part of the sentence's subject.
var reminders = [][]byte{[]byte("remember that "), []byte("note that "), []byte("recall that ")}

// reminderLen returns the length of the reminder t opens with ("Remember
// that ", "Note that "), or 0.
func reminderLen(t []byte) int {
	for _, r := range reminders {
		if len(t) > len(r) && bytes.EqualFold(t[:len(r)], r) {
			return len(r)
		}
	}
	return 0
}

// headedVerbs are verbs a note opens a line with when the subject is the
// heading above, "Uses two or more of:" under "Multifactor Authentication",
// "Suffers from convoy effect: …" under FCFS. Several are nouns too ("Uses
// of aspirin", "Causes include"): opensWithVerb reads the word after.
var headedVerbs = map[string]bool{"involves": true, "uses": true, "requires": true, "contains": true,
	"suffers": true, "causes": true, "provides": true, "allows": true, "has": true}

// predicateVerbs open a bullet that goes on from its owner, the bullet
// or heading above, as its subject, beside headedVerbs: "leads to durable
// and accessible memories" under "effortful processing".
var predicateVerbs = map[string]bool{"leads": true, "helps": true, "makes": true, "increases": true,
	"decreases": true, "reduces": true, "improves": true, "prevents": true, "produces": true,
	"creates": true, "depends": true, "occurs": true, "results": true, "enables": true, "forms": true}

// predicateItem reports whether t, a nested bullet's text over points of
// its own, opens with a verb whose subject is the bullet above it
// (headedVerbs, predicateVerbs) and goes on with its object: "leads to
// durable memories", "Requires attention". Such a bullet names nothing its
// points could answer; they stay on the owner's card. A verb that reads as
// a noun ("Causes of anemia", "uses") opens no predicate.
func predicateItem(t string) bool {
	w, rest, ok := strings.Cut(strings.TrimLeft(t, "*_ "), " ")
	if !ok || !lookupLower(headedVerbs, w) && !lookupLower(predicateVerbs, w) {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	next = strings.ToLower(strings.Trim(next, ",.;:!*_"))
	return next != "" && !nounFollowers[next]
}

// nounFollowers are words after which a word of headedVerbs is a noun:
// "Uses of aspirin", "Causes include …", "Causes and risk factors".
var nounFollowers = map[string]bool{"of": true, "include": true, "includes": true, "are": true,
	"is": true, "and": true, "&": true, "for": true}

// opensWithVerb reports whether s, a front of two words or more, opens with
// a verb that has no subject of its own: "Involves mainly chylomicrons",
// "Allows for asynchronous processing" (a verb "allows for"), not "Uses of
// aspirin". Such a front asks nothing without the heading it describes.
func opensWithVerb(s string) bool {
	w, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || w == "" || w[0] < 'A' || w[0] > 'Z' || !lookupLower(headedVerbs, w) {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	next = strings.ToLower(strings.Trim(next, ",.;:!*_"))
	if next == "" {
		return false
	}
	return !nounFollowers[next] || strings.EqualFold(w, "allows") && next == "for"
}

// nounVerbs are the verbs after which headNoun ends a subject.
var nounVerbs = []string{" is ", " are ", " means ", " represents ", " denotes ", " refers to "}

// headNoun returns the length of one small-letter word that t, the text
// right after a bold word, opens with when a defining verb follows it, and
// the verb's length with its spaces, or 0, 0: "***Next*** value represents
// how many instructions are left" names "Next value", "**Shear** stress is
// …" "Shear stress". A title writes the word with a capital, "**Positivism**
// Stage is the final stage …" names "Positivism Stage". A pronoun or an
// article there opens a clause of its own ("**Note** this is …", "**Note**
// This is …"): none of those is a noun.
func headNoun(t []byte) (int, int) {
	i := 0
	if len(t) > 0 && t[0] >= 'A' && t[0] <= 'Z' {
		i++
	}
	for i < len(t) && t[i] >= 'a' && t[i] <= 'z' {
		i++
	}
	if i < 3 || i == len(t) || t[i] != ' ' {
		return 0, 0
	}
	switch strings.ToLower(string(t[:i])) {
	case "this", "that", "these", "those", "there", "here", "which", "who", "what", "she", "they", "the", "and":
		return 0, 0
	}
	for _, vb := range nounVerbs {
		if bytes.HasPrefix(t[i:], []byte(vb)) {
			return i, len(vb)
		}
	}
	return 0, 0
}

// isQuotedPart reports whether part, one of a list of terms, is in quotes,
// "\"however\"" or "“yet”", around a word or two: the words are named, so
// a word that opens a clause elsewhere, as "however" does, is a term here.
func isQuotedPart(part string) bool {
	part = strings.TrimSpace(part)
	inner, ok := strings.CutPrefix(part, `"`)
	if ok {
		inner, ok = strings.CutSuffix(inner, `"`)
	} else if inner, ok = strings.CutPrefix(part, "“"); ok {
		inner, ok = strings.CutSuffix(inner, "”")
	}
	return ok && hasWordChar(inner) && !strings.ContainsAny(inner, `"“”`)
}

// taskTermWords is the most words a task named before its command has.
const taskTermWords = 12

// isTaskCommand reports whether a split at a colon names a task before the
// one command that does it, as cheat sheets and TIL notes write it: "to
// fixup a commit based on message: `git commit --fixup :/Start`". The
// task is a phrase that opens with "to" or "how to", longer than a term
// may be, and the definition is one code span; "To sum up: the code …"
// has words after it and splits nothing.
func (p *parsed) isTaskCommand(n ast.Node, s split, term string) bool {
	if s.sep != ":" {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(term))
	rest, ok := strings.CutPrefix(t, "to ")
	if !ok {
		rest, ok = strings.CutPrefix(t, "how to ")
	}
	if !ok || rest == "" || countFields(t) > taskTermWords || strings.ContainsAny(t, ".,;!?:") {
		return false
	}
	return p.codeSpanOnly(n, s.defLo, s.defHi)
}

// countWords are the numbers a subject opens with when it counts the things
// its sentence goes on to name: "Two properties are critical to …".
var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true}

// countsThings reports whether term, a subject before its verb, opens with
// a number word (see countWords) and goes on in lower case: "Two
// properties are critical to program correctness" over the two counts them
// and defines no "Two properties". A name in capitals, "Four Noble
// Truths", stays a term, and so does a quantity in figures, "1 pc".
func countsThings(term string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(term), " ")
	return ok && rest != "" && rest[0] >= 'a' && rest[0] <= 'z' && lookupLower(countWords, first)
}
