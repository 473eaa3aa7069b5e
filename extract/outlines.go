package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// srListCard makes the card of a spaced-repetition plugin's question whose
// answer is a list: a paragraph with a line of "?" alone (or "??") and the
// list right under it,
//
//	What are the key components of Cassandra's data model?
//	?
//	- Keyspaces (equivalent to databases)
//	- Tables (Collection of rows)
//
// Markdown ends the paragraph at the list, so the "?" is its last line and
// srSeparator never sees an answer. The plugin reads the lines around the "?"
// as one card: the list, and any line between, is its answer, and makes no
// cards of its own, which would repeat the student's card in parts. It
// reports whether paragraph par was such a question.
func (b *builder) srListCard(par ast.Node, l *ast.List, ls [][2]int, sc scope) bool {
	p := b.p
	k, kind := p.srMark(ls)
	if k < 0 {
		return false
	}
	front := p.skipTagLines(ls[:k])
	back := p.blocksHTML([]ast.Node{l})
	if k+1 < len(ls) {
		// "?" over "Storage Engine (LSM - Log structure merge tree):" and
		// the list: the line opens the answer.
		back = "<p>" + p.html(par, ls[k+1][0], everything) + "</p>" + back
	}
	if b.add(p.html(par, front[0][0], front[len(front)-1][1]), back, kind, p.line(front[0][0]), sc) {
		b.coverLines(p.line(ls[0][0]), p.line(ls[len(ls)-1][1]-1))
		b.cover(l)
	}
	return true
}

// srMark returns the index of the first of lines ls, after the first, that
// is "?" alone (Basic) or "??" (Reversed), the last line too, or -1: where a
// list follows, the last line may be the separator (see srListCard).
func (p *parsed) srMark(ls [][2]int) (int, Kind) {
	for k := 1; k < len(ls); k++ {
		line := p.src[ls[k][0]:ls[k][1]]
		if len(line) > 8 || bytes.IndexByte(line, '?') < 0 {
			continue // the quick test: a separator is a "?" and spaces
		}
		switch string(bytes.TrimSpace(line)) {
		case "?":
			return k, Basic
		case "??":
			return k, Reversed
		}
	}
	return -1, Basic
}

// skipTagLines returns the lines of a card's front without the lines of
// tags alone that open it: the plugin's deck tag is often written right
// above the question, "#flashcards/代码随想录" over "n%2 == 1什么意思", and
// marks the card without being part of what it asks. The last line stays.
func (p *parsed) skipTagLines(ls [][2]int) [][2]int {
	for len(ls) > 1 {
		line := bytes.TrimSpace(p.src[ls[0][0]:ls[0][1]])
		if len(line) < 2 || line[0] != '#' || !onlyHashtags(string(line)) {
			break
		}
		ls = ls[1:]
	}
	return ls
}

// clozeBlock makes one Cloze card of a list item marked as a card whose
// nested bullets hold cloze deletions, as Logseq shows it: the block and
// what is nested under it, every deletion hidden. "- Undo Log 和Redo Log
// #card" over "- Undo Log" and, nested under that, "- 存储的是 {{cloze
// 旧数据的版本链集合}}" is one card. Read as an outline, the block asked for its children with "{{c1::…}}"
// showing on the back, each middle bullet did so again, and each child
// became a cloze of its own line, "[...]" with no more than the context to
// go on: many cards of one the student wrote. The tags that end the
// block's line tag the card. It reports whether item it was such a card.
func (b *builder) clozeBlock(it, head ast.Node, rest []ast.Node, sc scope) bool {
	p := b.p
	if head.Lines().Len() == 0 || len(rest) == 0 {
		return false
	}
	first := head.Lines().At(0)
	if !markedCard(p.src[first.Start:first.Stop]) {
		return false
	}
	if end := p.endOf(it); end <= first.Stop || !hasCloze(p.src[first.Stop:end]) {
		return false
	}
	text, tags := trailingTags(p.html(head, 0, everything))
	extra := strings.Join(sc.context(), " › ")
	if extra == "" {
		extra = b.title
	}
	if b.add(text+p.blocksHTML(rest), escapeText(extra), Cloze, p.lineOf(head), sc) {
		b.cover(it)
		if len(tags) > 0 {
			b.cards[len(b.cards)-1].Tags = b.cardTags(sc, tags)
		}
	}
	return true
}

