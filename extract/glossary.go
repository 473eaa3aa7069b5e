package extract

import "bytes"

// minGlossaryRun is the number of pairs in a row that make a glossary: one
// or two "short line over a sentence" paragraphs are ordinary prose.
const minGlossaryRun = 3

// glossaryPairs rewrites a glossary copied from Quizlet or a flashcard
// app, paragraphs of a term over its definition,
//
//	empiricism                                         empiricism: the view that knowledge …
//	the view that knowledge originates in experience   (blank)
//
// as the "Term: definition" lines a note writes by hand, one card each.
// Left as they were, the pairs were one answer of their heading, and a
// definition's own dash ("\"morphine within\" - natural, opiate-like …")
// split it in the wrong place. Only a run of at least minGlossaryRun such
// paragraphs, each of two lines, a short term (a few words, no end
// punctuation, no colon) over a line of text, is a glossary. The term keeps
// its line; the definition's line is left blank.
func glossaryPairs(body []byte) []byte {
	if !mayHoldGlossary(body) {
		return body
	}
	lines := bytes.SplitAfter(body, []byte("\n"))
	code := fencedLines(lines)
	changed := false
	var run []int // the term lines of the pairs in a row so far
	flush := func() {
		if len(run) >= minGlossaryRun {
			for _, t := range run {
				term := bytes.TrimRight(lines[t], " \t\n")
				def := bytes.TrimSpace(lines[t+1])
				lines[t] = append(append(append(term[:len(term):len(term)], ": "...), def...), '\n')
				lines[t+1] = []byte("\n")
			}
			changed = true
		}
		run = run[:0]
	}
	for i := 0; i < len(lines); i++ {
		switch {
		case isBlank(lines[i]) && !code[i]:
		case glossaryPair(lines, code, i):
			run = append(run, i)
			i++
		default:
			flush()
		}
	}
	flush()
	if !changed {
		return body
	}
	return bytes.Join(lines, nil)
}

// mayHoldGlossary reports, without allocating, whether body has
// minGlossaryRun paragraphs of two lines in a row, each a few words over a
// line: most notes have none, and are not split into lines for nothing.
func mayHoldGlossary(body []byte) bool {
	run := 0
	for off := 0; off < len(body); {
		end := bytes.Index(body[off:], []byte("\n\n"))
		if end < 0 {
			end = len(body)
		} else {
			end += off
		}
		para := bytes.Trim(body[off:end], "\n")
		if nl := bytes.IndexByte(para, '\n'); nl > 0 && bytes.IndexByte(para[nl+1:], '\n') < 0 && bytes.Count(para[:nl], []byte(" ")) < 8 {
			if run++; run >= minGlossaryRun {
				return true
			}
		} else if len(para) > 0 {
			run = 0
		}
		off = end + 2
	}
	return false
}

// glossaryPair reports whether lines[i] and the line under it are a
// paragraph of their own, a term over its definition: "structuralism" over
// "an early school of psychology that used introspection".
func glossaryPair(lines [][]byte, code []bool, i int) bool {
	if i+2 > len(lines) || code[i] || code[i+1] || (i > 0 && !isBlank(lines[i-1])) {
		return false
	}
	if i+2 < len(lines) && !isBlank(lines[i+2]) {
		return false
	}
	return isGlossaryTerm(lines[i]) && isPlainLine(lines[i+1]) && !isBlank(lines[i+1])
}

// isGlossaryTerm reports whether line reads as a glossary's term: plain
// text of at most five words, with no colon and no end punctuation.
func isGlossaryTerm(line []byte) bool {
	t := bytes.TrimSpace(line)
	if len(t) == 0 || len(t) > 60 || len(bytes.Fields(t)) > 5 || !isPlainLine(line) {
		return false
	}
	if bytes.IndexByte(t, ':') >= 0 || bytes.ContainsRune(t, '：') {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ';', ',', ']', '\\':
		return false
	}
	return true
}

// isPlainLine reports whether line starts no block of its own: no heading,
// list item, quote, table, fence, HTML, setext underline or indented code.
func isPlainLine(line []byte) bool {
	if len(line) == 0 || line[0] == ' ' || line[0] == '\t' || lineTextStart(line) > 0 {
		return false
	}
	switch line[0] {
	case '#', '>', '|', '<', '`', '~', '[', '=', '-', '+', '*', '!', '{', '$', ':', '%':
		return false
	}
	return true
}
