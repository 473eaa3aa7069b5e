package extract

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// orgTodoSpan matches the TODO keyword ox-hugo writes at the start of a
// heading, "<span class="org-todo todo TODO">TODO</span> ", and orgTagSpan
// the tags it writes at its end, "<span class="tag"><span class="bio">bio</span></span>".
var (
	orgTodoSpan = regexp.MustCompile(`^<span class="org-todo[^"]*">[^<]*</span>\s*`)
	orgTagSpan  = regexp.MustCompile(`\s*<span class="tag">((?:<span class="[^"]*">[^<]*</span>\s*)+)</span>\s*$`)
	orgTagName  = regexp.MustCompile(`<span class="[^"]*">([^<]*)</span>`)
)

// orgHeadings rewrites the headings of a note exported from Org mode (by
// ox-md, or ox-hugo's spans) as the headings they mean: "## TODO Mitosis
// :bio:exam:" is "## Mitosis #bio #exam". The TODO keyword is the state of
// a task, and the tags are tags: neither is the question. Only Org's own
// keywords, TODO and DONE, and a priority cookie "[#A]" are taken off a
// typed heading ("## NEXT steps" may be words); ox-hugo marks any keyword.
// Lines inside code fences stay as they are.
func orgHeadings(src []byte) []byte {
	if !hasOrgHeading(src) {
		return src // most notes: spare the walk through fences
	}
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		if len(line) > 2 && line[0] == '#' {
			return orgHeading(line)
		}
		return nil, false
	})
}

// hasOrgHeading reports whether a line of src that opens with "#" may be
// a heading orgHeading rewrites: it ends in ":", or holds a keyword, a
// priority cookie or ox-hugo's span.
func hasOrgHeading(src []byte) bool {
	for at := 0; at < len(src); {
		end := bytes.IndexByte(src[at:], '\n')
		if end < 0 {
			end = len(src) - at
		}
		if line := src[at : at+end]; len(line) > 2 && line[0] == '#' {
			if t := bytes.TrimRight(line, " \t\r"); t[len(t)-1] == ':' || bytes.Contains(line, []byte("TODO ")) ||
				bytes.Contains(line, []byte("DONE ")) || bytes.Contains(line, []byte(" [#")) || bytes.Contains(line, []byte("org-todo")) ||
				bytes.Contains(line, []byte(`class="tag"`)) || bulletedHeading(line) {
				return true
			}
		}
		at += end + 1
	}
	return false
}

// orgHeading returns the heading line without its Org TODO keyword,
// priority and tags, the tags as hashtags, when it has any of them.
func orgHeading(line []byte) ([]byte, bool) {
	marks := 0
	for marks < len(line) && line[marks] == '#' {
		marks++
	}
	if marks > 6 || marks == len(line) || line[marks] != ' ' {
		return nil, false
	}
	nl := len(line)
	if line[nl-1] == '\n' {
		nl--
	}
	text := bytes.TrimSpace(line[marks:nl])
	if n := len(text); n > 0 && text[n-1] == '}' {
		if i := bytes.LastIndex(text, []byte(" {#")); i > 0 {
			text = bytes.TrimSpace(text[:i]) // ox-hugo's anchor, " {#mitosis}": no text of the card
		}
	}
	changed := false
	if t, ok := cutHeadingBullet(text); ok {
		text, changed = t, true
	}
	if m := orgTodoSpan.FindIndex(text); m != nil {
		text, changed = text[m[1]:], true
	} else if t, ok := cutOrgKeyword(text); ok {
		text, changed = t, true
	}
	if t, ok := cutOrgPriority(text); ok {
		text, changed = t, true
	}
	var tags [][]byte
	if m := orgTagSpan.FindSubmatchIndex(text); m != nil {
		for _, t := range orgTagName.FindAllSubmatch(text[m[2]:m[3]], -1) {
			tags = append(tags, t[1])
		}
		text, changed = text[:m[0]], true
	} else if t, ts, ok := cutOrgTags(text); ok {
		text, tags, changed = t, ts, true
	}
	if !changed || len(text) == 0 {
		return nil, false
	}
	h := append(append(make([]byte, 0, len(line)+8), line[:marks+1]...), text...)
	for _, t := range tags {
		if len(t) > 0 && bytes.IndexFunc(t, func(r rune) bool { return !isTagRune(r) }) < 0 {
			h = append(append(h, " #"...), t...)
		}
	}
	return append(h, line[nl:]...), true
}

