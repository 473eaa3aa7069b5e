package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// objectMark is U+FFFC, the object replacement character that stands for
// an image pasted into an editor that cannot keep it (Apple Notes, Word, a
// web page's copy); it shows as a box on a card and means nothing.
var objectMark = []byte("\uFFFC")

// dropObjectMarks drops the object replacement characters of src, so that
// "![](Subnets.png)￼" and a line of "￼" alone read as the student sees
// them. Lines stay where they were.
func dropObjectMarks(src []byte) []byte {
	if !bytes.Contains(src, objectMark) {
		return src
	}
	return bytes.ReplaceAll(src, objectMark, nil)
}

// gluedTermLen is the longest term gluedSep looks at, in bytes.
const gluedTermLen = 40

// gluedSep splits a line whose term is glued to its separator, as students
// type it in a hurry: "Amygdala:The amygdala helps the body …", "Broca's
// Area- This area of the brain controls …". The term is a name of one to
// four words in letters, opening with a capital; the colon is followed by
// a capitalised word, the dash by a space and a capitalised word, so that
// "Question 6:James", "10:30", "pre- and post-war" and "e.g.:the" split
// nothing.
func (p *parsed) gluedSep(n ast.Node, v view, lo, hi int) (split, bool) {
	t := v.text
	if len(t) < 4 || !isUpperASCII(t[0]) {
		return split{}, false
	}
	for i := 1; i < len(t)-2 && i <= gluedTermLen; i++ {
		c := t[i]
		if isLetterASCII(c) || c == ' ' || c == '\'' {
			continue
		}
		if !isLetterASCII(t[i-1]) {
			return split{}, false
		}
		defAt, sep := 0, i
		if k, ok := p.boldGluedColon(v, i); ok {
			sep = k // "**Cue Column**:As you take notes …"
		}
		switch {
		case t[sep] == ':' && sep+2 < len(t) && isUpperASCII(t[sep+1]) && isLowerASCII(t[sep+2]):
			defAt = sep + 1
		case c == '-' && t[i+1] == ' ' && isUpperASCII(t[i+2]):
			defAt = i + 2
		case c == '-' && i >= 3:
			k := gluedDashDef(t[i+1:])
			if k < 0 || !p.dashGlossaryAround(lo) {
				return split{}, false
			}
			defAt = i + 1 + k
		default:
			return split{}, false
		}
		termHi, defLo := v.srcOff(sep), v.srcOff(defAt)
		if termHi <= lo || defLo < 0 {
			return split{}, false
		}
		term := string(t[:i])
		if countFields(term) > 4 || labels[strings.ToLower(term)] {
			return split{}, false
		}
		if first, _, _ := strings.Cut(term, " "); notFirst[strings.ToLower(first)] {
			return split{}, false // "This- …", "It:The …" start a sentence
		}
		s := split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: string(t[sep])}
		return s, p.validSplit(n, s)
	}
	return split{}, false
}

// isUpperASCII reports whether c is an ASCII capital.
func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// isLowerASCII reports whether c is an ASCII small letter.
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

// isLetterASCII reports whether c is an ASCII letter.
func isLetterASCII(c byte) bool { return isUpperASCII(c) || isLowerASCII(c) }

// termEmphasis is the markup a sentence sets its defined word in.
var termEmphasis = [][2]string{{"<strong>", "</strong>"}, {"<em>", "</em>"}, {"<b>", "</b>"}}

// plainSubject drops the emphasis that marks one word of a sentence's
// subject, "The **tail** pointer is a reference to …", "***Next*** value
// represents …": the bold points at the term in the sentence, and the whole
// front is the term, so it asks "tail pointer", as the student would write
// it on a card. A front with other markup, or with an emphasis twice, keeps
// it.
func plainSubject(front string) string {
	if strings.IndexByte(front, '<') < 0 {
		return front
	}
	plain := front
	for _, e := range termEmphasis {
		if strings.Count(plain, e[0]) == 1 && strings.Count(plain, e[1]) == 1 {
			plain = strings.Replace(strings.Replace(plain, e[0], "", 1), e[1], "", 1)
		}
	}
	if strings.IndexByte(plain, '<') >= 0 {
		return front
	}
	return plain
}

