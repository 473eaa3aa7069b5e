package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// maxFormulaTerm is the longest formula, in bytes between its delimiters,
// that names a thing: "\ce{Fe(CN)6^{4-}}" does, an equation does not.
const maxFormulaTerm = 40

// isFormulaTerm reports whether term, before sep, is one short inline
// formula, as a formula's key and a list of ions write their symbols: "$v$
// - final velocity", "$E_k$: kinetic energy", "$u$ = initial velocity"
// (isEqualsGloss judges what follows "="), "$\ce{NH4+}$ → ammonium".
// isTerm refuses it as code; written without the dollars, "NH4+ - ammonium"
// already was a term. A formula with an equation or a relation in it states
// something ("$F = ma$: Newton's second law" is validSplit's to judge as any
// term is).
func isFormulaTerm(term, sep string) bool {
	switch sep {
	case ":", "-", "–", "—", "→", "->", "=":
	default:
		return false
	}
	term = strings.TrimSpace(term)
	var inner string
	switch {
	case strings.HasPrefix(term, `\(`) && strings.HasSuffix(term, `\)`) && len(term) > 4:
		inner = term[2 : len(term)-2]
	case strings.HasPrefix(term, "$") && !strings.HasPrefix(term, "$$") && formulaLen([]byte(term)) == len(term):
		inner = term[1 : len(term)-1]
	default:
		return false
	}
	if len(inner) > maxFormulaTerm || strings.ContainsAny(inner, "$=<>") {
		return false
	}
	for _, rel := range relations {
		if strings.Contains(inner, rel) {
			return false
		}
	}
	return true
}

// relations are TeX's signs of a formula that states a relation.
var relations = []string{`\leq`, `\geq`, `\neq`, `\approx`, `\equiv`, `\propto`}

// isFormulaGloss reports whether def, rendered, glosses a formula term in
// words: it opens with a letter, or a quoted name, is short but for what it
// says in brackets, and holds no formula but in brackets, "$m$ - mantysa
// ($0 \leq m < 2$)". "$x$ - 3 = 5" and "$x$ - y
// = 5" go on with the formula, "$v$ - here we see that the speed …" is a
// sentence.
func isFormulaGloss(def []byte) bool {
	return isFormulaGlossOf(def, maxFormulaGloss)
}

// isFormulaGlossOf is isFormulaGloss with at most words words outside
// brackets.
func isFormulaGlossOf(def []byte, words int) bool {
	def = bytes.TrimSpace(def)
	r, _ := utf8.DecodeRune(quotedStart(def))
	out := outsideBrackets(string(def))
	return unicode.IsLetter(r) && fieldStart([]byte(out), words+1) < 0 && !strings.ContainsAny(out, "=$")
}

// maxFormulaGloss is the most words a formula term's gloss has: "$F$: the
// resultant force on the body, in newtons".
const maxFormulaGloss = 10

// formulaArrows moves an arrow that ends a formula opening a line out of
// it, line for line, when words follow the formula: "- $\ce{NH4+}\rightarrow$
// Ammonium" (a list of ions typesets its arrows) reads as "- $\ce{NH4+}$ →
// Ammonium", the ion and its name. Code is left as it is. src is returned
// when no line has such an arrow.
func formulaArrows(src []byte) []byte {
	if bytes.IndexByte(src, '\\') < 0 || !containsText(src, `arrow`) && !containsText(src, `\to`) {
		return src // every arrow of rightArrows is a command: a note without a backslash has none
	}
	var out []byte // nil until a line is rewritten
	last := 0
	textLines(src, func(off int, line []byte) {
		if cut, close, ok := formulaArrow(line); ok {
			out = append(out, src[last:off+cut]...)
			out = append(out, "$ →"...)
			if close+1 < len(line) && line[close+1] != ' ' {
				out = append(out, ' ') // "$\ce{CN-}\ra$Cyanide": the arrow's "\text{ }" spaced it
			}
			last = off + close + 1
		}
	})
	if out == nil {
		return src
	}
	return append(out, src[last:]...)
}

// formulaArrow finds a formula that opens line, after a list marker, and
// ends with an arrow, words following it: the offsets of its arrow and of
// its closing "$".
func formulaArrow(line []byte) (cut, close int, ok bool) {
	at := len(line) - len(bytes.TrimLeft(line, " \t"))
	if m := listMarkerLen(line[at:]); m > 0 {
		at += m
	}
	n := formulaLen(line[at:])
	if n < 3 || line[at+1] == '$' {
		return 0, 0, false
	}
	close = at + n - 1
	inner := bytes.TrimRight(line[at+1:close], " ~")
	for _, space := range [][]byte{[]byte(`\text{ }`), []byte(`\ `), []byte(`\quad`), []byte(`\,`)} {
		inner = bytes.TrimRight(bytes.TrimSuffix(inner, space), " ")
	}
	arrow := -1
	for _, a := range rightArrows {
		if bytes.HasSuffix(inner, []byte(a)) {
			arrow = len(inner) - len(a)
			break
		}
	}
	if arrow <= 0 {
		return 0, 0, false
	}
	r, _ := utf8.DecodeRune(bytes.TrimLeft(line[close+1:], " "))
	if !unicode.IsLetter(r) {
		return 0, 0, false
	}
	return at + 1 + len(bytes.TrimRight(inner[:arrow], " ")), close, true
}