// cutOrgKeyword cuts Org's TODO or DONE keyword that starts a heading's
// text, when more text follows it.
func cutOrgKeyword(text []byte) ([]byte, bool) {
	for _, k := range [][]byte{[]byte("TODO "), []byte("DONE ")} {
		if bytes.HasPrefix(text, k) {
			if t := bytes.TrimSpace(text[len(k):]); len(t) > 0 {
				return t, true
			}
		}
	}
	return text, false
}

// cutOrgPriority cuts the priority cookie that starts a heading's text,
// "[#A] Meiosis", and the keyword before it, which the cookie shows is one:
// "NEXT [#A] Meiosis".
func cutOrgPriority(text []byte) ([]byte, bool) {
	kw := 0
	for kw < len(text) && text[kw] >= 'A' && text[kw] <= 'Z' {
		kw++
	}
	if kw > 0 && kw < len(text) && text[kw] == ' ' {
		kw++
	} else {
		kw = 0
	}
	c := text[kw:]
	if len(c) > 5 && c[0] == '[' && c[1] == '#' && c[3] == ']' && c[4] == ' ' && c[2] >= 'A' && c[2] <= 'Z' {
		if t := bytes.TrimSpace(c[5:]); len(t) > 0 {
			return t, true
		}
	}
	return text, false
}

// cutOrgTags cuts the Org tags that end a heading's text, ":bio:exam:"
// after a space, and returns them.
func cutOrgTags(text []byte) ([]byte, [][]byte, bool) {
	n := len(text)
	if n < 4 || text[n-1] != ':' {
		return text, nil, false
	}
	sp := bytes.LastIndexAny(text, " \t")
	if sp < 0 || sp+1 >= n-1 || text[sp+1] != ':' {
		return text, nil, false
	}
	body := text[sp+2 : n-1]
	if len(body) == 0 {
		return text, nil, false
	}
	for _, r := range string(body) {
		if r != ':' && !isTagRune(r) && r != '@' {
			return text, nil, false
		}
	}
	var tags [][]byte
	for _, t := range bytes.Split(body, []byte(":")) {
		if len(t) == 0 {
			return text, nil, false // "::" is no tag list
		}
		tags = append(tags, bytes.TrimPrefix(t, []byte("@")))
	}
	head := bytes.TrimSpace(text[:sp])
	if len(head) == 0 {
		return text, nil, false
	}
	return head, tags, true
}

// isTagRune reports whether r may be in an Org tag that becomes a hashtag.
func isTagRune(r rune) bool {
	return r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && unicode.IsLetter(r)
}

// formulaLegend reports whether par, whose plain text is whole, leads a
// formula's legend over a list: "where:" alone, or a formula that ends in
// the word, "$V = IR$ where", "The density is $\rho = m/V$, with". The
// lead asks nothing: a card "V = IR where" over the key would only repeat
// the symbols' cards and the heading's, so it makes none (legendKeys
// covers a lone "where:" over a key whose every line splits).
func (b *builder) formulaLegend(par ast.Node, whole string) bool {
	t := strings.TrimRight(strings.TrimSpace(whole), ":：, ")
	if len(t) > 200 {
		return false
	}
	if lookupLower(legendLeads, t) {
		return true
	}
	i := strings.LastIndexByte(t, ' ')
	if i < 0 || !lookupLower(legendLeads, t[i+1:]) && !strings.HasSuffix(strings.ToLower(t), " in which") {
		return false
	}
	ls := b.p.lines(par)
	if len(ls) == 0 {
		return false
	}
	raw := b.p.src[ls[0][0]:ls[len(ls)-1][1]]
	return bytes.Contains(raw, []byte("$")) || bytes.Contains(raw, []byte(`\(`))
}

