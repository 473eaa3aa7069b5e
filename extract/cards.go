package extract

import (
	"bytes"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// title returns the note's title: the text of the H1 that opens the note
// (after paragraphs and HTML only: banners, badges, an intro line), else
// "". An H1 after a list, a table or another heading heads a section, and
// so does one after prose that says what the note's file name or front
// matter's title is (see definesTitle). decided is false when the AST (a
// chunk of the note) holds only paragraphs and HTML: the title is then up
// to the chunks after it, and defined says whether one of its paragraphs
// defines the title (see definesTitle). bare is bareTitle's answer, and
// line the H1's line.
func (p *parsed) title() (title string, line int, decided bool, bare bareness, defined bool) {
	named := openingTitle(p.openTitle)
	for n := p.doc.FirstChild(); n != nil; n = n.NextSibling() {
		switch n.(type) {
		case *ast.Paragraph:
			defined = defined || named && p.definesTitle(n)
			continue // a banner, badges, links to translations, a line of intro
		case *ast.HTMLBlock, *ast.ThematicBreak:
			continue
		}
		h, ok := n.(*ast.Heading)
		if !ok || h.Level != 1 || p.hidden[h] {
			return "", 0, true, notBare, defined
		}
		// "# [[AI Lecture 11 Notes]]", as a vault's template writes it, is
		// titled "AI Lecture 11 Notes".
		t := strings.TrimSpace(p.plain(h, 0, everything))
		if u, ok := cutDoubledMarker(h.Level, t); ok {
			t = u // "# # Sociology", as a mind map's export writes it
		}
		t = resolveWikilinks(untagged(t))
		if defined && !p.namesTitle(t) {
			return "", 0, true, notBare, defined
		}
		return t, p.line(p.startOf(h)), true, p.bareTitle(h), defined
	}
	return "", 0, false, notBare, defined
}

// namesTitle reports whether t, the text of an H1 after prose that defines
// the note's title from its file name or front matter, is that title
// again: it titles the note; another H1 heads a section.
func (p *parsed) namesTitle(t string) bool {
	return strings.EqualFold(t, p.openTitle)
}

// definesTitle reports whether paragraph n, before the note's first
// heading, is prose that says what the note's title from its file name or
// front matter is, as an atomic note opens: "Active Directory Certificate
// Services.md" with "A service used to implement PKI in AD." over "#
// Discover ADCS servers". The H1 after it is a section of the note, as
// Obsidian shows the file name as the note's title above it.
func (p *parsed) definesTitle(n ast.Node) bool {
	return openingProse(strings.TrimSpace(p.plain(n, 0, everything)), false)
}

// A bareness says whether a title heads nothing but paragraphs up to the
// next H1 (see bareTitle).
type bareness int8

const (
	notBare     bareness = iota // the title heads a section: a list, a table, a subheading
	bare                        // only paragraphs and HTML until the next H1
	bareUnknown                 // only paragraphs and HTML until the chunk's end: the next chunk's first heading tells
)

// bareTitle reports whether H1 h heads only paragraphs and HTML up to the
// next H1: a page's title over its properties or intro ("# Week 3" then
// "# Overview"), not a section of its own ("# Atenolol" over a list, then
// "# Metoprolol").
func (p *parsed) bareTitle(h *ast.Heading) bareness {
	for n := h.NextSibling(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Paragraph, *ast.HTMLBlock, *ast.ThematicBreak:
		case *ast.Heading:
			if n.Level == 1 && !p.hidden[n] {
				return bare
			}
			return notBare
		default:
			return notBare
		}
	}
	return bareUnknown
}

// startsWithH1 reports whether the AST (a chunk of the note) opens with an
// H1 that is not hidden: where bareTitle stopped at a chunk's end, it
// decides.
func (p *parsed) startsWithH1() bool {
	h, ok := p.doc.FirstChild().(*ast.Heading)
	return ok && h.Level == 1 && !p.hidden[h]
}

// namesDeck reports whether a note's title can name its deck: not a
// sentence, and not the name of a part of a note ("Overview", "Notes") that
// a template opens every note with.
func namesDeck(title string) bool {
	part := strings.TrimRight(title, ":：")
	return utf8.RuneCountInString(title) <= maxTitle && !lookupLower(sectionTitles, part) && !lookupLower(sectionTitles, unnumberedPart(part))
}

// unnumberedPart is title without the number of a part of a note, "1
// Overview" or "1. Overview": a note whose first heading is numbered is
// titled by its front matter or its file, not by its first part.
func unnumberedPart(title string) string {
	if t := stripNumbering(title); t != title {
		return t
	}
	i := 0
	for i < len(title) && i < 2 && isDigit(rune(title[i])) {
		i++
	}
	if i == 0 || i == len(title) || title[i] != ' ' {
		return title
	}
	return strings.TrimSpace(title[i:])
}

// notesHeading reports whether h, under the headings heads, is a section
// of notes only ("## Notes", "### Class Notes", "My notes:"), not a topic:
// a card "Notes" over the whole chapter asks nothing, the cards below ask
// what it holds.
func notesHeading(h heading, heads []heading) bool {
	return len(heads) > 0 && lookupLower(notesTitles, strings.TrimRight(h.text, ":： "))
}

// notesTitles title a section of a note's notes, not a topic.
var notesTitles = map[string]bool{
	"notes": true, "my notes": true, "class notes": true, "lecture notes": true, "study notes": true,
	"reading notes": true, "personal notes": true,
}

// maxTitle is the longest title that names a deck, in characters.
const maxTitle = 100

// sectionTitles name a part of a note, not the note.
var sectionTitles = map[string]bool{
	"overview": true, "notes": true, "contents": true, "table of contents": true, "toc": true,
	"summary": true, "outline": true, "agenda": true, "questions": true, "learning outcomes": true,
	"learning objectives": true, "objectives": true, "index": true, "todo": true, "to do": true,
	"intro": true, "introduction": true, "background": true, "key points": true, "key takeaways": true,
	"content": true,
	// "Contents" in the languages notes are written in: "# 목록" over "@[toc]".
	"目录": true, "目次": true, "목록": true, "목차": true, "inhalt": true, "inhaltsverzeichnis": true,
	"sommaire": true, "table des matières": true, "índice": true, "indice": true, "contenido": true,
	"contenidos": true, "sumário": true, "содержание": true, "mục lục": true,
}

// A builder collects the cards of one note while walking its AST.
type builder struct {
	heldLead *ast.Paragraph // a lead-in whose heading's card asks for its list (see leadInAlone)

	// definedAt is the index of the card of a heading titled as a
	// definition that asks for the term its paragraph defines, or -1.
	definedAt int

	p        *parsed
	title    string
	titleAs  string // the title as its heading's text reads (see titleHeadingText)
	tags     []string
	cards    []Card
	warnings []Warning
	seen     cardSet
	covered  lineSet   // file lines that went into a card
	heads    []heading // the heading path at the current block

	scopes    [2]madeScope             // the last scopes made, newest first
	slab      []string                 // see strs
	headCount map[string]int           // how often each heading text occurs in the note (lower case)
	asked     map[string]bool          // the answers repeated gave, by heading text
	columns   map[string]bool          // the names of tables' key columns in contexts (see nameOwners)
	rowLines  map[int]bool             // the lines of table rows that made cards (see nameOwners)
	rowTables map[int]rowTable         // the lines of table rows that made cards, and their tables (see tableRowsApart)
	handLines map[int]int              // the lines of bullets numbered by hand, and their numbers' widths (see handNumber)
	starLines map[int]bool             // the lines of a STAR story's initials, "- S: …" (see starPartFront)
	parts     struct{ section, n int } // bold terms over definitions in the section at line section (see boldParts)

	onlyUnused bool   // the title's card is being made: its bullet lists show only items no card used
	examples   int    // example callouts being read (see readExamples)
	lastCase   string // the last term of the section named like a law case (see briefFront)
	twins      bool   // a repeated card was kept as another owner's part (see twinOf)
	earlier    []Card // the last cards of the chunks before, when a chunk is carded again (see lastCard)

	labels map[string][2]int // the first card asked by each labelled front, and how many ask it (see numberLabel)
	keyed  map[string]bool   // the symbols keyed by a "where $m$ is …" sentence, by section (see whereKeys)
	paired map[pairKey]bool  // whether most items of a list split at a dash, by list and dash (see pairList)
	// labelled holds the card of each callout asked with its heading,
	// "Cells: Theorem"; proofs holds the proof card asking each such card
	// (see proofOfLabelled).
	labelled map[*ast.Blockquote]int
	proofs   map[int]int
}

// A heading is one level of the heading path.
type heading struct {
	level int
	text  string // plain text
	html  string // front
	line  int
	key   string // the plain text before a rule cleaned it into text, that identifies its cards (see Card.ContextKey); "" when none did
	was   string // the front its card had before its date was cut (see cutHeadingDate), that identifies that card; "" when it had none
}

// A scope is where a card comes from: its heading path and the parent bullets above it.
type scope struct {
	heads   []heading
	parents []string
	keys    []string // the text that identifies the cards under each parent a rule cleaned (see Card.ContextKey), "" for the others; nil when none was
	tag     string   // the heading path as a tag, made once for all the cards of a section
	asked   string   // the question of the toggle the blocks are the answer of, if any
	owner   string   // the innermost heading as an owner is asked with (see builder.headingOwner)
}

func (s scope) with(parent string) scope {
	return s.withKey(parent, "")
}

// withKey returns s.with(parent), the cards under parent identified by
// key, the text parent had before a rule cleaned it, when key is not "".
func (s scope) withKey(parent, key string) scope {
	if parent = resolveWikilinks(untagged(strings.TrimSpace(parent))); parent == "" {
		return s
	}
	if task := strings.TrimPrefix(strings.TrimPrefix(parent, "☑ "), "☐ "); task != parent && task != "" {
		// "- [ ] Searching Algorithms" over its cards: the context names
		// the topic, as the task's own card asks it, without the box; the
		// cards keep the identity they had under the box.
		if key == "" {
			key = parent
		}
		parent = task
	}
	n := scope{heads: s.heads, parents: append(append([]string(nil), s.parents...), parent), tag: s.tag, asked: s.asked, owner: s.owner}
	if s.keys != nil || key != "" {
		n.keys = make([]string, len(n.parents))
		copy(n.keys, s.keys)
		n.keys[len(n.keys)-1] = resolveWikilinks(untagged(strings.TrimSpace(key)))
	}
	return n
}

// ownerFrontKey returns the front that identifies a card of front under s
// when a rule cleaned its owner, the last parent bullet (see withKey), and
// front opens with that owner's name: "Verschiedenen Arten:
// Spannungsgesteuerte Ionenkanäle" keeps the identity it had as "Hier sind
// die verschiedenen Arten: Spannungsgesteuerte Ionenkanäle". It returns ""
// for any other front.
func (s scope) ownerFrontKey(front string) string {
	n := len(s.parents)
	if n == 0 || n > len(s.keys) || s.keys[n-1] == "" {
		return ""
	}
	if rest, ok := strings.CutPrefix(front, escapeText(s.parents[n-1])+": "); ok {
		return escapeText(s.keys[n-1]) + ": " + rest
	}
	return ""
}

// datedOwnerKey returns the front that identifies a card asked with a
// heading whose date was cut, "Le Passé Composé: Les Emplois", as it was
// asked with the date, "Sept. 11, 2024 - Le Passé Composé: Les Emplois";
// "" for any other front.
func (b *builder) datedOwnerKey(front string, sc scope) string {
	for i := range sc.heads {
		h := &sc.heads[i] // not a copy of each heading for the test of its date
		if h.was == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(front, escapeText(b.headingOwner(h.text))+": "); ok {
			return escapeText(b.headingOwner(h.key)) + ": " + rest
		}
	}
	return ""
}

// context returns the card context: headings, then parent bullets.
func (s scope) context() []string {
	if len(s.heads)+len(s.parents) == 0 {
		return nil
	}
	c := make([]string, 0, len(s.heads)+len(s.parents))
	for _, h := range s.heads {
		c = append(c, h.text)
	}
	return append(c, s.parents...)
}

// newBuilder returns a builder for the cards of the note p.
func newBuilder(p *parsed, title string, tags []string) *builder {
	return &builder{p: p, title: title, titleAs: titleHeadingText(title), tags: tags, seen: newCardSet(0), asked: map[string]bool{}}
}

// titleHeadingText returns a title as headingOf reads the text of its
// heading: "# Chapter 3:" heads the path "Chapter 3", "# [[Cell biology]]"
// the path "Cell biology".
func titleHeadingText(title string) string {
	return resolveWikilinks(cutLengthHint(strings.TrimSpace(strings.TrimRight(title, ":："))))
}

// A cardSet is a set of cards by their sides. It keys a card by its front
// and a sample of its back, so that a long back costs nothing to hash, and
// compares the whole back when keys collide.
type cardSet struct {
	first map[cardKey]string // the back of the first card with each key
	more  map[[2]string]bool // the other cards whose key a card took first
	under *cardSet           // the cards of the set this one was laid over, if any
}

// A cardKey is a card's front and a sample of its back: its length and ends.
type cardKey struct {
	front      string
	n          int
	head, tail uint64 // the first and last 8 bytes
}

// newCardSet returns an empty cardSet with room for n cards.
func newCardSet(n int) cardSet {
	return cardSet{first: make(map[cardKey]string, n)}
}

// keyOf returns the key of the card front, back.
func keyOf(front, back string) cardKey {
	return cardKey{front: front, n: len(back), head: load8(back), tail: load8(back[max(0, len(back)-8):])}
}

// load8 returns the first 8 bytes of s (fewer if s is shorter) as a number.
func load8(s string) uint64 {
	var x uint64
	for i := range min(len(s), 8) {
		x |= uint64(s[i]) << (8 * i)
	}
	return x
}

// add puts the card front, back in the set and reports whether it was not
// there already.
func (s *cardSet) add(front, back string) bool {
	if s.under != nil && s.under.has(front, back) {
		return false
	}
	k := keyOf(front, back)
	b, ok := s.first[k]
	if !ok {
		s.first[k] = back
		return true
	}
	if b == back || s.more[[2]string{front, back}] {
		return false
	}
	if s.more == nil {
		s.more = map[[2]string]bool{}
	}
	s.more[[2]string{front, back}] = true
	return true
}

// has reports whether the card front, back is in the set.
func (s cardSet) has(front, back string) bool {
	b, ok := s.first[keyOf(front, back)]
	if ok && (b == back || s.more[[2]string{front, back}]) {
		return true
	}
	return s.under != nil && s.under.has(front, back)
}

// over returns an empty set laid over s: it holds the cards of s and those
// added to it, and adding to it leaves s as it was. A chunk carded again
// in a merge adds its cards over those of the chunks before, which copying
// cost their number for each such chunk: quadratic in a long note whose
// every chunk is carded again (one "Core Idea" under each of 20,000 owners).
// s must not change while the set over it is used.
func (s *cardSet) over() cardSet {
	return cardSet{first: map[cardKey]string{}, under: s}
}

// A lineSet is a set of file lines, one bit a line: a chunk's builder marks
// lines all over the note (the heading lines of earlier chunks too), and a
// bit costs less than a map entry.
type lineSet []uint64

// add puts line l in the set.
func (s *lineSet) add(l int) {
	w := l >> 6
	if w >= len(*s) {
		*s = slices.Grow(*s, w+1-len(*s))[:w+1]
	}
	(*s)[w] |= 1 << (l & 63)
}

// has reports whether line l is in the set.
func (s lineSet) has(l int) bool {
	w := l >> 6
	return w < len(s) && s[w]&(1<<(l&63)) != 0
}

// markIn sets lines[l] for every line l of the set.
func (s lineSet) markIn(lines []bool) {
	for w, word := range s {
		for word != 0 {
			lines[w<<6+bits.TrailingZeros64(word)] = true
			word &= word - 1
		}
	}
}

// children returns the child nodes of n. A list has as many items as
// lines, each asked for its children: the slices are cut from blocks of
// memory that p hands out in turn (and drops with its AST, see release).
func (p *parsed) children(n ast.Node) []ast.Node {
	k := n.ChildCount()
	if cap(p.nodes)-len(p.nodes) < k {
		p.nodes = make([]ast.Node, 0, max(128, k))
	}
	at := len(p.nodes)
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		p.nodes = append(p.nodes, c)
	}
	return p.nodes[at:len(p.nodes):len(p.nodes)]
}

var (
	htmlHeading = lazyRegexp(`(?is)^\s*<h([1-6])\b[^>]*>(.*?)</h[1-6]\s*>\s*$`)
	numbering   = lazyRegexp(`^(?:(?:\d+(?:\.\d+)*[.)]|\d+(?:\.\d+)+)(?:\s*[-–—:])?|\d{1,2}\s*[-–—])\s+`)
	// bibliographyTitle heads a list of books to read or of notes to go to:
	// titles, not answers, whether they are links or not.
	bibliographyTitle = lazyRegexp(`(?i)^(books?|bibliography|textbooks?|further reading|reading list|recommended reading|required reading|literature|works cited|related( notes| topics| pages)?|backlinks)\s*:?$`)
	sourcesTitle      = lazyRegexp(`(?i)^(sources?|source\(s\)|main sources?|further reading|references?|see also|links|connections|read more|credits?|related( notes| topics| pages)?|backlinks|(linked |unlinked )?mentions|appears in|referenced in|(incoming|outgoing) links|parent( topic| note)?|pages|children|sub-?topics|next|previous|up|voir aussi|sous-sujets)\b`)
)

// stripNumbering removes the numbering that starts s: "2.1 ", "3) ",
// "3.1 - ", "4 – ", "6.-"; not a year ("1789: …", "2024 Election"). The
// emoji or bullet that decorates a heading goes with it (see
// cutLeadDecoration): "🔹 1. Two Pointers" gives "Two Pointers", and "👉
// What it means" "What it means".
func stripNumbering(s string) string {
	if t := cutLeadDecoration(s); t != s {
		return stripNumbering(t)
	}
	if t, ok := cutKeycap(s); ok {
		return t // "1️⃣ Association"
	}
	if t, ok := cutCJKNumbering(s); ok {
		return t // "一、TCP/UDP", "(가) 버스형"
	}
	if s == "" || !isDigit(rune(s[0])) {
		return s // numbering starts with a digit: no need for the regexp
	}
	if t, ok := cutGluedNumbering(s); ok {
		return t
	}
	return numbering().ReplaceAllString(s, "")
}

// headingText cleans a heading for use as a front: no numbering, no trailing colon.
func headingText(s string) string {
	s = strings.TrimSpace(s)
	if t := stripNumbering(s); t != "" && hasWordChar(t) {
		s = t
	}
	return strings.TrimSpace(strings.TrimRight(s, ":："))
}

// headingOf reports whether n is a heading (Markdown or a one-line HTML <hN>).
func (b *builder) headingOf(n ast.Node) (heading, bool) {
	p := b.p
	if p.hidden[n] {
		return heading{}, false
	}
	switch n := n.(type) {
	case *ast.Heading:
		if q, ok := p.questionHeading(n); ok {
			// "What did the victory show? That …": the section is the question's.
			return heading{level: n.Level, text: strings.TrimSpace(p.plain(n, q.termLo, q.termHi)),
				html: p.html(n, q.termLo, q.termHi), line: p.lineOf(n)}, true
		}
		lo, hi := p.upLinkEnd(n), selfAnchorStart(n, p.src)
		text := cutLengthHint(untagged(strings.TrimSpace(strings.TrimRight(p.plain(n, lo, hi), ":："))))
		if strings.Contains(text, "[[") {
			text = resolveWikilinks(text) // "[[Angina]] vs MI" in the context and tags reads "Angina vs MI"
		}
		html := strings.TrimSpace(p.html(n, lo, hi))
		html = cutLengthHint(boldColon(strings.TrimSpace(strings.TrimRight(html, ":："))))
		if t, ok := cutDoubledMarker(n.Level, text); ok {
			text = t
			html, _ = cutDoubledMarker(n.Level, html)
		}
		text, html = cutStrayStars(text, html)
		if t := stripNumbering(html); t != html && hasWordChar(stripTags(t)) {
			html = cutFrontNumbering(cutBoldNumber(t)) // "🚀 **1. Deployment**" as "**1. Deployment**"
		} else if t, ok := cutRomanNumbering(html); ok && hasWordChar(stripTags(t)) {
			html = t // "### IV. Ribosome" in an outline
		} else if t, ok := p.cutOutlineLetter(n, html); ok {
			html = t // "### A. Thiazide Diuretics" beside "### B. Loop Diuretics"
			text, _ = p.cutOutlineLetter(n, text)
		} else {
			html = cutFrontNumbering(cutBoldNumber(html)) // "**Q3. What is a list?**", "**1. Master Node** – The Brain"
		}
		html = unwrapWholeBold(html) // "### **Themen aus Vorlesung:**" names its section as the plain heading does
		tagged, taggedHTML := text, html
		text, html = cutKindName(cutKindTag(text, html))
		key := ""
		if tagged != text && strings.HasPrefix(tagged, "#") {
			key, _ = cutKindName(tagged, taggedHTML) // "#Theorem Eigenspaces" keeps the identity it had with its "#"
		}
		was := ""
		if t, ok := cutHeadingDate(text); ok {
			if h, ok := cutHeadingDate(html); ok {
				if key == "" {
					key = text // "Sept. 11, 2024 - Le Passé Composé" keeps the identity it had with its date
				}
				text, html, was = t, h, html
			}
		}
		return heading{level: n.Level, text: text, html: html, line: p.lineOf(n), key: key, was: was}, text != ""
	case *ast.HTMLBlock:
		if n.Lines().Len() != 1 {
			return heading{}, false
		}
		m := htmlHeading().FindStringSubmatch(string(segValue(n.Lines().At(0), p.src)))
		if m == nil {
			return heading{}, false
		}
		text := strings.TrimSpace(strings.TrimRight(stripTags(m[2]), ":："))
		return heading{level: int(m[1][0] - '0'), text: text, html: escapeText(headingText(text)), line: p.lineOf(n)}, text != ""
	}
	return heading{}, false
}

// repeated reports whether a heading text occurs more than once in the note,
// by headCount, and remembers the answer: headCount may be a guess (see
// chunk).
func (b *builder) repeated(text string) bool {
	t := strings.ToLower(text)
	r := b.headCount[t] > 1
	b.asked[t] = r
	return r
}

