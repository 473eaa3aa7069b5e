package extract

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Notes written for Obsidian_to_Anki, the Obsidian plugin, so that a student
// who moves to notes2deck keeps the cards already written for it:
//
//	START
//	Basic
//	Front: Define uniform continuity.
//	Back: f is uniformly continuous if …
//	Tags: analysis
//	<!--ID: 1613886935598-->
//	END
//
// The line after START names the note type; the first field needs no
// "Front:"; a field runs on over lines and blocks until the next field's
// label. "TARGET DECK" and "FILE TAGS" (each with its value after a colon or
// on the next line) name the note's deck and tag all of its cards.

// An o2aNote is one START … END note found among sibling blocks.
type o2aNote struct {
	start  int        // the index of the block that holds START
	end    int        // the index of the block that holds END
	next   int        // the line of block end after END that is the next note's START, 0 if none
	kind   Kind       // Cloze for a cloze type, Reversed for a reversed one
	fields []o2aField // in the order written
	tags   []string
	line   int // the file line of START
}

// An o2aField is a field's name ("" for the first, written without one)
// and the parts of blocks that hold its text.
type o2aField struct {
	name  string
	parts []o2aPart
}

// An o2aPart is lines lo…hi of paragraph n, or the whole of block n, up to
// hi when it is set (see o2aLazyLines).
type o2aPart struct {
	n      ast.Node
	lo, hi int
	whole  bool
}

// o2aFields are the labels that open a field: those of Anki's own note
// types, each with the English name it goes by here. Anki names the fields
// in the language it runs in, and a student's notes keep those names:
// "Básico" over "Anverso:" and "Reverso:" in Spanish, "Vorderseite:" and
// "Rückseite:" in German, "Recto:" and "Verso:" in French.
var o2aFields = [][2]string{{"Front", "Front"}, {"Back", "Back"}, {"Text", "Text"}, {"Back Extra", "Back Extra"},
	{"Extra", "Extra"}, {"Add Reverse", "Add Reverse"}, {"Tags", "Tags"},
	{"Anverso", "Front"}, {"Reverso", "Back"}, {"Texto", "Text"}, {"Reverso extra", "Back Extra"},
	{"Frente", "Front"}, {"Verso extra", "Back Extra"},
	{"Vorderseite", "Front"}, {"Rückseite", "Back"}, {"Rückseite Extra", "Back Extra"},
	{"Recto", "Front"}, {"Verso", "Back"}, {"Texte", "Text"},
	{"Fronte", "Front"}, {"Retro", "Back"}, {"Testo", "Text"}, {"Retro extra", "Back Extra"}}

// o2aLabel returns the field that line t opens, "Back: …", by its English
// name, and the offset of its text; "" if it opens none. Obsidian_to_Anki
// matches labels exactly.
func o2aLabel(t []byte) (string, int) {
	for _, f := range o2aFields {
		if label := f[0]; len(t) > len(label) && string(t[:len(label)]) == label && t[len(label)] == ':' {
			off := len(label) + 1
			for off < len(t) && (t[off] == ' ' || t[off] == '\t') {
				off++
			}
			return f[1], off
		}
	}
	return "", 0
}

// o2aAt returns the Obsidian_to_Anki notes that open at nodes[i], if any
// does: a paragraph whose first line is START, then a note type, fields and
// a line END within maxToggleBlocks blocks. A note that starts on the line
// right under the END of the one before, "END" over "START", shares its
// paragraph: it follows in the notes returned.
func (p *parsed) o2aAt(nodes []ast.Node, i int) []o2aNote {
	note, ok := p.o2aFrom(nodes, i, 0)
	if !ok {
		return nil
	}
	notes := []o2aNote{note}
	for note.next > 0 {
		if note, ok = p.o2aFrom(nodes, note.end, note.next); !ok {
			break
		}
		notes = append(notes, note)
	}
	return notes
}

