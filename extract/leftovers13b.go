package extract

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// endsSection reports whether nothing but rules and empty HTML, "---" and
// "<br>", stands between block n and the next heading or the end of the
// note: n is the last of its section's content. "# Conditional
// probability" over "> [!definition]", "---" and "<br>" is a section of
// one callout, which its heading's card asks.
func (p *parsed) endsSection(n ast.Node) bool {
	for s := n.NextSibling(); s != nil; s = s.NextSibling() {
		switch s := s.(type) {
		case *ast.Heading:
			return true
		case *ast.ThematicBreak:
			continue
		case *ast.HTMLBlock:
			if !p.emptyHTML(s) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// emptyHTML reports whether HTML block n shows no text: "<br>", "<hr/>".
func (p *parsed) emptyHTML(n *ast.HTMLBlock) bool {
	for i := 0; i < n.Lines().Len(); i++ {
		l := n.Lines().At(i)
		if strings.TrimSpace(stripTags(string(l.Value(p.src)))) != "" {
			return false
		}
	}
	return true
}

// numberLabel numbers the card at i, asked by a heading and a callout's
// label, "Cyclotomic Field: Theorem", when an earlier card asks the same:
// two untitled "> [!theorem]" under one heading are "Theorem 1" and
// "Theorem 2", not two cards no front tells apart.
func (b *builder) numberLabel(i int) {
	front := b.cards[i].Front
	if b.labels == nil {
		b.labels = map[string][2]int{}
	}
	l, ok := b.labels[front]
	if !ok {
		b.labels[front] = [2]int{i, 1}
		return
	}
	l[1]++
	b.labels[front] = l
	if l[1] == 2 && l[0] < i && b.cards[l[0]].Front == front {
		b.cards[l[0]].Front = front + " 1"
		if k, ok := b.proofs[l[0]]; ok && k < len(b.cards) && b.cards[k].Front == "Proof of "+front {
			b.cards[k].Front = "Proof of " + front + " 1" // its proof is asked with its new front
		}
	}
	b.cards[i].Front = front + " " + strconv.Itoa(l[1])
}

// bulletedHeading reports whether line is an ATX heading whose text opens
// with a list marker and a space, "### - The Carry Flag (**CF**)".
func bulletedHeading(line []byte) bool {
	marks := 0
	for marks < len(line) && line[marks] == '#' {
		marks++
	}
	if marks > 6 || marks+3 > len(line) || line[marks] != ' ' {
		return false
	}
	_, ok := cutHeadingBullet(bytes.TrimRight(line[marks+1:], " \t\r\n"))
	return ok
}

// cutHeadingBullet returns a heading's text without the list marker it
// opens with: "- The Carry Flag (**CF**)" was written as a bullet in a
// heading, and the flag is asked, not "- The Carry Flag". The marker must
// be followed by a space and then a word: "-1 is odd" and "* * *" keep
// theirs.
func cutHeadingBullet(text []byte) ([]byte, bool) {
	if len(text) < 3 || text[1] != ' ' {
		return text, false
	}
	switch text[0] {
	case '-', '*', '+':
	default:
		return text, false
	}
	rest := bytes.TrimLeft(text[2:], " \t")
	r, _ := utf8.DecodeRune(rest)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '*' && r != '[' && r != '_' && r != '`' && r != '$' {
		return text, false
	}
	return rest, true
}

// spacedBold rewrites a bold phrase with a space inside its stars, as
// Google Docs and pandoc write it ("**a.HTML **\\", "**Term **- text") and
// as students type a title ("**Commutator subgroup is normal **"), as the
// bold the student meant (see innerSpacedBold). CommonMark reads neither
// "**" as bold there, so the stars showed on the card and the line was read
// as prose. Lines inside code fences stay as they are.
func spacedBold(src []byte) []byte {
	if !containsText(src, " **") && !containsText(src, "** ") {
		return src // most notes: spare the walk
	}
	return rewriteLines(src, innerSpacedBold)
}

// maxRuledBody is how many blocks a bold title between two rules may
// answer with: a statement and the lines that go with it, not a chapter.
const maxRuledBody = 6

// ruledBody returns the blocks that answer the bold title n, from next:
// next alone, or every block up to the rule "---" that closes the title's
// part when a rule (or a heading, or the note's start) opens it. "----",
// "**#1 Isomorphism**", "$\varphi:G \to H$ epi-morphism", "$G/ker(\varphi)
// \cong Im(\varphi)$.", "----" answered with the first line only. Another
// bold title, a heading or the note's end before the rule leave next
// alone: the part is not the title's.
func (b *builder) ruledBody(n, next ast.Node) []ast.Node {
	switch n.PreviousSibling().(type) {
	case nil, *ast.ThematicBreak, *ast.Heading:
	default:
		return []ast.Node{next}
	}
	body := []ast.Node{next}
	for s := next.NextSibling(); s != nil && len(body) <= maxRuledBody; s = s.NextSibling() {
		switch s.(type) {
		case *ast.ThematicBreak:
			return body
		case *ast.Heading:
			return body[:1]
		}
		if b.opensWithBoldLine(s) {
			return body[:1]
		}
		body = append(body, s)
	}
	return body[:1]
}

// clauseJoins are the conjunctions that carry one sentence on after a
// dash: a definition never opens with them. "or" is not among them: "MI
// - or heart attack" names the term again.
var clauseJoins = []string{"and", "but", "yet", "nor"}

// continuesClause reports whether def, what follows a dash, opens with a
// conjunction in lower case, "and the moment the oldest debts … are
// repaid": the dash sets off the end of a sentence, it splits no term from
// its definition.
func continuesClause(def []byte) bool {
	def = bytes.TrimLeft(def, "*_ ")
	for _, w := range clauseJoins {
		if len(def) > len(w) && bytes.HasPrefix(def, []byte(w)) && def[len(w)] == ' ' {
			return true
		}
	}
	return false
}

// statementOwner returns the note's title for heading h when h is a
// statement's part, "## Statement", "## Proof", at the top of the
// headings with no heading above it: "Statement" alone asks nothing, the
// note, "Strong Induction.md", names what it states. A file name written
// as a slug, "strong-induction", is read with spaces, and one that opens
// with the heading's kind, "Statement - strong induction", without it.
func (b *builder) statementOwner(h heading) (string, bool) {
	if len(b.heads) > 1 || b.title == "" || strings.EqualFold(b.title, h.text) {
		return "", false
	}
	if t := strings.TrimRight(strings.TrimSpace(h.text), ".:"); !strings.EqualFold(t, "statement") && !isStatementTitle(t) {
		return "", false
	}
	t := b.title
	if len(t) > len(h.text) && strings.EqualFold(t[:len(h.text)], h.text) {
		// "Statement - strong principle of induction.md": the kind, then the name.
		if rest := strings.TrimLeft(t[len(h.text):], " -–—:"); rest != "" && len(rest) < len(t)-len(h.text) {
			t = rest
		}
	}
	t = spacedTitle(t)
	return t, strings.TrimSpace(t) != ""
}

// spacedTitle returns a note's title t as a front names it: a file name
// written as a slug, "strong-induction", is read with spaces.
func spacedTitle(t string) string {
	if !strings.Contains(t, " ") {
		t = strings.NewReplacer("-", " ", "_", " ").Replace(t)
	}
	return t
}

// untitledBack returns a heading's answer, back, without the title of the
// callout it opens with when that title is the front: "## Cyclotomic
// Field" over "> [!definition] Cyclotomic Field" answered "Cyclotomic
// Field", then the definition.
func untitledBack(back, front string) string {
	const open, close = "<blockquote><p><b>", "</b><br>"
	rest, ok := strings.CutPrefix(back, open)
	if !ok {
		return back
	}
	if len(rest) < len(front) || !strings.EqualFold(rest[:len(front)], front) || !strings.HasPrefix(rest[len(front):], close) {
		return back
	}
	return open[:len(open)-len("<b>")] + rest[len(front)+len(close):]
}
