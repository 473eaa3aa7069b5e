package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// parenGloss parts t, the text of a list item, into a term and the gloss
// it carries in parentheses at its end: "Norming (adjusting work habits to
// help each other)", "예뻐요(pretty)", "LEFT JOIN (based on the left table, keeps every row
// of A)". The term is a few words that name a thing, the gloss min words
// or more that are no examples ("Drugs (e.g. ACE-i, ARB, NSAIDs)").
func parenGloss(t string, min int) (term, gloss string, ok bool) {
	t = strings.TrimSuffix(strings.TrimSpace(t), ".")
	if !strings.HasSuffix(t, ")") || !strings.Contains(t, "(") {
		return "", "", false // the quick test
	}
	depth, open := 0, -1
	for i := len(t) - 1; i >= 0 && open < 0; i-- {
		switch t[i] {
		case ')':
			depth++
		case '(':
			if depth--; depth == 0 {
				open = i
			}
		}
	}
	if open < 1 || t[open-1] != ' ' && !endsInCJKWord(t[:open]) {
		return "", "", false // "f(x)" calls, "예뻐요(pretty)" glosses
	}
	term, gloss = strings.TrimSpace(t[:open]), strings.TrimSpace(t[open+1:len(t)-1])
	if n := altFields(term); n == 0 || n > 4 || strings.ContainsAny(term, "():;,=→") || !isTerm(term) || opensWithVerb(term) {
		return "", "", false
	}
	if w, _, _ := strings.Cut(term, " "); strings.EqualFold(w, "not") || strings.EqualFold(w, "no") {
		return "", "", false // "NOT initialization vectors (those initialize …)" sets a thing aside
	}
	if countFields(gloss) < min || hasLowerPrefix(gloss, "e.g") || hasLowerPrefix(gloss, "eg ") || opensWithEx(gloss) ||
		hasLowerPrefix(gloss, "see ") && !hasLowerPrefix(gloss, "see you") || strings.EqualFold(term, gloss) {
		return "", "", false
	}
	return term, gloss, true
}

// endsInCJKWord reports whether s ends with a letter of Korean, Chinese or
// Japanese, whose writers often type a gloss against its word: "예뻐요(pretty)"
// beside "넓어요 (wide)".
func endsInCJKWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r >= 0x2E80 && unicode.In(r, unicode.Hangul, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// opensWithEx reports whether gloss opens with an example's "ex" ("ex:
// ACE-i", "ex. maps", "example: …"), not with a word such as "except".
func opensWithEx(gloss string) bool {
	if !hasLowerPrefix(gloss, "ex") {
		return false
	}
	if len(gloss) == 2 || hasLowerPrefix(gloss, "exam") || hasLowerPrefix(gloss, "exem") {
		return true
	}
	c := gloss[2]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80)
}

// glossedItems counts the items of a list whose one line is a term and its
// gloss of three words or more in parentheses (see parenGloss): the items
// that make the list a glossary.
func (p *parsed) glossedItems(items []ast.Node) int {
	n := 0
	for _, it := range items {
		h := itemHead(it)
		if h == nil || h.NextSibling() != nil {
			continue
		}
		if ls := p.lines(h); len(ls) == 1 && bytes.HasSuffix(bytes.TrimRight(p.src[ls[0][0]:ls[0][1]], " \t."), []byte(")")) {
			if _, _, ok := parenGloss(p.plain(h, 0, everything), 3); ok {
				n++
			}
		}
	}
	return n
}

// wordListItems reports whether a list of three items or more is a word
// list, as language notes list vocabulary: three of every four of its
// items or more are a word and its translation, in parentheses, "durch
// (through)", "bis (until / to)", "学校 (がっこう)", or after a dash, "comer –
// to eat", one line each (see wordPair). A gloss of one word glosses there;
// glosses that hold digits ("eggs (2)") count, and glosses of which more than
// one in four repeat ("Read (optional)") tag instead: "feliz (happy)" beside
// "contenta (happy)" is one repeat. Under a lead-in that names a class of
// words, "Verbs:", "Conjunctions:" or "Useful phrases:" (wordClass), two
// items are a list, and more than half of them pairs make it a word list.
func (p *parsed) wordListItems(items []ast.Node, wordClass bool) bool {
	if len(items) < 3 && !(wordClass && len(items) == 2) {
		return false
	}
	tooMany := func(others int) bool { return others*4 > len(items) } // more than one in four is no pair
	if wordClass {
		tooMany = func(others int) bool { return others*2 >= len(items) } // half or more
	}
	seen := make(map[string]bool, len(items))
	pairs, others := 0, 0
	for _, it := range items {
		gloss, ok := p.wordPair(it)
		if !ok {
			if others++; tooMany(others) {
				return false
			}
			continue
		}
		seen[gloss] = true
		pairs++
	}
	return len(seen) >= min(3, len(items)) && len(seen)*4 >= pairs*3
}

