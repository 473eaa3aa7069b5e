package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// cjkNumberingLen measures the numbering that opens b as Chinese, Japanese
// and Korean notes number their items and sections, with the spaces after
// it: "（1）RDB持久化", "1、原子性", "1）first", "① 一致性", "一、进程和线程",
// "(가) 버스형", "1.TCP和UDP的区别？". None of these is a Markdown list
// marker, so the number would otherwise stay on the front; nor is the
// "(1) Interest rate = …" of English notes. It returns 0 when b opens with
// none: "1.5倍" and "(a)b" keep theirs.
func cjkNumberingLen(b []byte) int {
	if len(b) < 2 || b[0] < 0x80 && b[0] != '(' && !isDigit(rune(b[0])) {
		return 0 // every numbering opens with a digit, "(" or a character beyond ASCII
	}
	n := numberingMark(b)
	if n == 0 || n >= len(b) {
		return 0
	}
	for n < len(b) && b[n] == ' ' {
		n++
	}
	if ideographicSpace(b[n:]) {
		n += len("　")
	}
	if r, _ := utf8.DecodeRune(b[n:]); !unicode.IsLetter(r) && r != '`' && r != '*' && r != '_' && r != '<' {
		return 0 // "1、2、3": a run of numbers, not a numbered item
	}
	return n
}

// numberingMark measures the mark itself, before the spaces after it; see
// cjkNumberingLen.
func numberingMark(b []byte) int {
	r, size := utf8.DecodeRune(b)
	switch {
	case circledNumber(r):
		return size // "①", "⑴", "❶"
	case r == '（' || r == '(':
		return bracketedNumber(b, size, r == '(')
	case isDigit(r) || '０' <= r && r <= '９' || cjkNumeral(r):
		i := size
		for i < len(b) && i <= 9 {
			d, k := utf8.DecodeRune(b[i:])
			if !isDigit(d) && !('０' <= d && d <= '９') && !cjkNumeral(d) {
				break
			}
			i += k
		}
		return numberCloser(b, i, isDigit(r))
	case hangulEnumerator(r) && len(b) > size+1 && b[size] == '.' && b[size+1] == ' ':
		return size + 1 // "가. 구석기 시대": Korean letters count items as a, b, c do
	}
	return 0
}

// numberCloser measures a number of i bytes and the mark that closes it in
// b: "、", "）", "．", or, after ASCII digits, a "." or ")" glued to text in
// a script written without spaces ("1.TCP和UDP的区别？", where "1. TCP" is a
// Markdown list). It returns 0 when no mark closes the number.
func numberCloser(b []byte, i int, ascii bool) int {
	if i >= len(b) {
		return 0
	}
	r, size := utf8.DecodeRune(b[i:])
	switch {
	case r == '、' || r == '）' || r == '．':
		return i + size
	case ascii && (r == '.' || r == ')') && i < len(b)-1 && b[i+1] != ' ' && !isDigit(rune(b[i+1])) && b[i+1] != '.':
		if hasSpaceScriptBytes(b[i+1:]) {
			return i + size
		}
	}
	return 0
}

// bracketedNumber measures a number in brackets opened at b[0], size bytes
// long: "（1）", "（一）", "(가)"; with ASCII brackets only before a script
// written without spaces ("(1) 통신의 개념") or before a letter, the number
// in digits: after a space ("(1) RDB", not "(a) RDB") or glued to a
// capitalised word ("(1)RDB", see gluedWord; not "(1)n").
func bracketedNumber(b []byte, size int, ascii bool) int {
	i := size
	for i < len(b) && i <= 10 {
		r, k := utf8.DecodeRune(b[i:])
		if !isDigit(r) && !cjkNumeral(r) && !hangulEnumerator(r) {
			break
		}
		i += k
	}
	if i == size || i >= len(b) {
		return 0
	}
	r, k := utf8.DecodeRune(b[i:])
	if r != '）' && r != ')' {
		return 0
	}
	i += k
	if ascii {
		rest := b[i:]
		spaced := len(rest) > 0 && rest[0] == ' '
		for len(rest) > 0 && rest[0] == ' ' {
			rest = rest[1:]
		}
		first, _ := utf8.DecodeRune(rest)
		if !unicode.In(first, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) && (!isDigit(rune(b[size])) || !unicode.IsLetter(first) || !spaced && !gluedWord(rest)) {
			return 0 // "(1) Interest rate = …" numbers an item as "1." does; "(a)b" is no number
		}
	}
	return i
}