// document walks the top-level nodes section by section.
func (b *builder) document(nodes []ast.Node) {
	var next heading // the heading that ends a section starts the next one
	for i := 0; i < len(nodes); {
		h, isHead := next, i > 0
		if i == 0 {
			h, isHead = b.headingOf(nodes[i])
		}
		j := i
		if isHead {
			j++
		}
		for j < len(nodes) {
			if b.p.o2aNotes {
				// A heading inside an Obsidian_to_Anki note, "START" /
				// "Basic" over "## What is a Neural Network?" … "END",
				// is the note's field, as the plugin reads it: the section
				// runs on past the note's END.
				if notes := b.p.o2aAt(nodes, j); notes != nil {
					j = notes[len(notes)-1].end + 1
					continue
				}
			}
			if hj, ok := b.headingOf(nodes[j]); ok {
				next = hj
				break
			}
			j++
		}
		body := nodes[i:j]
		b.lastCase = ""
		b.definedAt = -1
		if isHead {
			body = nodes[i+1 : j]
			marked := h.text
			h = continued(h, b.heads)
			cont := h.text != marked
			if b.legendHeading(nodes[i], h.text, h.level) {
				b.legendKey(nodes[i], body)
				b.legendBody(body, b.scope())
				i = j
				continue
			}
			sibling := false // a heading of h's level ends here: what a proof proves
			for len(b.heads) > 0 && b.heads[len(b.heads)-1].level >= h.level {
				sibling = sibling || b.heads[len(b.heads)-1].level == h.level
				b.heads = b.heads[:len(b.heads)-1]
			}
			if isSourcesTitle(h.text) && b.sourcesBody(body) || b.p.creditOnly(body) || len(h.text) <= len("recommended reading:") && bibliographyTitle().MatchString(h.text) ||
				b.readingsSection(h.text, body) || isReflectionTitle(h.text) || b.tocSection(h.text, body) || b.goalsSection(h.text, body) ||
				b.metadataSection(h.text, body) || b.revisionSection(h.text, body) {
				b.skip(nodes[i:j]...)
				i = j
				continue
			}
			// A title tagged as a flashcard, Logseq's "- # What is X? #card",
			// asks for all that is under it.
			title := h.level == 1 && h.text == b.titleAs && !b.p.markedHeading(nodes[i])
			if k := b.answeredSection(nodes, i, j, h); !title && k > i {
				b.heads = append(b.heads, h)
				if k < len(nodes) {
					next, _ = b.headingOf(nodes[k])
				}
				i = k
				continue
			}
			if notes := notesHeading(h, b.heads); title || !hasVersus(h.text) && b.boldSubheads(body) || notes {
				// The title's card holds only what no card below it used, and
				// so does a heading's over bold lines that head its parts
				// (but "Abstract Classes vs. Interfaces" asks for both), and
				// a "## Notes" section's under a chapter's title, but for
				// what follows the rule that closes the note's last section.
				var trailer []ast.Node
				if k := b.trailerRule(nodes, i, j, h); notes && k > 0 {
					body, trailer = body[:k], body[k+1:]
				}
				at := len(b.cards)
				b.heads = append(b.heads, h)
				b.blocks(body, b.scope())
				b.heads = b.heads[:len(b.heads)-1]
				if len(b.cards) > at {
					body = b.unused(body)
					b.onlyUnused = true
				}
				if title || len(body) > 0 {
					b.headingCard(h, nodes[i], body, at)
				} else {
					b.cover(nodes[i]) // its parts asked all it holds
				}
				b.onlyUnused = false
				b.heads = append(b.heads, h)
				if len(trailer) > 0 {
					b.heads = titleHeads(b.heads)
					b.blocks(trailer, b.scope())
				}
				i = j
				continue
			}
			if len(body) == 0 {
				b.headingList(h, nodes, j) // "## DDx:" over "### 50% -> Choledocholithiasis", …
			}
			if k := b.trailerRule(nodes, i, j, h); k > 0 {
				// The note rules its sections off and the last rule closes
				// the last section: what follows it is the note's.
				at := len(b.cards)
				b.headingCard(h, nodes[i], body[:k], at)
				b.heads = append(b.heads, h)
				b.blocks(body[:k], b.scope())
				b.heads = titleHeads(b.heads)
				b.blocks(body[k+1:], b.scope())
				i = j
				continue
			}
			if k := b.ruledOff(h, body); k > 0 {
				// A rule closed the heading's text: the cards below are made
				// first, and the heading answers with its text above the rule
				// and what no card used after it, which is lost otherwise.
				at := len(b.cards)
				b.heads = append(b.heads, h)
				b.blocks(body, b.scope())
				b.heads = b.heads[:len(b.heads)-1]
				b.headingCard(h, nodes[i], append(slices.Clip(body[:k]), b.unusedLeadsOn(body[k+1:])...), at)
				b.heads = append(b.heads, h)
				i = j
				continue
			}
			at := len(b.cards)
			b.headingCard(h, nodes[i], body, at)
			if cont {
				b.mergeContinued(at)
			}
			b.answerOwner(h, at)
			b.heads = append(b.heads, h)
			if b.provesAbove(h, sibling) && isProofHeading(h.text) {
				i = j // the steps of a proof stay on its heading's card
				continue
			}
		}
		b.blocks(body, b.scope())
		if b.definedAt >= 0 {
			b.dropAskedAgain(b.definedAt)
			b.definedAt = -1
		}
		if !isHead {
			b.openingCard(body)
		}
		i = j
	}
}

// scope returns the current heading path.
func (b *builder) scope() scope {
	// A section asks for its scope and its parent's, once each and again for
	// its heading card: the last two are kept with their tags.
	for _, m := range b.scopes {
		if m.made && slices.Equal(m.sc.heads, b.heads) {
			return m.sc
		}
	}
	sc := scope{heads: append([]heading(nil), b.heads...), tag: b.deeperTag()}
	if len(b.heads) > 0 {
		sc.owner = b.headingOwner(b.heads[len(b.heads)-1].text)
	}
	b.scopes[1], b.scopes[0] = b.scopes[0], madeScope{sc: sc, made: true}
	return sc
}

// deeperTag returns headingTag(b.heads), from the tag of a kept scope one
// level up when there is one: the same first heading, so the same title
// rule, and one more part.
func (b *builder) deeperTag() string {
	n := len(b.heads)
	for _, m := range b.scopes {
		if n >= 2 && m.made && slices.Equal(m.sc.heads, b.heads[:n-1]) {
			return joinTag(m.sc.tag, tagPart(b.heads[n-1].text))
		}
	}
	return b.headingTag(b.heads)
}

// A madeScope is a scope the builder made, or none.
type madeScope struct {
	sc   scope
	made bool
}

// skip marks the lines of nodes as not content.
func (b *builder) skip(nodes ...ast.Node) {
	for _, n := range nodes {
		first, last := b.p.span(n)
		for l := first; l > 0 && l <= last; l++ {
			b.p.skipped[l] = true
		}
		if h, ok := n.(*ast.HTMLBlock); ok && h.HasClosure() {
			b.p.skipped[b.p.line(h.ClosureLine.Start)] = true
		}
	}
}

// cover marks the lines of nodes as used by a card.
func (b *builder) cover(nodes ...ast.Node) {
	for _, n := range nodes {
		first, last := b.p.span(n)
		b.coverLines(first, last)
		if h, ok := n.(*ast.HTMLBlock); ok && h.HasClosure() {
			b.covered.add(b.p.line(h.ClosureLine.Start))
		}
	}
}

func (b *builder) coverLines(first, last int) {
	for l := first; l > 0 && l <= last; l++ {
		b.covered.add(l)
	}
}

var (
	skipStart = lazyRegexp(`<!--\s*notes2deck:skip\s*-->`)
	skipEnd   = lazyRegexp(`<!--\s*notes2deck:end\s*-->`)
)

// dropSkipped removes HTML comments and the regions between
// <!-- notes2deck:skip --> and <!-- notes2deck:end --> from nodes.
func (b *builder) dropSkipped(nodes []ast.Node) []ast.Node {
	if !slices.ContainsFunc(nodes, b.dropsOut) {
		return nodes // nothing to drop or copy
	}
	var out []ast.Node
	skipping := false
	for _, n := range nodes {
		raw := ""
		if h, ok := n.(*ast.HTMLBlock); ok {
			raw = b.p.rawBlock(h)
		}
		switch {
		case skipping:
			b.skip(n)
			if skipEnd().MatchString(raw) {
				skipping = false
			}
		case skipStart().MatchString(raw):
			b.skip(n)
			skipping = !skipEnd().MatchString(raw[skipStart().FindStringIndex(raw)[1]:])
		case raw != "" && isComment(raw):
			b.skip(n)
		case unclosedComment(raw):
			b.warnUnclosedComment(n)
			b.skip(n)
		case b.p.pageFields(n) || b.p.isObsidianComment(n) || b.p.isTOCMarker(n) || b.p.isTodoCallout(n) || b.p.isLinksCallout(n):
			b.skip(n)
		default:
			if b.p.pluginFence(n) {
				b.skip(n)
				continue
			}
			if deck, tags, ok := b.p.o2aSettings(n); ok {
				b.skip(n)
				if b.p.targetDeck == "" {
					b.p.targetDeck, b.p.targetLine = deck, b.p.lineOf(n)
				}
				for _, t := range o2aTags(tags) {
					b.p.hashtags = append(b.p.hashtags, hashtag{t, b.p.lineOf(n)})
				}
				continue
			}
			if tags := b.p.tagLine(n); tags != nil {
				b.skip(n)
				for _, t := range tags {
					b.p.hashtags = append(b.p.hashtags, hashtag{t, b.p.lineOf(n)})
				}
				continue
			}
			out = append(out, n)
		}
	}
	return out
}

// propertyBlock returns the paragraph of page properties that opens a note,
// under its title if it has one, as Notion exports them: "Created: September
// 14, 2023 10:12 AM", "Class: PSYC 201", "Type: Lecture". They describe the
// page, not the subject, so they make no cards and are not on the sheet.
// Every line must be "Key: value" with a short capitalised key, and one of
// them a creation or edit date; nil if there is no such paragraph.
func (p *parsed) propertyBlock(nodes []ast.Node) ast.Node {
	if len(nodes) > 1 {
		if h, ok := nodes[0].(*ast.Heading); ok && h.Level == 1 {
			nodes = nodes[1:]
		}
	}
	if len(nodes) == 0 {
		return nil
	}
	par, ok := nodes[0].(*ast.Paragraph)
	if !ok {
		return nil
	}
	lines := p.lines(par)
	if len(lines) > maxPropertyLines {
		return nil // each line's text reads the whole paragraph: 20,000 "O: Observed, E: Expected" lines took 8 s
	}
	dated := false
	for _, r := range lines {
		key, value, ok := strings.Cut(strings.TrimSpace(p.plain(par, r[0], r[1])), ": ")
		first, _ := utf8.DecodeRuneInString(key)
		if !ok || value == "" || len(key) > 32 || countFields(key) > 4 || !unicode.IsUpper(first) {
			return nil
		}
		if pageDateKeys[strings.ToLower(key)] || pageDate().MatchString(strings.TrimSpace(value)) {
			dated = true
		}
	}
	if !dated {
		return nil
	}
	return par
}

// maxPropertyLines is the most lines a paragraph of page properties has;
// Notion writes a handful.
const maxPropertyLines = 40

// pageDateKeys are the properties in which notes apps record when a page
// was made or changed.
var pageDateKeys = map[string]bool{
	"created": true, "created time": true, "created at": true, "date created": true, "created on": true,
	"last edited": true, "last edited time": true, "last edited by": true, "created by": true,
	"last modified": true, "modified": true, "updated": true, "last updated": true,
}

// pageDate matches a time stamp as Notion writes it, "September 14, 2023
// 10:12 AM". A date alone may be what the note teaches ("D-Day: June 6, 1944").
var pageDate = lazyRegexp(`^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4} \d{1,2}:\d{2} ?(AM|PM)$`)

// A hashtag is a tag of a line of #tags alone, and the line.
type hashtag struct {
	tag  string
	line int
}

// dropsOut reports whether dropSkipped drops n or may start skipping at it.
func (b *builder) dropsOut(n ast.Node) bool {
	return isHTMLBlock(n) || b.p.pageFields(n) || b.p.isObsidianComment(n) || b.p.isTOCMarker(n) || b.p.tagLine(n) != nil || b.p.isO2ASettings(n) || b.p.pluginFence(n) || b.p.isTodoCallout(n) || b.p.isLinksCallout(n)
}

// isTOCMarker reports whether n is a paragraph that asks an editor for a
// table of contents: "[TOC]", "[[_TOC_]]", "${toc}", "@[toc]" (markdown-it's,
// which Velog and Zenn write), or kramdown's list of one item over "{:toc}".
func (p *parsed) isTOCMarker(n ast.Node) bool {
	if l, ok := n.(*ast.List); ok && l.ChildCount() == 1 {
		// kramdown's "* TOC" over "{:toc}" (a line foreignMarkup drops).
		head := l.FirstChild().FirstChild()
		if head == nil || head.Lines() == nil || head.Lines().Len() != 1 {
			return false // "*" alone
		}
		end := head.Lines().At(0).Stop
		rest := p.src[end:min(len(p.src), end+16)]
		return bytes.HasPrefix(bytes.TrimLeft(rest, " \t\n"), []byte("{:toc}"))
	}
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() != 1 {
		return false
	}
	seg := par.Lines().At(0)
	t := bytes.TrimSpace(p.src[seg.Start:seg.Stop])
	if len(t) < 5 || len(t) > 9 || t[0] != '[' && t[0] != '$' && t[0] != '{' && t[0] != '@' {
		return false // the quick test: most paragraphs are no marker
	}
	for _, m := range []string{"[toc]", "[[_toc_]]", "${toc}", "[[toc]]", "{:toc}", "@[toc]"} {
		if bytes.EqualFold(t, []byte(m)) {
			return true
		}
	}
	return false
}

// isPlaceholder reports whether the text of a card's back only holds the
// place of an answer to write: "TODO", "TBD", "（待补充）", a course's
// "> Add notes" under a heading left to fill in, a table's "ADD HERE" cell
// or its "NEW ROW" left to fill in.
func isPlaceholder(back string) bool {
	if head := back[:min(len(back), 64)]; (strings.Contains(head, "TODO:") || strings.Contains(head, "todo:") || strings.Contains(head, "Todo:")) &&
		todoLink(stripTags(back)) {
		return true // the quick test first: most backs are long and hold no TODO
	}
	if len(back) > 64 {
		return false // a placeholder is a word or two, in a tag or two
	}
	t := strings.Trim(strings.TrimSpace(stripTags(back)), ".…!()（）[]-–—: ")
	if t == "SKIM" || t == "SKIP" {
		return true // "SKIM" under a section: the student's mark to read it later, in capitals
	}
	t = strings.ToLower(t)
	switch t {
	case "todo", "tbd", "tba", "to do", "to be added", "to be done", "to be written", "to be continued", "coming soon", "wip", "fill in", "fill in later", "todo later",
		"add notes", "add notes here", "notes here", "add here", "new row":
		return true
	}
	return strings.HasPrefix(t, "待补充") || strings.HasPrefix(t, "todo:") && countFields(t) <= 4
}

// todoLink reports whether t is a note to read a page later, "TODO:
// https://www.atlassian.com/git/tutorials/…": a link after "TODO:" and a
// word or two at most besides.
func todoLink(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 5 || !strings.EqualFold(t[:5], "todo:") || !strings.Contains(t, "://") {
		return false
	}
	words := 0
	for w := range strings.FieldsSeq(t[5:]) {
		if !strings.Contains(w, "://") {
			words++
		}
	}
	return words <= 2
}

// isObsidianComment reports whether n is a paragraph of Obsidian comments,
// "%% TODO: add ECG pictures %%": Obsidian shows it to nobody.
func (p *parsed) isObsidianComment(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() == 0 {
		return false
	}
	first, last := par.Lines().At(0), par.Lines().At(par.Lines().Len()-1)
	raw := bytes.TrimSpace(p.src[first.Start:last.Stop])
	return len(raw) >= 4 && bytes.HasPrefix(raw, []byte("%%")) && bytes.HasSuffix(raw, []byte("%%")) &&
		len(bytes.TrimSpace(obsidianMarks().ReplaceAll(raw, nil))) == 0
}

// footnoteDef reports whether n is a paragraph of footnote definitions,
// "[^1]: apparently we can do without it": next to the text that cites it,
// it explains; in a "Footnotes" section of its own it asks nothing.
func (p *parsed) footnoteDef(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() == 0 {
		return false
	}
	return footnoteLabel().Match(segValue(par.Lines().At(0), p.src))
}

// footnoteLabel matches the start of a footnote definition.
var footnoteLabel = lazyRegexp(`^\s{0,3}\[\^[^\]\s]+\]:`)

// tagLine returns the tags of a paragraph of Obsidian tags alone, "#python
// #basics" or, after a label, "Tags: #a, #b/c" or "**Tags:** #a" (or "Tags:" and "#a" on the
// next line, as "Corso:  " over "#prerequisiti"), or HackMD's heading of
// tags (see hackmdTags), as Anki tags ("b::c"); nil for any other block. Such a paragraph is no card's content: its tags go on
// every card of the note.
func (p *parsed) tagLine(n ast.Node) []string {
	if h, ok := n.(*ast.Heading); ok {
		return p.hackmdTags(h)
	}
	if par, ok := n.(*ast.Paragraph); !ok || par.Lines().Len() == 0 {
		return nil
	}
	first := n.Lines().At(0)
	if n.Lines().Len() == 1 {
		if tags := vimwikiTags(bytes.TrimSpace(first.Value(p.src))); tags != nil {
			return tags
		}
	}
	if t := bytes.TrimLeft(first.Value(p.src), " \t"); !bytes.HasPrefix(t, []byte("#")) && !bytes.Contains(t, []byte(": #")) && !bytes.Contains(t, []byte(":** #")) &&
		!(bytes.HasSuffix(bytes.TrimRight(t, " \t\r\n\\"), []byte(":")) && n.Lines().Len() == 2 &&
			bytes.HasPrefix(bytes.TrimLeft(segValue(n.Lines().At(1), p.src), " \t"), []byte("#"))) {
		return nil // the quick test: "#" or a label such as "Tags:" opens the paragraph, or a label over "#" alone
	}
	fields := strings.Fields(p.plain(n, 0, everything))
	if len(fields) > 1 && !hasWordChar(fields[0]) && !strings.HasPrefix(fields[0], "#") {
		fields = fields[1:] // an emoji before the label: "🏷️ Tags: #a"
	}
	if len(fields) > 1 && strings.HasSuffix(fields[0], ":") && len(fields[0]) <= 20 {
		fields = fields[1:] // "Tags: #a", "Subject/Topics: #kernel #linux"
	}
	var tags []string
	for _, f := range fields {
		if tagFiller(f) {
			continue
		}
		t, ok := obsidianTag(strings.TrimSuffix(f, ","))
		if !ok {
			return nil
		}
		tags = append(tags, t)
	}
	return tags
}

// vimwikiTag matches a line of Vimwiki's tags alone, ":glycolyse:biochemie:".
var vimwikiTag = lazyRegexp(`^:(?:[\p{L}\p{N}_-]+:)+$`)

// vimwikiTags returns the Anki tags of line when it holds Vimwiki's tags
// alone, ":katalytische_triade:serin:" under a note's title, each with a
// letter; nil otherwise. ":-)" or "Note: x" is no such line.
func vimwikiTags(line []byte) []string {
	if len(line) < 3 || line[0] != ':' || line[len(line)-1] != ':' || !vimwikiTag().Match(line) {
		return nil
	}
	var tags []string
	for _, f := range strings.Split(strings.Trim(string(line), ":"), ":") {
		t, ok := obsidianTag("#" + f)
		if !ok {
			return nil
		}
		tags = append(tags, t)
	}
	return tags
}

// obsidianTag returns the Anki tag of an Obsidian tag, "#name": letters,
// digits, "_", "-" and "/" (nesting, which Anki writes "::"), at least one
// letter, no "/" at either end. Nesting written as Anki writes it,
// "#bio::cells", is read as "#bio/cells" is.
func obsidianTag(f string) (string, bool) {
	name, ok := strings.CutPrefix(f, "#")
	if strings.Contains(name, "::") {
		name = strings.ReplaceAll(name, "::", "/")
	}
	if !ok || name == "" || name[0] == '/' || name[len(name)-1] == '/' || strings.Contains(name, "//") || isHexColour(name) {
		return "", false
	}
	letter := false
	for _, r := range name {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r) || r == '_' || r == '-' || r == '/':
		default:
			return "", false
		}
	}
	return strings.ReplaceAll(name, "/", "::"), letter
}

// isHexColour reports whether name, what follows a "#", is a colour in
// hex, as CSS writes it: three, four, six or eight hex digits, a digit
// among them or one digit throughout ("#FCD0E0", "#0af", "#fff"); "#decade"
// is a word. "It can be used for colors, ex. #FCD0E0" ends with the colour,
// which is no tag.
func isHexColour(name string) bool {
	switch len(name) {
	case 3, 4, 6, 8:
	default:
		return false
	}
	digit := false
	for i := 0; i < len(name); i++ {
		c := name[i] | 0x20
		switch {
		case name[i] >= '0' && name[i] <= '9':
			digit = true
		case c < 'a' || c > 'f':
			return false
		}
	}
	return digit || strings.Count(name, name[:1]) == len(name)
}

// isTaskList reports whether n is a to-do list: every item opens with a
// check box ("- [ ] revise chapter 3"). What is left to do answers nothing.
func isTaskList(n ast.Node) bool {
	l, ok := n.(*ast.List)
	if !ok || l.FirstChild() == nil {
		return false
	}
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		head := it.FirstChild()
		if head == nil || head.FirstChild() == nil {
			return false
		}
		if _, ok := head.FirstChild().(*east.TaskCheckBox); !ok {
			return false
		}
	}
	return true
}

// isRule reports whether n is a thematic break ("---").
func isRule(n ast.Node) bool {
	_, ok := n.(*ast.ThematicBreak)
	return ok
}

// isHTMLBlock reports whether n is an HTML block.
func isHTMLBlock(n ast.Node) bool {
	_, ok := n.(*ast.HTMLBlock)
	return ok
}

// isComment reports whether raw HTML holds only comments.
func isComment(raw string) bool {
	return strings.TrimSpace(htmlComment().ReplaceAllString(raw, "")) == ""
}

var htmlComment = lazyRegexp(`(?s)<!--.*?-->`)

// unclosedComment reports whether raw HTML opens a comment it never closes:
// "<!-- x" with no "-->". Such a block runs to the end of the note (or of
// the list item that holds it), and a browser hides all of it, as it hides
// a comment, where the cards showed "<!-- x" as an answer.
func unclosedComment(raw string) bool {
	return strings.HasPrefix(strings.TrimSpace(raw), "<!--") && !strings.Contains(raw, "-->")
}

// warnUnclosedComment warns, once, that the comment n opens is not closed
// and that the text after it is hidden: "n.md:4: comment not closed". The
// warning goes before those of later lines: a comment outside any list, at line
// 14, is found before one in a list item at line 4, which a note read in
// chunks finds first.
func (b *builder) warnUnclosedComment(n ast.Node) {
	w := Warning{Pos: Pos{File: b.p.file, Line: b.p.lineOf(n)},
		Msg: `comment not closed: the text after "<!--" is hidden, as Markdown viewers hide it (end the comment with "-->")`}
	if slices.Contains(b.warnings, w) {
		return
	}
	at := slices.IndexFunc(b.warnings, func(o Warning) bool { return o.Pos.File == w.Pos.File && o.Pos.Line > w.Pos.Line })
	if at < 0 {
		at = len(b.warnings)
	}
	b.warnings = slices.Insert(b.warnings, at, w)
}

// rawBlock returns the text of an HTML block.
func (p *parsed) rawBlock(h *ast.HTMLBlock) string {
	var s strings.Builder
	for i := 0; i < h.Lines().Len(); i++ {
		s.Write(segValue(h.Lines().At(i), p.src))
	}
	if h.HasClosure() {
		s.Write(h.ClosureLine.Value(p.src))
	}
	return s.String()
}

// fillerFronts name a part that any topic has, never a topic of their own:
// "Summary", "Overview", "Note".
var fillerFronts = map[string]bool{"summary": true, "overview": true, "introduction": true, "note": true,
	"notes": true, "example": true, "important": true, "remember": true, "tip": true}

// practicalParts name the parts every practical's write-up has, "Method",
// "Equipment", "Results": fillers too, but asked bare before they were
// asked with the note's title, so their cards keep the bare identity.
var practicalParts = map[string]bool{"method": true, "procedure": true, "equipment": true, "apparatus": true,
	"results": true, "risk assessment": true}

// titledFiller asks a filler front that stands under no heading with the
// note's title: "Summary: cells are the unit of life" at the top of "Cell
// biology.md" asks "Cell biology: Summary", where "Summary" alone is a
// question every note asks. front is returned as it is otherwise. key is
// the bare front when it is a practical's part, "# Method" atop
// "titration.md", whose card keeps the GUID it had asked bare; it is empty
// otherwise.
func (b *builder) titledFiller(front string, sc scope) (titled, key string) {
	if len(front) > 64 || len(sc.heads)+len(sc.parents) > 0 || b.title == "" {
		return front, "" // the quick tests: long, or under a heading that asks it
	}
	w := strings.Trim(stripTags(front), " :*_")
	practical := lookupLower(practicalParts, w)
	if !practical && !lookupLower(fillerFronts, w) || strings.EqualFold(w, b.title) || strings.EqualFold(w, unnumberedPart(b.title)) {
		return front, "" // no filler, or the title's own card: "# Notes" or "# 1 Overview" over the note
	}
	if practical {
		key = front
	}
	return escapeText(b.title) + ": " + front, key
}

// definitionAsks are the headings that only say that their section
// defines the heading above them: "#### What it is:" under "### DNS
// Poisoning".
var definitionAsks = map[string]bool{"what it is": true, "what is it": true, "what they are": true, "what are they": true}

// maxRemarkWords is the most words of a heading's answer that answerOwner
// takes for a remark.
const maxRemarkWords = 20

// answerOwner gives the answer of the card made at index at, heading h's
// that only says its section defines the heading above (definitionAsks), to
// that heading's card, when that card answers with a remark alone, one
// short paragraph: "### DNS Poisoning" over "This is the most important DNS
// attack." and "#### What it is:" over "Attacker inserts false records
// …" asks "DNS Poisoning" for the definition. The heading's card keeps its
// front and identity; h's card goes.
func (b *builder) answerOwner(h heading, at int) {
	if at >= len(b.cards) || len(b.heads) == 0 || b.cards[at].Pos.Line != h.line || !lookupLower(definitionAsks, strings.Trim(h.text, " *_:?")) {
		return
	}
	owner := b.heads[len(b.heads)-1]
	for k := at - 1; k >= 0; k-- {
		c := &b.cards[k]
		if c.Pos.Line != owner.line {
			continue
		}
		if c.Front == owner.html && c.Kind == Basic && remarkBack(c.Back) {
			c.Back = b.cards[at].Back
			b.cards = slices.Delete(b.cards, at, at+1)
		}
		return
	}
}

