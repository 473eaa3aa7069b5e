package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// boldNumberingLen measures the number that opens the text of a bold term,
// with the spaces after it: "1. " in "**1. S3 Standard**: 99.99%
// availability", "2) " in "**2) Reserved**: a capacity reservation",
// "(3) " in "**(3) Spot**: …". Certification notes number the storage
// classes or the pricing models of a service inside the bold, where
// Markdown sees no list; the number is no part of the term the card asks
// for, and "1. S3 Standard" would read as a sentence and make no card. A
// number that names is kept: "**3DES**", "**802.1Q**: a VLAN tag" have no
// ". " or ") " after their digits. It returns 0 when b opens with no
// number, or with a number and nothing after it.
func boldNumberingLen(b []byte) int {
	n := 0
	paren := len(b) > 0 && b[0] == '('
	if paren {
		n++
	}
	digits := n
	for n < len(b) && isDigit(rune(b[n])) {
		n++
	}
	if n == digits || n-digits > 2 || n >= len(b) {
		return 0 // no number, or one of three digits: "**100 ms**" is a value
	}
	switch {
	case paren && b[n] == ')':
	case !paren && (b[n] == '.' || b[n] == ')'):
	default:
		return 0
	}
	n++
	if n >= len(b) || b[n] != ' ' {
		return 0 // "**1.5x**", "**2)x**": no numbering
	}
	for n < len(b) && b[n] == ' ' {
		n++
	}
	if n >= len(b) || b[n] < 0x80 && !isASCIILetter(b[n]) {
		return 0 // "**1. 2. 3.**": numbers only; "**1. Ödeme**" is a word
	}
	return n
}

// boldTermStart returns where the term [lo, hi) of a line's split starts
// once the number inside the bold that opens it is passed: lo itself unless
// the term is "**1. S3 Standard**" or "__2) Spot__" (see boldNumberingLen),
// the bold closing where the term ends ("**1. S3 Standard:** …" too). A
// term cut inside the bold, at its dash ("**2. S3 - IA** …" at " - "),
// keeps its number, and makes no card "S3 → IA" of half a name.
func (p *parsed) boldTermStart(lo, hi int) int {
	k := lo
	for k < hi && k-lo < 2 && (p.src[k] == '*' || p.src[k] == '_') {
		k++
	}
	if k == lo || !p.boldEndsAt(hi) {
		return lo
	}
	if m := boldNumberingLen(p.src[k:hi]); m > 0 {
		return k + m
	}
	return lo
}

// boldEndsAt reports whether a bold span closes at source offset hi, the
// end of a term: "**Spot**" before it, or a colon inside the bold, ":**",
// after it.
func (p *parsed) boldEndsAt(hi int) bool {
	e := hi
	for e > 0 && p.src[e-1] == ' ' {
		e--
	}
	if e > 0 && (p.src[e-1] == '*' || p.src[e-1] == '_') {
		return true
	}
	return hi+1 < len(p.src) && p.src[hi] == ':' && (p.src[hi+1] == '*' || p.src[hi+1] == '_')
}

// dashInBold splits a line whose first separator, a dash at source offset
// at, lies inside a bold term that a colon follows: "**S3 One Zone - IA**:
// lower-cost option …" names S3 One Zone - IA, as "**Layer 7:
// Application**: HTTP" names its bold phrase (see colonAfterBold). A bold
// with no colon after it is left to the dash: "**Atropine – mydriasis**".
func (p *parsed) dashInBold(n ast.Node, at, hi int) (split, bool) {
	s, inside := p.colonAfterBold(n, at, hi)
	if !inside || s.defLo <= 0 || !p.validSplit(n, s) {
		return split{}, false
	}
	return s, true
}

// cutQuestionNumber returns s without the numbered label that opens a
// practice exam's item, "Question 42: Where does Terraform OSS store the
// local state?" or "Q7. Which …", and whether there was one: the number
// only counts the questions of a mock exam and is no part of what is
// asked. The label needs words after it; "Question 3" alone or over "[4
// marks]" is left, and so are "Q3 2024" and "Q4 revenue", which name a
// quarter.
func cutQuestionNumber(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "Question")
	for _, label := range []string{"QUES", "Ques", "Q"} {
		if !ok {
			rest, ok = strings.CutPrefix(s, label) // "QUES 3).Principle of optimality", as a Word assignment numbers them
		}
	}
	if !ok {
		return s, false
	}
	rest = strings.TrimLeft(rest, " #")
	n := 0
	for n < len(rest) && isDigit(rune(rest[n])) {
		n++
	}
	if n == 0 || n > 3 || n == len(rest) || !strings.ContainsRune(":.)", rune(rest[n])) {
		return s, false
	}
	after := rest[n+1:]
	if rest[n] == ')' {
		after = strings.TrimLeft(after, ".:") // "3).", "3):"
	}
	t := strings.TrimPrefix(strings.TrimLeft(after, " "), "<br>")
	if !visibleWord(outsideBrackets(t)) {
		return s, false // "Question 1: [4 marks]" names a question of the paper
	}
	return strings.TrimSpace(t), true
}

