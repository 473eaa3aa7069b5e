package extract

import (
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// maxLabelAnswer is how many blocks under a bare label make its answer: a
// method's call and two examples of it, "`df.pivot_table(…)`" and two
// "`sales.pivot_table(…)`" lines.
const maxLabelAnswer = 4

// labelBlock makes a card of a bullet that only names something and the
// blocks under it that the note did not indent, as cheat sheets are typed:
// "- sort_values", a blank line, "`df.sort_values(by='col1')`", then "-
// value_counts" and its call. Without it the call leads in to the next
// bullet and asks for it ("`df.sort_values(…)`" → "value_counts"), and the
// last name answers nothing. It returns the index of the answer's last
// block, or i when nodes[i] is no such label.
func (b *builder) labelBlock(nodes []ast.Node, i int, sc scope) int {
	j, label := b.labelSpan(nodes, i)
	if j == i {
		return i
	}
	p := b.p
	if b.add(p.html(label, 0, everything), p.blocksHTML(nodes[i+1:j+1]), Basic, p.lineOf(label), sc) {
		b.cover(nodes[i : j+1]...)
	}
	for _, n := range nodes[i+1 : j+1] {
		if isCode(n) {
			b.keyColumns(n, sc) // "- Window" over "c  create window" and "n  next window"
		}
	}
	return j
}

// labelsBlocks reports whether the list nodes[i] is a bare label over the
// blocks under it (see labelSpan): "**Examples**" over "- using +" and its
// fence leads in no list of one caption, the caption asks for its code.
func (b *builder) labelsBlocks(nodes []ast.Node, i int) bool {
	j, _ := b.labelSpan(nodes, i)
	return j > i
}

// titlesCaptions reports whether paragraph n, over captions that each ask
// for the block under them, only titles them: one line, set in bold whole
// or ending in a colon ("**Examples**", "Examples:"). It asks nothing the
// captions do not.
func (b *builder) titlesCaptions(n ast.Node) bool {
	ls := b.p.lines(n)
	if len(ls) != 1 {
		return false
	}
	t := strings.TrimSpace(b.p.plain(n, 0, everything))
	return b.p.boldOnly(n) || strings.HasSuffix(t, ":") && countFields(t) <= 4
}

// labelSpan returns the index of the last block that answers the bare
// label ending the list nodes[i], and the label; i when there is none.
func (b *builder) labelSpan(nodes []ast.Node, i int) (int, ast.Node) {
	l, ok := nodes[i].(*ast.List)
	if !ok || i+1 >= len(nodes) || l.IsOrdered() {
		return i, nil
	}
	if _, nested := l.Parent().(*ast.ListItem); nested {
		// Under a bullet, a list and a block beside it are both the
		// bullet's: "* ReLU" over "- result range [0, +infinity)" and
		// its code.
		return i, nil
	}
	label, ok := b.p.bareLabel(l)
	if !ok {
		return i, nil
	}
	j := i
	for j+1 < len(nodes) && j-i < maxLabelAnswer && b.labelAnswerBlock(nodes, j+1) {
		j++
	}
	if j == i || !b.labelOwnsBlocks(nodes, i, j, label) {
		return i, nil
	}
	return j, label
}

// proseOverLabel makes the cards of the paragraph nodes[i] and of the bare
// label under it with its answer, when the paragraph does not lead in to
// the label: "Cross entropy loss … is a commonly used loss function in
// classification problems." over "* Binary Cross Entropy Loss" and its
// formula, or an image over it. A title or a line that ends with a colon
// leads in still. It returns
// the index of the answer's last block, or i.
func (b *builder) proseOverLabel(nodes []ast.Node, i int, sc scope) int {
	par := nodes[i]
	if j, _ := b.labelSpan(nodes, i+1); j == i+1 || j == i {
		return i
	}
	t := strings.TrimSpace(b.p.plain(par, 0, everything))
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || !isProse(t) && !b.p.imagesOnly(b.p.lines(par)) {
		// "最大子序和" over "- 动态规划" names what the list is of.
		return i
	}
	b.paragraph(par, sc, true)
	b.list(nodes[i+1].(*ast.List), sc)
	return b.labelBlock(nodes, i+1, sc)
}

// labelOwnsBlocks reports whether the blocks nodes[i+1:j+1] under the bare
// label of the list nodes[i] answer it. A lone bullet over a call answers
// with the call ("- Random Sampling" over "`df.sample(n)`"); a code block
// right under a bullet, with no blank line, is that bullet's ("- L1" over
// "```python"); a paragraph answers when the pairs repeat, a bare label over
// blocks again before or after it ("* Binary Cross Entropy Loss" over its
// formula, then "* Categorical Cross Entropy Loss"), since a paragraph under
// one list only goes on with the text.
func (b *builder) labelOwnsBlocks(nodes []ast.Node, i, j int, label ast.Node) bool {
	p := b.p
	l := nodes[i].(*ast.List)
	if f, fence := nodes[i+1].(*ast.FencedCodeBlock); fence && p.fenceLine(f) == p.lineOf(label)+1 {
		return l.ChildCount() == 1 || isNameLike(strings.TrimSpace(p.plain(label, 0, everything)))
	}
	if l.ChildCount() != 1 {
		return false
	}
	if allCode(p, nodes[i+1:j+1]) {
		return true
	}
	if j+1 < len(nodes) {
		if next, ok := nodes[j+1].(*ast.List); ok && !next.IsOrdered() && next.ChildCount() == 1 {
			if _, ok := p.bareLabel(next); ok {
				return true
			}
		}
	}
	k := i - 1
	for k > 0 && i-k <= maxLabelAnswer && b.labelAnswerBlock(nodes, k) {
		k--
	}
	if k < i-1 {
		if prev, ok := nodes[k].(*ast.List); ok && !prev.IsOrdered() && prev.ChildCount() == 1 {
			_, ok := p.bareLabel(prev)
			return ok
		}
	}
	return false
}

// fenceLine returns the line of f's opening fence: its info string's
// ("```python"), else the line above its first line of code.
func (p *parsed) fenceLine(f *ast.FencedCodeBlock) int {
	if f.Info != nil {
		return p.line(f.Info.Segment.Start)
	}
	return p.lineOf(f) - 1
}

// bareLabel returns the last item's text of l when it only names something:
// one short line with no colon, full stop or question mark, nothing nested,
// and no term and definition of its own ("- Hinge - Used for
// classification" defines already).
func (p *parsed) bareLabel(l *ast.List) (ast.Node, bool) {
	item := l.LastChild()
	if item == nil || item.ChildCount() != 1 {
		return nil, false
	}
	label := item.FirstChild()
	if label.Lines() == nil || label.Lines().Len() != 1 {
		return nil, false
	}
	seg := label.Lines().At(0)
	t := strings.TrimSpace(p.plain(label, 0, everything))
	if !hasWordChar(t) || countFields(t) > 8 || strings.ContainsAny(t, ":：?？,，;；。") || strings.HasSuffix(t, ".") {
		return nil, false
	}
	if _, ok := p.splitLine(label, seg.Start, seg.Stop); ok {
		return nil, false
	}
	return label, true
}

// labelAnswerBlock reports whether nodes[k] can answer a bare label: a code
// block, or a paragraph that starts nothing of its own. A list, a heading or
// a table starts something else; so does a paragraph whose first line is
// bold alone ("**4. Observer pattern?**", "**Acceptance**" over its
// definition) and a paragraph over a list that it leads in to, unless that
// list is the next bare label.
func (b *builder) labelAnswerBlock(nodes []ast.Node, k int) bool {
	switch n := nodes[k].(type) {
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return true
	case *ast.Paragraph:
		if ls := b.p.lines(n); len(ls) > 0 {
			if _, bold := b.boldLine(n, ls[0]); bold {
				return false
			}
		}
		if k+1 < len(nodes) {
			if next, ok := nodes[k+1].(*ast.List); ok {
				_, bare := b.p.bareLabel(next)
				return bare && next.ChildCount() == 1 && !b.p.leadsList(n)
			}
		}
		return true
	}
	return false
}

// leadsList reports whether paragraph n, over a list, is a label that
// leads it in: one line ending in a colon, "Problem:" over "- polling
// wastes work" in a pattern's outline. It answers no bare label above it,
// "- notify many objects of an event" under "Intent:": the list is its own.
func (p *parsed) leadsList(n ast.Node) bool {
	if len(p.lines(n)) != 1 {
		return false
	}
	t := strings.TrimSpace(p.plain(n, 0, everything))
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}

// allCode reports whether every block of ns is code: a code block or a
// paragraph of one code span.
func allCode(p *parsed, ns []ast.Node) bool {
	for _, n := range ns {
		if !p.codeAlone(n) {
			return false
		}
	}
	return true
}

// isNameLike reports whether t reads as the name of a thing rather than a
// step, each word capitalised, a number or one identifier: "Mean Squared
// Error", "L2", "sort_values"; "Run the script" is a step, and a code
// block after the last step belongs to the whole list.
func isNameLike(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 1 {
		return true
	}
	for _, w := range ws {
		if c := w[0]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') && !lookupLower(nameJoiners, w) {
			return false
		}
	}
	return true
}