// gluedWord reports whether rest, the text glued to a number in ASCII
// brackets, opens with a capitalised word of two letters or more, as a
// student who types no space after the number writes a term: "(1)MBR:
// Master Boot Record" over "(2)GPT: GUID Partition Table". A letter alone,
// "(1)n = 0" or "(2)H", is a formula's.
func gluedWord(rest []byte) bool {
	first, k := utf8.DecodeRune(rest)
	second, _ := utf8.DecodeRune(rest[k:])
	return unicode.IsUpper(first) && unicode.IsLetter(second)
}

// circledNumber reports whether r is a number in a circle or in brackets
// as one character: "①"…"⑳", "⑴"…"⒇", "❶"…"❿".
func circledNumber(r rune) bool {
	return '①' <= r && r <= '⒇' || '❶' <= r && r <= '❿'
}

// cjkNumeral reports whether r is a Chinese numeral that numbers a
// section: "一、", "十二、".
func cjkNumeral(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '〇', '零':
		return true
	}
	return false
}

// hangulEnumerator reports whether r is one of the syllables Korean notes
// count items with, in order: "가", "나", "다", …
func hangulEnumerator(r rune) bool {
	switch r {
	case '가', '나', '다', '라', '마', '바', '사', '아', '자', '차', '카', '타', '파', '하':
		return true
	}
	return false
}

// hasSpaceScriptBytes reports whether b holds a character of a script
// written without spaces (see hasSpaceScript), read without a copy.
func hasSpaceScriptBytes(b []byte) bool {
	for len(b) > 0 {
		if b[0] < 0x80 {
			b = b[1:]
			continue
		}
		r, n := utf8.DecodeRune(b)
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
		b = b[n:]
	}
	return false
}

// cutCJKNumbering returns s without the numbering that opens it, see
// cjkNumberingLen, and whether there was one.
func cutCJKNumbering(s string) (string, bool) {
	n := cjkNumberingLen([]byte(s))
	if n == 0 {
		return s, false
	}
	return s[n:], true
}

// cutFrontNumbering returns the front HTML h of a bold line or a lead-in
// without its numbering, inside the bold that may wrap the whole line, as a
// heading's is cut (see stripNumbering): "<strong>1.TCP和UDP的区别？</strong>"
// asks what the difference is, "1. Focus on Value" for Focus on Value.
func cutFrontNumbering(h string) string {
	open := ""
	if strings.HasPrefix(h, "<strong>") {
		open = "<strong>"
	}
	if t, ok := cutCJKNumbering(h[len(open):]); ok && hasWordChar(stripTags(t)) {
		return open + t
	}
	if t := stripNumbering(h[len(open):]); len(t) < len(h)-len(open) && hasWordChar(stripTags(t)) {
		return open + t
	}
	return h
}

// labelsCJK are the words Chinese, Japanese and Korean notes put before a
// colon to say what follows, as "Example:" and "Note:" do: "例如：ZooKeeper，
// etcd。" is an example of the card above it, not a card asking "例如".
// The question and answer labels are here too, so that one left unpaired
// ("问：什么是僵尸进程？" with no "答：") asks nothing, as "Q:" does. A
// mnemonic, "助記: C跳斷" under the list it helps to remember, belongs to
// that list's card too, and so does a definition's label ("定義 : 機器去學習…"
// under "### Supervised learning"), as "Definition:" does in English.
var labelsCJK = map[string]bool{
	"例如": true, "比如": true, "例": true, "例子": true, "举例": true, "舉例": true, "例えば": true,
	"예": true, "예시": true, "예를 들어": true, "注": true, "注意": true, "备注": true, "備註": true,
	"提示": true, "参考": true, "參考": true, "참고": true, "주의": true, "说明": true, "說明": true,
	"解析": true, "问": true, "問": true, "答": true, "回答": true, "解答": true, "答案": true,
	"答え": true, "질문": true, "답": true, "답변": true, "提问": true, "助记": true, "助記": true,
	"口诀": true, "口訣": true, "定义": true, "定義": true, "정의": true,
}

