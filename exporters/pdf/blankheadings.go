package pdf

import (
	"path/filepath"
	"strings"
	"unicode"

	"github.com/notes2deck/notes2deck/extract"
)

// printsNothing reports whether the sheet prints nothing of the heading
// text spans: they hold no character but spaces and emoji that no font
// of the sheet has and that stand for no text symbol (see emojiText),
// which addParts leaves out.
func (s *sheet) printsNothing(spans ...extract.Span) bool {
	for _, sp := range spans {
		if !s.blank(sp.Text) {
			return false
		}
	}
	return true
}

// blank reports whether the sheet prints nothing of the text t in a
// heading (see printsNothing).
func (s *sheet) blank(t string) bool {
	f := s.faces[fBold]
	for _, r := range t {
		if unicode.IsSpace(r) {
			continue
		}
		if r <= 0xFFFF && f.has(r) {
			return false
		}
		if _, ok := s.fallback(fBold, r); ok {
			return false
		}
		if _, ok := signTwin(r); ok {
			return false
		}
		if sub, _, ok := s.emojiText(r); !ok || sub != "" {
			return false
		}
	}
	return true
}

// blankHeadings returns decks less the headings the sheet prints nothing
// of (see printsNothing), so that none is an empty banner or bar: "## 🚀"
// over its points printed a bar with no name, the points then following
// the heading before it. A deck titled so, "# 🚀", is titled by its note's
// file name instead, its H1 with it. decks itself when no heading is such.
func (s *sheet) blankHeadings(decks []extract.Deck) []extract.Deck {
	var out []extract.Deck // decks, copied once a deck changes
	for i, d := range decks {
		title := d.Title
		if s.blank(title) {
			stem := strings.TrimSuffix(filepath.Base(d.File), filepath.Ext(d.File))
			if d.File != "" && !s.blank(stem) {
				title = stem
			}
		}
		var drop []int
		for j := len(d.Outline) - 1; j >= 0; j-- {
			if b := d.Outline[j]; b.Kind == extract.Heading && s.printsNothing(b.Spans...) &&
				!(b.Level == 1 && title != d.Title && extract.PlainText(b.Spans) == d.Title) {
				drop = append(drop, j)
			}
		}
		if title == d.Title && drop == nil {
			continue
		}
		if out == nil {
			out = append([]extract.Deck(nil), decks...)
		}
		blocks := without(d.Outline, drop)
		for j, b := range blocks {
			if b.Kind == extract.Heading && b.Level == 1 && title != d.Title && extract.PlainText(b.Spans) == d.Title {
				blocks[j].Spans = []extract.Span{{Text: title}}
			}
		}
		d.Title, d.Outline = title, blocks
		out[i] = d
	}
	if out == nil {
		return decks
	}
	return out
}
