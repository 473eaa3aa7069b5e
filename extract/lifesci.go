package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// isArrowSep reports whether sep, a separator findSep returned, is an
// arrow.
func isArrowSep(sep string) bool {
	switch sep {
	case "→", "->", "-->", "=>", "==>", "⇒", "⟶", "⟹":
		return true
	}
	return false
}

// isDirectionArrow reports whether term, split from the rest of its line
// at an arrow sep, is where a movement starts rather than a thing named:
// biology notes draw a gradient as "High -> low concentration of water"
// and "From low concentration -> high concentration" under "Osmosis" and
// "Active Transport", where neither "High" nor "From low concentration"
// is a term to learn. The term opens with "from", or is one word of
// degree or place alone. Inside a sentence the arrow draws the same
// movement: "Water moves from X -> Y" and "Solutes move High -> low
// concentration" name no term "Water moves from X" or "Solutes move
// High": the term holds "from", or ends in a word of degree after others.
func isDirectionArrow(term, sep string) bool {
	if !isArrowSep(sep) {
		return false
	}
	term = strings.TrimSpace(term)
	first, rest, _ := strings.Cut(term, " ")
	if strings.EqualFold(first, "from") || hasLowerPrefix(rest, "from ") || strings.Contains(rest, " from ") {
		return true
	}
	if rest == "" {
		return lookupLower(directionWords, first)
	}
	last := term[strings.LastIndexByte(term, ' ')+1:]
	return lookupLower(degreeWords, last)
}

// flowArrows are the arrows a pathway drawn down the page sets between its
// molecules, one a line.
var flowArrows = []string{"↓", "⇓", "↑", "⇑"}

// isFlowRemark reports whether term, split from the rest of its line at a
// separator, is a remark set beside a pathway's arrow: a vertical arrow,
// then a parenthesis of several words, as a glycolysis drawn down the page
// notes "↓ (Einbau von weiterem Phosphat) → Wichtigster Kontrollschritt"
// under its enzyme's line. It names no term; "↑ ADH → water retention"
// and "↓ (GFR) → less filtrate" name what rises or falls.
func isFlowRemark(term string) bool {
	term = strings.TrimSpace(term)
	for _, a := range flowArrows {
		if rest, ok := strings.CutPrefix(term, a); ok {
			rest = strings.TrimSpace(rest)
			return strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") && strings.Contains(rest, " ")
		}
	}
	return false
}

// degreeWords are the words of degree a gradient starts from, which end no
// term of several words: "Solutes move High -> low concentration".
var degreeWords = map[string]bool{"high": true, "higher": true, "low": true, "lower": true}

// directionWords are the words of degree or place a gradient or a
// movement starts from: "High -> low", "Inside -> outside"; a comparative
// alone draws a setting's effect, "larger => more conservative" under a
// hyperparameter.
var directionWords = map[string]bool{
	"high": true, "higher": true, "low": true, "lower": true, "more": true, "less": true,
	"larger": true, "smaller": true, "bigger": true, "greater": true, "fewer": true,
	"inside": true, "outside": true, "in": true, "out": true, "up": true, "down": true,
	"left": true, "right": true, "top": true, "bottom": true, "hot": true, "cold": true,
}

// endsInRelative reports whether term, the words before a verb, ends in a
// relative pronoun, so that the verb belongs to the clause it opens:
// "people who are similar to us", an item under "Liking" in a social
// psychology note, names no term "people who". One word alone ("Which
// is …") is the question guard's.
func endsInRelative(term string) bool {
	i := strings.LastIndexByte(strings.TrimSpace(term), ' ')
	return i > 0 && lookupLower(relatives, strings.TrimSpace(term)[i+1:])
}

// relatives are the pronouns that open a relative clause.
var relatives = map[string]bool{"who": true, "whom": true, "whose": true, "which": true, "that": true}

// askEnds reports whether c, the byte before a ";;", may end a card's
// question: a word's, a space, or the question mark a spaced-repetition
// card ends its question with, "Which hormone is responsible for the
// reabsorption of sodium ions in the distal convoluted
// tubule?;;Aldosterone"; a closing bracket, "What does FSR (Fast Snapshot
// Restore);;It forces …"; or the stop or colon an instruction ends with,
// "Name the three placement strategies.;;Cluster, Spread, Partition",
// "Name the two EFS modes and when you use each:;;General Purpose …".
// Code's ";;" ("for(;;)") follows an opening bracket.
func askEnds(c byte) bool {
	return wordOrSpace(c) || c == '?' || c == ')' || c == '.' || c == ':'
}

