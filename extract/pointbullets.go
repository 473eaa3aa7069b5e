package extract

import (
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// minPointWords is the fewest words of a point that pointOverAside reads:
// a shorter phrase in small letters, "no authentication", may as well be a
// topic's name.
const minPointWords = 3

// pointOverAside reports whether head, the first block of a bullet whose
// other blocks are rest and whose text is t, is one of the points that
// answer the heading or bullet above it, over an aside that only says more
// of it: a phrase in small letters that goes on with its subject ("very
// simple file transfer protocol", "requires a DHCP server", "conceal
// information within another piece of information") over a single nested
// item. The card above holds both, and the phrase asks nothing on its own.
// A topic names itself ("Forms of government", "types of memory"), a term
// is marked (`git status`, *automatic processing*), a lead-in or a question
// ends in its sign, and a phrase its item finishes ends on a word that
// needs one ("may become automatic after" over "effortful processing"):
// they still ask.
func pointOverAside(p *parsed, head ast.Node, rest []ast.Node, t string, sc scope) bool {
	if len(sc.heads)+len(sc.parents) == 0 || len(rest) != 1 || !soleItemList(rest[0]) {
		return false
	}
	if _, plain := head.FirstChild().(*ast.Text); !plain || !startsLower(t) {
		return false
	}
	words := strings.Fields(t)
	if len(words) < minPointWords || words[1] == "of" || finishedBelow(words[len(words)-1]) || !proseWords(words) {
		return false
	}
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "?") || isLabel(t) || asksUnmarked(t) || isExamQuestion(t) {
		return false
	}
	return !underLeadIn(head, p)
}

// proseWords reports whether words are all words of prose: letters, with
// digits, hyphens, apostrophes, brackets and commas inside them. A command
// ("docker build .") or a value ("r = 0") is no point of prose.
func proseWords(words []string) bool {
	for _, w := range words {
		letter := false
		for _, r := range w {
			switch {
			case unicode.IsLetter(r):
				letter = true
			case unicode.IsDigit(r) || strings.ContainsRune("-'’(),", r):
			default:
				return false
			}
		}
		if !letter {
			return false
		}
	}
	return true
}

// underLeadIn reports whether the bullet of head is an item of a list that
// a bullet leads in with a colon: "can be achieved:" over "increase in the
// money supply" names the ways, each a topic of its own.
func underLeadIn(head ast.Node, p *parsed) bool {
	it := head.Parent()
	if it == nil || it.Parent() == nil {
		return false
	}
	above, ok := it.Parent().Parent().(*ast.ListItem)
	if !ok {
		return false
	}
	h := itemHead(above)
	if h == nil {
		return false
	}
	t := strings.TrimSpace(p.plain(h, 0, everything))
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}

// soleItemList reports whether n is a list of one item.
func soleItemList(n ast.Node) bool {
	l, ok := n.(*ast.List)
	return ok && l.ChildCount() == 1
}

// finishedBelow reports whether w, a phrase's last word, leaves the phrase
// for the item under it to finish: a preposition, an article, a conjunction
// or a verb that wants its object ("automatic after", "such as", "includes").
func finishedBelow(w string) bool {
	w = strings.ToLower(strings.TrimRight(w, ",;"))
	return objectOpeners[w] || clauseWords[w] || runOnWords[w]
}

// runOnWords are the words past objectOpeners and clauseWords that end a
// phrase only when something follows them.
var runOnWords = map[string]bool{"after": true, "before": true, "of": true, "as": true, "than": true,
	"and": true, "or": true, "like": true, "that": true, "which": true, "include": true, "includes": true,
	"including": true, "be": true}