// o2aFrom returns the Obsidian_to_Anki note whose START is line from of
// nodes[i], if one is (see o2aAt).
func (p *parsed) o2aFrom(nodes []ast.Node, i, from int) (o2aNote, bool) {
	if !p.lineIs(nodes[i], from, "START") {
		return o2aNote{}, false
	}
	note := o2aNote{start: i, line: p.lineOf(nodes[i]) + from}
	typed := false
	field := func() *o2aField {
		if len(note.fields) == 0 {
			note.fields = append(note.fields, o2aField{})
		}
		return &note.fields[len(note.fields)-1]
	}
	// line reads line r of block n, the k-th of block j, and reports whether
	// the note ends there and whether it is a note.
	line := func(j, k int, n ast.Node, r [2]int) (done, ok bool) {
		t := bytes.TrimRight(p.src[r[0]:r[1]], " \t\n")
		switch {
		case j == i && k <= from:
		case string(t) == "END":
			note.end = j
			if n == nodes[j] && p.lineIs(n, k+1, "START") {
				note.next = k + 1
			}
			return true, typed && len(note.fields) > 0
		case string(t) == "START":
			return true, false // the note before was never closed
		case !typed:
			typed = true
			if name := strings.ToLower(string(t)); strings.Contains(name, "cloze") {
				note.kind = Cloze
			} else if strings.Contains(name, "reversed") {
				note.kind = Reversed
			}
		default:
			name, off := o2aLabel(t)
			switch {
			case name == "Tags":
				note.tags = append(note.tags, strings.Fields(string(t[off:]))...)
				return false, false
			case name != "":
				note.fields = append(note.fields, o2aField{name: name})
				r[0] += off
			}
			f := field()
			if last := len(f.parts) - 1; last >= 0 && f.parts[last].n == n && !f.parts[last].whole {
				f.parts[last].hi = r[1] // the field's next line in the same paragraph
			} else {
				f.parts = append(f.parts, o2aPart{n: n, lo: r[0], hi: r[1]})
			}
		}
		return false, false
	}
	for j := i; j < len(nodes) && j <= i+maxToggleBlocks; j++ {
		n := nodes[j]
		if _, ok := n.(*ast.Paragraph); !ok {
			if h, ok := n.(*ast.HTMLBlock); ok && isComment(p.rawBlock(h)) {
				continue // the note's ID, "<!--ID: 1613886935598-->"
			}
			if !typed {
				return o2aNote{}, false
			}
			tail, lazy := p.o2aLazyLines(n)
			f := field()
			f.parts = append(f.parts, o2aPart{n: n, whole: true})
			if len(lazy) > 0 {
				f.parts[len(f.parts)-1].hi = lazy[0][0]
			}
			for k, r := range lazy {
				if done, ok := line(j, k, tail, r); done {
					return note, ok
				}
			}
			continue
		}
		for k, r := range p.lines(n) {
			if done, ok := line(j, k, n, r); done {
				return note, ok
			}
		}
	}
	return o2aNote{}, false
}

// o2aLazyLines returns the lines that end list n from the first that opens
// a field or is END, and the paragraph of its last item that holds them. A
// field that ends in a list, "Front: What are the three steps?" over "1.
// Parse" … "3. Emit", runs into "Back: …" and "END" on the lines right
// under it, which Markdown reads as lines of the last item (lazy
// continuation lines); the plugin reads them as the note's. A line
// indented under the item is the item's.
func (p *parsed) o2aLazyLines(n ast.Node) (ast.Node, [][2]int) {
	for {
		l, ok := n.(*ast.List)
		if !ok || l.LastChild() == nil {
			return nil, nil
		}
		if n = l.LastChild().LastChild(); n == nil {
			return nil, nil
		}
		if _, ok := n.(*ast.List); !ok {
			break
		}
	}
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
	default:
		return nil, nil
	}
	rs := p.lines(n)
	for k, r := range rs {
		if k == 0 || r[0] > 0 && p.src[r[0]-1] != '\n' {
			continue // the item's first line, or one indented under it
		}
		t := bytes.TrimRight(p.src[r[0]:r[1]], " \t\n")
		if name, _ := o2aLabel(t); name != "" || string(t) == "END" {
			return n, rs[k:]
		}
	}
	return nil, nil
}