// rightArrows are TeX's arrows that a formula may end with, pointing at
// the words after it.
var rightArrows = []string{`\rightarrow`, `\longrightarrow`, `\Rightarrow`, `\to`}

// listMarkerLen returns the length of the bullet or number, and the space
// after it, that opens t, or 0.
func listMarkerLen(t []byte) int {
	if len(t) > 1 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ' {
		return 2
	}
	d := 0
	for d < len(t) && d < 9 && t[d] >= '0' && t[d] <= '9' {
		d++
	}
	if d > 0 && d+1 < len(t) && (t[d] == '.' || t[d] == ')') && t[d+1] == ' ' {
		return d + 2
	}
	return 0
}

// isDash reports whether sep is a dash, which a formula's key writes
// between a symbol and its gloss: "I - current flowing through the
// component (amps)".
func isDash(sep string) bool { return sep == "-" || sep == "–" || sep == "—" }

// quotedStart returns def without the quotation mark that opens it, as
// rendered: "$I_0$ = "dark saturation current", the leakage current"
// glosses the symbol with the name it quotes.
func quotedStart(def []byte) []byte {
	for _, q := range []string{"&quot;", `"`, "“"} {
		if t, ok := bytes.CutPrefix(def, []byte(q)); ok {
			return t
		}
	}
	return def
}

// maxEmphasisGloss is the most words a formula term's gloss has when one
// emphasis span holds it all: "$W=$ *the work done by the system as it
// expands and pushed back the surroundings.*" (13 words).
const maxEmphasisGloss = 20

// glossWords returns the most words src, a formula term's gloss as the
// note writes it, may have: maxEmphasisGloss when the student set the
// whole gloss in one emphasis span, marking it as the symbol's meaning,
// else maxFormulaGloss, past which plain words read as a sentence going on.
func glossWords(src []byte) int {
	if isOneEmphasis(bytes.TrimSpace(src)) {
		return maxEmphasisGloss
	}
	return maxFormulaGloss
}

// isOneEmphasis reports whether t is one span of emphasis, "*…*", "_…_",
// "**…**" or "__…__", its marks found nowhere inside it.
func isOneEmphasis(t []byte) bool {
	if len(t) < 3 || t[0] != '*' && t[0] != '_' {
		return false
	}
	mark := t[:1]
	if t[1] == t[0] {
		mark = t[:2]
	}
	inner, ok := bytes.CutSuffix(t[len(mark):], mark)
	if !ok || len(inner) == 0 {
		return false
	}
	return bytes.IndexByte(inner, t[0]) < 0
}

// namedDisplay makes the card of a displayed formula alone whose left side
// names in words what it computes, "$$\text{revenue} = \text{quantity}
// \times \text{price}$$", as a formula sheet lists its equations: revenue
// → the formula. It reports whether it made one.
func (b *builder) namedDisplay(n ast.Node, sc scope) bool {
	p := b.p
	if n.Lines().Len() != 1 || !p.displayMath(n) {
		return false
	}
	s := n.Lines().At(0)
	name, ok := displayName(bytes.TrimSpace(p.src[s.Start:s.Stop]))
	if !ok {
		return false
	}
	if !b.add(escapeText(name), p.html(n, 0, everything), Basic, p.lineOf(n), sc) {
		return false
	}
	b.cover(n)
	return true
}

// maxDisplayNameWords is the longest name, in words, displayName takes.
const maxDisplayNameWords = 8

// displayName returns the words a displayed formula, t with its "$$", sets
// alone on its left side: "average total cost (ATC)" of
// "$$\text{average total cost (ATC)} = \frac{…}{…}$$", "Recall" of
// "$$\mathrm{Recall} = \frac{TP}{TP+FN}$$", "Mean Square Error" of
// "$$Mean \ Square \ Error = \frac{1}{n}\sum e_t^2$$" (formulaName takes
// the left side). A left side with symbols ("$$P > MC \text{ at …}$$",
// "$$\text{where } MC = MR$$" after a colon) names nothing, nor does a
// symbol set in \text ("$$\text{Y} = …$$").
func displayName(t []byte) (string, bool) {
	inner, ok := bytes.CutPrefix(t, []byte("$$"))
	if !ok {
		return "", false
	}
	if inner, ok = bytes.CutSuffix(inner, []byte("$$")); !ok {
		return "", false
	}
	return formulaName(bytes.TrimSpace(inner))
}

// nameCommands are the TeX commands that set a formula's name upright on
// its left side: "\text{revenue}", "\mathrm{Recall}".
var nameCommands = []string{`\text{`, `\textrm{`, `\mathrm{`, `\operatorname{`}

