package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// slideMarkup blanks what a slide deck written in Markdown shows the
// presenter or the slide's layout and never its audience's text: the
// speaker notes (see speakerNotes) and remark's markup (see remarkMarkup).
// A note is a deck when at least three separator lines, each after a blank
// line, cut it into slides; other notes keep every line. Lines keep their
// places: each line dropped is emptied, not removed.
func slideMarkup(body []byte) []byte {
	if bytes.Count(body, []byte("\n--"))+1 < 3 {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	if !slideDeck(lines) {
		return body
	}
	notes := speakerNotes(lines)
	if !remarkMarkup(lines) && !notes {
		return body
	}
	return bytes.Join(lines, nil)
}

// speakerNotes blanks in lines, a deck's, the presenter's notes, which the
// audience never sees and no card asks about, and reports whether there
// were any: in remark a line "???" opens them, in reveal.js a line "Note:"
// or "notes:" alone does, and they run to the slide's end, the next
// separator line ("---", "----" or remark's "--"). Deckset marks each
// paragraph of notes with a leading "^ ". Read as text, the notes made
// the tail of the slide's card ("note: Claim2 = False …") and cards of
// their own ("Claim1" → "Expect that no movies …"). In a note that is no
// deck a line "Notes:" leads in the student's own list, and is kept.
func speakerNotes(lines [][]byte) bool {
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
	return changed
}

// remarkMarkup blanks in lines, a deck's, the markup of remark slides and
// reports whether there was any: the properties that open a slide ("class:
// center, middle", "layout: false", "background-image: url(bg.jpg)"), which
// made cards "class" → "center, middle"; the line "--" that shows the rest
// of a slide on a click, which made the line above it a heading; and the
// blocks of a CSS class, ".left-column[" to "]". A class on a span,
// ".red[has]", keeps its text, "has".
func remarkMarkup(lines [][]byte) bool {
	changed := false
	var fence fenceState
	top, depth := true, 0 // top: among a slide's first lines, where remark reads its properties
	for i, l := range lines {
		if fence.next(l) {
			top = false
			continue
		}
		t := bytes.TrimSpace(l)
		switch {
		case len(t) == 0:
			continue
		case string(t) == "---":
			top = true
			continue
		case string(t) == "--" || top && remarkProperty(t) || classOpener(t):
			if classOpener(t) {
				depth++
			}
			lines[i] = blankLine(l)
			changed = true
			if string(t) == "--" {
				top = false
			}
			continue
		case depth > 0 && string(t) == "]":
			depth--
			lines[i] = blankLine(l)
			changed = true
		case classLead(t) > 0:
			// ".left-column[# Pros": the block opens on its first line
			depth++
			lines[i] = l[bytes.IndexByte(l, '[')+1:]
			changed = true
		case depth > 0 && t[len(t)-1] == ']' && bytes.Count(t, []byte("]")) > bytes.Count(t, []byte("[")):
			// "- HTML and CSS]": the block closes at the end of its last line
			depth--
			k := bytes.LastIndexByte(l, ']')
			lines[i] = append(l[:k:k], l[k+1:]...)
			changed = true
		case bytes.Contains(l, []byte("[")) && remarkSpan().Match(l):
			lines[i] = remarkSpan().ReplaceAll(l, []byte("${1}${2}"))
			changed = true
		}
		top = false
	}
	return changed
}

// remarkKeys are the properties a remark slide may open with.
var remarkKeys = map[string]bool{
	"name": true, "class": true, "layout": true, "template": true, "count": true, "exclude": true,
	"background-image": true, "background-size": true, "background-position": true,
	"background-color": true, "background-repeat": true,
}

// remarkProperty reports whether t, a trimmed line, is a remark slide's
// property, "class: center, middle": a key of remarkKeys in lower case, a
// colon and a value.
func remarkProperty(t []byte) bool {
	key, value, ok := bytes.Cut(t, []byte(":"))
	return ok && remarkKeys[string(key)] && len(bytes.TrimSpace(value)) > 0
}

// classOpener reports whether t, a trimmed line, opens a block of a CSS
// class in remark, ".left-column[" alone on its line.
func classOpener(t []byte) bool {
	return len(t) > 2 && t[0] == '.' && t[len(t)-1] == '[' && remarkClass().Match(t[:len(t)-1])
}

// classLead returns the length of the CSS class that opens a block in
// remark on the block's first line, ".left-column[" of ".left-column[#
// Pros", or 0: the line goes on and closes no bracket.
func classLead(t []byte) int {
	k := bytes.IndexByte(t, '[')
	if k < 2 || t[0] != '.' || k == len(t)-1 || bytes.IndexByte(t[k:], ']') >= 0 || !remarkClass().Match(t[:k]) {
		return 0
	}
	return k + 1
}

// remarkClass matches a CSS class as remark writes it, ".left-column".
var remarkClass = lazyRegexp(`^(\.[a-zA-Z][a-zA-Z0-9_-]*)+$`)

// remarkSpan matches a span of a CSS class in remark, ".red[has]", after
// the start of the line, a space or an opening mark: its text is group 2.
var remarkSpan = lazyRegexp(`(^|[\s(>*_])\.[a-zA-Z][a-zA-Z0-9_-]*\[([^\[\]]*)\]`)

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
// text that opens with no size and is not all directives ("left
// ventricle", "bg is short for background") is kept.
func marpCaption(alt string) (string, bool) {
	if !strings.Contains(alt, "bg") && !strings.Contains(alt, ":") {
		return alt, false
	}
	fields := strings.Fields(alt)
	sized, background, k := false, false, 0
scan:
	for ; k < len(fields); k++ {
		w := fields[k]
		key, val, hasVal := strings.Cut(w, ":")
		switch {
		case w == "bg":
			background = true
		case hasVal && (key == "w" || key == "h" || key == "width" || key == "height"),
			isPercent(w), hasVal && marpWords[key] && isPercent(val):
			sized = true
		case !marpWords[key]:
			break scan
		}
	}
	if !sized && !(background && k == len(fields)) {
		return alt, false
	}
	return strings.Join(fields[k:], " "), background
}

// isPercent reports whether w is a share, "70%" or "12.5%".
func isPercent(w string) bool {
	return len(w) > 1 && strings.HasSuffix(w, "%") && strings.Trim(w, "0123456789.%") == ""
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

// cutRomanNumbering returns s, a heading, without the Roman numeral that
// numbers it in an outline, "IV. Ribosome" is "Ribosome", and whether
// there was one: a numeral of I to XXXIX, a period or a parenthesis, a
// space, then a capital or a digit. "V. cholerae" names a species, and
// "IV Ribosome" has no mark after its numeral: both stay.
func cutRomanNumbering(s string) (string, bool) {
	k := 0
	for k < len(s) && k < 7 && (s[k] == 'I' || s[k] == 'V' || s[k] == 'X') {
		k++
	}
	if k == 0 || k+2 >= len(s) || s[k] != '.' && s[k] != ')' || s[k+1] != ' ' || !romanNumeral().MatchString(s[:k]) {
		return s, false
	}
	rest := strings.TrimLeft(s[k+1:], " ")
	if rest == "" || !(rest[0] >= 'A' && rest[0] <= 'Z' || rest[0] >= '0' && rest[0] <= '9') {
		return s, false
	}
	return rest, true
}

// romanNumeral matches a Roman numeral of I to XXXIX.
var romanNumeral = lazyRegexp(`^X{0,3}(IX|IV|V?I{0,3})$`)