// unclosedO2A reports whether nodes[i] is a paragraph that opens an
// Obsidian_to_Anki note, a line START over its note type, that no END
// closes (see o2aAt). The plugin reads no note there: its markers and
// fields are no card's content, not even its heading's; "START" / "Basic"
// / "Front: …" / "Back: …" once asked "Front" and "Back", and showed
// "START<br>Basic" on its heading's card.
func (p *parsed) unclosedO2A(nodes []ast.Node, i int) bool {
	return p.o2aNotes && p.opensWith(nodes[i], "START") && nodes[i].Lines().Len() > 1 && p.o2aAt(nodes, i) == nil
}

// opensWith reports whether n is a paragraph whose first line is word alone.
func (p *parsed) opensWith(n ast.Node, word string) bool {
	return p.lineIs(n, 0, word)
}

// lineIs reports whether n is a paragraph whose k-th line is word alone.
func (p *parsed) lineIs(n ast.Node, k int, word string) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() <= k {
		return false
	}
	seg := par.Lines().At(k)
	return string(bytes.TrimRight(p.src[seg.Start:seg.Stop], " \t\n")) == word
}

// o2a makes the cards of the Obsidian_to_Anki notes that open at nodes[i]
// (see o2aAt) and returns the index of the last one's last block.
func (b *builder) o2a(nodes []ast.Node, notes []o2aNote, sc scope) int {
	for _, note := range notes {
		b.o2aCard(nodes, note, sc)
	}
	return notes[len(notes)-1].end
}

// o2aCard makes the card of one Obsidian_to_Anki note.
func (b *builder) o2aCard(nodes []ast.Node, note o2aNote, sc scope) {
	p, i := b.p, note.start
	var front, back []string
	for k, f := range note.fields {
		s := p.partsHTML(f.parts)
		switch {
		case k == 0 && f.name == "" || f.name == "Front" || f.name == "Text":
			if front == nil {
				front = append(front, s)
				continue
			}
			back = append(back, s)
		case f.name == "Add Reverse":
		default:
			back = append(back, s)
		}
	}
	if front == nil {
		return
	}
	kind := note.kind
	if kind == Cloze {
		var ok bool
		if kind, ok = b.o2aCloze(&front[0], len(back) > 0, note.line); !ok {
			b.cover(nodes[i : note.end+1]...)
			return
		}
	}
	if kind == Cloze && len(back) == 0 {
		extra := strings.Join(sc.context(), " › ")
		back = append(back, escapeText(cmp.Or(extra, b.title)))
	}
	if b.add(front[0], strings.Join(back, "<br>"), kind, note.line, sc) {
		c := &b.cards[len(b.cards)-1]
		c.Tags = append(c.Tags, o2aTags(note.tags)...)
		if kind != Cloze && slices.Contains(p.ankiNotes, note.line-p.lineShift) {
			// The front as add made it from the old field: the same text
			// then shows the same, "$\mathbb{Q}$" as "\(\mathbb{Q}\)".
			if was := p.cardHTML(p.fencedFront(note.line - p.lineShift)); was != c.Front {
				c.Key = was
			}
		}
	}
	b.cover(nodes[i : note.end+1]...)
}