// answerStarts reports whether rest, the source after a ";;", may start a
// card's answer: with a word's byte, a space, the mark that opens a link,
// emphasis or math, as an Obsidian card links its answer,
// "…tubule?;;[[Cards/Aldosterone\|Aldosterone]]", or a line break that puts
// the answer's lines under it, "…model a system?;;</br> Context Diagram</br>
// Data Flow Diagram".
func answerStarts(rest []byte) bool {
	c := rest[0]
	return wordOrSpace(c) || c == '[' || c == '*' || c == '_' || c == '$' || c == '<' && breakOpens(rest)
}

// breakOpens reports whether s opens with a raw line break, "<br>", "<br/>",
// or "</br>" as browsers read it.
func breakOpens(s []byte) bool {
	i := bytes.IndexByte(s, '>')
	return i > 0 && brTag().Match(bytes.Replace(s[:i+1], []byte("</"), []byte("<"), 1))
}

// isSeeLine reports whether n is a paragraph that only points to other
// notes, "see [[acid-and-base]]s, [[equilibrium]]" under "# Buffer" in a
// chemistry vault: the heading's card would answer with the names of the
// links, which teach nothing. A Zettelkasten names a note by its number,
// and the student glosses it: "See [[KB20200826145026]], properties of
// water." points as well (see seeGloss).
func (b *builder) isSeeLine(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok || n.Lines().Len() != 1 {
		return false
	}
	s := n.Lines().At(0)
	t := bytes.TrimSpace(b.p.src[s.Start:s.Stop])
	if len(t) < len("see [[x]]") || t[0]|0x20 != 's' && t[0]|0x20 != 'c' {
		return false // the quick test: "see" and "cf." open with s and c
	}
	rest, ok := seeRest(t)
	if !ok || !bytes.HasPrefix(rest, []byte("[[")) {
		return false
	}
	return seeGloss(bytes.Trim(seeLink().ReplaceAll(rest, nil), " ,;/|-."))
}

// seeGlossWords is the most words seeGloss takes for a link's title.
const seeGlossWords = 4

// seeGloss reports whether t, what a pointer line holds besides its
// links, is nothing or a short title of the note it links, "properties of
// water": at most seeGlossWords words, in no sentence of their own. "for
// the scale; a titration adds a base …" teaches, and stays an answer.
func seeGloss(t []byte) bool {
	if len(t) == 0 {
		return true
	}
	if bytes.ContainsAny(t, ";:.!?()[]") {
		return false
	}
	return len(bytes.Fields(t)) <= seeGlossWords
}

// seeRest returns t after the word that opens a pointer, "see", "see
// also" or "cf." with a colon or not, and whether t opens with one.
func seeRest(t []byte) ([]byte, bool) {
	for _, w := range []string{"see also", "see", "cf."} {
		if len(t) > len(w) && strings.EqualFold(string(t[:len(w)]), w) {
			rest := bytes.TrimLeft(t[len(w):], ": ")
			return rest, len(rest) < len(t)-len(w)
		}
	}
	return nil, false
}

// seeLink matches an Obsidian link as written, with the letters a plural
// adds to it: "[[acid-and-base]]s".
var seeLink = lazyRegexp(`\[\[[^\[\]]*\]\][a-z]{0,2}`)

// isFieldCallout reports whether n is a callout that holds Dataview
// fields alone, "Key:: value" a line, each a page field or a link to a
// neighbouring note: an Obsidian vault of physiology cards opens each with
//
//	> [!Ontology]-
//	> up:: [[Cards/Osmoregulation\|Osmoregulation]]
//	> jump::
//	> down::
//
// which maps the vault, and "up" → "Osmoregulation" teaches nothing.
func (p *parsed) isFieldCallout(n ast.Node) bool {
	if _, ok := n.(*ast.Blockquote); !ok {
		return false
	}
	par := n.FirstChild()
	if _, ok := par.(*ast.Paragraph); !ok || par.NextSibling() != nil {
		return false
	}
	lines := p.lines(par)
	if len(lines) < 2 || !bytes.HasPrefix(p.src[lines[0][0]:lines[0][1]], []byte("[!")) {
		return false // the quick test: a callout's "[!type]" line first
	}
	if !calloutHead().Match(bytes.TrimSpace(p.src[lines[0][0]:lines[0][1]])) {
		return false
	}
	for _, r := range lines[1:] {
		if !navField(p.src[r[0]:r[1]]) {
			return false
		}
	}
	return true
}