// remarkBack reports whether back, a card's answer, is one short paragraph
// alone: "This is the most important DNS attack.", "CompTIA loves this
// topic.".
func remarkBack(back string) bool {
	for _, tag := range []string{"<p>", "<br>", "<ul>", "<ol>", "<table>", "<pre>", "<blockquote>", "<div"} {
		if strings.Contains(back, tag) {
			return false
		}
	}
	return countFields(stripTags(back)) <= maxRemarkWords
}

// bareAsks are the fronts that are a question word alone, lower case:
// "Who?", "What?", "Where?", as a plan's "#### 3. **Who?**" or a log's
// "**WHO?**" label the list under them.
var bareAsks = map[string]bool{"who?": true, "what?": true, "where?": true, "when?": true, "why?": true,
	"how?": true, "which?": true, "whom?": true, "how much?": true, "how many?": true, "what if?": true}

// pronounWords are the words that make a short question point at what it
// stands under: "What it does", "How they work".
var pronounWords = map[string]bool{"it": true, "its": true, "it's": true, "they": true, "them": true, "their": true}

// askWords open a question that a pronoun may leave without its subject.
var askWords = map[string]bool{"what": true, "how": true, "why": true, "when": true, "where": true}

// maxPronounAskWords is the most words of a pronounAsk.
const maxPronounAskWords = 5

// pronounAsk reports whether front, a card's front, is a short question
// whose subject is a pronoun for what it stands under: "What it does" and
// "How it happens" under "## DNS Poisoning", "What They Do" atop
// "DaemonSets.md". Alone, it asks nothing; "How does TCP work?" and "How
// does Java support it?" name their subject.
func pronounAsk(front string) bool {
	if len(front) > 60 || front == "" || (front[0]|0x20 != 'w' && front[0]|0x20 != 'h') || strings.Contains(front, ":") {
		return false // the quick test: a question word opens it, asked of nothing yet ("What it is: Example")
	}
	words := strings.Fields(strings.Trim(stripTags(front), " *_:?"))
	if len(words) < 2 || len(words) > maxPronounAskWords || !lookupLower(askWords, words[0]) {
		return false
	}
	pronoun, upper, lower := false, false, false
	for _, w := range words[1:] {
		switch {
		case lookupLower(pronounWords, w):
			pronoun = true
		case startsUpper(w):
			upper = true
		default:
			lower = true
		}
	}
	// A name among small words names the subject: "How does Java support
	// it?"; a title capitalises them all: "When It Flips".
	return pronoun && !(upper && lower)
}

// remarkWords label a remark on what the label stands under, never a
// thing of its own: "**Exception:** Eggshell skull rule …" under "##
// Remoteness", "- **Note**" over points in a case's box, "Examples" over
// worked cases of a definition.
var remarkWords = map[string]bool{"note": true, "exception": true, "exceptions": true, "example": true, "examples": true}

// remarkLabel reports whether front, a card's front, is a remark label
// alone (remarkWords), or "Rule" and its number, "Rule 1" under
// "Privity of contract", capitalised as a label is: bare, it asks what
// every note's "Note" asks.
func remarkLabel(front string) bool {
	if len(front) > 40 {
		return false // the quick test
	}
	w := strings.Trim(stripTags(front), " *_:")
	if !startsUpper(w) {
		return false // "An **example** is a case that …" defines the word
	}
	if len(w) > len("rule ") && strings.EqualFold(w[:len("rule ")], "rule ") {
		return strings.Trim(w[len("rule "):], "0123456789") == ""
	}
	return lookupLower(remarkWords, w)
}

// ownedRemark returns front, a remark label (see remarkLabel), asked with
// what it stands under (see remarkOwner), "Remoteness: Exception" for
// "Exception" under "## Remoteness", and whether it is one; "Note:" over a
// command, back, leads on to it (see commandLeadCard) and stays.
func (b *builder) ownedRemark(front, back string, sc scope) (string, bool) {
	if !remarkLabel(front) || answersCommand(back) {
		return "", false
	}
	o := b.remarkOwner(sc)
	if o == "" {
		return "", false
	}
	return escapeText(o) + ": " + front, true
}

// remarkOwner returns what a remark label (see remarkLabel) stands under
// and is asked with: the law case whose box or section it is in, "-
// **Note**" under "McLoughlin v O'Brian (1983)", else the scope's owner
// (see scope.ownerName), "" when that names no owner.
func (b *builder) remarkOwner(sc scope) string {
	if b.lastCase != "" {
		return b.lastCase
	}
	if o := sc.ownerName(); fitsOwner(o) && namesOwner(o) && !remarkLabel(o) {
		return o
	}
	return ""
}

// translation reports whether back, in a script of its own, translates
// front, in another: "How much is it?" → "Сколько стоит?" is a phrase
// to learn, its "it" no pronoun for a heading.
func translation(front, back string) bool {
	f, b := scriptOf(stripTags(front)), scriptOf(stripTags(back))
	return f >= 0 && b >= 0 && f != b
}

// startsUpper reports whether word w opens with a capital letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// ownedAsk asks a front that is a question word alone (bareAsks) with the
// heading, or the item, it stands under: "#### 3. **Who?**" under "###
// Project Plan Purpose" asks "Project Plan Purpose: Who?", where "Who?"
// alone asks nothing. ok is false when front is no such word or stands
// under nothing.
func (b *builder) ownedAsk(front string, sc scope) (string, bool) {
	if len(front) > 40 || !strings.Contains(front, "?") {
		return front, false // the quick test
	}
	if !lookupLower(bareAsks, strings.Trim(stripTags(front), " *_:")) {
		return front, false
	}
	owner := b.title
	if n := len(sc.parents); n > 0 {
		owner = sc.parents[n-1]
	} else if n := len(sc.heads); n > 0 {
		owner = sc.heads[n-1].text
	}
	if owner == "" {
		return front, false
	}
	return escapeText(owner) + ": " + front, true
}

// add records a card unless it is empty, has equal sides or repeats another.
func (b *builder) add(front, back string, kind Kind, line int, sc scope) bool {
	// A "?" line under the question is the spaced-repetition plugin's
	// separator, written also between a question and an answer of a list.
	front = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(front), "<br>?"), "<br>??")
	if b.p.missingCaption(back, line) {
		return false
	}
	if s, ok := b.p.embeddedSection(back, line); ok {
		back = s // "?" over "![[#Definition]]": the section it shows
	}
	arrowKey := ""
	if f, glued := cutMultilineArrow(front); glued {
		arrowKey, front = front, f // "Pascal's Principle>>>" keeps the identity it had with its arrow
	} else {
		front = f
	}
	if f := cutHandNumber(front, b.handLines[line]); f != front {
		front = unwrapStrong(f) // "- 1 **Integration management**" asks as "- **Integration management**" does
	}
	if kind != Cloze {
		front = unstruck(front)
	}
	if task := strings.TrimPrefix(strings.TrimPrefix(front, "☑ "), "☐ "); task != front {
		// A task's check box asks nothing, and a task to do is no term:
		// "- [ ] Revise: class III drugs". A dash after the box is a
		// bullet typed in the task, "- [ ] - remind:: review the paper".
		task = strings.TrimPrefix(task, "- ")
		if w, _, _ := strings.Cut(task, " "); lookupLower(todoVerbs, w) {
			return false
		}
		front = task
	}
	if kind == Basic && reversedByTag(front) {
		kind = Reversed // "How to rename a branch? #card-reverse"
	}
	front, inline := cutTags(leadingTag(front))
	front, letterKey := mnemonicLetterFront(aspectItemFront(front, sc), back, sc)
	front, starKey := starPartFront(front, b.starLines[line])
	front, fillerKey := b.titledFiller(front, sc)
	if f, ok := b.ownedAsk(front, sc); ok && fillerKey == "" {
		front, fillerKey = f, front // "Who?" keeps the identity it had asked bare
	} else if o := sc.ownerName(); o != "" && fillerKey == "" && pronounAsk(front) && !translation(front, back) {
		front, fillerKey = escapeText(o)+": "+front, front // "How it works" asks bare nothing either
	} else if f, ok := b.ownedRemark(front, back, sc); ok && fillerKey == "" {
		front, fillerKey = f, front
	}
	back, own := cutLineTags(dropMarkerLines(dropSeeAlso(back)))
	inline = append(inline, own...)
	front, back = quoteAuthor(front, back)
	key := arrowKey
	if key == "" {
		key = fillerKey
	}
	if key == "" {
		key = letterKey // "Muscarinic Effects (DUMB BLESS): D" keeps the identity it had as "D"
	}
	if key == "" {
		key = starKey // "Situation" of "- S: …" keeps the identity it had as "S"
	}
	if key == "" {
		key = b.iconKey(front, line)
	}
	if key == "" {
		key = b.colonKindKey(front, line)
	}
	if f, bk, k := defaultToBack(front, back); k != "" {
		front, back, key = f, bk, k // "eta [default=0.3]" asks eta, and keeps the identity it had
	}
	if f, ok := cutQuestionLabel(front); ok {
		// "## Q: Qual è …?" over "A: Il gradiente …": the labels only mark
		// the two sides.
		if strings.HasPrefix(front, "<strong>") {
			key = front // asked with its bold label before, "**Q: Is GLBP …?**" keeps that identity
		}
		front = f
		body, para := strings.CutPrefix(strings.TrimSpace(back), "<p>")
		if a, ok := cutLabel(body, answerMarks); ok {
			back = a
			if para {
				back = "<p>" + a
			}
		}
	}
	front = cutEchoLabel(front) // ":::why WHY? — Why combine …?"
	if f, ok := cutQuestionNumber(front); ok {
		front = f // "Question 42: Where does …?" asks where
	} else if f, ok := cutGluedNumber(front); ok {
		front = f // "a.Web Application Layout" asks for the layout
	}
	noted := ""
	if strings.Contains(front, "[^") {
		noted = b.p.linkedTail(front)
	}
	front, back = b.p.strayFootnotes(front, back)
	if strings.Contains(front, "[^") {
		noted = "" // its labels stay: the card defines them
	}
	if noteEmbedsOnly(back) {
		return false // "Traps I hit" over "![[trap-log#^sigma-fence]]": the note's name answers nothing
	}
	front, back = b.p.cardHTML(front), stripAnswerLabel(b.p.cardHTML(strings.TrimSpace(back)))
	back = dropBlankLists(danglingAnd(leadingMeans(loneBlockItem(innerAnswerLabels(answerItem(back))))))
	front = boldSymbolFront(untypedBullet(front))
	if !b.p.argDashes[line] {
		front = strayEnd(front) // "cd -" keeps the dash it goes back with
	}
	front = unwrapWholeBold(unmarkedQuestion(unbracketed(front)))
	back = strayComma(front, back)
	if kind != Cloze {
		back = wholeParens(back) // "**Two Sum in sorted array** (move left/right pointer)."
	}
	if kind == Cloze && strings.Contains(front, "{{") {
		front = b.textBadClozes(front, line)
	}
	if kind == Cloze && !hasCloze([]byte(front)) {
		return false // a cloze whose deletions the note's markup took: Anki would make a blank card
	}
	if kind != Cloze {
		// "> [!tip] Nucleus" over "> it is {{c1::membrane}}-bound": a Basic
		// card shows a deletion as written, so it shows its answer, as a
		// heading's card does.
		front = unClozeAny(front)
	}
	// A cloze's Back Extra, the path of "## The {{c1::nucleus}}" over it,
	// hides nothing: it reads "The nucleus", as the card's Context does.
	back = unClozeAny(back)
	pf := stripTags(front)
	if (!hasWordChar(pf) && !codeOnly(front)) || (!visibleWord(back) && !strings.Contains(back, "<img") && !signAnswer(pf, back)) {
		return false
	}
	if len(back) <= 4*len(front)+512 && !moreRunes(back, len(pf)) && sameSeen(pf, stripTags(back)) {
		return false // the back only repeats the front, in however many tags ("> > > ## VPC")
	}
	if len(pf) <= 60 && len(back) <= 60 && !strings.Contains(back, "<img") && spelledAlike(pf, stripTags(back)) {
		return false // "TCP/IP" → "tcp-ip", a missing picture's alt text: the front spelled again
	}
	if len(back) < 64 && emptyItems(back) {
		return false // "More content to study" over "1." and "2." left blank
	}
	if len(back) < 64 && pointsElsewhere(stripTags(back)) {
		return false // "## Answers" over "(see slide 6)": the answer is elsewhere
	}
	if pointerLinkOnly(back) || bareLink(back) || linkToTopic(pf, back) || labelledAddresses(back) || videoLinkOnly(back) {
		return false // "Reference: [Normalization of Database](…)" points elsewhere
	}
	if labelledAddressFront(front) {
		return false // "###### Video Tutorial: https://…" asks for a place to click
	}
	if len(back) < 200 && strings.IndexByte(back, '#') >= 0 && onlyHashtags(stripTags(back)) {
		return false // "- ## Summary" over "- #towrite": a tag for the student, nothing to learn
	}
	if len(back) < 400 && (strings.HasSuffix(back, "?") || strings.HasSuffix(back, ":") || strings.HasSuffix(back, ">")) &&
		!strings.Contains(back, "<br") && !strings.Contains(back, "<li") {
		pb := strings.TrimSpace(stripTags(back))
		if asksWh(pf) && (asksWh(pb) || strings.HasSuffix(pb, ":")) || strings.HasSuffix(pb, ":") && isLabel(strings.TrimSuffix(pb, ":")) ||
			strings.HasSuffix(pb, "?") && numberedPart(pf+":") {
			// "what are the great powers?" → "what is power?"; "… the
			// current?" → "Solution:"; "What does it mean …?" → "Suppose
			// we have two emails:"; "Query 1" → "Who did Mrs Donoghue
			// sue?": the answer is yet to come.
			return false
		}
		if kind != Cloze && !strings.Contains(back, "<code") && subLabel(pb) {
			return false // "- Sets - General:" with nothing under it: a label over points not written
		}
	}
	if len(pf) <= len("question 99") && strings.HasSuffix(back, "?") && questionLabel(pf) {
		return false // "Q: Left unanswered?" over the next question: a label asks nothing
	}
	if len(back) < 80 && asksOrPrompts(pf) && unfinished(back) {
		return false // "Why are logic languages used?" → "Logic programming is": not yet answered
	}
	if len(back) < 80 && unfinished(loneItemText(back)) {
		return false // "- At the midpoint" over "  - Demand is": a blank the student meant to fill in class
	}
	if len(pf) <= len("alternatively:") && !strings.Contains(front, "<code") && sentenceAdverb(pf) && !b.p.headingLine(line) {
		return false // "Generally - 1 sequence → 1 structure": a way of saying it, no term
	}
	if len(pf) <= len("unknowns") && b.p.isProblemAsk(pf, line) {
		return false // "Find: the force" under "Given: …" is asked with its example
	}
	if isConclusionStep(pf) && !b.p.headingLine(line) {
		return false // "Hence," over the formula it gives: a step of a derivation, no term
	}
	if len(back) < 600 && strings.HasPrefix(back, "<ul><li>") && strings.HasPrefix(pf, `\(`) && strings.Contains(pf, "=") && derivationItems(back) {
		return false // "$I_1 = \frac{v_{in}}{R_1}$" over "- Since $I_- = 0$, …" and "- Therefore, …": the steps of a derivation, no term
	}
	if len(pf) <= 16 && len(back) <= 200 && b.workedValue(front, back, line) {
		return false // "N = 5" under "Example:": the example's value, no term
	}
	if len(back) <= 60 && b.exampleAmount(back, line) {
		return false // "Purchase inventory (Day 1): $5,000" under "### Timing Example": the example's data, no term
	}
	if len(pf) <= 16 && len(back) <= 200 && b.derivationStep(pf, line) {
		return false // "k = n - 1" after "n - k = 1": a step of a derivation, no term
	}
	if len(pf) < 40 && (codeStatement(pf, back) || cssDeclaration(pf, back)) {
		return false // "var name = name;", "padding: 20px;" pasted without a fence: code, no term
	}
	if len(back) < 600 && strings.HasPrefix(back, "<ul><li>") && asksOrPrompts(pf) && onlyQuestionItems(back) && !englishGloss(pf, loneItemText(back)) {
		return false // "### Tell me about a mistake you've made." over "* How did you handle it?": no answer yet
	}
	if !b.seen.add(front, back) {
		if b.twinOf(front, back, sc) {
			b.twins = true
		} else {
			// The same card again ("- Atom: small" pasted twice): its line is on
			// a card, and no longer left for the title's card to show.
			b.coverLines(line, line)
			return false
		}
	}
	if key == "" && sc.keys != nil {
		key = sc.ownerFrontKey(front)
	}
	if key == "" {
		key = b.cueArrowKey(front, line) // "At most K distinct →" keeps the identity it had with its arrow
	}
	if key == "" {
		key = b.datedOwnerKey(front, sc)
	}
	if key == "" && noted != "" {
		key = front + " " + noted // "milgram experiment [^1]" over "[^1]: https://…" keeps the identity it had with its link "^1"
	}
	context := b.cardContext(sc)
	b.cards = append(b.cards, Card{
		Front:      front,
		Back:       back,
		Context:    context,
		ContextKey: b.contextKey(sc, context),
		Tags:       b.cardTags(sc, inline),
		Kind:       kind,
		Pos:        Pos{File: b.p.file, Line: line},
		Key:        key,
	})
	for _, h := range sc.heads {
		b.coverLines(h.line, h.line)
	}
	return true
}

// asksWh reports whether s is a question that opens with "what", "why",
// "how"…: a question that answers another asks on ("what are the great
// powers?" over "what is power?"); a translation ("Wie geht's? = How are
// you?") answers.
func asksWh(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return isQuestion(s) && lookupLower(whWords, uncontracted(w))
}

// codeOnly reports whether front is one code span of signs, the term of a
// cheat sheet's line: "`*`" (0 or more), "`$&`".
func codeOnly(front string) bool {
	inner, ok := strings.CutPrefix(front, "<code>")
	if !ok {
		return false
	}
	inner, ok = strings.CutSuffix(inner, "</code>")
	return ok && seenText(inner) && !strings.Contains(inner, "<")
}

// cardTags returns the deck tags plus the heading path as one hierarchical
// tag, then the card's own tags.
func (b *builder) cardTags(sc scope, own []string) []string {
	if len(b.tags) == 0 && sc.tag == "" && len(own) == 0 {
		return nil
	}
	n := len(b.tags)
	if sc.tag != "" {
		n++
	}
	tags := b.strs(n + len(own))
	copy(tags, b.tags)
	if sc.tag != "" {
		tags[n-1] = sc.tag
	}
	copy(tags[n:], own)
	return tags
}

// answerLabels open an answer and say only that it is one: "**Answer:**
// JSX is …" under "What is JSX?" answers with "JSX is …".
var answerLabels = []string{"<strong>Answer:</strong>", "<strong>Answer</strong>:", "<strong>Ans:</strong>",
	"<strong>Ans</strong>:", "<b>Answer:</b>", "<b>Ans:</b>", "Answer:", "Ans:", "<strong>Solution:</strong>",
	"<strong>Solution</strong>:", "<em>Answer:</em>", "<em>Ans:</em>", "<i>Answer:</i>"}

// foreignAnswerLabels open an answer in French, Spanish, Portuguese,
// Italian, German, Dutch, Polish, Russian and Ukrainian notes as
// answerLabels do in English ones: "**Réponse:**" over "L'entity définit
// l'interface" under its question answers with the line, and so does
// "**Réponse :**", typed with the space French sets before a colon.
var foreignAnswerLabels = func() []string {
	var out []string
	for _, w := range []string{"Réponse", "Respuesta", "Resposta", "Risposta", "Antwort", "Antwoord",
		"Odpowiedź", "Ответ", "Відповідь"} {
		for _, c := range []string{":", " :"} {
			out = append(out, "<strong>"+w+c+"</strong>", "<strong>"+w+"</strong>"+c, "<b>"+w+c+"</b>",
				"<em>"+w+c+"</em>", "<i>"+w+c+"</i>", w+c)
		}
	}
	return out
}()

// foreignAnswerStems are the words of foreignAnswerLabels shortened to a
// part that no English label holds, for stripAnswerLabel's quick test.
var foreignAnswerStems = []string{"ponse", "puesta", "posta", "Antwo", "Odpowied", "Ответ", "Відповід"}

// letterAnswerLabels are the answer labels that are only the letter "A",
// which also names a dialogue's speaker.
var letterAnswerLabels = []string{"<strong>A:</strong>", "<strong>A</strong>:", "A:"}

// stripAnswerLabel removes an answer label that opens back, inside its
// first paragraph if it has one, when text follows it; a symbol before the
// label goes with it ("✅ **Answer: B**" answers "**B**"), and so does the
// emphasis that holds the label with the answer ("*Answer: IP hash*").
func stripAnswerLabel(back string) string {
	if head := back[:min(len(back), 48)]; !strings.Contains(head, "Ans") && !strings.Contains(head, "Solution") && !strings.Contains(head, "A:") && !strings.Contains(head, "A</strong>:") {
		if !foreignAnswerHead(head) {
			return back // a label opens the answer
		}
	}
	body, p := strings.CutPrefix(back, "<p>")
	if r, _ := utf8.DecodeRuneInString(body); r >= utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		if _, rest, ok := strings.Cut(body, " "); ok {
			body = rest
		}
	}
	rest, ok := "", false
	for _, l := range answerLabels {
		if rest, ok = strings.CutPrefix(body, l); ok {
			break
		}
	}
	for i := 0; !ok && i < len(foreignAnswerLabels); i++ {
		rest, ok = strings.CutPrefix(body, foreignAnswerLabels[i])
	}
	if !ok && !strings.Contains(back, "B:") && !strings.Contains(back, "B</strong>:") {
		// "**A:** An operating system is …" under "### Q1. What is an
		// operating system?"; "**A:**" then "**B:**" are a dialogue's lines.
		for _, l := range letterAnswerLabels {
			if rest, ok = strings.CutPrefix(body, l); ok {
				break
			}
		}
	}
	if !ok {
		for _, tag := range []string{"<strong>", "<b>", "<em>", "<i>"} {
			if t, found := strings.CutPrefix(body, tag); found {
				for _, l := range []string{"Answer:", "Ans:"} {
					if r, found := strings.CutPrefix(t, l); found {
						rest, ok = tag+strings.TrimLeft(r, " "), r != "" && r[0] == ' '
					}
				}
			}
		}
	}
	if !ok || !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "<") || !visibleWord(rest) {
		return back
	}
	rest = strings.TrimLeft(rest, " ")
	rest = strings.TrimLeft(strings.TrimPrefix(rest, "<br>"), " \n") // "✅ **Answer:**" over the answer's line
	if after, ok := strings.CutPrefix(rest, "</p>"); ok && p {
		return strings.TrimLeft(after, "\n") // a label alone in its paragraph, over a list or a fence
	}
	if p {
		return "<p>" + rest
	}
	return rest
}

// foreignAnswerHead reports whether head, the opening of a back, holds a
// word of foreignAnswerStems; the quick test first, a colon.
func foreignAnswerHead(head string) bool {
	if strings.IndexByte(head, ':') < 0 {
		return false
	}
	for _, w := range foreignAnswerStems {
		if strings.Contains(head, w) {
			return true
		}
	}
	return false
}

// answerItem returns back without the list around it when the list is
// one bullet that opens with an answer's label, as interview notes nest
// the answer under its question: "- **Answer:** `kubectl get nodes`"
// under "1. **How do you list the nodes?**" answers "kubectl get nodes",
// label and bullet left off, and a nested list under the label's line
// stays under its text. back is returned as it is otherwise.
func answerItem(back string) string {
	inner, ok := strings.CutPrefix(back, "<ul><li>")
	if !ok {
		return back // the quick test: most backs are no list
	}
	if inner, ok = strings.CutSuffix(inner, "</li></ul>"); !ok {
		return back
	}
	depth := 0
	for i := 0; i < len(inner); i++ {
		if inner[i] != '<' {
			continue
		}
		switch t := inner[i:]; {
		case strings.HasPrefix(t, "<ul>") || strings.HasPrefix(t, "<ol>") || strings.HasPrefix(t, "<ol "):
			depth++
		case strings.HasPrefix(t, "</ul>") || strings.HasPrefix(t, "</ol>"):
			depth--
		case depth == 0 && strings.HasPrefix(t, "</li>"):
			return back // two bullets or more: a list, not one answer
		}
	}
	if a := stripAnswerLabel(inner); a != inner {
		return a
	}
	if a, ok := cutLabel(inner, solutionMarks); ok {
		return a // Logseq's "- Sol: use TODO" under "- #card How to add a todo"
	}
	return back
}

// solutionMarks are the labels of a solution, which answers alone in the
// one bullet under its question as "Answer:" does.
var solutionMarks = []string{"Sol:", "Solution:", "<strong>Sol:</strong>", "<strong>Solution:</strong>"}