// partsHTML renders the parts of a field: one part as it is, a heading
// alone as its text ("## What is a Neural Network?" as a front), several as
// paragraphs and blocks.
func (p *parsed) partsHTML(parts []o2aPart) string {
	if len(parts) == 1 && !parts[0].whole {
		return p.html(parts[0].n, parts[0].lo, parts[0].hi)
	}
	if h, ok := parts[0].n.(*ast.Heading); len(parts) == 1 && ok {
		return p.html(h, 0, everything) // "## What is a Neural Network?" asks as written
	}
	var sb strings.Builder
	for _, pt := range parts {
		if pt.whole {
			sb.WriteString(p.blockHTMLUntil(pt.n, pt.hi))
		} else if s := p.html(pt.n, pt.lo, pt.hi); s != "" {
			sb.WriteString("<p>" + s + "</p>") // not "Back:" alone over the field's blocks
		}
	}
	return sb.String()
}

// isO2ASettings reports whether paragraph n holds only Obsidian_to_Anki's
// settings for the note (see o2aSettings).
func (p *parsed) isO2ASettings(n ast.Node) bool {
	if par, ok := n.(*ast.Paragraph); !ok || par.Lines().Len() == 0 {
		return false
	}
	first := n.Lines().At(0)
	if t := p.src[first.Start:first.Stop]; !bytes.HasPrefix(t, []byte("TARGET DECK")) && !bytes.HasPrefix(t, []byte("FILE TAGS")) &&
		!bytes.HasPrefix(t, []byte("Deck:")) && !bytes.HasPrefix(t, []byte("Tags:")) {
		return false // the quick test
	}
	_, _, ok := p.o2aSettings(n)
	return ok
}

// o2aSettings returns the deck and the tags that paragraph n sets for the
// whole note when it holds only Obsidian_to_Anki's settings: "TARGET DECK:
// Study::AWS", "FILE TAGS: aws exam", or the label alone with its value on
// the next line. Inka's "Deck: Programming::Python" and "Tags: python"
// under the "---" that opens its section of cards set them too: they
// made the cards "Deck: Programming" → Python and "Tags" → python.
func (p *parsed) o2aSettings(n ast.Node) (deck string, tags []string, ok bool) {
	if par, isPar := n.(*ast.Paragraph); !isPar || par.Lines().Len() == 0 {
		return "", nil, false
	}
	_, inka := n.PreviousSibling().(*ast.ThematicBreak)
	ls := p.lines(n)
	for k := 0; k < len(ls); k++ {
		t := string(bytes.TrimRight(p.src[ls[k][0]:ls[k][1]], " \t\n"))
		label, value, _ := strings.Cut(t, ":")
		if inka && label == "Deck" {
			label = "TARGET DECK"
		} else if inka && label == "Tags" {
			label = "FILE TAGS"
		}
		if label != "TARGET DECK" && label != "FILE TAGS" {
			return "", nil, false
		}
		if label == t { // the value on the next line
			if k+1 == len(ls) {
				return "", nil, false
			}
			k++
			value = string(p.src[ls[k][0]:ls[k][1]])
		}
		value = strings.TrimSpace(value)
		if label == "TARGET DECK" && deck == "" {
			deck = value
		} else if label == "FILE TAGS" {
			tags = append(tags, strings.Fields(value)...)
		}
	}
	return deck, tags, true
}

// inlineO2A returns the sides of the card of line r of block n when it is
// an inline Obsidian_to_Anki note, "STARTI [Basic] Question Back: Answer ENDI".
func (p *parsed) inlineO2A(n ast.Node, r [2]int) (front, back string, kind Kind, ok bool) {
	t := p.src[r[0]:r[1]]
	i := bytes.Index(t, []byte("STARTI ["))
	if i < 0 {
		return "", "", 0, false
	}
	end := bytes.LastIndex(t, []byte(" ENDI"))
	typeEnd := bytes.IndexByte(t[i:], ']')
	sep := bytes.LastIndex(t, []byte(" Back: "))
	if end < 0 || typeEnd < 0 || sep < i+typeEnd || sep > end {
		return "", "", 0, false
	}
	if name := strings.ToLower(string(t[i+len("STARTI [") : i+typeEnd])); strings.Contains(name, "reversed") {
		kind = Reversed
	}
	front = p.html(n, r[0]+i+typeEnd+1, r[0]+sep)
	back = p.html(n, r[0]+sep+len(" Back: "), r[0]+end)
	return front, back, kind, stripTags(front) != "" && stripTags(back) != ""
}