// markedHeading reports whether n is a heading whose line ends with a tag
// that marks a card (see markedCard): "# What is X? #card".
func (p *parsed) markedHeading(n ast.Node) bool {
	h, ok := n.(*ast.Heading)
	return ok && h.Lines().Len() == 1 && markedCard(segValue(h.Lines().At(0), p.src))
}

// markedCard reports whether line ends with a tag that marks a card,
// Logseq's "#card" among others: "事物的4种隔离级别 #card".
func markedCard(line []byte) bool {
	if bytes.IndexByte(line, '#') < 0 {
		return false // the quick test
	}
	for line = bytes.TrimRight(line, " \t"); len(line) > 0; line = bytes.TrimRight(line, " \t") {
		i := bytes.LastIndexAny(line, " \t") + 1
		if line[i] != '#' {
			return false
		}
		if _, marker := reverseMarker(string(line[i+1:])); marker {
			return true // "#card", also the Flashcards plugin's "#card-reverse"
		}
		line = line[:i]
	}
	return false
}

// hasCloze reports whether text holds an opening cloze deletion, "{{c1::".
func hasCloze(text []byte) bool {
	return bytes.Contains(text, []byte("{{c")) && clozeOpen().Match(text)
}

// metaKeys are the fields note templates of outliners and PKM apps give a
// page, its status, kind, source and links: "Status:: [[In Progress]]",
// "Type:: [[Book]]", "Source Type::工作", "Tags:" left empty. They describe
// the note, not its subject: "Status" → "In Progress" teaches nothing.
var metaKeys = map[string]bool{
	"status": true, "type": true, "note type": true, "source": true, "source type": true, "source url": true,
	"url": true, "link": true, "links": true, "author": true, "authors": true, "tags": true, "tag": true,
	"topic": true, "topics": true, "project": true, "created": true, "date": true, "modified": true,
	"updated": true, "resources": true, "review": true, "qty": true, "subject": true, "category": true, "categories": true,
	"alias": true, "aliases": true, "title": true, "rating": true, "started": true, "finished": true,
	"related": true, "up": true, "area": true, "priority": true, "progress": true, "state": true,
}

// fieldBlock returns the paragraph of page fields that opens a note, under
// its title or a rule, where propertyBlock finds none: two lines or more,
// each a field of metaKeys, "Key:: value" as Dataview and Roam write them or
// "Key: value", the value perhaps left empty by a template:
//
//	Status::發芽
//	Source Type::工作
//	Qty::9
//
// nil if there is no such paragraph.
func (p *parsed) fieldBlock(nodes []ast.Node) ast.Node {
	nodes = pastTitle(nodes)
	if len(nodes) == 0 {
		return nil
	}
	if len(nodes) > 1 && p.subtitleLine(nodes[0]) {
		nodes = nodes[1:] // "**Canonical knowledge base structure**" over "type:: reference"
	}
	par, ok := nodes[0].(*ast.Paragraph)
	if q, quoted := nodes[0].(*ast.Blockquote); quoted && q.ChildCount() == 1 {
		par, ok = q.FirstChild().(*ast.Paragraph) // "> **Lecturer:** Prof Loo"
	} else if quoted {
		par, ok = p.calloutFields(q)
	}
	if !ok {
		return nil
	}
	lines := p.lines(par)
	if l := p.src[lines[0][0]:lines[0][1]]; len(lines) == 1 && (p.lectureDate(nodes[0], l) || byline(l) || kindLine(l)) {
		return nodes[0]
	}
	if len(lines) < 2 || len(lines) > maxPropertyLines {
		return nil
	}
	if p.templateProperties(lines) {
		return nodes[0]
	}
	lecture, staff := false, false
	metas, odd := 0, 0
	for _, r := range lines {
		if _, ok := metaField(p.src[r[0]:r[1]]); ok {
			metas++
			continue
		}
		key, ok := lectureField(p.src[r[0]:r[1]])
		if !ok && notionProperty(p.src[r[0]:r[1]]) {
			odd++
			continue
		}
		if !ok {
			return nil
		}
		lecture, staff = true, staff || staffKeys[key]
	}
	if lecture && !staff || odd > 1 || odd > 0 && metas < 2 {
		// "Class: a blueprint of objects" over "Module: a file" defines;
		// one property of the student's own naming, "References: …" among
		// "Status:", "Tags:" and "Type:" as Notion exports a database's page,
		// is the page's too.
		return nil
	}
	return nodes[0]
}

