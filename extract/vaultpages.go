package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// pluginPageKeys are the front matter keys by which an Obsidian plugin marks
// a page as its own file, shown by the plugin and not as a note:
// "kanban-plugin: basic" opens a Kanban board (lanes of tasks, "## Monday"
// over "- [x] (1 hour) Read Spark"), "excalidraw-plugin: parsed" a drawing
// (its "## Text Elements" are the labels of boxes, "32b ^mDCRiXqb", and
// its "## Drawing" a compressed JSON blob). Neither holds a fact a student
// wrote to learn: cards from them are junk.
var pluginPageKeys = []string{"kanban-plugin", "excalidraw-plugin"}

// pluginPage reports whether the front matter fm marks its page as a plugin's
// file (see pluginPageKeys).
func pluginPage(fm frontMatter) bool {
	for _, k := range pluginPageKeys {
		if _, ok := fm.values[k]; ok {
			return true
		}
	}
	return false
}

// templateTag matches a command of a note template: Templater's "<% tp.…",
// "<%* …" (its JavaScript) and the core Templates plugin's "{{date}}",
// "{{time}}", "{{title}}" and "{{date:YYYY-MM-DD}}". A note made from the
// template has them replaced; a page that still holds one is the template.
var templateTag = lazyRegexp(`<%[-_+]?\s*tp\.|<%\*|\{\{(?:date|time|title)(?::[^}\n]*)?\}\}`)

// templatePage reports whether body, a page without its front matter, is a
// note template: it holds a template command (see templateTag) outside fenced
// code and inline code. A template's headings, "## <% tp.file.title %>", and
// its empty fields, "Std Log:: ", are blanks to fill in; its lines made
// cards such as "Quote" → "<% tp.web.daily_quote() %>". A note about
// Templater shows the commands as code, and keeps its cards. A cursor's
// mark, "<% tp.file.cursor(2) %>", is no such command: a note made from a
// template keeps one where the student never moved the cursor to.
func templatePage(body []byte) bool {
	if !containsText(body, "<%") && !containsText(body, "{{") {
		return false // the quick test: most notes hold neither
	}
	var fence fenceState
	for line := range bytes.Lines(body) {
		if fence.next(line) {
			continue
		}
		for _, m := range templateTag().FindAllIndex(line, -1) {
			if bytes.HasPrefix(line[m[1]:], []byte("file.cursor")) {
				continue // a cursor's mark left in a note made from the template
			}
			if bytes.Count(line[:m[0]], []byte("`"))%2 == 0 {
				return true
			}
		}
	}
	return false
}

// cursorMark matches a Templater cursor's mark, "<% tp.file.cursor(2) %>".
var cursorMark = lazyRegexp(`<%[-_]?[ \t]*tp\.file\.cursor\([^()%\n]*\)[ \t]*[-_]?%>`)

// dropCursorMarks removes the cursor's marks a note made from a template
// still holds (see templatePage): Obsidian's reader hides nothing of them,
// but they answer nothing, and "<i>Proof.</i> <% tp.file.cursor(2) %>"
// showed the mark on its card.
func dropCursorMarks(body []byte) []byte {
	if !containsText(body, "tp.file.cursor") {
		return body // the quick test: most notes hold none
	}
	return cursorMark().ReplaceAll(body, nil)
}

// inlineQuery matches a line whose value is a Dataview inline query,
// "Last Changed: `=dateformat(this.file.mtime, "yyyy-MM-dd")`" or
// "`$= dv.current().file.name`", after a label of a few words at most, its
// colon inside the label's bold too: "**Last Modified:** `=this.file.mtime`".
var inlineQuery = lazyRegexp("^[ \t]*(?:[-*+][ \t]+)?(?:[^`:\n]{1,40}::?(?:\\*\\*|__)?[ \t]*)?`\\$?=[^`\n]*`[ \t]*$")

// dropInlineQueries empties the lines of body, outside fenced code, whose
// value is a Dataview inline query (see inlineQuery): Obsidian shows what
// the query computes, which the file does not hold; the query made cards
// such as "Last Changed" → "=dateformat(this.file.mtime, …)".
func dropInlineQueries(body []byte) []byte {
	if !containsText(body, "`=") && !containsText(body, "`$=") {
		return body // the quick test: most notes hold no query
	}
	out := make([]byte, 0, len(body))
	var fence fenceState
	for line := range bytes.Lines(body) {
		if !fence.next(line) && inlineQuery().Match(bytes.TrimRight(line, "\r\n")) {
			line = line[len(bytes.TrimRight(line, "\r\n")):]
		}
		out = append(out, line...)
	}
	return out
}

