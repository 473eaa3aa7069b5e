package extract

import (
	"bytes"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/util"
)

// strayFootnotes drops from the HTML sides of a card the footnote labels
// that point nowhere on it. A reference whose definition is on no side,
// "- Glycolysis: happens in the cytoplasm[^1]", showed a lone "1" glued to
// its word; a definition whose reference is on another card, "[^1]:
// Campbell p. 164.", landed in its heading's answer among the lines no card
// took. A reference beside its definition (both under one heading) stays,
// and so does code. The front ends at its last word, not at the space
// before a label dropped: "milgram experiment [^1]" asks "milgram
// experiment". A label the note defines nowhere is no footnote's, as on
// GitHub: a regular expression's "[^abc]" in a cheat sheet's table stays.
func (p *parsed) strayFootnotes(front, back string) (string, string) {
	if !strings.Contains(front, "[^") && !strings.Contains(back, "[^") {
		return front, back
	}
	refs, defs := map[string]bool{}, map[string]bool{}
	for _, s := range [2]string{front, back} {
		outsideCode(s, func(t string) string {
			for _, m := range footnoteRef().FindAllStringSubmatchIndex(t, -1) {
				if m[1] < len(t) && t[m[1]] == ':' {
					defs[t[m[2]:m[3]]] = true
				} else {
					refs[t[m[2]:m[3]]] = true
				}
			}
			return t
		})
	}
	for id := range refs {
		if !p.definesNote(id) {
			defs[id] = true // not a footnote's: it stays as typed
		}
	}
	drop := func(t string) string { return dropStrayNotes(t, refs, defs) }
	return strings.TrimSpace(outsideCode(front, drop)), removeEmptyParas(outsideCode(back, drop))
}

// dropStrayNotes returns the HTML t without the references that no
// definition of defs explains and the definitions, up to the next one or
// the end of their paragraph, that no reference of refs cites.
func dropStrayNotes(t string, refs, defs map[string]bool) string {
	var b strings.Builder
	last := 0
	for _, m := range footnoteRef().FindAllStringSubmatchIndex(t, -1) {
		if m[0] < last {
			continue // inside a definition dropped
		}
		id := t[m[2]:m[3]]
		def := m[1] < len(t) && t[m[1]] == ':'
		switch {
		case def && !refs[id]:
			before, joined := strings.CutSuffix(t[last:m[0]], "<br>")
			b.WriteString(before)
			last = m[1] + noteEnd(t[m[1]:])
			if !joined && strings.HasPrefix(t[last:], "<br>") {
				last += len("<br>") // it was the first line of its paragraph
			}
		case !def && !defs[id]:
			b.WriteString(t[last:m[0]])
			last = m[1]
		}
	}
	if last == 0 {
		return t
	}
	b.WriteString(t[last:])
	return b.String()
}

// noteEnd returns the length of a footnote's definition in s, which
// follows its label: up to the next definition, "<br>[^2]:", or the end of
// its paragraph.
func noteEnd(s string) int {
	end := len(s)
	if i := strings.Index(s, "<br>[^"); i >= 0 {
		end = i // looked for first: a back of 20,000 stray notes is not read to its "</p>" for each
	}
	if i := strings.Index(s[:end], "</p>"); i >= 0 {
		end = i
	}
	return end
}

// footnoteLink returns the label of l when l is a footnote's reference,
// "[^1]", that Markdown read as a link because the footnote's definition
// holds a web address alone, "[^1]: https://en.wikipedia.org/…", and so
// reads as a link's. GitHub and Obsidian show both as a footnote; the card
// reads the label as one too, not "^1" linked to the address.
func (p *parsed) footnoteLink(l *ast.Link) (string, bool) {
	t, ok := l.FirstChild().(*ast.Text)
	if !ok || t.NextSibling() != nil {
		return "", false
	}
	lo, hi := t.Segment.Start, t.Segment.Stop
	if lo < 1 || hi >= len(p.src) || p.src[lo-1] != '[' || p.src[lo] != '^' || p.src[hi] != ']' {
		return "", false
	}
	if hi+1 < len(p.src) && (p.src[hi+1] == '(' || p.src[hi+1] == '[') {
		return "", false // "[^1](…)" or "[^1][ref]": a link typed so
	}
	label := string(p.src[lo-1 : hi+1])
	if m := footnoteRef().FindStringIndex(label); m == nil || m[0] != 0 || m[1] != len(label) {
		return "", false
	}
	return label, true
}