// asksNumbered reports whether an item opens with a practice exam's
// numbered label, "Question 57: True or False? Workspaces use a separate
// state file …": the student marks it a question, so its children answer
// it even when it reads as a statement.
func asksNumbered(s string) bool {
	_, ok := cutQuestionNumber(s)
	return ok
}

// describesHeading reports whether the paragraph par, whose text is whole,
// describes the subject of the heading right above it rather than leads in
// the list under it: "# Big Table" over "A sparsely populated table for
// structured analytical data with low latency and updates" and its bullets,
// "#### Cell Requirements" over "Cells require relatively stable
// environments." The heading's card asks for the sentence and the list
// already; as a lead-in, the sentence would be a front that asks nothing
// over the same list. It opens with "A" or "An", ends with a full stop or
// states something (see statesAbout), and does not end as a lead-in does (a colon, a question mark, an
// ellipsis); a label such as "Functions of the membrane" or "Data at rest
// VS Data in transit" leads its list in. A sentence set in bold whole
// describes as well: "### LRS - Locally redundant storage" over
// "**Protection against a specific node/infrastructure failure.**".
func (b *builder) describesHeading(par ast.Node, whole string) bool {
	h, ok := par.PreviousSibling().(*ast.Heading)
	t := strings.TrimSpace(whole)
	if !ok || !hasWordChar(b.p.plain(h, 0, everything)) || b.p.boldOnly(par) && !stoppedBoldSentence(t) {
		return false // "#" over "**S3 Lifecycle Management**": the bold line is the title
	}
	if isDatedName(t) {
		return false // "**Thales of Miletus**, c. 624 - c. 548 BC." names whom the list is about
	}
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "..") || strings.HasSuffix(t, "…") {
		return false // "When are you liable for …?", "The Frontier offered Americans..."
	}
	w, _, _ := strings.Cut(t, " ")
	return w == "A" || w == "An" || strings.HasSuffix(t, ".") || statesAbout(t) || describesKind(t)
}

// describesKind reports whether t, a line under a service's heading, says
// what the service is or is made for, as a sentence without its subject
// does: a participle with what it is made for, "Designed for massive
// amounts of data, petabytes", an adverb and a participle, "Fully managed
// Data Warehouse using SQL like syntax", or the kind of offering it is,
// "NoSQL datastore option". A label that names its list, "Supported
// platforms" or "Storage options", leads the list in.
func describesKind(t string) bool {
	f := strings.Fields(strings.TrimRight(t, ".,; "))
	if len(f) < 2 {
		return false
	}
	if len(f) <= 5 && kindNouns[f[len(f)-1]] {
		return true
	}
	switch {
	case isParticiple(f[0]):
		return purposeWords[strings.ToLower(f[1])]
	case len(f) >= 3 && strings.HasSuffix(f[0], "ly") && f[0][0] >= 'A' && f[0][0] <= 'Z':
		return isParticiple(strings.ToLower(f[1]))
	}
	return false
}

// kindNouns name the kind of offering a service is: "NoSQL datastore
// option", "Managed relational database service".
var kindNouns = map[string]bool{"option": true, "service": true, "offering": true, "solution": true}

// purposeWords follow a participle that says what a service is made for or
// built on: "Designed for …", "Built on top of …".
var purposeWords = map[string]bool{"for": true, "to": true, "on": true, "by": true, "as": true}