// navField reports whether line is a Dataview field, "key:: value" with
// the colon doubled, of a page (metaKeys) or of its place among other
// notes (navKeys); its value may be left empty, "jump::".
func navField(line []byte) bool {
	line = bytes.TrimSpace(line)
	k := bytes.Index(line, []byte("::"))
	if k < 1 || k > 32 {
		return false
	}
	key := strings.ToLower(string(bytes.TrimSpace(line[:k])))
	return metaKeys[key] || navKeys[key]
}

// navKeys are the fields a vault links a note to its neighbours with.
var navKeys = map[string]bool{
	"down": true, "jump": true, "next": true, "prev": true, "previous": true, "parent": true,
	"parents": true, "child": true, "children": true, "sibling": true, "siblings": true, "same": true,
	"upstream": true, "downstream": true,
}

// pandocSubscripts writes pandoc's subscripts of t, "H~2~O", as HTML. A formula
// sets one subscript right after another, the count and then the state:
// "AgNO~3~~(aq)~" is AgNO₃₍aq₎, not "AgNO₃~(aq)~" (subscript matches the
// run of them after a letter, a digit or a bracket).
func pandocSubscripts(t string) string {
	return subscript().ReplaceAllStringFunc(t, func(m string) string {
		i := strings.IndexByte(m, '~')
		var out strings.Builder
		out.WriteString(m[:i])
		for _, part := range strings.Split(strings.Trim(m[i:], "~"), "~~") {
			out.WriteString("<sub>" + part + "</sub>")
		}
		return out.String()
	})
}

// pandocSup matches a pandoc superscript after a word, a count or a
// subscript, "Fe^3+^", "NH~4~^+^" (whose subscript is HTML by now), "x^2^":
// a charge or a power of a few letters, digits and signs. Obsidian's inline
// footnote "^[…]", a block's "^id" and two powers typed in plain text,
// "(2^n)x(2^n)", hold none between their carets.
var pandocSup = lazyRegexp(`([\pL\pN)>])\^([0-9A-Za-z+\-−]{1,6})\^`)

// isotopeSup matches an isotope's mass number typed as a pandoc
// superscript before its element, at the start of a run or after a space
// or a bracket, where pandocSup finds no word before it: "^13^C urea
// breath test", "(^235^U)".
var isotopeSup = lazyRegexp(`(^|[\s(\[/])\^([0-9]{1,3})\^([A-Z])`)

// furigana matches a kanji's reading typed as a superscript after it,
// "久^ひさ^" or "本^ほん^当^とう^": a few kana between carets, as Japanese
// notes written for markdown-it or pandoc raise a reading.
var furigana = lazyRegexp(`(\p{Han})\^([\p{Hiragana}\p{Katakana}ー]{1,8})\^`)

// pandocSuperscripts writes pandoc's superscripts of t, "Fe^3+^", as HTML:
// chemistry notes converted by pandoc raise an ion's charge so.
func pandocSuperscripts(t string) string {
	return pandocSup().ReplaceAllString(t, "$1<sup>$2</sup>")
}

// sheetScripts writes pandoc's subscripts and superscripts of t, "H~2~O"
// and "Fe^3+^", lowered and raised as the cards show them, H₂O and Fe³⁺:
// the sheet printed "H~2~O" and "Na^+^". A script the font has no signs
// for follows a "_" or "^" as a formula's does, "W~cd~" as W_cd. A
// kanji's reading raised over it, "久^ひさ^しぶり", follows it in brackets
// as furigana are written in a line of text, 久(ひさ)しぶり.
func sheetScripts(t string) string {
	if strings.IndexByte(t, '~') >= 0 {
		t = subscript().ReplaceAllStringFunc(t, func(m string) string {
			i := strings.IndexByte(m, '~')
			var out strings.Builder
			out.WriteString(m[:i])
			for _, part := range strings.Split(strings.Trim(m[i:], "~"), "~~") {
				out.WriteString(plainScript(part, subscripts, "_"))
			}
			return out.String()
		})
	}
	if strings.IndexByte(t, '^') >= 0 {
		t = furigana().ReplaceAllString(t, "$1($2)")
		t = pandocSup().ReplaceAllStringFunc(t, func(m string) string {
			g := pandocSup().FindStringSubmatch(m)
			return g[1] + plainScript(g[2], superscripts, "^")
		})
		t = isotopeSup().ReplaceAllStringFunc(t, func(m string) string {
			g := isotopeSup().FindStringSubmatch(m)
			return g[1] + plainScript(g[2], superscripts, "^") + g[3]
		})
	}
	return t
}