// definedNotes returns the labels, lower-cased as footnotes match them, of
// the footnotes src defines, "[^1]: Campbell p. 164." opening a line (in a
// quote or a list item too); nil when it defines none.
func definedNotes(src []byte) map[string]bool {
	if !bytes.Contains(src, []byte("[^")) {
		return nil
	}
	var notes map[string]bool
	for _, m := range noteDefinition().FindAllSubmatch(src, -1) {
		if notes == nil {
			notes = map[string]bool{}
		}
		notes[strings.ToLower(string(m[1]))] = true
	}
	return notes
}

// noteDefinition matches the label of a footnote's definition at the start
// of its line.
var noteDefinition = lazyRegexp(`(?m)^[ \t>*+-]*\[\^([^\]\s^]{1,20})\]:`)

// definesNote reports whether the note defines the footnote labelled id,
// "1" of "[^1]": a label that no definition explains, "[^abc]" of a
// regular expression, is text, not a footnote's reference.
func (p *parsed) definesNote(id string) bool {
	return p.notes[strings.ToLower(id)] || p.linked("[^"+id+"]")
}

// undefinedNote reports whether the note defines no footnote labelled id:
// its "[^id]" is text (see definesNote).
func (p *parsed) undefinedNote(id string) bool { return !p.definesNote(id) }

// unfootnoted returns s, the plain text of a heading or a parent bullet a
// card's context shows, without its footnote labels and the space before
// them: "milgram experiments [^1]" reads "milgram experiments", as its
// card's front does (see strayFootnotes).
func unfootnoted(s string) string {
	if !strings.Contains(s, "[^") {
		return s
	}
	return strings.TrimSpace(spacedFootnoteRef().ReplaceAllString(s, ""))
}

// spacedFootnoteRef is a footnote's label with the spaces before it.
var spacedFootnoteRef = lazyRegexp(`[ \t]*` + footnoteRef().String())

// linkedLabels returns s, the plain text of a parent bullet, with each
// footnote label that Markdown reads as a link (see footnoteLink) as the
// link read before footnoteLink: "milgram experiments [^1]" over "[^1]:
// https://…" reads "milgram experiments ^1", the text that identified its
// cards (see builder.contextKey).
func (p *parsed) linkedLabels(s string) string {
	if p.noteLinks == nil {
		return s
	}
	return footnoteRef().ReplaceAllStringFunc(s, func(label string) string {
		if p.linked(label) {
			return label[1 : len(label)-1]
		}
		return label
	})
}

// linked reports whether label, a footnote's "[^1]", is defined as a link
// reference, "[^1]: https://…", so that Markdown reads it as a link.
func (p *parsed) linked(label string) bool {
	return p.noteLinks[util.ToLinkReference([]byte(label[1:len(label)-1]))]
}

// footnoteLinks returns the labels of pc's link reference definitions that
// read as footnote labels, "^1" of "[^1]: https://…", normalised as
// Markdown matches them; nil when there are none. A chunk keeps these, not
// its parse's whole context, which holds the parser's state and every
// value its extensions stored.
func footnoteLinks(pc parser.Context) map[string]bool {
	var links map[string]bool
	for _, ref := range pc.References() {
		if label := util.ToLinkReference(ref.Label()); strings.HasPrefix(label, "^") {
			if links == nil {
				links = map[string]bool{}
			}
			links[label] = true
		}
	}
	return links
}

// linkedTail returns the footnote labels that end front, a card's front
// before strayFootnotes drops them, as their links read before
// footnoteLink, joined by spaces: "^1" of "milgram experiment [^1]" over
// "[^1]: https://…"; "" when front ends in no label read as a link.
func (p *parsed) linkedTail(front string) string {
	var labels []string
	for {
		t := strings.TrimRight(front, " \t")
		i := strings.LastIndex(t, "[^")
		if i < 0 || footnoteRef().FindString(t[i:]) != t[i:] || !p.linked(t[i:]) {
			break
		}
		labels = append(labels, t[i+1:len(t)-1])
		front = t[:i]
	}
	slices.Reverse(labels)
	return strings.Join(labels, " ")
}
