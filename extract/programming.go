package extract

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// gluedHashHeadings puts the space Markdown asks for after the "#" of a
// title typed without one, "####**Polymorphism**" or "##Inheritance", as
// older GitHub pages showed them: read as a paragraph, the title became a
// front "####Inheritance" and took no section under it. Two to six signs
// and then a letter or bold: a single "#" opens a tag ("#revision") or a
// C directive ("#include"), and lines inside code fences stay as they are;
// but the note's first line, "#Baroreceptors {#id}" in a note whose
// sections are typed "##Baroreceptor Control", is its title (see
// gluedTitle).
func gluedHashHeadings(src []byte) []byte {
	if !hasGluedHashes(src) {
		return src // most notes: spare the walk
	}
	src = gluedTitle(src)
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		p := itemTitleStart(line)
		n := gluedHashes(line[p:])
		if n == 0 {
			return nil, false
		}
		n += p
		t := make([]byte, 0, len(line)+1)
		t = append(t, line[:n]...)
		t = append(t, ' ')
		return append(t, line[n:]...), true
	})
}

// gluedTitle puts the space after the "#" of the title that opens src, a
// note whose other titles are glued to their signs: "#Baroreceptors {#id}"
// over "##Baroreceptor Control" titles the note, where alone it would be a
// tag and the note would lose its title. The title opens with a capital
// letter ("#include" stays a directive) and holds no second tag, as a line
// of tags ("#Cardio #Physiology") does.
func gluedTitle(src []byte) []byte {
	at := len(src) - len(bytes.TrimLeft(src, "\r\n"))
	line, _, _ := bytes.Cut(src[at:], []byte("\n"))
	if len(line) < 2 || line[0] != '#' {
		return src
	}
	r, _ := utf8.DecodeRune(line[1:])
	if !unicode.IsUpper(r) || bytes.Contains(line, []byte(" #")) {
		return src
	}
	out := make([]byte, 0, len(src)+1)
	out = append(out, src[:at+1]...)
	out = append(out, ' ')
	return append(out, src[at+1:]...)
}

// itemTitleStart returns where the text of a list item opens in line, past
// its indent and its bullet or number, or 0 when line is no list item. A
// student's numbered outline titles its points there, "2. ###Phase
// transitions" over the items indented under it: a heading inside the item,
// glued to its signs as at a line's start.
func itemTitleStart(line []byte) int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if m := listMarkerLen(line[i:]); m > 0 {
		return i + m
	}
	return 0
}

// hasGluedHashes reports whether a line of src opens with a title typed
// without its space, so that gluedHashHeadings walks only the notes that
// have one.
func hasGluedHashes(src []byte) bool {
	for at := 0; at < len(src); {
		i := bytes.Index(src[at:], []byte("##"))
		if i < 0 {
			return false
		}
		i += at
		if itemTitleBefore(src, i) && gluedHashes(src[i:]) > 0 {
			return true
		}
		at = i + 2
	}
	return false
}

// itemTitleBefore reports whether the "#" at src[i] opens its line or the
// text of a list item (itemTitleStart). It looks back a few bytes only: a
// list item's indent and number are short, and a long line of "#" signs
// is not read again for each of them.
func itemTitleBefore(src []byte, i int) bool {
	start := max(0, i-40)
	nl := bytes.LastIndexByte(src[start:i], '\n')
	if nl < 0 && start > 0 {
		return false
	}
	start += nl + 1
	return itemTitleStart(src[start:i+1]) == i-start
}

// gluedHashes returns the number of "#" that open line as a title glued to
// its text, "###Generics" or "####**Polymorphism**", or 0 when line is no
// such title: two to six signs, then a letter or "**" before a letter.
func gluedHashes(line []byte) int {
	n := 0
	for n < len(line) && line[n] == '#' {
		n++
	}
	if n < 2 || n > 6 || n == len(line) {
		return 0
	}
	rest := bytes.TrimPrefix(line[n:], []byte("**"))
	r, _ := utf8.DecodeRune(rest)
	if !unicode.IsLetter(r) {
		return 0
	}
	return n
}

// colonDashLabels reads a label closed by ":-", as many students write it,
// "USES :-" over a list or "Syntax :- class B extends A", as the label with
// its colon: the dash left a front "USES :-" and kept "Syntax" from
// asking. The label is a few words, letters among them, no code span and
// no bracket before the sign, so that Prolog's "parent(X) :- …" and a
// smiley ":-)" stay as written; lines inside code fences too.
func colonDashLabels(src []byte) []byte {
	if !containsText(src, ":-") {
		return src // most notes: spare the walk
	}
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		at := colonDash(line)
		if at < 0 {
			return nil, false
		}
		t := make([]byte, 0, len(line))
		t = append(t, line[:at+1]...)
		return append(t, line[at+2:]...), true
	})
}

