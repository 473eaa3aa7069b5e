package extract

import (
	"bytes"
)

// admonitionHead matches the first line of a MkDocs (Python-Markdown)
// admonition: "!!! note", `!!! tip "Title"`, "??? question Why?" (collapsed),
// "???+ example" (open). Group 1 is the type, 2 a quoted title, 3 an unquoted one,
// which MkDocs does not read but students write.
var admonitionHead = lazyRegexp(`^(?:!!!|\?\?\?\+?)[ \t]*([A-Za-z][\w-]*)(?:[ \t]+(?:"(.*)"|(\S.*?)))?[ \t]*$`)

// admonitions rewrites MkDocs admonitions as the Obsidian callouts they mean,
// line for line, so that positions stay right:
//
//	!!! note "Osmosis"          > [!note] Osmosis
//	    Water crossing …   →    > Water crossing …
//
// CommonMark reads the indented body as code, or as the head's lazy
// continuation. Fenced code is left as it is. src is returned when it holds no
// admonition.
func admonitions(src []byte) []byte {
	if !containsText(src, "!!!") && !containsText(src, "???") {
		return src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	out, changed := rewriteAdmonitions(lines, 0)
	if !changed {
		return src
	}
	return bytes.Join(out, nil)
}

// maxAdmonitionNesting bounds the admonitions inside admonitions that are
// read; deeper ones stay text.
const maxAdmonitionNesting = 8

// rewriteAdmonitions rewrites the admonitions of lines, each with its "\n",
// and those nested in their bodies.
func rewriteAdmonitions(lines [][]byte, depth int) ([][]byte, bool) {
	changed := false
	var fence fenceState
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if fence.next(line) {
			continue
		}
		if len(line) < 3 || (line[0] != '!' && line[0] != '?') {
			continue
		}
		m := admonitionHead().FindSubmatch(bytes.TrimRight(line, "\n"))
		if m == nil {
			continue
		}
		end := i + 1
		for j := i + 1; j < len(lines); j++ {
			if isBlank(lines[j]) {
				continue
			}
			if !indentedBody(lines[j]) {
				break
			}
			end = j + 1
		}
		if end == i+1 && i+1 < len(lines) && !isBlank(lines[i+1]) {
			continue // "!!! Warning" over a line of text: an exclamation, no admonition
		}
		title := m[2]
		if m[3] != nil {
			title = m[3]
		}
		if len(bytes.TrimSpace(title)) == 0 && line[0] == '!' && askedAlone(m[1], lines[i+1:end]) || line[0] == '?' && depth > 0 && hiddenAnswer(title) {
			// "!!! question" over the question it asks: the question, answered
			// below; an untitled "??? general" in an example, or a
			// "??? note "Answer"": the answer it hides.
			lines[i] = []byte("\n")
			unwrapBody(lines[i+1:end], depth)
			changed = true
			i = end - 1
			continue
		}
		if q := numberedQuestion(title, lines[i+1:end]); q != nil {
			title = q // "!!! question "Question 01"" over its question and its hidden answer
		}
		head := append([]byte("> [!"), bytes.ToLower(m[1])...)
		head = append(head, ']')
		if line[0] == '?' {
			head = append(head, '-')
		}
		if len(bytes.TrimSpace(title)) > 0 {
			head = append(append(head, ' '), bytes.TrimSpace(title)...)
		}
		lines[i] = append(head, '\n')
		body := make([][]byte, 0, end-i-1)
		for _, l := range lines[i+1 : end] {
			body = append(body, dedentBody(l))
		}
		if depth < maxAdmonitionNesting {
			body, _ = rewriteAdmonitions(body, depth+1)
		}
		for k, l := range body {
			if isBlank(l) {
				lines[i+1+k] = []byte(">\n")
				continue
			}
			lines[i+1+k] = append([]byte("> "), l...)
		}
		changed = true
		i = end - 1
	}
	return lines, changed
}

// unwrapBody dedents body, the lines of a box shown as plain text, in
// place, and rewrites the boxes nested in it, as a hidden answer inside a
// hidden answer, one level deeper than depth.
func unwrapBody(body [][]byte, depth int) {
	for k, l := range body {
		body[k] = dedentBody(l)
	}
	if depth < maxAdmonitionNesting {
		inner, _ := rewriteAdmonitions(body, depth+1)
		copy(body, inner)
	}
}

// hiddenAnswer reports whether a collapsible box inside another, titled
// title, hides the answer of the box it stands in: untitled ("??? general")
// or titled by an answer word ("??? note "Answer"", "??? success "解答"").
func hiddenAnswer(title []byte) bool {
	t := bytes.TrimSpace(title)
	return len(t) == 0 || answerHeading(string(t))
}