// remarkCJK reports whether term is a label of labelsCJK that is no
// question or answer label: an example, a note, a hint or a mnemonic
// ("注意", "例如", "助記"), which remarks on its siblings as "Note:" does
// and names no part among them.
func remarkCJK(term string) bool {
	return labelsCJK[term] && qaLabelsCJK[term] == ""
}

// qaLabelsCJK say "Q" and "A" in Chinese, Japanese and Korean: "**问：**"
// over a question, "**答：**" over its answer; "질문:", "답변:".
var qaLabelsCJK = map[string]string{
	"问": "q", "問": "q", "提问": "q", "질문": "q",
	"答": "a", "回答": "a", "解答": "a", "答案": "a", "答え": "a", "답": "a", "답변": "a",
}

// cjkQAHead reports whether head, the start of a line, may open with one of
// qaLabelsCJK: a cheap test on its first character, before the line is split
// at its colon.
func cjkQAHead(head []byte) bool {
	if len(head) < 3 || head[0] < 0xE0 {
		return false
	}
	r, _ := utf8.DecodeRune(head)
	switch r {
	case '问', '問', '提', '질', '答', '回', '解', '답':
		return true
	}
	return false
}

// cjkQAKind returns "q" or "a" when label, a line's lowered text before its
// colon, is a question or answer label of qaLabelsCJK, numbered or not
// ("问1", "答 1"); else "".
func cjkQAKind(label string) string {
	return qaLabelsCJK[strings.TrimRight(label, " 0123456789")]
}

// cjkCopulas join a bold term to its definition in Chinese, Japanese and
// Korean, as " is " does in "**Osmosis** is …" and "." in "**Osmosis**. …":
// "**进程**是资源分配的基本单位", "**プロセス**とは、実行中の…", "**스레드**란
// 프로세스 내 …", "**running**。位于栈顶". Longer ones come first; a Korean
// particle needs the space after it ("**X**는데" goes on with a verb).
var cjkCopulas = []string{
	"是指", "指的是", "就是", "即是", "是", "指", "即", "。",
	"というのは、", "というのは", "とは、", "とは", "は、", "は",
	"이란 ", "란 ", "는 ", "은 ",
}

// cjkCopulaLen measures the copula of cjkCopulas that opens b, with the
// spaces after it, or returns 0: a definition after a bold term then reads
// as one after "**Osmosis** is". The first byte of b tests cheaply that it
// opens with a character beyond ASCII.
func cjkCopulaLen(b []byte) int {
	if len(b) > 0 && b[0] == ' ' {
		return spacedParticleLen(b)
	}
	if len(b) < 3 || b[0] < 0xE0 {
		return 0
	}
	if n := particleMarkLen(b); n > 0 {
		return n // "**기아 상태**란, 자원을 …"
	}
	for _, c := range cjkCopulas {
		if len(b) > len(c) && string(b[:len(c)]) == c {
			n := len(c)
			for n < len(b) && b[n] == ' ' {
				n++
			}
			return n
		}
	}
	return 0
}

// koreanDefParticles are the particles of cjkCopulas that a student types
// apart from a bold Korean term, or closes with a comma or a question
// mark: "**교착 상태** 란, 프로세스들이 …", "**안정 순서** 란? 프로세스 …".
var koreanDefParticles = []string{"이란", "란"}

// particleMarkLen measures a particle of koreanDefParticles that opens b
// and is closed by a comma or a question mark, with the spaces after it,
// or returns 0.
func particleMarkLen(b []byte) int {
	for _, c := range koreanDefParticles {
		if len(b) > len(c) && string(b[:len(c)]) == c && (b[len(c)] == ',' || b[len(c)] == '?') {
			n := len(c) + 1
			for n < len(b) && b[n] == ' ' {
				n++
			}
			return n
		}
	}
	return 0
}