// pronounLead names the subject of a lead-in that opens with "It", from
// the sentence before it in its paragraph that defines a term with "is":
// "Hypokalemia is a serum potassium deficiency … It may be caused by:"
// asks "Hypokalemia may be caused by", as the student would ask it; "It
// may be caused by" asks nothing. [first, lo) is the paragraph's last line
// up to the lead-in, which opens at lo; front is the lead-in's front, returned as it is when
// no sentence there names the subject.
func (b *builder) pronounLead(par ast.Node, first, lo int, front string) string {
	rest, ok := strings.CutPrefix(front, "It ")
	if !ok || lo <= first {
		return front
	}
	p := b.p
	t := string(p.src[first : lo+1]) // the "I" of "It" ends the sentence before it
	start, _ := nextSentenceBreak(t, 0)
	if start < 0 {
		return front
	}
	end := first + start + strings.IndexAny(t[start:], ".!?")
	s, ok := p.splitLine(par, first, end)
	if !ok || !copula(s.sep) {
		return front
	}
	term := contextText(unwrapStrong(p.html(par, s.termLo, s.termHi)))
	if !isTerm(term) || countFields(term) > 4 {
		return front
	}
	return escapeText(term) + " " + rest
}

// definedWord splits the sentence after a definition's bare label that sets
// its term in no emphasis, as mathematics writes a kind of thing: "A
// sequence $(a_n)$ is Cauchy if …", "A graph is bipartite if …". The label
// says the sentence defines, so the one word after "is" or "are", before
// "if", "iff" or "when", is the term, whatever its ending (adjectiveIf needs
// an adjective's ending where no label says so); it asks for the whole
// sentence, [lo, hi). The subject is "A" or "An" and at most three words,
// formulas aside.
func (p *parsed) definedWord(lo, hi int) (split, bool) {
	for lo < hi && (p.src[lo] == '*' || p.src[lo] == '_' || p.src[lo] == ' ') {
		lo++ // "**Definition:** A …": the label's bold closes after its colon
	}
	t := p.src[lo:min(hi, lo+200)]
	var rest []byte
	switch {
	case bytes.HasPrefix(t, []byte("A ")):
		rest = t[2:]
	case bytes.HasPrefix(t, []byte("An ")):
		rest = t[3:]
	default:
		return split{}, false
	}
	words := 0
	for len(rest) > 0 && words <= 3 {
		if rest[0] == '$' {
			end := bytes.IndexByte(rest[1:], '$')
			if end < 0 {
				return split{}, false
			}
			rest = bytes.TrimLeft(rest[end+2:], " ")
			continue
		}
		w, after, _ := bytes.Cut(rest, []byte(" "))
		rest = after
		if string(w) != "is" && string(w) != "are" {
			if !isLetterWord(w) {
				return split{}, false
			}
			words++
			continue
		}
		if words == 0 {
			return split{}, false
		}
		adj, cond, _ := bytes.Cut(rest, []byte(" "))
		switch strings.ToLower(string(adj)) {
		case "a", "an", "the":
			return split{}, false // "A set is a collection …" is verbSplit's
		}
		if !isLetterWord(adj) || lookupLower(weakNext, string(adj)) {
			return split{}, false
		}
		c, _, _ := bytes.Cut(cond, []byte(" "))
		switch string(c) {
		case "if", "iff", "when":
			termLo := lo + len(t) - len(rest) // rest ends where t does
			return split{termLo: termLo, termHi: termLo + len(adj), defLo: lo, defHi: hi, sep: "if"}, true
		}
		return split{}, false
	}
	return split{}, false
}

// titleContext puts title, the title of a note's front matter ("title: 2008
// Bihar Floods" in a Jekyll or Hugo page with no "#" heading), at the root of
// the context of cards, as the "#" heading that opens a note is: "Effects"
// is asked under "2008 Bihar Floods", not alone. A card whose context
// already opens with the title keeps it. Cards that share a context share
// the new one.
func titleContext(cards []Card, title string) {
	var prev, next []string
	for i := range cards {
		c := cards[i].Context
		if len(c) > 0 && strings.EqualFold(c[0], title) {
			continue
		}
		if next == nil || !slices.Equal(c, prev) {
			prev, next = c, slices.Clip(append([]string{title}, c...))
		}
		cards[i].Context = next
	}
}

// linkWords name a link itself, not what it teaches: a heading over
// "[Course Info](…)", "[Solution](…)" or "[Playlist](…)" alone asks for a
// place to click.
var linkWords = map[string]bool{
	"source": true, "sources": true, "solution": true, "link": true, "here": true, "click here": true,
	"playlist": true, "video": true, "lectures": true, "course info": true, "slides": true, "website": true,
}

