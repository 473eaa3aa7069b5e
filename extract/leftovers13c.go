package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
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

// itemTags takes off the marks some students put before a bullet's term,
// "* [def]Production is creation of goods", "- [def] supply chain is …": a
// tag of two to four letters in brackets, right after the bullet and before
// a word, says what kind of line follows, and is no part of the term. So
// is a colon with no label before it, "* : docker stop ID --- stops it",
// a prompt before a command. A note with link reference definitions
// ("[def]: https://…") keeps its brackets, which may be links. Lines inside
// code fences stay as they are.
func itemTags(src []byte) []byte {
	if !hasItemMark(src) {
		return src // most notes: spare the walk
	}
	refs := -1 // whether the note defines links, once a tag is found
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		lo, hi := itemTag(line)
		if hi <= 0 {
			return nil, false
		}
		if refs < 0 {
			refs = 0
			if containsText(src, "]: ") && hasLinkDefs(src) {
				refs = 1
			}
		}
		if refs != 0 {
			return nil, false
		}
		t := make([]byte, 0, len(line)-(hi-lo))
		t = append(t, line[:lo]...)
		return append(t, line[hi:]...), true
	})
}

// itemTag returns the span of the mark itemTags takes off line, the
// brackets or the colon and the spaces after them, or hi 0 when line has
// none: a bullet ("*", "-", "+"), a space, then "[", two to four ASCII
// letters, "]" and a letter after optional spaces, or ": " and a letter.
func itemTag(line []byte) (lo, hi int) {
	t := bytes.TrimLeft(line, " \t")
	ind := len(line) - len(t)
	if len(t) < 5 || (t[0] != '*' && t[0] != '-' && t[0] != '+') || t[1] != ' ' {
		return 0, 0
	}
	if t[2] == ':' && t[3] == ' ' {
		k := 4
		for k < len(t) && t[k] == ' ' {
			k++
		}
		if r, _ := utf8.DecodeRune(t[k:]); unicode.IsLetter(r) {
			return ind + 2, ind + k // "* : docker ps"
		}
		return 0, 0
	}
	if len(t) < 6 || t[2] != '[' {
		return 0, 0
	}
	n := 3
	for n < len(t) && n < 8 && ('a' <= t[n]|0x20 && t[n]|0x20 <= 'z') {
		n++
	}
	if n-3 < 2 || n-3 > 4 || n >= len(t) || t[n] != ']' {
		return 0, 0
	}
	k := n + 1
	for k < len(t) && t[k] == ' ' {
		k++
	}
	r, _ := utf8.DecodeRune(t[k:])
	if !unicode.IsLetter(r) {
		return 0, 0 // "- [CL]: …", "- [PDF](…)", "- [ab][ref]": a label or a link
	}
	return ind + 2, ind + k
}

// hasItemMark reports whether src may hold a bullet itemTag reads: a
// bullet and a space before "[" or ":".
func hasItemMark(src []byte) bool {
	for _, m := range []string{"* [", "- [", "+ [", "* : ", "- : ", "+ : "} {
		if bytes.Contains(src, []byte(m)) {
			return true
		}
	}
	return false
}

// hasLinkDefs reports whether a line of src opens with a link reference
// definition's label, "[def]: ".
func hasLinkDefs(src []byte) bool {
	for at := 0; at < len(src); {
		end := bytes.IndexByte(src[at:], '\n')
		if end < 0 {
			end = len(src) - at
		}
		line := bytes.TrimLeft(src[at:at+end], " ")
		if len(line) > 0 && line[0] == '[' {
			if c := bytes.Index(line, []byte("]:")); c > 1 {
				return true
			}
		}
		at += end + 1
	}
	return false
}

// labelOverTitle reports whether a lead-in of two lines is a label over a
// title, "Interactionist theory:" over "Differential association theory",
// and returns the label without its colon: the first line is a few words
// that end in a colon, the second a few words that end in none.
func (p *parsed) labelOverTitle(par ast.Node, ls [][2]int) (string, bool) {
	if len(ls) != 2 {
		return "", false
	}
	label := strings.TrimSpace(p.plain(par, ls[0][0], ls[0][1]))
	title := strings.TrimSpace(p.plain(par, ls[1][0], ls[1][1]))
	bare := strings.TrimRight(label, ":：")
	if len(bare) == len(label) || strings.ContainsAny(bare, ":：") || countFields(bare) > 4 || !hasWordChar(bare) {
		return "", false
	}
	if n := countFields(title); n == 0 || n > 6 || strings.ContainsAny(title, ":：.?!;,") || !hasWordChar(title) {
		return "", false // "Stages:" over "Mitosis has four stages." is a sentence
	}
	return bare, true
}