// plainScript writes s in the signs of table, or after mark as a
// formula's script the font cannot raise or lower (see scriptGroup). A
// subscript that ends in a state symbol prints it on the line (see
// stateScript).
func plainScript(s string, table map[rune]rune, mark string) string {
	if mark == "_" {
		if t, ok := stateScript(s); ok {
			return t
		}
	}
	if r := raise(s, table); r != "" {
		return r
	}
	return mark + scriptGroup(s)
}

// stateSymbols are the states of matter chemistry writes after a species
// in brackets: aqueous, solid, liquid and gas.
var stateSymbols = [...]string{"(aq)", "(s)", "(l)", "(g)"}

// stateScript writes s, the text of a subscript that ends in a state
// symbol, "(aq)" of "AgNO~3~~(aq)~" or "2(g)" of "CO<sub>2(g)</sub>",
// as a printed equation shows it: the count before it lowered, the state
// on the line, as the sheet prints mhchem's "NaCl(aq)". The sheet printed
// "AgNO₃_(aq)" as a formula's script, "AgCl₍ₛ₎" in the signs of a lowered
// bracket and letter, and "CO2(g)" unlowered, its count with it.
func stateScript(s string) (string, bool) {
	if len(s) < len("(s)") || s[len(s)-1] != ')' {
		return "", false // the quick test: most subscripts are counts
	}
	for _, st := range stateSymbols {
		head, ok := strings.CutSuffix(s, st)
		if !ok {
			continue
		}
		if head == "" {
			return st, true
		}
		if r := raise(head, subscripts); r != "" {
			return r + st, true
		}
	}
	return "", false
}

// isQueryResidue reports whether n is what Obsidian's Digital Garden
// plugin leaves of a Dataview query when it publishes a vault: the class
// line "{ .block-language-dataview}", or a table of links alone, "Incoming
// Links" over a column of [[notes]]; and the paragraph of Dataview
// fields that links a note into the vault, "up:: [[Biology MOC]]" (see
// linkField) or relates it to others, "feeds:: [[pca]] — …" (see
// relationFields), or gives the page's details (see metaFields); and a
// log's fields, "- Pages read → 34" (see logBlock). A
// physiology vault ends every card with such tables under "## Mentions";
// "Mentions" → "Incoming Links Aldosterone's effect on Sodium …" teaches
// nothing.
func (b *builder) isQueryResidue(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.Paragraph:
		if n.Lines().Len() != 1 {
			return b.p.linkFields(n) || b.p.metaFields(n) || b.p.relationFields(n) || b.p.logBlock(n)
		}
		s := n.Lines().At(0)
		t := bytes.TrimSpace(b.p.src[s.Start:s.Stop])
		return len(t) > 2 && t[0] == '{' && t[len(t)-1] == '}' && bytes.HasPrefix(bytes.TrimLeft(t[1:], " "), []byte(".block-language-")) ||
			b.p.linkFields(n) || b.p.metaFields(n) || b.p.relationFields(n)
	case *ast.List:
		return b.p.relationFields(n) || b.p.logBlock(n)
	case *east.Table:
		return b.linkTable(n)
	}
	return false
}

// linkTable reports whether table t is one column of links below its
// header row, one at least, as a query lists notes. Two columns of links
// ("| [[Insulin]] | [[Pancreas]] |") may pair terms, and stay a table.
func (b *builder) linkTable(t *east.Table) bool {
	links := 0
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		if row.ChildCount() != 1 {
			return false
		}
		if _, ok := row.(*east.TableHeader); ok {
			continue
		}
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			if cell.ChildCount() == 0 {
				continue // an empty cell
			}
			k, ok := b.countLinks(cell, true)
			if !ok {
				return false
			}
			links += k
		}
	}
	return links > 0
}

