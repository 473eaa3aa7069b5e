package extract

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// maxHeadNameWords bounds the words of a statement's name in parentheses:
// a longer aside is prose, "(this is the version we proved in class)".
const maxHeadNameWords = 6

// headName finds the name that follows a statement's bold head in
// parentheses, as textbooks set it: rest is the text after "**Definition
// 2.1**" in "**Definition 2.1** (Group). A group is …". It returns the
// offsets in rest of the name and of the statement after it, which is
// empty when the parentheses end rest ("(Identity Matrix)" alone). A
// citation or an item marker names nothing: "(Bouton, 1901)", "(i)".
func headName(rest []byte) (lo, hi, body int, ok bool) {
	i := 0
	for i < len(rest) && rest[i] == ' ' {
		i++
	}
	if i == len(rest) || rest[i] != '(' {
		return 0, 0, 0, false
	}
	end := bytes.IndexByte(rest[i:], ')')
	if end < 0 {
		return 0, 0, 0, false
	}
	lo, hi = i+1, i+end
	name := bytes.TrimSpace(rest[lo:hi])
	if !isHeadName(name) {
		return 0, 0, 0, false
	}
	body = hi + 1
	if body < len(rest) && (rest[body] == '.' || rest[body] == ':') {
		body++
	}
	if body < len(rest) && rest[body] != ' ' {
		return 0, 0, 0, false // "(Group)s": the parentheses are inside a word
	}
	for body < len(rest) && rest[body] == ' ' {
		body++
	}
	return lo, hi, body, true
}

// isHeadName reports whether name, the text between a statement head's
// parentheses, names the statement: "Group", "Rank–nullity", "Identity
// Matrix". A year or a list marks a citation, "Bouton, 1901"; a short
// lower-case word is an item marker, "i", "ii", "a".
func isHeadName(name []byte) bool {
	if len(name) == 0 || bytes.ContainsAny(name, "0123456789,;()[]$*_") {
		return false
	}
	r, _ := utf8.DecodeRune(name)
	if !unicode.IsLetter(r) || len(name) <= 3 && unicode.IsLower(r) {
		return false
	}
	return countFields(string(name)) <= maxHeadNameWords
}

// headNameAfter returns the name and the statement of a line whose bold
// head, source [termLo, termHi) of block n, is a statement's kind and
// number alone and the name follows it in parentheses from defLo: "Group"
// and "A group is …" in "**Definition 2.1** (Group). A group is …". The
// name is the term; the head asks nothing a card can tell apart.
func (p *parsed) headNameAfter(n ast.Node, termLo, termHi, defLo, hi int) (int, int, int, bool) {
	if defLo >= hi || p.src[defLo] != '(' {
		return 0, 0, 0, false
	}
	lo, nameHi, body, ok := headName(p.src[defLo:hi])
	if !ok || defLo+body >= hi {
		return 0, 0, 0, false
	}
	if name, head := isStatementHead(p.plain(n, termLo, termHi)); !head || name != "" {
		return 0, 0, 0, false
	}
	return defLo + lo, defLo + nameHi, defLo + body, true
}

// namedHeadTerm narrows a term that is a statement's bold head and its name
// in parentheses to the name: "Zero-Knowledge Proof" in "**Definition
// 1.1** (Zero-Knowledge Proof): A proof that …", as headNameAfter does
// where no colon follows.
func (p *parsed) namedHeadTerm(s split) split {
	t := p.src[s.termLo:s.termHi]
	if len(t) < 6 || t[len(t)-1] != ')' || !(bytes.HasPrefix(t, []byte("**")) || bytes.HasPrefix(t, []byte("__"))) {
		return s
	}
	k := bytes.Index(t[2:], t[:2])
	if k < 0 {
		return s
	}
	rest := t[2+k+2:]
	lo, hi, body, ok := headName(rest)
	if !ok || body < len(rest) {
		return s
	}
	if name, head := isStatementHead(string(t[2 : 2+k])); !head || name != "" {
		return s
	}
	off := s.termLo + 2 + k + 2
	s.termLo, s.termHi = off+lo, off+hi
	return s
}

