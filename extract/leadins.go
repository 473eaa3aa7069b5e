package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// dotLeadCues are the words by which a sentence points at the list under
// it: "the following properties", "as follows", "the steps". "These"
// points back as often: "These properties are critical for …" states.
// "Below" points at the list only where it ends or opens the sentence
// (belowCue).
var dotLeadCues = []string{"following", "follows", "the steps"}

// leadsWithDot reports whether last, the last line of a paragraph right
// above a list, ends with a sentence that leads the list in although it
// ends with a full stop, not a colon: "Segmentation has to satisfy the
// following properties so that they are actionable." over "1. Substantial
// 2. Differentiable …". Its last sentence must point at the list
// (dotLeadCues) and be short, as a lead-in is.
func leadsWithDot(last string) bool {
	if !strings.HasSuffix(last, ".") || strings.HasSuffix(last, "..") {
		return false
	}
	sent := last
	if end := lastSentenceBreakEnd(last); end > 0 {
		_, n := utf8.DecodeLastRuneInString(last[:end])
		sent = last[end-n:]
	}
	if countFields(sent) > 20 {
		return false
	}
	sent = " " + strings.ToLower(strings.TrimSuffix(sent, ".")) + " "
	for _, c := range dotLeadCues {
		if strings.Contains(sent, " "+c+" ") {
			return true
		}
	}
	return belowCue(sent)
}

// belowCue reports whether sent, a sentence in lower case between spaces
// and without its stop, points at the list under it with "below": "The
// stages are listed below", "Below are the main types". Inside the
// sentence "below" compares, as nursing notes write a threshold: "Normal
// BP is below 120/80." over the signs of hypertension leads in no list.
func belowCue(sent string) bool {
	return strings.HasSuffix(sent, " below ") || strings.HasPrefix(sent, " below ")
}

// leadArrowTexts are the arrows, after a space, that end a lead-in as its
// colon would, as plain text: the HTML forms are leadArrows.
var leadArrowTexts = []string{" ->", " -->", " =>", " →", " ⟶", " ⇒"}

// cutLeadArrowText returns last, the plain text of a lead-in's last line,
// without the arrow that ends it, "Examples →" or "Uses ->" over a list
// in a learner's notes, and whether one did: the arrow points at the list
// as a colon does, and a line that is only an arrow leads in nothing.
func cutLeadArrowText(last string) (string, bool) {
	for _, a := range leadArrowTexts {
		if t, ok := strings.CutSuffix(last, a); ok && hasWordChar(t) {
			return strings.TrimRight(t, " "), true
		}
	}
	return last, false
}

// arrowAsColon returns the HTML of a lead-in that ends with an arrow with a
// colon in its place (see cutLeadArrowText), so that it makes the front a
// colon's lead-in makes: "Examples →" asks as "Examples:" does.
func arrowAsColon(raw string) string {
	return dropLeadArrow(strings.TrimSpace(raw)) + ":"
}

// dotAsColon returns the HTML of a lead-in that ends with a full stop with a
// colon in its place, so that it makes the front a colon's lead-in makes:
// "… the following properties so that they are actionable", without the
// stop.
func dotAsColon(raw string) string {
	raw = strings.TrimSpace(raw)
	return strings.TrimSuffix(raw, ".") + ":"
}

// labelOverTitle reports whether a lead-in of two lines is a label over a
// title, "Interactionist theory:" over "Differential association theory",
// and returns the label without its colon: the first line is a few words
// that end in a colon, the second a few words that end in none.
func (p *parsed) labelOverTitle(par ast.Node, ls [][2]int) (string, bool) {
	if len(ls) != 2 {
		return "", false
	}
	label := strings.TrimSpace(p.plain(par, ls[0][0], ls[0][1]))
	title := strings.TrimSpace(p.plain(par, ls[1][0], ls[1][1]))
	bare := strings.TrimRight(label, ":：")
	if len(bare) == len(label) || strings.ContainsAny(bare, ":：") || countFields(bare) > 4 || !hasWordChar(bare) {
		return "", false
	}
	if n := countFields(title); n == 0 || n > 6 || strings.ContainsAny(title, ":：.?!;,") || !hasWordChar(title) {
		return "", false // "Stages:" over "Mitosis has four stages." is a sentence
	}
	return bare, true
}

