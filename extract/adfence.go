package extract

import (
	"bytes"
)

// maxAdFenceNesting bounds the Admonition fences inside Admonition fences
// that are read; deeper ones stay code.
const maxAdFenceNesting = 8

// adFences rewrites the fences of Obsidian's Admonition plugin as the
// callouts they mean, line for line, so that positions stay right:
//
//	```ad-attention                      > [!attention] Important Property
//	title: Important Property      →    >
//	In **Discrete Time**, $x[n]$ …       > In **Discrete Time**, $x[n]$ …
//	```
//
// CommonMark reads them as code, so their bold and $…$ math showed raw.
// Parameter lines (title:, collapse:, icon:, color:) open the body; title
// is the callout's title. src is returned when it holds no such fence.
func adFences(src []byte) []byte {
	if !containsText(src, "```ad-") && !containsText(src, "~~~ad-") && !hasMystFence(src) {
		return src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	out, changed := rewriteAdFences(lines, 0)
	if !changed {
		return src
	}
	return bytes.Join(out, nil)
}

// rewriteAdFences rewrites the Admonition fences of lines, each with its
// "\n", and those nested in their bodies; other fences are left as code.
func rewriteAdFences(lines [][]byte, depth int) ([][]byte, bool) {
	changed := false
	var fence fenceState
	for i := 0; i < len(lines); i++ {
		kind, char, n, ok := adFenceHead(lines[i])
		var headTitle []byte
		myst := false
		if !ok {
			kind, headTitle, char, n, ok = mystFenceHead(lines[i])
			myst = ok
		}
		if !ok || fence.open() {
			fence.next(lines[i])
			continue
		}
		end := adFenceEnd(lines, i+1, char, n)
		body := lines[i+1 : end]
		title, params := adFenceParams(body)
		if len(title) == 0 {
			title = headTitle
		}
		head := append([]byte("> [!"), kind...)
		head = append(head, ']')
		if len(title) > 0 {
			head = append(append(head, ' '), title...)
		}
		lines[i] = append(head, '\n')
		for k := range params {
			body[k] = []byte(">\n")
		}
		rest := body[params:]
		if myst {
			copy(rest, mystDefinitions(rest)) // line for line: rest stays the note's
		}
		if depth < maxAdFenceNesting {
			rest, _ = rewriteAdFences(rest, depth+1)
		}
		for k, l := range rest {
			if isBlank(l) {
				rest[k] = []byte(">\n")
				continue
			}
			rest[k] = append([]byte("> "), l...)
		}
		if end < len(lines) {
			lines[end] = []byte("\n") // the closing fence ends the quote
		}
		changed = true
		i = end
	}
	return lines, changed
}

// adFenceHead reads the opening line of an Admonition fence, "```ad-note":
// its callout type in lower case ("note"), the fence's character and length.
func adFenceHead(line []byte) (kind []byte, char byte, n int, ok bool) {
	t := bytes.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 6 || (t[0] != '`' && t[0] != '~') {
		return nil, 0, 0, false
	}
	char = t[0]
	for n < len(t) && t[n] == char {
		n++
	}
	rest := t[n:]
	if n < 3 || !bytes.HasPrefix(rest, []byte("ad-")) {
		return nil, 0, 0, false
	}
	kind = bytes.TrimSpace(rest[3:])
	if len(kind) == 0 || bytes.ContainsAny(kind, " \t`") {
		return nil, 0, 0, false
	}
	for _, c := range kind {
		if !isASCIILetter(c) && c != '-' {
			return nil, 0, 0, false // "ad-note{.x}": no type a callout has
		}
	}
	return bytes.ToLower(kind), char, n, true
}

// adFenceEnd returns the index of the line that closes the fence opened
// with n characters char, at or after from: at least as many of the same
// character and nothing else. An unclosed fence runs to the end.
func adFenceEnd(lines [][]byte, from int, char byte, n int) int {
	for j := from; j < len(lines); j++ {
		t := bytes.TrimSpace(lines[j])
		if len(t) >= n && len(bytes.Trim(t, string(char))) == 0 && len(lines[j])-len(bytes.TrimLeft(lines[j], " ")) <= 3 {
			return j
		}
	}
	return len(lines)
}

// adFenceParams reads the parameter lines that open an Admonition fence's
// body, "title: Nyquist rate", "collapse: open": it returns the title and
// how many lines they take.
func adFenceParams(body [][]byte) (title []byte, n int) {
	for n < len(body) {
		if isMystOption(body[n]) {
			n++ // ":class: note": how a MyST directive looks
			continue
		}
		key, val, ok := bytes.Cut(bytes.TrimSpace(body[n]), []byte(":"))
		if !ok {
			break
		}
		switch string(bytes.ToLower(key)) {
		case "title":
			title = bytes.TrimSpace(val)
		case "collapse", "icon", "color":
			// how the box looks: nothing to learn
		default:
			return title, n
		}
		n++
	}
	return title, n
}
