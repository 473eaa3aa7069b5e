package extract

import (
	"bytes"
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

// maxRuledLookup is how many bytes after a rule ruledOff reads for a word
// of the heading and for the next heading: a topic that comes back says so
// early.
const maxRuledLookup = 4096

// ruledOff returns the index in heading h's body of the rule "---" that
// closed the heading's text, or 0 when none did: the rule comes after the
// heading's text, what follows it names none of the heading's words, and it
// runs to a shallower heading (or the note's end). "##### Weak" over "leave
// other things as well as the", "---", then the note's reactions and tables
// until "### Strong Bases": the rule closed "Weak", and what is after it
// keeps its own cards. A rule inside one topic (the text after it names the
// heading again), or between slides of one level, closes nothing. The next
// heading is read from the note's source, not from the AST, so that a note
// cut into chunks reads as a whole one.
func (b *builder) ruledOff(h heading, body []ast.Node) int {
	if len(body) < 3 {
		return 0
	}
	k := 1
	for k < len(body)-1 && !isRule(body[k]) {
		k++
	}
	if k >= len(body)-1 || b.p.endsSection(body[k]) {
		return 0
	}
	words := topicWords(h.text)
	from, lo := b.p.endOf(body[k-1]), b.p.startOf(body[k+1])
	if len(words) == 0 || from < 0 || lo < from {
		return 0
	}
	level, hi := nextATXHeading(b.p.src, from, lo+maxRuledLookup)
	if level < 0 || level >= h.level || hi < lo {
		return 0
	}
	rest := bytes.ToLower(b.p.src[lo:hi])
	for _, w := range words {
		if bytes.Contains(rest, []byte(w)) {
			return 0
		}
	}
	return k
}

// nextATXHeading returns the level of the first ATX heading ("### Bases")
// in src on a line that starts at offset from or after it, outside fenced
// code (from lies outside any), and the offset of its line; level 0 and
// len(src) when the note ends first, and -1 when neither comes before
// offset limit.
func nextATXHeading(src []byte, from, limit int) (level, at int) {
	var fence fenceState
	off := min(from, len(src))
	if off > 0 && src[off-1] != '\n' {
		_, off = lineAt(src, off) // from lies inside a line: the next one
	}
	for off < len(src) {
		if off >= limit {
			return -1, off
		}
		line, end := lineAt(src, off)
		if !fence.next(line) {
			if n := atxLevel(line); n > 0 {
				return n, off
			}
		}
		off = end
	}
	return 0, len(src)
}

// atxLevel returns the level of an unindented ATX heading line, "## Cells",
// else 0.
func atxLevel(line []byte) int {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(line) && line[n] != ' ' && line[n] != '\t' && line[n] != '\n' && line[n] != '\r' {
		return 0
	}
	return n
}

// topicWords returns the words of a heading that a text about it would
// repeat, in lower case: those of four letters or more, and acronyms
// ("VPC"). "Strong Bases" gives strong and bases; "Weak" weak.
func topicWords(title string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(title, notWordRune) {
		n := utf8.RuneCountInString(w)
		if n >= 4 || n >= 2 && strings.IndexFunc(w, unicode.IsLower) < 0 && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words = append(words, strings.ToLower(w))
		}
	}
	return words
}

// trailerRule returns the index in the body of heading h, nodes[i+1:j], of
// the rule "---" that closes the note's last section when the note rules
// its sections off, or 0: a rule stands right above h, which is no title,
// and the last rule of its body comes after its text and before what runs
// to the note's end, with no heading after it. "## Master Node Taint",
// its text, "---" and a closing "> [!tip] CKA Exam" under "# Taints and
// Tolerations": the tips are the note's, not the last section's.
func (b *builder) trailerRule(nodes []ast.Node, i, j int, h heading) int {
	hn, ok := nodes[i].(*ast.Heading)
	if h.level < 2 || j != len(nodes) || !ok || !ruledAbove(b.p.src, b.p.headingLineStart(hn)) {
		return 0
	}
	body := nodes[i+1 : j]
	k := len(body) - 2
	for k > 0 && !isRule(body[k]) {
		k--
	}
	if k <= 0 || isRule(body[k-1]) {
		return 0
	}
	if from := b.p.startOf(body[k+1]); from < 0 {
		return 0
	} else if level, _ := nextATXHeading(b.p.src, from, len(b.p.src)); level != 0 {
		return 0
	}
	return k
}

// ruledAbove reports whether the line before offset at in src, blank
// lines aside, is a rule, "---", "***" or "___", after a blank line or at
// the start: text right above "---" makes it a heading's underline. It
// reads the source, not the AST, so that a note cut into chunks at the
// heading reads as a whole one.
func ruledAbove(src []byte, at int) bool {
	if at <= 0 {
		return false
	}
	above := bytes.TrimRight(src[:at], " \t\r\n")
	nl := bytes.LastIndexByte(above, '\n')
	if !isRuleLine(above[nl+1:]) {
		return false
	}
	if nl < 0 {
		return true
	}
	before := above[:nl]
	return len(bytes.TrimSpace(before[bytes.LastIndexByte(before, '\n')+1:])) == 0
}

// isRuleLine reports whether line is a thematic break: three or more of
// one of "-", "*" and "_", spaces between them allowed, indented less than
// four columns.
func isRuleLine(line []byte) bool {
	if bytes.HasPrefix(line, []byte("    ")) || bytes.HasPrefix(line, []byte("\t")) {
		return false
	}
	t := bytes.TrimSpace(line)
	if len(t) == 0 || t[0] != '-' && t[0] != '*' && t[0] != '_' {
		return false
	}
	n := 0
	for _, c := range t {
		switch c {
		case t[0]:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// titleHeads returns the titles, headings of level 1, that open heads, the
// path a note's closing part is asked under.
func titleHeads(heads []heading) []heading {
	n := 0
	for n < len(heads) && heads[n].level == 1 {
		n++
	}
	return heads[:n]
}
