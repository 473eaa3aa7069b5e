package extract

import (
	"bytes"
	"html"
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