// wordClasses name the classes of words a language note lists under a
// lead-in, "Verbs:", "Question Words:", "Useful phrases:".
var wordClasses = map[string]bool{"verbs": true, "nouns": true, "adjectives": true, "adverbs": true,
	"pronouns": true, "prepositions": true, "conjunctions": true, "articles": true, "phrases": true,
	"expressions": true, "idioms": true, "greetings": true, "words": true, "vocabulary": true, "vocab": true}

// wordClassLead reports whether n, the block before a list, is a lead-in
// line that names a class of words, "Verbs:" or "Demonstrative Pronouns".
func (p *parsed) wordClassLead(n ast.Node) bool {
	h, ok := n.(*ast.Paragraph)
	if !ok || len(p.lines(h)) != 1 {
		return false
	}
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p.plain(h, 0, everything)), ":"))
	if k := countFields(t); k == 0 || k > 3 {
		return false
	}
	return lookupLower(wordClasses, t[strings.LastIndexByte(t, ' ')+1:])
}

// wordPair returns the translation of list item it when it is a word and
// its translation (see wordListItems).
func (p *parsed) wordPair(it ast.Node) (string, bool) {
	h := itemHead(it)
	if h == nil || h.NextSibling() != nil || len(p.lines(h)) != 1 {
		return "", false
	}
	t := p.plain(h, 0, everything)
	term, gloss, ok := parenGloss(t, 1)
	if !ok {
		term, gloss, ok = dashPair(t)
	}
	if !ok || altFields(term) > maxWordListTerm(term) || countFields(gloss) > 6 || strings.ContainsAny(gloss, "0123456789") ||
		len(gloss) > 1 && strings.ContainsFunc(gloss, unicode.IsUpper) && !strings.ContainsFunc(gloss, unicode.IsLower) {
		return "", false // "Nicotinamide adenine dinucleotide (NADH)" names its abbreviation
	}
	return gloss, true
}

// dashPair parts t, the text of a list item, at the spaced dash between a
// word and its translation, "comer – to eat", "Hallo - Hello".
func dashPair(t string) (term, gloss string, ok bool) {
	t = strings.TrimSpace(t)
	for _, d := range []string{" – ", " — ", " - "} {
		if term, gloss, ok = strings.Cut(t, d); ok {
			term, gloss = strings.TrimSpace(term), strings.TrimSpace(gloss)
			return term, gloss, term != "" && gloss != "" && isTerm(term) && !strings.ContainsAny(gloss, "–—")
		}
	}
	return "", "", false
}

// altFields returns the words of the longest of the forms term gives
// apart with slashes: two for "tengo ganas / tienes ganas / tiene gana".
func altFields(term string) int {
	n := 0
	for alt := range strings.SplitSeq(term, " / ") {
		n = max(n, countFields(alt))
	}
	return n
}

// maxWordListTerm returns the most words term, an item of a word list, may
// hold, slashes aside: three, "al lado del (next to the)", "tengo / tienes /
// tenemos (have)", or four when it is Korean, Chinese or
// Japanese, whose lists gloss a short phrase beside its words, "우리 집
// 오래 됐어요 (our house is old)" under "넓어요 (wide)".
func maxWordListTerm(term string) int {
	if endsInCJKWord(term) {
		return 4
	}
	return 3
}

// glossItem makes the card of a list item that names a term and glosses
// it in parentheses, in a list of such items: a student lists the stages
// of team development as "Forming (figuring out roles)", "Storming
// (conflict over tasks)", and asks Forming → figuring out roles. Items in
// code, or under a heading of tips or notes, advise or check rather than
// name; items under a drug's or a disease's aspect, "- Indications" over
// "- Congestive heart failure (not in acute!)", are its members, and their
// brackets qualify them. In such a list a gloss of two words glosses too: "Enhance
// (increase probability/impact)" beside "Exploit (ensure opportunity
// realized)", and in a word list (see wordListItems) a gloss of one word:
// min is the fewest words a gloss holds.
func (b *builder) glossItem(it, head ast.Node, sc scope, min int) bool {
	if ls := b.p.lines(head); len(ls) != 1 || strings.Contains(b.p.html(head, 0, everything), "<code>") {
		return false // "Matches `200.23.16.0/20` (first 20 bits …)" checks an address
	}
	if c := sc.context(); len(c) > 0 {
		h := c[len(c)-1]
		if labels[strings.ToLower(h[strings.LastIndexByte(h, ' ')+1:])] {
			return false // "Draw diagrams (heart, nephron)" under "Study Tips" advises
		}
		if isItemParent(labelText(h)) {
			return false // "Congestive heart failure (not in acute!)" under "Indications" qualifies one
		}
	}
	term, gloss, ok := parenGloss(b.p.plain(head, 0, everything), min)
	if !ok {
		return false
	}
	if b.add(escapeText(term), escapeText(gloss), Basic, b.p.lineOf(head), sc) {
		b.cover(it)
	}
	return true
}
