package extract

import (
	"bytes"
)

// escapedBrackets rewrites the escaped brackets of a note that are text, not
// a formula, as the entities of their characters, line for line: GitBook
// writes every parenthesis "\(ie. `A[k]` …\)" and tables "\[n\]", which
// Anki's MathJax would read as the delimiters of a formula. "\(x^2\)" and
// "\[a + b\]" stay formulas. Code is left as it is. src is returned when it
// holds no such pair.
func escapedBrackets(src []byte) []byte {
	if !containsText(src, `\(`) && !containsText(src, `\[`) {
		return src
	}
	var out []byte // nil until a pair is rewritten
	last := 0
	pandoc := pandocWritten(src)
	textLines(src, func(off int, line []byte) {
		if !bytes.Contains(line, []byte(`\(`)) && !bytes.Contains(line, []byte(`\[`)) {
			return
		}
		for _, r := range textBrackets(line, pandoc) {
			out = append(out, src[last:off+r[0]]...)
			out = append(out, bracketEntity(line[r[0]+1])...)
			out = append(out, line[r[0]+2:r[1]]...)
			out = append(out, bracketEntity(line[r[1]+1])...)
			last = off + r[1] + 2
		}
	})
	if out == nil {
		return src
	}
	return append(out, src[last:]...)
}

// textBrackets returns the escaped pairs of line, "\(" … "\)" and "\[" …
// "\]" outside code spans, that hold text, not a formula: the offsets of the
// backslash of each opener and closer. In a note pandoc wrote (pandoc set),
// every pair is text.
func textBrackets(line []byte, pandoc bool) [][2]int {
	var pairs [][2]int
	for i := 0; i < len(line)-1; i++ {
		switch {
		case line[i] == '`':
			n := 1
			for i+n < len(line) && line[i+n] == '`' {
				n++
			}
			if j := bytes.Index(line[i+n:], line[i:i+n]); j >= 0 {
				i += n + j + n - 1 // past the code span
			} else {
				i += n - 1
			}
		case line[i] != '\\':
		case line[i+1] != '(' && line[i+1] != '[':
			i++ // "\\(" is an escaped backslash, then text
		default:
			closer := []byte(`\)`)
			if line[i+1] == '[' {
				closer = []byte(`\]`)
			}
			j := bytes.Index(line[i+2:], closer)
			if j < 0 {
				return pairs
			}
			if pandoc || !formulaLike(line[i+2:i+2+j], line[i+1]) {
				pairs = append(pairs, [2]int{i, i + 2 + j})
			}
			i += 2 + j + 1
		}
	}
	return pairs
}

// texCommandName matches a LaTeX command, "\frac", as a formula writes it.
var texCommandName = lazyRegexp(`\\[A-Za-z]`)

// formulaLike reports whether the text between an escaped opener ('(' or
// '[') and its closer reads as a formula: a command or a sign of TeX, or a
// short run of symbols, "\(a+b\)". Code in it, or words, are text.
func formulaLike(t []byte, opener byte) bool {
	if bytes.IndexByte(t, '`') >= 0 {
		return false
	}
	if texCommandName().Match(t) {
		return true
	}
	bare := markdownEscape().ReplaceAll(t, nil) // "\^" is a caret, no superscript
	if bytes.ContainsAny(bare, "^_={}") {
		return true
	}
	if opener == '[' {
		return bytes.ContainsAny(bare, "+-*/<>")
	}
	return len(bare) > 0 && len(bare) <= 12 && bytes.IndexByte(bare, ' ') < 0
}

// markdownEscape matches a backslash escape of Markdown punctuation.
var markdownEscape = lazyRegexp(`\\[!-/:-@\[-` + "`" + `{-~]`)

// bracketEntity returns the character reference of an escaped bracket.
func bracketEntity(c byte) []byte {
	switch c {
	case '(':
		return []byte("&#40;")
	case ')':
		return []byte("&#41;")
	case '[':
		return []byte("&#91;")
	}
	return []byte("&#93;")
}