// quoteAuthor turns a labelled quotation over its author, "- **Quote**:
// "The fight for law is the life of law."" over "  - Rudolf von Ihering",
// into the card a student writes: the quotation asks for its author. Asked
// as the label, every such bullet of a list would ask "Quote". The front is
// a word or two, the back a quotation in double quotes over one bullet of
// at most five words; otherwise front and back are returned as they are.
func quoteAuthor(front, back string) (string, string) {
	q, ok := cutQuoteOpen(back)
	if !ok || countFields(front) > 2 || strings.ContainsAny(front, "<\"“") {
		return front, back
	}
	quote, item, ok := strings.Cut(back, "<br><ul><li>")
	author, rest, _ := strings.Cut(item, "</li></ul>")
	if !ok || rest != "" || strings.Contains(quote, "<ul") || strings.Contains(author, "<") {
		return front, back
	}
	quote = strings.TrimSpace(quote)
	for !strings.HasSuffix(quote, q) && quote != "" && strings.IndexByte(";.,", quote[len(quote)-1]) >= 0 {
		quote = quote[:len(quote)-1] // "“…”;": the list's punctuation, not the quotation's
	}
	if n := countFields(author); n == 0 || n > 5 || !strings.HasSuffix(quote, q) || len(quote) <= 2*len(q) {
		return front, back
	}
	return quote, strings.TrimSpace(author)
}

// cutQuoteOpen reports whether back opens with a double quote, and returns
// the closing quote it needs: "&quot;" as HTML writes '"', or "”".
func cutQuoteOpen(back string) (string, bool) {
	switch {
	case strings.HasPrefix(back, "&quot;"):
		return "&quot;", true
	case strings.HasPrefix(back, "\""):
		return "\"", true
	case strings.HasPrefix(back, "“"):
		return "”", true
	}
	return "", false
}

// gluedCodeSpans parts two code spans a note writes with no space between
// them, "`morpheme“詞素`：…": Markdown reads the two backticks in the middle
// as the text of one span, "morpheme“詞素", and the front shows them. Each
// span is then written on its own, "`morpheme` `詞素`". Only a span of one
// backtick whose text holds one pair of backticks, with a word each side,
// is parted. Lines inside code fences stay as they are.
func gluedCodeSpans(src []byte) []byte {
	if !containsText(src, "``") {
		return src // most notes: spare the walk
	}
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		mid := gluedCodeMid(line)
		if mid <= 0 {
			return nil, false
		}
		t := make([]byte, 0, len(line)+1)
		t = append(t, line[:mid+1]...)
		t = append(t, ' ')
		return append(t, line[mid+1:]...), true
	})
}

// gluedCodeMid returns the offset in line of the first of the two
// backticks that glue two code spans, "`a“b`", or 0 when line opens no
// such spans: backtick runs are paired from the left, as Markdown pairs
// them, and the first span of one backtick that closes over a pair is
// taken.
func gluedCodeMid(line []byte) int {
	open := -1 // the length of the open span's run, or -1 outside spans
	mid := -1  // the pair of backticks inside an open span of one; -2 for other runs
	for i := 0; i < len(line); {
		if line[i] != '`' {
			i++
			continue
		}
		j := i
		for j < len(line) && line[j] == '`' {
			j++
		}
		n := j - i
		switch {
		case open < 0:
			open, mid = n, -1
		case n == open:
			if open == 1 && mid > 0 {
				return mid
			}
			open = -1
		case open == 1 && n == 2 && mid == -1 && i > 0 && j < len(line) && line[i-1] != ' ' && line[j] != ' ' && line[j] != '`':
			mid = i
		case open == 1:
			mid = -2 // another run: not two spans glued
		}
		i = j
	}
	return 0
}