// innerAnswerLabels removes from a list's back the answer labels, as
// answerLabels spells "Answer:" and "Ans:", that open an item or a line
// of one, and a paragraph that holds only the label: a
// section's card over "* What is HTTP?" and "Answer: Hyper Text Transfer
// Protocol" lists "What is HTTP?<br>Hyper Text Transfer Protocol", as the
// question's own card answers, and "- Ans: Teams ship sooner." first of
// the items under "- Q2) Why DevOps?" answers "Teams ship sooner.". A
// label alone on its line goes with its line break. back is returned as
// it is when it is no list, holds no label or pairs it with a question's
// or a problem's.
func innerAnswerLabels(back string) string {
	if !strings.HasPrefix(back, "<ul>") && !strings.HasPrefix(back, "<ol") || !strings.Contains(back, "Ans") {
		return back // the quick test: most backs are no list of answers
	}
	if strings.Contains(back, "Question") || strings.Contains(back, "Q:") || strings.Contains(back, "Problem") {
		return back // "Question: …" over "Answer: …": the labels pair
	}
	out := make([]byte, 0, len(back))
	for i := 0; i < len(back); {
		opener := ""
		for _, o := range []string{"<li><p>", "<li>", "<br>", "<p>"} {
			if strings.HasPrefix(back[i:], o) {
				opener = o
				break
			}
		}
		if opener == "" {
			out = append(out, back[i])
			i++
			continue
		}
		out = append(out, opener...)
		i += len(opener)
		for _, l := range answerLabels {
			rest, ok := strings.CutPrefix(back[i:], l)
			if !ok || !strings.Contains(l, "Ans") {
				continue // "**Solution:**" pairs with a "**Problem:**"
			}
			switch {
			case opener != "<p>" && strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, " </"):
				i += len(l) + 1 // "Answer: Windows, Notepad++"
			case strings.HasPrefix(rest, "<br>"):
				i += len(l) + len("<br>") // "Answer:" over its answer's lines
			case opener == "<p>" && strings.HasPrefix(rest, "</p>"):
				out, i = out[:len(out)-len(opener)], i+len(l)+len("</p>") // "Answer:" with no answer, between two lists
			case opener == "<br>" && strings.HasPrefix(rest, "</li>"):
				out, i = out[:len(out)-len(opener)], i+len(l) // "How to …?<br>Answer:" over a list
			}
			break
		}
	}
	return string(out)
}

// questionMarks and answerMarks are the labels of a question and of its
// answer, as written in a heading and under it; "Ques :" and "Ans :" as
// Indian course notes shorten them, a space before the colon.
var (
	questionMarks = []string{"Q:", "Q.", "Question:", "Ques:", "Ques :", "QUES:", "QUES :"}
	answerMarks   = []string{"A:", "A.", "Answer:", "Ans:", "Ans :", "ANS:", "ANS :"}
)

// isAnswerMark reports whether term, before a colon, is the label of an
// answer (see answerMarks): "**A**: It defines a contract." under "#### Q:
// What is the purpose of an interface?" answers the heading, and a card
// "A" → "It defines a contract." asks nothing. Under a formula, "A: area"
// names a symbol (see underQuestion).
func isAnswerMark(term string) bool {
	return slices.Contains(answerMarks, strings.TrimSpace(term)+":")
}

// underQuestion reports whether block n is a paragraph right under a
// heading that asks a question, where an answer's label opens it; Chinese
// and Japanese ask with a full-width mark: "### Q2: 所有模型都支持吗？".
func (p *parsed) underQuestion(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok {
		return false
	}
	h, ok := par.PreviousSibling().(*ast.Heading)
	if !ok {
		return false
	}
	t := strings.TrimSpace(p.plain(h, 0, everything))
	return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") // "### 所有模型都支持吗？"
}

// cutLabel returns s without the label of marks that opens it, followed by a
// space or a line break, and whether there was one.
func cutLabel(s string, marks []string) (string, bool) {
	for _, m := range marks {
		if rest, ok := strings.CutPrefix(s, m); ok {
			if t := strings.TrimPrefix(strings.TrimLeft(rest, " "), "<br>"); t != rest && visibleWord(t) {
				return strings.TrimSpace(t), true
			}
		}
	}
	return s, false
}

// cutQuestionLabel returns front without the question's label that opens
// it (see questionMarks), typed plain, "Q: Is GLBP proprietary?", or in
// bold, as review notes set a question over its answer: "**Q: Is GLBP
// proprietary?**" and "**Q:** Is GLBP proprietary?" ask as the plain one does.
func cutQuestionLabel(front string) (string, bool) {
	if f, ok := cutLabel(front, questionMarks); ok {
		return f, true
	}
	inner, ok := strings.CutPrefix(front, "<strong>")
	if !ok {
		return front, false
	}
	if in := unwrapStrong(front); in != front {
		if f, ok := cutLabel(in, questionMarks); ok {
			return f, true
		}
		return front, false
	}
	for _, m := range questionMarks {
		if rest, ok := strings.CutPrefix(inner, m+"</strong> "); ok && visibleWord(rest) {
			return strings.TrimSpace(rest), true
		}
	}
	return front, false
}

// todoVerbs open a task to do rather than name a term.
var todoVerbs = map[string]bool{"watch": true, "revise": true, "review": true, "read": true, "reread": true,
	"finish": true, "do": true, "study": true, "practice": true, "practise": true, "learn": true,
	"write": true, "complete": true, "submit": true, "prepare": true, "memorize": true, "memorise": true,
	"email": true, "ask": true, "print": true, "buy": true, "book": true, "call": true, "check": true,
	"remind": true} // the reminder field of a task, "- [ ] remind:: review the paper"

// cardMarkers are the tags that mark a line as a flashcard (Logseq's #card,
// the spaced-repetition plugins' #flashcards): they say nothing of its topic.
var cardMarkers = map[string]bool{"card": true, "cards": true, "flashcard": true, "flashcards": true}

// openQuestions reports whether a heading's card would be the student's
// own open questions, "My Questions" over "- are gastric pits the same as
// …?": the note asks them and does not answer. "Questions answered by
// Config" over its questions is content.
func openQuestions(heading, back string) bool {
	for w := range strings.FieldsSeq(heading) {
		if !lookupLower(questionsWords, strings.Trim(w, ":!.")) {
			return false
		}
	}
	return onlyQuestions(back)
}

// questionsWords make up a heading over a student's open questions.
var questionsWords = map[string]bool{"my": true, "open": true, "questions": true, "question": true,
	"to": true, "ask": true, "for": true, "lecturer": true, "professor": true, "tutor": true, "teacher": true,
	"unanswered": true, "follow-up": true, "remaining": true, "?": true, "own": true}

// onlyQuestions reports whether every line of the HTML back is a question.
func onlyQuestions(back string) bool {
	if !strings.Contains(back, "?") {
		return false
	}
	lines := 0
	for l := range strings.SplitSeq(breakLines.Replace(back), "\n") {
		if l = strings.TrimSpace(stripTags(l)); l == "" {
			continue
		}
		if !strings.HasSuffix(l, "?") {
			return false
		}
		lines++
	}
	return lines > 0
}

// breakLines puts a newline where HTML breaks a line.
var breakLines = strings.NewReplacer("<br>", "\n", "</li>", "\n", "</p>", "\n", "<li>", "\n", "<p>", "\n",
	"</div>", "\n", "</summary>", "\n")

// cutTags cuts the Obsidian or Logseq tags that end a front, "What is ATP?
// #card #biology", and returns the front without them and the Anki tags of
// those that are not cardMarkers. A front of tags alone is left as it is.
func cutTags(front string) (string, []string) {
	if !strings.Contains(front, "#") {
		return front, nil
	}
	rest, tags := trailingTags(front)
	if rest == front || !hasWordChar(rest) {
		return front, nil
	}
	return rest, tags
}

// trailingTags returns s without the tags that end it, each after a space,
// and the Anki tags of those that are not cardMarkers, in order.
func trailingTags(s string) (string, []string) {
	var tags []string
	for {
		i := strings.LastIndexByte(s, ' ')
		if i < 0 {
			break
		}
		t, ok := obsidianTag(s[i+1:])
		if !ok {
			break
		}
		if _, marker := reverseMarker(t); !marker {
			tags = append(tags, t)
		}
		s = strings.TrimRight(s[:i], " ")
	}
	slices.Reverse(tags)
	return s, tags
}

// cardContext returns sc.context() for a card, cut by strs.
func (b *builder) cardContext(sc scope) []string {
	if len(sc.heads)+len(sc.parents) == 0 {
		return nil
	}
	c := b.strs(len(sc.heads) + len(sc.parents))
	for i, h := range sc.heads {
		c[i] = contextMath(unfootnoted(h.text))
	}
	for i, parent := range sc.parents {
		c[len(sc.heads)+i] = parentContext(unfootnoted(parent))
	}
	return c
}

// parentContext returns the text of a parent bullet as a card's context
// shows it: "Ethanol $\ce{CH3CH2OH}$" over its bullets reads as text, "R.
// v. Noble –" over its points without its dash.
func parentContext(parent string) string {
	return contextMath(unmarkedQuestion(unbracketed(strayEnd(parent))))
}

// contextKey returns the ContextKey of a card of context c under sc (see
// Card.ContextKey), or nil when no level of c was cleaned: a heading's
// "#" before its kind and the footnote labels of a heading or a parent
// bullet, which keep the text they had before (a parent's label that links
// to its definition's address read as "^1").
func (b *builder) contextKey(sc scope, c []string) []string {
	var key []string
	set := func(i int, k string) {
		if k == c[i] {
			return
		}
		if key == nil {
			key = slices.Clone(c)
		}
		key[i] = k
	}
	for i, h := range sc.heads {
		if h.key != "" {
			set(i, contextMath(h.key))
		} else if strings.Contains(h.text, "[^") {
			set(i, contextMath(h.text))
		}
	}
	for i, parent := range sc.parents {
		if i < len(sc.keys) && sc.keys[i] != "" {
			parent = sc.keys[i]
		} else if !strings.Contains(parent, "[^") {
			continue
		}
		set(len(sc.heads)+i, parentContext(b.p.linkedLabels(parent)))
	}
	return key
}

// strs returns a slice of n strings of its own. Each card has two, its
// context and its tags: they are cut from blocks the builder hands out in
// turn, rather than allocated one by one.
func (b *builder) strs(n int) []string {
	if cap(b.slab)-len(b.slab) < n {
		b.slab = make([]string, 0, max(256, n))
	}
	at := len(b.slab)
	b.slab = b.slab[:at+n]
	return b.slab[at : at+n : at+n]
}

// headingTag returns the heading path heads, under the note's title, as one
// hierarchical tag, or "".
func (b *builder) headingTag(heads []heading) string {
	var parts []string
	if len(heads) == 0 || heads[0].text != b.titleAs {
		parts = append(parts, b.titleAs)
	}
	for _, h := range heads {
		parts = append(parts, h.text)
	}
	tag := ""
	for _, s := range parts {
		tag = joinTag(tag, tagPart(s))
	}
	return tag
}

// tagPart returns the text of one level of a heading tag: each run of
// colons in it one colon, as "::" would nest the tag.
func tagPart(s string) string {
	s = contextMath(unfootnoted(s))
	for strings.Contains(s, "::") {
		s = strings.ReplaceAll(s, "::", ":")
	}
	s = strings.ReplaceAll(joinFields(s), " ", "_") // the words joined by "_"
	return strings.ReplaceAll(s, `"`, "")
}

// joinTag returns the heading tag tag, one level deeper by part; an empty
// part adds no level.
func joinTag(tag, part string) string {
	switch {
	case part == "":
		return tag
	case tag == "":
		return part
	}
	return tag + "::" + part
}

// headingCard makes the card of a heading: its text on the front, the content
// under it (down to the next heading) on the back. An answer hidden in
// <details> goes alone on the back, with the text before it on the front.
func (b *builder) headingCard(h heading, hn ast.Node, body []ast.Node, at int) {
	if n, ok := hn.(*ast.Heading); ok {
		if q, ok := b.p.questionHeading(n); ok {
			// The heading asks and answers; what is below has cards of its own.
			if b.add(h.html, b.p.html(n, q.defLo, q.defHi), Basic, h.line, b.scope()) {
				b.cover(hn)
			}
			return
		}
		if term, ok := b.pointUnderTerm(h, n, body); ok {
			b.pointCard(term, h, hn, body, at)
			return
		}
	}
	if b.tickedHeading(h, hn, body) || b.choiceHeading(h, hn, body) {
		return
	}
	if bareCoursePart(h.text) || datedHeading(h.text) || b.p.navHeading(hn) {
		b.cover(hn) // "# lec 3", "### 17.10.2018", "###### Siblings:": what is below has cards of its own
		return
	}
	if slices.ContainsFunc(body, b.p.unfilled) && !slices.ContainsFunc(body, func(n ast.Node) bool { return !isRule(n) && !b.p.unfilled(n) }) {
		// "## U0 : Words" over "| Nouns | Pronouns | Verb |" alone, "## Decision"
		// over "* Pros:" and "\t* -": a section still to be filled in asks
		// nothing, not even its title.
		b.skip(append([]ast.Node{hn}, body...)...)
		return
	}
	body = b.content(body)
	if !slices.ContainsFunc(body, func(n ast.Node) bool { return !isRule(n) }) {
		// Nothing, or only the rule that ends a slide: "### **Dependency
		// Inversion**: Depend on abstractions." right over "---".
		b.arrowHeading(hn)
		b.labelHeading(hn)
		b.sentenceHeading(hn)
		return
	}
	body = b.p.withoutToggles(body) // each its own card
	if len(body) > 1 && b.p.srAlone(body[0]) {
		b.skip(body[0])
		body = body[1:]
	}
	for len(body) > 0 && isRule(body[len(body)-1]) {
		body = body[:len(body)-1] // a rule that ends a section parts it from the next
	}
	if h.level == 1 && b.p.bannerOnly(body) && b.p.bannerNext(hn) {
		// "# S1W1 Contract 1" over a rule and a picture: the note's banner
		// answers nothing of its title.
		b.cover(append([]ast.Node{hn}, body...)...)
		return
	}
	if k := b.p.proofStart(h.text, body); k > 0 {
		// "**Proof**:" and its steps, under "#### Lemma 1.13 (…)": no answer
		// to the statement's name, the proof is a card of its own, as a
		// "> [!proof]" callout's is.
		if b.add("Proof of "+h.html, b.p.blocksHTML(body[k:]), Basic, b.p.lineOf(body[k]), b.scope()) {
			b.cover(body[k:]...)
		} else {
			b.skip(body[k:]...)
		}
		body = body[:k]
	}
	// Cards written as such (Q:/A:, ::, ? lines, a question line over its
	// answer) are cards already: the heading's card would repeat them, with
	// their syntax showing. A cloze reads well there (its answers shown),
	// unless the heading has nothing else: then it is only the clozes' context.
	sr := b.p.srBlocks(body)
	written := func(n ast.Node) bool {
		return b.explicitOnly(n) && !b.clozeAny(n) || b.cardOfItsOwn(n) || slices.Contains(sr, n)
	}
	body = b.p.withoutLabelApart(body)
	if slices.ContainsFunc(body, written) {
		body = slices.DeleteFunc(slices.Clone(body), written)
	}
	rest, blank := b.p.blankLabels(body)
	if blank {
		b.skip(append([]ast.Node{hn}, body...)...)
		return
	}
	body = rest
	// No block left is written as a card (see written) but for clozes: the
	// heading has a card only if one is not written as cards alone.
	if !slices.ContainsFunc(body, func(n ast.Node) bool { return !b.explicitOnly(n) }) ||
		b.p.definesHeading(body, h.text) || sectionTable(h.text, body) {
		b.cover(hn)
		return
	}
	sc := b.scope()
	front, back, key := h.html, "", ""
	term, defines := b.headingDefines(h.text, body)
	if defines {
		front = term // "### Definition 1.1" over "Eine **Menge** ist …"
	} else if o, ok := b.ownerHeading(); ok && (b.repeated(h.text) || isLabel(h.text) && strings.ContainsAny(h.text, "0123456789") || isStatementTitle(h.text)) &&
		!strings.EqualFold(o, h.text) {
		// A heading that recurs (Etiology, Examples), a numbered label
		// ("Example 1", "Step 2") or a statement's kind ("Satz 1.7.",
		// "Définition") needs its parent to be a question; a parent of the
		// same name ("# Memory" over "## Memory") adds nothing to it.
		if h.key != "" {
			key = front // "### \#Proof", asked bare, then with its owner (see kindOwners): it keeps that identity
		}
		front = escapeText(o) + ": " + front
	} else if ok && isOrdinal(h.text) {
		// "### First" under "## Kepler's Laws": the first of the laws, a
		// question only with them. The card keeps the GUID it had bare.
		key, front = front, escapeText(o)+": "+front
	} else if t, ok := b.statementOwner(h); ok {
		front = escapeText(t) + ": " + front // "## Statement" alone in "Strong Induction.md"
	} else if t, ok := b.sectionOwner(h); ok {
		if isDrugSection(h.text) || len(b.heads) == 1 && isDrugSection(b.heads[0].text) {
			key = front // "# Side Effects" atop "Azathioprine.md", "## ECG:" under "# S/e": asked bare before
		}
		front = escapeText(t) + ": " + front // "# Etiology" atop "Vitamin B12.md"
	} else if t, ok := b.equationOwner(h, body); ok {
		// "## Equation" atop "Leaky integrate-and-fire model.md", asked bare
		// before: the card keeps its GUID.
		key, front = front, escapeText(t)+": "+front
	}
	if key == "" && front == h.html {
		key = h.was // "# Sept. 11, 2024 - Le Passé Composé" keeps the identity it had with its date
	}
	listed := "" // the items a "Hardware: CPU, RAM, disk" heading lists, as the answer's first line
	if front == h.html && h.html == escapeText(h.text) {
		if label, items, ok := listingHeading(h.text); ok {
			front, listed = escapeText(label), "<p>"+escapeText(items)+"</p>"
		}
	}
	if k := detailsIndex(b.p, body); k > 0 {
		if _, ok := b.p.hiddenAnswerAt(body, k-1); ok {
			b.skip(hn) // a quiz: each question is a card (see hiddenAnswer)
			return
		}
	}
	if k := detailsIndex(b.p, body); k >= 0 {
		if k > 0 {
			front += "<br>" + b.p.blocksHTML(body[:k])
		}
		back = b.details(body[:k], body[k:])
	} else if b.onlyUnused {
		// What no card used: questions alone there are the ones the note
		// left unanswered, and the heading makes no card of them.
		back = b.unusedHTML(body)
	} else {
		back = definitionLabelCut(untitledBack(b.p.blocksHTML(body), front))
	}
	if openQuestions(h.text, back) || b.onlyUnused && onlyQuestions(back) || objectives(h, back) || isPlaceholder(back) || b.titleSource(h, back) || titleAboutNotes(h, back) || !slices.ContainsFunc(body, func(n ast.Node) bool { return !b.p.footnoteDef(n) }) {
		b.skip(append([]ast.Node{hn}, body...)...)
		return
	}
	if b.add(front, listed+unCloze(back), Basic, h.line, sc) {
		b.cover(hn)
		b.cover(body...)
		if key != "" {
			b.cards[len(b.cards)-1].Key = key
		}
		if at < len(b.cards)-1 {
			last := b.cards[len(b.cards)-1]
			copy(b.cards[at+1:], b.cards[at:len(b.cards)-1])
			b.cards[at] = last
		}
		if defines && at < len(b.cards)-1 {
			b.dropAskedAgain(at) // the body's cards came first
		} else if defines {
			b.definedAt = at // its paragraph's card, yet to come, would ask the term again
		}
		// "### Elements:" over "The main elements are:" and the list: the
		// lead-in's card would ask what the heading's does.
		b.heldLead = b.p.leadInAlone(body)
		if b.heldLead == nil {
			b.heldLead = b.p.namingLead(body, h.text)
		}
	}
}

// arrowHeading makes the card of a heading over nothing that states a fact
// with an arrow, as high-yield notes write them: "### Loss of smell +
// gonadal dysgenesis --> Kallmann syndrome". A colon or a dash in a heading
// ("## Chapter 1: Cells") titles a section, and so does any sign in the
// headings that part a note ("## Finite Automata --> Regular Expression").
func (b *builder) arrowHeading(hn ast.Node) {
	n, ok := hn.(*ast.Heading)
	if !ok || n.Level < 3 || n.Lines().Len() != 1 {
		return
	}
	seg := n.Lines().At(0)
	s, ok := b.p.splitLine(n, seg.Start, seg.Stop)
	if !ok {
		return
	}
	switch s.sep {
	case "→", "->", "-->", "=>", "==>", "⇒", "⟶", "⟹":
		if b.add(b.p.html(n, s.termLo, s.termHi), b.p.html(n, s.defLo, s.defHi), b.defKind(), b.p.lineOf(n), b.scope()) {
			b.cover(hn)
		}
	}
}

// leadInAlone returns the paragraph of a heading's body that is only a
// lead-in line, "The main elements are:", over the list after it, the whole
// body, or nil; so is a bold sentence that sums up the section (see
// boldSummary). A lead-in that asks ("Have you ever …?") or names a part
// ("Metastasis") is none: its own card asks better than the heading's.
func (p *parsed) leadInAlone(body []ast.Node) *ast.Paragraph {
	if len(body) != 2 {
		return nil
	}
	par, ok := body[0].(*ast.Paragraph)
	if _, list := body[1].(*ast.List); !ok || !list || par.Lines().Len() != 1 {
		return nil
	}
	line := segValue(par.Lines().At(0), p.src)
	t := bytes.TrimRight(line, " \t\n*_")
	if !bytes.HasSuffix(t, []byte(":")) && !bytes.HasSuffix(t, []byte("：")) && !boldSummary(line) {
		return nil
	}
	return par
}

// definesHeading reports whether a heading's body is one line that defines
// the heading's own words, "## Past consideration" over "*Past
// consideration*: Act done prior to …": the line's card asks what the
// heading's would, without the term repeated in the answer.
func (p *parsed) definesHeading(body []ast.Node, heading string) bool {
	if len(body) != 1 {
		return false
	}
	par, ok := body[0].(*ast.Paragraph)
	if !ok || par.Lines().Len() != 1 {
		return false
	}
	seg := par.Lines().At(0)
	s, ok := p.splitLine(par, seg.Start, seg.Stop)
	if !ok || isVerbSep(s.sep) {
		return false
	}
	term := strings.TrimSpace(p.plain(par, s.termLo, s.termHi))
	return strings.EqualFold(term, strings.TrimSpace(heading)) || strings.EqualFold(term, statementName(heading))
}

// cardOfItsOwn reports whether block n is written as a card the heading's
// card would repeat: a question over its answer, a list of toggles, a
// question and its answer in two paragraphs, table rows without |---|, a
// list of questions' and answers' items.
func (b *builder) cardOfItsOwn(n ast.Node) bool {
	if _, ok := b.p.srClozeFront(n); ok {
		return true
	}
	return b.questionBlock(n) || b.p.toggleList(n) || b.p.pairBlock(n) || b.pipeBlock(n) || b.p.ankiFence(n) || b.p.questionCallout(n) ||
		b.p.cardList(n) || b.answeredPair(n) || b.p.qaItems(n) || b.p.choiceBlock(n) || b.p.quizMeta(n)
}

// questionCallout reports whether n is a callout that asks a question and
// answers it, "> [!question]- Why …?" over its answer: a card of its own.
func (p *parsed) questionCallout(n ast.Node) bool {
	q, ok := n.(*ast.Blockquote)
	if !ok || q.FirstChild() == nil {
		return false
	}
	title, ok := p.calloutTitle(q.FirstChild())
	return ok && isQuestion(title) && (q.FirstChild().Lines().Len() > 1 || q.ChildCount() > 1)
}

// asksCallout reports whether n is a callout that asks: its title is a
// question, or its type is Obsidian's question, "> [!question]+ Write $Y$ in
// SOM form." over the picture it asks about.
func (p *parsed) asksCallout(n ast.Node) bool {
	q, ok := n.(*ast.Blockquote)
	if !ok || q.FirstChild() == nil {
		return false
	}
	title, ok := p.calloutTitle(q.FirstChild())
	if !ok {
		return false
	}
	switch p.calloutType(q.FirstChild()) {
	case "question", "faq", "help":
		return true
	}
	return isQuestion(title)
}

// pipeBlock reports whether n is a paragraph of table rows without the
// table's |---| line, or a line of text over such rows: pipeRows makes each
// row a card.
func (b *builder) pipeBlock(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok || n.Lines().Len() == 0 {
		return false
	}
	if b.p.src[n.Lines().At(0).Start] != '|' {
		return n.Lines().Len() >= 3 && b.p.pipesUnderLead(b.p.lines(n))
	}
	return b.p.pipeCells(b.p.lines(n)) != nil
}