// nameJoiners are the small words a capitalised name keeps in lower case:
// "Bag of Words", "Precision and Recall".
var nameJoiners = map[string]bool{"of": true, "and": true, "or": true, "the": true, "for": true, "in": true, "on": true, "to": true, "vs": true, "vs.": true}

// isFormulaSide reports whether the term before an equals sign is one side
// of a formula rather than a name, so that the line is a formula and no
// card: a function of a letter, "g(z) = z linear function", "g'(z) = a *
// (1 - a)", or words multiplied or divided, "input * filter = output".
// "Faster R-CNN = RPN + Fast R-CNN" and "Precision = TP / (TP + FP)" name
// what they define.
func isFormulaSide(term string) bool {
	return isLetterFunction(term) || isWordProduct(term)
}

// isLetterFunction reports whether t is a function of one or two letters
// applied to its arguments and nothing more: "g(z)", "g'(z)", "P(A|B)".
func isLetterFunction(t string) bool {
	open := strings.IndexByte(t, '(')
	if open < 1 || open > 3 || !strings.HasSuffix(t, ")") || open+2 >= len(t) {
		return false
	}
	name := strings.TrimSuffix(t[:open], "'")
	if name == "" || len(name) > 2 {
		return false
	}
	for _, c := range []byte(name) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return strings.IndexByte(t[open+1:len(t)-1], '(') < 0
}

