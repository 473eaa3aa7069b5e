package extract

import (
	"html"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// sectionEmbed is an answer that is only an Obsidian embed of a heading of
// the note itself, "![[#Definición]]", "![[#Types#Subtypes]]" or
// "![[#Utility|use]]": the heading's path is group 1. A block's embed,
// "![[#^d3ea95]]", is no heading's.
var sectionEmbed = regexp.MustCompile(`^!\[\[#([^\[\]|^][^\[\]|]*)(?:\|[^\[\]]*)?\]\]$`)

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
	m := sectionEmbed.FindStringSubmatch(strings.TrimSpace(stripTags(back)))
	if m == nil {
		return "", false
	}
	name := m[1]
	if i := strings.LastIndexByte(name, '#'); i >= 0 {
		name = name[i+1:] // "Types#Subtypes": the last heading of the path
	}
	name = strings.TrimSpace(html.UnescapeString(name))
	for n := p.doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok || !strings.EqualFold(p.headingSource(h), name) && !strings.EqualFold(strings.TrimSpace(p.plain(h, 0, everything)), name) {
			continue
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
	return "", false
}