// isParticiple reports whether w is a past participle such as "Designed",
// "managed" or "Built": a word of five letters or more ending in "ed", or
// one of the irregular ones services are described with.
func isParticiple(w string) bool {
	switch strings.ToLower(w) {
	case "built", "made", "run", "written":
		return true
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ed")
}

// stoppedBoldSentence reports whether t, the text of a line set in bold whole,
// is a sentence, stopped and of more than minBoldSentence words, rather
// than a title: "Protection against an availability zone failure.", not
// "S3 Standard.".
func stoppedBoldSentence(t string) bool {
	return strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") && countFields(t) > minBoldSentence
}

// minBoldSentence is the most words a title in bold ending with a full
// stop holds (see stoppedBoldSentence).
const minBoldSentence = 3

// boldOnly reports whether paragraph par is one bold span and nothing
// else, "**S3 Lifecycle Management, S3 IA and Glacier**": a title the
// student set in bold, as a heading is.
func (p *parsed) boldOnly(par ast.Node) bool {
	e, ok := par.FirstChild().(*ast.Emphasis)
	return ok && e.Level == 2 && e.NextSibling() == nil
}

// numberSuffixes are the words after a column's name that only say its
// cells are numbers: "Port Number", "Layer No.".
var numberSuffixes = []string{" number", " numbers", " no.", " no", " nr.", " nr", " num", " #"}

// numberKeyName returns the name under which the rows of a table ask for
// the numbers of their key column, headed head: "Port" for a column headed
// "Port" or "Port Number" whose every row holds a number or a run of them
// ("22", "1812, 1813", "5-6"), as certification notes tabulate ports, OSI
// layers or RAID levels. A card "22 → SSH" asks a bare number; "Port 22 →
// SSH" asks what it asked in the note. It returns "" when the column is no
// such column: a header that only numbers the rows ("#", "No.") names
// nothing, a long header is a sentence, and a number among names (a
// lexer's tokens ":=", "oldval", "12") is a name itself.
func (b *builder) numberKeyName(head string, key int, rows [][]*east.TableCell) string {
	name := numberColumnName(head)
	if name == "" || len(rows) < 2 {
		return ""
	}
	for _, cells := range rows {
		if key >= len(cells) || !isNumberRun(b.p.plain(cells[key], 0, everything)) {
			return ""
		}
	}
	return name
}

// numberColumnName returns the name a column headed head gives the numbers
// under it ("Port" for "Port" or "Port Number"), or "" when the header
// names nothing a number can be asked with (numberKeyName).
func numberColumnName(head string) string {
	name := strings.TrimSpace(head)
	for _, suf := range numberSuffixes {
		if len(name) > len(suf) && strings.EqualFold(name[len(name)-len(suf):], suf) {
			name = strings.TrimSpace(name[:len(name)-len(suf)])
			break
		}
	}
	if name == "" || len(name) > 24 || strings.Count(name, " ") > 2 || !isASCIILetter(name[0]) && name[0] < 0x80 ||
		lookupLower(indexHeads, name) {
		return ""
	}
	return name
}

// isNumberRun reports whether s is a number or a run of numbers and
// nothing else: "22", "1812, 1813", "20-21", "5–6", "1/2". "1.5", "v2" and
// "22 (SSH)" are not.
func isNumberRun(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 24 || !isDigit(rune(s[0])) {
		return false
	}
	for _, r := range s {
		if !isDigit(r) && !strings.ContainsRune(" ,-–/", r) {
			return false
		}
	}
	return true
}

// maxCueAnswer is the longest answer, in bytes, a quoted cue points to: a
// service, a protocol, a short phrase.
const maxCueAnswer = 120

// cueArrows are the separators that point a cue to its answer.
var cueArrows = map[string]bool{"→": true, "->": true, "-->": true, "=>": true, "==>": true, "⇒": true, "⟶": true, "⟹": true}

// quotedCue splits the line of view v whose label ends at the colon
// before text byte j when the text after the colon is a cue in quotation
// marks pointed to its answer: `**Trigger phrase:** "53-byte cells" /
// "low delay" → **ATM**`, `Keywords: "durable object storage" → S3`.
// Exam notes name the words a question gives away and the service or
// protocol they point to; the label, the same over every such line, is
// no term, and a card "Trigger phrase" → the cue and its answer asks
// nothing. The cue is the front, as a bare `"WEP uses which algorithm?"
// → RC4` is. The label is a few words; the cue opens and closes with a
// quotation mark.
func (p *parsed) quotedCue(n ast.Node, v view, i, j, hi int) (split, bool) {
	k := j
	for k < len(v.text) && (v.text[k] == ' ' || v.text[k] == 0) {
		k++
	}
	rest := v.text[k:]
	if !bytes.HasPrefix(rest, []byte(`"`)) && !bytes.HasPrefix(rest, curlyOpen) || bytes.Count(v.text[:i], []byte(" ")) > 4 {
		return split{}, false
	}
	a, b, sep, ok := findSep(view{text: rest})
	if !ok || !cueArrows[sep] {
		return split{}, false
	}
	cue := bytes.TrimRight(rest[:a], " \x00")
	if !bytes.HasSuffix(cue, []byte(`"`)) && !bytes.HasSuffix(cue, []byte("”")) || len(cue) < 3 {
		return split{}, false
	}
	s := split{termLo: v.srcOff(k), termHi: v.srcOff(k + len(cue) - 1), defLo: p.afterOff(v, k+b-1), defHi: hi, sep: sep}
	if s.termLo < 0 || s.termHi < 0 || s.defLo < 0 {
		return split{}, false
	}
	s.termHi++ // past the closing mark's last byte
	// The marks set the cue off as a phrase, however long; its answer
	// names a thing.
	if def := p.plain(n, s.defLo, s.defHi); !hasWordChar(def) || len(def) > maxCueAnswer {
		return split{}, false
	}
	return s, true
}

// asksOwnLine reports whether t, the whole text of a bullet with children,
// asks a question: it ends with a question mark, or it is a practice
// exam's numbered item ("Question 5: Implicit dependency", see
// asksNumbered).
func asksOwnLine(t string) bool {
	return strings.HasSuffix(t, "?") || asksNumbered(t)
}

// soleAnswer reports whether rest, the blocks nested under a bullet that
// asks, is one answer: a list of one item with nothing nested under it,
// "Question 40: What is the way to define module version?" over "- Add
// version = "0.5"". The question's card holds the answer; a card of its
// own would cut it at its sign, "Add version" → "0.5", or ask a value as
// a term, "depends_on" → "[aws_s3_bucket.data]". A question over several
// items keeps their cards: "Which layers?" over "- L2: Data link", "- L3:
// Network" lists terms.
func soleAnswer(rest []ast.Node) bool {
	if len(rest) != 1 {
		return false
	}
	l, ok := rest[0].(*ast.List)
	if !ok || l.ChildCount() != 1 {
		return false
	}
	it := l.FirstChild()
	return it.FirstChild() != nil && it.FirstChild() == it.LastChild()
}

// pointerLink reports whether paragraph par, whose text is whole, is one
// link whose words only point, "[Source](https://youtu.be/…)" under a
// diagram: the list after it is its section's, and a lead-in "Source" would
// ask for it.
func pointerLink(par ast.Node, whole string) bool {
	l, ok := par.FirstChild().(*ast.Link)
	return ok && l.NextSibling() == nil && isLabel(whole)
}

// resourceLink reports whether paragraph par, whose text is whole, is one
// link to a page, a web address or another note, whose words name neither
// the section it sits in (ctx, its headings) nor a side of the topic:
// "[Youtube link](https://youtube.com/…)", "[Cheat sheet 2](https://…)",
// "[Implementation](https://github.com/…)" under "## Slices", "[go
// back](Economics.md)". Its words name the page it opens, and the list
// under it is its section's; a lead-in would ask "Youtube link" for the
// points. "[Internet gateways](https://docs…)" under "## Gateways" and
// "[Types](https://docs…)" still lead in.
func resourceLink(par ast.Node, whole string, ctx []string) bool {
	l, ok := par.FirstChild().(*ast.Link)
	if !ok || l.NextSibling() != nil {
		return false
	}
	dest := string(l.Destination)
	if !strings.Contains(dest, "://") && !strings.HasSuffix(strings.ToLower(dest), ".md") {
		return false
	}
	return !lookupLowerIn(strings.TrimSpace(whole), aspects, topicAspects) && !namesSection(whole, ctx)
}

// namesSection reports whether t shares a word of four letters or more
// with one of the headings in ctx, a plural with its singular:
// "Internet gateways" names the section "Gateways".
func namesSection(t string, ctx []string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(t), notWordRune) {
		if len(w) < 4 {
			continue
		}
		for _, h := range ctx {
			for _, hw := range strings.FieldsFunc(strings.ToLower(h), notWordRune) {
				if len(hw) >= 4 && (strings.HasPrefix(hw, w) || strings.HasPrefix(w, hw)) {
					return true
				}
			}
		}
	}
	return false
}

// tipLabels are the labels of a tip for the exam, written over a fact to
// remember: "Exam tip: Session is the default consistency level", "💡
// **Exam Tip**: …". Each names no term, and a card "Exam tip" → the fact
// asks the same front as every other tip of the note.
var tipLabels = map[string]bool{"tip": true, "tips": true, "exam tip": true, "exam tips": true,
	"exam alert": true, "exam gotcha": true, "exam note": true, "pro tip": true}

// isTipLabel reports whether term, a label before a colon, labels a tip
// (see tipLabels), decoration ("💡", bold) aside.
func isTipLabel(term string) bool {
	t := strings.Trim(strings.TrimSpace(term), "*_`.!:：")
	if sym, rest, ok := strings.Cut(t, " "); ok && sym != "" && sym[0] >= 0x80 && !hasWordChar(sym) {
		t = rest // "💡 Exam Tip"
	}
	return lookupLower(tipLabels, strings.TrimSpace(t))
}
