package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// The rules of this file read shapes of language learners' vocabulary and
// grammar notes that notes of other subjects seldom have.

// maxHeadwordForms is the most forms a headword lists before its gloss: a
// Latin verb's four principal parts, "amo, amare, amavi, amatum".
const maxHeadwordForms = 4

// isHeadwordForms reports whether term, before a dash, is a dictionary's
// headword with its forms, as vocabulary lists write nouns and verbs: "der
// Tisch, -e – table" (the plural ending), "der Tisch, die Tische - table",
// "puella, puellae (f.) - girl", "amo, amare, amavi, amatum - to love".
// isTerm refuses a comma, which parts a clause ("First, we sort - …"); each
// form here is a word or two that ends the headword or spells its stem
// again, so it names one word, not a clause.
func isHeadwordForms(term, sep string) bool {
	if !isDash(sep) || !strings.Contains(term, ", ") {
		return false // the quick test: a dash, and a comma in the term
	}
	parts := strings.Split(outsideBrackets(term), ", ")
	if len(parts) < 2 || len(parts) > maxHeadwordForms {
		return false
	}
	head := parts[0]
	if n := countFields(head); n == 0 || n > 3 || !isTerm(head) {
		return false
	}
	stem := head[strings.LastIndexByte(head, ' ')+1:]
	for _, form := range parts[1:] {
		if n := countFields(form); n == 0 || n > 2 {
			return false
		}
		if !isEnding(form) && !sharesStem(stem, form[strings.LastIndexByte(form, ' ')+1:]) {
			return false
		}
	}
	return true
}

// isEnding reports whether form writes only an ending to put on the
// headword: "-e", "-ae", "¨-er" (an umlaut and an ending), "~s".
func isEnding(form string) bool {
	r, size := utf8.DecodeRuneInString(form)
	switch r {
	case '¨':
		r, _ = utf8.DecodeRuneInString(form[size:])
		return r == '-'
	case '-', '–', '~':
		return len(form) > size
	}
	return false
}

// sharesStem reports whether form spells the stem of the headword word w
// again, as its plural or another case does ("Tische" after "Tisch",
// "puellae" after "puella", "amare" after "amo"): they open with the same
// three letters, two for a headword of four letters or fewer, and differ.
// Two words of a list ("Sodium, potassium") seldom do, and a name written
// twice ("S3, S3 - IA, …") is no form of itself.
func sharesStem(w, form string) bool {
	need := 3
	if utf8.RuneCountInString(w) <= 4 {
		need = 2
	}
	wr, fr := []rune(strings.ToLower(w)), []rune(strings.ToLower(form))
	if len(wr) < need || len(fr) < need || string(wr) == string(fr) {
		return false
	}
	for i := 0; i < need; i++ {
		if wr[i] != fr[i] || !unicode.IsLetter(wr[i]) {
			return false
		}
	}
	return true
}

// glossLabels are the labels that give a word's meaning on the line under
// it, in a learner's notes: "> Quero" over "Translation: I want",
// "**Bom dia**" over "Meaning: Good morning". Asked alone, each is one
// question with as many answers as the note has words.
var glossLabels = map[string]bool{
	"translation": true, "meaning": true, "meanings": true, "english": true, "gloss": true,
	"traducción": true, "traduction": true, "tradução": true, "traduzione": true, "übersetzung": true,
	"bedeutung": true, "significado": true, "significato": true, "signification": true,
	"意味": true, "意思": true, "뜻": true,
}

// glossLead returns the source offset where the gloss of the first line of
// paragraph n starts when the line opens with one of glossLabels and a
// colon: "Translation: I want", "**Meaning:** good morning".
func (p *parsed) glossLead(n ast.Node, lo, hi int) (int, bool) {
	line := p.src[lo:hi]
	k := bytes.IndexByte(line, ':')
	if k < 0 || k > 40 {
		return 0, false // the quick test: a colon near the start of the line
	}
	label := strings.Trim(p.plain(n, lo, lo+k), "*_ ")
	if !glossLabels[strings.ToLower(label)] {
		return 0, false
	}
	defLo := lo + k + 1
	for defLo < hi && (line[defLo-lo] == ' ' || line[defLo-lo] == '*' || line[defLo-lo] == '_') {
		defLo++
	}
	return defLo, defLo < hi
}

