package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// maxKindName bounds the words of the name a statement's heading gives
// after its kind: "Определение. Ранг (мелкость) разбиения." A longer rest
// is a statement of its own, not a name.
const maxKindName = 8

// kindNamedHeading returns the name of a heading that opens with the kind
// of a statement, its number if any, and a period, as Russian and
// Ukrainian lecture notes title every definition and theorem: "Определение.
// Интегральная сумма Римана." names "Интегральная сумма Римана", "Теорема 2.
// Критерий Коши" names "Критерий Коши". The kind asks nothing the next
// definition's kind does not; the name is what a student asks for. A proof's
// title and a rest that reads as a sentence (a comma, a colon, a question)
// name nothing.
func kindNamedHeading(text string) (string, bool) {
	kind, rest, ok := strings.Cut(text, ". ")
	if !ok || len(kind) > 40 {
		return "", false
	}
	if !isStatementTitle(kind) && !lookupLower(kindsAbroad, kind) {
		return "", false
	}
	if w, _, _ := strings.Cut(kind, " "); lookupLower(proofTitles, w) {
		return "", false
	}
	rest = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(rest), "."))
	if rest == "" || !hasWordChar(rest) || countFields(rest) > maxKindName || strings.ContainsAny(rest, ",;:?!。；：？！") || strings.Contains(rest, ". ") {
		return "", false
	}
	return rest, true
}

// cutKindName cuts the kind off a heading's text and its HTML when the
// heading names its statement (see kindNamedHeading). The HTML is cut at
// its own first period when what stands before it reads as the kind.
func cutKindName(text, html string) (string, string) {
	name, ok := kindNamedHeading(text)
	if !ok {
		return text, html
	}
	k := strings.Index(html, ". ")
	if k < 0 || strings.TrimSpace(stripTags(html[:k])) != strings.TrimSpace(text[:strings.Index(text, ". ")]) {
		return text, html
	}
	return name, strings.TrimSpace(strings.TrimRight(strings.TrimSpace(html[k+2:]), "."))
}

// typedBreaks are the line breaks a note types in HTML after an image, as
// editors that export to GitHub write them: "![tree](tree.png) <br>".
var typedBreaks = [][]byte{[]byte("<br>"), []byte("<br/>"), []byte("<br />"), []byte("<BR>")}

// withoutTypedBreaks returns line without the HTML line breaks typed in it
// (see typedBreaks): a break is no text, and a line of images and breaks
// holds only images.
func withoutTypedBreaks(line []byte) []byte {
	if !containsText(line, "<") {
		return line
	}
	for _, br := range typedBreaks {
		line = bytes.ReplaceAll(line, br, nil)
	}
	return line
}

// callsAmongWords reports whether s, the text before a separator that
// isCodeLike took for code for its "()", only names calls among words:
// "getSharedPreferences().edit()에서 잊지말아야 하는 것" (what not to forget
// after edit()), "map() vs forEach()". Each "()" closes a name, and no
// other sign of code (a brace, an operator, a semicolon) stands in s, and
// a word that is no call stands beside the calls. Code, "x = f()", "f(); g()",
// has its other signs.
func callsAmongWords(s string) bool {
	if strings.ContainsAny(s, "{};<>=|\\") || strings.HasPrefix(s, "$") || s[0] == '-' || s[0] == '*' || s[0] == '+' {
		return false
	}
	words := false
	for w := range strings.FieldsSeq(s) {
		rest := w
		for {
			k := strings.Index(rest, "()")
			if k < 0 {
				break
			}
			if k == 0 {
				return false // "()" names nothing
			}
			if r, _ := utf8.DecodeLastRuneInString(rest[:k]); r != '_' && !unicode.IsLetter(r) && !unicode.IsNumber(r) {
				return false
			}
			rest = rest[k+2:]
		}
		if !strings.Contains(w, "()") && hasWordChar(w) {
			words = true
		}
	}
	return words
}