// leadBreakEnd returns the end of the last sentence break of s, a lead-in's
// line, as lastSentenceBreakEnd does, or later where a sentence ends in a
// number or an acronym: "… colorless product on p. 417-419. The full
// formula is:", "… the greatest incidence of STIs. Of the eight, four are
// curable:". It returns -1 when s has no break.
func leadBreakEnd(s string) int {
	last := lastSentenceBreakEnd(s)
	for i := max(last, 1); i < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' {
			continue
		}
		j := i + 1
		for j < len(s) && isReSpace(s[j]) {
			j++
		}
		if j == i+1 || j == len(s) || !looseSentenceEnd(s[:i]) && !emphasisClosesSentence(s[:i]) {
			continue
		}
		if u, m := utf8.DecodeRuneInString(s[j:]); unicode.IsUpper(u) {
			last = j + m
		}
	}
	return last
}

// continuedLead returns the front of a lead-in on the last line of its
// paragraph, below other lines, asked with its owner when it opens in small
// letters: it goes on from the line above and leaves out the subject named
// there, "un processo è un’istanza di un programma" over "ha le seguenti
// caratteristiche:" asks "processo: ha le seguenti caratteristiche". front
// and lead are leadFront's for raw, returned as they are when it named the
// owner already.
func continuedLead(raw, front, lead string, sc scope) string {
	owner := sc.ownerName()
	if !startsLower(lead) || owner == "" || strings.EqualFold(owner, lead) {
		return front
	}
	if bare, _ := leadFront(raw, scope{}); bare != front {
		return front // "Types: …" is asked with its owner already
	}
	return escapeText(partOwner(owner, lead)) + ": " + front
}

// emphasisClosesSentence reports whether s, the text before a full stop, ends in
// a word set in bold or italics, whose closing stars hide its letters from
// lastSentenceBreakEnd: "… en alle **organellen**. Cellen kunnen de
// volgende organellen bevatten:" leads in with its last sentence.
func emphasisClosesSentence(s string) bool {
	t := strings.TrimRight(s, "*_")
	if len(t) == len(s) {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(t)
	q, _ := utf8.DecodeLastRuneInString(t[:len(t)-n])
	return unicode.IsLower(r) && unicode.IsLower(q)
}

// looseSentenceEnd reports whether s, the text before a full stop, ends in
// a word after which the stop ends a sentence although no small letters
// precede it: a number or a page range ("p. 417-419"), or an acronym, in
// the plural too ("HIV", "STIs"). The word must not open s.
func looseSentenceEnd(s string) bool {
	k := strings.LastIndexByte(s, ' ')
	if k < 0 {
		return false
	}
	w := s[k+1:]
	if w == "" {
		return false
	}
	digits, upper := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-' && digits > 0:
		case c >= 'A' && c <= 'Z' && digits == 0:
			upper++
		case c == 's' && i == len(w)-1 && upper >= 2:
		default:
			return false
		}
	}
	return digits > 0 && upper == 0 || upper >= 2 && digits == 0
}

// pronounLead names the subject of a lead-in that opens with "It", from
// the sentence before it in its paragraph that defines a term with "is":
// "Hypokalemia is a serum potassium deficiency … It may be caused by:"
// asks "Hypokalemia may be caused by", as the student would ask it; "It
// may be caused by" asks nothing. [first, lo) is the paragraph's last line
// up to the lead-in, which opens at lo; front is the lead-in's front, returned as it is when
// no sentence there names the subject. A line that opens by defining "It"
// as well, "It is a foundational framework … It relies on three things:"
// under "## PKI model", defines its heading: the heading is the subject,
// when it is a term and no bullet holds the paragraph.
func (b *builder) pronounLead(par ast.Node, first, lo int, front string, sc scope) string {
	rest, ok := strings.CutPrefix(front, "It ")
	if !ok || lo <= first {
		return front
	}
	p := b.p
	t := string(p.src[first : lo+1]) // the "I" of "It" ends the sentence before it
	if strings.HasPrefix(t, "It is ") && len(sc.parents) == 0 && len(sc.heads) > 0 {
		if h := sc.heads[len(sc.heads)-1].text; isTerm(h) && countFields(h) <= maxHeadingSubject {
			return escapeText(h) + " " + rest
		}
	}
	start, _ := nextSentenceBreak(t, 0)
	if start < 0 {
		return front
	}
	end := first + start + strings.IndexAny(t[start:], ".!?")
	s, ok := p.splitLine(par, first, end)
	if !ok || !copula(s.sep) {
		return front
	}
	term := contextText(unwrapStrong(p.html(par, s.termLo, s.termHi)))
	if !isTerm(term) || countFields(term) > 4 {
		return front
	}
	return escapeText(term) + " " + rest
}

