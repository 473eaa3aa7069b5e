package extract

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// scripts are the writing systems a translation pair may set side by side.
// Chinese, Japanese and Korean are one entry: a Japanese word mixes kanji
// and kana, and a pair of two of them is rare.
var scripts = [][]*unicode.RangeTable{
	{unicode.Latin},
	{unicode.Cyrillic},
	{unicode.Greek},
	{unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul},
	{unicode.Arabic},
	{unicode.Hebrew},
	{unicode.Devanagari},
	{unicode.Bengali},
	{unicode.Thai},
	{unicode.Armenian},
	{unicode.Georgian},
	{unicode.Tamil},
	{unicode.Ethiopic},
}

// scriptOf returns the index in scripts of the one script the letters of s
// are written in, leaving out what brackets hold: "Спасибо (spa-see-bó)" is
// Cyrillic, "I (я, ya)" Latin. A side that mixes scripts ("the word чай")
// or has no letter has none (-1).
func scriptOf(s string) int {
	found := -1
	for _, r := range outsideBrackets(s) {
		if !unicode.IsLetter(r) {
			continue
		}
		k := 0
		for k < len(scripts) && !unicode.In(r, scripts[k]...) {
			k++
		}
		if k == len(scripts) || found >= 0 && k != found {
			return -1
		}
		found = k
	}
	return found
}

// isScriptPair reports whether split s of block n sets a phrase beside its
// translation in another script across a dash or a colon: "Thank you –
// Спасибо (spa-see-bó)", "I don’t understand – Я не понимаю", "I (я, ya) –
// меня". Such a line is a card although its first side is a sentence or
// opens with a pronoun, which isTerm refuses. A label still is no term:
// "Note: Привет means hello" remarks. Code and formulas are no words of a
// language: "스태틱 변수로 컬렉션 만들고 … : `hasItem()`" describes a call.
func (p *parsed) isScriptPair(n ast.Node, s split, term string) bool {
	switch s.sep {
	case "-", "–", "—", ":", "=":
	default:
		return false
	}
	if bytes.ContainsAny(p.src[s.termLo:s.termHi], "`$") || bytes.ContainsAny(p.src[s.defLo:s.defHi], "`$") {
		return false
	}
	term = strings.TrimSpace(term)
	if term == "" || countFields(term) > 12 || isLabel(term) {
		return false
	}
	left := scriptOf(term)
	if left < 0 {
		return false
	}
	def := p.plain(n, s.defLo, s.defHi)
	if countFields(def) > 15 {
		return false
	}
	right := scriptOf(def)
	return right >= 0 && right != left
}

// pairItem makes the card of a list item that pairs two short phrases
// across a dash among siblings that are such pairs: "my house – mi casa"
// under "Thank you – Спасибо" and "Good night – Спокойной ночи". isTerm
// refuses "my house" as the start of a clause, which alone it may be; in a
// vocabulary list it is the next word. Most of the list's items must split
// at the same dash, and both sides be a few words.
func (b *builder) pairItem(head ast.Node, items []ast.Node, sc scope) bool {
	p := b.p
	ls := p.lines(head)
	if len(ls) != 1 {
		return false
	}
	v := p.lineView(head, ls[0][0], ls[0][1])
	i, j, sep, ok := findSep(v)
	if !ok || (sep != "-" && sep != "–" && sep != "—") {
		return false
	}
	s := split{termLo: ls[0][0], termHi: v.srcOff(i), defLo: p.afterOff(v, j-1), defHi: ls[0][1], sep: sep}
	if s.termHi < 0 || s.defLo < 0 || bytes.ContainsAny(p.src[s.termLo:s.defHi], "`$") {
		return false
	}
	term, def := p.plain(head, s.termLo, s.termHi), p.plain(head, s.defLo, s.defHi)
	if nt, nd := countFields(term), countFields(def); nt == 0 || nd == 0 || nt > maxWordDef || nd > maxWordDef ||
		isLabel(term) || !hasWordChar(def) || !b.pairList(items, sep) {
		return false
	}
	line := p.line(ls[0][0])
	if b.add(p.html(head, s.termLo, s.termHi), p.html(head, s.defLo, s.defHi), b.defKind(), line, sc) {
		b.coverLines(line, line)
	}
	return true
}

// pairList reports whether most items of a list, two at least, split at
// separator sep: a vocabulary list, "Thank you – Спасибо" over "Good night
// – Спокойной ночи".
func (b *builder) pairList(items []ast.Node, sep string) bool {
	n := 0
	for _, it := range items {
		h := itemHead(it)
		if h == nil {
			continue
		}
		if ls := b.p.lines(h); len(ls) > 0 {
			if s, ok := b.p.splitLine(h, ls[0][0], ls[0][1]); ok && s.sep == sep {
				n++
			}
		}
	}
	return n >= 2 && n*2 >= len(items)
}
