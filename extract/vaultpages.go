package extract

import (
	"bytes"
	"regexp"
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
var templateTag = regexp.MustCompile(`<%[-_+]?\s*tp\.|<%\*|\{\{(?:date|time|title)(?::[^}\n]*)?\}\}`)

// templatePage reports whether body, a page without its front matter, is a
// note template: it holds a template command (see templateTag) outside fenced
// code and inline code. A template's headings, "## <% tp.file.title %>", and
// its empty fields, "Std Log:: ", are blanks to fill in; its lines made
// cards such as "Quote" → "<% tp.web.daily_quote() %>". A note about
// Templater shows the commands as code, and keeps its cards.
func templatePage(body []byte) bool {
	if !bytes.Contains(body, []byte("<%")) && !bytes.Contains(body, []byte("{{")) {
		return false // the quick test: most notes hold neither
	}
	var fence fenceState
	for line := range bytes.Lines(body) {
		if fence.next(line) {
			continue
		}
		for _, m := range templateTag.FindAllIndex(line, -1) {
			if bytes.Count(line[:m[0]], []byte("`"))%2 == 0 {
				return true
			}
		}
	}
	return false
}