// numberedQuestion returns the question that body, the lines of a box
// titled only by its number ("!!! question "Question 01""), asks: its
// first paragraph, its lines joined, when a collapsible box that hides its
// answer follows it (see hiddenAnswer). The paragraph's lines are blanked,
// as the box's title asks them; nil when the box is no such question.
func numberedQuestion(title []byte, body [][]byte) []byte {
	if !numbersQuestion(string(bytes.TrimSpace(title))) {
		return nil
	}
	k := 0
	for k < len(body) && isBlank(body[k]) {
		k++
	}
	first := k
	for k < len(body) && !isBlank(body[k]) && !bytes.HasPrefix(dedentBody(body[k]), []byte("???")) {
		k++
	}
	para := body[first:k]
	for k < len(body) && isBlank(body[k]) {
		k++
	}
	if len(para) == 0 || k == len(body) || bytes.HasPrefix(dedentBody(para[0]), []byte("!!!")) {
		return nil
	}
	m := admonitionHead().FindSubmatch(bytes.TrimRight(dedentBody(body[k]), "\n"))
	if m == nil || dedentBody(body[k])[0] != '?' {
		return nil
	}
	t := m[2]
	if m[3] != nil {
		t = m[3]
	}
	if !hiddenAnswer(t) {
		return nil
	}
	q := make([][]byte, len(para))
	for j, l := range para {
		q[j] = bytes.TrimSpace(l)
		body[first+j] = []byte("\n")
	}
	return bytes.Join(q, []byte(" "))
}

// indentedBody reports whether line belongs to an admonition's body: four
// spaces or a tab in.
func indentedBody(line []byte) bool {
	return bytes.HasPrefix(line, []byte("    ")) || (len(line) > 0 && line[0] == '\t')
}

// dedentBody takes an admonition's indent off one line of its body.
func dedentBody(line []byte) []byte {
	if len(line) > 0 && line[0] == '\t' {
		return line[1:]
	}
	if bytes.HasPrefix(line, []byte("    ")) {
		return line[4:]
	}
	return bytes.TrimLeft(line, " ")
}

// isBlank reports whether line holds only white space.
func isBlank(line []byte) bool { return len(bytes.TrimSpace(line)) == 0 }

// askedAlone reports whether an untitled admonition of type kind is a
// question its body asks, "!!! question" over "Block可以被放到Cache中的哪些位置?":
// a "question" whose body is one paragraph ending with a question mark.
// MkDocs shows "Question" over it and the notes answer it below; read as a
// callout, it asked "Question" and answered with the question.
func askedAlone(kind []byte, body [][]byte) bool {
	if !bytes.EqualFold(kind, []byte("question")) {
		return false
	}
	last := -1
	for k, l := range body {
		if isBlank(l) {
			continue
		}
		if last >= 0 && last != k-1 {
			return false // two paragraphs: a question and its own answer
		}
		last = k
	}
	if last < 0 {
		return false
	}
	t := bytes.TrimSpace(body[last])
	return bytes.HasSuffix(t, []byte("?")) || bytes.HasSuffix(t, []byte("？"))
}

// contentTabHead matches the first line of a MkDocs Material content tab,
// `=== "Recursive"`, `===! "C"` or `===+ "Result"`, at any indent: group 1
// is the indent, 2 the title.
var contentTabHead = lazyRegexp(`^([ \t]*)===[!+]?[ \t]+"([^"*]+)"[ \t]*$`)

// contentTabs rewrites the content tabs of MkDocs Material, line for line:
//
//	=== "Recursive"                 *Recursive*
//	    Compare the roots, …   →    Compare the roots, …
//
// The tab's title becomes an italic line, which shows which variant follows
// and asks nothing, and its body loses one indent, so that its fences,
// pictures and lists read as typed: left as they were, the title showed as
// typed on the card and the body read as indented code. A tab inside an
// admonition's body, at the body's indent, is rewritten the same; fenced
// code stays. src is returned when it holds no tab.
func contentTabs(src []byte) []byte {
	if !containsText(src, `=== "`) && !containsText(src, `===! "`) && !containsText(src, `===+ "`) {
		return src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	changed := false
	var fence fenceState
	for i, line := range lines {
		if fence.next(line) {
			continue
		}
		m := contentTabHead().FindSubmatch(bytes.TrimRight(line, "\r\n"))
		if m == nil {
			continue
		}
		indent := m[1]
		lines[i] = append(append(append(append([]byte{}, indent...), '*'), bytes.TrimSpace(m[2])...), "*\n"...)
		dedentTab(lines[i+1:], indent)
		changed = true
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// dedentTab takes one indent off the body of a content tab, the lines that
// open with indent and one more step (see indentedBody), up to the first
// line that does not; blank lines inside stay.
func dedentTab(lines [][]byte, indent []byte) {
	for j, l := range lines {
		if isBlank(l) {
			continue
		}
		rest, ok := bytes.CutPrefix(l, indent)
		if !ok || !indentedBody(rest) {
			return
		}
		lines[j] = append(append([]byte{}, indent...), dedentBody(rest)...)
	}
}