// maxEntryWords is the longest word or phrase quotedEntry and boldEntry take as an entry
// of a vocabulary: "Um açordas, por favor".
const maxEntryWords = 8

// quotedEntry makes the card of a word set alone in a quote and glossed by
// the paragraph under it, as a learner's vocabulary writes it: "> Quero",
// then "Translation: I want", then "---" before the next word. The quote
// asks for the gloss and for the paragraphs that follow it up to the next
// break ("Can be said both meeting or parting occasion."). It returns the
// index of the last block taken, or i when nodes[i] is no such quote.
func (b *builder) quotedEntry(nodes []ast.Node, i int, sc scope) int {
	q := nodes[i]
	para, ok := q.FirstChild().(*ast.Paragraph)
	if !ok || q.ChildCount() != 1 || para.Lines().Len() != 1 || i+1 >= len(nodes) {
		return i
	}
	gloss, ok := nodes[i+1].(*ast.Paragraph)
	if !ok {
		return i
	}
	ls := b.p.lines(gloss)
	if len(ls) == 0 {
		return i
	}
	defLo, ok := b.p.glossLead(gloss, ls[0][0], ls[0][1])
	word := strings.TrimSpace(b.p.plain(para, 0, everything))
	if !ok || !hasWordChar(word) || countFields(word) > maxEntryWords || strings.HasSuffix(word, ":") {
		return i
	}
	back := []string{b.p.html(gloss, defLo, everything)}
	j := i + 1
	for j+1 < len(nodes) && j-i <= 3 {
		more, ok := nodes[j+1].(*ast.Paragraph)
		if !ok {
			break
		}
		back = append(back, b.p.html(more, 0, everything))
		j++
	}
	if b.add(b.p.html(para, 0, everything), strings.Join(back, "<br>"), b.defKind(), b.p.lineOf(para), sc) {
		b.cover(nodes[i : j+1]...)
	}
	return j
}

// boldEntry makes the card of a paragraph whose first line is a word in
// bold and whose second glosses it: "**Quero**" over "Translation: I
// want". The word asks for the gloss and the lines after it.
func (b *builder) boldEntry(n ast.Node, sc scope) bool {
	s, ok := n.FirstChild().(*ast.Emphasis)
	if !ok || s.Level != 2 || n.Lines().Len() < 2 {
		return false // the quick test: the paragraph opens with bold, on two lines or more
	}
	ls := b.p.lines(n)
	if len(ls) < 2 {
		return false
	}
	defLo, ok := b.p.glossLead(n, ls[1][0], ls[1][1])
	if !ok {
		return false
	}
	word := strings.TrimSpace(b.p.plain(s, 0, everything))
	if !hasWordChar(word) || countFields(word) > maxEntryWords || word != strings.TrimSpace(b.p.plain(n, ls[0][0], ls[0][1])) {
		return false // "**Note** that …" goes on after the bold
	}
	if b.add(b.p.html(s, 0, everything), b.p.html(n, defLo, everything), b.defKind(), b.p.lineOf(n), sc) {
		b.cover(n)
	}
	return true
}

// pairedTable makes the cards of a vocabulary table that sets two or more
// word|meaning pairs side by side on each row, to fit a page: "| 학생 |
// student | 대학교 | college; university |". Each pair is a card, 학생 →
// student and 대학교 → college; university; read as one row, the second
// word was lost on the first one's answer and never asked.
func (b *builder) pairedTable(t *east.Table, head []string, rows [][]*east.TableCell, sc scope) bool {
	if len(head) < 4 || len(head)%2 != 0 || !b.pairsColumns(head, rows) {
		return false
	}
	p := b.p
	for _, cells := range rows {
		for k := 0; k+1 < len(cells) && k+1 < len(head); k += 2 {
			word, gloss := p.html(cells[k], 0, everything), p.html(cells[k+1], 0, everything)
			if !hasWordChar(stripTags(word)) || !hasWordChar(stripTags(gloss)) {
				continue // a short last row: "| 번호 | number | | |"
			}
			b.add(unwrapStrong(word), gloss, b.defKind(), p.lineOf(cells[k]), sc)
		}
	}
	first, last := p.span(t)
	b.coverLines(first, last)
	return true
}