// ankiFence reports whether n is a code block fenced as "anki" left a code
// block by ankiFences: one that holds no Obsidian_to_Anki note, Anki's own
// template syntax, no card's text.
func (p *parsed) ankiFence(n ast.Node) bool {
	f, ok := n.(*ast.FencedCodeBlock)
	return ok && string(f.Language(p.src)) == "anki"
}

// ankiFences returns body with the fence lines made blank of each code
// block fenced as "anki" that holds an Obsidian_to_Anki note, a line START
// and a line END, and the lines of the STARTs in such blocks. Some write
// their notes in such a block, so that Obsidian shows them as typed, and
// the plugin reads them there as anywhere, their fields as Markdown. Read
// as code, a field's "`useMemo`" and "<br>" showed as typed on the card.
// Every line keeps its number and every byte its offset; a block without
// a note, Anki's own template syntax, stays code.
func ankiFences(body []byte) ([]byte, []int) {
	if !bytes.Contains(body, []byte("```anki")) && !bytes.Contains(body, []byte("~~~anki")) {
		return body, nil // the quick test
	}
	var out []byte
	var starts, notes []int
	open, fence, n, end := -1, byte(0), 0, false
	for off, line := 0, 1; off < len(body); line++ {
		next := len(body)
		if nl := bytes.IndexByte(body[off:], '\n'); nl >= 0 {
			next = off + nl + 1
		}
		t := bytes.TrimRight(body[off:next], " \t\r\n")
		switch {
		case open < 0:
			lead := len(t) - len(bytes.TrimLeft(t, " "))
			if lead > 3 || lead == len(t) || t[lead] != '`' && t[lead] != '~' {
				break
			}
			k := lead
			for k < len(t) && t[k] == t[lead] {
				k++
			}
			if k-lead >= 3 && string(bytes.TrimSpace(t[k:])) == "anki" {
				open, fence, n, end, notes = off, t[lead], k-lead, false, notes[:0]
			}
		case closesFence(t, fence, n):
			if len(notes) > 0 && end {
				if out == nil {
					out = append(make([]byte, 0, len(body)), body...)
				}
				for k := open; out[k] != '\n'; k++ {
					out[k] = ' '
				}
				for k := off; k < off+len(t); k++ {
					out[k] = ' '
				}
				starts = append(starts, notes...)
			}
			open = -1
		default:
			switch string(bytes.TrimSpace(t)) {
			case "START":
				notes = append(notes, line)
			case "END":
				end = true
			}
		}
		off = next
	}
	if out == nil {
		return body, nil
	}
	return out, starts
}

// fencedFront returns the front that the Obsidian_to_Anki note whose START
// is body line start had when notes in a code block fenced as "anki" were
// read as code, before ankiFences: the lines of its first field as typed,
// each escaped, joined by line breaks. The card keeps that front's identity.
func (p *parsed) fencedFront(start int) string {
	var lines []string
	for l := start + 2; l <= len(p.lineStart); l++ {
		end := len(p.src)
		if l < len(p.lineStart) {
			end = p.lineStart[l]
		}
		t := string(bytes.TrimRight(p.src[p.lineStart[l-1]:end], " \t\r\n"))
		name, off := o2aLabel([]byte(t))
		switch {
		case t == "END" || t == "START" || name != "" && name != "Tags" && lines != nil:
			return strings.Join(lines, "<br>")
		case name == "Tags" || isComment(t):
			continue
		}
		lines = append(lines, escapeText(t[off:]))
	}
	return strings.Join(lines, "<br>")
}