// maxHeadingSubject is the most words of a heading that pronounLead names
// as the subject of a lead-in.
const maxHeadingSubject = 6

// unusedLeadsOn returns what no card used of nodes, the content after the
// rule that closed a heading's text (see ruledOff), as unused does, and
// with each kept paragraph that ends in a lead-in ("The articles la and l'
// do not contract:") the block after it, even when that block's lines all
// made cards ("à + la = à la", "de + la = de la"): the heading's card does
// not stop at a colon.
func (b *builder) unusedLeadsOn(nodes []ast.Node) []ast.Node {
	kept := b.unused(nodes)
	var out []ast.Node
	k, lead := 0, false
	for _, n := range nodes {
		if k < len(kept) && kept[k] == n {
			k++
		} else if !lead {
			continue
		}
		out = append(out, n)
		lead = b.p.endsInLeadIn(n)
	}
	return out
}

// endsInLeadIn reports whether n is a paragraph whose last line ends with a
// colon, a lead-in to what follows it.
func (p *parsed) endsInLeadIn(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() == 0 {
		return false
	}
	t := bytes.TrimRight(segValue(par.Lines().At(par.Lines().Len()-1), p.src), " \t\r\n*_")
	return bytes.HasSuffix(t, []byte(":")) || bytes.HasSuffix(t, []byte("："))
}

// statementWords are words that make a line a statement, not a label: a
// copula, a pronoun that points back at the heading, a relative clause.
var statementWords = map[string]bool{"is": true, "are": true, "was": true, "were": true,
	"it": true, "its": true, "that": true, "which": true}

// statesAbout reports whether t, a line right under a heading and over a
// list, states something about the heading's subject rather than names
// the list: "Managed database service that supports mySQL and PostgresSQL"
// under "# Cloud SQL", "On its own, it is a form of Anaerobic Respiration"
// under "### Glycolysis", "Cell membranes are differencially permeable". A
// line that opens with "There" or "Here" ("There are three types of RNA")
// points at its list.
func statesAbout(t string) bool {
	first := true
	for w := range strings.FieldsSeq(t) {
		if first && (w == "There" || w == "Here") {
			return false
		}
		first = false
		if statementWords[strings.Trim(w, ",.;")] {
			return true
		}
	}
	return false
}

// adverbEnds are the endings of the adverbs that open a sentence and name
// nothing: "Generally", "Additionally", "Previously", "Alternatively",
// "Consequently", "Importantly", "Similarly". No term of seven letters or
// more ends so ("Rally", "Tally" are shorter).
var adverbEnds = []string{"ally", "ously", "ively", "ently", "antly", "arly"}

// summaryOpeners open a sentence that sums up what came before, as book
// notes and blog summaries end a section, and name nothing: "To sum it up:
// The quality of a paper depends on …", "In short: …". Each is an adverb
// of several words.
var summaryOpeners = map[string]bool{"to sum up": true, "to sum it up": true, "to summarize": true,
	"to summarise": true, "in summary": true, "in short": true, "in brief": true,
	"in conclusion": true, "in a nutshell": true, "all in all": true}

// sentenceAdverb reports whether front is one such adverb, with a colon at
// most: "Generally - 1 sequence → 1 structure", "Additionally:" over a
// list, "Alternatively," over a command, "Mathematically:" over the
// formula of the sentence before, or one of summaryOpeners. The
// line stays on its section's card. (A keyword in code, "`finally`", is a
// term: add asks no code front; nor a heading, "## Additionally" over a
// slide's list, whose card would be lost.)
func sentenceAdverb(front string) bool {
	w := strings.TrimRight(strings.TrimSpace(front), ":,")
	if strings.IndexByte(w, ' ') > 0 {
		return lookupLower(summaryOpeners, w)
	}
	if len(w) < len("finally") || len(w) > len("mathematically") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	for _, e := range adverbEnds {
		if len(w) > len(e) && strings.EqualFold(w[len(w)-len(e):], e) {
			return true
		}
	}
	return false
}

// pointerWords are the words of a lead-in that points at its list and
// names nothing: "Here are:", "Here they are:", "These are:", "There
// are:", "Below:".
var pointerWords = map[string]bool{"here": true, "there": true, "these": true, "those": true,
	"they": true, "are": true, "is": true, "below": true}