// pairsColumns reports whether a table's columns go in pairs of a word and
// its meaning: its header names the pair again and again ("| Arabic |
// English | Arabic | English |"), or, empty, sits over columns whose words
// are written in one script on the left of each pair and in another on the
// right ("| 학생 | student | 대학교 | college; university |").
func (b *builder) pairsColumns(head []string, rows [][]*east.TableCell) bool {
	if !emptyHead(head) {
		for k := 2; k < len(head); k++ {
			if !hasWordChar(head[k]) || !strings.EqualFold(strings.TrimSpace(head[k]), strings.TrimSpace(head[k-2])) {
				return false
			}
		}
		return true
	}
	if len(rows) < 2 {
		return false
	}
	script := [2]int{-1, -1} // of the words on the left of a pair, of the meanings on the right
	for _, cells := range rows {
		for k, c := range cells {
			s := b.p.plain(c, 0, everything)
			if !hasWordChar(s) {
				continue
			}
			w := scriptOf(s)
			if w < 0 || script[k%2] >= 0 && script[k%2] != w {
				return false
			}
			script[k%2] = w
		}
	}
	return script[0] >= 0 && script[1] >= 0 && script[0] != script[1]
}

// isExampleOf reports whether list item head, under the item that owns it,
// is an example sentence of the owner's word rather than a fact of its
// own: a sentence to its full stop that would split at a verb ("The bath is ready now, so you can `turn
// off` the tap." under "`turn (something) on/off`") and, after the verb,
// marks in code or bold a word of the owner. Split, it asked "The bath"
// for "ready now, so you can turn off the tap"; the sentence stays on the
// owner's card, after the meaning it shows in use. A term the item opens
// with ("`git stash pop` is the inverse") is marked before the verb.
func (b *builder) isExampleOf(head ast.Node, sc scope) bool {
	if len(sc.parents) == 0 || !hasMarkedSpan(head) {
		return false // the quick test: an owner, and a span in code or bold
	}
	ls := b.p.lines(head)
	if len(ls) == 0 {
		return false
	}
	if last := bytes.TrimRight(b.p.src[ls[len(ls)-1][0]:ls[len(ls)-1][1]], " \t"); !bytes.HasSuffix(last, []byte(".")) && !bytes.HasSuffix(last, []byte("!")) {
		return false // a note's fact, "The mitochondrion is where the cell makes **ATP**", seldom ends as a sentence does
	}
	s, ok := b.p.splitLine(head, ls[0][0], ls[0][1])
	if r, _ := utf8.DecodeRuneInString(s.sep); !ok || !unicode.IsLetter(r) {
		return false // a term and its definition across a colon or a dash
	}
	owner := strings.FieldsFunc(strings.ToLower(sc.parents[len(sc.parents)-1]), notWordRune)
	for c := head.FirstChild(); c != nil; c = c.NextSibling() {
		if isMarkedSpan(c) && b.p.startOf(c) >= s.defLo && sharesWord(owner, b.p.plain(c, 0, everything)) {
			return true
		}
	}
	return false
}

// isMarkedSpan reports whether inline c sets words in code or in bold.
func isMarkedSpan(c ast.Node) bool {
	if e, ok := c.(*ast.Emphasis); ok {
		return e.Level == 2
	}
	return c.Kind() == ast.KindCodeSpan
}

// hasMarkedSpan reports whether block n holds a span in code or in bold
// among its inlines.
func hasMarkedSpan(n ast.Node) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if isMarkedSpan(c) {
			return true
		}
	}
	return false
}

// notWordRune reports whether r parts words: "turn (something) on/off"
// holds turn, something, on and off.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }

