package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// dialogue reports whether n, a paragraph or a list, is a dialogue or a
// run of records, each line a short label, a colon and what it says, the
// labels taking turns: "A: Hola, ¿cómo estás?" / "B: Bien, gracias." / "A:
// …", "- Teacher: …" / "- Student: …", "Input: 3" / "Output: 9" / "Input:
// 4". A label there names a speaker or a field, not a term: "A" is asked
// for nothing, and the block is left to its heading's card. Three lines at
// least, two to four labels, never the same twice in a row, each label
// twice on average or else every line a sentence said, ending in ".", "?"
// or "!" ("Daniel: …" / "Lea: …" / "Mama: …" / "Lea: …"): a glossary
// that repeats a term, "Nucleus: holds the DNA" / "Ribosome: …" /
// "Nucleus: controls the cell", keeps its cards. Q and A lines are
// questions and answers.
func (b *builder) dialogue(n ast.Node) bool {
	p := b.p
	var labels [8]string
	count, spoken := 0, true
	add := func(par ast.Node, lo, hi int) bool {
		if count == len(labels) {
			return true // enough lines to judge by
		}
		raw := p.src[lo:hi]
		if k := indexColon(raw); k <= 0 || k > 48 || bytes.Count(raw[:k], []byte(" ")) > 3 {
			return false // the quick test on the source: no short label before a colon
		}
		t := strings.TrimSpace(p.plain(par, lo, hi))
		k := strings.IndexAny(t, ":：")
		if k <= 0 || k > 24 || !hasWordChar(t[k:]) {
			return false
		}
		if _, ok := cutLabel(t, questionMarks); ok {
			return false
		}
		label := strings.TrimSpace(t[:k])
		r, _ := utf8.DecodeRuneInString(label)
		if countFields(label) > 2 || !unicode.IsUpper(r) {
			return false
		}
		label = strings.ToLower(label)
		if count > 0 && labels[count-1] == label {
			return false
		}
		if !strings.ContainsAny(t[len(t)-1:], ".?!") && !strings.HasSuffix(t, "…") {
			spoken = false
		}
		labels[count] = label
		count++
		return true
	}
	switch n := n.(type) {
	case *ast.Paragraph:
		ls := p.lines(n)
		if len(ls) < 3 {
			return false
		}
		for _, r := range ls {
			if !add(n, r[0], r[1]) {
				return false
			}
		}
	case *ast.List:
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			h := itemHead(it)
			if h == nil || h.NextSibling() != nil {
				return false
			}
			ls := p.lines(h)
			if len(ls) != 1 || !add(h, ls[0][0], ls[0][1]) {
				return false
			}
		}
	default:
		return false
	}
	if count < 3 {
		return false
	}
	distinct := 0
	for i := 0; i < count; i++ {
		if !slices.Contains(labels[:i], labels[i]) {
			distinct++
		}
	}
	return distinct >= 2 && distinct <= 4 && distinct < count && (2*distinct <= count || spoken)
}
