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