// navPage reports whether body is a page of links, as a vault's map of
// content or course index is: "Lecture" over "- [[Processes]]", "- [[Pipes]]",
// "- Seminars" over "- [[Seminar 4]]", with headings, short labels and
// Dataview queries between them, and nothing else. Its labels made cards
// such as "Seminars" → "Seminar 4, Seminar 5, …": what a page of links
// teaches is in the notes it links to. Labels must not outnumber the links
// and queries, so that a list of a few words a line ("- der Hund") with a
// link under it stays a note.
func navPage(body []byte) bool {
	if !containsText(body, "[[") && !containsText(body, "```") {
		return false // the quick test: no link and no query
	}
	links, labels := 0, 0
	var fence fenceState
	for line := range bytes.Lines(body) {
		open := fence.open()
		if fence.next(line) {
			if !open && fence.open() {
				lang, _, _ := bytes.Cut(bytes.TrimSpace(bytes.TrimLeft(bytes.TrimSpace(line), "`~")), []byte(" "))
				if !pluginLangs[string(bytes.ToLower(lang))] {
					return false // code: a note
				}
				links++
			}
			continue
		}
		t := bytes.TrimSpace(line)
		switch {
		case len(t) == 0 || t[0] == '#' || len(bytes.Trim(t, "-*_ ")) == 0:
			// a blank line, a heading, a rule
		case onlyLinks(listText(t)):
			links++
		case navLabel(listText(t)):
			labels++
		default:
			return false
		}
	}
	return links >= 3 && labels <= links
}

// listText returns line t without its list marker ("- ", "1. ") or task box.
func listText(t []byte) []byte {
	if len(t) > 1 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t') {
		t = bytes.TrimSpace(t[2:])
	} else if k := bytes.IndexAny(t, ".)"); k > 0 && k < 4 && k+1 < len(t) && t[k+1] == ' ' && digitsOnly(t[:k]) {
		t = bytes.TrimSpace(t[k+1:])
	}
	return t
}

// digitsOnly reports whether b is one or more ASCII digits.
func digitsOnly(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

// navLabel reports whether t names a group of links: four words at most,
// with no separator that would make it a definition or a sentence.
func navLabel(t []byte) bool {
	return len(bytes.Fields(t)) <= 4 && !bytes.ContainsAny(t, ":=.,;()[]`|") && !bytes.Contains(t, []byte(" - ")) &&
		!bytes.ContainsRune(t, '–') && !bytes.ContainsRune(t, '—')
}

// taskSignifiers are the marks by which the Obsidian Tasks plugin gives a
// to-do its dates and priority: due 📅, scheduled ⏳, start 🛫, done ✅,
// created ➕, cancelled ❌, recurring 🔁, and the priorities ⏫ 🔼 🔽 🔺 ⏬.
var taskSignifiers = []string{"📅", "⏳", "🛫", "✅", "➕", "❌", "🔁", "⏫", "🔼", "🔽", "🔺", "⏬"}

// isDatedTask reports whether list item it is a to-do of the Tasks plugin:
// its line opens with a check box and carries a signifier (see
// taskSignifiers), "- [x] Flashcards: light reactions ✅ 2024-01-01". Its
// colon or dash split no term from a definition: it made "Flashcards" →
// "light reactions ✅ 2024-01-01". A check box alone, a student ticking
// what they learned ("- [x] Osmosis: water moves …"), keeps its card.
func (p *parsed) isDatedTask(it ast.Node) bool {
	h := itemHead(it)
	if h == nil || h.FirstChild() == nil {
		return false
	}
	if _, ok := h.FirstChild().(*east.TaskCheckBox); !ok {
		return false
	}
	ls := p.lines(h)
	if len(ls) == 0 {
		return false
	}
	line := p.src[ls[0][0]:ls[0][1]]
	for _, s := range taskSignifiers {
		if bytes.Contains(line, []byte(s)) {
			return true
		}
	}
	return false
}

// navHeading reports whether hn is a heading that holds a template's field
// placing the page among others, "###### Upstream: [[Databases]]" or
// "###### Siblings:" (see navKeys), its value a link or left empty: it
// heads no topic, and the date and text a template puts under it answer
// nothing of it.
func (p *parsed) navHeading(hn ast.Node) bool {
	n, ok := hn.(*ast.Heading)
	if !ok || n.Lines().Len() != 1 {
		return false
	}
	line := n.Lines().At(0)
	key, value, ok := bytes.Cut(p.src[line.Start:line.Stop], []byte(":"))
	value = bytes.TrimSpace(value)
	if !ok || len(key) > 16 || len(value) > 0 && value[0] != '[' {
		return false // "### Previous: Lecture 7" states a fact of its own
	}
	return lookupLower(navKeys, strings.TrimSpace(string(key)))
}