// isWordProduct reports whether t is words joined by "*" or "/" alone,
// three tokens at least: "input * filter", "distance / time".
func isWordProduct(t string) bool {
	tokens := strings.Fields(t)
	if len(tokens) < 3 || len(tokens)%2 == 0 {
		return false
	}
	for k, w := range tokens {
		if k%2 == 1 {
			if w != "*" && w != "/" {
				return false
			}
			continue
		}
		if !isIdentifier(w) && !isOperand(w) {
			return false
		}
	}
	return true
}

// partLabels name a side of an algorithm or a method, not a thing of their
// own: "Pros", "Cons", "Assumptions", and in Chinese, Japanese and Korean
// notes "缺点" (cons) under "## Redis", "短所" and "단점" under "## Accuracy".
var partLabels = map[string]bool{
	"pros": true, "cons": true, "advantages": true, "disadvantages": true, "advantage": true,
	"disadvantage": true, "assumptions": true, "limitations": true, "drawbacks": true,
	"strengths": true, "weaknesses": true,
	"优点": true, "缺点": true, "優點": true, "缺點": true, "利点": true, "欠点": true,
	"長所": true, "短所": true, "장점": true, "단점": true,
}

// stanceLabels name a side of the judgement a history or economics note
// weighs: "**Agree**" over the points that back the heading's claim,
// "**Disagree**" over those against it, "For" and "Against". Bare, "Agree"
// asks nothing; "For" in a heading ("Tests for ions") names no side.
var stanceLabels = map[string]bool{"agree": true, "disagree": true, "for": true, "against": true}

// isStance reports whether card c is a side of a judgement: a stance label
// (see stanceLabels) over the points it weighs. A label defined on its line,
// the keyword "for: action for each x in y" of a programming glossary, is
// no side.
func isStance(c Card) bool {
	return lookupLower(stanceLabels, strings.TrimSpace(c.Front)) && opensList(c.Back)
}

