package extract

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// equalsHeadings rewrites the section titles a note writes as AsciiDoc
// does, "=== Class Notes" at the start of a line, as the Markdown headings
// they mean, one "#" for each "=": Markdown reads such a line as the text
// of the paragraph or the list item above it, which swallows the title and
// the notes after it. At least two signs, a space, and a letter: a line
// "= 5" goes on a derivation, and MkDocs' content tab `=== "C"` is no
// title. Lines inside code fences stay as they are.
func equalsHeadings(src []byte) []byte {
	if !containsText(src, "== ") {
		return src // most notes: spare the walk
	}
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		n := equalsTitle(line)
		if n == 0 {
			return nil, false
		}
		return append(bytes.Repeat([]byte("#"), n), line[n:]...), true
	})
}

// equalsTitle returns the number of "=" that open line as an AsciiDoc
// section title, "=== Class Notes", or 0 when line is none: two to six
// signs, a space, then a word that starts with a letter and does not close
// in "=" as a highlight "== key ==" would.
func equalsTitle(line []byte) int {
	n := 0
	for n < len(line) && line[n] == '=' {
		n++
	}
	if n < 2 || n > 6 || n+1 >= len(line) || line[n] != ' ' {
		return 0
	}
	rest := bytes.TrimSpace(line[n+1:])
	r, _ := utf8.DecodeRune(rest)
	if !unicode.IsLetter(r) || bytes.HasSuffix(rest, []byte("=")) {
		return 0
	}
	return n
}