// spacedParticleLen is cjkCopulaLen for b, the text after a bold term, when
// it opens with spaces: a Korean particle typed apart from its term counts
// when a comma or a question mark closes it, "**시스템 모델** 이란, …"; a
// word after a space, "**미국** 이란 전쟁", is the sentence going on.
func spacedParticleLen(b []byte) int {
	sp := 0
	for sp < len(b) && b[sp] == ' ' {
		sp++
	}
	if n := particleMarkLen(b[sp:]); n > 0 {
		return sp + n
	}
	return 0
}

// cjkClause reports whether term, the text before a line's separator, is
// a clause of a Chinese or Japanese sentence rather than a term: its
// full-width comma, stop or semicolon parts a sentence as ", " and ". " do
// in English, which isTerm refuses ("P是必选的，因此只有2种分布式系统：CP、AP"
// is no term). A whole sentence is left to the rules of translations, and
// a short list of terms is a term, as "select, pros" is:
// "多进程，优点：地址空间隔离…", "GET，场景：…".
func cjkClause(term string) bool {
	if !strings.Contains(term, "，") && !strings.Contains(term, "。") && !strings.Contains(term, "；") {
		return false
	}
	outer := strings.TrimSpace(outsideBrackets(term))
	if strings.HasSuffix(outer, "。") || strings.HasSuffix(outer, "！") || strings.HasSuffix(outer, "？") {
		return false // a whole sentence, as a translation pairs it: "我是学生。(Wǒ shì xuéshēng.) - I am a student."
	}
	if strings.Contains(outer, "。") || strings.Contains(outer, "；") {
		return true
	}
	parts := strings.Split(outer, "，")
	if len(parts) > 4 {
		return true
	}
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if part == "" || !isTerm(part) || hasSpaceScript(part) && utf8.RuneCountInString(part) > maxListedTerm || countFields(part) > 2 {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(part); strings.ContainsRune(clauseOpeners, r) {
			return true // "镜像，是软件包，包含：…": "是" goes on a sentence
		}
	}
	return false
}

// clauseOpeners are the characters that open the next part of a Chinese
// sentence after its comma, never a term: the copula "是", "即", "也",
// "而", "但", "且", "则", "把".
const clauseOpeners = "是即也而但且则把"

// maxListedTerm is the most characters a term written without spaces has
// in a list of terms before a separator: "多进程，优点" lists two,
// "SSE基于HTTP长连接，…" is a clause.
const maxListedTerm = 6

// hanKinds are the words after which a Chinese definition names its kind,
// "是一種" ("is a kind of") in traditional and simplified characters: "是"
// with them defines the subject, where "中斷是由外部事件引發的" ("is caused
// by") states a fact about it. "是指" ("means") defines too.
var hanKinds = []string{"是一種", "是一种", "是一個", "是一个", "是一類", "是一类", "是指"}

// hanIsA splits a bullet that defines a term in Chinese without bold:
// "- 操作系統是一種複雜的系統軟件，…" asks 操作系統 for "一種複雜的系統軟件，…",
// as "**操作系統**是…" does. The term is two to eight Han characters that
// open the bullet, right before a word of hanKinds.
func (p *parsed) hanIsA(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	if len(t) < 9 || t[0] < 0xE0 {
		return split{}, false // the quick test: no Han character first
	}
	k, runes := 0, 0
	for k < len(t) && runes <= 8 {
		if bytes.HasPrefix(t[k:], []byte("是")) {
			break
		}
		r, size := utf8.DecodeRune(t[k:])
		if !unicode.Is(unicode.Han, r) {
			return split{}, false
		}
		k += size
		runes++
	}
	if runes < 2 || runes > 8 {
		return split{}, false
	}
	kind := ""
	for _, w := range hanKinds {
		if bytes.HasPrefix(t[k:], []byte(w)) {
			kind = w
			break
		}
	}
	if kind == "" || len(bytes.TrimSpace(t[k+len(kind):])) == 0 {
		return split{}, false
	}
	if _, ok := n.Parent().(*ast.ListItem); !ok || n.Parent().FirstChild() != n {
		return split{}, false
	}
	defAt := k + len("是")
	if kind == "是指" {
		defAt = k + len(kind)
	}
	termHi, defLo := v.srcOff(k), v.srcOff(defAt)
	if termHi < 0 || defLo < 0 || termHi <= lo {
		return split{}, false
	}
	return split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: "是"}, true
}