// symbolIsKeys makes the cards of the items of l, a formula's legend, that
// name a symbol with "is": "- $V$ is the voltage" asks $V$ for "the
// voltage", as "- $V$ = voltage" does; so does a symbol typed bare, "- I is
// the current through the resistor".
func (b *builder) symbolIsKeys(l *ast.List, sc scope) {
	p := b.p
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		h := itemHead(it)
		if h == nil || h.NextSibling() != nil {
			continue
		}
		ls := p.lines(h)
		if len(ls) != 1 {
			continue
		}
		lo, hi := ls[0][0], ls[0][1]
		n := formulaLen(p.src[lo:hi])
		if n == 0 {
			n = bareSymbolLen(p.src[lo:hi])
		}
		if n == 0 {
			continue
		}
		rest := p.src[lo+n : hi]
		var k int
		switch {
		case bytes.HasPrefix(rest, []byte(" is ")):
			k = len(" is ")
		case bytes.HasPrefix(rest, []byte(" are ")):
			k = len(" are ")
		default:
			continue
		}
		if !hasWordCharBytes(rest[k:]) {
			continue
		}
		if b.add(p.html(h, lo, lo+n), p.html(h, lo+n+k, hi), Basic, p.line(lo), sc) {
			b.cover(it)
		}
	}
}

// bareSymbolLen returns the length of the symbol typed without "$" that
// starts line, a word of at most three letters, digits or "_" that starts
// with a letter ("I", "v0", "E_k", "ρ"), before a space; or 0.
func bareSymbolLen(line []byte) int {
	sp := bytes.IndexByte(line, ' ')
	if sp <= 0 || utf8.RuneCount(line[:sp]) > 3 {
		return 0
	}
	for i, r := range string(line[:sp]) {
		if i == 0 && !unicode.IsLetter(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			return 0
		}
	}
	return sp
}

// boldSymbolFront returns front, a bold term and its symbol, "<strong>Power</strong>
// (\(P\))", without the bold: the term alone in bold, "**Power**: …", asks
// "Power", and its symbol after it changes nothing of that, nor a short
// gloss in brackets, "(EMF)", or the phrase that qualifies the quantity,
// "(\(P\)) in a circuit". A front with other markup after its bold, or a
// longer text, stays as it is.
func boldSymbolFront(front string) string {
	if !strings.HasPrefix(front, "<strong>") || strings.Count(front, "<strong>") != 1 {
		return front
	}
	end := strings.Index(front, "</strong>")
	if end < 0 {
		return front
	}
	term, rest := front[len("<strong>"):end], front[end+len("</strong>"):]
	if len(rest) > 80 || strings.ContainsAny(term, "<") || strings.Contains(rest, "<") ||
		!strings.HasPrefix(rest, " (") && !strings.HasPrefix(rest, ` \(`) {
		return front // "<strong>Power</strong>s": the bold is a part of a word
	}
	return term + rest
}

// copulaWords are the verbs after a bold term that define it, longest
// first: "The **electrical power** ($P$) in a circuit equals the product
// of …" defines the power as "is" does.
var copulaWords = []string{"is equal to ", "are equal to ", "equals ", "is ", "are ", "means ", "refers to "}

// startsCopula reports whether t opens with one of copulaWords.
func startsCopula(t []byte) bool {
	for _, w := range copulaWords[:5] {
		if bytes.HasPrefix(t, []byte(w)) {
			return true
		}
	}
	return false
}

// qualifierPreps open the short phrase that may qualify a quantity
// between its symbol and its verb: "($P$) in a circuit equals …".
var qualifierPreps = [][]byte{[]byte(" in "), []byte(" of "), []byte(" across "), []byte(" through "), []byte(" on ")}

// qualifierEnd returns the end of the short phrase, a preposition and at
// most three words, that follows the symbol ending at close in t and comes
// right before a verb of copulaWords, or close: the phrase is part of what
// the sentence defines, "the electrical power (P) in a circuit".
func qualifierEnd(t []byte, close int) int {
	rest := t[close:]
	if len(rest) < 4 || rest[0] != ' ' {
		return close
	}
	prep := false
	for _, w := range qualifierPreps {
		if bytes.HasPrefix(rest, w) {
			prep = true
			break
		}
	}
	if !prep {
		return close
	}
	sp := 0
	for i := 1; i < len(rest) && sp < 5; i++ {
		switch c := rest[i]; {
		case c == ' ':
			if startsCopula(rest[i+1:]) {
				return close + i
			}
			sp++
		case c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == '$':
			return close
		}
	}
	return close
}

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

// judgements name the two sides of an evaluation that a table lists in
// parallel columns, a case for and a case against: "| Advantages |
// Disadvantages |", "| Pros | Cons |", "| Strengths | Weaknesses |".
var judgements = map[string]bool{"advantages": true, "disadvantages": true, "pros": true, "cons": true,
	"strengths": true, "weaknesses": true, "benefits": true, "drawbacks": true, "limitations": true,
	"merits": true, "demerits": true, "for": true, "against": true}