// subtitleLine reports whether n is a paragraph of one line in bold or
// italics alone, "**Canonical knowledge base structure**", as a note's
// subtitle sets it under the title and over the page's fields.
func (p *parsed) subtitleLine(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() != 1 || par.FirstChild() == nil {
		return false
	}
	_, ok = par.FirstChild().(*ast.Emphasis)
	return ok && par.FirstChild() == par.LastChild()
}

// noteSubtitle reports whether n is a line in italics alone right under a
// title of level one, "# Zettelkasten atomicity" over "*One idea per
// note*", as Zettelkasten notes set a subtitle: it glosses the title and
// asks nothing of the list under it. A line in bold italics,
// "***Behaviorism***", heads the list as a heading would.
func (p *parsed) noteSubtitle(n ast.Node) bool {
	h, ok := n.PreviousSibling().(*ast.Heading)
	if !ok || h.Level != 1 || !p.subtitleLine(n) {
		return false
	}
	em, ok := n.FirstChild().(*ast.Emphasis)
	if !ok || em.Level != 1 {
		return false
	}
	_, bold := em.FirstChild().(*ast.Emphasis)
	return !bold
}

// notionProperty reports whether line is a field "Key: value" whose key is
// a name of three words at most, capitalised as Notion writes a database's
// properties: "References: https://…", "Last edited time: May 2, 2023".
func notionProperty(line []byte) bool {
	line = bytes.TrimSpace(line)
	k := bytes.Index(line, []byte(": "))
	if k < 1 || k > 32 || line[0] < 'A' || line[0] > 'Z' || len(bytes.TrimSpace(line[k+1:])) == 0 {
		return false
	}
	return len(bytes.Fields(line[:k])) <= 3
}

// pastTitle returns nodes, the top blocks of a note, past the title (H1s)
// and rules that open it, where a note's page fields may stand; it keeps
// the last block, as fieldBlock and fieldTable look at one.
func pastTitle(nodes []ast.Node) []ast.Node {
	for len(nodes) > 1 {
		if h, ok := nodes[0].(*ast.Heading); ok && h.Level == 1 || isRule(nodes[0]) {
			nodes = nodes[1:]
			continue
		}
		break
	}
	return nodes
}

// templateProperties reports whether lines, a paragraph that opens a note,
// are the page properties a Logseq or Dataview template gives every page,
// some left empty:
//
//	author:: [[Sira Pornsiriprasert]]
//	reviewer::
//	review-date::
//
// Each line is a key of one word, letters, digits, "-" or "_", then "::"
// and a space or nothing; one value at least is empty. A deck of
// "perro::dog" cards leaves none empty.
func (p *parsed) templateProperties(lines [][2]int) bool {
	empty := false
	for _, r := range lines {
		line := bytes.TrimSpace(p.src[r[0]:r[1]])
		k := bytes.Index(line, []byte("::"))
		if k < 1 || !propertyKey(line[:k]) {
			return false
		}
		rest := line[k+2:]
		switch {
		case len(rest) == 0:
			empty = true
		case rest[0] != ' ' && rest[0] != '\t':
			return false // "Capital:::Madrid", "perro::dog"
		}
	}
	return empty
}