// topicMarker is the Japanese particle that sets up what a sentence
// defines, as " is " does after an English term: "排他制御とは、…仕組みの
// こと".
const topicMarker = "とは"

// maxTopicTerm bounds the bytes of a term before topicMarker: twenty
// characters of Japanese, a long katakana compound included.
const maxTopicTerm = 60

// topicSeps are what follows topicMarker when it opens a definition: a
// comma of either width or a space. "とはいえ" (even so), "とは限らない" (not
// always) and "とは何か" (what is …?) go on the sentence instead.
var topicSeps = []string{"、", "，", ", ", " ", "　"}

// topicSplit splits a Japanese definition written without bold, the way
// study notes and glossaries define: "排他制御とは、誰か1人がアクセスして
// いる時他の人は書き込めないようにする仕組みのこと" asks 排他制御. The term
// before the particle is short and no clause (no comma, no stop); the
// particle is followed by a comma or a space.
func (p *parsed) topicSplit(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	k := bytes.Index(t, []byte(topicMarker))
	if k <= 0 || k > maxTopicTerm || bytes.IndexByte(t[:k], 0) >= 0 {
		return split{}, false
	}
	after := t[k+len(topicMarker):]
	sep := 0
	for _, s := range topicSeps {
		if bytes.HasPrefix(after, []byte(s)) {
			sep = len(s)
			break
		}
	}
	if sep == 0 {
		return split{}, false
	}
	term := string(t[:k])
	if strings.ContainsAny(term, "、。，,：:") || countFields(term) > 3 {
		return split{}, false
	}
	termHi, defLo := v.srcOff(k), v.srcOff(k+len(topicMarker)+sep)
	if termHi <= lo || defLo < 0 || defLo >= hi {
		return split{}, false
	}
	s := split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: topicMarker}
	def := p.plain(n, defLo, hi)
	return s, isTerm(term) && !topicContrast(term, def) && validDef(s, term, def)
}

// koreanTopic is the Korean particle that sets up what a sentence
// defines, glued to the term: "프로세스란 실행 중인 프로그램" (a process is a
// program being run). After a syllable that ends in a consonant it is
// written 이란: "알고리즘이란 …"; a word of two syllables keeps its 이, for
// it is more likely the word's own ("길이란", the length).
const koreanTopic = "란"

// maxKoreanTerm bounds the words of a term before koreanTopic: "운영 체제란"
// names, a clause runs longer.
const maxKoreanTerm = 3

// koreanTopicSplit splits a Korean definition written without bold, "스레드란
// 프로세스 내에서 실행되는 흐름의 단위", as topicSplit splits "排他制御とは、…":
// the words before the particle ask for the ones after it. The particle
// must end a word of two syllables or more (노란, 파란 are colours, 혼란 a
// noun) and be followed by a definition of two words or more; a question,
// "메소드란 무엇인가?", defines nothing.
func (p *parsed) koreanTopicSplit(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	sp := 0
	for words := 1; words <= maxKoreanTerm; words++ {
		i := bytes.IndexByte(t[sp:], ' ')
		if i < 0 {
			return split{}, false
		}
		sp += i
		if bytes.HasSuffix(t[:sp], []byte(koreanTopic)) {
			break
		}
		if words == maxKoreanTerm {
			return split{}, false
		}
		sp++
	}
	stem := t[:sp-len(koreanTopic)]
	if last, size := utf8.DecodeLastRune(stem); last == '이' && utf8.RuneCount(stem) > 2 {
		if r, _ := utf8.DecodeLastRune(stem[:len(stem)-size]); r >= 0xAC00 && r <= 0xD7A3 && (r-0xAC00)%28 != 0 {
			stem = stem[:len(stem)-size] // "알고리즘이란": 이 follows a final consonant
		}
	}
	word := stem[bytes.LastIndexByte(stem, ' ')+1:]
	if utf8.RuneCount(word) < 2 || bytes.IndexByte(stem, 0) >= 0 ||
		bytes.HasSuffix(bytes.TrimRight(t, " \t\n"), []byte("?")) {
		return split{}, false
	}
	def := bytes.TrimLeft(t[sp:], " ")
	if bytes.HasPrefix(def, []byte("무엇")) {
		return split{}, false // "프로세스란 무엇인가" asks
	}
	termHi, defLo := p.afterOff(v, len(stem)-1), v.srcOff(len(t)-len(def))
	if termHi <= lo || defLo < 0 || defLo >= hi {
		return split{}, false
	}
	s := split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: koreanTopic}
	term, d := p.plain(n, lo, termHi), p.plain(n, defLo, hi)
	return s, countFields(d) >= 2 && isTerm(term) && validDef(s, term, d)
}

