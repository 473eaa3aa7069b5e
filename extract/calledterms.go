package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// namingVerbs end the words that name a term after its definition: "the
// theory that moral statements do not have truth values is called
// **non-cognitivism**", "This is known as **deadlock**".
var namingVerbs = [][]byte{[]byte(" called"), []byte(" known as"), []byte(" termed"), []byte(" referred to as")}

// namingBe are the forms of "be", with the adverbs students put after them,
// that come right before a naming verb: "is called", "are also known as".
var namingBe = [][]byte{[]byte(" is"), []byte(" are"), []byte(" was"), []byte(" were"), []byte(" be"),
	[]byte(" is also"), []byte(" are also"), []byte(" is often"), []byte(" are often"),
	[]byte(" is sometimes"), []byte(" is commonly"), []byte(" are commonly")}

// namingAbroad end the words that name a term after its definition in the
// languages of Europe that write a reflexive or impersonal verb for "is
// called", no form of "be" before it: "Il punto di contatto dei cromatidi
// si chiama **centromero**", "Esta región de constricción se llama
// ***centrómero***", "Diesen Vorgang nennt man **Osmose**".
var namingAbroad = [][]byte{
	[]byte(" se llama"), []byte(" se llaman"), []byte(" se denomina"), []byte(" se denominan"), // Spanish
	[]byte(" recibe el nombre de"), []byte(" reciben el nombre de"),
	[]byte(" si chiama"), []byte(" si chiamano"), // Italian
	[]byte(" s'appelle"), []byte(" s'appellent"), []byte(" s’appelle"), // French
	[]byte(" se chama"), []byte(" se chamam"), // Portuguese
	[]byte(" heißt"), []byte(" nennt man"), // German
	// Russian, Ukrainian, Greek and Arabic (with the final ي that Egyptian
	// notes write for ى): "Любая операция чтения или записи называется
	// **транзакцией**", "اي عملية قراءه او كتابه علي الداتابيز تسمي **transaction**"
	[]byte(" называется"), []byte(" называются"), []byte(" називається"), []byte(" називаються"),
	[]byte(" ονομάζεται"), []byte(" ονομάζονται"), []byte(" λέγεται"),
	[]byte(" تسمى"), []byte(" يسمى"), []byte(" تسمي"), []byte(" يسمي"),
}

// jaNamingEnds follow a Japanese term that is named after its definition,
// before the sentence's full stop: "…性質のことを、**アドレス可能性**と呼ぶ。",
// "…考え方は、**接続性**という。", "…は**キャッシュ**と呼ばれる。".
var jaNamingEnds = []string{"と呼ぶ", "と呼ばれる", "と呼んでいる", "という", "と言う"}

// namingAbroadPairs marks the two bytes that follow the space opening a verb
// of namingAbroad, and namingAbroadNexts the second and third: "s" then "e"
// and "e" then " " of " se llama", "r" then "e" and "e" then "c" of " recibe".
// A pair's second byte sets bit b&63 of its first byte's word: a test that
// may pass where no verb starts, never the reverse.
var namingAbroadPairs, namingAbroadNexts = func() (pairs, nexts [256]uint64) {
	for _, v := range namingAbroad {
		pairs[v[1]] |= 1 << (v[2] & 63)
		nexts[v[2]] |= 1 << (v[3] & 63)
	}
	return pairs, nexts
}()