// propertyKey reports whether key is one word of ASCII letters, digits,
// "-" and "_" that opens with a letter: "review-date", "icon".
func propertyKey(key []byte) bool {
	if len(key) == 0 || !(key[0] >= 'a' && key[0] <= 'z' || key[0] >= 'A' && key[0] <= 'Z') {
		return false
	}
	for _, c := range key {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// metaField reports whether line is a field of metaKeys, "Status:: [[In
// Progress]]" or "Tags: #python", and whether its colon is doubled, as
// Roam, Logseq and Dataview write a field.
func metaField(line []byte) (double, ok bool) {
	key, rest, ok := fieldKey(line)
	if !ok || !metaKeys[key] {
		return false, false
	}
	if double = len(rest) > 0 && rest[0] == ':'; !double && len(rest) > 0 && rest[0] != ' ' && rest[0] != '\t' {
		return false, false // "Source:start" is no field
	}
	return double, true
}

// calloutFields returns the paragraph of fields that callout q holds in a
// quote of its own under its text, as a note template writes the page's
// details:
//
//	> [!info]- File Details
//	> Includes information about this (genus:: Note) from [Year::1].
//	> > *Date :* 22-06-2024
//	> > *Teacher*:
//
// The callout is then the page's fields, its text with them.
func (p *parsed) calloutFields(q *ast.Blockquote) (*ast.Paragraph, bool) {
	head, ok := q.FirstChild().(*ast.Paragraph)
	inner, quoted := q.LastChild().(*ast.Blockquote)
	if !ok || !quoted || q.ChildCount() != 2 || inner.ChildCount() != 1 {
		return nil, false
	}
	if lines := p.lines(head); len(lines) == 0 || !calloutHead().Match(bytes.TrimSpace(p.src[lines[0][0]:lines[0][1]])) {
		return nil, false
	}
	par, ok := inner.FirstChild().(*ast.Paragraph)
	return par, ok
}

// lectureDate reports whether line, the one line of block n, dates the
// notes of a lecture: "**Date:** January 23, 2020" under "# Lecture 6", or
// "Date: 22-06-2024" opening a note. It teaches nothing of the lecture's
// subject. Under a title that names one, "# Battle of Hastings", the date
// may be the subject's own and stays a card.
func (p *parsed) lectureDate(n ast.Node, line []byte) bool {
	key, rest, ok := fieldKey(line)
	if !ok || !stampKeys[key] {
		return false
	}
	if v := bytes.TrimSpace(rest); len(v) == 0 || !timeStamp().Match(v) && !isDate(string(v)) {
		return false
	}
	prev := n.PreviousSibling()
	for prev != nil && isRule(prev) {
		prev = prev.PreviousSibling()
	}
	h, ok := prev.(*ast.Heading)
	return prev == nil || ok && h.Level == 1 && bareCoursePart(p.plain(h, 0, everything))
}

// fieldKey splits line, a field "Status:: done" or "**Lecturer:** Prof
// Loo", at its colon: the key in lower case without its stars, and what
// follows the colon and the stars that close the key.
func fieldKey(line []byte) (key string, rest []byte, ok bool) {
	line = bytes.TrimSpace(line)
	k := bytes.IndexByte(line, ':')
	if k < 1 || k > 32 {
		return "", nil, false
	}
	rest = line[k+1:]
	if line[0] == '*' || line[0] == '_' {
		rest = bytes.TrimLeft(rest, "*_")
	}
	return strings.ToLower(string(bytes.Trim(line[:k], " \t*_"))), rest, true
}

// lectureKeys are the fields of a lecture's notes under their title, "**Class:**
// Law 101", "**Lecturer:** Prof Loo": they name the course, not its
// subject. Of them, only staffKeys say it alone; "Class: …" and "Module:
// …" may define a term, so a block of them needs a teacher's name.
var lectureKeys = map[string]bool{"class": true, "course": true, "module": true, "lecture": true,
	"semester": true, "lecturer": true, "instructor": true, "professor": true, "teacher": true, "tutor": true,
	"speaker": true, "presenter": true}

// staffKeys are the lectureKeys that name who teaches, or who gives the
// talk a deck of slides is.
var staffKeys = map[string]bool{"lecturer": true, "instructor": true, "professor": true, "teacher": true, "tutor": true,
	"speaker": true, "presenter": true}

// byline reports whether line, a block's one line under a title, only names
// who teaches or talks: a field of staffKeys over a name, its words
// capitalised, "Speaker: Yixiao Qian" on a deck's title slide or
// "**Lecturer:** Dr. Loo". "Speaker: converts a signal into sound" defines
// the word.
func byline(line []byte) bool {
	key, ok := lectureField(line)
	if !ok || !staffKeys[key] {
		return false
	}
	_, rest, _ := fieldKey(line)
	words := strings.Fields(string(rest))
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.ContainsAny(w, ",;:") {
			return false
		}
	}
	return true
}

// kindLine reports whether line, a block's one line under a title, only
// says what kind of page the note is (see namesNoteKind): "Notes", "Class
// notes", "Microeconomics – Notes", "Lecture notes by Jane Doe, fall 2023".
// It defines nothing and asks nothing.
func kindLine(line []byte) bool {
	t := strings.TrimSpace(string(line))
	if len(t) > 80 {
		return false
	}
	t = strings.Trim(t, "*_")
	if namesNoteKind(t) {
		return true
	}
	for _, sep := range []string{" – ", " — ", " - ", ": "} {
		if head, kind, ok := strings.Cut(t, sep); ok && countFields(head) <= 4 && namesNoteKind(kind) {
			return true // "Microeconomics – Notes"
		}
	}
	kind, who, ok := strings.Cut(t, " by ")
	return ok && namesNoteKind(kind) && countFields(who) <= 6
}

// lectureField reports whether line is a field of lectureKeys, with its key;
// a template may leave its value empty, "*Teacher*:".
func lectureField(line []byte) (string, bool) {
	key, rest, ok := fieldKey(line)
	if !ok || !lectureKeys[key] || len(rest) > 0 && rest[0] != ' ' && rest[0] != '\t' {
		return "", false
	}
	return key, true
}

// fieldItem reports whether list item it is a page field alone, a bullet
// "- Status:: [[In Progress]]" with nothing nested under it, as Roam
// exports a page's attributes. A single colon is a term's, "- Source:
// start of the river", and stays a card.
func (p *parsed) fieldItem(head ast.Node, rest []ast.Node) bool {
	if len(rest) > 0 || head.Lines().Len() != 1 {
		return false
	}
	seg := head.Lines().At(0)
	line := p.src[seg.Start:seg.Stop]
	if !bytes.Contains(line, []byte("::")) {
		return false // the quick test
	}
	double, ok := metaField(line)
	return ok && double
}

// fieldParent makes the card of a bullet that is an empty field over what
// is nested under it, as Roam writes a page's parts, "- Summary::" over the
// outline of a book: the field's name asks, without the colons that mark
// it ("Summary:" read as a lead-in kept one), and is the context of the
// cards below. It reports whether head was such a field.
func (b *builder) fieldParent(it, head ast.Node, rest []ast.Node, sc scope) bool {
	p := b.p
	if head.Lines().Len() != 1 {
		return false
	}
	seg := head.Lines().At(0)
	line := bytes.TrimRight(p.src[seg.Start:seg.Stop], " \t\r\n")
	if !bytes.HasSuffix(line, []byte("::")) || bytes.Count(line, []byte(":")) != 2 {
		return false
	}
	front := p.html(head, seg.Start, seg.Start+len(line)-2)
	name := contextText(front)
	if !hasWordChar(name) {
		return false
	}
	if b.add(front, p.blocksHTML(rest), Basic, p.lineOf(head), sc) {
		b.cover(it)
	}
	b.blocks(rest, sc.with(name))
	return true
}

// srSplitList makes the card of a spaced-repetition plugin's question
// whose "?" line falls inside a list, as a question with choices is
// written:
//
//	Which events will initiate the consumer rebalancing? (Pick three)
//	- A consumer joins the consumer group
//	- A new broker is added to the cluster
//	?
//	- A consumer joins the consumer group
//
// Markdown reads the "?" as the last line of the item above it and the
// answers as more items of the same list; the plugin asks with the lines
// before the "?", the lead-in par and the items up to it, and answers with
// the items after it. A list alone ("- Question: …" over "?" and "- Answer:
// …") is left to its labels. It reports whether list l held such a
// separator.
func (b *builder) srSplitList(par ast.Node, l *ast.List, sc scope) bool {
	p := b.p
	k, kind := -1, Basic
	for i, it := 0, l.FirstChild(); it != nil && it.NextSibling() != nil; i, it = i+1, it.NextSibling() {
		if kd, ok := p.srItemMark(it); ok {
			k, kind = i, kd
			break
		}
	}
	if k < 0 {
		return b.srLastItemCard(par, l, sc)
	}
	items := p.children(l)
	tag := "ul"
	if l.IsOrdered() {
		tag = "ol"
	}
	var front, back strings.Builder
	front.WriteString("<p>" + p.html(par, 0, everything) + "</p>")
	front.WriteString("<" + tag + ">")
	for _, it := range items[:k] {
		front.WriteString("<li>" + p.blocksHTML(p.children(it)) + "</li>")
	}
	head := itemHead(items[k])
	ls := p.lines(head)
	front.WriteString("<li>" + p.html(head, ls[0][0], ls[len(ls)-2][1]) + "</li></" + tag + ">")
	back.WriteString("<" + tag + ">")
	for _, it := range items[k+1:] {
		back.WriteString("<li>" + p.blocksHTML(p.children(it)) + "</li>")
	}
	back.WriteString("</" + tag + ">")
	if b.add(front.String(), back.String(), kind, p.lineOf(par), sc) {
		b.cover(par, l)
	}
	return true
}

// srLastItemCard makes the card of a spaced-repetition plugin's question
// whose list ends the question, the "?" and the answer typed under its last
// item:
//
//	The following steps are a part of which Software Development Cycle stage:
//	- Design of data structures
//	- Project is broken down into modules
//	?
//	2 - Planning and Designing the Solution
//
// Markdown reads the "?" and the answer as the last item's own lines; the
// plugin asks with the lead-in par and the list, and answers with the
// lines after the "?", no card "Project is broken down into modules" over
// the answer. It reports whether the card was read so.
func (b *builder) srLastItemCard(par ast.Node, l *ast.List, sc scope) bool {
	p := b.p
	last := l.LastChild()
	head := itemHead(last)
	if head == nil || last.ChildCount() != 1 || last == l.FirstChild() {
		return false
	}
	ls := p.lines(head)
	m, kind := p.srMark(ls)
	if m < 1 || m == len(ls)-1 {
		return false // no "?", or nothing after it: srItemMark's case, or no answer
	}
	tag := "ul"
	if l.IsOrdered() {
		tag = "ol"
	}
	var front strings.Builder
	front.WriteString("<p>" + p.html(par, 0, everything) + "</p><" + tag + ">")
	for it := l.FirstChild(); it != last; it = it.NextSibling() {
		front.WriteString("<li>" + p.blocksHTML(p.children(it)) + "</li>")
	}
	front.WriteString("<li>" + p.html(head, ls[0][0], ls[m-1][1]) + "</li></" + tag + ">")
	if b.add(front.String(), p.html(head, ls[m+1][0], everything), kind, p.lineOf(par), sc) {
		b.cover(par, l)
	}
	return true
}

// srItemMark reports whether list item it ends in the plugin's separator,
// a line of "?" alone (Basic) or "??" (Reversed) under its text, with
// nothing nested under it: "- Partitions are added to the topic" over "?".
func (p *parsed) srItemMark(it ast.Node) (Kind, bool) {
	head := itemHead(it)
	if head == nil || it.ChildCount() != 1 || head.Lines().Len() < 2 {
		return Basic, false
	}
	last := head.Lines().At(head.Lines().Len() - 1)
	if last.Stop-last.Start > 8 {
		return Basic, false // the quick test: a separator is a "?" and spaces
	}
	switch string(bytes.TrimSpace(p.src[last.Start:last.Stop])) {
	case "?":
		return Basic, true
	case "??":
		return Reversed, true
	}
	return Basic, false
}

// srBlocks returns the blocks of a section that srListCard and srSplitList
// make cards of, a question over "?" and its list, a line leading into a
// list with a "?" among its items and the list; nil when there are none. A
// heading's card would repeat them, with their "?" showing: "## Flashcards"
// over "Find permutations", "?" and "- Only works for distinct elements".
func (p *parsed) srBlocks(body []ast.Node) []ast.Node {
	var out []ast.Node
	for i, n := range body {
		if answer := p.srCodeAnswer(body, i); answer != nil {
			out = append(append(out, n), answer...)
		}
		l, ok := n.(*ast.List)
		if !ok {
			continue
		}
		var par ast.Node
		if i > 0 {
			if _, ok := body[i-1].(*ast.Paragraph); ok {
				par = body[i-1]
			}
		}
		if par != nil {
			if k, _ := p.srMark(p.lines(par)); k >= 0 {
				out = append(out, par, l)
				continue
			}
		}
		for it := l.FirstChild(); par != nil && it != nil && it.NextSibling() != nil; it = it.NextSibling() {
			if _, ok := p.srItemMark(it); ok {
				out = append(out, par, l)
				break
			}
		}
	}
	return out
}

// srAlone reports whether block n is a line of "?" alone. Under a
// heading it is the spaced-repetition plugin's separator with the heading
// as the question, "## Principles" over "?" and the list that answers:
// the heading's card asks so already, and the "?" is no part of the answer.
func (p *parsed) srAlone(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() != 1 {
		return false
	}
	return string(bytes.TrimSpace(segValue(par.Lines().At(0), p.src))) == "?"
}

// titleFieldBlocks returns the blocks of page fields (see fieldBlock) under
// the # titles of nodes, nil if there are none: a note of two lectures, "# Lecture 2: Tissues" over "**Lecturer:**
// Dr Jones" and "**Date:** 8 Jan", gives the second lecture's fields as
// propertyBlock and fieldBlock give the first's.
func (p *parsed) titleFieldBlocks(nodes []ast.Node) map[ast.Node]bool {
	var out map[ast.Node]bool
	for i := 0; i < len(nodes)-1; i++ {
		h, ok := nodes[i].(*ast.Heading)
		if !ok {
			continue
		}
		j := i + 1
		for j < len(nodes)-1 && isRule(nodes[j]) {
			j++ // "# Lecture 2" over "---" over its fields
		}
		if h, ok := nodes[j].(*ast.Heading); ok && h.Level == 1 {
			continue // a title over a title: the fields are the second's
		}
		f := p.fieldBlock(nodes[j:])
		if h.Level > 1 && (f == nil || !p.datedFields(f)) {
			f = p.stampedFields(nodes[j])
		}
		if f != nil && f != p.props {
			if out == nil {
				out = make(map[ast.Node]bool)
			}
			out[f] = true
		}
	}
	return out
}

// datedFields reports whether f, a block of page fields (see fieldBlock),
// dates its section: one of its lines is "Date:" over a value with a digit.
// A lecture's notes open each section so, "## Embedded System Review" over
// "Date: 3/30/2016" and "Topics: Processors, Storage"; under a heading
// that is no title, fields without a date ("Type: anabolic", "Source:
// sunlight") may define the section's terms.
func (p *parsed) datedFields(f ast.Node) bool {
	if q, quoted := f.(*ast.Blockquote); quoted {
		f = q.FirstChild()
	}
	for _, r := range p.lines(f) {
		if key, rest, ok := fieldKey(p.src[r[0]:r[1]]); ok && key == "date" && bytes.ContainsAny(rest, "0123456789") {
			return true
		}
	}
	return false
}

// stampedFields returns n when it is a paragraph of fields of metaKeys
// alone, "Topics: Administration, Final Paper", under a time stamp that
// parsing dropped, "Date: 3/28/2016" (see isForeignMarkup): the fields of
// a dated section, as datedFields finds them with their date. nil if not.
func (p *parsed) stampedFields(n ast.Node) ast.Node {
	par, ok := n.(*ast.Paragraph)
	if !ok {
		return nil
	}
	lines := p.lines(par)
	if len(lines) == 0 || len(lines) > maxPropertyLines {
		return nil
	}
	for _, r := range lines {
		if _, ok := metaField(p.src[r[0]:r[1]]); !ok {
			return nil
		}
	}
	above := p.sourceLine(p.line(lines[0][0]) - 1)
	if !strings.Contains(above, ": ") || !isForeignMarkup([]byte(above)) {
		return nil
	}
	return par
}

// pageFields reports whether n is a block of page fields under a title of
// the note (see propertyBlock, fieldBlock and titleFieldBlocks).
func (p *parsed) pageFields(n ast.Node) bool {
	return n == p.props || p.titleProps[n]
}

// srCodeAnswer returns the blocks that answer paragraph nodes[i], a
// spaced-repetition question over its "?" line, when a fenced code block
// is among them: the plugin reads a card to the first blank line, so the
// list, the lines and the fence typed right under the "?", with no blank
// line between, are one answer,
//
//	How do you print a list in reverse?
//	?
//	```python
//	print(xs[::-1])
//	```
//
// Markdown parts them into blocks of their own, and the code went to the
// heading's card. nil if nodes[i] is no such question.
func (p *parsed) srCodeAnswer(nodes []ast.Node, i int) []ast.Node {
	par, ok := nodes[i].(*ast.Paragraph)
	if !ok || i+1 >= len(nodes) {
		return nil
	}
	if k, _ := p.srMark(p.lines(par)); k < 0 {
		return nil
	}
	code, j := false, i+1
	for ; j < len(nodes) && p.touches(nodes[j-1], nodes[j]) && !p.srCardStarts(nodes[j-1], nodes[j]); j++ {
		switch nodes[j].(type) {
		case *ast.FencedCodeBlock:
			code = true
		case *ast.List, *ast.Paragraph:
		default:
			return nil
		}
	}
	if !code {
		return nil
	}
	return nodes[i+1 : j]
}

// srCardStarts reports whether block b, typed right under block a, starts
// another spaced-repetition card: a question over a "?" line of its own, or
// any block after the schedule the plugin writes under a card it reviews,
// "<!--SR:!2023-12-19,4,290-->". A card's answer runs to neither, so that
// "What is B?" and its "?" are no part of the answer above them.
func (p *parsed) srCardStarts(a, b ast.Node) bool {
	if par, ok := b.(*ast.Paragraph); ok {
		if k, _ := p.srMark(p.lines(par)); k >= 0 {
			return true
		}
	}
	end, start := p.endOf(a), p.startOf(b)
	return end >= 0 && end <= start && bytes.Contains(p.src[end:start], []byte("<!--SR:"))
}

// touches reports whether block b starts on the line after block a ends,
// no blank line between them, as a fence typed under a list does.
func (p *parsed) touches(a, b ast.Node) bool {
	end, start := p.endOf(a), p.startOf(b)
	if f, ok := b.(*ast.FencedCodeBlock); ok && start >= 0 {
		if f.Info != nil {
			start = f.Info.Segment.Start
		}
		start = bytes.LastIndexByte(p.src[:start], '\n') + 1 // the opening fence's line
		if f.Info == nil && start > 0 {
			start = bytes.LastIndexByte(p.src[:start-1], '\n') + 1
		}
	}
	if end < 0 || start < 0 || end > start {
		return false
	}
	gap := p.src[end:start]
	k := bytes.IndexByte(gap, '\n')
	if k < 0 {
		return true
	}
	lines := bytes.Split(gap[k+1:], []byte("\n")) // whole lines, a fence's closing one among them
	for _, l := range lines[:len(lines)-1] {
		if len(bytes.TrimSpace(l)) == 0 {
			return false
		}
	}
	return true
}

// srCodeCard makes the card of paragraph nodes[i] when it is a
// spaced-repetition question answered by blocks that hold code (see
// srCodeAnswer): the lines above the "?" ask, and the lines after it and
// the blocks answer. It returns the index of the last block used, or i.
func (b *builder) srCodeCard(nodes []ast.Node, i int, sc scope) int {
	p := b.p
	answer := p.srCodeAnswer(nodes, i)
	if answer == nil {
		return i
	}
	par := nodes[i]
	ls := p.lines(par)
	k, kind := p.srMark(ls)
	front := p.skipTagLines(ls[:k])
	back := p.blocksHTML(answer)
	if k+1 < len(ls) {
		back = "<p>" + p.html(par, ls[k+1][0], everything) + "</p>" + back
	}
	if b.add(p.html(par, front[0][0], front[len(front)-1][1]), back, kind, p.line(front[0][0]), sc) {
		b.cover(par)
		b.cover(answer...)
	}
	return i + len(answer)
}
