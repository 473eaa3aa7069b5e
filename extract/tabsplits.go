package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// tabTermWords is the most words tabSplit takes for a term.
const tabTermWords = 4

// tabSplit splits line r of paragraph n at its one tab, among definitions
// typed a line each with a dash, where a line's dash became a tab as a
// table pasted from a worksheet leaves it: "VERTEBRATES<TAB>This word
// describes animals that have a backbone." under "VEINS - Blood vessels …".
// The term before the tab is a name of at most four words; the definition
// opens with a capital, or the term is in capitals.
func (p *parsed) tabSplit(n ast.Node, r [2]int) (split, bool) {
	line := p.src[r[0]:r[1]]
	k := bytes.IndexByte(line, '\t')
	if k <= 0 || bytes.IndexByte(line[k+1:], '\t') >= 0 {
		return split{}, false
	}
	term := strings.TrimSpace(p.plain(n, r[0], r[0]+k))
	if !hasWordChar(term) || countFields(term) > tabTermWords || strings.ContainsAny(term, ".?!") {
		return split{}, false
	}
	defLo := r[0] + k + 1
	for defLo < r[1] && p.src[defLo] == ' ' {
		defLo++
	}
	def := p.plain(n, defLo, r[1])
	if !visibleWord(def) {
		return split{}, false
	}
	if d, _ := utf8.DecodeRuneInString(def); !unicode.IsUpper(d) && strings.ToUpper(term) != term {
		return split{}, false // "See the table<TAB>below": a tab inside a sentence
	}
	return split{termLo: r[0], termHi: r[0] + k, defLo: defLo, defHi: r[1], sep: "\t"}, true
}

// tabItem makes the card of a list item whose term and definition a tab
// parts, among items that a dash or a colon parts (see tabSplit).
func (b *builder) tabItem(head ast.Node, sc scope) bool {
	return b.splitItem(head, sc, b.p.tabSplit, func(term string) string { return term })
}