// questionBlock reports whether n is a paragraph that opens with a question
// line answered by the lines after it ("**What is a deadlock?**" then its
// answer), or a line that asks and answers: paragraphRange makes it a card
// of its own.
func (b *builder) questionBlock(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok {
		return false
	}
	ls := b.p.lines(n)
	if len(ls) == 1 {
		// "**What is doctype?** It tells …", "Is TCP reliable? Yes, …"
		if !bytes.ContainsAny(b.p.src[ls[0][0]:ls[0][1]], "?&") {
			return false // the quick test: no "?", nor an entity that shows one
		}
		s, ok := b.p.splitLine(n, ls[0][0], ls[0][1])
		return ok && strings.HasSuffix(strings.TrimSpace(b.p.plain(n, s.termLo, s.termHi)), "?")
	}
	return len(ls) > 1 && isQuestion(b.p.plain(n, ls[0][0], ls[0][1])) && !(len(ls) >= 3 && b.dialogue(n)) && !b.inDialogueRun(n)
}

// questionHeading reports whether heading n asks a question and answers it
// on its line, as questionSplit finds, and returns the split.
func (p *parsed) questionHeading(n *ast.Heading) (split, bool) {
	if n.Lines().Len() != 1 {
		return split{}, false
	}
	seg := n.Lines().At(0)
	if !bytes.Contains(p.src[seg.Start:seg.Stop], []byte("? ")) {
		return split{}, false
	}
	return p.questionSplit(p.lineView(n, seg.Start, seg.Stop), seg.Start, seg.Stop)
}

// unused returns the blocks with a content line that no card used, but
// for the bare labels of blocks that cards used (labelsOfUsed).
func (b *builder) unused(nodes []ast.Node) []ast.Node {
	var out []ast.Node
	for i, n := range nodes {
		if b.isUnused(n) && !b.labelsOfUsed(nodes, i) && !b.isLinksLabel(n) {
			out = append(out, n)
		}
	}
	return out
}

// unusedHTML renders what no card used of body, the title's section: of a
// bullet list its unused items, of a paragraph its unused lines when cards
// used most of them (a list of definitions written as lines).
func (b *builder) unusedHTML(body []ast.Node) string {
	var sb strings.Builder
	for _, n := range body {
		par, ok := n.(*ast.Paragraph)
		if !ok {
			sb.WriteString(b.p.blocksHTMLKeeping([]ast.Node{n}, b.isUnused))
			continue
		}
		ls := b.p.lines(par)
		var unused [][2]int
		skipped := false // a line of no content, "used-by:: kidneys" among cards (see mapField)
		for _, r := range ls {
			if l := b.p.line(r[0]); b.p.skipped[l] {
				skipped = true
			} else if !b.covered.has(l) {
				unused = append(unused, r)
			}
		}
		var lines []string
		if 2*len(unused) >= len(ls) && !skipped {
			// Mostly unused: prose that a card took a line of reads whole.
			// It is rendered once, not line by line first: each line's
			// rendering walks the paragraph, so a run of 20,000 unused
			// "key:: value" lines under a heading took 5 s.
			lines = []string{b.p.html(par, 0, everything)}
		} else {
			for _, r := range unused {
				lines = append(lines, b.p.html(par, r[0], r[1]))
			}
		}
		if len(body) == 1 {
			return strings.Join(lines, "<br>")
		}
		sb.WriteString("<p>" + strings.Join(lines, "<br>") + "</p>")
	}
	return sb.String()
}

// isUnused reports whether node n has a content line that no card used.
func (b *builder) isUnused(n ast.Node) bool {
	first, last := b.p.span(n)
	for l := first; l > 0 && l <= last; l++ {
		if b.p.content[l] && !b.covered.has(l) && !b.p.skipped[l] {
			return true
		}
	}
	return false
}

// content drops the blocks of a section that make no card content: tables of
// contents, lone link lines, to-do lists and a quiz's questions over their
// ticked choices (each its own card).
func (b *builder) content(nodes []ast.Node) []ast.Node {
	var out []ast.Node
	pointers := false // n is the list of links under a title of sourcesTitle
	for i, n := range nodes {
		if pointers {
			pointers = false
			continue
		}
		if b.isTOC(n) || isTaskList(n) || b.quizList(n) || b.isSeeLine(n) || b.isLocatorLine(n) || b.isLinksLabel(n) || b.p.isFieldCallout(n) || b.isQueryResidue(n) || b.webLinksLine(n) || isNavLine(b.p.src, n) || b.p.unfilled(n) || b.p.unclosedO2A(nodes, i) {
			continue
		}
		if l, ok := n.(*ast.List); ok && b.p.journalList(l) || b.logLead(nodes, i) {
			continue // "- **2026-06-29 (F):** did X": a diary, no answer of its heading
		}
		if _, ok := n.(*ast.Paragraph); ok && i+1 < len(nodes) && b.sourcesBody(nodes[i+1:i+2]) && isSourcesTitle(b.p.plain(n, 0, everything)) || b.tocLead(nodes, i) {
			pointers = true
			continue
		}
		out = append(out, n)
	}
	return out
}

// blocks makes the cards of a sequence of sibling blocks.
func (b *builder) blocks(nodes []ast.Node, sc scope) {
	nodes = b.dropSkipped(nodes)
	roles := b.codeRoles(nodes)
	for i := 0; i < len(nodes); i++ {
		n := nodes[i]
		if b.isTOC(n) || b.isQueryResidue(n) || b.isSeeLine(n) || b.isPicturePlaceholder(n) || b.webLinksLine(n) || isNavLine(b.p.src, n) || b.p.unfilled(n) {
			b.skip(n) // "See also [[KB2020…]] Properties of Water" leads no list in
			continue
		}
		if b.srHighlightCloze(n, sc) {
			continue
		}
		if b.p.quizMeta(n) {
			b.skip(n) // "**Difficulty:** Easy · **Type:** MCQ" over a quiz's question
			continue
		}
		if b.p.answersChoices(n) {
			// "**Correct answer: B**" under a heading's choices, and the
			// explanation under it: the heading's card answers with them.
			i += len(b.p.explanationAfter(n))
			continue
		}
		if b.logLead(nodes, i) {
			b.skip(n) // "Stats:" over "- Mood:: 6": the log's label
			continue
		}
		if b.tocLead(nodes, i) {
			b.skip(n, nodes[i+1])
			i++
			continue
		}
		if roles != nil && roles[i] == roleCaption {
			b.captionCard(n, nodes[i+1], sc)
			i++
			continue
		}
		if roles != nil && roles[i] == roleCommand {
			b.commandCard(n, nodes[i+1], sc)
			i++
			continue
		}
		switch n := n.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			if b.dialogue(n) {
				continue // "A: Hola" / "B: Bien" / "A: …": its heading's card
			}
			if j := b.dialogueRun(nodes, i); j > i {
				i = j - 1
				continue // "**Ana:** ¿Cómo estás?" / "**Luis:** Bien": its heading's card
			}
			if notes := b.p.o2aAt(nodes, i); notes != nil {
				i = b.o2a(nodes, notes, sc)
				continue
			} else if b.p.unclosedO2A(nodes, i) {
				b.warnings = append(b.warnings, Warning{Pos: b.p.pos(b.p.startOf(n)), Msg: "START of an Obsidian_to_Anki note without its END: no card"})
				b.skip(n)
				continue
			}
			if b.p.opensWithProof(n) {
				continue // "**Dim.**" over "Si ha:": the steps of a proof
			}
			if j := b.tickedChoices(nodes, i, sc); j > i {
				i = j
				continue
			}
			if j := b.codeAnswer(nodes, i, sc); j > i {
				i = j
				continue
			}
			if j := b.srCodeCard(nodes, i, sc); j > i {
				i = j
				continue
			}
			if b.stemItem(n, sc) {
				continue // "STEM: What is …?" over its choices, "B) m/s² *correct" answering
			}
			if b.headingAnswerList(nodes, i, sc) {
				i++ // "## Q: What are the KKT conditions?" over "A:" and its list: the heading's card
				continue
			}
			if j := b.labelApart(nodes, i, sc); j > i {
				i = j // "Q: …?", a blank line, "A:" and the list that answers
				continue
			}
			if i+1 < len(nodes) {
				if j := b.choiceParagraph(nodes, i, sc); j > i {
					i = j // "Which is a prime?" over "- A: 4", "- B: 7 (correct)"
					continue
				}
			}
			if i+1 < len(nodes) && (b.qaPair(n, nodes[i+1], sc) || b.ifAnswer(n, nodes[i+1], sc)) {
				i++
				continue
			}
			if i+1 < len(nodes) && b.quoteOverAnalysis(n, nodes[i+1], sc) {
				continue // the analysis makes the cards of its own lines
			}
			if i+1 < len(nodes) && b.labelsBlocks(nodes, i+1) && b.titlesCaptions(n) {
				b.cover(n) // "**Examples**" over "- using +" and its fence: the captions ask
				continue
			}
			if i+1 < len(nodes) {
				if l, ok := nodes[i+1].(*ast.List); ok && !isTaskList(l) && !b.p.quizItems(l) && b.answerKey(nodes, i+1) == i+1 && !b.p.numberedQuestion(l) && !b.titleOverListAt(nodes, i+1) && !b.p.logBlock(l) && !b.p.journalList(l) {
					if j := b.proseOverLabel(nodes, i, sc); j > i {
						i = j
						continue
					}
					if b.leadIn(n, l, sc) {
						i++
					}
					continue
				}
			}
			if j := b.hiddenAnswer(nodes, i, sc); j > i {
				i = j
				continue
			}
			if i+1 < len(nodes) && b.trailingQuestion(n, nodes[i+1], sc) {
				continue
			}
			if j := b.labelOverLine(nodes, i, sc); j > i {
				i = j
				continue
			}
			if i+1 < len(nodes) && (roles == nil || roles[i+1] == roleNone) && b.termBlock(n, nodes[i+1], sc) {
				continue
			}
			if b.boldEntry(n, sc) || b.namedDisplay(n, sc) {
				continue
			}
			made := len(b.cards)
			b.paragraph(n, sc, true)
			if i+1 < len(nodes) {
				b.displayAfterColon(n, nodes[i+1], made)
			}
		case *ast.List:
			if b.p.journalList(n) {
				b.journal(n, sc)
				continue
			}
			if b.p.optionList(n) {
				continue // a question's choices: its card's, not terms
			}
			if b.tickedItems(n, sc) {
				continue
			}
			if b.dialogue(n) || conditionHeading(sc) {
				continue
			}
			if j := b.answerKey(nodes, i); j > i {
				b.blocks(nodes[i+1:j], sc)
				b.answerPairs(n, b.p.keyList(nodes[j]), sc)
				i = j
				continue
			}
			if j := b.promptAnswer(nodes, i, sc); j > i {
				i = j
				continue
			}
			if j := b.answerBullet(nodes, i, sc); j > i {
				i = j
				continue
			}
			if j := b.numberedTitle(nodes, i, sc); j > i {
				i = j
				continue
			}
			b.list(n, sc)
			if i+1 < len(nodes) {
				if next, ok := nodes[i+1].(*ast.List); ok && b.listLead(n, next, sc) {
					i++
				} else if b.labelFormula(n, nodes[i+1], sc) || b.labelCode(n, nodes[i+1], sc) {
					i++
				} else {
					i = b.labelBlock(nodes, i, sc)
				}
			}
		case *ast.Blockquote:
			if b.p.isFieldCallout(n) {
				b.skip(n)
				continue
			}
			if j, ok := b.answeredCallout(nodes, i, sc); ok {
				i = j
				continue
			}
			if j := b.quotedEntry(nodes, i, sc); j > i {
				i = j
				continue
			}
			if j := b.quotedQuestion(nodes, i, sc); j > i {
				i = j
				continue
			}
			if b.attributedQuote(n, sc) {
				continue
			}
			if !b.callout(n, sc) {
				b.blocks(b.p.children(n), sc)
			}
		case *east.Table:
			b.table(n, sc)
		case *ast.FencedCodeBlock:
			if j := b.quotedCommands(nodes, i, sc); j > i {
				i = j
				continue
			}
			if b.p.ankiFence(n) {
				b.cover(n) // Anki's own syntax, no note (see ankiFences)
			} else if !b.keyColumns(n, sc) && !b.glossaryFence(n, sc) {
				b.commentedLines(n, sc)
			}
		case *ast.CodeBlock:
			if j := b.quotedCommands(nodes, i, sc); j > i {
				i = j
				continue
			}
			b.keyColumns(n, sc)
		case *ast.HTMLBlock:
			if t, ok := b.p.toggleAt(nodes, i); ok {
				i = b.toggle(nodes, i, t, sc)
				continue
			}
			if ts := b.p.stackedToggles(n); ts != nil {
				b.stackedToggleCards(n, ts, sc)
				continue
			}
			b.htmlTable(n, sc)
		}
	}
}

// promptAnswer makes the card of a numbered question alone in its list,
// answered by the paragraphs under it, as interview notes write them: "2.
// When did you take a risk and fail? How did you respond?", a blank line,
// and the story. A prompt ("Tell me about a time you …", "Describe a
// time …") asks as a question does. A quote right under the question is
// its answer alone (see quotedAnswer). A numbered exercise worked under it
// with formulas, "6. Find the probability that …" over "$$P(X > 10) = …$$",
// asks as a question does, its working alone its answer (see
// numberedExercise and workingStep). It returns the index of the answer's
// last block, or i when nodes[i] is no such question.
func (b *builder) promptAnswer(nodes []ast.Node, i int, sc scope) int {
	l := nodes[i].(*ast.List)
	if i+1 >= len(nodes) {
		return i
	}
	exercise := !b.p.numberedQuestion(l)
	if exercise && !(b.p.numberedExercise(l) && b.p.formulaFirst(nodes[i+1])) || l.FirstChild().FirstChild().Lines().Len() != 1 {
		return i
	}
	q := l.FirstChild().FirstChild()
	if k := b.quotedAnswer(nodes, i); k > i {
		if b.add(b.p.html(q, 0, everything), b.p.blocksHTML(b.p.children(nodes[k])), Basic, b.p.lineOf(q), sc) {
			b.cover(nodes[i : k+1]...)
		}
		return k
	}
	j := i
	for j+1 < len(nodes) && j-i < 6 {
		if _, ok := nodes[j+1].(*ast.Paragraph); !ok || exercise && !b.p.workingStep(nodes[j+1]) {
			break
		}
		j++
	}
	if j == i {
		return i
	}
	if b.add(b.p.html(q, 0, everything), b.p.blocksHTML(nodes[i+1:j+1]), Basic, b.p.lineOf(q), sc) {
		b.cover(nodes[i : j+1]...)
	}
	return j
}

// numberedQuestion reports whether l is a numbered list of one item that
// asks, a question or a prompt, and holds nothing else: it asks on its own,
// and leads in from nothing above it.
func (p *parsed) numberedQuestion(l *ast.List) bool {
	t, ok := p.numberedLine(l)
	return ok && (isQuestion(t) || isPrompt(t))
}

// numberedExercise reports whether l is a numbered list of one item that
// sets an exercise, as worked problems number them: "6. Find the
// probability that no text arrives in the next 10 minutes.", "2. Evaluate
// the integral." Worked under it with a formula, it asks as a question does
// (see promptAnswer).
func (p *parsed) numberedExercise(l *ast.List) bool {
	t, ok := p.numberedLine(l)
	if !ok || countFields(t) < 3 || countFields(t) > maxExerciseWords {
		return false
	}
	w, _, _ := strings.Cut(t, " ")
	return lookupLower(problemVerbs, w) || lookupLower(exerciseVerbs, w)
}

// workingStep reports whether paragraph n goes on with an exercise's
// working: a formula alone, or a short lead to the next one ("which
// becomes:"). The next exercise, "Evaluate $\int_0^1 x^2 dx$.", is none.
func (p *parsed) workingStep(n ast.Node) bool {
	if p.formulaFirst(n) {
		return true
	}
	t := strings.TrimSpace(p.plain(n, 0, everything))
	return strings.HasSuffix(t, ":") && countFields(t) <= maxLeadWords
}

// maxLeadWords is the longest lead to a formula, in words, workingStep
// takes.
const maxLeadWords = 8

// maxExerciseWords is the longest exercise, in words, numberedExercise takes.
const maxExerciseWords = 40

// exerciseVerbs open the exercises of worked problems that problemVerbs do
// not: "Calculate the variance.", "Show that the series converges."
var exerciseVerbs = map[string]bool{"calculate": true, "evaluate": true, "determine": true, "derive": true,
	"show": true, "estimate": true, "differentiate": true, "integrate": true}

// numberedLine returns the first line of the one item of l, a numbered list
// that holds nothing else, in plain text.
func (p *parsed) numberedLine(l *ast.List) (string, bool) {
	if !l.IsOrdered() || l.ChildCount() != 1 || l.FirstChild().ChildCount() != 1 {
		return "", false
	}
	q, ok := l.FirstChild().FirstChild().(*ast.TextBlock)
	if !ok {
		return "", false
	}
	ls := p.lines(q)
	if len(ls) == 0 {
		return "", false
	}
	return strings.TrimSpace(p.plain(q, ls[0][0], ls[0][1])), true
}

// prompts open an interview's prompts, which ask without a question mark.
var prompts = []string{"tell me about ", "describe a time ", "describe a situation ", "give an example of ",
	"give me an example of ", "a time when ", "a time you ", "talk about a time "}