// o2aCurly matches what Obsidian_to_Anki's CurlyCloze option reads as a
// cloze deletion: "{answer}", numbered "{2:answer}", "{c2:answer}" or
// "{2|answer}", and a highlight "==answer==", in a field's text before
// cardHTML.
var o2aCurly = lazyRegexp(`==([^=\n]+?)==|\{(?:c?(\d+)[:|])?([^{}\n]+)\}`)

// o2aVerbatim matches the parts of a field's text that keep their braces:
// code and formulas.
var o2aVerbatim = lazyRegexp(`(?s)<code[ >].*?</code>|\$\$.+?\$\$|\$[^$\n]+?\$|\\\(.*?\\\)|\\\[.*?\\\]`)

// o2aCloze makes the text of an Obsidian_to_Anki Cloze note, *front, a
// cloze as Anki reads it, and returns the kind of card to make of it. A text
// without {{c1::…}} has its CurlyCloze deletions and highlights made Anki's,
// as the plugin does: "{2:x}" is c2, and "{x}" and "==x==" are numbered
// c1, c2… in order. A text with no deletion still makes no Cloze card,
// which Anki would leave blank: it makes a Basic card when the note has
// another field to answer with, else none (ok false); either way with a
// warning at line.
func (b *builder) o2aCloze(front *string, answered bool, line int) (kind Kind, ok bool) {
	if !clozeOpen().MatchString(*front) {
		var out strings.Builder
		n := 0
		curly := func(s string) {
			last := 0
			for _, m := range o2aCurly().FindAllStringSubmatchIndex(s, -1) {
				if m[0] > 0 && s[m[0]-1] == '{' || m[1] < len(s) && s[m[1]] == '}' {
					continue // "{{…}}" is another tool's markup
				}
				group := func(k int) string {
					if m[2*k] < 0 {
						return ""
					}
					return s[m[2*k]:m[2*k+1]]
				}
				num := group(2)
				if strings.TrimLeft(num, "0") == "" {
					n++
					num = strconv.Itoa(n)
				}
				out.WriteString(s[last:m[0]])
				out.WriteString("{{c" + num + "::" + cmp.Or(group(1), group(3)) + "}}")
				last = m[1]
			}
			out.WriteString(s[last:])
		}
		last := 0
		for _, v := range o2aVerbatim().FindAllStringIndex(*front, -1) {
			curly((*front)[last:v[0]])
			out.WriteString((*front)[v[0]:v[1]])
			last = v[1]
		}
		curly((*front)[last:])
		*front = out.String()
	}
	if clozeOpen().MatchString(*front) {
		return Cloze, true
	}
	pos := Pos{File: b.p.file, Line: line}
	const msg = "an Obsidian_to_Anki Cloze note without a cloze deletion ({{c1::…}}, {…} or ==…==): "
	if answered {
		b.warnings = append(b.warnings, Warning{Pos: pos, Msg: msg + "made a Basic card"})
		return Basic, true
	}
	b.warnings = append(b.warnings, Warning{Pos: pos, Msg: msg + "no card"})
	return Basic, false
}

// o2aTags returns the Anki tags of tags written in an Obsidian_to_Anki
// note, "analysis" or "#analysis".
func o2aTags(tags []string) []string {
	var out []string
	for _, t := range tags {
		if t, ok := obsidianTag("#" + strings.TrimPrefix(t, "#")); ok {
			out = append(out, t)
		}
	}
	return out
}

// pluginLangs are the languages of code blocks that a plugin runs and shows
// as something else (a table, a diagram): their code is no card's content.
var pluginLangs = map[string]bool{"dataview": true, "dataviewjs": true, "query": true, "tasks": true, "mermaid": true}

// pluginFence reports whether n is a code block a plugin runs (pluginLangs).
func (p *parsed) pluginFence(n ast.Node) bool {
	f, ok := n.(*ast.FencedCodeBlock)
	return ok && pluginLangs[strings.ToLower(string(f.Language(p.src)))]
}