// pointsOnly reports whether lead, the plain text of a lead-in without its
// colon, is pointer words alone (see pointerWords), at most three of them:
// "Here are" over a list under "## Cells" asks nothing the heading's card
// does not, and heads none of the cards below.
func pointsOnly(lead string) bool {
	n := 0
	for w := range strings.FieldsSeq(lead) {
		if n++; n > 3 || !lookupLower(pointerWords, w) {
			return false
		}
	}
	return n > 0
}

// connectives are the words that open a sentence to add it to the one
// before, or to set it against that one: a lead-in of them alone,
// "Furthermore:" or "In addition:" over a list, or "- BUT" over the
// exception to the point above it, names nothing the section does not.
var connectives = map[string]bool{"also": true, "furthermore": true, "moreover": true, "in addition": true,
	"but": true, "however": true, "yet": true, "nevertheless": true, "nonetheless": true,
	"on the other hand": true, "in contrast": true, "by contrast": true}

// leadNamesNothing reports whether lead, the plain text of a lead-in over a
// list without its colon, names nothing of its own: pointer words alone
// ("Here are", see pointsOnly), a sentence adverb ("Additionally", see
// sentenceAdverb), a connective ("Furthermore"), the source of what
// follows ("According to Tanenbaum", see citesSource) or words about the
// notes themselves (see aboutNotes). The heading's card
// holds the list, and the cards below keep the heading as their context:
// "Additionally:" under "### Poll" asked "Poll: Additionally".
func leadNamesNothing(lead string) bool {
	w := strings.TrimRight(strings.TrimSpace(lead), ":,")
	return pointsOnly(w) || sentenceAdverb(w) || lookupLower(connectives, w) || citesSource(w) || aboutNotes(w)
}

// citesSource reports whether lead, the plain text of a lead-in without
// its colon, only says whose words follow: "According to Tanenbaum" over
// what the book says of a Type 1 hypervisor. The points below are the
// cards; the lead-in, a name of four words at most, asks nothing.
func citesSource(lead string) bool {
	const according = "according to "
	if len(lead) <= len(according) || !strings.EqualFold(lead[:len(according)], according) {
		return false
	}
	name := lead[len(according):]
	return countFields(name) <= 4 && !strings.ContainsAny(name, ",;?")
}

// cutEchoLabel returns front, the HTML of a question, without the short
// label that opens it and echoes its first word, a "?" or ":" after the
// label and a dash at most before the question: ":::why WHY? — Why combine
// amoxicillin with clavulanic acid?" asks "Why combine amoxicillin with
// clavulanic acid?", as "HOW? - How does …?" asks how. A front that asks
// no question of three words or more is returned as it is.
func cutEchoLabel(front string) string {
	label, rest, ok := strings.Cut(front, " ")
	if !ok || len(label) < 2 || !strings.HasSuffix(front, "?") {
		return front
	}
	word := label[:len(label)-1]
	if label[len(label)-1] != '?' && label[len(label)-1] != ':' {
		return front
	}
	for _, d := range []string{"— ", "– ", "- "} {
		if r, ok := strings.CutPrefix(rest, d); ok {
			rest = r
			break
		}
	}
	first, _, _ := strings.Cut(rest, " ")
	if !strings.EqualFold(first, word) || countFields(rest) < 3 {
		return front
	}
	return rest
}

// reportsBack reports whether line, a lead-in's line whose last sentence
// opens at end (see leadBreakEnd), ends in a subject and a past "to be"
// alone, "The results were:", "The outcome was:": that sentence reports on
// what the sentence before it tells ("A study took place in the
// Netherlands with non-adaptable robots."), and asks nothing without it.
func reportsBack(line string, end int) bool {
	_, n := utf8.DecodeLastRuneInString(line[:end])
	f := strings.Fields(strings.TrimRight(line[end-n:], " :：*_"))
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	return last == "were" || last == "was"
}

// aboutNotes reports whether lead, the plain text of a lead-in over a list,
// greets the reader or speaks of the notes themselves: "Welcome to my CSS
// notes!", "The following are questions and answers from the Exam 1 Study
// Guide:". It names no subject of the list; the cards of its items keep
// the heading as their context.
func aboutNotes(lead string) bool {
	return mayBeAboutNotes(lead) && speaksOfNotes(lead)
}