// topicPronouns are the demonstratives that stand before とは in a
// comparison, "これとは、別の方法で" (in a way other than this): they point
// back, and name no term.
var topicPronouns = []string{"これ", "それ", "あれ", "ここ", "そこ"}

// contrastOpeners open what follows "Xとは、" when it compares with X rather
// than defines it: 異なる (differs), 違う (is other), 別の (another), 逆に
// (conversely), 反対 (the opposite).
var contrastOpeners = []string{"異な", "違", "別の", "逆に", "反対"}

// topicContrast reports whether term, before とは, and def, after its comma,
// compare rather than define: "実際とは、異なる結果になる" (turns out different
// from the real one), "これとは、別の方法で学習を行う".
func topicContrast(term, def string) bool {
	def = strings.TrimSpace(def)
	for _, w := range contrastOpeners {
		if strings.HasPrefix(def, w) {
			return true
		}
	}
	return slices.Contains(topicPronouns, strings.TrimSpace(term))
}

// codeGlossParticle reads how b, the text after a code span and the space
// that Chinese, Japanese and Korean notes type around code, ties the code
// into its sentence. A copula joins the code to its definition, and its
// length is returned with the spaces after it: "`Deployment` 是管理无状态
// 应用的控制器", "`kubectl` は、クラスタを操作するコマンド", "`git stash` 는
// 변경을 임시로 저장한다" define Deployment, kubectl and git stash. A particle
// that joins the code to another word, or makes it the object of a verb,
// makes no gloss, and ok is false: "`fork()` 与 `exec()` 常常一起使用"
// names two calls, "`Layout` には `Step` も定義できます" says what Layout
// holds, "`map()` 과 `forEach()` 의 차이는 …" compares, as "`a` and `b`"
// does in English. Other text, "`ls` 列出目录中的文件", glosses as it is.
func codeGlossParticle(b []byte) (n int, ok bool) {
	if len(b) < 3 || b[0] < 0xE0 {
		return 0, true
	}
	if bytes.HasPrefix(b, []byte("是否")) {
		return 0, false // "`x` 是否为空" asks whether x is empty
	}
	if n := cjkCopulaLen(b); n > 0 {
		return n, true
	}
	r, size := utf8.DecodeRune(b)
	switch {
	case unicode.Is(unicode.Hiragana, r):
		return 0, false // "の", "と", "には", "を": a Japanese gloss opens with a word, not a particle
	case unicode.Is(unicode.Hangul, r):
		w, _, _ := bytes.Cut(b, []byte(" "))
		return 0, !koreanCodeParticles[string(w)]
	case r == '的':
		return 0, false // "`x` 的作用是…" is about a part of x
	case strings.ContainsRune("和与與及或跟", r):
		next, _ := utf8.DecodeRune(b[size:])
		return 0, unicode.Is(unicode.Han, next) // "和 `y`" joins two; "跟踪变化" is a verb
	}
	return 0, true
}

// koreanCodeParticles are the Korean particles a student types apart from
// a code span that tie it into a sentence other than as its subject
// defined: "`map()` 과 `forEach()`", "`dict` 의 키", "`git add` 를 먼저
// 실행한다", "`ls` 에서 …".
var koreanCodeParticles = map[string]bool{
	"과": true, "와": true, "및": true, "의": true, "을": true, "를": true, "이": true, "가": true,
	"에": true, "에서": true, "에게": true, "로": true, "으로": true, "도": true, "만": true,
	"이나": true, "나": true, "보다": true, "처럼": true, "하고": true, "라는": true, "이라는": true,
}