// sharesWord reports whether phrase t holds one of words: "turn off" holds
// "turn" of "turn (something) on/off".
func sharesWord(words []string, t string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(t), notWordRune) {
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// tenseRows makes the cards of a conjugation table whose first two columns
// are unnamed and name each row on two levels: a mood written once over
// the tenses it groups, and a tense on each row ("| Modo Indicativo |
// present tense | sou | és | é |" over "| | Pretérito imperfeito | era |
// …"). Each row asks with its mood and tense for its forms, "Modo
// Indicativo: present tense" → "sou, és, é"; asked by mood alone, the
// forms of all its tenses were mixed column by column, and a row under a
// blank mood was lost.
func (b *builder) tenseRows(t *east.Table, head []string, rows [][]*east.TableCell, sc scope) bool {
	if len(head) < 4 || hasWordChar(head[0]) || hasWordChar(head[1]) || emptyHead(head) || !b.namesRowsUnder(rows) {
		return false
	}
	p := b.p
	mood := ""
	for _, cells := range rows {
		if len(cells) < 3 {
			continue
		}
		if m := p.html(cells[0], 0, everything); hasWordChar(stripTags(m)) {
			mood = unwrapStrong(m)
		}
		var forms []string
		for _, c := range cells[2:] {
			if v := p.html(c, 0, everything); hasWordChar(stripTags(v)) {
				forms = append(forms, v)
			}
		}
		front := unwrapStrong(p.html(cells[1], 0, everything))
		switch {
		case !hasWordChar(stripTags(front)):
			front = mood // "| Infinitivo pessoal | | ser | seres | …": the mood has no tenses
		case mood != "":
			front = mood + ": " + front
		}
		line := b.rowLine(cells)
		if front != "" && len(forms) > 0 && b.add(front, strings.Join(forms, ", "), Basic, line, sc) {
			b.coverLines(line, line)
		}
	}
	if first := p.lineOf(t); first > 0 {
		b.coverLines(first, first)
	}
	return true
}

// namesRowsUnder reports whether the first two columns of a table name its
// rows on two levels: the first names a group on its first row and leaves
// the rows under it blank, the second names each row of a group once, or,
// blank, leaves the name to a group of one row ("| Infinitivo pessoal | |
// ser | …").
func (b *builder) namesRowsUnder(rows [][]*east.TableCell) bool {
	var seen map[string]bool // the names of the group's rows
	under := false           // a named row under a blank group cell
	for i, cells := range rows {
		if len(cells) < 3 {
			return false
		}
		group := hasWordChar(b.p.plain(cells[0], 0, everything))
		if i == 0 && !group {
			return false
		}
		if group {
			seen = map[string]bool{}
		}
		t := strings.ToLower(strings.TrimSpace(b.p.plain(cells[1], 0, everything)))
		switch {
		case !hasWordChar(t) && !group, seen[t]:
			return false
		case hasWordChar(t):
			seen[t] = true
			under = under || !group
		}
	}
	return under
}

// maxArticleLetters is the longest word of an article column: "der",
// "das", "los", "τα", "οι".
const maxArticleLetters = 3

// articleColumn reports whether the first column of a vocabulary table
// only gives each row's article or gender, a few short words that come
// round again: "| Article | Greek | Translation |" over "| το | σκόρδο |
// garlic |" and "| ο | καιρός | weather |", "| der | Tisch | table |".
// The word after it names the row; asked, "το" had as many answers as
// the table has neuter nouns.
func (b *builder) articleColumn(rows [][]*east.TableCell) bool {
	seen := map[string]bool{}
	n := 0
	for _, cells := range rows {
		if len(cells) == 0 || !b.hasData(cells) {
			continue
		}
		v := strings.TrimSpace(b.p.plain(cells[0], 0, everything))
		if v == "" || utf8.RuneCountInString(v) > maxArticleLetters || strings.ContainsFunc(v, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
			return false
		}
		seen[strings.ToLower(v)] = true
		n++
	}
	return n >= 3 && len(seen) < n && len(seen) <= 4
}