// speaksOfNotes is aboutNotes without its quick test: the whole lead-in
// lowered and searched for every phrase.
func speaksOfNotes(lead string) bool {
	t := strings.ToLower(strings.TrimSpace(lead))
	if strings.HasPrefix(t, "welcome to ") || strings.HasPrefix(t, "welcome!") {
		return true
	}
	for _, s := range aboutNotesWords {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

// aboutNotesWords speak of the notes a lead-in opens, not of a subject.
var aboutNotesWords = []string{"my notes", "these notes", "questions and answers from", "questions and answers for"}

// mayBeAboutNotes reports whether s holds "notes", "answers" or "welcome"
// in any case, which every lead-in aboutNotes accepts holds once lowered.
// Only ASCII letters lower to the letters of these words (the runes that
// lower to ASCII are "İ" and the Kelvin sign), so an ASCII search finds
// them without a lower-case copy of s.
func mayBeAboutNotes(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 'n':
			if hasFoldLetters(s[i:], "notes") {
				return true
			}
		case 'a':
			if hasFoldLetters(s[i:], "answers") {
				return true
			}
		case 'w':
			if hasFoldLetters(s[i:], "welcome") {
				return true
			}
		}
	}
	return false
}

// hasFoldLetters reports whether s opens with w, a word of lower-case ASCII
// letters, in any case. For a letter, c|0x20 is w's byte only when c is
// that letter in either case.
func hasFoldLetters(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// backPronouns open a lead-in that points back at something named before
// it: "They communicate with:", "These are consequences of:", "This
// approach suffers from expiration issues:". "It's" is left out: "It's
// idiomatic to import:" points at nothing.
var backPronouns = map[string]bool{"It": true, "They": true, "These": true, "This": true, "Those": true}

// demonstrativeKinds returns the thing a lead-in names after "These" or
// "Those" used as a determiner, when the lead-in only says that the list
// under it is that thing: "These types of notes are:" over "- Fleeting
// notes: …" asks "Types of notes", as "The types of notes are:" would.
// The thing must be a noun phrase with "of", which names it whole ("types
// of notes", "stages of mitosis"); "These properties are:" points back at
// what the note spoke of. front is a lead-in's HTML; one with markup is
// left as it is.
func demonstrativeKinds(front string) (string, bool) {
	if strings.IndexByte(front, '<') >= 0 || strings.IndexByte(front, '&') >= 0 {
		return "", false
	}
	first, rest, ok := strings.Cut(strings.TrimSpace(front), " ")
	if !ok || first != "These" && first != "Those" {
		return "", false
	}
	np, verb, ok := cutLastWord(rest)
	if !ok || verb != "are" && verb != "include" {
		return "", false
	}
	words := strings.Fields(np)
	if len(words) < 3 || len(words) > 6 || !slices.Contains(words[1:len(words)-1], "of") || !unicode.IsLower(rune(np[0])) {
		return "", false
	}
	return strings.ToUpper(np[:1]) + np[1:], true
}

// cutLastWord returns s without its last word, and that word.
func cutLastWord(s string) (string, string, bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return "", "", false
	}
	return strings.TrimSpace(s[:i]), s[i+1:], true
}

// pointsBack reports whether lead, the plain text of a lead-in without its
// colon, opens with a pronoun that points back (see backPronouns) and goes
// on: a pronoun alone, "These:", names its list as "These are:" does.
func pointsBack(lead string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(lead), " ")
	return ok && backPronouns[first] && hasWordChar(rest)
}

// pointsNowhere reports whether a lead-in that points back (see
// pointsBack) was left without the heading it means, front being its
// plain text lead unchanged: a question ("What are ITTOs?" over "They
// answer the following questions:"), a placeholder ("📚 Idea/Concept")
// or the note's title names nothing the pronoun could be asked by. It
// makes no card; its items make their own, and the heading's card holds
// the list.
func pointsNowhere(front, lead string) bool {
	return pointsBack(lead) && contextText(front) == lead
}