// parallelLists reports whether a two-column table's header names two
// lists side by side rather than a key and its value: the two sides of a
// judgement (see judgements), or a word and its negation, "| Likes |
// Dislikes |", "| Do | Don't |". A row pairs nothing there: "Low carbon
// emissions" is no question whose answer is "Radioactive waste", so each
// column is asked as a list (see columnCards).
func parallelLists(head []string) bool {
	a, b := headWord(head[0]), headWord(head[1])
	if a == "" || b == "" || a == b {
		return false
	}
	if judgements[a] && judgements[b] {
		return true
	}
	for _, neg := range []string{"dis", "un", "non-", "non"} {
		if b == neg+a || a == neg+b {
			return true
		}
	}
	return b == a+"n't" || b == a+"nt" || strings.TrimSuffix(b, "s") == a+"n't"
}

// headWord returns a table header's last word, lower-cased, without the
// marks around it: "✅ Advantages:" is "advantages".
func headWord(h string) string {
	f := strings.Fields(strings.ToLower(h))
	if len(f) == 0 || len(f) > 3 {
		return ""
	}
	return strings.TrimFunc(f[len(f)-1], func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' })
}

// judgedTopic returns the nearest heading of sc that names what a table of
// parallel lists judges, "# Nuclear power" over "## Pros and cons": a
// heading that only names the judgement, "Advantages and disadvantages",
// "Pros & cons", names no topic. It returns "" when no heading does.
func judgedTopic(sc scope) string {
	for i := len(sc.heads) - 1; i >= 0; i-- {
		t := sc.heads[i].text
		named := false
		for _, w := range strings.Fields(strings.ToLower(t)) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			if w != "" && w != "and" && w != "or" && w != "the" && w != "of" && !judgements[w] && !lookupLower(genericWords, w) {
				named = true
				break
			}
		}
		if named {
			return t
		}
	}
	return ""
}

// isItemText reports whether n is the text of a list item. A term whose
// value is an Obsidian link alone is a card in a list, "- MRSA:
// [[vancomycin]]"; lines of a paragraph, "Class: [[ASC]]" over "Type:
// Lecture + Lab" under a note's title, are a template's page fields.
func isItemText(n ast.Node) bool {
	_, ok := n.Parent().(*ast.ListItem)
	return ok
}

// linksElsewhere reports whether term, before a value of Obsidian links
// alone, only points elsewhere: a page field ("Type", "Status", "Topics"),
// a way through the vault ("up", "Next", "Parent") or a pointer ("See",
// "See also", "Related lab", "Sources"). Any other term links its answer:
// "MRSA: [[vancomycin]]" asks MRSA for vancomycin.
func linksElsewhere(term string) bool {
	t := strings.ToLower(strings.TrimSpace(term))
	if metaKeys[t] || navKeys[t] || sourcesTitle.MatchString(t) || pointerLabel(t) {
		return true
	}
	w, _, _ := strings.Cut(t, " ")
	return w == "see" || w == "cf." || w == "cf" || w == "related" || metaKeys[w] && countFields(t) <= 2
}

// seeLinkCard reports whether a card asks "See" for a link alone, "- See:
// [link](https://example.com)": the line points to a page, and the card
// teaches nothing. "See" asked for its forms, "saw, seen", stays.
func seeLinkCard(front, back string) bool {
	if !strings.EqualFold(strings.TrimSpace(stripTags(front)), "see") {
		return false
	}
	b := strings.TrimSpace(back)
	return strings.HasPrefix(b, "<a ") && strings.HasSuffix(b, "</a>") && strings.Count(b, "<a ") == 1
}

// conditionHeading reports whether the heading a list sits under ends in
// a word that opens a condition, "## Use a mutex when", "## Call a doctor
// if": the list's items finish its sentence, each a condition, and "- rash:
// spreading fast" names no term. The heading's card asks for the list.
func conditionHeading(sc scope) bool {
	if len(sc.heads) == 0 {
		return false
	}
	t := strings.TrimRight(sc.heads[len(sc.heads)-1].text, " :：….")
	i := strings.LastIndexByte(t, ' ')
	if i < 0 {
		return false
	}
	return lookupLower(conditionEnds, t[i+1:])
}

// conditionEnds are the words that end a heading over conditions
// (conditionHeading).
var conditionEnds = map[string]bool{"if": true, "when": true, "unless": true, "whenever": true}