// codeLabelFirst splits a line that opens with a code span holding a term
// and its colon, "`3-manuplating db : ` quering … -- التعامل مع البيانات",
// at the code span, whatever separator the rest of the line holds: the
// colon in the code span comes first, and a dash further on is the
// definition's own. (findSep reads no code.)
func (p *parsed) codeLabelFirst(n ast.Node, v view, lo, hi int) (split, bool) {
	if len(v.text) == 0 || v.text[0] != 0 {
		return split{}, false // the quick test: the line opens with no inline but text
	}
	s, ok := p.codeLead(n, lo, hi)
	if !ok {
		return split{}, false
	}
	term := strings.TrimSpace(p.plain(n, s.termLo, s.termHi))
	return s, strings.HasSuffix(term, ":") || strings.HasSuffix(term, "：")
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

// maxQuotedAnswer bounds the paragraphs under a quoted question that
// answer it.
const maxQuotedAnswer = 3

// examImperatives end the prompt of a Japanese exam question, the classical
// imperative of the verbs that set one: 説明せよ (explain), 述べよ (state),
// 求めよ (find), 答えよ (answer).
var examImperatives = []string{"せよ", "べよ", "めよ", "えよ"}

// asksInQuote reports whether t, the last line of a quote, asks: a
// question of any script the extractor reads, one ended by the full-width
// "？", or a Japanese exam prompt (examImperatives, its stop or not).
func asksInQuote(t string) bool {
	if isQuestion(t) || strings.HasSuffix(t, "？") {
		return true
	}
	t = strings.TrimSuffix(t, "。")
	for _, e := range examImperatives {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}

// quotedQuestion makes the card of a question set in a quote and answered
// by the paragraphs right under it, as self-test sections write them:
// "> LSTMとGRUの違いを簡潔に述べよ。" (state the difference between LSTM and
// GRU) over "LSTMよりGRUのほうが計算量が少ない。", "> Which weight is
// left?" over its answer. The quote's lines before its question set the
// question up and ask with it. A question too short to ask alone ("> Why?"
// between two paragraphs of a lecture) and a quote titled by a bold label
// ("> **QUESTION:**", a task set to the reader, over lecture text) ask
// nothing. It returns the index of the answer's last paragraph, or i when
// nodes[i] is no such quote.
func (b *builder) quotedQuestion(nodes []ast.Node, i int, sc scope) int {
	q := nodes[i]
	para, ok := q.FirstChild().(*ast.Paragraph)
	if !ok || q.ChildCount() != 1 || i+1 >= len(nodes) {
		return i
	}
	if _, ok := nodes[i+1].(*ast.Paragraph); !ok {
		return i
	}
	if _, callout := b.p.calloutTitle(para); callout {
		return i
	}
	ls := b.p.lines(para)
	if len(ls) == 0 {
		return i
	}
	last := ls[len(ls)-1]
	asked := strings.TrimSpace(string(withoutTypedBreaks([]byte(b.p.plain(para, last[0], last[1])))))
	if !asksInQuote(asked) || !selfContained(asked) {
		return i
	}
	if first := strings.TrimSpace(b.p.plain(para, ls[0][0], ls[0][1])); len(ls) > 1 && b.p.boldOnlyLine(para, first) {
		return i // "> **QUESTION:**" over a question sets the reader a task
	}
	var back []string
	j := i
	for j+1 < len(nodes) && j-i < maxQuotedAnswer {
		a, ok := nodes[j+1].(*ast.Paragraph)
		if !ok || j > i && b.opensOwnCard(a) {
			break // "PCB: the kernel's record …" or "What does UDP …?" under the answer is the next card
		}
		back = append(back, b.p.html(a, 0, everything))
		j++
	}
	if b.add(b.p.html(para, 0, everything), strings.Join(back, "<br>"), Basic, b.p.lineOf(para), sc) {
		b.cover(nodes[i : j+1]...)
		return j
	}
	return i
}

// minQuotedQuestion is the fewest words a quoted question asks alone
// with; a question of a script written without spaces counts characters
// (minQuotedQuestionRunes).
const (
	minQuotedQuestion      = 3
	minQuotedQuestionRunes = 6
)

// selfContained reports whether question q can be asked without the text
// around it: three words, or six characters of a script written without
// spaces. "Why?" and "How?" go on the paragraph before them.
func selfContained(q string) bool {
	if countFields(q) >= minQuotedQuestion {
		return true
	}
	return hasSpaceScript(q) && utf8.RuneCountInString(q) >= minQuotedQuestionRunes
}

// boldOnlyLine reports whether line, the plain text of the first line of
// para, is only a label set in bold, "**QUESTION:**": the bold text that
// opens para is all the line holds, and it asks nothing.
func (p *parsed) boldOnlyLine(para ast.Node, line string) bool {
	e, ok := para.FirstChild().(*ast.Emphasis)
	if !ok || e.Level != 2 {
		return false
	}
	label := strings.TrimSpace(p.plain(para, p.startOf(e), p.endOf(e)))
	t := strings.TrimSpace(line)
	return label != "" && strings.Trim(label, "*_") == strings.Trim(t, "*_") && !strings.ContainsAny(t, "?？")
}
