package extract

import "bytes"

// mystBoxes maps the MyST directives of Jupyter Book and Sphinx notes that
// hold text in a box, ```{note}, ```{admonition} Title, ```{margin}, to
// the callout type they are read as. Other directives ({code-cell},
// {math}, {figure}, knitr's {r}) are not boxes and stay as they are.
var mystBoxes = map[string]string{
	"note": "note", "tip": "tip", "hint": "hint", "important": "important",
	"warning": "warning", "caution": "caution", "attention": "attention",
	"danger": "danger", "error": "error", "seealso": "note",
	"admonition": "note", "margin": "note", "sidebar": "note", "topic": "note",
	"dropdown": "note",
}

// hasMystFence reports whether src may hold a MyST box directive, a fence
// of backticks or colons opened with "{": "```{note}", ":::{margin}".
func hasMystFence(src []byte) bool {
	return containsText(src, "```{") || containsText(src, ":::{")
}

// mystFenceHead reads the opening line of a MyST box directive,
// "```{admonition} Variants of Utilitarianism" or ":::{note}": the
// callout type it is read as, the title written after the directive, the
// fence's character and length.
func mystFenceHead(line []byte) (kind, title []byte, char byte, n int, ok bool) {
	t := bytes.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 4 || (t[0] != '`' && t[0] != '~' && t[0] != ':') {
		return nil, nil, 0, 0, false
	}
	char = t[0]
	for n < len(t) && t[n] == char {
		n++
	}
	rest := t[n:]
	if n < 3 || len(rest) == 0 || rest[0] != '{' {
		return nil, nil, 0, 0, false
	}
	end := bytes.IndexByte(rest, '}')
	if end < 0 {
		return nil, nil, 0, 0, false
	}
	k, known := mystBoxes[string(bytes.ToLower(rest[1:end]))]
	if !known {
		return nil, nil, 0, 0, false
	}
	return []byte(k), bytes.TrimSpace(rest[end+1:]), char, n, true
}

// isMystOption reports whether line is an option of a MyST directive,
// ":class: note", ":open:": a colon, a name and a colon.
func isMystOption(line []byte) bool {
	t := bytes.TrimSpace(line)
	if len(t) < 3 || t[0] != ':' || !isASCIILetter(t[1]) {
		return false
	}
	i := 1
	for i < len(t) && (isASCIILetter(t[i]) || t[i] == '-' || t[i] == '_') {
		i++
	}
	return i < len(t) && t[i] == ':'
}

// mystDefinitions rewrites the definition lists in the body of a MyST box,
// "Consequentialism" over ":   An ethical theory …", as definitionLists
// does those of the note, line for line: the box's lines are quoted before
// the note's definition lists are read, and their ": " markers showed raw.
func mystDefinitions(body [][]byte) [][]byte {
	joined := bytes.Join(body, nil)
	out := definitionLists(joined)
	if len(out) == len(joined) && bytes.Equal(out, joined) {
		return body
	}
	return bytes.SplitAfter(out, []byte("\n"))
}