// colonDash returns where the ":-" that closes line's label stands, or -1
// when line has none: a sign followed by a space or the end of the line,
// after a label of one to six words with a letter, no "`" and no closing
// bracket.
func colonDash(line []byte) int {
	at := bytes.Index(line, []byte(":-"))
	if at <= 0 {
		return -1
	}
	if after := line[at+2:]; len(after) > 0 && after[0] != ' ' && after[0] != '\n' && after[0] != '\r' {
		return -1 // ":-)", ":-D", "a:-b"
	}
	label := bytes.TrimLeft(line[:at], " \t>")
	label = bytes.TrimSpace(label[listMarkerLen(label):])
	if len(label) == 0 || bytes.ContainsAny(label, "`)]}") || len(bytes.Fields(label)) > 6 {
		return -1
	}
	if bytes.IndexFunc(label, unicode.IsLetter) < 0 {
		return -1
	}
	return at
}

// comparisonWords open the second side of a comparison, "`int*` vs.
// `double*`", "`final` versus `finally`": the line names two things to
// tell apart and glosses neither.
var comparisonWords = map[string]bool{"vs": true, "vs.": true, "versus": true}

// sentenceHeading makes the card of a heading over nothing that a student
// wrote as a sentence that defines, "#### A constructor is a special method
// that's meant to initialize instances.", as a line of text makes it: such
// headings stand for bold lines, one after the other, and made no card. A
// sentence closes in "." or "!", runs to six words or more and has no
// colon ("Step 1: Install the tools."); its subject and verb are a
// definition's.
func (b *builder) sentenceHeading(hn ast.Node) {
	n, ok := hn.(*ast.Heading)
	if !ok || n.Lines().Len() != 1 || !b.p.atxHeading(n) {
		return
	}
	seg := n.Lines().At(0)
	t := bytes.TrimRight(b.p.src[seg.Start:seg.Stop], " \t\r\n#")
	if !bytes.HasSuffix(t, []byte(".")) && !bytes.HasSuffix(t, []byte("!")) || len(bytes.Fields(t)) < 6 || bytes.IndexByte(t, ':') >= 0 {
		return
	}
	s, ok := b.p.splitLine(n, seg.Start, seg.Stop)
	if r, _ := utf8.DecodeRuneInString(s.sep); !ok || !unicode.IsLetter(r) {
		return // "Arrays - fixed size, indexed from 0." names a topic
	}
	if b.add(b.p.html(n, s.termLo, s.termHi), b.p.html(n, s.defLo, s.defHi), b.defKind(), b.p.lineOf(n), b.scope()) {
		b.cover(hn)
	}
}

// sentenceThroughCode reports whether code, a block of code under a line
// that ends with a colon, is a step of a sentence that runs through blocks
// of code: "As data grows:" over "1 Server", then "becomes:" over "10
// Servers". The code holds words, no command ("1 Server"), and the
// paragraph under it goes on with the sentence and leads on to more; the
// line over it asks nothing alone. "To list pods:" over "kubectl get pods"
// and "then describe one:" names a command.
func (b *builder) sentenceThroughCode(code ast.Node) bool {
	after, ok := code.NextSibling().(*ast.Paragraph)
	if !ok {
		return false
	}
	if t := strings.TrimSpace(b.p.plain(after, 0, everything)); !continuesCode(after, t) || !b.leadsOn(after) {
		return false
	}
	for i := 0; i < code.Lines().Len(); i++ {
		if !wordsLine(bytes.TrimSpace(segValue(code.Lines().At(i), b.p.src))) {
			return false
		}
	}
	return true
}

// wordsLine reports whether line, a line of code, holds words and numbers
// only and opens with a capital or a digit, as a value shown in code does
// ("1 Server", "Debit Account A"); a command has its program's name in
// lower case or signs.
func wordsLine(line []byte) bool {
	r, _ := utf8.DecodeRune(line)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	return !bytes.ContainsFunc(line, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' && r != ','
	})
}

// signAnswer reports whether back, which shows no letter or digit, is the
// sign a question front asks for: "PHP variables start w/?" over "- $",
// "Which operator means logical and?" over "`&&`". A few signs typed
// alone; a dash, a dot or a question mark alone answers nothing.
func signAnswer(front, back string) bool {
	if !strings.HasSuffix(front, "?") || len(back) > 64 {
		return false
	}
	t := strings.TrimSpace(html.UnescapeString(stripTags(back)))
	if t == "" || utf8.RuneCountInString(t) > 4 || strings.ContainsAny(t, " \t\n") {
		return false
	}
	return strings.Trim(t, ".-–—?!…_*~=,;:'\"") != ""
}
