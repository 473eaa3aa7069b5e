package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

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
		k, ok := letterScript(r)
		if !ok {
			continue
		}
		if k == len(scripts) || found >= 0 && k != found {
			return -1
		}
		found = k
	}
	return found
}

// letterScript returns the index in scripts of letter r, len(scripts) for
// a letter of none, and false for what is no letter. An ASCII letter is
// Latin without a look in the tables: the quick test.
func letterScript(r rune) (int, bool) {
	if r < utf8.RuneSelf {
		c := r | 0x20
		return 0, c >= 'a' && c <= 'z'
	}
	if !unicode.IsLetter(r) {
		return 0, false
	}
	k := 0
	for k < len(scripts) && !unicode.In(r, scripts[k]...) {
		k++
	}
	return k, true
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
// at the same dash, and both sides be a few words; a dash that joins the
// ends of a range, "WW2 1939 - 45, a global war", pairs nothing.
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
		isLabel(term) || !hasWordChar(def) || isNumberRange(term, def, sep) || !b.pairList(items, sep) {
		return false
	}
	if isSignName(strings.TrimSpace(term)) {
		// "% - move to matching bracket" beside "x - delete char": a key
		// of a cheat sheet, which the item's paragraph asks in code (see
		// keySplit); here its front had no word and was dropped.
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
// – Спокойной ночи". Each item of a list may ask, so the answer is found
// once a list and separator: a list of 2,000 items asking it each took 10 s.
func (b *builder) pairList(items []ast.Node, sep string) bool {
	if len(items) == 0 {
		return false
	}
	k := pairKey{first: items[0], n: len(items), sep: sep}
	if ok, seen := b.paired[k]; seen {
		return ok
	}
	if b.paired == nil {
		b.paired = map[pairKey]bool{}
	}
	ok := b.countPairs(items, sep)
	b.paired[k] = ok
	return ok
}

// A pairKey names a list, by its first item and its number of items, and
// a separator its items may split at, for pairList.
type pairKey struct {
	first ast.Node
	n     int
	sep   string
}

// countPairs does the work of pairList.
func (b *builder) countPairs(items []ast.Node, sep string) bool {
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

// maxEndMarkWords is the most words each side of a phrase and its
// translation parted by a sentence's end (endMarkSplit) may have.
const maxEndMarkWords = 10

// endMark returns the length of the mark that ends a sentence at the start
// of t and whether the mark stays on the question it ends: the question
// marks of Latin, Arabic and Greek ("?", "؟", ";") stay, as a question's
// "?" does; the Devanagari danda ("।", "॥") and the Ethiopic full stop
// ("።") end a statement and go. It returns 0 at any other byte.
func endMark(t []byte) (n int, keep bool) {
	switch {
	case t[0] == '?' || t[0] == ';':
		return 1, true
	case t[0] < utf8.RuneSelf:
		return 0, false
	}
	switch r, size := utf8.DecodeRune(t); r {
	case '؟', '？', '！':
		return size, true
	case '।', '॥', '።', '。':
		return size, false
	}
	return 0, false
}

// isWideMark reports whether the end mark that opens with byte c is one of
// Chinese and Japanese, the full-width "？" and "！" or the ideographic full
// stop "。": these take no space after them, so "你去医院了吗？Have you been
// to the hospital?" and "那可真是个好地方。That is a really good place."
// part there, as "我爸爸呢？ Where is my dad?" does at its space.
func isWideMark(c byte) bool { return c == 0xe3 || c == 0xef }

// firstEndMark returns the index in t of its first endMark, with the
// mark's length and whether the phrase keeps it; n is 0 when t holds none
// before its end or a NUL byte. Only a byte that may open a mark is read
// by endMark: '?', ';' and the lead bytes of '؟' (0xd8), '।' and '॥' (0xe0),
// '።' (0xe1), '。' (0xe3) and '？' and '！' (0xef); a line is read a byte at a
// time, and most of its bytes open no mark.
func firstEndMark(t []byte) (k, n int, keep bool) {
	for ; k < len(t); k++ {
		switch t[k] {
		case 0:
			return k, 0, false
		case '?', ';', 0xd8, 0xe0, 0xe1, 0xe3, 0xef:
			if n, keep = endMark(t[k:]); n > 0 {
				return k, n, keep
			}
		}
	}
	return k, 0, false
}

// endMarkSplit splits a line that sets a phrase, ended as a sentence of its
// script ends, before its translation in another script, with no other
// separator: a Hindi learner's "आज । today" and "क्या हाल है ? How are
// you?", "كيف حالك؟ How are you?", "Τι κάνεις; How are you?", and the
// other way round, "How are you? Как дела?". The phrase asks, its question
// mark kept and a danda left off; the translation answers. Both sides are
// short and each in one script, so a sentence followed by a remark in
// its own language ("Что это? Это кошка.") or mixing words of two
// ("यहाँ न बैठो । मत is blunter than न") stays whole. Greek writes its
// question mark as ";", which in other scripts parts clauses: there ";"
// ends a Greek question only. Code and formulas are no phrase of a
// language.
func (p *parsed) endMarkSplit(v view, lo, hi int) (split, bool) {
	t := v.text
	k, n, keep := firstEndMark(t)
	j := k + n
	wide := n > 0 && isWideMark(t[k])
	if n == 0 || j == len(t) || t[j] != ' ' && !wide {
		return split{}, false // the quick test: a mark, then a space, or a full-width mark
	}
	if opensDashSep(t[j:]) {
		return split{}, false // "커피 좋아해요? = Do you like coffee?": the sign parts them
	}
	if wide {
		if _, _, _, ok := findSep(v); ok {
			return split{}, false // "彼は学生です。 (Kare wa gakusei desu.) - He is a student."
		}
	}
	for j < len(t) && t[j] == ' ' {
		j++
	}
	if j == len(t) || bytes.IndexByte(t[j:], 0) >= 0 {
		return split{}, false
	}
	term, def := string(t[:k]), string(t[j:])
	left, right := scriptOf(term), scriptOf(def)
	if left < 0 || right < 0 || left == right || t[k] == ';' && scripts[left][0] != unicode.Greek {
		return split{}, false
	}
	if nt, nd := countFields(term), countFields(def); nt == 0 || nd == 0 || nt > maxEndMarkWords || nd > maxEndMarkWords {
		return split{}, false
	}
	s := split{termLo: lo, termHi: v.srcOff(k), defLo: v.srcOff(j), defHi: hi, sep: string(t[k : k+n])}
	if keep {
		s.termHi = v.srcOff(k+n-1) + 1
	}
	for s.termHi > lo && p.src[s.termHi-1] == ' ' {
		s.termHi--
	}
	if s.termHi <= lo || s.defLo < s.termHi || s.defLo >= hi {
		return split{}, false
	}
	return s, true
}

// opensDashSep reports whether t, from the space after a phrase's end mark,
// opens with one of dashSeps: "커피 좋아해요? = Do you like coffee?" and
// "누구랑 갔어요? - Who did you go with?" part the phrase from its
// translation with their own sign, which findSep reads and leaves off both
// sides, not with the question mark.
func opensDashSep(t []byte) bool {
	for _, s := range dashSeps {
		if bytes.HasPrefix(t, []byte(s)) {
			return true
		}
	}
	return false
}

// translatesLine reports whether line r of block n sets a phrase before its
// translation across a sentence's end (endMarkSplit): "Как дела? How are
// you?" is a card of its own, not a question that the lines under it
// answer.
func (p *parsed) translatesLine(n ast.Node, r [2]int) bool {
	_, ok := p.endMarkSplit(p.lineView(n, r[0], r[1]), r[0], r[1])
	return ok
}

// questionMark returns the mark that ends s as a question, or "" when s
// ends as no question does: "?", Arabic "؟" ("ما هو بروتوكول TCP؟"),
// Ethiopic "፧", Greek ";" after a sentence that opens in Greek ("Τι είναι
// το TCP;"; elsewhere ";" parts clauses), and Armenian "՞", which sits on
// the word asked about, not at the end ("Ի՞նչ է TCP-ն"), in a line that
// does not end as a statement does.
func questionMark(s string) string {
	switch {
	case strings.HasSuffix(s, "?"):
		return "?"
	case strings.HasSuffix(s, "؟"):
		return "؟"
	case strings.HasSuffix(s, "፧"):
		return "፧"
	case strings.HasSuffix(s, ";"):
		if i := strings.IndexFunc(s, unicode.IsLetter); i >= 0 {
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.Is(unicode.Greek, r) {
				return ";"
			}
		}
	case strings.ContainsRune(s, '՞') && !strings.HasSuffix(s, "։") && !strings.HasSuffix(s, "."):
		return "՞"
	}
	return ""
}

// endsAbroad reports whether line s ends as a sentence or a question of a
// script other than Latin ends: the Arabic and Ethiopic question marks,
// the Devanagari danda, the Armenian and Ethiopic full stops, the CJK full
// stop and full-width marks, or a question that questionMark reads.
func endsAbroad(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("؟।॥։።。！？፧", r) || questionMark(s) != ""
}

// maxKindFront is the longest front, in bytes, that kindFront and
// kindOwners read as a statement's kind alone: a kind's word in bold with
// its colon. The words of kinds in Cyrillic, Greek or Devanagari take two
// or three bytes a letter, "<strong>Определение</strong>:" more than the
// Latin "<strong>Stwierdzenie</strong>:".
var maxKindFront = func() int {
	n := 0
	for _, m := range []map[string]bool{statementTitles, kindsAbroad} {
		for k := range m {
			n = max(n, len(k))
		}
	}
	return len("<strong></strong>:") + n
}()

// Direction marks: they show nothing and only order the neutral signs
// around them among right-to-left words.
var (
	lrmBytes = []byte("\u200e") // left-to-right mark
	rlmBytes = []byte("\u200f") // right-to-left mark
	almBytes = []byte("\u061c") // Arabic letter mark
)

// bidiMarks drops the direction marks that stand beside a space or a
// separator, as Arabic, Persian and Hebrew keyboards and editors set them
// around punctuation: "الخادم:\u200f حاسوب …" and "TCP \u200f– بروتوكول …"
// split at their colon and dash once the mark that parted the sign from
// its space is gone, where they made no card. A mark between two letters
// is left, and so are lines of fenced code; every line stays where it was.
func bidiMarks(src []byte) []byte {
	if !hasBidiMark(src) {
		return src
	}
	return cleanLines(src, dropSeparatorMarks)
}

// hasBidiMark reports whether b holds a direction mark, as three searches
// for lrmBytes, rlmBytes and almBytes would, in one pass over each lead
// byte: the last bytes of the two first marks, searched as the rarest, are
// the second bytes of "ю" and "я" too, and in a Cyrillic note those
// searches gave up and compared at every byte.
func hasBidiMark(b []byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(b[i:], lrmBytes[0])
		if j < 0 || i+j+2 >= len(b) {
			break
		}
		i += j
		if b[i+1] == lrmBytes[1] && (b[i+2] == lrmBytes[2] || b[i+2] == rlmBytes[2]) {
			return true
		}
	}
	for i := 0; ; i++ {
		j := bytes.IndexByte(b[i:], almBytes[0])
		if j < 0 || i+j+1 >= len(b) {
			return false
		}
		i += j
		if b[i+1] == almBytes[1] {
			return true
		}
	}
}

// isBidiMark reports whether r is one of the direction marks bidiMarks drops.
func isBidiMark(r rune) bool {
	return r == '\u200e' || r == '\u200f' || r == '\u061c'
}

// besideMark reports whether r, next to a direction mark, is a space or a
// sign that parts a term from its definition.
func besideMark(r rune) bool {
	return strings.ContainsRune(" \t:-–—=|،؛>", r)
}

// dropSeparatorMarks returns line without the direction marks next to a
// space or a separator (see bidiMarks); ok is false when it has none.
func dropSeparatorMarks(line []byte) ([]byte, bool) {
	var out []byte
	prev := ' '
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRune(line[i:])
		if isBidiMark(r) {
			next, _ := utf8.DecodeRune(line[i+n:])
			for k := i + n; isBidiMark(next) && k < len(line); {
				_, m := utf8.DecodeRune(line[k:])
				k += m
				next, _ = utf8.DecodeRune(line[k:])
			}
			if besideMark(prev) || besideMark(next) {
				if out == nil {
					out = append(make([]byte, 0, len(line)), line[:i]...)
				}
				i += n
				continue
			}
		}
		if out != nil {
			out = append(out, line[i:i+n]...)
		}
		if !isBidiMark(r) {
			prev = r
		}
		i += n
	}
	return out, out != nil
}

// scriptPairList reports whether a list of four items or more pairs each
// phrase with its translation on the item below, in another script, as
// language notes list a lesson's sentences: "- What kind of place is
// this ?" over "- 어떤 곳이에요?". Every item is one line with nothing nested,
// the first of each pair written in one script and the second in another.
func (p *parsed) scriptPairList(items []ast.Node) bool {
	if len(items) < 4 || len(items)%2 == 1 {
		return false
	}
	sides := [2]int{-1, -1}
	for i, it := range items {
		h := itemHead(it)
		if h == nil || len(p.children(it)) != 1 || len(p.lines(h)) != 1 {
			return false
		}
		t := p.plain(h, 0, everything)
		if strings.ContainsAny(t, "`$") || countFields(t) > 15 {
			return false
		}
		k := scriptOf(t)
		if k < 0 || i < 2 && sides[1-i] == k || i >= 2 && sides[i%2] != k {
			return false
		}
		sides[i%2] = k
	}
	return true
}

// translationPair makes the card of a phrase over its translation, two
// items of a list scriptPairList accepts: the first asks for the second.
func (b *builder) translationPair(phrase, translation ast.Node, sc scope) bool {
	line := b.p.lineOf(phrase)
	if b.add(b.p.html(phrase, 0, everything), b.p.html(translation, 0, everything), b.defKind(), line, sc) {
		b.cover(phrase, translation)
	}
	return true
}

// glossedLine reports whether ls, the two lines of list item n, are a
// phrase ended by a hard break over its translation all in emphasis, in
// another script: "이 책이 매우 재미있어요." over "*This book is very
// interesting.*", as language notes gloss their example sentences.
// "Mitochondria make ATP." over "*for the exam*" is one script: a remark.
func (p *parsed) glossedLine(n ast.Node, ls [][2]int) bool {
	line := bytes.TrimRight(p.src[ls[0][0]:ls[0][1]], "\r\n")
	if !bytes.HasSuffix(line, []byte("  ")) && !bytes.HasSuffix(line, []byte(`\`)) {
		return false
	}
	g := bytes.TrimSpace(p.src[ls[1][0]:ls[1][1]])
	if len(g) < 3 || g[0] != '*' && g[0] != '_' || g[len(g)-1] != g[0] || bytes.Count(g, g[:1]) != 2 {
		return false // not one emphasis, or bold
	}
	a := scriptOf(p.plain(n, ls[0][0], ls[0][1]))
	return a >= 0 && scriptOf(p.plain(n, ls[1][0], ls[1][1])) >= 0 && scriptOf(p.plain(n, ls[1][0], ls[1][1])) != a
}

// glossedBy reports whether rest, the blocks nested under a list item
// whose text is t, a sentence, is its translation alone: one item of one
// line with nothing nested, written in another script than t, "Mr Tanaka
// is a teacher." under "田中さんは先生です。". A term over its gloss, "消化管造影"
// over "delle (中心性潰瘍)", ends in no stop: the gloss is a card.
func (p *parsed) glossedBy(t string, rest []ast.Node) bool {
	t = strings.TrimSpace(t)
	if !soleAnswer(rest) || !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "。") && !strings.HasSuffix(t, "!") &&
		!strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "！") && !strings.HasSuffix(t, "？") {
		return false
	}
	h := itemHead(rest[0].FirstChild())
	if h == nil || len(p.lines(h)) != 1 {
		return false
	}
	a := scriptOf(t)
	g := scriptOf(p.plain(h, 0, everything))
	return a >= 0 && g >= 0 && (a != g || englishGloss(t, p.plain(h, 0, everything)))
}

// englishGloss reports whether g, a line in the Latin script, is the
// English translation of t, a sentence of another language in that script:
// t opens as a question abroad or with "¿" or "¡", or defines with a copula
// abroad, and has none of englishMarks, which g has: "Tokio es una ciudad
// grande." over "Tokyo is a big city.", "¿Cómo te llamas?" over "What is
// your name?". "Die Zelle ist eine Einheit." over "Sie hat einen Kern." is
// one language: a point on the definition.
func englishGloss(t, g string) bool {
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, "¿") && !strings.HasPrefix(t, "¡") && !asksAbroad([]byte(t)) {
		if i, _ := findCopulaAbroad([]byte(t)); i < 0 {
			return false
		}
	}
	return hasEnglishMark(g) && !hasEnglishMark(t)
}

// hasEnglishMark reports whether one of the words of s is one of
// englishMarks: "Tokyo is a big city." has "is".
func hasEnglishMark(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if englishMarks[strings.ToLower(strings.Trim(w, ".,;:!?¿¡\"'()"))] {
			return true
		}
	}
	return false
}

// englishMarks are small words of English that the other languages of the
// Latin script a learner translates from do not write: "What is your
// name?", "Tokyo is a big city.". German "was" and "am" and Romance "a"
// and "do" are left out; a Dutch line, with its copula "is", reads as
// English.
var englishMarks = map[string]bool{"is": true, "are": true, "the": true, "what": true, "where": true,
	"who": true, "how": true, "your": true, "you": true, "it": true, "this": true, "does": true,
	"i'm": true, "it's": true, "isn't": true, "aren't": true}
