package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// speakerNotes blanks the presenter's notes of a slide deck written in
// Markdown, which the audience never sees and no card asks about: in
// remark a line "???" opens them, in reveal.js a line "Note:" or
// "notes:" alone does, and they run to the slide's end, the next
// separator line ("---", "----" or remark's "--"). Deckset marks each
// paragraph of notes with a leading "^ ". Read as text, the notes made
// the tail of the slide's card ("note: Claim2 = False …") and cards of
// their own ("Claim1" → "Expect that no movies …").
//
// A note is a deck when at least three separator lines, each after a blank
// line, cut it into slides; in other notes a line "Notes:" leads in the
// student's own list and is kept. Lines keep their places: each line of
// the notes is emptied, not removed.
func speakerNotes(body []byte) []byte {
	if !bytes.Contains(body, []byte("???")) && !bytes.Contains(body, []byte("otes:")) &&
		!bytes.Contains(body, []byte("ote:")) && !bytes.Contains(body, []byte("\n^ ")) {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	if !slideDeck(lines) {
		return body
	}
	changed := false
	var fence fenceState
	for i := 0; i < len(lines); i++ {
		if fence.next(lines[i]) {
			continue
		}
		t := bytes.TrimSpace(lines[i])
		switch {
		case notesMarker(t):
			var inner fenceState
			for ; i < len(lines); i++ {
				if !inner.next(lines[i]) && i > 0 && (slideSeparator(lines, i) || isATXHeading(lines[i])) {
					i--
					break
				}
				lines[i] = blankLine(lines[i])
			}
			changed = true
		case len(t) > 1 && t[0] == '^' && t[1] == ' ' && (i == 0 || len(bytes.TrimSpace(lines[i-1])) == 0):
			for ; i < len(lines) && len(bytes.TrimSpace(lines[i])) > 0; i++ {
				lines[i] = blankLine(lines[i])
			}
			changed = true
		}
	}
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

// slideDeck reports whether lines, a note's body, are slides: at least
// three separator lines (see slideSeparator) outside code fences.
func slideDeck(lines [][]byte) bool {
	n := 0
	var fence fenceState
	for i, l := range lines {
		if !fence.next(l) && slideSeparator(lines, i) {
			if n++; n == 3 {
				return true
			}
		}
	}
	return false
}

// slideSeparator reports whether lines[i] separates two slides: "---",
// "----" or "--" alone after a blank line (or first), where it is no
// Setext underline.
func slideSeparator(lines [][]byte, i int) bool {
	t := bytes.TrimRight(lines[i], " \t\r\n")
	if len(t) < 2 || len(t) > 4 || bytes.Count(t, []byte("-")) != len(t) {
		return false
	}
	return i == 0 || len(bytes.TrimSpace(lines[i-1])) == 0
}

// notesMarker reports whether t, a trimmed line, opens a slide's notes:
// "???" (remark) or "Note:", "Notes:" alone in any case (reveal.js).
func notesMarker(t []byte) bool {
	return string(t) == "???" || bytes.EqualFold(t, []byte("note:")) || bytes.EqualFold(t, []byte("notes:"))
}

// isATXHeading reports whether line is an ATX heading, "## Title".
func isATXHeading(line []byte) bool {
	t := bytes.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return false
	}
	n := 0
	for n < len(t) && n < 7 && t[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && (n == len(t) || t[n] == ' ' || t[n] == '\t' || t[n] == '\n' || t[n] == '\r')
}

// blankLine returns line emptied, its line end kept.
func blankLine(line []byte) []byte {
	if bytes.HasSuffix(line, []byte("\n")) {
		return []byte("\n")
	}
	return nil
}

// sectionTable reports whether body, under a heading titled as a part of a
// note rather than a topic ("## Notes", "## Key points", see sectionTitles),
// is one table of two columns or more and two rows or more below its
// header. Each row is a card of its own; the heading's card, "Notes" over
// the whole table, asked nothing and repeated them all, as a Cornell
// note's "## Notes" over its "| Cues | Notes |" table did.
func sectionTable(title string, body []ast.Node) bool {
	if len(body) != 1 || !lookupLower(sectionTitles, strings.TrimRight(title, ":：")) {
		return false
	}
	t, ok := body[0].(*east.Table)
	if !ok {
		return false
	}
	rows := 0
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		if _, ok := row.(*east.TableHeader); ok {
			if row.ChildCount() < 2 {
				return false
			}
			continue
		}
		rows++
	}
	return rows >= 2
}

// marpCaption returns alt, an image's alt text, without the directives of
// Marp slides that open it ("bg right:45% Kat Walsh" is "Kat Walsh",
// "w:500px" is ""), and whether the image is a slide's background ("bg").
// The directives place the picture on a slide and name nothing: a remote
// image's link read "bg left:30%", a missing one's text "w:500px". An alt
// text that opens with no "bg" and no size ("left ventricle") is kept.
func marpCaption(alt string) (string, bool) {
	if !strings.Contains(alt, "bg") && !strings.Contains(alt, ":") {
		return alt, false
	}
	fields := strings.Fields(alt)
	placed, background, k := false, false, 0
	for ; k < len(fields); k++ {
		w := fields[k]
		key, _, sized := strings.Cut(w, ":")
		if w == "bg" {
			placed, background = true, true
		} else if sized && (key == "w" || key == "h" || key == "width" || key == "height") {
			placed = true
		} else if !marpWords[key] && (!strings.HasSuffix(w, "%") || strings.Trim(w, "0123456789.%") != "") {
			break
		}
	}
	if !placed {
		return alt, false
	}
	return strings.Join(fields[k:], " "), background
}

// marpBackground reports whether t, a trimmed line, is only the remote
// background picture of a Marp slide, "![bg right:40%](https://…/convoy.jpg)",
// its alt text only directives: it decorates the slide, a card shows no
// remote picture, and as Marp decks put it above the next slide's title
// its link ended the previous slide's card. A picture of the note's own
// files ("![bg contain](flow.png)", a diagram) stays.
func marpBackground(t []byte) bool {
	if len(t) < 6 || t[1] != '[' || t[len(t)-1] != ')' {
		return false
	}
	i := bytes.Index(t, []byte("]("))
	if i < 0 || bytes.IndexByte(t[i+2:], ')') != len(t)-i-3 || !isRemote(string(t[i+2:len(t)-1])) {
		return false
	}
	caption, background := marpCaption(string(t[2:i]))
	return background && caption == ""
}
