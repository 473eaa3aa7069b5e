package extract

import (
	"bytes"
	"html"
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// sectionEmbed is an answer that is only an Obsidian embed of a heading of
// the note itself, "![[#Definición]]", "![[#Types#Subtypes]]" or
// "![[#Utility|use]]": the heading's path is group 1. A block's embed,
// "![[#^d3ea95]]", is no heading's.
var sectionEmbed = lazyRegexp(`^!\[\[#([^\[\]|^][^\[\]|]*)(?:\|[^\[\]]*)?\]\]$`)

// embeddedSection returns the HTML of the section that back, the answer
// of the card on file line line, embeds alone: the Spaced Repetition
// plugin's "**What is cosine similarity?**" over "?" and "![[#Definition]]"
// shows the text under "## Definition" as its answer, as Obsidian does. ok
// is false when back is no such embed, the note holds no such heading, its
// section is empty or holds the card itself.
func (p *parsed) embeddedSection(back string, line int) (string, bool) {
	if !strings.Contains(back, "![[#") {
		return "", false
	}
	m := sectionEmbed().FindStringSubmatch(strings.TrimSpace(stripTags(back)))
	if m == nil {
		return "", false
	}
	h := p.sectionHeading(html.UnescapeString(m[1]))
	if h == nil {
		return "", false
	}
	var body []ast.Node
	for s := h.NextSibling(); s != nil; s = s.NextSibling() {
		if k, ok := s.(*ast.Heading); ok && k.Level <= h.Level {
			break
		}
		body = append(body, s)
	}
	if len(body) == 0 {
		return "", false
	}
	if first, _ := p.span(h); first <= line {
		if _, last := p.span(body[len(body)-1]); line <= last {
			return "", false // "![[#Questions]]" under "## Questions": no answer of its own
		}
	}
	return p.blocksHTML(body), true
}

// sectionHeading returns the heading of the note that path, the part of an
// embed after its "#", names: "Types#Subtypes" names its last heading. nil
// when the note holds none.
func (p *parsed) sectionHeading(path string) *ast.Heading {
	name := path
	if i := strings.LastIndexByte(name, '#'); i >= 0 {
		name = name[i+1:]
	}
	name = strings.TrimSpace(name)
	for n := p.doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && (strings.EqualFold(p.headingSource(h), name) || strings.EqualFold(strings.TrimSpace(p.plain(h, 0, everything)), name)) {
			return h
		}
	}
	return nil
}

// ownEmbed matches an Obsidian embed of a section of the note itself,
// "![[#Definition]]" or "![[#Types#Subtypes|types]]": the path is group 1.
var ownEmbed = lazyRegexp(`!\[\[#([^\[\]|^\n][^\[\]|\n]*)(?:\|[^\[\]\n]*)?\]\]`)

// spacedOwnEmbed is ownEmbed with the space before it, left out with it.
var spacedOwnEmbed = lazyRegexp(` ?` + ownEmbed().String())

// addSectionEmbeds warns of each embed in text, the inline text of a block
// whose source starts at offset from, of a section the note does not hold,
// "![[#Missing]]", at the embed's line, and marks it in p.images to be
// shown as nothing, not as "!Missing".
func (p *parsed) addSectionEmbeds(text string, from int) {
	for _, m := range ownEmbed().FindAllStringSubmatch(text, -1) {
		key := embedKey("#" + m[1])
		if _, done := p.images[key]; done || p.sectionHeading(m[1]) != nil {
			continue
		}
		p.images[key] = ""
		at := from
		if i := bytes.Index(p.src[from:], []byte(m[0])); i >= 0 {
			at += i
		}
		p.warnings = append(p.warnings, Warning{Pos: p.pos(at),
			Msg: "embed " + quote("![[#"+m[1]+"]]") + " left out: the note has no heading " + quote(strings.TrimSpace(m[1][strings.LastIndexByte(m[1], '#')+1:]))})
	}
}

// noteEmbedsOnly reports whether back, a card's answer as the note writes
// it, is nothing but Obsidian embeds of other notes or of their parts,
// "![[trap-log#^sigma-fence]]" under "## Traps I hit": the build reads no
// other note, and shows such an embed as the note's name, "trap-log",
// which answers nothing. An embed of a file, a picture, a sound or a PDF
// ("![[diagram.png]]"), or of a section of the note itself
// ("![[#Definition]]", see embeddedSection) is no other note's; nor is an
// embed among words, "see ![[trap-log]]".
func noteEmbedsOnly(back string) bool {
	if !strings.Contains(back, "![[") {
		return false // the quick test: most answers embed nothing
	}
	t := strings.TrimSpace(stripTags(back))
	if !strings.HasPrefix(t, "![[") {
		return false
	}
	notes := true
	rest := embed().ReplaceAllStringFunc(t, func(m string) string {
		target := strings.TrimSpace(embed().FindStringSubmatch(m)[1])
		if ext := strings.ToLower(path.Ext(target)); ext != ".md" && fileExt(ext) {
			notes = false // a file's name: "![[lecture.pdf]]", where "![[notes v2.1]]" names a note
		}
		return ""
	})
	return notes && strings.TrimSpace(rest) == ""
}

// fileExt reports whether ext, the lower-case end of a name from its last
// dot, is a file's extension: a letter, then letters or digits, ".pdf",
// ".mp4", ".excalidraw"; not ".1" in "notes v2.1".
func fileExt(ext string) bool {
	if len(ext) < 2 || len(ext) > 12 || ext[1] < 'a' || ext[1] > 'z' {
		return false
	}
	for i := 2; i < len(ext); i++ {
		if c := ext[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