// namesAbroad reports whether line holds a naming verb of namingAbroad or a
// Japanese ending of jaNamingEnds: the quick test of calledTerm for notes
// in those languages. It reads line once, from space to space, testing the
// verbs only after a space whose next three bytes may open one
// (namingAbroadPairs; fifteen searches for patterns opened by a space each
// stopped at nearly every word), and the Japanese endings only when line
// holds "と", which each of them holds.
func namesAbroad(line []byte) bool {
	if bytes.Contains(line, []byte("と")) &&
		(bytes.Contains(line, []byte("と呼")) || bytes.Contains(line, []byte("という")) || bytes.Contains(line, []byte("と言う"))) {
		return true
	}
	for i := bytes.IndexByte(line, ' '); i >= 0 && i+3 < len(line); {
		if namingAbroadPairs[line[i+1]]>>(line[i+2]&63)&1 != 0 && namingAbroadNexts[line[i+2]]>>(line[i+3]&63)&1 != 0 {
			for _, v := range namingAbroad {
				if bytes.HasPrefix(line[i:], v) {
					return true
				}
			}
		}
		k := bytes.IndexByte(line[i+1:], ' ')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// calledTerm splits a reverse definition, whose term comes after what it
// defines, set in emphasis after "is called" or "is known as": "In
// Meta-Ethics, the theory that moral statements do not have truth values
// is called **non-cognitivism**" asks "non-cognitivism" and answers with
// its sentence, as definedIf answers "A space is **compact** if …". The
// term must end the line or its clause ("**Blind write**, i.e. writing
// before reading"): "is called an **orthogonal** matrix" names "orthogonal
// matrix", not its bold word. A sentence whose subject is one word, "This is
// called **File Organisation**.", names what the sentences before it
// define; and only a block's first line is read: "This translation process
// is referred to as **DNS resolution**." under "**DNS** - port 53"
// continues the card of DNS.
func (p *parsed) calledTerm(n ast.Node, lo, hi int) (split, bool) {
	if n.Lines() == nil || n.Lines().Len() == 0 || lo >= n.Lines().At(0).Stop {
		return split{}, false
	}
	line := p.src[lo:hi]
	if !hasEmphasisMark(line) || !containsText(line, " called ") && !containsText(line, " known as ") &&
		!containsText(line, " termed ") && !containsText(line, " referred to as ") && !namesAbroad(line) {
		return split{}, false // the quick tests: no emphasis, or nothing named
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		e, ok := c.(*ast.Emphasis)
		if !ok {
			continue
		}
		start, end := p.startOf(e), p.endOf(e)
		if start < lo || end < 0 || end > hi {
			continue
		}
		if s, ok := p.namedAfter(e, lo, start, end, hi); ok {
			return s, true
		}
		if s, ok := p.namedBefore(e, lo, start, end, hi); ok {
			return s, true
		}
	}
	return split{}, false
}

// namedAfter returns the split of calledTerm for emphasis e, whose text
// runs from start to end on the line lo to hi, when the words before it
// name it ("… is called **X**") and it ends the clause.
func (p *parsed) namedAfter(e *ast.Emphasis, lo, start, end, hi int) (split, bool) {
	before := bytes.TrimRight(p.src[lo:start], "*_")
	for _, a := range []string{" the ", " a ", " an "} {
		if bytes.HasSuffix(before, []byte(a)) {
			before = before[:len(before)-len(a)+1] // "is called the **Bourgeoisie**"
			break
		}
	}
	subject, ok := cutNamingVerb(before)
	if !ok {
		return split{}, false
	}
	from := lo + sentenceStart(subject) // where the term's sentence starts
	if countFields(string(p.src[from:lo+len(subject)])) < 2 {
		return split{}, false
	}
	for end < hi && (p.src[end] == '*' || p.src[end] == '_') {
		end++
	}
	if !endsClause(p.src[end:hi]) {
		return split{}, false
	}
	term := p.plain(e, 0, everything)
	if countFields(term) > maxOwnedWords || !isTerm(term) {
		return split{}, false
	}
	if inner, ok := e.FirstChild().(*ast.Emphasis); ok && e.FirstChild() == e.LastChild() {
		e = inner // "***deadlock***": the term is the text inside both
	}
	termLo, termHi := p.startOf(e), p.endOf(e)
	if termHi-termLo > 2 && p.src[termLo] == '"' && p.src[termHi-1] == '"' {
		termLo, termHi = termLo+1, termHi-1 // "is called a **_'proton'_**" asks proton, not its quotes
	}
	return split{termLo: termLo, termHi: termHi, defLo: from, defHi: sentenceEnd(p.src, end, hi), sep: "called"}, true
}

// namedBefore returns the split of calledTerm for emphasis e, whose text
// runs from start to end on the line lo to hi, when a Japanese ending of
// jaNamingEnds follows it and ends its sentence: "リソースをリンクで接続する
// ことで1つのアプリケーションを構成するという考え方は、**接続性**という。"
// asks 接続性 and answers with the sentence, which runs from the full stop
// before it. The definition before the term must be a phrase of its own,
// more than a word.
func (p *parsed) namedBefore(e *ast.Emphasis, lo, start, end, hi int) (split, bool) {
	after := end
	for after < hi && (p.src[after] == '*' || p.src[after] == '_') {
		after++
	}
	rest := p.src[after:hi]
	n := 0
	for _, w := range jaNamingEnds {
		if bytes.HasPrefix(rest, []byte(w)) {
			n = len(w)
			break
		}
	}
	if n == 0 {
		return split{}, false
	}
	if tail := rest[n:]; len(tail) > 0 && !bytes.HasPrefix(tail, []byte("。")) {
		return split{}, false // "という考え方は、…": the sentence goes on
	}
	from := lo
	if k := bytes.LastIndex(p.src[lo:start], []byte("。")); k >= 0 {
		from = lo + k + len("。")
	}
	for from < start && p.src[from] == ' ' {
		from++
	}
	if utf8.RuneCount(bytes.TrimRight(p.src[from:start], "*_、, ")) < minNamedDefinition {
		return split{}, false
	}
	term := p.plain(e, 0, everything)
	if !isTerm(term) {
		return split{}, false
	}
	stop := after + n
	if bytes.HasPrefix(p.src[stop:hi], []byte("。")) {
		stop += len("。")
	}
	return split{termLo: p.startOf(e), termHi: p.endOf(e), defLo: from, defHi: stop, sep: "called"}, true
}

// minNamedDefinition is the fewest characters of the definition that
// namedBefore reads before a Japanese term: "それを**X**という" (this is
// called X) points to the sentences before it.
const minNamedDefinition = 8

// sentenceStart returns where the last sentence of text starts: after a
// full stop, a question or an exclamation mark, blanks and a capital. The
// stop may follow a formula, "… thereby accepting $H_A$. Hypothesis testing
// is also known as …", but not an abbreviation's letter, "i.e. Writing".
func sentenceStart(text []byte) int {
	for i := len(text) - 2; i > 0; i-- {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if j == i+1 || j == len(text) || text[j] < 'A' || text[j] > 'Z' {
			continue
		}
		if c == '.' && i >= 2 && text[i-2] == '.' {
			continue // "i.e. ", "e.g. "
		}
		return j
	}
	return 0
}

// sentenceEnd returns the end of the sentence that goes on at src[from],
// just after its full stop, or hi, the end of its line: "…, this is called
// a **collision**. The records …" ends after "collision.".
func sentenceEnd(src []byte, from, hi int) int {
	if from < hi && (src[from] == '.' || src[from] == '!' || src[from] == '?') {
		return from + 1 // the term ends its sentence, after its emphasis marks
	}
	stop := hi
	if start, _ := nextSentenceBreak(string(src[from:hi]), 0); start >= 0 {
		if k := bytes.IndexAny(src[from+start:hi], ".!?"); k >= 0 {
			stop = from + start + k + 1
		}
	}
	if k := formulaStop(src[from:stop]); k >= 0 {
		return from + k + 1 // "… the _alternative hypothesis_ $H_A$. Using a test …"
	}
	return stop
}

// formulaStop returns where the first sentence of text ends on a formula,
// at the full stop after its closing "$" that blanks and a capital follow,
// or -1.
func formulaStop(text []byte) int {
	for i := bytes.Index(text, []byte("$.")); i >= 0; {
		j := i + 2
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if j > i+2 && j < len(text) && text[j] >= 'A' && text[j] <= 'Z' {
			return i + 1
		}
		k := bytes.Index(text[i+2:], []byte("$."))
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return -1
}

// cutNamingVerb returns what comes before "is called" (see namingVerbs and
// namingBe) at the end of before, a line's text up to a term, and whether
// before ends so; a space, or more, must end before. A sentence that opens
// with "A" or "An" names its thing with the participle alone: "A chosen
// probability $\alpha$ called the **significance level**, such as 5%".
func cutNamingVerb(before []byte) ([]byte, bool) {
	rest := bytes.TrimRight(before, " ") // "تسمي  **transaction**": a space typed twice
	if len(rest) == len(before) {
		return nil, false
	}
	for _, v := range namingVerbs {
		if r, ok := bytes.CutSuffix(rest, v); ok {
			for _, be := range namingBe {
				if s, ok := bytes.CutSuffix(r, be); ok {
					return s, true
				}
			}
			if opensIndefinite(r[sentenceStart(r):]) {
				return r, true
			}
			return nil, false
		}
	}
	for _, v := range namingAbroad {
		if r, ok := bytes.CutSuffix(rest, v); ok {
			return bytes.TrimRight(r, ","), true // "Il filamento compattato …, si chiama"
		}
	}
	return nil, false
}

// opensIndefinite reports whether sentence opens with an indefinite
// article, as a phrase that brings in a new thing does: "A chosen
// probability", "An estimator".
func opensIndefinite(sentence []byte) bool {
	return bytes.HasPrefix(sentence, []byte("A ")) || bytes.HasPrefix(sentence, []byte("An "))
}

// endsClause reports whether rest, the text after a named term, ends its
// clause: nothing, a punctuation mark, or a condition ("**linearly
// independent** when", "**unitary** if"), maybe after the term's symbol,
// a formula or a participle that names it ("the _null hypothesis_ $H_0$.",
// "the **null hypothesis** denoted by $H_0$").
func endsClause(rest []byte) bool {
	rest = bytes.TrimRight(rest, " \t")
	if len(rest) == 0 {
		return true
	}
	if sym := symbolAfter(rest); sym > 0 {
		return endsClause(rest[sym:])
	}
	for _, w := range []string{" denoted ", " written ", " symbolised ", " symbolized "} {
		if bytes.HasPrefix(rest, []byte(w)) {
			return true
		}
	}
	switch rest[0] {
	case '.', ',', ';', ')', ':':
		return true
	}
	for _, w := range []string{" if", " when", " iff", " ("} {
		if bytes.HasPrefix(rest, []byte(w)) && (len(rest) == len(w) || rest[len(w)] == ' ' || w == " (") {
			return true
		}
	}
	return false
}

// symbolAfter returns the length of the formula that opens rest after a
// space, " $H_0$" after "the _null hypothesis_", or 0: a one-dollar span
// of up to 16 bytes that closes on the line.
func symbolAfter(rest []byte) int {
	if len(rest) < 4 || rest[0] != ' ' || rest[1] != '$' || rest[2] == '$' {
		return 0
	}
	k := bytes.IndexByte(rest[2:], '$')
	if k <= 0 || k > 16 {
		return 0
	}
	return k + 3
}

// callAdverbials open the words after "called" that tell how, when or by
// what a function or handler is called, not a name it is called by: "A
// function expression called at once.", "The handler is called by the
// kernel." They are matched as typed, in lower case: a name after "called"
// is more often capitalised.
var callAdverbials = map[string]bool{
	"at": true, "by": true, "on": true, "in": true, "with": true, "from": true, "for": true, "to": true,
	"into": true, "inside": true, "within": true, "through": true, "via": true, "when": true, "whenever": true,
	"after": true, "before": true, "during": true, "once": true, "twice": true, "again": true, "immediately": true,
	"first": true, "last": true, "later": true, "only": true, "every": true, "each": true, "back": true,
}

// asAdverbials follow "called as" to tell when or how a function is
// called, not a name: "A callback is called as needed.", "called as soon
// as the page loads".
var asAdverbials = map[string]bool{
	"needed": true, "required": true, "necessary": true, "soon": true, "usual": true, "well": true,
	"such": true, "follows": true, "expected": true, "before": true, "often": true,
}

// plainCalledTerm splits a block's first sentence that names its term
// after what it defines, as calledTerm does, when the term is not set in
// emphasis: "a species that acts as both an acid and a base is called
// amphoteric." asks "amphoteric" and answers with the sentence, as
// "Sediment at the base of a glacial ice sheet is known as lodgement
// till. It tends to …" asks "lodgement till". Without emphasis to mark the
// term, the sentence must be plain words: it opens the block's first line,
// holds no comma, formula, code or link, its term of one to three words
// ends it, and its subject of two words or more is no pronoun ("This
// visible bulge is known as the uncus" names what the sentence before
// defines).
func (p *parsed) plainCalledTerm(n ast.Node, lo, hi int) (split, bool) {
	ls := n.Lines()
	if ls == nil || ls.Len() == 0 || lo != ls.At(0).Start || hi > ls.At(0).Stop {
		return split{}, false
	}
	line := p.src[lo:hi]
	start := 0 // an escaped bullet, "\* an attribute …", opens the line
	for start < len(line) && strings.IndexByte(`\*-+ `, line[start]) >= 0 {
		start++
	}
	end := bytes.IndexByte(line, '.')
	if end < 0 || end+1 < len(line) && line[end+1] != ' ' || bytes.ContainsAny(line[:end], "*_`$[]<>,;:!?()\"") {
		return split{}, false
	}
	sentence := line[start:end]
	for _, v := range namingVerbs {
		if !containsText(sentence, string(v)) {
			continue // the quick test: bytes.LastIndex reads a byte at a time
		}
		at := bytes.LastIndex(sentence, v)
		if at < 0 || at+len(v) >= len(sentence) || sentence[at+len(v)] != ' ' {
			continue
		}
		subject, ok := cutNamingVerb(sentence[:at+len(v)+1])
		first, _, _ := strings.Cut(string(subject), " ")
		if !ok || countFields(string(subject)) < 2 || lookupLower(statementSubjects, first) {
			return split{}, false
		}
		termLo := at + len(v) + 1
		if next, _, _ := bytes.Cut(sentence[termLo:], []byte(" ")); callAdverbials[string(next)] {
			return split{}, false // "A function expression called at once.": when it runs, no name
		}
		if after, ok := bytes.CutPrefix(sentence[termLo:], []byte("as ")); ok && string(v) == " called" {
			// "an element which is to be called as pivot element" names
			// pivot element; "called as needed" says when.
			if next, _, _ := bytes.Cut(after, []byte(" ")); asAdverbials[string(next)] {
				return split{}, false
			}
			termLo += len("as ")
		}
		for _, a := range []string{"a ", "an ", "the "} {
			if bytes.HasPrefix(sentence[termLo:], []byte(a)) {
				termLo += len(a)
				break
			}
		}
		term := string(sentence[termLo:])
		if n := countFields(term); n < 1 || n > 3 || !isWordOnly([]byte(strings.ReplaceAll(strings.ReplaceAll(term, "-", ""), "'", ""))) || !isTerm(term) {
			return split{}, false
		}
		off := lo + start
		return split{termLo: off + termLo, termHi: off + len(sentence), defLo: off, defHi: lo + end + 1, sep: "called"}, true
	}
	return split{}, false
}

// splitNamedSentences cuts each line of ls that names two terms or more
// after what they are ("… is called the _null hypothesis_ $H_0$, … Hypothesis
// testing is also known as **significance testing**.") before every
// sentence but its first that names one: calledTerm reads one term a line,
// and each sentence asks for its own. Other lines are kept as they are.
func (p *parsed) splitNamedSentences(ls [][2]int) [][2]int {
	var out [][2]int
	for i, r := range ls {
		line := p.src[r[0]:r[1]]
		if namings(line) < 2 {
			if out != nil {
				out = append(out, r)
			}
			continue
		}
		if out == nil {
			out = append(make([][2]int, 0, len(ls)+2), ls[:i]...)
		}
		lo := r[0]
		cuts := namedCuts(line)
		for k, c := range cuts {
			next := len(line)
			if k+1 < len(cuts) {
				next = cuts[k+1][0]
			}
			if namings(line[c[1]:next]) == 0 || namings(p.src[lo:r[0]+c[0]]) == 0 {
				continue // no naming in the sentence, or none in the text before it
			}
			out = append(out, [2]int{lo, r[0] + c[0]})
			lo = r[0] + c[1]
		}
		out = append(out, [2]int{lo, r[1]})
	}
	if out == nil {
		return ls
	}
	return out
}

// namedCuts returns where line may be cut between the terms it names: the
// end of a sentence and the start of the next, and the clauses a sentence
// joins with ", and ": "… is called the _null hypothesis_ $H_0$, and
// where it is true is called the _alternative hypothesis_ $H_A$." names
// each in its clause. Each cut is the end of the text before it and the
// start of the text after it.
func namedCuts(line []byte) [][2]int {
	starts := sentenceStarts(line)
	cuts := make([][2]int, 0, len(starts)+1)
	for i := 0; ; {
		k := bytes.Index(line[i:], []byte(", and "))
		if k < 0 {
			break
		}
		i += k
		for len(starts) > 0 && starts[0] <= i {
			cuts = append(cuts, [2]int{starts[0], starts[0]})
			starts = starts[1:]
		}
		cuts = append(cuts, [2]int{i, i + len(", and ")})
		i += len(", and ")
	}
	for _, at := range starts {
		cuts = append(cuts, [2]int{at, at})
	}
	return cuts
}

// namings counts the terms text names in emphasis after a naming verb:
// " called the _", " known as **". It reads text once, hopping from space
// to space and testing the verb that may open there by its first letter
// (a search for each verb in turn stopped at every space four times).
func namings(text []byte) int {
	if !hasEmphasisMark(text) {
		return 0
	}
	n := 0
	for i := bytes.IndexByte(text, ' '); i >= 0; {
		if k := namingVerbAt(text[i:]); k > 0 && namesInEmphasis(text[i+k:]) {
			n++
		}
		k := bytes.IndexByte(text[i+1:], ' ')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return n
}

// namingVerbAt returns the length of the naming verb (namingVerbs) that t
// opens with, or 0; no two verbs share the letter after their space.
func namingVerbAt(t []byte) int {
	if len(t) < 2 {
		return 0
	}
	switch t[1] {
	case 'c', 'k', 't', 'r': // the letters after the verbs' space
	default:
		return 0 // the quick test: most words open with another letter
	}
	for _, v := range namingVerbs {
		if v[1] == t[1] && bytes.HasPrefix(t, v) {
			return len(v)
		}
	}
	return 0
}

// namesInEmphasis reports whether rest, what follows a naming verb, opens
// with an emphasis after blanks and an article: " the _null hypothesis_".
func namesInEmphasis(rest []byte) bool {
	rest = bytes.TrimLeft(rest, " ")
	for _, a := range []string{"the ", "a ", "an "} {
		rest = bytes.TrimPrefix(rest, []byte(a))
	}
	return len(rest) > 0 && (rest[0] == '*' || rest[0] == '_')
}

// sentenceStarts returns where the sentences of line after its first
// start: after a full stop, a question or an exclamation mark that ends a
// word, a formula or an emphasis, then blanks and a capital; not after an
// abbreviation ("e.g.", "vs.").
func sentenceStarts(line []byte) []int {
	var starts []int
	for i := 1; i+2 < len(line); i++ {
		c := line[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(line) && line[j] == ' ' {
			j++
		}
		if j == i+1 || j == len(line) || line[j] < 'A' || line[j] > 'Z' || abbreviationStop(line[:i+1]) {
			continue
		}
		starts = append(starts, j)
	}
	return starts
}
