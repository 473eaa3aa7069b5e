package extract

import (
	"bytes"
	"strings"
)

// wrappedNote returns body without the fence that wraps all of it when
// that fence is labelled Markdown: a note pasted from a chatbot's answer,
// "```markdown" over the whole note and "```" under it, is the note, not a
// sample of Markdown (biz21/lucykm-consumer-behaviour-week1: no card, and
// the sheet printed the note's "## Week 1 Topics" and "**L1.1**" as code).
// The two fence lines become empty lines, so that every line keeps its
// number. A fence that closes before the note ends, a sample among the
// note's text, is left as it is, and so is a note with a line inside that
// could close the fence.
func wrappedNote(body []byte) []byte {
	start := 0
	for start < len(body) && (body[start] == '\n' || body[start] == ' ' || body[start] == '\t') {
		start++
	}
	if start == len(body) || (body[start] != '`' && body[start] != '~') {
		return body
	}
	for start > 0 && body[start-1] != '\n' {
		start-- // the opening line's indent
	}
	nl := bytes.IndexByte(body[start:], '\n')
	if nl < 0 {
		return body
	}
	open := bytes.TrimSpace(body[start : start+nl])
	fence := open[0]
	n := 0
	for n < len(open) && open[n] == fence {
		n++
	}
	if n < 3 {
		return body
	}
	if lang := strings.ToLower(string(bytes.TrimSpace(open[n:]))); lang != "markdown" && lang != "md" {
		return body
	}
	inner := start + nl + 1
	end := len(bytes.TrimRight(body, " \t\n"))
	last := bytes.LastIndexByte(body[:end], '\n') + 1
	if last < inner || !closesFence(body[last:end], fence, n) {
		return body
	}
	for rest := body[inner:last]; len(rest) > 0; {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		if closesFence(line, fence, n) {
			return body
		}
	}
	out := make([]byte, 0, len(body))
	out = append(out, body[:start]...)
	out = append(out, body[start+nl:last]...)
	return append(out, body[end:]...)
}

// closesFence reports whether line, white space around it aside, is a run
// of at least n of the fence's character and nothing else.
func closesFence(line []byte, fence byte, n int) bool {
	t := bytes.TrimSpace(line)
	return len(t) >= n && len(bytes.Trim(t, string(fence))) == 0
}
