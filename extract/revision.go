package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// glossaryFences rewrites, line for line, a fence with no language whose
// lines are "Term - definition" lines as the lines themselves, so that each
// term makes its card. School notes kept on GitHub fence a glossary to keep
// its line breaks:
//
//	## Processes of Erosion
//	```
//	Hydraulic Action- water pushes into cracks in rocks
//	Attrition – rocks hit against each other
//	Abrasion – rocks rub/scrape against cliffs
//	```
//
// Read as code, the block was one card, the heading over all of its terms.
// A fence holding anything else (a program, "Natural {", a worked answer)
// stays code; see glossaryBody. src is returned when it holds no such fence.
func glossaryFences(src []byte) []byte {
	if !containsText(src, "```") && !containsText(src, "~~~") {
		return src
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	changed := false
	var fence fenceState
	for i := 0; i < len(lines); i++ {
		char, n, ok := bareFenceHead(lines[i])
		if !ok || fence.open() {
			fence.next(lines[i])
			continue
		}
		end := adFenceEnd(lines, i+1, char, n)
		body := lines[i+1 : end]
		if !glossaryBody(body) {
			fence.next(lines[i])
			continue
		}
		lines[i] = []byte("\n")
		for k, l := range body {
			body[k] = glossaryLine(l)
			if dashContinuation(l) {
				body[k-1] = joinContinuation(body[k-1], l)
				body[k] = []byte("\n")
			}
		}
		if end < len(lines) {
			lines[end] = []byte("\n")
		}
		changed = true
		i = end
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// bareFenceHead reads the opening line of a fence at the left margin with no
// language, "```" or "~~~" (or "```text", which names none): its character
// and length. A fenced language ("```python", "```yaml") is code whatever
// its lines look like.
func bareFenceHead(line []byte) (char byte, n int, ok bool) {
	if len(line) < 3 || (line[0] != '`' && line[0] != '~') {
		return 0, 0, false
	}
	char = line[0]
	for n < len(line) && line[n] == char {
		n++
	}
	info := string(bytes.TrimSpace(line[n:]))
	if n < 3 || (info != "" && info != "text" && info != "txt" && info != "plaintext") {
		return 0, 0, false
	}
	return char, n, true
}

// glossaryBody reports whether the lines of a fence are a glossary: three
// "Term - definition" lines or more, three in four of its lines, and no
// other line that Markdown would read as more than text (an indented line,
// a "1." step, "Natural {"). A line that carries on the definition above
// it with a dash, " - sales - break-even output" under "Margin of safety -
// the amount that sales can fall …", is that definition's (see
// joinContinuation).
func glossaryBody(body [][]byte) bool {
	terms, lines := 0, 0
	for k, l := range body {
		if isBlank(l) {
			continue
		}
		lines++
		if _, ok := dashTermSep(l); ok {
			terms++
			continue
		}
		if dashContinuation(l) {
			if k == 0 || isBlank(body[k-1]) || dashContinuation(body[k-1]) {
				return false // no definition above to carry on, or one carried on already
			}
			continue
		}
		if !plainProseLine(l) {
			return false
		}
	}
	return terms >= 3 && terms*4 >= lines*3
}

// joinContinuation returns line with the continuation next appended, "…
// making a loss - sales - break-even output": on a line of its own, the
// dash would open a bullet, and a line after one-line definitions that
// defines nothing is no definition's. The continuation's line is left
// blank, so that the lines after it keep their numbers.
func joinContinuation(line, next []byte) []byte {
	out := bytes.TrimRight(line, "\n")
	out = append(out[:len(out):len(out)], ' ')
	return append(out, bytes.TrimLeft(next, " ")...)
}

// glossaryLine returns line of a glossary fence as a line of text: a term
// written tight against its dash, "Hydraulic Action- water pushes", gets
// the space its separator needs.
func glossaryLine(line []byte) []byte {
	at, ok := dashTermSep(line)
	if !ok || line[at] == ' ' {
		return line
	}
	out := make([]byte, 0, len(line)+1)
	out = append(out, line[:at]...)
	out = append(out, ' ')
	return append(out, line[at:]...)
}

// dashContinuation reports whether line opens with a dash and a space, up to
// three spaces in: the rest of the definition above, as a bullet would read.
func dashContinuation(line []byte) bool {
	t := bytes.TrimLeft(line, " ")
	return len(line)-len(t) <= 3 && len(t) > 2 && t[0] == '-' && t[1] == ' ' && unicode.IsLetter(firstRune(t[2:]))
}

// plainProseLine reports whether line, at the left margin, opens with a
// letter or a quote: text that Markdown keeps as text, "Paper 2: Challenges
// in the Human Environment" or "Generalisation".
func plainProseLine(line []byte) bool {
	r := firstRune(line)
	return unicode.IsLetter(r) || r == '"' || r == '\''
}

// dashTermSep returns the offset in line of the dash that ends its term,
// "Abrasion – rocks rub" or "Hydraulic Action- water pushes": a term of a
// few words at the left margin, with no sign of code in it ("x = a - b",
// "rain--"), and a definition that opens with a letter, a digit or a sign
// of quantity ("% of adults who can read"). A dash inside brackets, "Percy
// Shelley (1792 - 1822)", ends no term. The offset is of the space before
// the dash, or of the dash itself when it follows the term's last letter.
func dashTermSep(line []byte) (int, bool) {
	r := firstRune(line)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return 0, false
	}
	depth, words := 0, 1
	for i := 0; i < len(line) && i < maxGlossaryTerm; i++ {
		switch c := line[i]; c {
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case '=', ';', '{', '}', '<', '>', '`', '$', '\\', '|', ':', '*', '#', '\n':
			return 0, false
		case ' ':
			words++
			if words > maxGlossaryWords {
				return 0, false
			}
			if depth == 0 && dashAt(line, i+1) && definitionAt(line, i+1) {
				return i, true
			}
		default:
			if depth == 0 && i > 0 && line[i-1] != ' ' && line[i-1] != '-' && dashAt(line, i) && definitionAt(line, i) {
				if c == '-' && !unicode.IsLetter(lastRune(line[:i])) {
					return 0, false
				}
				return i, true
			}
		}
	}
	return 0, false
}

// maxGlossaryTerm and maxGlossaryWords bound a glossary's term: "Primary
// product selling economy" is one, a sentence is none.
const (
	maxGlossaryTerm  = 60
	maxGlossaryWords = 6
)

// dashAt reports whether a dash, "-", "–" or "—", starts at line[i] and a
// space follows it.
func dashAt(line []byte, i int) bool {
	var w int
	switch {
	case i < len(line) && line[i] == '-':
		w = 1
	case bytes.HasPrefix(line[i:], []byte("–")), bytes.HasPrefix(line[i:], []byte("—")):
		w = len("–")
	default:
		return false
	}
	return i+w < len(line) && line[i+w] == ' '
}

// definitionAt reports whether the text after the dash at line[i] and its
// spaces opens a definition: a letter, a digit, a quote or a sign of
// quantity, "~" or "%".
func definitionAt(line []byte, i int) bool {
	j := i + 1
	if line[i] != '-' {
		j = i + len("–")
	}
	for j < len(line) && line[j] == ' ' {
		j++
	}
	r := firstRune(line[j:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '"' || r == '\'' || r == '%' || r == '~'
}

// firstRune returns the first rune of b, or utf8.RuneError.
func firstRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

// lastRune returns the last rune of b, or utf8.RuneError.
func lastRune(b []byte) rune {
	r, _ := utf8.DecodeLastRune(b)
	return r
}

// isQuotation reports whether term, before a dash, is a quotation of a few
// words or more, whole between its quotes: English literature notes pair a
// quote with who says it, "\"We are responsible for each other\" - Inspector
// Goole, Act 3", and ask the quote. A term is no sentence, and a quote is
// one: this lets it be a term.
func isQuotation(term, sep string) bool {
	if !isDash(sep) || len(term) < 2 {
		return false
	}
	var inner string
	switch {
	case term[0] == '"' && term[len(term)-1] == '"' && strings.Count(term, `"`) == 2:
		inner = term[1 : len(term)-1]
	case strings.HasPrefix(term, "“") && strings.HasSuffix(term, "”") && strings.Count(term, "“") == 1 && strings.Count(term, "”") == 1:
		inner = term[len("“") : len(term)-len("”")]
	default:
		return false
	}
	return countFields(inner) >= 2
}

// isThemeTags reports whether term, before a dash, is only a bracketed
// list of themes, "(Capitalism vs Socialism, Greed)" over "- Every man for
// themself": the tags of the quotation above, whose analysis follows; it
// asks nothing.
func isThemeTags(term, sep string) bool {
	return isDash(sep) && len(term) > 2 && term[0] == '(' && term[len(term)-1] == ')' && strings.IndexByte(term[1:], '(') < 0
}

// revisionParts are the parts that school revision notes give each case
// study, theory or study they cover: "Causes: Indo-Australian plate
// subducting …" under "Case study: Nepal earthquake 2015", "Strength:
// supported by HM's case" under "Multi-store model". Alone they ask
// nothing; aspectFront asks them with their owner.
var revisionParts = map[string]bool{"causes": true, "effects": true, "primary effects": true,
	"secondary effects": true, "impacts": true, "social impacts": true, "economic impacts": true,
	"environmental impacts": true, "responses": true, "immediate responses": true,
	"short-term responses": true, "long-term responses": true, "strength": true, "strengths": true,
	"weakness": true, "weaknesses": true, "limitation": true, "limitations": true}

// studyParts are the sections a revision note gives each study, event or
// argument it covers, beside revisionParts: "### Aim", "### Procedure" and
// "### Findings" under "## Milgram (1963)", "**Conclusion:**" under "## The
// Cosmological Argument", "### Consequences" under "## The Treaty of
// Versailles". Alone they ask nothing; askPartsWithOwner asks them with
// the heading they sit under, "Milgram (1963): Procedure".
var studyParts = map[string]bool{"aim": true, "aims": true, "procedure": true, "findings": true,
	"results": true, "conclusion": true, "conclusions": true, "evaluation": true,
	"consequences": true, "significance": true, "impact": true}

// askLabels are the question words a history notecard labels an event's
// facts with, "**Who:** Jefferson and Napoleon", "**What:** …", "**Why:**
// …" under "## Louisiana Purchase", as written: a lower-case "when" over
// "cuando" is a word to learn, and "WHERE" a keyword of SQL. Alone they ask
// nothing; askPartsWithOwner asks them with the heading, "Louisiana
// Purchase: Who".
var askLabels = map[string]bool{"Who": true, "What": true, "When": true, "Where": true, "Why": true}

// isStudyPart reports whether front, a card's front or a heading, is only
// one of studyParts or revisionParts: "Findings", "Causes", "Strengths".
func isStudyPart(front string) bool {
	if len(front) > len("environmental impacts") {
		return false // longer than any part: spare the lookups
	}
	t := strings.TrimSpace(front)
	return lookupLowerIn(t, studyParts, revisionParts)
}

// namesStudyPart reports whether heading o holds one of studyParts,
// revisionParts or argumentParts among its words, "Causes of the
// Reformation", "Evaluation of the study", "Response:" over an answer's
// "**Conclusion**": it names a part, not the study, event or question the
// parts under it belong to.
func namesStudyPart(o string) bool {
	for _, w := range strings.FieldsFunc(o, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if isStudyPart(w) || lookupLower(argumentParts, w) {
			return true
		}
	}
	return false
}

// namesDocumentKind reports whether heading o ends in the kind of a
// document, not a subject (see documentKinds): "# Revision", "# Psychology
// Revision Notes" title a page of notes, and own no study's parts.
func namesDocumentKind(o string) bool {
	w := strings.TrimRight(o, " :：")
	w = w[strings.LastIndexByte(w, ' ')+1:]
	return lookupLower(documentKinds, w)
}

// caseStudyName returns owner, the heading or bold line a part is asked
// with, without the "Case study:" that school notes put before the name
// of a case study: "Case study: Nepal earthquake 2015" asks its effects as
// "Nepal earthquake 2015: Effects".
func caseStudyName(owner string) string {
	const prefix = "case study"
	if len(owner) <= len(prefix) || !strings.EqualFold(owner[:len(prefix)], prefix) {
		return owner
	}
	rest := strings.TrimLeft(owner[len(prefix):], " ")
	for _, sep := range []string{":", "-", "–", "—"} {
		if name, ok := strings.CutPrefix(rest, sep); ok && strings.TrimSpace(name) != "" {
			return strings.TrimSpace(name)
		}
	}
	return owner
}

// isAskLabel reports whether term, before sep, is one of askLabels before
// its colon, "When" of "- When: in the spring of 1803" under "## Louisiana
// Purchase": a question word, which isTerm refuses as a clause's opener,
// labels the event's date here, and askPartsWithOwner asks it with the
// event.
func isAskLabel(term, sep string) bool {
	return sep == ":" && askLabels[strings.TrimSpace(term)]
}

// argumentStepRE matches the label of an argument's step as philosophy
// notes number them: "Premise 1", "P2", "C" (its conclusion), "C1".
var argumentStepRE = lazyRegexp(`^(?:Premise ?\d{1,2}|P\d{1,2}|C\d?)$`)

// isArgumentStep reports whether front, a card's front, labels a step of
// the argument heading names: "P1" → "God is the greatest conceivable
// being" under "## The Ontological Argument". Alone "P1" asks nothing;
// askPartsWithOwner asks it with the argument, "The Ontological Argument:
// P1". Under any other heading "C" or "P2" may name a language or a
// protein, and stays.
func isArgumentStep(front, heading string) bool {
	if !argumentStepRE().MatchString(strings.TrimSpace(front)) {
		return false
	}
	for _, w := range strings.FieldsFunc(heading, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.EqualFold(w, "argument") {
			return true
		}
	}
	return false
}