// isPrompt reports whether t opens as an interview's prompt, "Tell me about
// a time you went above and beyond", in a few words.
func isPrompt(t string) bool {
	if countFields(t) > 25 {
		return false
	}
	l := strings.ToLower(t)
	for _, p := range prompts {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// answerKey returns the index of the list of answers to the list of
// questions nodes[i], a few blocks on ("1. What sets a label?" … then, under
// ":::details Answers", "1. `xfs_admin -L`" …), or i when there is none: as
// many items, the questions' all questions and the answers' none, and at most
// two paragraphs between them.
func (b *builder) answerKey(nodes []ast.Node, i int) int {
	q := nodes[i].(*ast.List)
	if q.ChildCount() < 2 {
		return i
	}
	asking := b.p.endsAsking(q.FirstChild()) && b.p.allItems(q, asks)
	for j := i + 1; j < len(nodes) && j <= i+3; j++ {
		switch n := nodes[j].(type) {
		case *ast.Paragraph:
			continue
		case *ast.List:
			if asking && b.answersList(q, n) && !b.p.examplesLead(nodes[j-1]) {
				return j
			}
		case *ast.Blockquote:
			// Problems set without a question mark are answered only by a
			// key titled as one; a list reads them last, when there is one.
			if a := b.p.keyCalloutList(n); a != nil && (asking || b.p.allItems(q, setsProblem)) && b.answersList(q, a) {
				return j
			}
		}
		return i
	}
	return i
}

// answersList reports whether list a can answer the list of questions q
// item by item: as many items, numbered alike, none of them asking, and
// not a list of numbered parts ("Rule 1: …").
func (b *builder) answersList(q, a *ast.List) bool {
	return a.ChildCount() == q.ChildCount() && a.IsOrdered() == q.IsOrdered() &&
		b.p.allItems(a, func(s string) bool { return !asks(s) }) && !b.p.allItems(a, numberedPart)
}

// keyList returns the list of answers of the answer key n that answerKey
// found: n itself, or the list in the "> [!question]- Answers" callout n.
func (p *parsed) keyList(n ast.Node) *ast.List {
	if l, ok := n.(*ast.List); ok {
		return l
	}
	return p.keyCalloutList(n)
}

// examplesLead reports whether n is a paragraph that only says examples
// follow, "eg:" or "Examples:": the list under it shows more examples of
// its section ("我还以为你不喜欢苹果呢！"), it does not answer a list of
// questions above ("你怎么能浪费时间呢？").
func (p *parsed) examplesLead(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok {
		return false
	}
	t := strings.TrimSpace(p.plain(n, 0, everything))
	head, ok := strings.CutSuffix(t, ":")
	if !ok {
		head, ok = strings.CutSuffix(t, "：")
	}
	return ok && isExamplesLabel(head)
}

// numberedPart reports whether s opens with a numbered label of its own,
// "Rule 1: A third party cannot enforce …": a list of such items states
// parts of something, it does not answer "Query 1: … ?" and "Query 2: … ?"
// above it.
func numberedPart(s string) bool {
	head, _, ok := strings.Cut(s, ":")
	f := strings.Fields(head)
	if !ok || len(f) != 2 || strings.IndexFunc(f[0], func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	n := strings.TrimRight(f[1], ".)")
	return n != "" && strings.Trim(n, "0123456789") == ""
}

// endsAsking reports whether the last line of item's text ends with a
// question mark: the quick test of answerKey.
func (p *parsed) endsAsking(item ast.Node) bool {
	c := item.FirstChild()
	if c == nil || c.Type() != ast.TypeBlock || c.Lines().Len() == 0 {
		return false
	}
	t := bytes.TrimRight(segValue(c.Lines().At(c.Lines().Len()-1), p.src), " \t\n*_")
	return bytes.HasSuffix(t, []byte("?")) || bytes.HasSuffix(t, []byte("？"))
}

// asks reports whether s is a question, in "?" or in the full-width "？".
func asks(s string) bool {
	return isQuestion(s) || strings.HasSuffix(s, "？") && utf8.RuneCountInString(s) <= 80
}

// allItems reports whether the text of every item of list l, of one block
// each, satisfies f.
func (p *parsed) allItems(l *ast.List, f func(string) bool) bool {
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		if it.ChildCount() != 1 || !f(strings.TrimSpace(p.plain(it.FirstChild(), 0, everything))) {
			return false
		}
	}
	return true
}

// answerPairs makes a card of each question of list q with the answer of
// list a in the same place.
func (b *builder) answerPairs(q, a *ast.List, sc scope) {
	p := b.p
	for qi, ai := q.FirstChild(), a.FirstChild(); qi != nil && ai != nil; qi, ai = qi.NextSibling(), ai.NextSibling() {
		if b.add(p.html(qi.FirstChild(), 0, everything), p.html(ai.FirstChild(), 0, everything), Basic, p.lineOf(qi), sc) {
			b.cover(qi, ai)
		}
	}
}

// displayMath reports whether n is a paragraph of a displayed formula alone,
// "$$ … $$" or "\[ … \]": no lead-in, question or term.
func (p *parsed) displayMath(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok || n.Lines().Len() == 0 {
		return false
	}
	t := bytes.TrimSpace(p.src[n.Lines().At(0).Start:n.Lines().At(n.Lines().Len()-1).Stop])
	return len(t) > 4 && (bytes.HasPrefix(t, []byte("$$")) && bytes.HasSuffix(t, []byte("$$")) ||
		bytes.HasPrefix(t, []byte(`\[`)) && bytes.HasSuffix(t, []byte(`\]`)))
}

// labelFormula makes a card of a list of one short label, "* softmax
// function", and the displayed formula under it, as formula sheets are
// written; under a list of one definition, the formula ends its answer.
func (b *builder) labelFormula(l *ast.List, next ast.Node, sc scope) bool {
	p := b.p
	if !p.displayMath(next) || l.ChildCount() != 1 || l.FirstChild().ChildCount() != 1 {
		return false
	}
	label := l.FirstChild().FirstChild()
	if label.Lines().Len() != 1 {
		return false
	}
	if k := len(b.cards) - 1; k >= 0 && b.cards[k].Pos.Line == p.lineOf(label) {
		// "- Page-fault rate: F faults in A accesses" made a card: the
		// formula is the rest of its answer.
		b.cards[k].Back += "<br>" + p.cardHTML(p.blocksHTML([]ast.Node{next}))
		b.cover(next)
		return true
	}
	text := strings.TrimSpace(p.plain(label, 0, everything))
	front := p.html(label, 0, everything)
	if t, ok := strings.CutSuffix(text, ":"); ok {
		// "* Component wise formula:" leads in the formula it names.
		text, front = strings.TrimSpace(t), stripColon(front)
	}
	if !hasWordChar(text) || strings.ContainsAny(text, ":：.?=") || len(strings.Fields(text)) > 6 {
		return false
	}
	if b.add(front, p.blocksHTML([]ast.Node{next}), Basic, p.lineOf(label), sc) {
		b.cover(l, next)
	}
	return true
}

// labelCode makes a card of a list of one item that ends with a colon and
// the code under it, as tldr pages write a command: "- Create a new
// issue:", then "`gh issue create`" or a code block.
func (b *builder) labelCode(l *ast.List, next ast.Node, sc scope) bool {
	p := b.p
	if l.LastChild() == nil || l.LastChild().ChildCount() != 1 || !p.codeAlone(next) {
		return false
	}
	label := l.LastChild().FirstChild()
	text := strings.TrimSpace(p.plain(label, 0, everything))
	if l.IsOrdered() && label.Lines().Len() == 1 && codeAnswers(text) && answeredAbove(l) {
		// "3. How is the remote backend different …?" over a fence that
		// holds the answer, as practice questions are typed.
		if b.add(strings.TrimSpace(p.html(label, 0, everything)), p.blocksHTML([]ast.Node{next}), Basic, p.lineOf(label), sc) {
			b.cover(l.LastChild(), next)
		}
		return true
	}
	if l.ChildCount() != 1 {
		return false
	}
	front, ok := strings.CutSuffix(text, ":")
	if !ok || label.Lines().Len() != 1 || !hasWordChar(front) || strings.Contains(front, ":") {
		return false
	}
	if b.add(strings.TrimSuffix(strings.TrimSpace(p.html(label, 0, everything)), ":"), p.blocksHTML([]ast.Node{next}), Basic, p.lineOf(label), sc) {
		b.cover(l, next)
	}
	if isCode(next) {
		b.keyColumns(next, sc) // "- Window:" over "c  create window" and "n  next window"
	}
	return true
}

// answeredAbove reports whether each item of l but its last holds its
// answer under its question, "1. Delimiters of PHP?" over "`<?php ?>`": the
// last one's, a fence typed without the indent, is the block after the list.
// A list of one question has none above to tell.
func answeredAbove(l *ast.List) bool {
	for it := l.FirstChild(); it != l.LastChild(); it = it.NextSibling() {
		if it.ChildCount() < 2 {
			return false
		}
	}
	return true
}

// trueFalseMarks end a statement a practice test asks to judge: "The
// state file always matches the infrastructure (t or f)".
var trueFalseMarks = []string{"(t or f)", "(t/f)", "(true or false)", "(true/false)"}

// codeAnswers reports whether t, a numbered question over a code block,
// is answered by that block: a question or a statement to judge as true or
// false. A question about the code below ("What does the following code
// print?", "What is the output?") is asked by the code, not answered.
func codeAnswers(t string) bool {
	if pointsAtCode(t) {
		return false
	}
	low := strings.ToLower(t)
	if slices.ContainsFunc(trueFalseMarks, func(m string) bool { return strings.HasSuffix(low, m) }) {
		return true
	}
	return isQuestion(t)
}

// pointsAtCode reports whether t, a line over code, speaks of the code
// below it ("What does the following code print?", "the output"): the code
// asks, it answers nothing.
func pointsAtCode(t string) bool {
	low := strings.ToLower(t)
	for _, w := range []string{"following", "below", "this code", "output"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// exampleLooks open a line that only bids the reader look at what follows.
// "Here is an example of adding to the front of a list:" names what the
// code does, and asks for it.
var exampleLooks = []string{"consider ", "look at ", "take a look at "}

// pointsToExample reports whether t, a line over code, only bids the reader
// look at the example below it: "Consider the following example featuring
// metrics from two different systems:", "Look at the following code:", or
// pick one of the blocks below (see offersChoice). It names nothing the
// code answers; the code stays on its heading's card.
func pointsToExample(t string) bool {
	low := strings.ToLower(t)
	if !slices.ContainsFunc(exampleLooks, func(w string) bool { return strings.HasPrefix(low, w) }) {
		return offersChoice(low) || offersOther(t)
	}
	return strings.Contains(low, "following") || strings.Contains(low, "below")
}

// offersOther reports whether t, a line over code, opens on "or" and so
// only offers the other way of the choice above it: "or, you can activate
// your environment as above:" names no task of its own. "Order the rows:"
// and "OR two registers:" open on no "or".
func offersOther(t string) bool {
	return len(t) > 2 && (t[0] == 'o' || t[0] == 'O') && t[1] == 'r' && (t[2] == ',' || t[2] == ' ')
}

// choiceLeads bid the reader pick one of the blocks that follow, with the
// empty verb "do": "do one of the following", "do one of two things".
var choiceLeads = []string{"do one of the following", "do one of two things", "do either of the following"}

// offersChoice reports whether low, a line over code in lower case, only
// bids the reader pick one of the blocks below it and names no task of its
// own: "Depending on which method you prefer, do one of the following:",
// "After SSHing in, do one of the following:". A line that opens with the
// task it serves, "To install, do one of the following:", asks that task.
func offersChoice(low string) bool {
	if !strings.Contains(low, "one of") || strings.HasPrefix(low, "to ") || strings.HasPrefix(low, "in order to ") {
		return false // the quick test: most lines offer no choice
	}
	return slices.ContainsFunc(choiceLeads, func(c string) bool { return strings.Contains(low, c) })
}

// codeAlone reports whether n is a code block, or a paragraph of one code
// span alone.
func (p *parsed) codeAlone(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return true
	case *ast.Paragraph:
		_, ok := n.FirstChild().(*ast.CodeSpan)
		return ok && n.FirstChild() == n.LastChild()
	}
	return false
}

// termBlock makes a card of a paragraph that is only a question ("What is
// X?") or a bold term, and the paragraph, code or quote after it as the
// answer. The answer block still makes its own cards.
func (b *builder) termBlock(n, next ast.Node, sc scope) bool {
	p := b.p
	switch next.(type) {
	case *ast.Paragraph, *ast.FencedCodeBlock, *ast.CodeBlock, *ast.Blockquote:
	default:
		return false
	}
	ls := b.p.lines(n)
	// "**Q: Is the MARR nominal?**" over its answer, with no "A:" line: the
	// label numbers the question, as it does over a list (labelledQuestion).
	labelled := len(ls) == 1 && p.labelledQuestion(n, ls[0])
	if len(ls) != 1 || !labelled && b.explicit(n, ls) {
		return false
	}
	if isSourcesTitle(strings.TrimSpace(p.plain(n, 0, everything))) && b.sourcesBody([]ast.Node{next}) {
		b.skip(n, next) // "**Parent**" over "[[Computer Science]]": a way through the vault, no card
		return true
	}
	front, ok := b.boldLine(n, ls[0])
	if ok && b.opensWithBoldLine(next) {
		return false // the next label's body is not this one's
	}
	if ok && p.bareLabelBlock(next) {
		return false // "**Phenocryst**:" over "Types:": the label leads in a list, it answers nothing
	}
	opening := "" // the answer's opening above the block (see codeLeadTerm)
	asks := false // n is a question alone, which the paragraphs under it answer
	if !ok {
		t := strings.TrimSpace(p.plain(n, 0, everything))
		_, code := next.(*ast.FencedCodeBlock)
		if _, indented := next.(*ast.CodeBlock); indented {
			code = true
		}
		name, head := isStatementHead(t)
		switch {
		case labelled || isQuestion(t) && !startsBriefPart(t):
			if b.answersNoQuestion(n, next) || labelled && p.opensWithQALabel(next) {
				return false // "Q: …?" over the next "Q: …" and "A: …": left unanswered
			}
			front, asks = cutFrontNumbering(p.html(n, 0, everything)), true
			if labelled {
				_, from := p.qaLabel(n, ls[0])
				front = unwrapStrong(strings.TrimSpace(p.html(n, from, everything)))
			}
		case head && name != "" && isTerm(name) && !opensNamedStatement(t):
			// "**Definition 1.11** Normal Subgroups" over the definition;
			// "**Theorem 2.4** Every bounded polyhedron has a vertex." states
			// its theorem, a card of its own.
			front = escapeText(name)
		case code && (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) && countFields(t) <= 15 && !continuesCode(n, t) &&
			!b.sentenceThroughCode(next) && !pointsToExample(t):
			// "To list pods:" and the command under it.
			front, opening = p.codeCaption(n, sc)
		case b.quotedDefinition(next, t):
			front = stripColon(p.html(n, 0, everything))
		case p.definedLabel(t, next):
			// "CloudFront" alone, a blank line, then "It is a content
			// delivery network …": the paragraph defines the term.
			front = strings.TrimSpace(p.html(n, 0, everything))
		case p.formulaFirst(next) && formulaLabel(t) != "":
			// "*Parallel Resistance*:" or "Power:" alone, over "$P = I^2
			// \cdot R$" after a blank line, names the formula as
			// "**Power**:" does.
			front = escapeText(formulaLabel(t))
		default:
			return false
		}
	}
	if !ok && p.answersThenAsks(next) {
		// The answer's last line asks the next question (trailingQuestion).
		back, cover := b.answerLines(next)
		if b.add(front, opening+back, Basic, p.lineOf(n), sc) {
			b.cover(n)
			cover()
		}
		return true
	}
	answer := []ast.Node{next}
	if ok {
		answer = b.ruledBody(n, next)
	} else if asks {
		answer = b.answerParagraphs(next)
	}
	if led := b.ledBlock(next, true); !asks && len(answer) == 1 && led != nil {
		answer = append(answer, led) // "We use the convexity of the exponent function:" over the proof
	}
	if b.add(front, opening+p.blocksHTML(answer), Basic, p.lineOf(n), sc) {
		b.cover(n)
		b.cover(answer...)
	}
	return true
}

// answerParagraphs returns the paragraphs that answer a question line
// alone, from first, the block under it: "- What is the syntax for an
// IIFE?" (see labelBullets) over "The (surrounding parenthesis) …" and "The
// final parenthesis() …" is answered by both, as a numbered question is
// (see promptAnswer). The answer runs over up to maxAnswerParagraphs
// paragraphs and ends before a block of another kind and before a
// paragraph that opens another part (see endsAnswer).
func (b *builder) answerParagraphs(first ast.Node) []ast.Node {
	body := []ast.Node{first}
	if _, ok := first.(*ast.Paragraph); !ok || b.endsAnswer(first) {
		return body
	}
	for s := first.NextSibling(); s != nil && len(body) < maxAnswerParagraphs; s = s.NextSibling() {
		if _, ok := s.(*ast.Paragraph); !ok || b.endsAnswer(s) {
			break
		}
		body = append(body, s)
	}
	return body
}

// maxAnswerParagraphs is the most paragraphs answerParagraphs takes.
const maxAnswerParagraphs = 6

// endsAnswer reports whether paragraph par ends the answer to a question
// above it rather than going on with it: it asks, a line of it ending in
// a question mark; it opens with a bold term or label, holds a card
// written as such (Q:/A:, ::) or points elsewhere ("See also …"); or it
// leads in the block after it, ending in a colon.
func (b *builder) endsAnswer(par ast.Node) bool {
	ls := b.p.lines(par)
	if len(ls) == 0 {
		return true
	}
	for _, r := range ls {
		if questionMark(strings.TrimSpace(b.p.plain(par, r[0], r[1]))) != "" {
			return true
		}
	}
	last := strings.TrimSpace(b.p.plain(par, ls[len(ls)-1][0], ls[len(ls)-1][1]))
	if strings.HasSuffix(last, ":") || strings.HasSuffix(last, "：") {
		return true
	}
	if e, ok := par.FirstChild().(*ast.Emphasis); ok && e.Level == 2 {
		return true // "**Lexical scope** is …": another term's definition
	}
	return b.opensWithBoldLine(par) || b.explicit(par, ls) || b.isSeeLine(par) || b.webLinksLine(par)
}

// codeCaption returns the front of paragraph n, a line over a block of code
// that names it, and the opening of the answer above the code. The line
// asks without its colon, "To list pods:"; one that defines a bold term as
// a line alone does (see leadDefines), "**Provider** -- a plugin that talks
// to the provider's API:", asks the term, and its definition opens the
// answer, unless the term is the one its heading asks for (definesOwner).
func (p *parsed) codeCaption(n ast.Node, sc scope) (front, opening string) {
	front = cutPointer(stripColon(p.html(n, 0, everything)))
	ls := p.lines(n)
	if len(ls) != 1 {
		return front, ""
	}
	end := ls[0][1]
	for end > ls[0][0] && isReSpace(p.src[end-1]) {
		end--
	}
	s, ok := p.splitLine(n, ls[0][0], end)
	if !ok || !p.leadDefines(s, ls[0][0], end) || definesOwner(p.plain(n, s.termLo, s.termHi), sc) {
		return front, ""
	}
	return unwrapStrong(p.html(n, s.termLo, s.termHi)), "<p>" + stripColon(p.html(n, s.defLo, end)) + "</p>"
}

// isQuestion reports whether s is one short question, or two or three
// asked in a row ("When did you take a risk and fail? How did you
// respond?"). The tags that end a line are no part of it: "Why is the sky
// blue? #card".
func isQuestion(s string) bool {
	s = oneQuestionMark(untagged(strings.TrimSpace(s)))
	mark := questionMark(s)
	if mark == "" || countFields(s) > 25 || strings.Contains(strings.TrimSuffix(s, mark), ". ") {
		return false
	}
	switch n := strings.Count(s, mark); {
	case n == 1:
		return true
	case n > 3 || mark != "?":
		return false
	}
	for q := range strings.SplitSeq(strings.TrimSuffix(s, "?"), "? ") {
		r, _ := utf8.DecodeRuneInString(q)
		if countFields(q) < 2 || !unicode.IsUpper(r) || strings.Contains(q, "?") {
			return false // "What? Yes it is?", "Why?? Because"
		}
	}
	return true
}

// oneQuestionMark cuts the run of question marks that ends s to one, as a
// student stresses a question: "What is CSS??", "Why use it ???". A run
// alone, the "??" line of a reversed card, stays as it is.
func oneQuestionMark(s string) string {
	t := strings.TrimRight(s, "?")
	if len(s)-len(t) < 2 || !hasWordChar(t) {
		return s
	}
	return strings.TrimRight(t, " ") + "?"
}

// onlyHashtags reports whether text is one or more #tags and nothing else.
func onlyHashtags(text string) bool {
	words := strings.Fields(text)
	for _, w := range words {
		if len(w) < 2 || w[0] != '#' || w[1] == '#' {
			return false
		}
	}
	return len(words) > 0
}

// calloutHead matches the head of an Obsidian callout, "[!tip]- Title": its
// type and its title. Metadata after a bar styles it and is no title:
// "[!DANGER|style:flat]", "[!tip|noicon] Mnemonic".
var calloutHead = lazyRegexp(`^\[!([A-Za-z-]+)(?:\|[^\]]*)?\][+-]?\s*(.*)$`)

// calloutTitle reports whether block n is the paragraph that opens an
// Obsidian callout, "[!type] Title" on its first line, and returns the title
// the callout shows (its type, capitalised, when it has none).
func (p *parsed) calloutTitle(n ast.Node) (string, bool) {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() == 0 {
		return "", false
	}
	first := par.Lines().At(0)
	if !bytes.HasPrefix(bytes.TrimLeft(first.Value(p.src), " \t"), []byte("[!")) {
		return "", false // the quick test: most quotes are no callout
	}
	m := calloutHead().FindStringSubmatch(p.plain(par, first.Start, first.Stop))
	if m == nil {
		return "", false
	}
	if m[2] == "" {
		return strings.ToUpper(m[1][:1]) + m[1][1:], true
	}
	return m[2], true
}

// isTodoCallout reports whether n is a callout of the student's tasks,
// "> [!todo] Topics for the deck": no card's content, nor the sheet's.
func (p *parsed) isTodoCallout(n ast.Node) bool {
	q, ok := n.(*ast.Blockquote)
	if !ok || q.FirstChild() == nil {
		return false
	}
	if _, ok := p.calloutTitle(q.FirstChild()); !ok {
		return false
	}
	return p.calloutType(q.FirstChild()) == "todo"
}

// calloutType returns the type of the callout that paragraph n opens,
// "[!todo]+ Topics" is "todo", in lower case.
func (p *parsed) calloutType(n ast.Node) string {
	first := n.Lines().At(0)
	m := calloutHead().FindStringSubmatch(strings.TrimSpace(string(p.src[first.Start:first.Stop])))
	if m == nil {
		return ""
	}
	return strings.ToLower(m[1])
}

// ownerHeading returns the innermost heading above the section being read
// that names a topic, without its numbering: "## Content" over "### Example"
// names none, so the example is asked with "# Product Rule".
func (b *builder) ownerHeading() (string, bool) {
	for i := len(b.heads) - 1; i >= 0; i-- {
		if t := b.heads[i].text; !lookupLower(sectionTitles, strings.TrimRight(t, ":：")) {
			return b.headingOwner(t), true
		}
	}
	return "", false
}

// headingDefines returns the term a heading titled as a definition
// defines: its first block, a paragraph, sets one term in bold.
func (b *builder) headingDefines(title string, body []ast.Node) (string, bool) {
	if len(body) == 0 || !isDefinitionTitle(title) {
		return "", false
	}
	if _, ok := body[0].(*ast.Paragraph); !ok {
		return "", false
	}
	return b.p.definedTerm(body[0])
}

// dropAskedAgain removes the basic cards after the one at index at whose
// front is its front: a heading titled as a definition asks for the term
// its paragraph defines ("### Definition 1.1" over "A **set** is …"), with
// the whole sentence, and the paragraph's own card would ask it again.
func (b *builder) dropAskedAgain(at int) {
	if at >= len(b.cards) {
		return
	}
	front := b.cards[at].Front
	kept := slices.DeleteFunc(b.cards[at+1:], func(c Card) bool { return c.Kind == Basic && c.Front == front })
	b.cards = b.cards[:at+1+len(kept)]
}

// definitionOf returns the term the callout q, titled by title, defines:
// a definition's title over a text that sets one term in bold.
func (b *builder) definitionOf(q *ast.Blockquote, title string) (string, bool) {
	if !isDefinitionTitle(title) {
		return "", false
	}
	return b.p.definedTerm(q)
}

// callout makes the card of an Obsidian callout, "> [!question] Title" and
// the lines under it: the title (or the callout's type) on the front.
// It reports whether q is a callout; the cards inside it are made too.
func (b *builder) callout(q *ast.Blockquote, sc scope) bool {
	p := b.p
	title, ok := p.calloutTitle(q.FirstChild())
	if !ok {
		return false
	}
	first := q.FirstChild()
	switch p.calloutType(first) {
	case "multi-column", "column", "columns", "blank-container", "blank":
		// A layout (the Multi-Column Markdown plugin): what it lays out
		// makes the cards, it asks nothing itself.
		b.cover(first)
		b.blocks(b.p.children(q)[1:], sc)
		return true
	case "todo":
		b.skip(q) // the student's tasks: nothing to learn (see isTodoCallout)
		return true
	}
	if p.contentsCallout(q) {
		b.skip(q) // a way around the note
		return true
	}
	if answerHeading(title) && p.asksCallout(q.Parent()) {
		// "> > [!check]- Solution" folded inside "> [!question]+ What gate
		// is created by the following?": the answer the question's card
		// shows, no card "Transistors: Solution 1" of its own.
		b.cover(first)
		b.paragraphRange(first, sc, p.lines(first)[1:], false)
		b.blocks(b.p.children(q)[1:], sc)
		return true
	}
	if p.untitledAside(first) {
		b.aside(q, sc)
		return true
	}
	if b.clozeCallout(q, title, sc) {
		return true
	}
	ls := p.lines(first)
	front := escapeText(title)
	key := "" // the front a named definition's title asked before (see statementName)
	if name := statementName(title); name != "" && strings.HasPrefix(strings.ToLower(title), "def") {
		// "!!! definition "Definition 09.1 (Quadratic Form)"" asks Quadratic
		// Form, the term it defines; a theorem's name may only tag it,
		// "Proposition 1 (Equivalent conditions)", and stays whole.
		front, key = escapeText(name), front
	}
	proved, provesLabelled := 0, false // the labelled card q proves (see proofOfLabelled)
	if isCaseName(title) {
		b.lastCase = title // "> [!case] Nettleship v Weston (1971)" over its "Holding:"
	}
	if strings.EqualFold(title, "proof") || p.calloutType(first) == "proof" && proofTitleWord(title) {
		// "> [!proof]" proves the statement before it, or around it.
		if t, ok := p.provedTitle(q); ok {
			if c := sc.context(); isLabel(t) && len(c) > 0 {
				t = c[len(c)-1] + ": " + t // "Proof of Hausdorff spaces: Example 1"
			}
			front = "Proof of " + escapeText(t)
		}
		proved, provesLabelled = b.proofOfLabelled(q)
		if provesLabelled {
			front = "Proof of " + b.cards[proved].Front
		}
	}
	if isLabel(title) && len(ls) == 2 && len(b.p.children(q)) == 1 {
		if _, defines := p.splitLine(first, ls[1][0], ls[1][1]); defines {
			// "> [!definition]" over "> A *ring* is …" or "!!! note
			// "Definition"" over "A sample space is …": the line is the
			// card, the heading's when the box is all its section holds or
			// when it stands under the note's title ("# Enzyme", an atomic
			// note's card, keeps the one card and GUID it had).
			if _, alone := q.PreviousSibling().(*ast.Heading); alone && p.endsSection(q) || len(sc.heads) == 0 || sc.heads[len(sc.heads)-1].level == 1 {
				return false
			}
			b.aside(q, sc)
			return true
		}
	}
	labelled := false // the front is the heading's and the callout's label, "Cells: Theorem"
	if term, ok := b.definitionOf(q, title); ok {
		front = term // "> [!cite] Définition" over "On appelle **magma** …"
	} else if (isLabel(title) || isStatementTitle(title)) && front == escapeText(title) {
		// "> [!def]" or "> [!tip] Remember": a label alone asks nothing, so
		// it is asked with the heading it sits under ("Cells: Remember"); "Proof
		// of Proposition 1" names what it asks already.
		c := sc.context()
		if len(c) == 0 {
			return false
		}
		if _, first := q.PreviousSibling().(*ast.Heading); first && b.p.endsSection(q) {
			if len(ls) == 1 {
				return b.untitledBody(q, sc)
			}
			return false // "## Activation energy" over "> [!def] …" alone: the heading's card asks it
		}
		front = escapeText(sc.ownerName()) + ": " + front
		labelled = true
	}
	var back []string
	if len(ls) > 1 {
		back = append(back, p.html(first, ls[1][0], everything))
	}
	if rest := p.withoutProofs(b.p.children(q)[1:]); len(rest) > 0 {
		back = append(back, p.blocksHTML(rest))
	}
	if len(back) == 0 && len(ls) == 1 && len(b.p.children(q)) == 1 && !labelled {
		if term, value, ok := titlePair(title); ok {
			// "> [!info] Normal serum potassium: 3.5 to 5.0 mEq/L", a title
			// alone, states a value: the term asks for it.
			front, back = escapeText(term), []string{escapeText(value)}
		}
	}
	if p.isProofCallout(q) && isPlaceholder(strings.Join(back, "<br>")) {
		b.cover(q) // ">>[!PROOF]-" over "TODO": a proof still to write
		return true
	}
	made := 0 // the cards after the callout's own are its body's
	if b.add(front, strings.Join(back, "<br>"), Basic, p.line(ls[0][0]), sc) {
		b.cover(q)
		made = len(b.cards)
		if key != "" && b.cards[made-1].Key == "" {
			b.cards[made-1].Key = key
		}
		if labelled {
			b.numberLabel(made - 1)
			b.keepLabelled(q, made-1)
		}
		if provesLabelled {
			b.proofs[proved] = made - 1
		}
	}
	defer b.readExamples(p.calloutType(first))()
	b.paragraphRange(first, sc, ls[1:], false)
	b.blocks(b.p.children(q)[1:], sc)
	b.dropTitleTwins(made)
	return true
}

// titlePair parts the title of a callout with no body into a term and
// the value it gives after a colon: "Normal Serum Potassium Level: 3.5 to
// 5.0 mEq/L". A label ("Note: check the dose") or a sentence before the
// colon names no term.
func titlePair(title string) (term, value string, ok bool) {
	term, value, ok = strings.Cut(title, ": ")
	term, value = strings.TrimSpace(term), strings.TrimSpace(value)
	if !ok || value == "" || countFields(term) > 6 || !isTerm(term) || opensWithVerb(term) {
		return "", "", false
	}
	return term, value, true
}

// listLead makes the card of a list whose last bullet ends in ":" and is
// followed by another list (a change of marker starts a new list): the
// bullet is the lead-in of the next list.
func (b *builder) listLead(l, next *ast.List, sc scope) bool {
	p := b.p
	last := l.LastChild()
	head := itemHead(last)
	if head == nil || last.ChildCount() > 1 || b.isTOC(next) {
		return false
	}
	t := strings.TrimSpace(p.plain(head, 0, everything))
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") {
		return false
	}
	front, lead := leadFront(p.html(head, 0, everything), sc)
	if leadNamesNothing(lead) || pointsNowhere(front, lead) {
		b.list(next, sc) // "- These are:" over the list names nothing
		return true
	}
	was := pointerKey(p.html(head, 0, everything))
	if b.add(front, p.blocksHTML([]ast.Node{next}), Basic, p.lineOf(head), sc) {
		b.cover(last, next)
		if was != "" {
			b.cards[len(b.cards)-1].Key = was // "- Hier sind die Arten:" keeps the identity it had whole
		}
	}
	b.list(next, sc.withKey(lead, contextText(was)))
	return true
}

// isTOC reports whether n is a table of contents or a list of bare links.
func (b *builder) isTOC(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.List:
		links, ok := b.countLinks(n, false)
		if !ok {
			return b.p.wikiAnchorsOnly(n)
		}
		return links > 0
	case *ast.Paragraph:
		links, ok := b.countLinks(n, false)
		return ok && links > 0 && anchorLinks(n) || b.p.wikiAnchorsOnly(n)
	case *ast.Blockquote:
		return b.p.contentsCallout(n)
	case *east.Table:
		// "| [HTML5](#html5) | 6 |": rows that open with a link to a heading.
		rows := 0
		for r := n.FirstChild(); r != nil; r = r.NextSibling() {
			if _, head := r.(*east.TableHeader); head {
				continue
			}
			cell := r.FirstChild()
			if cell == nil {
				return false
			}
			if links, ok := b.countLinks(cell, false); !ok || links != 1 || !anchorLinks(cell) {
				return false
			}
			rows++
		}
		return rows > 0
	}
	return false
}

// anchorLinks reports whether every link in n points inside the page.
func anchorLinks(n ast.Node) bool {
	ok := true
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, isLink := c.(*ast.Link); entering && isLink && !strings.HasPrefix(string(l.Destination), "#") {
			ok = false
		}
		return ast.WalkContinue, nil
	})
	return ok
}