// bareLink reports whether back, a card's answer as HTML, is one link alone
// whose text names nothing to learn: a word of linkWords, a web address
// ("https://stripe.com/blog/") or the host it goes to ("youtube.com").
// "Textbook" over "[Compilers Principles Techniques And Tools](…)" is
// answered by the book's title and stays.
func bareLink(back string) bool {
	text, tag, ok := loneLink(back)
	if !ok {
		return false
	}
	lower := strings.ToLower(text)
	if linkWords[lower] || strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.") {
		return true
	}
	_, href, ok := strings.Cut(tag, `href="`)
	if !ok || strings.ContainsAny(lower, " /") {
		return false
	}
	href, _, _ = strings.Cut(href, `"`)
	_, host, ok := strings.Cut(href, "://")
	if !ok {
		return false
	}
	host, _, _ = strings.Cut(host, "/")
	return strings.TrimPrefix(strings.ToLower(host), "www.") == strings.TrimPrefix(lower, "www.")
}

// loneLink returns the text and the opening tag of the one link that is
// the whole of back, a card's answer as HTML (a rule above it aside), or
// false when back holds more than a link or its text is markup.
func loneLink(back string) (text, tag string, ok bool) {
	if len(back) > 600 {
		return "", "", false
	}
	s := strings.TrimSpace(back)
	for strings.HasPrefix(s, "<hr>") {
		s = strings.TrimSpace(s[len("<hr>"):]) // a rule between the heading and its link
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "<p>"), "</p>")
	if !strings.HasPrefix(s, "<a ") || !strings.HasSuffix(s, "</a>") || strings.Count(s, "<a ") != 1 {
		return "", "", false
	}
	open := strings.IndexByte(s, '>')
	if open < 0 || open > len(s)-len("</a>") {
		return "", "", false
	}
	text = strings.TrimSpace(s[open+1 : len(s)-len("</a>")])
	if strings.Contains(text, "<") {
		return "", "", false // an image or markup: what shows is no address
	}
	return text, s[:open], true
}

// strayEnd returns front, a card's question as HTML, without a separator
// left at its end after a space, the mark a student types before an answer
// that went on the lines below: "**R. v. Noble, 1997 CanLII 388 (SCC) –**"
// over its points asks "R. v. Noble, 1997 CanLII 388 (SCC)", and
// "expansionary policy can be achieved @:" asks without its "@". Closing
// tags after the mark stay.
func strayEnd(front string) string {
	text, tags := front, ""
	for strings.HasSuffix(text, ">") {
		k := strings.LastIndex(text, "</")
		if k < 0 || strings.IndexByte(text[k:], ' ') >= 0 {
			break // an element that is no closing tag: "<br>", "<img …>"
		}
		text, tags = text[:k], text[k:]+tags
	}
	for _, m := range strayMarks {
		if t, ok := strings.CutSuffix(text, m); ok && hasWordChar(t) {
			return strings.TrimRight(t, " ") + tags
		}
	}
	return front
}

// strayMarks are the separators, after a space, that end no question: a
// dash or an at sign whose answer is on the lines below.
var strayMarks = []string{" –", " —", " -", " --", " @"}

// danglingAnd returns back, a card's answer as HTML, without the ", and" that
// joins it to the next line of a list: "N = the investment's projected life,
// and" over "r = the discount rate" answers N with "the investment's
// projected life". An answer over several lines keeps its words.
func danglingAnd(back string) string {
	if len(back) > 400 || strings.Contains(back, "<") {
		return back
	}
	for _, m := range []string{", and", "; and", ", or", "; or"} {
		if t, ok := strings.CutSuffix(back, m); ok && hasWordChar(t) {
			return t
		}
	}
	return back
}

// titledNumber returns s, a line split at a dash, with its term taking the
// title after the dash when the term is a numbered designation and a short
// title and a colon open the definition: "IFRS 16 – Leases: a lessee
// recognises …" asks "IFRS 16 – Leases", not "IFRS 16" with "Leases: …" as
// its answer ("Article 5 – Right to liberty: …", "Rule 404 - Character
// Evidence: …" alike). src is the note, hi the end of the line.
func titledNumber(src []byte, s split, hi int) split {
	if s.termHi <= s.termLo || s.defLo >= hi || hi > len(src) {
		return s
	}
	term := bytes.Fields(src[s.termLo:s.termHi])
	if len(term) < 2 || len(term) > 4 || !isDigit(rune(term[len(term)-1][0])) {
		return s
	}
	def := src[s.defLo:hi]
	k := bytes.Index(def, []byte(": "))
	if k <= 0 || k > 60 {
		return s
	}
	title := def[:k]
	if bytes.ContainsAny(title, ".;?!:*_`[]()") || len(bytes.Fields(title)) > 6 {
		return s
	}
	if r, _ := utf8.DecodeRune(title); !unicode.IsUpper(r) {
		return s
	}
	s.termHi = s.defLo + k
	s.defLo += k + len(": ")
	return s
}