// namesThing reports whether owner, a heading or a bullet over a lead-in,
// names a thing a pronoun can point back at: not a question, nor a
// placeholder heading of a template ("📚 Idea/Concept", "Overview",
// "Notes"; see sectionTitles and placeholderHeads), nor an emoji alone.
func namesThing(owner string) bool {
	t := strings.TrimLeftFunc(owner, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if t == "" || asks(t) {
		return false
	}
	for part := range strings.FieldsFuncSeq(t, func(r rune) bool { return r == '/' || r == '&' || r == ',' }) {
		part = strings.TrimSpace(part)
		if part != "" && !lookupLowerIn(part, sectionTitles, placeholderHeads) {
			return true
		}
	}
	return false
}

// placeholderHeads are the headings a note template puts over any topic,
// beside sectionTitles: "📚 Idea/Concept" over a law's consequences.
var placeholderHeads = map[string]bool{"idea": true, "ideas": true, "concept": true, "concepts": true,
	"main idea": true, "explanation": true, "details": true, "definition": true}

// linkedImage matches a picture wrapped in a link to its page, as image
// hosts give it to paste: "[![shot.png](https://i.host/shot.png)](https://host/page)".
var linkedImage = lazyRegexp(`\[!\[[^\]\n]*\]\([^)\n]*\)\]\([^)\n]*\)`)

// picturesAbove returns how many of a paragraph's lines ls, from its first,
// hold only pictures (Markdown images, embeds, pictures wrapped in a link).
func (p *parsed) picturesAbove(ls [][2]int) int {
	k := 0
	for ; k < len(ls); k++ {
		line := bytes.TrimLeft(p.src[ls[k][0]:ls[k][1]], " \t")
		if !bytes.HasPrefix(line, []byte("![")) && !bytes.HasPrefix(line, []byte("[![")) {
			break // the quick test: a line of pictures opens with one
		}
		line = mdImage().ReplaceAll(embed().ReplaceAll(linkedImage().ReplaceAll(line, nil), nil), nil)
		if len(bytes.TrimSpace(withoutTypedBreaks(line))) > 0 {
			break
		}
	}
	return k
}

// asFollowsEnds end a lead-in that only says that its list follows, in
// lower case: "The steps of the TCP handshake are as follows:" asks "The
// steps of the TCP handshake", the thing the list gives.
var asFollowsEnds = []string{" is as follows", " are as follows", " was as follows", " were as follows"}

// cutAsFollows returns front, a lead-in's front without its colon, without
// the words that say its list follows (asFollowsEnds), when words that name
// the thing are left before them.
func cutAsFollows(front string) string {
	if len(front) < len(" is as follows")+2 || !strings.HasSuffix(strings.ToLower(front), "follows") {
		return front // the quick test
	}
	for _, e := range asFollowsEnds {
		if len(front) > len(e) && strings.EqualFold(front[len(front)-len(e):], e) {
			if t := strings.TrimSpace(front[:len(front)-len(e)]); hasWordChar(stripTags(t)) {
				return t
			}
		}
	}
	return front
}

// leadTitle returns the sentence [first, lo) of paragraph par before its
// lead-in when it only names a topic, its number and full stop left off:
// "1.2 Managing billing configuration." before "Activities include:", as
// Google's exam guides set each objective over its tasks. The topic is of
// up to maxLeadTitle words, with no verb "to be", and an activity, its
// first word in "-ing", or a title, its words of four letters or more
// capitalised, "Cloud Storage Classes.". A sentence that states
// something, "Layers protect each other.", is neither, and one that
// defines, "Heart failure is …", is a definition (see leadDefinition).
func (p *parsed) leadTitle(par ast.Node, first, lo int) (string, bool) {
	t := strings.TrimSpace(p.plain(par, first, lo))
	t, ok := strings.CutSuffix(t, ".")
	if !ok {
		return "", false
	}
	t = strings.TrimSpace(cutFrontNumbering(t))
	if t == "" || countFields(t) > maxLeadTitle || strings.ContainsAny(t, ".!?:;") {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
		return "", false
	}
	for w := range strings.FieldsSeq(strings.ToLower(t)) {
		if copula(w) || w == "be" || w == "has" || w == "have" || w == "can" || w == "will" {
			return "", false
		}
	}
	if w, _, _ := strings.Cut(t, " "); len(w) > 4 && strings.HasSuffix(w, "ing") {
		return t, true // "Managing billing configuration", an activity
	}
	for w := range strings.FieldsSeq(t) {
		if r, _ := utf8.DecodeRuneInString(w); utf8.RuneCountInString(w) > 3 && !unicode.IsUpper(r) {
			return "", false // "Layers protect each other" states
		}
	}
	return t, true // "Cloud Storage Classes", a title
}

// maxLeadTitle is the most words of a title leadTitle takes.
const maxLeadTitle = 12