// linksOnly reports whether nodes hold nothing but links (a TOC or a
// "further reading" list), and at least one.
func (b *builder) linksOnly(nodes []ast.Node) bool {
	links := 0
	for _, n := range nodes {
		k, ok := b.countLinks(n, true)
		if !ok {
			return false
		}
		links += k
	}
	return links > 0
}

// webLinksLine reports whether n is a paragraph of two web links or more
// and nothing else but punctuation, as a note opens with where it was
// taken from: "[Source1](http://…).  [Source2](https://…)." It names no
// term and leads no list.
func (b *builder) webLinksLine(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok {
		return false
	}
	k, ok := b.countLinks(n, false)
	if !ok || k < 2 {
		return false
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.Link); ok && !isRemote(string(l.Destination)) {
			return false
		}
	}
	return true
}

// countLinks counts the links of n for linksOnly, and reports whether n
// holds nothing but links; wiki counts Obsidian's [[links]] too, which a
// list of topics is written with, not only a vault's navigation.
func (b *builder) countLinks(n ast.Node, wiki bool) (int, bool) {
	links := 0
	switch n := n.(type) {
	case *ast.List:
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			for c := it.FirstChild(); c != nil; c = c.NextSibling() {
				if k, ok := b.countLinks(c, wiki); !ok || k == 0 {
					return 0, false
				}
				links++
			}
		}
	case *ast.Paragraph, *ast.TextBlock, *ast.Emphasis, *east.TableCell:
		if k := b.wikilinksOnly(n); wiki && k > 0 {
			return k, true // "[[Data Structures/Graph|Graph]]"
		}
		// An emphasis around links ("**[⬆ Back to Top](#top)**") is a link line too.
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Link, *ast.AutoLink:
				links++
			case *ast.Text:
				if hasWordCharBytes(c.Segment.Value(b.p.src)) {
					return 0, false
				}
			case *ast.Emphasis:
				k, ok := b.countLinks(c, wiki)
				if !ok {
					return 0, false
				}
				links += k
			default:
				return 0, false
			}
		}
	case *ast.LinkReferenceDefinition:
		// "[l]: https://www.larousse.fr/" under "[La Rousse][l]": the
		// reference link's target, a link line of its own.
		return 1, true
	default:
		return 0, false
	}
	return links, true
}

// flatList reports whether every item of l is one block, with no list
// under it: "**Reference**:" over "1. Lecturer (Tuiza)" atop a note cites
// where the note comes from, one source an item, links or not.
func flatList(l *ast.List) bool {
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		if it.ChildCount() != 1 {
			return false
		}
	}
	return true
}

// isSourcesTitle reports whether s, a heading or a label, names the
// sources or the links of a note (sourcesTitle); the quick test first: a
// title most often opens with another letter.
func isSourcesTitle(s string) bool {
	s = trimMarks(s) // "🔗 Connections", as templates mark their sections
	head := s[:min(len(s), len("further reading"))]
	for _, w := range sourcesStarts {
		if len(head) >= len(w) && strings.EqualFold(head[:len(w)], w) {
			return sourcesTitle().MatchString(s)
		}
	}
	return false
}

// creditStarts open a line that says where a note's pictures come from,
// lower case.
var creditStarts = []string{"images taken from", "image source", "image credit", "images courtesy",
	"figures taken from", "figures adapted from", "pictures taken from"}

// creditOnly reports whether body, a heading's blocks, is one paragraph
// that credits the note's pictures to a linked source: "Images taken from
// [here](…) under [Creative Commons Licence](…)." under "#### Notes". It
// points elsewhere as a "Sources" section does, and asks nothing.
func (p *parsed) creditOnly(body []ast.Node) bool {
	if len(body) != 1 || body[0].Kind() != ast.KindParagraph {
		return false
	}
	t := strings.ToLower(strings.TrimSpace(p.plain(body[0], 0, everything)))
	if !slices.ContainsFunc(creditStarts, func(w string) bool { return strings.HasPrefix(t, w) }) {
		return false
	}
	for c := body[0].FirstChild(); c != nil; c = c.NextSibling() {
		if c.Kind() == ast.KindLink || c.Kind() == ast.KindAutoLink {
			return true
		}
	}
	return false
}

// sourcesStarts are the openings of the titles sourcesTitle matches.
var sourcesStarts = []string{"source", "main source", "further", "reference", "see also", "links", "connections", "read more", "credit",
	"related", "backlinks", "mentions", "linked", "unlinked", "incoming", "outgoing", "parent", "pages", "children", "sub",
	"next", "previous", "up", "voir", "sous", "appears"}

// wikiAnchorsOnly reports whether block n holds only Obsidian links to
// headings of the note, "[[#Table of Contents]]": a way around the note.
// A list's item may hold a list of the same under its link, as a plugin
// writes the contents of a note with subheadings: "[[#Collision
// handling|Collision handling]]" over "[[#Collision handling#Open
// addressing|Open addressing]]".
func (p *parsed) wikiAnchorsOnly(n ast.Node) bool {
	if l, ok := n.(*ast.List); ok {
		for it := l.FirstChild(); it != nil; it = it.NextSibling() {
			if it.ChildCount() == 0 {
				return false
			}
			for c := it.FirstChild(); c != nil; c = c.NextSibling() {
				if !p.wikiAnchorsOnly(c) {
					return false
				}
			}
		}
		return l.ChildCount() > 0
	}
	if n.Type() != ast.TypeBlock || n.Lines().Len() == 0 {
		return false
	}
	src := p.src[n.Lines().At(0).Start:n.Lines().At(n.Lines().Len()-1).Stop]
	if !bytes.HasPrefix(bytes.TrimSpace(src), []byte("[[#")) {
		return n.Kind() == ast.KindParagraph && p.titledAnchors(p.lines(n))
	}
	for _, m := range wikilink().FindAll(src, -1) {
		if !bytes.HasPrefix(m, []byte("[[#")) {
			return false
		}
	}
	return len(wikilink().FindAllIndex(src, 1)) > 0 && !hasWordCharBytes(wikilink().ReplaceAll(src, nil))
}

// minTitledAnchors is the fewest links to the note's headings under a line
// of text that make the block a way around the note (see titledAnchors).
const minTitledAnchors = 2

// contentsCallout reports whether q is a callout that lists the note's
// headings under its title (see titledAnchors).
func (p *parsed) contentsCallout(q *ast.Blockquote) bool {
	if q.ChildCount() != 1 {
		return false
	}
	if _, ok := p.calloutTitle(q.FirstChild()); !ok {
		return false
	}
	ls := p.lines(q.FirstChild())
	return len(ls) > 0 && p.titledAnchors(ls[1:])
}

// titledAnchors reports whether lines are a line of text over lines that
// each hold only an Obsidian link to a heading of the note, as a template's
// contents callout writes them:
//
//	> [!abstract]+ Contents
//	> List of headings within this topic
//	> [[#Speed run]]
//	> [[#Symmetric Encryption]]
func (p *parsed) titledAnchors(lines [][2]int) bool {
	if len(lines) < 1+minTitledAnchors || containsText(p.src[lines[0][0]:lines[0][1]], "[[") {
		return false
	}
	for _, r := range lines[1:] {
		line := bytes.TrimSpace(p.src[r[0]:r[1]])
		if !bytes.HasPrefix(line, []byte("[[#")) || !bytes.HasSuffix(line, []byte("]]")) || bytes.Count(line, []byte("[[")) != 1 {
			return false
		}
	}
	return true
}

// wikilinksOnly returns the number of Obsidian links in block n when it
// holds nothing else, else 0.
func (b *builder) wikilinksOnly(n ast.Node) int {
	if n.Type() != ast.TypeBlock || n.Lines().Len() == 0 {
		return 0
	}
	src := b.p.src[n.Lines().At(0).Start:n.Lines().At(n.Lines().Len()-1).Stop]
	if !containsText(src, "[[") || containsText(src, "![[") {
		return 0 // an embed is an image, or a note shown in place
	}
	k := len(wikilink().FindAllIndex(src, -1))
	if k == 0 || hasWordCharBytes(wikilink().ReplaceAll(src, nil)) {
		return 0
	}
	return k
}

// lines returns the source ranges of the lines of leaf block n. A raw <br>
// ends a line too.
func (p *parsed) lines(n ast.Node) [][2]int {
	var brs []text.Segment // in the order of the text, as n's children are
	for c := n.FirstChild(); c != nil && !p.noBreaks; c = c.NextSibling() {
		h, ok := c.(*ast.RawHTML)
		if !ok || h.Segments.Len() != 1 {
			continue
		}
		if br := h.Segments.At(0); brTag().Match(br.Value(p.src)) {
			brs = append(brs, br)
		}
	}
	segs := n.Lines()
	out := p.takeRanges(segs.Len() + len(brs))
	if len(brs) == 0 {
		for _, s := range segs.Sliced(0, segs.Len()) {
			out = append(out, [2]int{s.Start, s.Stop})
		}
		return out
	}
	k := 0 // the next <br>: the ones before it are before this line
	for i := 0; i < segs.Len(); i++ {
		s := segs.At(i)
		start := s.Start
		whole := len(brs) > 0 && oneLineCard(p.src[s.Start:s.Stop])
		// A <br> inside the rest of the line (not at its start or end) cuts it.
		for ; k < len(brs) && brs[k].Start < s.Stop; k++ {
			if br := brs[k]; !whole && br.Start > start && br.Stop < s.Stop {
				out = append(out, [2]int{start, br.Start})
				start = br.Stop
			}
		}
		out = append(out, [2]int{start, s.Stop})
	}
	return out
}

// oneLineCard reports whether line is written as one card of the Spaced
// Repetition plugin, its sides apart at a "::" or ";;": the plugin reads the
// line whole, and a "<br>" in it breaks a side's text in two lines, "What
// are the differences between odd and even parity bits?;; <br>Even Parity −
// … <br>Odd Parity − …", no card of its own.
func oneLineCard(line []byte) bool {
	return bytes.Contains(line, []byte("::")) || bytes.Contains(line, []byte(";;"))
}

// takeRanges returns an empty slice with room for n line ranges. Blocks ask
// for their lines again and again, mostly one: the slices are cut from
// blocks of memory that p hands out in turn.
func (p *parsed) takeRanges(n int) [][2]int {
	if cap(p.ranges)-len(p.ranges) < n {
		p.ranges = make([][2]int, 0, max(128, n))
	}
	k := len(p.ranges)
	p.ranges = p.ranges[:k+n]
	return p.ranges[k : k : k+n]
}

// brTag is a raw line break.
var brTag = lazyRegexp(`(?i)^<br\s*/?>$`)