// A keycapRun follows the Logseq heading bullets numbered with a keycap,
// "- ### 1️⃣ **Association**", whose parts are written as heading bullets
// at the same level after it, "- ### 📌 Meaning", "- ### 🔑 Key
// Characteristics", until "- ### 2️⃣ **Aggregation**". The page shows the
// parts as the numbered section's; read at one level, every section's
// "Meaning" was asked under the page's heading, the same front again.
type keycapRun struct {
	ind, level int  // the column and heading level of the numbered heading bullet
	on         bool // a numbered heading bullet is open
}

// heading returns h, the heading of a heading bullet at column ind ("###
// 📌 Meaning"), one level deeper when it is a part of the numbered section
// open before it, and records a numbered one.
func (r *keycapRun) heading(h []byte, ind int) []byte {
	level := 0
	for level < len(h) && h[level] == '#' {
		level++
	}
	switch {
	case keycapNumbered(h[level:]):
		*r = keycapRun{ind: ind, level: level, on: true}
	case !r.on || ind != r.ind:
	case level == r.level && level < 6:
		return append([]byte{'#'}, h...)
	case level < r.level:
		r.on = false
	}
	return h
}

// close ends the numbered section when a line at column ind is no longer
// inside the bullets it stands among.
func (r *keycapRun) close(ind int) {
	if r.on && ind < r.ind {
		r.on = false
	}
}

// keycapNumbered reports whether a heading's text t opens with a number in
// a keycap, "1️⃣ **Association**" (the digit, U+FE0F and U+20E3), or "🔟".
func keycapNumbered(t []byte) bool {
	t = bytes.TrimPrefix(bytes.TrimLeft(t, " \t"), []byte("**"))
	if bytes.HasPrefix(t, []byte("🔟")) {
		return true
	}
	if len(t) == 0 || !isDigit(rune(t[0])) {
		return false
	}
	t = bytes.TrimPrefix(t[1:], []byte("\uFE0F"))
	return bytes.HasPrefix(t, []byte("\u20E3"))
}

// inner returns out, a line at column ind that is no heading bullet, one
// level deeper when it is a heading at the numbered section's level written
// inside one of its blocks ("  ### ✅ Real-world example" under "- ### 🧠
// Interview Explanation"): it is a part as its sibling bullets are.
func (r *keycapRun) inner(out []byte, ind int) []byte {
	if !r.on || ind <= r.ind {
		return out
	}
	t := bytes.TrimLeft(out, " \t")
	if len(t) <= r.level || t[r.level] != ' ' || r.level >= 6 || !bytes.HasPrefix(t, []byte("######")[:r.level]) {
		return out
	}
	lead := len(out) - len(t)
	return append(append(append([]byte{}, out[:lead]...), '#'), t...)
}

// titleFieldBlocks returns the blocks of page fields (see fieldBlock) under
// the # titles of nodes, nil if there are none: a note of two lectures, "# Lecture 2: Tissues" over "**Lecturer:**
// Dr Jones" and "**Date:** 8 Jan", gives the second lecture's fields as
// propertyBlock and fieldBlock give the first's.
func (p *parsed) titleFieldBlocks(nodes []ast.Node) map[ast.Node]bool {
	var out map[ast.Node]bool
	for i := 0; i < len(nodes)-1; i++ {
		if h, ok := nodes[i].(*ast.Heading); !ok || h.Level != 1 {
			continue
		}
		j := i + 1
		for j < len(nodes)-1 && isRule(nodes[j]) {
			j++ // "# Lecture 2" over "---" over its fields
		}
		if h, ok := nodes[j].(*ast.Heading); ok && h.Level == 1 {
			continue // a title over a title: the fields are the second's
		}
		if f := p.fieldBlock(nodes[j:]); f != nil && f != p.props {
			if out == nil {
				out = make(map[ast.Node]bool)
			}
			out[f] = true
		}
	}
	return out
}

// pageFields reports whether n is a block of page fields under a title of
// the note (see propertyBlock, fieldBlock and titleFieldBlocks).
func (p *parsed) pageFields(n ast.Node) bool {
	return n == p.props || p.titleProps[n]
}