// linkField reports whether key and value, the sides of a "::", are a
// Dataview field that links the note to others: a key of metaKeys or
// navKeys, and Obsidian links alone after it, "up:: [[Biology MOC]]",
// "related:: [[Diffusion]]", as vaults built on maps of content open a
// note, or nothing, "jump::", a field the template left empty.
// "Osmosis:: [[Diffusion]] of water" is a card.
func linkField(key, value string) bool {
	key = strings.TrimSpace(key)
	if len(key) > len("previous") || !(metaKeys[strings.ToLower(key)] || navKeys[strings.ToLower(key)]) {
		return false // the quick test: the keys are short words
	}
	return strings.TrimSpace(value) == "" || onlyLinks([]byte(value))
}

// linkFields reports whether every line of paragraph n is a linkField,
// "up:: [[Biology MOC]]"; the quick test first, a "::" on its first line.
func (p *parsed) linkFields(n ast.Node) bool {
	for _, r := range p.lines(n) {
		line := bytes.TrimSpace(p.src[r[0]:r[1]])
		k := bytes.Index(line, []byte("::"))
		if k < 1 || k+2 < len(line) && line[k+2] == ':' || !linkField(string(line[:k]), string(line[k+2:])) {
			return false
		}
	}
	return true
}

// metaFields reports whether every line of paragraph n is a Dataview
// field of the page's own, "key:: value" with a key of metaKeys,
// "status:: reading", "created:: 2024-01-02", "rating:: 4", wherever in the
// note it stands: the note's details, no card "status" → reading. A
// Spaced Repetition card, "Shallow work:: Non-cognitively demanding
// tasks", names no such key.
func (p *parsed) metaFields(n ast.Node) bool {
	for _, r := range p.lines(n) {
		line := bytes.TrimSpace(p.src[r[0]:r[1]])
		k := bytes.Index(line, []byte("::"))
		if k < 1 || k > len("source type") || k+2 < len(line) && line[k+2] == ':' ||
			!metaKeys[strings.ToLower(string(bytes.TrimSpace(line[:k])))] {
			return false
		}
	}
	return true
}

// abbreviates reports whether acr shortens expansion as science and
// nursing notes shorten names, with letters from inside a word as well as
// its initial: "Adenosine triphosphate (ATP)", "Deoxyribonucleic acid
// (DNA)", "Antidiuretic hormone (ADH)", "Human Papillomavirus (HPV)",
// where spells, which takes initials and inner capitals only, finds no
// acronym. Each word but the short ones acronymSkips holds gives its
// initial, then as many of the acronym's next letters as follow in it in
// order; acr is shaped as spells wants it.
func abbreviates(acr, expansion string) bool {
	letters, ok := acronymLetters(acr)
	if !ok || strings.EqualFold(acr, expansion) {
		return false
	}
	words := strings.FieldsFunc(strings.ToUpper(expansion), func(r rune) bool { return r == ' ' || r == '-' || r == '/' })
	if len(words) > len(letters)+3 {
		return false // each word gives a letter, but the short ones
	}
	failed := make(map[[2]int]bool) // (letter, word) pairs known not to match
	var match func(l, w int) bool
	match = func(l, w int) bool {
		if l == len(letters) || w == len(words) {
			for ; l == len(letters) && w < len(words) && acronymSkips[strings.ToLower(words[w])]; w++ {
			}
			return l == len(letters) && w == len(words)
		}
		if failed[[2]int{l, w}] {
			return false
		}
		word := []rune(words[w])
		if word[0] == letters[l] {
			// The initial, then the next letters found in the word in order.
			k, at := l+1, 1
			for {
				if match(k, w+1) {
					return true
				}
				for at < len(word) && k < len(letters) && word[at] != letters[k] {
					at++
				}
				if at == len(word) || k == len(letters) {
					break
				}
				k, at = k+1, at+1
			}
		}
		if acronymSkips[strings.ToLower(words[w])] && match(l, w+1) {
			return true
		}
		failed[[2]int{l, w}] = true
		return false
	}
	return match(0, 0)
}