// mayHoldBreak reports whether src holds "<br" in any case, as each raw
// line break that brTag matches starts: without one, no block's lines are
// cut at a break, and lines need not walk a block's children for them.
func mayHoldBreak(src []byte) bool {
	for i := bytes.IndexByte(src, '<'); i >= 0 && i+2 < len(src); {
		if src[i+1]|0x20 == 'b' && src[i+2]|0x20 == 'r' {
			return true
		}
		j := bytes.IndexByte(src[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

var trailingColon = lazyRegexp(`\s*[:：]\s*((?:</[a-z]+>\s*)*)$`)

// stripColon removes a trailing colon from front HTML, also inside closing tags.
func stripColon(s string) string {
	return strings.TrimSpace(cutTrailingColon(strings.TrimSpace(s)))
}

// unwrapStrong removes bold that covers a whole front, and the italics
// around it too: "***Cognitivism***" over its list asks "Cognitivism".
func unwrapStrong(s string) string {
	for _, t := range []string{"strong", "b", "em"} {
		o, c := "<"+t+">", "</"+t+">"
		if strings.HasPrefix(s, o) && strings.HasSuffix(s, c) && strings.Count(s, o) == 1 {
			inner := strings.TrimSpace(s[len(o) : len(s)-len(c)])
			if t == "em" && strings.HasPrefix(inner, "<strong>") {
				return unwrapStrong(inner)
			}
			return inner
		}
	}
	return s
}

// isProse reports whether a short paragraph reads as a statement rather than
// the lead-in of a list: two sentences, or a sentence of more than a few
// words ending in a full stop.
func isProse(s string) bool {
	s = strings.TrimSpace(s)
	// A sentence break ends one sentence and starts another: prose, not a
	// lead-in. "… people with HIV. The main forms are:" breaks too.
	if leadBreakEnd(s) >= 0 {
		return true
	}
	if strings.HasSuffix(s, "。") || strings.HasSuffix(s, "．") {
		// A sentence of Chinese or Japanese, its words not spaced; textbooks
		// end it with the full-width full stop: "**角**: 由一条射线…旋转而成．"
		return utf8.RuneCountInString(s) > 10
	}
	return strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") && countFields(s) > 6
}

// endsOpen reports whether s ends with a word no sentence ends with, a
// preposition, an article or a word that opens a condition: "give large
// vehicles plenty of room in" and "uneven tyre wear caused by" go on into
// the list under them, which finishes them, in whatever case they open.
func endsOpen(s string) bool {
	s = strings.TrimSpace(s)
	w := s[strings.LastIndexByte(s, ' ')+1:]
	return lookupLower(notLast, w) || lookupLower(conditionEnds, w)
}

// opensCondition reports whether s opens with a word that opens a
// condition (conditionEnds): "if trailer starts to swerve" over what to
// do then leads its list in.
func opensCondition(s string) bool {
	w, _, ok := strings.Cut(strings.TrimSpace(s), " ")
	return ok && lookupLower(conditionEnds, w)
}

// startsLower reports whether s opens with a lower-case letter: "alleviate
// stress through …" over a list goes on from the heading, it leads nothing in.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s))
	return unicode.IsLower(r)
}

// isRemark reports whether s opens with a label and a colon and goes on:
// "Example: a raisin swells in water." remarks on what is above it and leads
// in nothing.
func isRemark(s string) bool {
	head, rest, ok := strings.Cut(s, ":")
	return ok && strings.TrimSpace(rest) != "" && isLabel(head)
}

// aspects are the short labels that notes, medical ones above all, give an
// aspect of the topic they sit under: "Sx: chest pain" asks nothing alone.
var aspects = map[string]bool{"sx": true, "dx": true, "ddx": true, "tx": true, "rx": true, "mx": true,
	"ix": true, "hx": true, "px": true, "moa": true, "side effects": true, "adverse effects": true,
	"mechanism of action": true, "indications": true, "contraindications": true, "dosing": true,
	"dosage": true, "drug interactions": true, "clinical features": true, "risk factors": true,
	"complications": true, "considerations": true,
	// One side effect, and the most common one, under "#### Amylin
	// analogues": "- Side effect → Hypoglycaemia", "- MC side effect →
	// Flatulence" are the drugs'.
	"side effect": true, "adverse effect": true, "mc side effect": true,
	// "- Drugs" over "Metformin" and "Phenformin" under "#### Biguanides":
	// the class's drugs.
	"drugs": true}

// briefParts are the parts of a case brief in law notes: "Rule: …",
// "Holding: …" ask nothing without the case they belong to.
var briefParts = map[string]bool{"rule": true, "issue": true, "issues": true, "holding": true, "context": true,
	"held": true, "facts": true, "reasoning": true, "reason": true, "ratio": true, "ratio decidendi": true,
	"judgment": true, "judgement": true, "decision": true, "outcome": true, "dissent": true,
	"rationale": true, "procedural history": true, "significance": true, "principle": true,
	"disposition": true, "procedural posture": true, "posture": true, "concurrence": true,
	"rule of law": true, "key facts": true, "remedy": true, "opinion": true, "impact of the case": true,
	"year decided": true}

// caseName matches the name of a case: "Brown v Kendall", "Roe v. Wade",
// "Carlill v Carbolic Smoke Ball Co (1893)".
var caseName = lazyRegexp(`^\PZ.* (v|v\.|vs\.?) \p{Lu}`)

// startsBriefPart reports whether line t opens with a part of a case brief
// or a label and a colon: "Issue: contributory negligence?" is the case's
// issue and "TODO: add the diagram?" a reminder, not questions the next
// paragraph answers.
func startsBriefPart(t string) bool {
	head, _, ok := strings.Cut(t, ":")
	return ok && (lookupLower(briefParts, strings.TrimSpace(head)) || isLabel(head))
}

// isCaseName reports whether term names a law case (see caseName).
func isCaseName(term string) bool {
	if !strings.Contains(term, " v") {
		return false // the quick test: "v", "v." or "vs" follows a space
	}
	return caseName().MatchString(strings.TrimSpace(term))
}

// briefFront asks a part of a case brief with the case above it, the last
// term of the section named like a case: "Brown v Kendall: Rule". A part
// asked bare before it was one (see bareBefore) keeps the GUID of its bare
// front: key is then front, else "".
func (b *builder) briefFront(front string) (f, key string) {
	if b.lastCase == "" || len(front) > len("<strong>dissenting opinion reasoning</strong>") {
		return front, ""
	}
	if t := strings.TrimSpace(stripTags(front)); isBriefPart(t) {
		if bareBefore(t) {
			key = front
		}
		return escapeText(b.lastCase) + ": " + front, key
	}
	return front, ""
}

// briefAspect asks term with its case (briefFront) or its owner
// (aspectFrontKey), and returns the key that keeps the card's GUID, else "".
func (b *builder) briefAspect(term string, sc scope) (front, key string) {
	f, bare := b.briefFront(term)
	if front, key = aspectFrontKey(f, sc, b.title); key == "" {
		key = bare
	}
	return front, key
}

// aspectFront asks a term that is one of aspects (or capsAspects) with the
// heading or bullet it belongs to, as leadFront does: "Myocardial
// infarction: Sx". A tag such as Roam's "#references" names no owner, nor
// does the "#" heading that titles the note (title), nor a glossary's
// label (see glossaryLevels).
func aspectFront(front string, sc scope, title string) string {
	f, _ := aspectFrontKey(front, sc, title)
	return f
}

// aspectFrontKey returns aspectFront's front, and the key that keeps the
// GUID of a term of a glossary asked with the glossary's label before,
// "Important terms: Risk factors", now "Risk factors"; else key is "".
func aspectFrontKey(front string, sc scope, title string) (f, key string) {
	f, was := ownedAspect(front, sc, title)
	if f == front {
		return f, ""
	}
	if was != "" {
		return f, was // "Case: Hamilton v. Kember: Issue" asked without its label
	}
	if c := sc.context(); len(c) > 0 && lookupLower(glossaryLevels, strings.TrimRight(c[len(c)-1], ":：")) {
		return front, f // "**Risk factors**: Factors that …" under "- Important terms:" is a term defined
	}
	if lookupLower(laterAspects, strings.TrimSpace(stripTags(front))) {
		return f, front // "S/E" under "#### Biguanides", asked bare before, keeps its GUID
	}
	return f, ""
}

// laterAspects joined aspects and capsAspects after decks had asked them
// bare: "S/E" over its points under "#### Biguanides", "Side effect →
// Hypoglycaemia" under "#### Amylin analogues". Asked with their owner now,
// they keep the GUIDs of their bare fronts.
var laterAspects = map[string]bool{"s/e": true, "c/i": true, "side effect": true, "adverse effect": true,
	"mc side effect": true, "drugs": true, "manifestations": true, "accounting treatment": true}

// caseAspectFront returns aspectFront's front, and the key that keeps the
// GUID of a part of a case asked before with the case's label, "Case:
// Hamilton v. Kember: Issue", now "Hamilton v. Kember: Issue"; else key is
// "".
func caseAspectFront(front string, sc scope, title string) (f, key string) {
	f, key = aspectFrontKey(front, sc, title)
	if f == front {
		return f, "" // a glossary's term asked bare keeps the GUID it has
	}
	return f, key
}

// glossaryLevels are the labels a note puts over the terms it defines,
// "- Important terms:" over "- **Audit universe**: An inventory …" and
// "- **Risk factors**: Factors that have an impact on risk": an aspect's
// name there ("Risk factors", a disease's aspect) is a term of its own,
// asked alone as its siblings are.
var glossaryLevels = map[string]bool{"terms": true, "key terms": true, "important terms": true,
	"terminology": true, "glossary": true, "vocabulary": true, "key vocabulary": true,
	"definitions": true, "key definitions": true}

// ownedAspect asks a term that is one of aspects with its owner, for
// aspectFront. A case named with its label, "Case: Hamilton v. Kember",
// asks without it; was is then the front asked with it, the key that keeps
// the card's GUID, else "".
func ownedAspect(front string, sc scope, title string) (f, was string) {
	if len(front) > len("<strong>dissenting opinion reasoning</strong>") {
		return front, "" // longer than any aspect: spare stripTags
	}
	t := strings.TrimSpace(stripTags(front))
	brief := isBriefPart(t)
	if !brief && !otherAspect(t) {
		return front, ""
	}
	o, underCase := caseOf(sc.context())
	if brief && !underCase && !lookupLower(briefParts, t) && !otherAspect(t) {
		return front, "" // "Design Principle" outside a case names no part of a brief
	}
	if underCase && brief {
		// "Held" under "Supreme Court" under "### Burger King v. Rudzewicz"
		name := cutCaseLabel(o)
		switch {
		case bareBefore(t):
			return escapeText(name) + ": " + front, front
		case name != o:
			return escapeText(name) + ": " + front, escapeText(o) + ": " + front
		}
		return escapeText(o) + ": " + front, ""
	}
	c, generic := ownerContext(sc.context())
	if (generic || len(c) > 1 || len(c) == 1 && sc.ownsOneLevel(title)) && !strings.HasPrefix(c[len(c)-1], "#") {
		// "## 6. What is a JOIN?" over "- Types: …" asks "JOIN: Types".
		return escapeText(questionSubject(headingName(caseStudyName(c[len(c)-1])))) + ": " + front, ""
	}
	return front, ""
}

// definesTerm reports whether line r of n defines a term with "is" or
// "are" and an article, "Troponin is the most specific marker …", as a
// sentence over a list it does not lead in may.
func (b *builder) definesTerm(n ast.Node, r [2]int) bool {
	s, ok := b.p.splitLine(n, r[0], r[1])
	return ok && copula(s.sep) && definesWithArticle(b.p.src[s.defLo:r[1]])
}

// contextText is the plain text of a front that names the context of the
// cards below it: inline tags go without a trace, where stripTags would
// leave a space ("only for <code>Option</code>)" reads "only for Option)").
func contextText(front string) string {
	if strings.IndexByte(front, '<') < 0 {
		return stripTags(front) // the quick test: no tag to drop
	}
	var b strings.Builder
	b.Grow(len(front))
	for {
		i := strings.IndexByte(front, '<')
		if i < 0 {
			b.WriteString(front)
			break
		}
		b.WriteString(front[:i])
		front = front[i:]
		j := strings.IndexByte(front, '>')
		if j < 0 {
			b.WriteString(front)
			break
		}
		if !inlineTags[strings.TrimPrefix(front[1:j], "/")] {
			b.WriteString(front[:j+1]) // a tag stripTags reads as a space
		}
		front = front[j+1:]
	}
	return stripTags(b.String())
}

// inlineTags are the tags inside a line of text, without their brackets.
var inlineTags = map[string]bool{"code": true, "strong": true, "em": true, "b": true, "i": true,
	"mark": true, "del": true, "u": true, "sub": true, "sup": true}

// imagesOnly reports whether the lines ls of a paragraph show only images
// or Obsidian embeds ("![[ecg.png]]"): a picture leads no list in.
func (p *parsed) imagesOnly(ls [][2]int) bool {
	for _, r := range ls {
		if !bytes.HasPrefix(bytes.TrimLeft(p.src[r[0]:r[1]], " \t"), []byte("![")) {
			return false // the quick test: a line of images starts with one
		}
		line := bytes.TrimSpace(withoutTypedBreaks(mdImage().ReplaceAll(embed().ReplaceAll(p.src[r[0]:r[1]], nil), nil)))
		if len(line) > 0 {
			return false
		}
	}
	return len(ls) > 0
}

// bannerOnly reports whether body, what a note's title heads, is only
// rules and pictures without a caption: a banner, with no text to ask for.
func (p *parsed) bannerOnly(body []ast.Node) bool {
	images := false
	for _, n := range body {
		if isRule(n) {
			continue
		}
		par, ok := n.(*ast.Paragraph)
		if !ok || !p.imagesOnly(p.lines(par)) || p.captioned(par) {
			return false
		}
		images = true
	}
	return images
}

// captioned reports whether a paragraph of pictures gives one of them a
// caption, "![Scrum Framework](…)": a diagram the note names, not a banner.
func (p *parsed) captioned(par *ast.Paragraph) bool {
	for _, r := range p.lines(par) {
		line := p.src[r[0]:r[1]]
		for i := bytes.Index(line, []byte("![")); i >= 0; {
			if i+2 < len(line) && line[i+2] != ']' && line[i+2] != '[' {
				return true
			}
			k := bytes.Index(line[i+2:], []byte("!["))
			if k < 0 {
				break
			}
			i += 2 + k
		}
	}
	return false
}

// bannerNext reports whether the first block after heading hn, past its
// page fields and rules, is a paragraph of pictures: a banner under the
// title, not a picture the note shows among its text.
func (p *parsed) bannerNext(hn ast.Node) bool {
	n := hn.NextSibling()
	for n != nil && (p.pageFields(n) || isRule(n)) {
		n = n.NextSibling()
	}
	par, ok := n.(*ast.Paragraph)
	return ok && p.imagesOnly(p.lines(par))
}

// mdImage matches a Markdown image, "![alt](src)", on one line.
var mdImage = lazyRegexp(`!\[[^\]\n]*\]\([^)\n]*\)`)

// titledLead returns the bold title of a lead-in of two lines, a title
// alone in bold over a line that ends in ":", when lo leads in from the
// first: "**Subsequent Measurement**" over "An entity chooses either:".
func (b *builder) titledLead(par ast.Node, ls [][2]int, lo int) (string, bool) {
	if len(ls) != 2 || lo != ls[0][0] {
		return "", false
	}
	last := strings.TrimSpace(b.p.plain(par, ls[1][0], ls[1][1]))
	if !strings.HasSuffix(last, ":") && !strings.HasSuffix(last, "：") {
		return "", false
	}
	return b.boldLine(par, ls[0])
}

// leadFront makes the front of a lead-in from its HTML, and returns its plain
// text too. A short generic lead-in ("Types:", "Use Cases:") is asked with the
// heading or bullet it belongs to: "Disk Storage: Types".
func leadFront(raw string, sc scope) (front, lead string) {
	front = cutFrontNumbering(unwrapStrong(stripColon(raw)))
	if stripColon(raw) != strings.TrimSpace(raw) {
		front = cutAsFollows(cutPointer(cutLeadCondition(front))) // "Here are some common list methods:"
	}
	lead = contextText(front)
	if np, ok := demonstrativeKinds(front); ok {
		return np, np // "These types of notes are:" asks "Types of notes"
	}
	if pointsBack(lead) || passiveLead(lead) {
		// "They communicate with:" is asked with the heading it means,
		// when that heading names a thing (see pointsNowhere), and so is
		// "Can be defined as", which leaves it unsaid.
		if owner := sc.ownerName(); namesThing(owner) && len(sc.context()) > 0 && (len(sc.heads) == 0 || sc.heads[0].level > 1 || len(sc.context()) > 1) {
			front = escapeText(partOwner(owner, lead)) + ": " + front
		}
		return front, lead
	}
	if stripColon(raw) != strings.TrimSpace(raw) && (countFields(lead) <= 2 || isLabel(lead) || isGenericLead(lead) || opensWithVerb(lead) || namesOwnerOnly(lead)) {
		// A question above is on the card already and reads badly before
		// another, "What is EC2?: Key features include", but for its
		// subject, "EC2: Key features include" (see questionSubject); so
		// does a heading the lead-in repeats, "## 3NF" over "3NF:".
		if c := sc.context(); (len(c) > 1 || len(c) == 1 && (len(sc.heads) == 0 || sc.heads[0].level > 1)) && (!strings.HasSuffix(c[len(c)-1], "?") || questionSubject(c[len(c)-1]) != c[len(c)-1]) &&
			!strings.EqualFold(sc.ownerName(), lead) && !strings.EqualFold(questionSubject(sc.ownerName()), lead) {
			// "What are process groups?" over "There are 5 process
			// groups:" asks "Process groups" alone.
			front = escapeText(partOwner(sc.ownerName(), lead)) + ": " + front
		}
	}
	return front, lead
}

// genericWords say that a list follows without saying of what: "Some
// examples include:", "The main types are:".
var genericWords = map[string]bool{
	"some": true, "common": true, "example": true, "examples": true, "include": true, "includes": true,
	"including": true, "are": true, "is": true, "the": true, "following": true, "these": true,
	"those": true, "such": true, "as": true, "of": true, "use": true, "uses": true, "for": true,
	"instance": true, "main": true, "key": true, "important": true, "types": true, "kinds": true,
	"there": true, "several": true, "a": true, "few": true, "many": true, "they": true, "here": true,
	"steps": true, "points": true, "things": true, "ways": true, "reasons": true, "features": true,
	"advantages": true, "disadvantages": true, "benefits": true, "other": true, "more": true,
}

// leadDefinition makes a card of the sentence that opens [lo, hi), the part
// of a lead-in's line before the sentence that leads in, when it defines a
// term: "Heart failure is the loss of pumping ability of the heart. … There
// are many causes:" asks for heart failure, and so does a definition that is
// the only sentence before the lead-in, "**Event Propagation** — это процесс,
// по которому события проходят через DOM. Основные фазы:" (see
// leadDefines).
func (b *builder) leadDefinition(par ast.Node, lo, hi int, sc scope) {
	p := b.p
	t := string(p.src[lo:hi])
	end := -1 // the full stop
	if start, _ := nextSentenceBreak(t, 0); start >= 0 {
		end = lo + start + strings.IndexAny(t[start:], ".!?")
	} else if u := strings.TrimRight(t, " \t"); u != "" && strings.ContainsAny(u[len(u)-1:], ".!?") {
		end = lo + len(u) - 1 // one sentence, "… through the DOM. Main phases:"
	}
	if end < 0 {
		return
	}
	s, ok := p.splitLine(par, lo, end)
	if !ok || !p.leadDefines(s, lo, end) || definesOwner(p.plain(par, s.termLo, s.termHi), sc) ||
		!oneSentence(p.src[s.defLo:end]) {
		return
	}
	b.add(unwrapStrong(p.html(par, s.termLo, s.termHi)), p.html(par, s.defLo, end+1), b.defKind(), p.line(lo), sc)
}

// oneSentence reports whether def holds no stop followed by a capital, as
// a definition that runs on past an acronym's stop does: "… or STDs. These
// diseases …", "… below 3.5 mEq/L. This is …" are two sentences the
// sentence breaks miss, and no one definition.
func oneSentence(def []byte) bool {
	for i := 0; i < len(def); i++ {
		if def[i] != '.' && def[i] != '!' && def[i] != '?' {
			continue
		}
		j := skipReSpace(def, i+1)
		if r, _ := utf8.DecodeRune(def[j:]); j > i+1 && unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// definesOwner reports whether term is the name of the heading or item it
// sits under, its number left off: "Security is a broad topic. …:" under
// "## Security" defines what that heading's card asks already.
func definesOwner(term string, sc scope) bool {
	owner := strings.TrimLeft(sc.ownerName(), "0123456789. ")
	return owner != "" && strings.EqualFold(strings.TrimSpace(term), strings.TrimSpace(owner))
}

// leadDefines reports whether split s of the sentence [lo, end) before a
// lead-in defines its term: with "is" or "are" and an article, "Heart
// failure is the loss …", or a bold term, as a line alone does, "**Event
// Propagation** is the process …" and "**Модуль** -- переюзний блок
// Terraform-коду." (Russian "— это" is part of the dash, see dashCopulaLen).
func (p *parsed) leadDefines(s split, lo, end int) bool {
	switch {
	case copula(s.sep):
		return definesWithArticle(p.src[s.defLo:end])
	case s.sep == "**":
		return true // the bold term's split, its verb left out (see findSplit)
	}
	return (isDash(s.sep) || s.sep == "--") && boldStartEnd(p.src, lo) >= 0
}

// isGenericLead reports whether a lead-in names nothing of its own, so
// that its front needs the heading it sits under.
func isGenericLead(lead string) bool {
	for w := range strings.FieldsSeq(lead) {
		if !lookupLower(genericWords, strings.Trim(w, ",.;:!*_")) {
			return false
		}
	}
	return true
}

// unfinishedDefinition makes one card of a line that defines its term in a
// sentence the list under it finishes: "**Meiosis:** a division that makes
// four cells when" over the conditions, "**Defn:** R is a regex over Σ if R
// is" over the forms. The line's card asks as it would alone, and its back
// goes on with the list; split apart, the back stopped at "when" and each
// condition asked a card of its own, "the cell" → "a germ cell". A line
// that ends in a colon leads in as before.
func (b *builder) unfinishedDefinition(par ast.Node, l *ast.List, ls [][2]int, sc scope) bool {
	if len(ls) != 1 || !unfinishedSentence(b.p.src[ls[0][0]:ls[0][1]]) {
		return false
	}
	if s, ok := b.p.splitLine(par, ls[0][0], ls[0][1]); !ok || s.defLo < 0 || s.defLo >= ls[0][1] || strings.TrimSpace(b.p.plain(par, s.defLo, ls[0][1])) == "" {
		return false
	}
	n := len(b.cards)
	b.paragraph(par, sc, false)
	if len(b.cards) != n+1 || b.cards[n].Pos.Line != b.p.line(ls[0][0]) || b.cards[n].Kind == Cloze {
		b.list(l, sc)
		return true
	}
	b.cards[n].Back += b.p.blocksHTML([]ast.Node{l})
	b.cover(l)
	return true
}

// unfinishedSentence reports whether line ends in a word its sentence
// cannot end on, a condition's or a verb's that the lines below finish:
// "… if R is", "… four cells when", "… such that". A colon, a stop or any
// other sign ends it.
func unfinishedSentence(line []byte) bool {
	t := bytes.TrimRight(line, " \t\r\n*_")
	w := t[bytes.LastIndexByte(t, ' ')+1:]
	switch strings.ToLower(string(w)) {
	case "if", "iff", "when", "where", "that", "is", "are", "whenever", "unless":
		return true
	}
	return false
}

// leadIn makes the card of a paragraph that introduces a list. It reports
// whether the list was used; if not, the paragraph was handled as a paragraph.
func (b *builder) leadIn(par ast.Node, l *ast.List, sc scope) bool {
	p := b.p
	ls := b.p.lines(par)
	if len(ls) == 0 {
		b.paragraph(par, sc, false)
		return false
	}
	if b.srListCard(par, l, ls, sc) || b.srSplitList(par, l, sc) {
		return true
	}
	if p.noteSubtitle(par) {
		b.paragraph(par, sc, false)
		b.list(l, sc)
		return true
	}
	if blankList(l) {
		// "Margin: extra space around the element." over "5." to "33."
		// left blank: the items answer nothing, the line defines its term.
		b.paragraph(par, sc, false)
		b.cover(l)
		return true
	}
	whole := p.plain(par, 0, everything)
	if k := p.picturesAbove(ls); k > 0 && k < len(ls) {
		// A screenshot pasted over "Unsafe state" and its points illustrates
		// the section: the lines under it lead in.
		ls = ls[k:]
		whole = p.plain(par, ls[0][0], everything)
	}
	if isSourcesTitle(whole) && (b.sourcesBody([]ast.Node{l}) || b.p.doc.FirstChild() == par && flatList(l)) {
		b.skip(par, l)
		return true
	}
	if b.legendKeys(par, whole, l) {
		b.cover(par)
		b.list(l, sc)
		return true
	}
	if b.legendTail(par, ls, l, sc) {
		return true
	}
	if b.formulaLegend(par, whole) {
		b.cover(par)
		b.symbolIsKeys(l, sc)
		b.list(l, sc)
		return true
	}
	if b.unfinishedDefinition(par, l, ls, sc) {
		return true
	}
	asks := len(ls) == 1 && p.labelledQuestion(par, ls[0]) // "**Q1: What are chaotic maps?**" over its points
	if !asks && b.explicit(par, ls) || !hasWordChar(whole) || len(ls) > 1 && isQuestion(p.plain(par, ls[0][0], ls[0][1])) || p.imagesOnly(ls) || p.displayMath(par) || p.endsInDisplay(par) || p.opensWithDisplay(par) ||
		strings.Contains(whole, "://") && countFields(whole) <= 3 || pointerLink(par, whole) || resourceLink(par, whole, sc.context()) {
		// A source's address, "Per https://…", asks nothing of the list.
		b.paragraph(par, sc, false)
		b.list(l, sc)
		return true
	}
	if len(ls) == 1 && statesFormula(whole) || p.labelOverFormula(par, ls) {
		// "**WACC** = E/V × Re + …" over a list defines WACC, and so does
		// "Bayes rule:" over "P(A|B) = P(B|A) P(A) / P(B)": the list is
		// no answer of the formula.
		b.paragraph(par, sc, false)
		b.list(l, sc)
		return true
	}
	if name, ok := b.namedKindLead(par, ls); ok {
		// "**Def. Calabi--Yau mfds (CY)**" over the properties that define them
		if b.add(escapeText(name), p.blocksHTML([]ast.Node{l}), Basic, p.line(ls[0][0]), sc) {
			if c := &b.cards[len(b.cards)-1]; c.Key == "" {
				c.Key = unwrapStrong(p.html(par, ls[0][0], ls[0][1])) // "Definition (Kähler manifold)" keeps the identity it had whole
			}
			b.cover(par)
			b.cover(l)
		}
		b.list(l, sc.with(name))
		return true
	}
	lo := ls[0][0]
	anyDef := false
	if len(ls) > 1 {
		for _, r := range ls {
			if _, ok := p.splitLine(par, r[0], r[1]); ok {
				anyDef = true
			}
		}
	}
	last := strings.TrimSpace(p.plain(par, ls[len(ls)-1][0], ls[len(ls)-1][1]))
	arrowed := false // the lead-in ends with an arrow, "Examples →" (see arrowAsColon)
	if t, ok := cutLeadArrowText(last); ok {
		last, arrowed = t+":", true
	}
	dot := false // the lead-in ends with a full stop (see leadsWithDot)
	if b.caseHolding(par, l, ls, sc) || b.titledSentenceList(par, l, ls, sc) {
		return true
	}
	if len(ls) == 1 && (remarkLead(whole, sc) || aboutNotes(whole)) {
		b.cover(par) // "🔍 **Explanation:**" over points under "### How do you floor a number?"
		b.list(l, sc)
		return true
	}
	switch {
	case asks:
	case len(ls) == 1 && p.boldPrompt(par) && asksToDo(whole):
		// "**Explain two methods for defining a primary key.**" over
		// its answer's points asks as a question does.
	case len(ls) == 1 && b.boldValue(par, ls[0]):
		b.paragraph(par, sc, false)
		b.list(l, sc)
		return true
	case !strings.HasSuffix(last, ":") && !isProse(whole) && len(sc.context()) > 0 && b.aspectList(l):
		// "**Pericarditis** occurring 2–10 weeks post-MI" over the
		// syndrome's aspects defines the heading, whose card holds it, and
		// so does a case's clause over an embed of its doctrine.
		b.cover(par)
		b.list(l, sc)
		return true
	case !anyDef && countFields(whole) <= 15 && (!isProse(whole) || isDatedName(whole)) && !isRemark(whole) && (countFields(whole) <= 4 || !startsLower(whole) || endsOpen(whole) || asksUnmarked(whole) || opensCondition(whole)) && !b.describesHeading(par, whole):
	case strings.HasSuffix(last, ":") || strings.HasSuffix(last, "：") || leadsWithDot(last):
		dot = !strings.HasSuffix(last, ":") && !strings.HasSuffix(last, "：")
		lo = ls[len(ls)-1][0]
		line := string(p.src[lo:ls[len(ls)-1][1]])
		if end := leadBreakEnd(line); end >= 0 && !reportsBack(line, end) {
			// "Layers protect each other. These are:" leads in with its last
			// sentence only; a generic one is asked with its heading. One
			// that reports back, "A study took place … The results were:",
			// asks with the sentence before it.
			lo += end - 1
			for !utf8.RuneStart(p.src[lo]) {
				lo--
			}
		}
	default:
		b.paragraph(par, sc, len(ls) == 1 && b.definesTerm(par, ls[0]) && isProse(whole)) // "Troponin is the …" over a list
		b.list(l, sc)
		return true
	}
	if lo != ls[0][0] {
		b.paragraphRange(par, sc, ls[:len(ls)-1], false)
	}
	if first := ls[len(ls)-1][0]; lo > first {
		b.leadDefinition(par, first, lo, sc)
	}
	if t, ok := b.titledLead(par, ls, lo); ok {
		// "**Subsequent Measurement**" over "An entity chooses either:" and
		// the list: the bold title asks, the lead-in line opens the answer.
		if b.add(t, "<p>"+p.html(par, ls[1][0], ls[1][1])+"</p>"+p.blocksHTML([]ast.Node{l}), Basic, p.line(lo), sc) {
			b.coverLines(p.line(lo), p.line(ls[len(ls)-1][1]-1))
			b.cover(l)
		}
		b.list(l, sc.with(contextText(t)))
		return true
	}
	cover := lo
	if label, ok := p.labelOverTitle(par, ls); ok && lo == ls[0][0] {
		// "Interactionist theory:" over "Differential association theory"
		// and its list: the label is the title's context.
		sc, lo = sc.with(label), ls[1][0]
	}
	raw := p.html(par, lo, everything)
	if s, ok := p.stackedLabels(par, ls); ok && lo == ls[0][0] {
		raw = s
	}
	if asks {
		_, off := p.qaLabel(par, ls[0])
		raw = p.html(par, off, everything) // "Q7:" numbers the question, no part of it or of its points' context
	}
	if dot {
		raw = dotAsColon(raw)
	}
	arrowWas, arrowLead := "", "" // the front and lead the lead-in had with its arrow on (see Card.Key)
	if arrowed {
		arrowWas, arrowLead = leadFront(strings.TrimSpace(raw), sc)
		raw = arrowAsColon(raw)
	}
	raw = strings.TrimSuffix(strings.TrimSpace(raw), ",") // "if road user following too closely," goes on into its list
	front, lead := leadFront(raw, sc)
	if first := ls[len(ls)-1][0]; lo > first {
		// The pronoun is looked up before the heading is put in front of it.
		if bare, _ := leadFront(raw, scope{}); b.pronounLead(par, first, lo, bare, sc) != bare {
			named := b.pronounLead(par, first, lo, bare, sc)
			front, lead = named, contextText(named) // "Hypokalemia is … It may be caused by:"
		} else if t, ok := p.leadTitle(par, first, lo); ok && bare != front {
			// "1.2 Managing billing configuration. Activities include:"
			// asks "Managing billing configuration: Activities include",
			// not its heading's name before the lead-in.
			front = escapeText(t) + ": " + bare
		}
	} else if lo > ls[0][0] {
		front = continuedLead(raw, front, lead, sc)
	}
	answer := p.blocksHTML([]ast.Node{l})
	if t, ok := b.boldDefinitionLead(par, ls); ok && lo == ls[0][0] {
		front, lead, answer = t, contextText(t), "<p>"+raw+"</p>"+answer // "A **measure** on … is …:"
	}
	if par == b.heldLead && lo == ls[0][0] || leadNamesNothing(lead) || pointsNowhere(front, lead) {
		// A lead-in of pointer words alone, "Here are:", or a connective,
		// "Additionally:", asks nothing the heading's card does not.
		b.coverLines(p.line(lo), p.line(ls[len(ls)-1][1]-1))
		b.cover(l)
		b.list(l, sc)
		return true
	}
	front, bare := caseLead(front, lead, sc)
	was := ""
	if front == lead || contextText(front) == lead {
		was = pointerKey(raw) // a lead-in named otherwise ("It may be caused by:") is no pointer's
	}
	if b.add(front, answer, Basic, p.line(lo), sc) {
		if bare != "" {
			b.cards[len(b.cards)-1].Key = bare // "**Decision**" keeps the identity it had bare
		} else if k := ownerOnlyKey(raw, front, lead); k != "" {
			b.cards[len(b.cards)-1].Key = k // "Use them for:" keeps the identity it had bare
		} else if was != "" {
			b.cards[len(b.cards)-1].Key = was // "Hier sind die Arten:" keeps the identity it had whole
		} else if k := pointedKey(raw, front); k != "" {
			b.cards[len(b.cards)-1].Key = k
		} else if arrowWas != "" && arrowWas != front {
			b.cards[len(b.cards)-1].Key = arrowWas // "Examples →" keeps the identity it had with its arrow
		}
		b.coverLines(p.line(cover), p.line(ls[len(ls)-1][1]-1))
		b.cover(l)
	}
	if was == "" && arrowed && arrowLead != lead {
		was = arrowLead
	}
	b.list(l, sc.withKey(lead, contextText(was)))
	return true
}

// topicAspects are labels that name a side of the topic they sit under,
// never a thing of their own: "Types: Skeletal, Smooth, Cardiac" and
// "Functions: Movement, posture" under "### Muscular System" ask
// "Muscular System: Types" (see aspectFront), and "Goal is loose coupling"
// under "#### Coupling" asks "Coupling: Goal"; "Properties" over the
// points under "### Lateral boundary conditions" asks "Lateral boundary
// conditions: Properties"; "Formula" under "### Current Ratio" asks
// "Current Ratio: Formula". Asked alone, "Types" under each organ system of
// a note is one question with several answers.
var topicAspects = map[string]bool{"types": true, "functions": true, "purpose": true, "uses": true,
	"goal": true, "aim": true, "properties": true,
	// "- more examples" over "streaming videos" and "computer games" under
	// "Soft RTS", and again under "Hard RTS": the examples are the kind's.
	"examples": true, "more examples": true,
	// "- Formula: Net income / Equity" and "- Interpretation: profit per
	// unit of equity" under "### Return on Equity", and again under each
	// ratio of a finance note: the formula is the measure's.
	"formula": true, "calculation": true, "interpretation": true,
	// "- Includes" over "Evaluating risks to hardware" and the other
	// duties under "- Supply chain risk management (SCRM): a means to …":
	// what the thing includes, a verb that names nothing of its own.
	"includes": true,
	// "Memory aid: **PSMC** — Process, Store, Move, Control." under each
	// question of a review, "- Trap: Only highest valued one" under each
	// concept of a mindmap: the aid, the trap, is the topic's.
	"memory aid": true, "trap": true, "common trap": true, "exam trap": true,
	"pitfall": true, "common pitfall": true, "common mistake": true, "common mistakes": true,
	// "- Manifestations: long delays, packet loss" under "- Congestion",
	// "- **Accounting Treatment:** Recorded in a distinct account …" under
	// "##### Cost of Land Improvements": how the topic shows, how it is
	// booked, asked bare a question of every concept, every asset.
	"manifestations": true, "accounting treatment": true}

// listingHeading splits a heading written "Label: item, item, item", as
// "#### Hardware: CPU, RAM, disk" or "## Resource lifecycle: create,
// update, replace, destroy" over what each item does: its front asked the
// answer it listed. It returns the label and the items when the label is
// a name, no label word or number ("Step 1: …", "Note: …"), and the items
// are three or more of three words at most, without digits or a sentence's
// stop.
func listingHeading(text string) (label, items string, ok bool) {
	label, items, ok = strings.Cut(text, ": ")
	label, items = strings.TrimSpace(label), strings.TrimSpace(items)
	if !ok || label == "" || strings.ContainsAny(items, ":;.!?()") || strings.ContainsFunc(text, unicode.IsDigit) ||
		countFields(label) > 5 || isLabel(label) {
		return "", "", false
	}
	parts := strings.Split(items, ", ")
	if len(parts) < 3 {
		return "", "", false
	}
	for _, it := range parts {
		if n := countFields(it); n == 0 || n > 3 {
			return "", "", false
		}
	}
	return label, items, true
}
