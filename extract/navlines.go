package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// navWords open each part of a line that walks a course's pages, lower
// case: "Back", "Next", "Previous", "Home", "Index", "Up".
var navWords = []string{"back", "next", "previous", "prev", "home", "index", "up", "contents",
	"table of contents", "main", "top", "return"}

// navArrows point a page's reader back or on: "<- Back", "Next →".
var navArrows = []string{"<-", "->", "←", "→", "«", "»", "⬅", "➡", "⟵", "⟶", "◀", "▶"}

// navLink matches a Markdown link, a wikilink or an emphasis mark of a
// navigation line, which navText reads its text through.
var navLink = lazyRegexp(`\[\[(?:[^\]|]*\|)?([^\]]*)\]\]|\[([^\]]*)\]\([^)]*\)|\*\*|__`)

// isNavLine reports whether n is a paragraph of one line that only walks
// a course's pages: "[<- Back: Imperative vs Declarative](./04.md) |
// [Next: Hands-On ->](./06.md)", "← Previous | Next →", "[Home](index.md)
// | [Next](b.md)" or "<- Back: [[Main Note]] | Next: [[Chapter 2]] ->".
// Every part between the bars opens with a word of navWords, one with
// "Next", "Previous" or "Back", and an arrow or a link says it points
// elsewhere: "Back: the rear of the body" alone teaches, and stays.
func isNavLine(src []byte, n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok || n.Lines().Len() != 1 {
		return false
	}
	s := n.Lines().At(0)
	line := bytes.TrimSpace(src[s.Start:s.Stop])
	if len(line) > 400 || !bytes.Contains(line, []byte("ext")) && !bytes.Contains(line, []byte("rev")) &&
		!bytes.Contains(line, []byte("ack")) && !bytes.Contains(line, []byte("EXT")) {
		return false // the quick test: "Next", "Previous" and "Back" hold these
	}
	if !mayWalk(line) {
		return false
	}
	linked := navLink().Match(line) && bytes.Contains(line, []byte("]"))
	t := navLink().ReplaceAllString(string(line), "$1$2")
	t = navSeparators.Replace(t)
	arrow, walks := false, false
	for _, part := range strings.Split(t, "|") {
		part = strings.TrimSpace(part)
		for _, a := range navArrows {
			if strings.Contains(part, a) {
				arrow = true
				part = strings.ReplaceAll(part, a, "")
			}
		}
		part = strings.ToLower(strings.Trim(part, " *_:"))
		if part == "" {
			continue
		}
		word := ""
		for _, w := range navWords {
			if strings.HasPrefix(part, w) && (len(part) == len(w) || strings.ContainsRune(" :", rune(part[len(w)]))) {
				word = w
				break
			}
		}
		if word == "" || countFields(part) > 12 {
			return false
		}
		walks = walks || word == "next" || word == "previous" || word == "prev" || word == "back"
	}
	return walks && (arrow || linked)
}

// mayWalk is isNavLine's second quick test, before its regexp: a line that
// walks pages holds an arrow or a link's "]", and "next", "prev",
// "previous" or "back", in any case, as a word of its own, as one of its
// parts opens with it. The
// regexp only deletes marks and addresses, so a word it leaves opening a
// part opens one in the line as typed.
func mayWalk(line []byte) bool {
	if bytes.IndexByte(line, ']') < 0 && !hasNavArrow(line) {
		return false
	}
	for i := 0; i+4 <= len(line); i++ {
		if i > 0 && isASCIIAlnum(line[i-1]) {
			continue
		}
		w := [4]byte{line[i] | 0x20, line[i+1] | 0x20, line[i+2] | 0x20, line[i+3] | 0x20} // ASCII letters in lower case
		switch end := i + 4; string(w[:]) {
		case "prev":
			if end+4 <= len(line) && strings.EqualFold(string(line[end:end+4]), "ious") {
				end += 4
			}
			fallthrough
		case "next", "back":
			if end == len(line) || !isASCIIAlnum(line[end]) {
				return true // not "backoff" or "nextjs"
			}
		}
	}
	return false
}

// hasNavArrow reports whether line holds one of navArrows.
func hasNavArrow(line []byte) bool {
	for _, a := range navArrows {
		if bytes.Contains(line, []byte(a)) {
			return true
		}
	}
	return false
}

// navSeparators writes the signs that part the links of a navigation line
// as "|".
var navSeparators = strings.NewReplacer("&emsp;", "|", "&nbsp;", " ", "·", "|", "•", "|", "｜", "|")
