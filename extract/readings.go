package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// readingsTitle heads a section of what to read, watch or look up beside
// the lecture: "Readings", "Readings and References", "Resources".
var readingsTitle = lazyRegexp(`(?i)^((suggested |required |recommended |further |additional )?(readings?|resources)|references|reading list|readings? and (references|resources))\s*:?$`)

// citationMark finds what only a citation holds: a web address, a year in
// brackets or after a comma, "et al.", a page, a chapter, an edition, a
// DOI or an ISBN.
var citationMark = lazyRegexp(`(?i)https?://|www\.|\(\d{4}[a-z]?\)|, (19|20)\d\d\b|\bet al\b|\bpp?\. ?\d|\bch(apter|\.) ?\d|\b\d+(st|nd|rd|th) ed\b|\bdoi\b|\bisbn\b`)

// readingsSection reports whether title, a heading's text, or a heading
// above it names what to read (readingsTitle) and body, the blocks under
// it, only lists it: lists whose every item cites or links a source
// (citationItem), after a line that leads them in ("You may want to read
// some of the following resources:"), or sorted under its headings ("###
// Watch", "### Read"). A "Resources" section that defines Azure's
// resources asks on.
func (b *builder) readingsSection(title string, body []ast.Node) bool {
	if !isReadingsTitle(title) && !slices.ContainsFunc(b.heads, func(h heading) bool { return isReadingsTitle(h.text) }) {
		return false
	}
	if len(body) == 0 {
		return false // its subsections are tested each, under it
	}
	lists := 0
	for i, n := range body {
		switch n := n.(type) {
		case *ast.List:
			for it := n.FirstChild(); it != nil; it = it.NextSibling() {
				if !b.citationItem(it) {
					return false
				}
			}
			lists++
		case *ast.Heading:
		case *ast.Paragraph:
			t := strings.TrimSpace(b.p.plain(n, 0, everything))
			if i+1 >= len(body) || body[i+1].Kind() != ast.KindList || !strings.HasSuffix(t, ":") {
				return false
			}
		default:
			return false
		}
	}
	return lists > 0
}

// citationItem reports whether list item it cites a source: it holds a
// link or a mark of a citation (citationMark), and no list under it.
func (b *builder) citationItem(it ast.Node) bool {
	links := 0
	for c := it.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Kind() == ast.KindList {
			return false
		}
		k, _ := b.countLinks(c, false)
		links += k
		_ = ast.Walk(c, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if entering && (n.Kind() == ast.KindLink || n.Kind() == ast.KindAutoLink) {
				links++
			}
			return ast.WalkContinue, nil
		})
	}
	return links > 0 || citationMark().MatchString(b.p.plain(it, 0, everything))
}

// isReadingsTitle reports whether title, a heading's text, names what to
// read (readingsTitle).
func isReadingsTitle(title string) bool {
	if len(title) > len("recommended readings and references:") {
		return false
	}
	t := strings.TrimSpace(trimMarks(title))
	return mayEndReadings(t) && readingsTitle().MatchString(t)
}

// readingsEnds are the words a title of readingsTitle ends in, before its
// colon.
var readingsEnds = []string{"reading", "readings", "resources", "references", "list"}

// mayEndReadings is the quick test of isReadingsTitle: t, past an ending
// colon and white space, ends in a word of readingsEnds in any case, or in
// a byte beyond ASCII, which the regexp's case folding may take for a
// letter of one ("ſ" for "s").
func mayEndReadings(t string) bool {
	t = strings.TrimRight(strings.TrimSuffix(t, ":"), " \t\n\f\r")
	for i := max(0, len(t)-len("references")); i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			return true
		}
	}
	for _, w := range readingsEnds {
		if len(t) >= len(w) && strings.EqualFold(t[len(t)-len(w):], w) {
			return true
		}
	}
	return false
}