// displayAfterColon ends the answer of the one card paragraph n made (the
// card at index made) with the display next that follows the paragraph,
// when the card is the paragraph's last line and its answer ends with the
// colon that leads the display in:
// "**Fermat's Little Theorem.** Let $p$ be a prime … Then:", a blank line,
// and "$$a^{p-1} \equiv 1 \pmod{p}$$". Without it the theorem's card
// stops at "Then:", its statement lost. A sentence that breaks off for its
// formula with no colon leads it in too (see breaksOff): "… for every event
// $B$, we have", "… are independent if".
func (b *builder) displayAfterColon(n, next ast.Node, made int) {
	p := b.p
	if len(b.cards) != made+1 || !p.displayMath(next) {
		return
	}
	ls := p.lines(n)
	c := &b.cards[made]
	if len(ls) == 0 || c.Pos.Line != p.line(ls[len(ls)-1][0]) || !breaksOff(c.Back) {
		return
	}
	var lines []string
	for _, r := range p.lines(next) {
		lines = append(lines, escapeText(string(bytes.TrimRight(p.src[r[0]:r[1]], "\n"))))
	}
	c.Back += "<br>" + p.cardHTML(strings.Join(lines, "<br>"))
	b.cover(next)
}

// breaksOff reports whether back, a card's answer, ends before its sentence
// does, so that a display under it goes on with it: with a colon, a comma
// or a word, "Then:", "we have", "… independent if". An answer that ends
// with its full stop, a question mark or a formula is whole.
func breaksOff(back string) bool {
	t := strings.TrimRightFunc(stripTags(back), unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == ':' || r == ',' || unicode.IsLetter(r)
}

// isProofCallout reports whether block n is the callout of a proof, "> [!proof]-"
// or ">>[!PROOF]-" nested in the theorem it proves.
func (p *parsed) isProofCallout(n ast.Node) bool {
	q, ok := n.(*ast.Blockquote)
	if !ok || q.FirstChild() == nil || q.FirstChild().Lines().Len() == 0 {
		return false
	}
	return p.calloutType(q.FirstChild()) == "proof"
}

// withoutProofs drops from body, the blocks of a callout after its title,
// the proof callouts nested in it: ">[!THEOREM] Theorem: Monotonicity of
// Measures" over its statement and ">>[!PROOF]-" asks for the statement;
// the proof, folded away in Obsidian, makes a card of its own.
func (p *parsed) withoutProofs(body []ast.Node) []ast.Node {
	if !slices.ContainsFunc(body, p.isProofCallout) {
		return body
	}
	return slices.DeleteFunc(slices.Clone(body), p.isProofCallout)
}

// provedTitle returns the title of the statement the proof callout q
// proves: the callout before it (see statementBefore), "> [!lemma]
// Proposition 1" over "> [!proof]-", or the callout it is nested in,
// ">[!THEOREM] Theorem: Subadditivity" around ">>[!PROOF]-".
func (p *parsed) provedTitle(q *ast.Blockquote) (string, bool) {
	if prev, ok := statementBefore(q).(*ast.Blockquote); ok && prev.FirstChild() != nil {
		if t, ok := p.calloutTitle(prev.FirstChild()); ok && !strings.EqualFold(t, "proof") {
			return t, true
		}
	}
	if up, ok := q.Parent().(*ast.Blockquote); ok && up.FirstChild() != nil {
		if t, ok := p.calloutTitle(up.FirstChild()); ok && !strings.EqualFold(t, "proof") {
			return t, true
		}
	}
	return "", false
}

// proofAbbreviations are the short labels of a proof, written with their
// full stop: "Dim." (dimostrazione) and "Pf.".
var proofAbbreviations = map[string]bool{"dim": true, "pf": true}

// opensWithProof reports whether paragraph n opens with the label of a
// proof, set in emphasis or alone on its line: ">**Dim.**" over "Si ha:" and
// the steps of the proof, "**Démonstration**" over "Alors on a :" and a
// list. A proof's lines lead in its steps; they define nothing, so they
// make no card of their own and stay in the card of their heading.
func (p *parsed) opensWithProof(n ast.Node) bool {
	if n.Lines().Len() < 2 {
		return false // "**Proof.** By induction.": a line that is also the proof
	}
	return p.proofLabelFirst(n)
}

// proofLabelFirst reports whether the first line of paragraph n opens with
// the label of a proof, as opensWithProof reads it, whatever follows.
func (p *parsed) proofLabelFirst(n ast.Node) bool {
	if n.Lines() == nil || n.Lines().Len() == 0 {
		return false
	}
	first := n.Lines().At(0)
	line := bytes.TrimSpace(p.src[first.Start:first.Stop])
	emphasis := len(line) > 0 && (line[0] == '*' || line[0] == '_')
	line = bytes.TrimLeft(line, "*_")
	end := bytes.IndexAny(line, ".:*_ ")
	if end <= 0 || end > 3*lookupKeyMax {
		return false
	}
	word, rest := string(line[:end]), bytes.Trim(line[end:], "*_.: ")
	if !emphasis && len(rest) > 0 {
		return false // "Proof that every PID is a UFD: …": prose about a proof
	}
	if proofAbbreviations[strings.ToLower(word)] {
		return line[end] == '.'
	}
	return lookupLower(proofTitles, word)
}

// dropTitleTwins drops the cards made from the body of a titled callout,
// from index made on, that ask the callout's own card again: its term is in
// the title and its answer is the callout's. "> [!Definition] Unitary
// operator" over "An isometry $U$ is called **unitary** if it is
// invertible." asks one thing: "unitary" → that sentence repeats it. The
// callout's card is at index made-1, when it was made.
func (b *builder) dropTitleTwins(made int) {
	if made < 1 || made >= len(b.cards) {
		return
	}
	own := b.cards[made-1]
	title := strings.ToLower(stripTags(own.Front))
	kept := b.cards[:made]
	for _, c := range b.cards[made:] {
		if c.Back == own.Back && strings.Contains(title, strings.ToLower(stripTags(c.Front))) {
			continue
		}
		kept = append(kept, c)
	}
	b.cards = kept
}

// kindsAbroad are statement kinds and their abbreviations that
// statementTitles lacks: "Def.", "Thm", "Th:", "Lem.", "Cor.", "Rmk.",
// "Obs:" (observation), and the Polish "Twierdzenie:" over a theorem,
// "Definicja", "Lemat", "Wniosek" (corollary), "Stwierdzenie"
// (proposition).
var kindsAbroad = map[string]bool{"def": true, "defn": true, "dfn": true, "thm": true, "th": true, "obs": true, "prop": true,
	"lem": true, "cor": true, "rmk": true, "twierdzenie": true, "definicja": true, "lemat": true, "wniosek": true, "stwierdzenie": true}

// kindFront asks a bold label over a statement that only names the
// statement's kind, "**Def.**", "**Twierdzenie:**", ">**Proposizione**", with
// the heading it sits under: "Długość krzywej: Def", as an untitled
// "> [!theorem]" is asked. Alone, "Def" asks nothing a card can tell from
// the next "Def". A numbered label, "**Theorem 5.**", names its statement.
func kindFront(front string, sc scope) string {
	if len(front) > maxKindFront {
		return front // longer than any kind: spare stripTags
	}
	t := strings.TrimRight(strings.TrimSpace(stripTags(front)), ".:：")
	if strings.ContainsAny(t, "0123456789") || !isStatementTitle(t) && !lookupLower(kindsAbroad, t) && !lookupLower(definitionsAbroad, t) {
		return front
	}
	c := sc.context()
	if len(c) == 0 {
		return front
	}
	return escapeText(headingName(c[len(c)-1])) + ": " + front // "## 2. State" asks "State: Definiție"
}

// kindKey returns the front that identifies the card kindFront asks of
// label front, or "" when the card is known by its front. A word for
// "definition" abroad, "**Definiție:**", was asked bare ("Definiție"), or
// with its owner only beside another heading's, and keeps that identity
// (see Card.Key): asked with its heading, "State: Definiție", the card
// keeps its review history.
func kindKey(front string) string {
	if len(front) > maxKindFront || !lookupLower(definitionsAbroad, strings.TrimRight(strings.TrimSpace(stripTags(front)), ".:：")) {
		return ""
	}
	return front
}

// ruleAfterDisplay rewrites the dashes of a rule on the line right under a
// "$$" display as stars, "***", the same rule in as many bytes. Obsidian
// ends the display at its closing "$$" and draws the rule; read as
// CommonMark, the display is paragraph text and the dashes underline it as
// a heading: "**Przykład:**", "Oblicz pole …" and the formula became the
// heading of the sections after it, and their card was lost.
func ruleAfterDisplay(body []byte) []byte {
	if !containsText(body, "$$") || !containsText(body, "\n---") {
		return body
	}
	var out []byte // nil until a rule is rewritten
	dollars, closed := 0, false
	textLines(body, func(off int, line []byte) {
		t := bytes.TrimSpace(line)
		if len(t) == 0 {
			dollars, closed = 0, false // a blank line ends the paragraph
			return
		}
		if closed && isHeadingRule(t) {
			if out == nil {
				out = slices.Clone(body)
			}
			for i, c := range line {
				if c == '-' {
					out[off+i] = '*'
				}
			}
		}
		k := bytes.Count(t, []byte("$$"))
		dollars += k
		closed = k > 0 && dollars%2 == 0 && bytes.HasSuffix(t, []byte("$$"))
	})
	if out == nil {
		return body
	}
	return out
}

// isHeadingRule reports whether t, a trimmed line, is a rule of three dashes or
// more, "---" or "- - -", which under a paragraph underlines it as a heading.
func isHeadingRule(t []byte) bool {
	n := 0
	for _, c := range t {
		switch c {
		case '-':
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// maxTermTailWords bounds the words between a definition's bold term and
// its verb: "on $(X, \Sigma)$" in "A **measure** on $(X, \Sigma)$ is …".
const maxTermTailWords = 6

// boldDefinitionLead returns the term of a lead-in of one line that is a
// definition of the term it sets in bold, "A **measure** on $(X, \Sigma)$
// is a function … with the following properties:" over the list of them:
// the term asks, and the sentence and its list answer. As a front, the
// sentence asked nothing a student could recall.
func (b *builder) boldDefinitionLead(par ast.Node, ls [][2]int) (string, bool) {
	p := b.p
	if len(ls) != 1 {
		return "", false
	}
	term, ok := p.definedTerm(par)
	if !ok {
		return "", false
	}
	t, name := p.plain(par, 0, everything), stripTags(term)
	i := strings.Index(t, name)
	if i < 0 {
		return "", false
	}
	switch strings.ToLower(strings.TrimSpace(t[:i])) {
	case "", "a", "an", "the":
	default:
		return "", false // "Every **group** is …": no definition of the term
	}
	rest := t[i+len(name):]
	verb := strings.Index(rest, " is ")
	if are := strings.Index(rest, " are "); are >= 0 && (verb < 0 || are < verb) {
		verb = are
	}
	if verb < 0 || countFields(rest[:verb]) > maxTermTailWords {
		return "", false
	}
	return term, true
}

// kindOwners asks each card whose front only names a statement's kind,
// "Definition" of "- **Definition:** A telesystem involves a human and a
// robot …" under "### Telesystems", with the heading it belongs to:
// "Telesystems: Definition", as kindFront asks a bold label over its
// paragraph. Under no heading, the title card right before it owns it
// (see titleOwner), or else the note's title: "Nilpotent Groups: Lemma" in
// a note of bold labels and no heading. Bare, every section's "Definition"
// is one question with many answers. The card keeps the identity it had
// bare (Card.Key), so its review history survives.
func (p *parsed) kindOwners(cards []Card, title string) {
	var owned []int // the cards asked with their owner
	for i := range cards {
		c := &cards[i]
		if c.Kind == Cloze || len(c.Front) > maxKindFront {
			continue // the quick test: longer than any kind
		}
		t := strings.TrimRight(strings.TrimSpace(stripTags(c.Front)), ".:：")
		if t == "" || strings.ContainsAny(t, "0123456789") || !isStatementTitle(t) && !lookupLower(kindsAbroad, t) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsLower(r) {
			continue // "un teorema" defines the word, a term of its own; Hebrew "פתרון" has no case
		}
		owner, ok := p.titleOwner(cards, i)
		if !ok && len(c.Context) == 0 && title != "" && !headsNext(cards, i, t) {
			owner, ok = escapeText(title), true
		}
		if n := len(c.Context); n > 0 {
			owner, ok = escapeText(kindOwnerName(c.Context[n-1])), true
		}
		if !ok {
			continue
		}
		if c.Key == "" {
			c.Key = c.Front
		}
		c.Front = owner + ": " + c.Front
		owned = append(owned, i)
	}
	numberKindsAlike(cards, owned)
}

// headsNext reports whether kind t of cards[i] heads the card after it, as
// an outline's top item "- Lemma" heads its sub-items: its own cards ask
// with it, "Lemma: Beweis", and so must it.
func headsNext(cards []Card, i int, t string) bool {
	return i+1 < len(cards) && len(cards[i+1].Context) > 0 && cards[i+1].Context[0] == t
}

// numberKindsAlike numbers the cards owned, kinds asked with their owner
// by kindOwners, that still ask alike with different answers: two
// "**Thm.**" paragraphs under "## Cosets" ask "Cosets: Thm 1" and "Cosets:
// Thm 2", in the order of the note, as notes number their theorems. Asked
// alike, they were one question with two answers, which no student can
// tell apart. Each card keeps its key.
func numberKindsAlike(cards []Card, owned []int) {
	if len(owned) < 2 {
		return // the quick test: no two kinds owned
	}
	byFront := map[string][]int{}
	for _, i := range owned {
		byFront[cards[i].Front] = append(byFront[cards[i].Front], i)
	}
	for _, is := range byFront {
		if len(is) < 2 || !answersDiffer(cards, is) {
			continue
		}
		for k, i := range is {
			cards[i].Front += " " + strconv.Itoa(k+1)
		}
	}
}

// kindOwnerName is the name a level asks a kind with, without the
// numbering of its list or heading: "Mode of Production: Definition"
// under "2. Mode of Production", as its other parts are asked. A level
// that is only a kind and its number, "1. Example", keeps its number: it
// tells the examples apart.
func kindOwnerName(level string) string {
	if name := headingName(level); name != level && !isStatementTitle(name) && !lookupLower(kindsAbroad, name) {
		return name
	}
	return level
}

// keepLabelled records that card i asks callout q with the heading it sits
// under, "The Chi-Square Distribution: Theorem 1" for an untitled
// "::: {.theorem}", so that its proof is asked with that front.
func (b *builder) keepLabelled(q *ast.Blockquote, i int) {
	if b.labelled == nil {
		b.labelled = map[*ast.Blockquote]int{}
		b.proofs = map[int]int{}
	}
	b.labelled[q] = i
}

// proofOfLabelled returns the card of the statement the proof callout q
// proves when that statement's title is a bare label asked with its
// heading: two untitled theorems under "## The Chi-Square Distribution",
// each with its proof, are asked "The Chi-Square Distribution: Theorem 1"
// and "…: Theorem 2", and their proofs "Proof of" those fronts, not twice
// "Proof of Theorem".
func (b *builder) proofOfLabelled(q *ast.Blockquote) (int, bool) {
	for _, s := range []ast.Node{statementBefore(q), q.Parent()} {
		if s, ok := s.(*ast.Blockquote); ok {
			if i, ok := b.labelled[s]; ok && i < len(b.cards) {
				return i, true
			}
		}
	}
	return 0, false
}

// stepAmongSteps reports whether paragraph n, split at its bold lead s, is
// a step of a numbered procedure whose object takes no determiner: "2.
// **Write** half-reactions for oxidation and reduction." between "1.
// **Identify** the oxidized …" and "3. **Balance** each half-reaction".
// Its shape, one bold word run into lower-case text, is the shape of the
// items next to it, and one of them is a step (see isBoldStep): the bold
// words of a run of steps are verbs, not terms. Only the items next to n
// are read, so a long list costs no more per item.
func (p *parsed) stepAmongSteps(n ast.Node, s split) bool {
	item, ok := n.Parent().(*ast.ListItem)
	if !ok || n != item.FirstChild() || !p.runInWord(n, s) {
		return false
	}
	step := false
	for _, sib := range []ast.Node{item.PreviousSibling(), item.NextSibling()} {
		if sib == nil {
			continue
		}
		para := sib.FirstChild()
		if para == nil || para.Lines().Len() == 0 {
			return false
		}
		first := para.Lines().At(0)
		t, ok := p.emphasisLead(para, first.Start, first.Stop, 2)
		if !ok || !p.runInWord(para, t) {
			return false
		}
		step = step || isBoldStep(para, p.plain(para, t.termLo, t.termHi), p.src[t.defLo:t.defHi])
	}
	return step
}

// runInWord reports whether the bold lead s of paragraph n is one word run
// into text that goes on in lower case, with no separator between them:
// "**Write** half-reactions …", not "**Osmosis**: water moves …".
func (p *parsed) runInWord(n ast.Node, s split) bool {
	term := p.plain(n, s.termLo, s.termHi)
	if term == "" || strings.ContainsAny(term, " -") {
		return false
	}
	if s.termHi > s.defLo || s.defLo > s.defHi || s.defHi > len(p.src) {
		return false
	}
	r, _ := utf8.DecodeRune(bytes.TrimSpace(p.src[s.defLo:s.defHi]))
	return unicode.IsLower(r) && !bytes.ContainsAny(p.src[s.termHi:s.defLo], ":–—")
}

// proofTitleWord reports whether title, the title of a proof's callout,
// only says that it proves: "Proof", "Beweis", or the verb as MkDocs notes
// title a folded box, `??? proof "Prove"`. Such a proof is asked as the
// proof of the statement above it.
func proofTitleWord(title string) bool {
	t := strings.TrimSpace(title)
	return lookupLower(proofTitles, t) || strings.EqualFold(t, "prove") || strings.EqualFold(t, "proofs")
}

// provesAbove reports whether heading h, the last of b.heads, follows the
// statement a proof under it would prove: a heading of its level ended
// there (sibling), or the heading right above it names a statement, its
// kind and its number or name, "## Theorem Eigenspaces and Subspaces" over
// "### Proof". A kind alone over it, "# Teorema", may head a topic about
// proofs.
func (b *builder) provesAbove(h heading, sibling bool) bool {
	if sibling {
		return true
	}
	if len(b.heads) < 2 || b.heads[len(b.heads)-2].level >= h.level {
		return false
	}
	w, rest, _ := strings.Cut(strings.TrimSpace(b.heads[len(b.heads)-2].text), " ")
	w = strings.ToLower(strings.TrimRight(w, ".:"))
	return strings.TrimSpace(rest) != "" && (slices.Contains(statementKinds, w) || kindsAbroad[w])
}

// isProofHeading reports whether a heading's plain text only says that
// the section proves, "Proof:", "### Доказательство:", or that and what
// it proves in brackets, "Доказательство (для S̄(f)):". A proof's lines are
// its steps ("Построим новое разбиение τ = τ₁ ∪ τ₂", "Construct a new
// partition …"): they define nothing and make no cards of their own, as in
// a proof callout. The caller asks too that the heading follow one of its
// level, the statement it proves ("### Property 3" over "### Proof:"): a
// first subheading "## Dimostrazione" under "# Teorema" may be a topic
// about proofs. A heading that states the proved claim, "Proof ⟨a⟩ is a
// subgroup of G", heads more than a proof and is read as any other.
func isProofHeading(text string) bool {
	t := strings.TrimSpace(text)
	word, rest, _ := strings.Cut(t, " ")
	word = strings.TrimRight(word, ".:")
	rest = strings.TrimSpace(rest)
	if rest != "" && (rest[0] != '(' || !strings.HasSuffix(strings.TrimRight(rest, ".: "), ")")) {
		return false
	}
	return lookupLower(proofTitles, word)
}