// formulaName returns the name that formula, the TeX between its dollars,
// sets alone before its first "=": the words of "\text{revenue} = …" or
// "\mathrm{Recall} = …", or words typed bare in the formula, as formula
// sheets write them: "Accuracy = \frac{TP+TN}{N}", "Mean \ Square \ Error =
// MSE = …" (bareFormulaName judges those).
func formulaName(inner []byte) (string, bool) {
	var name string
	var rest []byte
	for _, c := range nameCommands {
		if after, ok := bytes.CutPrefix(inner, []byte(c)); ok {
			end := bytes.IndexByte(after, '}')
			if end < 0 || bytes.IndexByte(after[:end], '{') >= 0 {
				return "", false
			}
			name = strings.TrimSpace(texEscapes.Replace(string(after[:end])))
			rest = bytes.TrimSpace(after[end+1:])
			break
		}
	}
	if rest == nil {
		eq := bytes.IndexByte(inner, '=')
		if eq < 0 {
			return "", false
		}
		var ok bool
		if name, ok = bareFormulaName(inner[:eq]); !ok {
			return "", false
		}
		rest = inner[eq:]
	}
	if len(rest) < 2 || rest[0] != '=' || rest[1] == '=' || len(bytes.TrimSpace(rest[1:])) == 0 {
		return "", false
	}
	if utf8.RuneCountInString(name) < 2 || !hasWordChar(name) || countFields(name) > maxDisplayNameWords || strings.ContainsAny(name, "\\$^_") {
		return "", false
	}
	return name, true
}

// bareFormulaName returns the name that lhs, the left side of a formula,
// types as words without \text: "Accuracy", "F-1 \ Score" as "F-1 Score",
// "Baye's \ Theorem". Each word opens with a letter and holds letters,
// digits, "-" and "'"; TeX's spaces ("\ ", "\,", "~") part them. A left
// side of symbols names nothing: one word must be a name, three letters or
// more with a vowel ("Variance", "cost") or capitals ("MSE"), and no
// function a step writes ("log", "max"): "ab = c", "dx = …", "xyz = 1" and
// "w_{0} = …" stay formulas.
func bareFormulaName(lhs []byte) (string, bool) {
	t := string(lhs)
	for _, sp := range []string{`\ `, `\,`, `\;`, `\quad`, "~"} {
		t = strings.ReplaceAll(t, sp, " ")
	}
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > maxDisplayNameWords {
		return "", false
	}
	named := false
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if !isASCIILetter(c) && (i == 0 || !('0' <= c && c <= '9') && c != '-' && c != '\'') {
				return "", false
			}
		}
		if isFormulaNameWord(w) {
			named = true
		}
	}
	if !named || len(words) == 1 && lookupLower(stepFunctions, words[0]) {
		return "", false
	}
	return strings.Join(words, " "), true
}

// isFormulaNameWord reports whether w, a word of a formula's left side, reads as a
// name rather than variables written side by side: three letters or more
// with a vowel ("Accuracy", "cost") or all capitals ("MSE", "PDF").
func isFormulaNameWord(w string) bool {
	letters, vowel, lower := 0, false, false
	for _, r := range w {
		if r < 128 && isASCIILetter(byte(r)) {
			letters++
		}
		if strings.ContainsRune("aeiouyAEIOUY", r) {
			vowel = true
		}
		if 'a' <= r && r <= 'z' {
			lower = true
		}
	}
	return letters >= 3 && (vowel || !lower)
}

// texEscapes undo the escapes of TeX's text mode that a name in \text types:
// "\% change in price".
var texEscapes = strings.NewReplacer(`\%`, "%", `\&`, "&", `\#`, "#")

// formulaItem makes the card of a bullet that is one formula alone whose
// left side names what it computes, as formula sheets list them: "-
// $$\mathrm{Recall} = \frac{TP}{TP+FN}$$" and "- $\text{Precision} =
// \frac{TP}{TP+FP}$" ask Recall → the formula, as namedDisplay does for a
// displayed formula between paragraphs. A bullet of symbols, "- $E[X] =
// \alpha\beta$", or with words around its formula is left to the list. It
// reports whether it made one.
func (b *builder) formulaItem(head ast.Node, sc scope) bool {
	p := b.p
	ls := p.lines(head)
	if len(ls) != 1 {
		return false
	}
	inner, ok := formulaAlone(bytes.TrimSpace(p.src[ls[0][0]:ls[0][1]]))
	if !ok {
		return false
	}
	name, ok := formulaName(inner)
	if !ok || !b.add(escapeText(name), p.html(head, 0, everything), Basic, p.lineOf(head), sc) {
		return false
	}
	b.cover(head)
	return true
}

// formulaAlone returns the TeX of t when t is one formula and nothing else,
// "$$…$$" or "$…$", trimmed: "\mathrm{Recall} = \frac{TP}{TP+FN}".
func formulaAlone(t []byte) ([]byte, bool) {
	mark := []byte("$")
	if bytes.HasPrefix(t, []byte("$$")) {
		mark = []byte("$$")
	}
	inner, ok := bytes.CutPrefix(t, mark)
	if !ok {
		return nil, false
	}
	if inner, ok = bytes.CutSuffix(inner, mark); !ok || bytes.IndexByte(inner, '$') >= 0 {
		return nil, false
	}
	inner = bytes.TrimSpace(inner)
	return inner, len(inner) > 0
}