// opensWithLocator reports whether def, the definition a split found,
// opens with a place in a book: a page, a chapter or a section and its
// number, as "- **MSJ** Chapter 7.8, p. 251-252" and "- **Alberts** p.
// 120-121" cite a textbook under a topic. Its term names a source, not a
// thing to learn, and the line points elsewhere.
func opensWithLocator[T string | []byte](def T) bool {
	i := 0
	for i < len(def) && (def[i] == ' ' || def[i] == '\t') {
		i++
	}
	j := i
	for j < len(def) && (def[j] >= 'a' && def[j] <= 'z' || def[j] >= 'A' && def[j] <= 'Z' || def[j] == '.') {
		j++
	}
	var low [len("chapter")]byte // the longest of locatorWords
	if j == i || j-i > len(low) {
		return false
	}
	for k := i; k < j; k++ {
		c := def[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[k-i] = c
	}
	if !locatorWords[string(low[:j-i])] {
		return false
	}
	for j < len(def) && def[j] == ' ' {
		j++
	}
	return j < len(def) && def[j] >= '0' && def[j] <= '9'
}

// cutLocatorTail returns raw, a title's HTML, without the place it points
// to after a dash, "Who you live with - Lesson 3" over its questions as
// "Who you live with", and raw whole as it was; it returns raw and "" when
// the title ends with no locator (see opensWithLocator). The number of a
// lesson or a chapter names nothing the points under the title teach.
func cutLocatorTail(raw string) (cut, whole string) {
	if strings.IndexByte(raw, '-') < 0 && strings.IndexByte(raw, "–"[0]) < 0 {
		return raw, "" // no dash, "-", "–" or "—" (both open with the same byte): a quick test
	}
	for _, dash := range [...]string{" - ", " – ", " — "} {
		i := strings.LastIndex(raw, dash)
		if i <= 0 {
			continue
		}
		rest := raw[i+len(dash):]
		if head := strings.TrimSpace(raw[:i]); head != "" && opensWithLocator(rest) && countFields(rest) <= 3 && hasWordChar(head) {
			return head, raw
		}
	}
	return raw, ""
}

// citesPage reports whether a split only cites a page of a book: its term
// ends with a locator word and its definition is the number, "[[ref:
// Introduction to probability]] at page: 16". The line points elsewhere
// and teaches nothing.
func citesPage[T string | []byte](term string, def T) bool {
	digits := false
	for i := 0; i < len(def); i++ {
		switch c := def[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case c == ' ' || c == '-' || c == ',' || c == '.':
		default:
			return false
		}
	}
	if !digits {
		return false // the quick test: most definitions are words
	}
	f := strings.Fields(term)
	return len(f) >= 2 && lookupLower(locatorWords, f[len(f)-1])
}

// locatorWords name a place in a book or a course before its number: "p.
// 251", "pp. 12-14", "Chapter 7.8", "Ch. 3", "Section 9.2", "Lesson 3".
var locatorWords = map[string]bool{"p.": true, "pp.": true, "pg.": true, "page": true, "pages": true,
	"chapter": true, "ch.": true, "chap.": true, "section": true, "sec.": true, "lesson": true}

// isLocatorLine reports whether n is a one-line paragraph that only cites
// a place in a book under a short label, "Textbook: Chapter 5.2" under a
// note's title: the heading's card would answer with the citation, which
// teaches nothing (opensWithLocator).
func (b *builder) isLocatorLine(n ast.Node) bool {
	if _, ok := n.(*ast.Paragraph); !ok || n.Lines().Len() != 1 {
		return false
	}
	s := n.Lines().At(0)
	label, rest, ok := bytes.Cut(bytes.TrimSpace(b.p.src[s.Start:s.Stop]), []byte(":"))
	if !ok {
		return false
	}
	rest = bytes.TrimLeft(rest, " *_")
	return opensWithLocator(rest) && countFields(string(label)) <= 2 && countFields(string(rest)) <= 6
}

// isMnemonicHead reports whether head, a table's first column head, heads
// the memory cues of its rows: "|Mnemonic|Antioxidant|Reaction|" over
// "|Check|Catalase|…|" and "|Groaning|Glutathione peroxidase|…|" in a
// biochemistry note. A cue ("Check", "Tender", "G") names no row; the next
// column does.
func isMnemonicHead(head string) bool {
	return lookupLower(mnemonicHeads, strings.Trim(strings.TrimSpace(head), "*_"))
}

// mnemonicHeads head a column of memory cues, or label the cue of each
// thing a note lists (see aspectOfOwners): "The Trick:" is how a lab-values
// note recalls each normal range.
var mnemonicHeads = map[string]bool{"mnemonic": true, "mnemonics": true, "memory aid": true, "memory aids": true,
	"trick": true, "the trick": true}

// reagentArrowRE matches a reaction typed with its reagent on the arrow,
// as chemistry notes write it outside math: "Alkene --HBr--> haloalkane",
// "CH3COOH + C2H5OH --(conc. H2SO4)--> CH3COOC2H5 + H2O", "Ketone —NaBH4→
// secondary alcohol", or after the arrow as mhchem writes it, "Alcohol
// ->[PCC] aldehyde". The dashes before the reagent follow a space; a
// reagent in brackets may have spaces in and around it, one without
// touches the dashes and the arrow.
var reagentArrowRE = lazyRegexp(`^(\S.*?)\s+(?:(?:-{1,3}|—|–)(?:\s?(\[[^\[\]]+\]|\([^()]+\))\s?|([^\s\[\]()<>→—–-]+))(?:-{1,3}>|→|⟶)|(?:-{1,3}>|→)(\[[^\[\]]+\]))\s*(\S.*)$`)

// mayBeReagentArrow reports whether reagentArrowRE may match t: an arrow
// ("->", "→", "⟶") that a "[" follows, or that touches what is before it,
// or that one space parts from a closing bracket. An arrow typed between
// spaces after a word ("warm → unlocks"), as prose writes it, holds no
// reagent, and the regexp's lazy start would try every place before it.
func mayBeReagentArrow(t string) bool {
	for i := 0; i < len(t); i++ {
		var n int // the arrow's length in bytes
		switch {
		case t[i] == '>' && i > 0 && t[i-1] == '-':
			n = 1
		case strings.HasPrefix(t[i:], "→") || strings.HasPrefix(t[i:], "⟶"):
			n = 3
		default:
			continue
		}
		j := i // the arrow's start, before the dashes of "-->"
		for n == 1 && j > 0 && t[j-1] == '-' {
			j--
		}
		if i+n < len(t) && t[i+n] == '[' {
			return true
		}
		if j > 0 && !isReSpace(t[j-1]) || j > 1 && (t[j-2] == ')' || t[j-2] == ']') {
			return true
		}
	}
	return false
}

// reagentItem makes the card of a list item that is a reaction with its
// reagent on the arrow: the reactants and the reagent ask for the product,
// "Alkene —HBr→" → "haloalkane". A chain of steps ("Primary alkanol
// --[O]--> alkanal --[O]--> alkanoic acid") is left to its heading's card.
func (b *builder) reagentItem(it, head ast.Node, sc scope) bool {
	lines := head.Lines()
	if lines == nil || lines.Len() != 1 {
		return false
	}
	if raw := segValue(lines.At(0), b.p.src); !containsText(raw, "->") && !containsText(raw, "→") && !containsText(raw, "⟶") {
		return false // the quick test: no arrow
	}
	t := strings.TrimSpace(b.p.plain(head, 0, everything))
	if !mayBeReagentArrow(t) {
		return false
	}
	m := reagentArrowRE().FindStringSubmatch(t)
	if m == nil || strings.Contains(m[5], "->") || strings.Contains(m[5], "→") || strings.Contains(m[5], "⟶") {
		return false
	}
	if inFormula(t, len(m[1])) {
		return false // "$\ce{RO-OR ->[\Delta] .OR}$" is one formula, a step of a mechanism
	}
	start, reagent, product := strings.TrimSpace(m[1]), m[2]+m[3]+m[4], strings.TrimSpace(m[5])
	if strings.HasPrefix(reagent, "(") || m[4] != "" {
		reagent = strings.TrimSpace(reagent[1 : len(reagent)-1]) // "[O]" on the arrow stays: it is the oxidant
	}
	if !hasWordChar(start) || !hasWordChar(reagent) || !hasWordChar(product) || countFields(start) > 8 || countFields(product) > 10 {
		return false
	}
	if b.add(escapeText(start)+" —"+escapeText(reagent)+"→", escapeText(product), Basic, b.p.lineOf(head), sc) {
		b.cover(it)
	}
	return true
}