// ordinalFronts are the fronts that only count the things the line above
// them names, "Stress components have two indices:" over "- The first is
// the axis of the plane" and "- The second is the direction of the
// force": bare, "The first" asks nothing.
var ordinalFronts = map[string]bool{
	"the first": true, "the second": true, "the third": true, "the fourth": true,
	"the last": true, "the former": true, "the latter": true,
}

// maxOrdinalOwnerWords bounds the owner an ordinal front is asked with (see
// ordinalFronts): the line that leads in the things it counts, "Stress
// components have two indices (subscripts), σᵢᵢ,τᵢₖ", longer than a
// heading's name.
const maxOrdinalOwnerWords = 12

// askPartsWithOwner asks a card whose front is only a part label with the
// level of its context it belongs to: "## Random Forest" over "- Cons: no
// interpretability" asks "Random Forest: Cons", "## Nucleophilic
// substitution" over "Conditions: warm, reflux" asks "Nucleophilic
// substitution: Conditions" (see reactionParts), as a student reviews it
// among the cards of other algorithms; a bare "Cons" asks nothing. So is
// an ordinal asked with the lead-in over it (see ordinalFronts). A
// front asked with an owner already (see nameOwners) stays.
func askPartsWithOwner(cards []Card) {
	id, looked := "", false
	for i := range cards {
		c := &cards[i]
		if c.Kind == Cloze || len(c.Front) > 20 {
			continue
		}
		if len(c.Context) == 0 {
			if !askLabels[strings.TrimSpace(c.Front)] {
				continue
			}
			if !looked {
				id, looked = notecardID(cards), true
			}
			if id != "" {
				if c.Key == "" {
					c.Key = c.Front
				}
				c.Front = id + ": " + c.Front // "## When: July 1-3, 1863" under "## ID: Battle of Gettysburg"
			}
			continue
		}
		study := false
		ordinal := lookupLower(ordinalFronts, strings.TrimSpace(c.Front))
		if !ordinal && !lookupLower(partLabels, strings.TrimSpace(c.Front)) && !lookupLower(reactionParts, strings.TrimSpace(c.Front)) && !isStance(*c) {
			if study = isStudyPart(c.Front) || askLabels[strings.TrimSpace(c.Front)] || isArgumentStep(c.Front, c.Context[len(c.Context)-1]); !study {
				continue
			}
		}
		o := questionSubject(strings.TrimSpace(c.Context[len(c.Context)-1]))
		most := maxOwnedWords
		if ordinal {
			most = maxOrdinalOwnerWords
		}
		if o == "" || !namesOwner(o) || countFields(o) > most || namesPart(o) {
			continue
		}
		if study {
			if namesStudyPart(o) || bareCoursePart(o) || namesDocumentKind(o) || lookupLower(glossaryLevels, strings.TrimRight(o, ":：")) {
				// "### Consequences" under "## Causes of the Reformation",
				// "**Impact:**" under "# Unit 3", "## Causes" under "# Revision",
				// "- When: cuando" under "## Vocabulary"
				continue
			}
			o = caseStudyName(o)
		}
		if c.Key == "" {
			c.Key = c.Front
		}
		c.Front = escapeText(o) + ": " + c.Front
	}
}

// notecardID returns the event a history notecard names on its "ID" line,
// "## ID: Battle of Gettysburg" beside "## When: July 1-3, 1863" and "##
// Who:", as the front's text it makes: the note's cards sit under no
// heading, and its question words are asked with it. It returns "" when
// no card of the note outside any heading asks "ID" of a short name.
func notecardID(cards []Card) string {
	for _, c := range cards {
		if len(c.Context) == 0 && c.Front == "ID" && c.Kind == Basic {
			b := strings.TrimSpace(c.Back)
			if b == "" || strings.ContainsAny(b, "<&") || countFields(b) > maxOwnedWords || !namesOwner(b) {
				return ""
			}
			return b
		}
	}
	return ""
}

// namesPart reports whether a heading holds a part label among its words,
// "Pros/Cons", "Advantages and disadvantages", "Services, Products, and
// Offerings", "Agree or disagree": it names the parts, not what they belong
// to.
func namesPart(o string) bool {
	for _, w := range strings.FieldsFunc(o, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if lookupLower(partLabels, w) || lookupLower(reactionParts, w) || lookupLower(stanceLabels, w) && !strings.EqualFold(w, "for") {
			return true
		}
	}
	return false
}
