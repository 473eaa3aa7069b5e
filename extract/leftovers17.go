package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// pipeNumberKey returns the name under which the rows of a table typed
// without its |---| line ask for the numbers of their first column, as a
// real table's rows do (numberKeyName): "| Port | Service |" over "| 22 |
// SSH |" and "| 443 | HTTPS |" asks "Port 22", not a bare "22". head is the
// table's header row (nil when it has none) and rows the rows under it.
func (p *parsed) pipeNumberKey(n ast.Node, head []string, rows [][][2]int) string {
	if len(head) == 0 || len(rows) < 2 {
		return ""
	}
	name := numberColumnName(head[0])
	if name == "" {
		return ""
	}
	for _, cells := range rows {
		if len(cells) == 0 || !isNumberRun(p.plain(n, cells[0][0], cells[0][1])) {
			return ""
		}
	}
	return name
}

// pipeLabel returns what opens the answer from column k of a row of width
// cells in a table typed without its |---| line: its header's name and a
// colon when the table has a header and three columns or more, as a real
// table's rows are answered ("<b>Size</b>: 1–10 µm"); else nothing, and a
// two-column row answers with its second cell alone.
func pipeLabel(head []string, k, cells int) string {
	if cells < 3 || k >= len(head) || head[k] == "" {
		return ""
	}
	return "<b>" + escapeText(head[k]) + "</b>: "
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
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return 0, len(src)
		}
		off += i + 1
	}
	for off < len(src) {
		if off >= limit {
			return -1, off
		}
		end := bytes.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off + 1
		}
		line := src[off:end]
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

// unusedLeadsOn returns what no card used of nodes, the content after the
// rule that closed a heading's text (see ruledOff), as unused does, and
// with each kept paragraph that ends in a lead-in ("The articles la and l'
// do not contract:") the block after it, even when that block's lines all
// made cards ("à + la = à la", "de + la = de la"): the heading's card does
// not stop at a colon.
func (b *builder) unusedLeadsOn(nodes []ast.Node) []ast.Node {
	kept := b.unused(nodes)
	var out []ast.Node
	k, lead := 0, false
	for _, n := range nodes {
		if k < len(kept) && kept[k] == n {
			k++
		} else if !lead {
			continue
		}
		out = append(out, n)
		lead = b.p.endsInLeadIn(n)
	}
	return out
}

// endsInLeadIn reports whether n is a paragraph whose last line ends with a
// colon, a lead-in to what follows it.
func (p *parsed) endsInLeadIn(n ast.Node) bool {
	par, ok := n.(*ast.Paragraph)
	if !ok || par.Lines().Len() == 0 {
		return false
	}
	t := bytes.TrimRight(segValue(par.Lines().At(par.Lines().Len()-1), p.src), " \t\r\n*_")
	return bytes.HasSuffix(t, []byte(":")) || bytes.HasSuffix(t, []byte("："))
}
