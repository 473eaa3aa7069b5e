package extract

import (
	"bytes"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// A view is the text of one line of a block where a separator may be found:
// plain text and emphasis, but not code, links, images or raw HTML. Pieces
// that are not adjacent in the source are separated by a NUL byte, which maps
// to no source offset.
type view struct {
	text   []byte
	pieces []piece // in text order; the first starts at 0
}

// A piece is a run of a view's text, from text byte at on, that maps to the
// source from offset src on; src is -1 for a run of NUL bytes.
type piece struct{ at, src int }

// srcOff returns the source offset of byte i of v's text, or -1 for a NUL.
func (v view) srcOff(i int) int {
	k := len(v.pieces) - 1
	for v.pieces[k].at > i {
		k--
	}
	if v.pieces[k].src < 0 {
		return -1
	}
	return v.pieces[k].src + i - v.pieces[k].at
}

// lineView collects the searchable text of block n between lo and hi. The
// view lives in p's scratch space until the next call.
func (p *parsed) lineView(n ast.Node, lo, hi int) view {
	// Views are read and dropped at once, many to a line: reusing their
	// memory spares an allocation or two a line.
	w := viewWalker{p: p, lo: lo, hi: hi, pieces: p.scratch.pieces[:0]}
	w.walk(n)
	p.scratch.pieces = w.pieces
	v := view{pieces: w.pieces}
	switch {
	case w.size == 0:
	case len(w.pieces) == 1 && w.pieces[0].src >= 0:
		s := w.pieces[0].src
		v.text = p.src[s : s+w.size : s+w.size] // read only: no copy needed
	default:
		if cap(p.scratch.text) < w.size {
			p.scratch.text = make([]byte, w.size, 2*w.size)
		}
		v.text = p.scratch.text[:w.size]
		for k, pc := range w.pieces {
			end := w.size
			if k+1 < len(w.pieces) {
				end = w.pieces[k+1].at
			}
			if pc.src >= 0 {
				copy(v.text[pc.at:end], p.src[pc.src:])
			} else {
				clear(v.text[pc.at:end])
			}
		}
	}
	return v
}

// A viewScratch holds the memory of the last view (see lineView).
type viewScratch struct {
	pieces []piece
	text   []byte
}

// A viewWalker collects the pieces of a view.
type viewWalker struct {
	p      *parsed
	lo, hi int
	pieces []piece
	size   int // bytes of text so far
	last   int // source offset of the last byte of text, -1 for a NUL
}

// walk adds the inline children of n.
func (w *viewWalker) walk(n ast.Node) {
	first, stop := w.p.kidsIn(n, w.lo, w.hi)
	for c := first; c != stop; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if s, e := max(c.Segment.Start, w.lo), min(c.Segment.Stop, w.hi); s < e {
				w.text(s, e)
			}
		case *ast.Emphasis:
			w.walk(c)
		default:
			if c.Type() == ast.TypeInline && overlaps(w.p, c, w.lo, w.hi) {
				w.nul()
			}
		}
	}
}

// text adds source bytes [s, e), after a NUL unless they follow the last byte.
func (w *viewWalker) text(s, e int) {
	if w.size > 0 && w.last != s-1 {
		w.nul()
	}
	if k := len(w.pieces) - 1; k < 0 || w.pieces[k].src < 0 {
		w.pieces = append(w.pieces, piece{at: w.size, src: s})
	}
	w.size += e - s
	w.last = e - 1
}

// nul adds a NUL byte.
func (w *viewWalker) nul() {
	if k := len(w.pieces) - 1; k < 0 || w.pieces[k].src >= 0 {
		w.pieces = append(w.pieces, piece{at: w.size, src: -1})
	}
	w.size++
	w.last = -1
}

// A split is a line cut at a separator into a term and its definition, as source ranges.
type split struct {
	termLo, termHi int
	defLo, defHi   int
	sep            string
}

// dashSeps are separators that need a space on both sides; medical notes
// write a fact as "Atropine --> mydriasis", "Digoxin ⇒ yellow vision".
var dashSeps = []string{" --- ", " -- ", " - ", " – ", " —— ", " — ", " = ", " -> ", " => ", " → ", " --> ", " ==> ", " ⇒ ", " ⟶ ", " ⟹ "}

// findSep returns the first term/definition separator of v outside brackets
// and quotation marks:
// ":" followed by a space (or by CJK, see cjkColon), "：", "——", "→" (or
// one of heavyArrows, returned as "→") or one of dashSeps. It skips "::".
func findSep(v view) (i, j int, sep string, ok bool) {
	depth := 0
	t := v.text
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !sepBytes[c] {
			continue
		}
		switch c {
		case '(', '[', '{':
			depth++
			continue
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
			continue
		case '"':
			i += quoted(t[i:], `"`, `"`)
			continue
		}
		rest := t[i:]
		if c == 0xE2 && bytes.HasPrefix(rest, curlyOpen) {
			i += quoted(rest, "“", "”")
			continue
		}
		// The full-width signs start with 0xEF, the arrows with 0xE2; in
		// dashSeps, '-', '=' or 0xE2 follows the space.
		switch {
		case c == 0xEF && bytes.HasPrefix(rest, fullOpen):
			depth++
		case c == 0xEF && bytes.HasPrefix(rest, fullClose):
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case c == 0xEF && bytes.HasPrefix(rest, fullColon):
			return i, i + len(fullColon), "：", true
		case c == ':':
			if i+1 < len(t) && t[i+1] == ':' {
				for i+1 < len(t) && t[i+1] == ':' {
					i++
				}
				continue
			}
			if i > 0 && t[i-1] == ':' {
				continue
			}
			if (i+1 == len(t) || t[i+1] == ' ' || t[i+1] == '\t' || (t[i+1] == 0 && (i+2 == len(t) || t[i+2] == ' ')) || cjkColon(t, i) || ideographicSpace(t[i+1:])) && !closesShortcode(t, i) {
				return i, i + 1, ":", true
			}
		case c == 0xE2 && bytes.HasPrefix(rest, cjkDash):
			return i, i + len(cjkDash), "——", true
		case c == 0xE2 && bytes.HasPrefix(rest, arrow):
			if isChain(rest[len(arrow):]) {
				return 0, 0, "", false
			}
			return i, i + len(arrow), "→", true
		case c == 0xE2 && heavyArrow(rest) > 0:
			k := heavyArrow(rest)
			if isChain(rest[k:]) {
				return 0, 0, "", false
			}
			return i, i + k, "→", true
		case c == '\t' && len(rest) > 2 && (rest[1] == '-' || rest[1] == '=' || rest[1] == 0xE2):
			if k := tabDash(rest); k > 0 {
				return i, i + k, strings.TrimSpace(string(rest[1 : k-1])), true
			}
		case c == ' ' && spacedHeavyArrow(rest) > 0:
			k := spacedHeavyArrow(rest)
			if isChain(rest[k:]) {
				return 0, 0, "", false
			}
			return i, i + k, "→", true // "**Edges** ➔ exactly n-1": the arrow is "→" drawn heavier
		case c == ' ' && len(rest) > 1 && (rest[1] == '-' || rest[1] == '=' || rest[1] == 0xE2):
			for _, s := range dashSeps {
				if len(rest) >= len(s) && string(rest[:len(s)]) == s {
					if strings.ContainsAny(s, ">→") && isChain(rest[len(s):]) {
						return 0, 0, "", false
					}
					return i, i + len(s), strings.TrimSpace(s), true
				}
				if k := len(s) - 1; len(rest) > k+1 && rest[k] == 0 && rest[k+1] == ' ' && string(rest[:k]) == s[:k] && !strings.ContainsAny(s, ">→=") {
					return i, i + k + 2, strings.TrimSpace(s), true // "**Extinction -** when …": the dash ends the bold term
				}
			}
		}
	}
	return 0, 0, "", false
}

// closesShortcode reports whether the colon at t[i] closes an emoji
// shortcode, as GitHub writes an emoji in its notes: ":arrow_right:
// Befehlszähler, Register …", ":bulb: Threads werden meist im Kernmodus
// realisiert!". The name, of three or more lower-case letters, digits,
// '_', '+' or '-', opens the line or follows a space; it is no term, and
// its colon no separator (":wq: save and quit" keeps its short command).
func closesShortcode[T string | []byte](t T, i int) bool {
	k := i - 1
	for k >= 0 && (t[k] >= 'a' && t[k] <= 'z' || t[k] >= '0' && t[k] <= '9' || t[k] == '_' || t[k] == '+' || t[k] == '-') {
		k--
	}
	return k >= 0 && i-k-1 >= 3 && t[k] == ':' && (k == 0 || t[k-1] == ' ')
}

// curlyOpen opens a quotation in curly quotes.
var curlyOpen = []byte("“")

// quoted measures the quotation that opens t with open, up to the start of
// its close, so that a separator inside it ("\"Hate the war - love the
// soldiers\" - …") splits nothing; 0 when it is never closed.
func quoted(t []byte, open, close string) int {
	if j := bytes.Index(t[len(open):], []byte(close)); j >= 0 {
		return len(open) + j + len(close) - 1
	}
	return 0
}

// isChain reports whether the text after an arrow holds another arrow:
// "Console -> IAM -> Create user" is a path, "glucose → pyruvate →
// acetyl-CoA" a pathway, neither a term and its definition. An arrow
// inside a quotation is the quotation's: "Longest substring → often
// “while invalid → shrink”" answers its cue with the rule it quotes.
func isChain(after []byte) bool {
	for {
		i := bytes.IndexAny(after, "\"“")
		if i < 0 {
			return hasArrow(after)
		}
		if hasArrow(after[:i]) {
			return true
		}
		open, close := `"`, `"`
		if after[i] != '"' {
			open, close = "“", "”"
		}
		n := quoted(after[i:], open, close)
		if n == 0 {
			return hasArrow(after[i:])
		}
		after = after[i+n+1:]
	}
}

// hasArrow reports whether t holds an arrow isChain counts.
func hasArrow(t []byte) bool {
	if bytes.Contains(t, arrow) || bytes.Contains(t, []byte("->")) || bytes.Contains(t, []byte("=>")) ||
		bytes.Contains(t, []byte("⇒")) || bytes.Contains(t, []byte("⟶")) || bytes.Contains(t, []byte("⟹")) {
		return true
	}
	for i := bytes.IndexByte(t, 0xE2); i >= 0; i = bytes.IndexByte(t, 0xE2) {
		if heavyArrow(t[i:]) > 0 {
			return true // "Settings ➔ Domains ➔ Add": a path
		}
		t = t[i+1:]
	}
	return false
}

// heavyArrows are the arrows notes draw where others write "→": the heavy
// and wide-headed ones of the Dingbats ("**Edges** ➔ exactly n-1",
// "**Physical** ➜ the signal on the wire", "Mitosis ➡️ two cells") and
// the thick one of the Miscellaneous Symbols and Arrows ("⮕").
var heavyArrows = [][]byte{[]byte("➔"), []byte("➜"), []byte("➞"), []byte("➡"), []byte("⮕")}

// heavyArrow returns the length of the heavy arrow t opens with, with the
// emoji form's variation selector after it ("➡️"), or 0.
func heavyArrow(t []byte) int {
	for _, a := range heavyArrows {
		if bytes.HasPrefix(t, a) {
			if bytes.HasPrefix(t[len(a):], emojiForm) {
				return len(a) + len(emojiForm)
			}
			return len(a)
		}
	}
	return 0
}

// spacedHeavyArrow returns the length of the space, heavy arrow and space
// t opens with, " ➔ ", or 0.
func spacedHeavyArrow(t []byte) int {
	if len(t) < 2 || t[0] != ' ' || t[1] != 0xE2 {
		return 0 // the quick test: every heavy arrow starts with 0xE2
	}
	k := 1 + heavyArrow(t[1:])
	if k == 1 || k >= len(t) || t[k] != ' ' {
		return 0
	}
	return k + 1
}

// emojiForm is the variation selector that asks for a sign's emoji form,
// U+FE0F.
var emojiForm = []byte("\uFE0F")

// sepBytes marks the bytes findSep looks at: brackets, and the bytes that
// separators start with (':', ' ', a tab before a dash, and 0xEF and 0xE2 for
// the full-width signs and the arrow); a table costs one load where the tests
// cost many.
var sepBytes = func() (t [256]bool) {
	for _, c := range []byte("([{)]}: \t\xEF\xE2\"") {
		t[c] = true
	}
	return t
}()

var (
	fullOpen  = []byte("（")
	fullClose = []byte("）")
	fullColon = []byte("：")
	arrow     = []byte("→")
	cjkDash   = []byte("——") // the Chinese dash, written without spaces: "进程——资源分配的基本单位"
)

// ideographicSpace reports whether t opens with the full-width space
// (U+3000) Japanese keyboards type after a colon: "**お父さん**:　Mary's
// host father" separates as ": " does.
func ideographicSpace(t []byte) bool {
	return len(t) >= 3 && t[0] == 0xE3 && t[1] == 0x80 && t[2] == 0x80
}

// cjkColon reports whether the ":" at byte i of t, with no space after it,
// separates as Chinese and Japanese notes type it, "並行:微觀與宏觀都是同時":
// a character of a script written without spaces follows it, and a letter
// or a digit precedes it, or closes the bold term before it ("**Hit**:当CPU…",
// a NUL in the view). Either may stand beside an inline HTML tag, NULs
// too: "進程:<span style="color:red">系統進行資源分配…</span>",
// "<b>進程</b>:系統…".
func cjkColon(t []byte, i int) bool {
	next := t[i+1:]
	for len(next) > 0 && next[0] == 0 {
		next = next[1:]
	}
	after, _ := utf8.DecodeRune(next)
	end := i
	for end > 0 && t[end-1] == 0 {
		end--
	}
	before, _ := utf8.DecodeLastRune(t[:end])
	return unicode.In(after, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) &&
		(unicode.IsLetter(before) || unicode.IsDigit(before))
}

// labels are words that introduce a remark rather than name a term.
var labels = map[string]bool{
	"note": true, "notes": true, "nb": true, "n.b.": true, "remember": true, "reminder": true, "example": true,
	"examples": true, "e.g.": true, "e.g": true, "i.e": true, "eg": true, "ex": true, "tip": true, "tips": true, "hint": true,
	"source": true, "sources": true, "source(s)": true, "lm": true, "correct answer": true,
	"answer": true, "question": true, "q": true, "a": true, "see": true, "see also": true,
	"definition": true, "def": true, "warning": true, "important": true, "reference": true,
	"references": true, "ref": true, "link": true, "links": true, "todo": true, "update": true,
	"edit": true, "ps": true, "caution": true, "danger": true, "info": true, "attention": true, "also": true,
	"credit": true, "credits": true, "via": true, "docs": true, "documentation": true, "url": true,
	"video": true, "image": true, "figure": true, "fig": true, "feature": true, "output": true,
	"result": true, "solution": true, "explanation": true, "answers": true, "hints": true,
	"ans": true, "for example": true, "for instance": true,
	"exam tip": true, "exam tips": true, "exam alert": true, "exam gotcha": true, "exam note": true, "pro tip": true,
	"remark": true, "thus": true, "hence": true, "therefore": true, "in particular": true,
	"in general": true, "notation": true, "sidenote": true, "side note": true,
	// Connectives that restate what came before over a quote or a line:
	// "In other words:" over "> Lamport Clocks are consistent with causality".
	"in other words": true, "put simply": true, "simply put": true,
	// A drill, as an example is: "**Practice**: break even" over the problem
	// and its answer names the exercise, not a term.
	"practice": true, "practice problem": true, "practice question": true,
	// Marks of a note's state, as "todo" is: "WIP: still formulating my
	// summary …" says the student has not finished, it defines no "WIP".
	"wip": true, "tbd": true,
	// Another name for the heading's subject: "A.k.a: the first law, the
	// point rule" under "### Kirchhoff's Current Law" names no "A.k.a".
	"aka": true, "a.k.a": true,
	// What a passage sets out before its question, as a note is: "Background
	// context: The text contrasts negotiation with litigation …" under "####
	// Negotiation vs. Litigation" names no "Background context".
	"background": true, "background context": true,
}

// notFirst are words that start a clause, not a term.
var notFirst = map[string]bool{
	"it": true, "they": true, "this": true, "that": true, "these": true, "those": true,
	"there": true, "here": true, "we": true, "you": true, "i": true, "he": true, "she": true,
	"our": true, "your": true, "their": true, "its": true, "if": true, "when": true,
	"while": true, "because": true, "since": true, "so": true, "but": true, "and": true,
	"or": true, "then": true, "also": true, "however": true, "which": true, "who": true,
	"both": true, "all": true, "each": true, "every": true, "some": true, "any": true,
	"many": true, "most": true, "no": true, "none": true, "such": true, "other": true,
	"another": true, "either": true, "neither": true, "my": true, "his": true, "her": true,
	// "one VPC is the provider and another VPC is the receiver" contrasts two
	// things; "One Zone-IA" in capitals names one.
	"one": true, "sometimes": true, "usually": true, "often": true, "always": true, "never": true,
	"else": true, "otherwise": true, "used": true, "let's": true, "lets": true, "please": true, "make": true, "use": true,
	"whether": true, "unless": true, "although": true, "though": true,
	// A clause of time or contrast before the sentence it sets: "Once the
	// patient is stable, switch to subcutaneous insulin" defines no "Once
	// the patient", "Until the pH is normal, …" no "Until the pH".
	"once": true, "until": true, "whenever": true, "whereas": true, "wherever": true,
	"will": true, "would": true, "should": true, "must": true, "shall": true, "could": true,
	"now": true, "thus": true, "hence": true, "therefore": true, "similarly": true, "likewise": true,
	"certain": true,
	// The indefinite pronouns: "Everything is context dependent" defines
	// no "Everything".
	"everything": true, "everyone": true, "everybody": true, "nothing": true, "nobody": true,
	"something": true, "someone": true, "somebody": true, "anything": true, "anyone": true, "anybody": true,
	// A predicate whose subject is the heading: "Has 2 primary operations:
	// push and pop" under "### Stacks" names no term.
	"has": true, "have": true,
}

// quantifiers open a statement about a class, not a name, whatever the
// case of the words after them: "Every PID", "Each Node".
var quantifiers = map[string]bool{"every": true, "each": true, "any": true}

// notLast are words a term does not end with ("ex", as "e.g.", opens an
// example: `"domain specific language" (DSL) ex: RSpec` names no term).
var notLast = map[string]bool{
	"like": true, "the": true, "a": true, "an": true, "of": true, "for": true, "to": true,
	"and": true, "or": true, "with": true, "in": true, "on": true, "by": true, "as": true,
	"at": true, "from": true, "via": true, "is": true, "are": true, "was": true, "were": true,
	"be": true, "include": true, "includes": true, "including": true, "such": true,
	"e.g.": true, "eg": true, "ex": true, "than": true, "into": true, "that": true, "which": true,
	"above": true, "below": true, "following": true, "former": true, "latter": true, "there": true,
	"it": true, "they": true, "this": true, "these": true, "those": true, "we": true, "you": true,
	"he": true, "she": true,
}

// clauseWords mark a clause rather than a term.
var clauseWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "will": true, "can": true,
	"should": true, "must": true, "would": true, "could": true, "has": true, "have": true,
	"does": true, "did": true, "don't": true, "doesn't": true, "isn't": true, "aren't": true,
	"cannot": true, "can't": true, "won't": true, "may": true, "might": true,
}

// conditionOpeners open a condition inside the words before a verb, which are
// then a clause, not a term: "Even if IF is deficient, …" names no term
// "Even if IF".
var conditionOpeners = map[string]bool{"if": true, "though": true}

// labelWords are the words of a numbered label: "Step 1", "Chapter 3", "Q2".
// The parts and chapters of German, French, Italian and Dutch notes are
// numbered as English ones: "Teil 1", "Partie 2", "Parte 1", "Deel 3",
// "Kapitel 4", "Chapitre 5", "Capitolo 6", "Hoofdstuk 7".
var labelWords = []string{"step", "part", "chapter", "section", "lesson", "lecture", "day", "week", "phase",
	"stage", "round", "level", "exercise", "question", "q", "problem", "task", "example", "case", "option",
	"scenario", "slide", "page", "unit", "module", "teil", "partie", "parte", "deel", "kapitel", "chapitre",
	"capitolo", "hoofdstuk"}

// isLabel reports whether s (a term candidate) is a label such as "Note" or "Step 1".
func isLabel(s string) bool {
	s = strings.Trim(withoutLeadShortcode(strings.TrimLeft(strings.TrimSpace(s), "*_`")), "*_`.!:：")
	if s != "" && s[0] >= utf8.RuneSelf {
		// "✅ Answer", "👉 Note": symbols and a space before the label are decoration.
		if sym, rest, ok := strings.Cut(s, " "); ok && !strings.ContainsFunc(sym, func(r rune) bool {
			return r < utf8.RuneSelf || unicode.IsLetter(r) || unicode.IsDigit(r)
		}) {
			s = rest
		}
	}
	if lookupLowerIn(s, labels, remarksAbroad, examplesAbroad, labelsAbroad, proofTitles, labelsCJK) {
		return true
	}
	// A numbered label ends in a digit, or a digit and a letter: most terms
	// need no lowering.
	r, n := utf8.DecodeLastRuneInString(s)
	if !isDigit(r) {
		if r, _ = utf8.DecodeLastRuneInString(s[:len(s)-n]); !isDigit(r) {
			return false
		}
	}
	if head := strings.TrimRight(s[:strings.IndexAny(s, "0123456789")], " \t\n\f\r"); len(head) > 3*len("exercise") || strings.ContainsAny(head, " \t\n\f\r") {
		return false // more than one label word before the number, in any case: not worth lowering
	}
	return isNumberedLabel(strings.ToLower(s))
}

// judgeTerm is isTerm without its memo (see termmemo.go).
func judgeTerm(s string) bool {
	s = strings.TrimSpace(s)
	if name, _, ok := cutDefaultNote(s); ok {
		s = name // "eta [default=0.3]" names the parameter eta
	}
	if s == "" || utf8.RuneCountInString(s) > 80 || isLabel(s) {
		return false
	}
	if strings.Count(s, `"`)%2 == 1 || strings.Count(s, "“") != strings.Count(s, "”") {
		return false // "\"Closure is when …\"": a quotation cut, not a term
	}
	if strings.Contains(s, "://") || hasLowerPrefix(s, "www.") {
		return false
	}
	if isShortNumber(s) || isYearRange(s) || isSpacedYearSpan(s) {
		return true // a port, a year, an error code, a period "1924-29" or "1914 - 1918"
	}
	if isCallName(s) || isStatementTerm(s) || isOperatorAlias(s) || isPlaceholderCommand(s) || isDotCommand(s) {
		return true // "append()", "SHOW TABLES;", "AND or &&", "git branch <name>", "cd ..": code named as cheat sheets name it
	}
	if isNumberLike(s) || isCodeLike(s) && !callsAmongWords(s) {
		return false
	}
	if isCaseTerm(s) {
		return true // "Palsgraf v. Long Island R.R.": its dots end no sentence
	}
	if letterExpansion(s) {
		return true // "I (Integrity)", "A (Availability)": no pronoun, no article
	}
	outer := withoutTitleDots(withoutSuspendedHyphens(withoutTrailingDate(withoutStatuteDots(withoutVersusDots(outsideBrackets(s))))))
	if strings.Contains(outer, ", ") && !asksWithComma(outer) || strings.Contains(outer, ". ") || strings.Contains(outer, "; ") ||
		strings.Contains(outer, "! ") || strings.HasSuffix(outer, ".") || strings.HasSuffix(outer, ",") {
		return false
	}
	// outer is words joined by single spaces.
	if outer == "" || opensWithPlace(outer) || verbThenArticle(outer) {
		return false
	}
	words := strings.Count(outer, " ") + 1 - slashedNames(outer)
	first, rest, _ := strings.Cut(outer, " ")
	if words == 1 && !hasSpaceScript(first) && utf8.RuneCountInString(first) > 25 && !isCompoundWord(first) {
		return false
	}
	if words > 6 && (words > 12 || !strings.HasSuffix(s, "?") && !isTitleCase(outer)) {
		// A question may be longer, "How do we keep the momentum going?" - …,
		// and so may a name in Title Case, "General Data Protection
		// Regulation And Its Territorial Scope: …".
		return false
	}
	const quotes = "*_`\"'“”‘’"
	if f := strings.Trim(first, quotes); lookupLower(notFirst, f) && (!isTitleCase(outer) || lookupLower(quantifiers, f) || len(rest) == 1) && !capsKeyword(f, rest) {
		// "Every PID is a UFD" states, even in capitals, and "If D is an
		// empty set, …" sets a condition on a variable.
		return false
	}
	if next, _, _ := strings.Cut(rest, " "); strings.EqualFold(strings.Trim(first, quotes), "not") && lookupLower(notFirst, strings.Trim(next, quotes)) {
		return false // "Not all are the same size" states; a "NOT gate" is named
	} else if f := strings.Trim(first, quotes); (f == "Not" || f == "not") && negatedPhrase(strings.Trim(next, quotes)) {
		return false // "Not for blame — for process improvement" sets two aims apart; "Not gate" is named
	}
	question := strings.HasSuffix(s, "?")
	if !question {
		if last := strings.Trim(outer[strings.LastIndexByte(outer, ' ')+1:], quotes); lookupLower(notLast, last) && !variantLetter(outer) || asWordsAbroad[last] || copulaEndsAbroad[last] {
			return false
		}
		prev := first
		for w := range strings.SplitSeq(rest, " ") {
			if w = strings.Trim(w, quotes); (lookupLower(clauseWords, w) || lookupLower(conditionOpeners, w)) && !isNameWord(prev, w) {
				return false
			}
			prev = w
		}
	}
	return true
}

// capsKeyword reports whether first, a term's first word, is a keyword in
// capitals before words in lower case, "AND gate", "OR gate", "IF
// function": the name of a gate, an operator or a function, no
// conjunction that opens a sentence. rest is the term's other words; a
// line in capitals throughout ("EVERY PID IS A UFD") states.
func capsKeyword(first, rest string) bool {
	if len(first) < 2 || !strings.ContainsFunc(rest, unicode.IsLower) {
		return false
	}
	for i := 0; i < len(first); i++ {
		if !isUpperASCII(first[i]) {
			return false
		}
	}
	return true
}

// negatedPhrase reports whether next, the word after a lead "Not", opens
// the phrase the line denies, an article or a preposition, "Not for
// blame", "Not a metric": the line corrects a reading, and names no term.
func negatedPhrase(next string) bool {
	return articles[strings.ToLower(next)] || sentenceGoesOn[strings.ToLower(next)] || strings.EqualFold(next, "just") || strings.EqualFold(next, "only")
}

// slashedNames returns the number of " / " in outer, a term's words
// joined by single spaces, when they part names that each open with a
// capital or a digit, "Recall / Sensitivity / True Positive Rate", the
// names of one thing: the slashes are no words of the term. It returns 0
// for any other text, "further coiling of α-helix / β-pleated sheet".
func slashedNames(outer string) int {
	n := strings.Count(outer, " / ")
	if n == 0 {
		return 0
	}
	for part := range strings.SplitSeq(outer, " / ") {
		if r, _ := utf8.DecodeRuneInString(part); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return 0
		}
	}
	return n
}

// variantLetter reports whether s, words joined by single spaces, ends in
// the capital letter A that tells a named variant from its siblings, "Class
// A", "Type A", "Hepatitis A", after a word that opens with a capital: that
// A is no article left hanging, as in "Such a".
func variantLetter(s string) bool {
	before, ok := strings.CutSuffix(s, " A")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(before[strings.LastIndexByte(before, ' ')+1:])
	return unicode.IsUpper(r)
}

// letterExpansion reports whether s is a capital letter and, in brackets,
// the word it stands for, as a mnemonic's letters are spelled out one a
// line: "C (Confidentiality)", "I (Integrity)", "A (Availability)".
func letterExpansion(s string) bool {
	letter, word, ok := strings.Cut(s, " (")
	if !ok || len(letter) != 1 || letter[0] < 'A' || letter[0] > 'Z' || !strings.HasSuffix(word, ")") {
		return false
	}
	return len(word) > 2 && unicode.ToUpper(rune(word[0])) == rune(letter[0]) && !strings.ContainsAny(word[:len(word)-1], "()")
}

// isTitleCase reports whether s, words joined by single spaces, is two or
// more words that each open with a capital: a name ("No Class Syntax",
// "Other Considerations"), not a clause that opens with "No" or "Other".
func isTitleCase(s string) bool {
	words := 0
	for w := range strings.SplitSeq(s, " ") {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "*_`\"'“”‘’"))
		if !unicode.IsUpper(r) {
			return false
		}
		words++
	}
	return words > 1
}

// hasSpaceScript reports whether w uses a script written without spaces (CJK).
func hasSpaceScript(w string) bool {
	for _, r := range w {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}

// outsideBrackets returns s without its bracketed parts, its words joined by
// single spaces.
func outsideBrackets(s string) string {
	if !strings.ContainsAny(s, "()[]") && !strings.Contains(s, "（") && !strings.Contains(s, "）") && utf8.ValidString(s) {
		return joinFields(s) // nothing to drop
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '[', '（':
			depth++
		case ')', ']', '）':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	return joinFields(b.String())
}

// hasWordChar reports whether s holds a letter or a digit.
func hasWordChar(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// hasWordCharBytes is hasWordChar for a byte slice, read without a copy.
func hasWordCharBytes(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
		b = b[n:]
	}
	return false
}

// splitLine finds a term/definition split of block n's line [lo, hi).
func (p *parsed) splitLine(n ast.Node, lo, hi int) (split, bool) {
	if p.splits == nil {
		p.splits = splitCaches.Get().(*splitCache)
	}
	e := &p.splits[lo%len(p.splits)]
	if e.n == n && e.lo == lo && e.hi == hi {
		return e.s, e.ok
	}
	s, ok := p.findSplit(n, lo, hi)
	if ok {
		s = p.cutTILMarker(s)
	}
	*e = splitEntry{n: n, lo: lo, hi: hi, s: s, ok: ok}
	return s, ok
}

// A splitCache holds the splits of recent lines by their start, one line a
// slot: list, parentItem and paragraphRange split an item's first line each,
// and a slot costs nothing to fill where a map grows.
type splitCache [1024]splitEntry

// A splitEntry is the split of block n's line [lo, hi) in a splitCache.
type splitEntry struct {
	n      ast.Node
	lo, hi int
	s      split
	ok     bool
}

// splitCaches recycles the chunks' split caches.
var splitCaches = sync.Pool{New: func() any { return new(splitCache) }}

// dropSplits empties p's split cache, which refers to its AST, and recycles it.
func (p *parsed) dropSplits() {
	if p.splits != nil {
		clear(p.splits[:])
		splitCaches.Put(p.splits)
		p.splits = nil
	}
}

// findSplit does the work of splitLine. An icon that opens the line, as a
// Notion callout's "💡" does, is no part of the term: "💡 A superkey is a
// set of …" asks superkey, "📌 ASan: finds …" asks ASan, and "💡
// **Superkey:** a set of …" Superkey, the icon before a label in bold
// followed by its colon (see labelIconLen), full-width in Chinese and
// Japanese: "🎯 **标准化接口**：统一通信方式" asks 标准化接口.
// So is the icon before a term all in bold that a dash or an arrow ends:
// "💡 **Victim ≠ random** ➔ attackers pick …" asks Victim ≠ random.
func (p *parsed) findSplit(n ast.Node, lo, hi int) (split, bool) {
	k := leadIconLen(p.src[lo:hi])
	colon := false // the split after the icon must be a label's colon
	if k == 0 {
		k, colon = labelIconLen(p.src[lo:hi]), true
	}
	if k > 0 {
		if s, ok := p.findSplit(n, lo+k, hi); ok && (!colon || s.sep == ":" || s.sep == "：" || p.boldBeforeDash(s)) {
			if p.icons == nil {
				p.icons = map[int]string{}
			}
			p.icons[p.line(lo)] = string(bytes.TrimSpace(p.src[lo : lo+k]))
			return s, true
		}
	}
	v := p.lineView(n, lo, hi)
	if s, ok := p.questionSplit(v, lo, hi); ok {
		return s, true
	}
	if s, ok := p.endMarkSplit(v, lo, hi); ok {
		return s, true // "आज । today", "Как дела? How are you?"
	}
	if s, ok, head := p.statementLead(n, lo, hi); head {
		return s, ok
	}
	i, j, sep, ok := findSep(v)
	if ok && sep == "-" && argDashColon(v.text, j) {
		i, j, sep = j, j+1, ":" // "cd - : go back": the dash is the command's argument
		if p.argDashes == nil {
			p.argDashes = map[int]bool{}
		}
		p.argDashes[p.line(lo)] = true
	} else if ok && isDash(sep) {
		if k := yearSpanColon(v.text, i, j); k > 0 {
			i, j, sep = k, k+1, ":" // "1914 - 1918: World War I" names the span before its colon
		}
	}
	if !ok {
		if s, ok := p.namedValue(n, lo, hi); ok {
			return s, true // "Force $F=ma$": the sign has no spaces to find
		}
		if s, ok := p.defaultOnly(n, lo, hi); ok {
			return s, true // "* seed [default=0]"
		}
	}
	if ok {
		if s, ok := p.codeLabelFirst(n, v, lo, hi); ok {
			return s, true // "`manipulating db :` querying -- …"
		}
	}
	if ok && insideMath(v.text, i) {
		if s, ok := p.namedValue(n, lo, hi); ok {
			return s, true // "Output resistance $R_{out} = 0$"
		}
		if s, ok := p.mathDefinition(n, v, lo, hi); ok {
			return s, true
		}
		if s, ok := p.verbSplit(n, v, lo, hi); ok && s.termHi < v.srcOff(i) {
			// "Momentum is mass times velocity. $p = mv$": the sign is the
			// formula's, and the verb before it defines the subject.
			return s, true
		}
		return split{}, false // "Let $f(x) = x^2$": the sign is the formula's
	}
	if ok && (isDash(sep) || sep == "=") {
		if s, ok := p.resultLast(n, v, lo, hi); ok {
			return s, true // "Revenue - Operating expenses = Operating income"
		}
	}
	if ok && isDash(sep) {
		if s, ok := p.dashInBold(n, v.srcOff(i), hi); ok {
			return s, true
		}
	}
	if ok && sep == ":" {
		if s, ok := p.quotedCue(n, v, i, j, hi); ok {
			return s, true // "Trigger phrase: "53-byte cells" → ATM" asks the cue
		}
		if s, inside := p.colonAfterBold(n, v.srcOff(i), hi); inside {
			// "**Layer 7: Application**: HTTP": the bold phrase is the term.
			if s.defLo > 0 && p.validSplit(n, s) {
				return s, true
			}
			return split{}, false
		}
	}
	if ok {
		s := split{termLo: lo, termHi: v.srcOff(i), defLo: p.afterOff(v, j-1), defHi: hi, sep: sep}
		if s.termHi > lo {
			s.termLo += cjkNumberingLen(p.src[lo:s.termHi]) // "（1）RDB持久化：…" asks for RDB持久化
			if k := p.bareNumberLen(n, s.termLo, s.termHi); k > 0 {
				if p.icons == nil {
					p.icons = map[int]string{}
				}
				p.icons[p.line(lo)] = string(bytes.TrimSpace(p.src[s.termLo : s.termLo+k]))
				s.termLo += k // "1 `useState` - This hook lets …" asks for useState
			}
			// "**1. S3 Standard:** …" asks for S3 Standard.
			s.termLo = p.boldTermStart(s.termLo, s.termHi)
		}
		if s.termHi >= 0 && s.defLo >= 0 {
			if isDash(sep) {
				s.defLo += dashCopulaLen(p.src[s.defLo:hi]) // "Процесс — это программа …"
				s = gluedYear(p.src, s)
				if t := titledNumber(p.src, s, hi); t != s && p.validSplit(n, t) {
					s = t // "IFRS 16 – Leases: …" asks for the titled standard
				}
			}
			s = p.namedHeadTerm(p.quotedTerm(s))
		}
		if s.termHi >= 0 && s.defLo >= 0 && (sep == ":" || isDash(sep)) && isTipLabel(p.plain(n, s.termLo, s.termHi)) {
			// "Exam tip: Session is the default consistency level": the
			// label names nothing; the sentence after it may define.
			return p.verbSplit(n, p.lineView(n, s.defLo, hi), s.defLo, hi)
		}
		if s.termHi >= 0 && s.defLo >= 0 && p.validSplit(n, s) {
			if isReactionArrow(sep, p.src[s.termLo:s.termHi], p.src[s.defLo:hi]) {
				s.termHi = s.defLo // "2H2 + O2 → 2H2O" asks "2H2 + O2 →"
			} else if sumCueArrow(sep, p.src[s.termLo:s.termHi], p.src[s.defLo:hi]) {
				p.noteCueArrow(lo, p.plain(n, s.termLo, s.termHi), sep)
			}
			return s, true
		}
		if s.termHi >= 0 && s.defLo >= 0 && sep == ":" && ruleForCase(p.plain(n, s.termLo, s.termHi), p.plain(n, s.defLo, hi)) {
			return s, true // "No special relationship = no duty: Harper v. Herman (…)"
		}
		if s.termHi >= 0 && s.defLo >= 0 && sep == ":" {
			if name, head := isStatementHead(p.plain(n, s.termLo, s.termHi)); head && name == "" {
				// "**Definition:** A *group* is a set with …": the sentence
				// after the label defines its subject.
				if d, ok := p.emphasisLead(n, s.defLo, hi, 1); ok {
					return d, true
				}
				if d, ok := p.definedWord(s.defLo, hi); ok {
					return d, true // "**Definition:** A graph is bipartite if …"
				}
				if d, ok := p.verbSplit(n, p.lineView(n, s.defLo, hi), s.defLo, hi); ok {
					return d, true
				}
				if isItemText(n) && hasWordChar(p.plain(n, s.defLo, hi)) {
					// "- Definition: liquidity measure" under "### Current
					// Ratio" names no subject: the kind asks with what it
					// sits under (see kindOwners). A paragraph of its own
					// under a heading is the heading's answer already.
					return s, true
				}
				return split{}, false
			}
		}
		if s, ok := p.constantSplit(n, lo, hi); ok {
			return s, true
		}
		return p.boldLead(n, lo, hi)
	}
	if s, ok := p.equilibriumSplit(n, v, lo, hi); ok {
		return s, true // "CH3COOH ⇌ CH3COO− + H+"
	}
	if s, ok := p.boldLead(n, lo, hi); ok {
		return s, true
	}
	if s, ok := p.gluedSep(n, v, lo, hi); ok {
		return s, true // "Amygdala:The amygdala helps …"
	}
	if s, ok := p.italicLead(n, lo, hi); ok {
		return s, true // "1. *Set-up time* is the critical period …"
	}
	if s, ok := p.commandPurpose(n, lo, hi); ok {
		return s, true // "The `terraform graph` command is used to generate …"
	}
	if s, ok := p.codeLead(n, lo, hi); ok {
		return s, true
	}
	if s, ok := p.legendGloss(n, lo, hi); ok {
		return s, true
	}
	if s, ok := p.unitSplit(n, v, lo, hi); ok {
		return s, true
	}
	if s, ok := p.constantSplit(n, lo, hi); ok {
		return s, true
	}
	if s, ok := p.verbSplit(n, v, lo, hi); ok {
		return s, true
	}
	if s, ok := p.acronymVerb(n, v, lo, hi); ok {
		return s, true
	}
	if s, ok := p.hanIsA(n, v, lo, hi); ok {
		return s, true
	}
	if s, ok := p.topicSplit(n, v, lo, hi); ok {
		return s, true // "排他制御とは、…仕組みのこと"
	}
	if s, ok := p.calledTerm(n, lo, hi); ok {
		return s, true
	}
	if s, ok := p.plainCalledTerm(n, lo, hi); ok {
		return s, true // "a species that … is called amphoteric."
	}
	if s, ok := p.boldCondition(n, lo, hi); ok {
		return s, true
	}
	if s, ok := p.copulaSplit(n, v, lo, hi); ok {
		return s, true
	}
	if s, ok := p.thaiCopulaSplit(n, v, lo, hi); ok {
		return s, true
	}
	return p.koreanTopicSplit(n, v, lo, hi)
}

// countsPhrase reports whether t, a gloss that opens with a digit, counts
// in words, as a regular expression's quantifiers are glossed: "0 or
// more", "1 or more", "2 times exactly"; "5 + 3" counts no words.
func countsPhrase(t []byte) bool {
	f := bytes.Fields(t)
	if len(f) < 3 || len(f) > 6 {
		return false
	}
	for _, w := range f[1:] {
		if lookupLower(quantityWords, string(w)) {
			return true
		}
	}
	return false
}

// quantityWords join or qualify the numbers of a gloss that counts (see
// countsPhrase).
var quantityWords = map[string]bool{"or": true, "more": true, "times": true, "exactly": true, "fewer": true, "less": true, "up": true}

// codeLead splits a line that opens with a code span and glosses it
// without a separator: "`la dinde` the turkey", "`git stash` to shelve
// changes", "`FASB:` Makes accounting rules".
func (p *parsed) codeLead(n ast.Node, lo, hi int) (split, bool) {
	var code *ast.CodeSpan
	first, stop := p.kidsIn(n, lo, hi)
	for c := first; c != stop; c = c.NextSibling() {
		if !overlaps(p, c, lo, hi) {
			continue
		}
		if cs, ok := c.(*ast.CodeSpan); ok {
			code = cs
		}
		break
	}
	if code == nil || code.NextSibling() == nil || p.wrapsOnto(n, lo) {
		return split{}, false
	}
	code, joined := p.slashedCode(code)
	t, ok := code.NextSibling().(*ast.Text)
	if !ok || t.Segment.Start >= hi || t.Segment.Start < 1 || p.src[t.Segment.Start-1] != '`' {
		return split{}, false
	}
	defLo := t.Segment.Start
	comma := hasPrefixAt(p.src[:hi], defLo, "，") // "`onCreate()`，第一次创建活动时调用。"
	if comma {
		defLo += len("，")
	}
	for defLo < hi && p.src[defLo] == ' ' {
		defLo++
	}
	if defLo == t.Segment.Start || defLo >= hi {
		return split{}, false // "`x`y" is one word; a code span alone defines nothing
	}
	r, _ := utf8.DecodeRune(p.src[defLo:hi])
	if !unicode.IsLetter(r) && !(unicode.IsDigit(r) && countsPhrase(p.src[defLo:hi])) {
		return split{}, false // "`a` + `b`", "`x` (see above)": no gloss
	}
	k, gloss := codeGlossParticle(p.src[defLo:hi])
	if !gloss || defLo+k >= hi {
		return split{}, false // "`fork()` 与 `exec()` 常常一起使用" names two, as "`a` and `b`" does
	}
	defLo += k // "`Deployment` 是管理无状态应用的控制器": the copula is no part of the gloss
	termLo := t.Segment.Start - 1
	for termLo > lo && p.src[termLo-1] != '`' {
		termLo--
	}
	for termLo > lo && p.src[termLo-1] == '`' {
		termLo--
	}
	for ; joined > 0; joined-- {
		// "`mon`/`ma`/`mes` my": back across the slash to the span before it
		termLo -= len("/")
		for termLo > lo && p.src[termLo-1] == '`' {
			termLo--
		}
		for termLo > lo && p.src[termLo-1] != '`' {
			termLo--
		}
		for termLo > lo && p.src[termLo-1] == '`' {
			termLo--
		}
	}
	def := p.plain(n, defLo, hi)
	if strings.HasSuffix(def, "?") || strings.HasSuffix(def, "？") {
		return split{}, false // "`BEFORE UPDATE` runs when?" asks about the code
	}
	if opensWithThaiCopula([]byte(def)) {
		return split{}, false // "`str` คือ …" is thaiCopulaSplit's
	}
	if w, _, _ := strings.Cut(def, " "); lookupLower(clauseWords, w) || lookupLower(glossVerbsAbroad, w) || lookupLower(conjunctions, w) || sentenceGoesOn[w] && w != "to" {
		return split{}, false // "`x` is …" is verbSplit's; "`a` and `b`" names two
	} else if comparisonWords[strings.ToLower(w)] {
		return split{}, false // "`ArrayList` vs `LinkedList`" compares two
	}
	s := split{termLo: termLo, termHi: t.Segment.Start, defLo: defLo, defHi: hi, sep: "`"}
	term := p.plain(n, s.termLo, s.termHi)
	if label := strings.TrimRight(term, ":："); len(label) < len(term) {
		// "`FASB:` Makes accounting rules": the code span marks a term, its
		// colon included, and the rest of the line defines it.
		return s, isTerm(label) && validDef(s, label, def)
	}
	if !isCodeTerm(term) || !validDef(s, term, def) || countFields(def) > 12 {
		return split{}, false
	}
	if comma {
		return s, true // the comma glosses, whatever the gloss's length: Chinese counts no words by spaces
	}
	// A gloss of a few words is a cheat sheet's line: "`la dinde` the
	// turkey", "`:wq` save and quit", "`.` repeat last change". A longer
	// one is a sentence about the code ("`print` statements were removed in
	// …"), unless it is an article's or an infinitive's phrase: "`ls -la`
	// the long listing of a folder", or a line of a cheat sheet's
	// paragraph, whose lines each open with their command (codeRowBeside).
	raw := bytes.ReplaceAll(p.src[s.termLo:s.termHi], []byte("`/`"), nil) // the slashes between spans are no signs
	signs := bytes.ContainsAny(raw, "=()-./$<>|[]{}:;#*+")
	long := countFields(def) > 6 && !p.codeRowBeside(n, lo)
	if long || bytes.IndexByte(raw, '=') >= 0 || signs && countFields(def) < 2 {
		// "`a = b` sets a" states what a statement does; "`==x==` stays"
		// goes on a sentence.
		switch w, _, _ := strings.Cut(def, " "); strings.ToLower(w) {
		case "the", "a", "an", "to":
		default:
			return split{}, false
		}
	}
	return s, true
}

// slashedCode returns the last of the code spans that a line joins by
// slashes from code on, "`mon`/`ma`/`mes`", the forms of one word, and
// how many slashes it crossed; code itself and 0 when no slash follows it.
func (p *parsed) slashedCode(code *ast.CodeSpan) (*ast.CodeSpan, int) {
	joined := 0
	for {
		t, ok := code.NextSibling().(*ast.Text)
		if !ok || string(t.Segment.Value(p.src)) != "/" {
			return code, joined
		}
		next, ok := t.NextSibling().(*ast.CodeSpan)
		if !ok || next.NextSibling() == nil {
			return code, joined
		}
		code = next
		joined++
	}
}

// codeRowBeside reports whether the line of block n that holds offset lo
// has a line beside it, above or below in n, that opens with a code span,
// as a cheat sheet typed as a paragraph lists its commands, one a line:
//
//	`ls -latr` sort them by time, but in reverse order.
//	`tree` List content of directories in a tree-like format.
func (p *parsed) codeRowBeside(n ast.Node, lo int) bool {
	if n.Type() != ast.TypeBlock || n.Lines() == nil {
		return false
	}
	ls := n.Lines()
	i := sort.Search(ls.Len(), func(i int) bool { return ls.At(i).Stop > lo })
	opens := func(j int) bool {
		if j < 0 || j >= ls.Len() {
			return false
		}
		t := bytes.TrimLeft(segValue(ls.At(j), p.src), " \t")
		return len(t) > 0 && t[0] == '`'
	}
	return i < ls.Len() && (opens(i-1) || opens(i+1))
}

// boldBeforeDash reports whether split s ends its term with a dash or an
// arrow and the term is one bold phrase and no more: "**Victim ≠ random** ➔
// attackers pick …", not "**Note** that x - y".
func (p *parsed) boldBeforeDash(s split) bool {
	if !isDash(s.sep) && s.sep != "→" || s.termLo < 0 || s.termHi <= s.termLo {
		return false
	}
	t := p.src[s.termLo:s.termHi]
	return bytes.HasPrefix(t, []byte("**")) && spanAlone(t)
}

// bareNumberLen returns the length of the number typed without its dot,
// and the spaces after it, that opens the term [lo, hi) of a line of block
// n, when the rest of the term is one code span or bold phrase and a line
// beside it in n opens with the number before or after it the same way, a
// list of points typed as a paragraph:
//
//	1 `useState` - This hook lets you add state to a component.
//	2 `useEffect` - This hook lets you run side effects after render.
//
// asks useState and useEffect; 0 otherwise, where the number is part of
// the term: "3 ways to win - …", "2 phase commit - …", "404 Not Found - …".
func (p *parsed) bareNumberLen(n ast.Node, lo, hi int) int {
	num, k := bareNumberHead(p.src[lo:hi])
	if k == 0 || n.Type() != ast.TypeBlock || n.Lines() == nil {
		return 0
	}
	if !spanAlone(p.src[lo+k : hi]) {
		return 0 // "2 `git` commands - …": the number counts the term's things
	}
	ls := n.Lines()
	i := sort.Search(ls.Len(), func(i int) bool { return ls.At(i).Stop > lo })
	next := func(j, want int) bool {
		if j < 0 || j >= ls.Len() {
			return false
		}
		t := bytes.TrimLeft(segValue(ls.At(j), p.src), " \t")
		m, k := bareNumberHead(t)
		return m == want && spanAlone(t[k:])
	}
	if next(i-1, num-1) || next(i+1, num+1) {
		return k
	}
	return 0
}

// bareNumberHead returns the number of one to three digits that opens b
// and the length of it and the spaces after it, when a code span or a bold
// phrase follows them: 1 and 2 for "1 `useState`"; 0, 0 otherwise.
func bareNumberHead(b []byte) (num, k int) {
	for k < len(b) && k < 3 && isDigit(rune(b[k])) {
		num = num*10 + int(b[k]-'0')
		k++
	}
	d := k
	for k < len(b) && b[k] == ' ' {
		k++
	}
	if d == 0 || k == d || !bytes.HasPrefix(b[k:], []byte("`")) && !bytes.HasPrefix(b[k:], []byte("**")) {
		return 0, 0
	}
	return num, k
}

// spanAlone reports whether the code span or bold phrase that opens b is
// followed by no word, as a term before its dash is: "`useEffect` - This
// hook …", not "`git` commands - …".
func spanAlone(b []byte) bool {
	m := []byte("`")
	if bytes.HasPrefix(b, []byte("**")) {
		m = []byte("**")
	}
	e := bytes.Index(b[len(m):], m)
	if e < 0 {
		return false
	}
	r, _ := utf8.DecodeRune(bytes.TrimLeft(b[len(m)+e+len(m):], " \t"))
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// wrapsOnto reports whether the line of block n that holds offset lo goes
// on with the sentence of the line above it, which stops on an article or
// a word that leads a clause on, as prose wrapped at a fixed width does:
// "… owned by the" over "`apache` user." glosses no code span, the span
// is a word of the sentence.
func (p *parsed) wrapsOnto(n ast.Node, lo int) bool {
	if n.Type() != ast.TypeBlock || n.Lines() == nil {
		return false
	}
	ls := n.Lines()
	i := sort.Search(ls.Len(), func(i int) bool { return ls.At(i).Stop > lo })
	if i == 0 || i >= ls.Len() {
		return false
	}
	above := strings.Fields(string(segValue(ls.At(i-1), p.src)))
	if len(above) == 0 {
		return false
	}
	w := above[len(above)-1]
	return articles[w] || sentenceGoesOn[w]
}

// afterOff returns the source offset just after byte j of v.
func (p *parsed) afterOff(v view, j int) int {
	for k := j; k >= 0; k-- {
		if o := v.srcOff(k); o >= 0 {
			return o + 1
		}
	}
	return -1
}

// validSplit applies the term and definition guards to s.
func (p *parsed) validSplit(n ast.Node, s split) bool {
	term := resolveWikilinks(p.plain(n, s.termLo, s.termHi)) // "[[Cholesky]]: A = LLᵀ" names Cholesky
	if s.sep == "——" && strings.ContainsAny(term, "，。；！") {
		return false // the dash inside a Chinese sentence: "…，它能「保留狀態」——當…"
	}
	if cjkClause(term) {
		return false // "SSE基于HTTP长连接，特点是服务端单向推送，场景：…" splits a sentence
	}
	if s.sep == ":" && morePairs(term, p.src[s.defLo:s.defHi]) {
		return false // "O: Observed, E: Expected" pairs two symbols
	}
	if s.sep == "=" && (moreAssignments(term, p.src[s.defLo:s.defHi]) || namesSymbols(term, p.src[s.defLo:s.defHi])) {
		return false // "R1 = d, R2 = c, R3 = a" states registers, "Boat speed = v_b, river speed = v_r" symbols
	}
	if s.sep == "=" && definedVariable(term) {
		return false // "Define y = 5. Pick some x >= y" works an example
	}
	if s.sep == "-" && bytes.HasSuffix(bytes.TrimSpace(p.src[s.termLo:s.termHi]), []byte("]]")) && onlyLinks(p.src[s.defLo:s.defHi]) {
		return false // "Obtained from [[#Max]] - [[#Allocation]]" takes one linked thing from another
	}
	if s.sep == "=" && isCodeStatement(term, p.src[s.defLo:s.defHi]) {
		return false // "char a = '中';" is a line of code, as a quiz's choices type them
	}
	if s.sep == "=" && isCaseValue(p.src[s.defLo:s.defHi]) {
		return false // "p = 1 (Linear convergence):" names the case its list describes
	}
	if s.sep == "=" && (isComparisonTerm(term) || isSelfUpdate(term, p.src[s.defLo:s.defHi])) {
		return false // "Select dept_name = building" compares, "PC = PC + 4" updates
	}
	if isArrowSep(s.sep) && isSelfUpdate(term, p.src[s.defLo:s.defHi]) && !definesWithArticle(p.src[s.defLo:s.defHi]) {
		return false // "Pi -> Pj if Pi is waiting for Pj" draws an edge; "Map => The Map object …" defines
	}
	if isDash(s.sep) && isDifficultyRating(p.src[s.defLo:s.defHi]) && holdsLink(p.src[s.termLo:s.termHi]) {
		return false // "[3Sum](https://leetcode.com/problems/3sum/) - Medium" rates the problem it links to
	}
	if isDash(s.sep) && isLetterDifference(term, p.src[s.defLo:s.defHi]) {
		return false // "r - s" takes one set from another
	}
	if s.sep == ":" && isNumberLabel(term) {
		return false // "1: Go to memory" numbers a step
	}
	if s.sep == ":" && isAnswerMark(term) && p.underQuestion(n) {
		return false // "**A**: It defines a contract." answers the question above it
	}
	if isObjectiveLabel(term) {
		return false // "LOS 23.a: Calculate and interpret NPV" says what to learn
	}
	if s.sep == ":" && opensWithVerb(term) {
		return false // "Suffers from convoy effect: if …" has its subject above
	}
	if isDash(s.sep) && predicateItem(term) {
		return false // "Forms granules – seen under a microscope" has its subject above
	}
	if asksOnly(p.src[s.defLo:s.defHi]) {
		return false // "encoding - how?" is a cue over its answers
	}
	if isDash(s.sep) && isDashAside(term, p.src[s.defLo:s.defHi], s.sep) {
		return false // "The *rules* - not the *act* - determines …" sets words off
	}
	if isDash(s.sep) && isDashParenthetical(term, p.src[s.defLo:s.defHi], s.sep) {
		return false // "Unbuffered channels combine communication — the exchange of a value — with …" is one sentence
	}
	if isDash(s.sep) && continuesClause(p.src[s.defLo:s.defHi]) {
		return false // "The last main section — and the moment …" goes on with one sentence
	}
	if isArrowSep(s.sep) && continuesArrow(p.src[s.defLo:s.defHi]) {
		return false // "Acute onset epigastric pain -> with most radiating …" goes on with one sentence
	}
	if isArrowSep(s.sep) && arrowInCondition(term, p.src[s.defLo:s.defHi]) {
		return false // "If Di -> Dj, then …" states a rule
	}
	if isThemeTags(term, s.sep) {
		return false // "(Guilt, Greed) - Dashes show …": a quote's analysis
	}
	if def := p.src[s.defLo:s.defHi]; onlyLinks(def) && (linksElsewhere(term) || !isItemText(n) || isLinkBar(def)) {
		return false // "Related lab: [[lab-03-coacervates]]" points, it defines nothing
	}
	if isFormulaSplit(term, p.src[s.defLo:s.defHi], s.sep) {
		return false
	}
	if isDirectionArrow(term, s.sep) {
		return false // "High -> low concentration of water" is a gradient
	}
	if isFlowRemark(term) {
		return false // "↓ (Einbau von Phosphat) → Kontrollschritt" annotates a pathway's step
	}
	if isDash(s.sep) && isYearDash(p.src[s.termLo:s.termHi], p.src[s.defLo:s.defHi]) {
		return false
	}
	if isDash(s.sep) && isNameChain(p.src[s.termLo:s.termHi], p.src[s.defLo:s.defHi], s.sep) {
		return false // "Roots - Trunks - Divisions - Cords - Branches" is a path
	}
	if isDash(s.sep) && p.expandsHeading(n, s) {
		return false // "Adaptive Control of Thought - rational" under "# ACT-r." names it
	}
	word := false    // a vocabulary word: its translation must be short
	formula := false // a formula's symbol: its gloss must be words
	if !isTerm(term) && !(p.codeSpanOnly(n, s.termLo, s.termHi) && isCodeTerm(term)) && !p.codeChoices(n, s.termLo, s.termHi) && !isCommandChoice(term) && !isNamedByDash(term, s.sep) &&
		!isNamedByArticle(term, s.sep, p.src[s.defLo:s.defHi]) &&
		!isKeyword(term, s.sep) && !isKeywordTerm(term, s.sep) && !isTermList(term, s.sep) && !isHeadwordForms(term, s.sep) && !isNamedSymbolTerm(term, s.sep) &&
		!p.isSentencePair(n, s, term) && !p.isScriptPair(n, s, term) && !isBoldNoTerm(p.src[s.termLo:s.termHi], term) &&
		!isQuotation(term, s.sep) && !p.isNoListTerm(n, term, s.sep) && !isSpeciesTerm(term) &&
		!p.isTaskCommand(n, s, term) && !asksBeforeSep(term, s.sep) && !isTagTerm(term) && !p.isStarLetter(n, term) &&
		!isAskLabel(term, s.sep) {
		// "I - current flowing through the component (amps)": a symbol
		// before a dash is glossed as a formula's is, at more length than
		// a word ("I - yo"); "A: Il gradiente …" answers, "I = 0.25 A" is
		// a value.
		symbol := isDash(s.sep) && isSymbolTerm(term, s.sep)
		word = !symbol && (isWordTerm(term, s.sep) || isSymbolTerm(term, s.sep))
		if formula = symbol || !word && isFormulaTerm(term, s.sep); !word && !formula {
			return false
		}
	}
	// The definition is long and only looked at: it is checked as rendered,
	// without a string made of it.
	r := p.newRenderer(true)
	r.inlines(n, s.defLo, s.defHi)
	if !hasWordCharBytes(r.b.Bytes()) {
		r.drop()
		return p.imageDef(n, s)
	}
	ok := validRawDef(s, term, r.b.Bytes()) && (!word || fieldStart(r.b.Bytes(), maxWordDef+1) < 0) && (!formula || isFormulaGlossOf(r.b.Bytes(), glossWords(p.src[s.defLo:s.defHi])) && (s.sep != "=" || isEqualsGloss(r.b.Bytes())))
	r.drop()
	return ok
}

// isTagTerm reports whether term is an HTML tag written out, "<div>" of
// "\<div\> : a container" in notes on HTML: a name in angle brackets, a
// slash before it at most.
func isTagTerm(term string) bool {
	t := strings.TrimSpace(term)
	if len(t) < 3 || len(t) > 18 || t[0] != '<' || t[len(t)-1] != '>' {
		return false
	}
	t = t[1 : len(t)-1]
	t = strings.TrimPrefix(t, "/")
	for i, c := range []byte(t) {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || (c < '0' || c > '9') && c != '-') {
			return false
		}
	}
	return t != ""
}

// dashTerms are label words that name a thing when a dash, not a colon,
// follows them: "Solution - river water dissolves soft rocks", "Source -
// start of the river" in a geography note, where "Solution:" labels a
// worked answer.
var dashTerms = map[string]bool{
	"solution": true, "source": true, "result": true, "output": true,
	"reference": true, "feature": true, "image": true, "figure": true, "video": true, "link": true,
}

// isNamedByDash reports whether term, a label word, names a thing before a
// dash (see dashTerms).
func isNamedByDash(term, sep string) bool {
	switch sep {
	case "-", "–", "—":
		return dashTerms[strings.ToLower(strings.TrimSpace(term))]
	}
	return false
}

// isNamedByArticle reports whether term, a label word that may name a
// thing (see dashTerms), names one before a colon: its definition opens with
// "a" or "an", as a kind is defined ("image: A read-only template …" in
// Docker notes, "Solution: A mixture …"), and points nowhere, where "Image:
// ![](cell.png)" or "Link: a [guide](…)" only label a picture or a pointer.
func isNamedByArticle(term, sep string, def []byte) bool {
	if sep != ":" || !dashTerms[strings.ToLower(strings.TrimSpace(term))] {
		return false
	}
	def = bytes.TrimLeft(def, " *_")
	return (hasLowerPrefix(string(def[:min(len(def), 3)]), "a ") || hasLowerPrefix(string(def[:min(len(def), 3)]), "an ")) &&
		!bytes.Contains(def, []byte("](")) && !bytes.Contains(def, []byte("://")) && !bytes.Contains(def, []byte("[["))
}

// isFormulaSplit reports whether a split at sep cuts a formula or a rule
// rather than a term from its definition: a subtraction ("Suppose j - i =
// p*7", "i - j is a multiple"), a sum equated ("(i-j) + (j-k) = p*7"), a
// dependency between identifiers ("student_id → dept_id") or a grammar's
// production ("E → E + T | T"). The definition is made a string only for
// the signs that read it: most splits are at a colon.
func isFormulaSplit(term string, defSrc []byte, sep string) bool {
	term = strings.TrimSpace(term)
	lastOf := func(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }
	firstOf := func(s string) string { w, _, _ := strings.Cut(s, " "); return w }
	switch sep {
	case "-", "–":
		// "Suppose j - i = p*7": a lone letter or number each side of the
		// sign, and the formula goes on ("o - oh, said softly" is a sound).
		def := strings.TrimSpace(string(defSrc))
		return isOperand(lastOf(term)) && isOperand(firstOf(def)) && (len(lastOf(term)) == 1 || len(firstOf(def)) == 1) &&
			strings.ContainsAny(def, "=<>^")
	case "=":
		// "(i-j) + (j-k) = p*7": operands and signs alone, not "à + le = au";
		// "g(z) = z linear function" (see isFormulaSide); "(X')' = X", a law
		// of Boolean algebra (see equatesFormulas).
		return isExpression(term) || isCondition(term) || isFormulaSide(term) && !boundNamed(term, defSrc) || equatesFormulas(term, defSrc)
	case "→", "->", "-->", "⟶":
		def := strings.TrimSpace(string(defSrc))
		if strings.Contains(def, " | ") || isImplication(term, def) {
			return true
		}
		return isIdentifier(term) && isIdentifier(def) && (strings.Contains(term, "_") || strings.Contains(def, "_"))
	}
	return false
}

// isPropFormula reports whether s is a formula of logic: letters standing
// alone, "P", "!q", "(p v q)", joined by connectives, or names of
// propositions under a sign of logic, "¬AlexHasChild". signed reports the
// sign: "p -> q" states an implication and defines no term "p", and
// "AlexIsInfant -> ¬AlexHasChild" neither, where "gato -> cat" glosses.
func isPropFormula(s string) (ok, signed bool) {
	s = strings.Trim(s, "*_`$ ")
	if s == "" || len(s) > 60 {
		return false, false
	}
	signed = strings.ContainsAny(s, "¬∧∨↔∀∃")
	for _, t := range strings.Fields(propSigns.Replace(s)) {
		switch t {
		case "∧", "∨", "^", "v", "&", "&&", "|", "||", "->", "→", "<->", "↔", "⇒", "⊕", "+", "and", "or", "not", "AND", "OR", "NOT":
		default:
			letter := len(t) == 1 && (t[0] >= 'a' && t[0] <= 'z' || t[0] >= 'A' && t[0] <= 'Z')
			if !letter && !(signed && isIdentifier(t)) {
				return false, false
			}
		}
	}
	return true, signed
}

// isImplication reports whether an arrow joins two formulas of logic (see
// isPropFormula) rather than a term and its definition.
func isImplication(term, def string) bool {
	t, ts := isPropFormula(term)
	d, ds := isPropFormula(def)
	if ts != ds { // "AlexIsInfant" is a name of a proposition only beside a signed one
		t, _ = isPropFormula("¬" + term)
		d, _ = isPropFormula("¬" + def)
	}
	return t && d
}

// isExpression reports whether s is operands joined by signs, three tokens
// at least: "(i-j) + (j-k)", "a * b".
func isExpression(s string) bool {
	tokens := strings.Fields(s)
	if len(tokens) < 3 {
		return false
	}
	for _, t := range tokens {
		inner := strings.TrimSuffix(strings.TrimPrefix(t, "("), ")")
		switch {
		case t == "+" || t == "-" || t == "*" || t == "/":
		case isOperand(t), inner != t && isExpressionWord(inner):
		default:
			return false
		}
	}
	return true
}

// isExpressionWord reports whether w is operands and signs without spaces,
// "i-j", "2x+1".
func isExpressionWord(w string) bool {
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return strings.ContainsRune("+-*/", r) }) {
		if !isOperand(part) {
			return false
		}
	}
	return w != ""
}

// isOperand reports whether w is a letter or a number alone, as a formula's
// operands are: "i", "7", "x2".
func isOperand(w string) bool {
	if w == "" || len(w) > 3 {
		return false
	}
	for _, c := range []byte(w) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return len(w) == 1 || w[0] >= '0' && w[0] <= '9' || w[len(w)-1] >= '0' && w[len(w)-1] <= '9'
}

// isIdentifier reports whether s is one identifier, "dept_id".
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// onlyLinks reports whether def, a definition's source, holds Obsidian
// links alone.
func onlyLinks(def []byte) bool {
	t := bytes.TrimLeft(def, " \t*_") // "**Related lab:** [[lab-03]]": the bold closes before the links
	if !bytes.HasPrefix(t, []byte("[[")) {
		return false
	}
	t = wikilinkSource().ReplaceAll(t, nil)
	return len(bytes.Trim(t, " \t\r\n,;/|-·•")) == 0 // "[[MOC – DSP]] · [[Lectures]]"
}

// isLinkBar reports whether def, Obsidian links alone (onlyLinks), joins
// them with "·", "•" or "|", as a template's bar of ways through the vault
// does, "[[MOC – DSP]] · [[MOC – Lectures]]": it points, it answers nothing.
func isLinkBar(def []byte) bool {
	return bytes.ContainsAny(wikilinkSource().ReplaceAll(def, nil), "·•|")
}

// wikilinkSource matches an Obsidian link as written, [[target|text]].
var wikilinkSource = lazyRegexp(`\[\[[^\[\]]*\]\]`)

// isTermList reports whether term, before a colon, names a few things in a
// list: "Sodium, potassium", "re, oir verbs" (up to four of one or two words
// each, none the start of a clause; a word in quotes is named, not used:
// "\"yet\", \"however\": signal a turn").
func isTermList(term, sep string) bool {
	if sep != ":" || !strings.Contains(term, ", ") {
		return false
	}
	parts := strings.Split(strings.TrimSpace(term), ", ")
	if len(parts) > 4 {
		return false
	}
	for _, part := range parts {
		w, _, _ := strings.Cut(part, " ")
		if n := countFields(part); n == 0 || n > 2 || !isQuotedPart(part) && (lookupLower(notFirst, w) || lookupLower(conjunctions, w) || !isTerm(part)) {
			return false
		}
	}
	return true
}

// isSentencePair reports whether split s of block n pairs a sentence with
// its translation across a dash: "Je vais au cinéma. - I go to the
// cinema." Both sides end as sentences do and are short.
func (p *parsed) isSentencePair(n ast.Node, s split, term string) bool {
	switch s.sep {
	case "-", "–", "—":
	default:
		return false
	}
	term = strings.TrimSpace(term)
	def := strings.TrimSpace(p.plain(n, s.defLo, s.defHi))
	if term == "" || def == "" || countFields(term) > 12 || countFields(def) > 15 {
		return false
	}
	return strings.ContainsAny(term[len(term)-1:], ".!?") && strings.ContainsAny(def[len(def)-1:], ".!?") &&
		(opensAsSentence(def) || !opensAsSentence(term))
}

// isKeyword reports whether term is a keyword in capitals, as SQL notes
// write them: "GROUP BY", "ORDER BY", "IN", "UPDATE" (a label word, such as
// "NOTE", only before a dash).
func isKeyword(term, sep string) bool {
	term = strings.TrimSpace(term)
	if term == "" || countFields(term) > 3 || isLabel(term) && !strings.ContainsAny(sep, "-–—") {
		return false
	}
	for _, w := range strings.Fields(term) {
		if len(w) < 2 {
			return false
		}
		for _, c := range []byte(w) {
			if (c < 'A' || c > 'Z') && c != '_' {
				return false
			}
		}
	}
	return true
}

// maxWordDef is the most words a vocabulary word's translation has: "However
// - this is …" is a clause.
const maxWordDef = 5

// isWordTerm reports whether term, before a dash or "=", is a word of a
// vocabulary list that isTerm refuses as the start of a clause: "and - y",
// "when – cuando", "the = el/la", "where are… - dónde están" (a phrase that
// trails off), or a short word before a colon, "to: と". A label still is no
// term.
func isWordTerm(term, sep string) bool {
	term = strings.TrimSpace(term)
	switch sep {
	case "-", "–", "—", "——", "=":
	case ":":
		// Before a colon, a word of three letters at most: "to: と", "in: en".
		if utf8.RuneCountInString(term) > 3 || strings.Contains(term, " ") {
			return false
		}
	default:
		return false
	}
	phrase := strings.TrimRight(term, ".…")
	if len(phrase) == len(term) && strings.Contains(term, " ") || countFields(phrase) > 4 || isLabel(phrase) {
		return false
	}
	for _, r := range phrase {
		if !unicode.IsLetter(r) && r != ' ' && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return phrase != "" && utf8.RuneCountInString(phrase) <= 30
}

// isSymbolTerm reports whether term, before a colon, a dash or "=", is a
// symbol of a formula's key that isTerm refuses as a label or a pronoun:
// "a: acceleration", "I: current", "v₀ - initial velocity". Its
// definition must be short, as a word's is (see validSplit).
func isSymbolTerm(term, sep string) bool {
	switch sep {
	case ":", "-", "–", "—", "=":
	default:
		return false
	}
	term = strings.TrimSpace(term)
	r, n := utf8.DecodeRuneInString(term)
	if !unicode.IsLetter(r) || utf8.RuneCountInString(term) > 3 || n < len(term) && isLabel(term) {
		return false // "Q1:" numbers a question
	}
	for _, c := range term[n:] {
		if !unicode.IsDigit(c) && !(c >= '₀' && c <= '₉') && c != '_' && c != '\'' && c != '′' {
			return false
		}
	}
	return true
}

// codeSpanOnly reports whether the text of block n between lo and hi is one
// code span and white space: "`git clone <url>` – copy a repository", or
// "**`=SUM(range)`** – …", the span set in bold.
func (p *parsed) codeSpanOnly(n ast.Node, lo, hi int) bool {
	spans := 0
	first, stop := p.kidsIn(n, lo, hi)
	for c := first; c != stop; c = c.NextSibling() {
		if !overlaps(p, c, lo, hi) {
			continue
		}
		switch c := c.(type) {
		case *ast.CodeSpan:
			spans++
		case *ast.Emphasis:
			if !boldCode(c) {
				return false
			}
			spans++
		case *ast.Text:
			seg := p.src[max(c.Segment.Start, lo):min(c.Segment.Stop, hi)]
			if len(bytes.TrimSpace(seg)) > 0 {
				return false
			}
		default:
			return false
		}
	}
	return spans == 1
}

// boldCode reports whether emphasis e holds one code span and nothing else,
// as a cheat sheet stresses its formulas: "**`=SUM(range)`**".
func boldCode(e *ast.Emphasis) bool {
	c, ok := e.FirstChild().(*ast.CodeSpan)
	return ok && c.NextSibling() == nil
}

// isCodeTerm reports whether code written as a term, a command or an
// expression, can be one: short, on one line, not a URL.
func isCodeTerm(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && utf8.RuneCountInString(s) <= 60 && !strings.Contains(s, "://")
}

// validRawDef returns validDef(s, term, joinFields(string(raw))), mostly
// without that string.
func validRawDef(s split, term string, raw []byte) bool {
	if !hasWordCharBytes(raw) {
		return false
	}
	def := bytes.TrimLeftFunc(raw, unicode.IsSpace) // def starts as the joined one does
	if r, _ := utf8.DecodeRune(def); isShortNumber(term) && !unicode.IsLetter(r) {
		return false
	}
	if isNumberRange(term, def, s.sep) {
		return false
	}
	if fieldStart(def, 2) < 0 && bytes.Contains(def, []byte("://")) {
		return false // one field: the joined def has no space
	}
	if s.sep == ":" && (bytes.HasPrefix(def, []byte("//")) || isRemote(string(def[:min(len(def), len("https://"))]))) && isLabel(term) {
		return false
	}
	if s.sep == ":" && isDeclaration(term, def) {
		return false
	}
	if opensWithLocator(def) || citesPage(term, def) {
		return false
	}
	if d := bytes.TrimSpace(def); len(d) <= len("revision notes.") && namesNoteKind(string(d)) {
		return false
	} else if fieldStart(d, 3) < 0 && answersNothing(joinFields(string(d))) {
		return false
	}
	if moreRunesOutsideSpace(def, utf8.RuneCountInString(term)) {
		return true // EqualFold pairs rune with rune: the joined def has more
	}
	return !strings.EqualFold(term, joinFields(string(raw)))
}

// imageDef reports whether the definition of s, which reads no word, shows
// a picture or plays a sound the note's media holds: "- Mitosis:
// ![](mitosis.png)" has no alt text, nor has "- Meiosis: <img
// src="meiosis.png" width="300">" as Typora and Obsidian size a picture,
// and the picture is the answer.
func (p *parsed) imageDef(n ast.Node, s split) bool {
	h := p.html(n, s.defLo, s.defHi)
	return strings.Contains(h, "<img") || strings.Contains(h, soundMark)
}

// moreRunesOutsideSpace reports whether more than n runes of b are not
// white space.
func moreRunesOutsideSpace(b []byte, n int) bool {
	for len(b) > 0 && n >= 0 {
		r, size := utf8.DecodeRune(b)
		if !unicode.IsSpace(r) {
			n--
		}
		b = b[size:]
	}
	return n < 0
}

// validDef applies the definition guards to s, whose term and definition
// read term and def.
func validDef(s split, term, def string) bool {
	if !hasWordChar(def) {
		return false
	}
	if copula(s.sep) && subordinateSubject(term, def) {
		return false // "Since Accrued Revenue is an asset account …, it has …" gives a reason
	}
	if r, _ := utf8.DecodeRuneInString(def); isShortNumber(term) && !unicode.IsLetter(r) {
		return false // "1 - 2 hours" is a range, not a definition
	}
	if isNumberRange(term, def, s.sep) {
		return false
	}
	if !strings.ContainsAny(def, " \t") && strings.Contains(def, "://") {
		return false // a bare link is a reference, not a definition
	}
	if s.sep == ":" && (strings.HasPrefix(def, "//") || isRemote(def)) && isLabel(term) {
		return false
	}
	if s.sep == ":" && isDeclaration(term, def) {
		return false
	}
	if opensWithLocator(def) || citesPage(term, def) || namesNoteKind(def) || answersNothing(def) {
		return false
	}
	return !strings.EqualFold(term, def)
}

// emptyValues fill a template's field that has no answer yet or needs none,
// lower case: "Justifications: <i>Not Applicable</i>", "Specializations:
// N/A". "Catalyst: none" is kept: a reaction without one is a fact.
var emptyValues = map[string]bool{"not applicable": true, "n/a": true, "na": true, "tbd": true, "tba": true,
	"to be determined": true, "to do": true, "todo": true}

// answersNothing reports whether def, a definition's text, is only a
// placeholder for an empty field (emptyValues): "Not Applicable".
func answersNothing(def string) bool {
	return len(def) <= len("to be determined.") && emptyValues[strings.ToLower(strings.Trim(strings.TrimSpace(def), ".!"))]
}

// isDeclaration reports whether the separator between term and def is the
// colon of a CSS declaration in prose: "… between display: none; and …".
func isDeclaration[T string | []byte](term string, def T) bool {
	var k int
	switch d := any(def).(type) {
	case string:
		k = strings.IndexByte(d, ';')
	case []byte:
		k = bytes.IndexByte(d, ';')
	}
	if k <= 0 || k+1 < len(def) && def[k+1] != ' ' {
		return false
	}
	prop := term[strings.LastIndexByte(term, ' ')+1:]
	// "display: none; hides it" defines the declaration: a sentence leads
	// up to the property in prose.
	return strings.Count(term, " ") >= 2 && isCSSWord(prop) && isCSSWord(def[:k])
}

// isCSSWord reports whether s is a CSS property name or keyword: lower-case
// ASCII letters, digits and hyphens.
func isCSSWord[T string | []byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return len(s) > 0
}

// moreEmphasis reports whether another emphasis of level minLevel at least
// follows e within three words and before offset hi, joined as names in a
// row are, "**Dopamine** (Intropin), **Dobutamine**": not a sentence that
// stresses a word further on.
func moreEmphasis(e *ast.Emphasis, minLevel, hi int, p *parsed) bool {
	from := p.endOf(e)
	for c := e.NextSibling(); c != nil; c = c.NextSibling() {
		o := p.startOf(c)
		if o < 0 {
			continue
		}
		between := p.src[from:o]
		if o >= hi || countFields(string(between)) > 3 {
			return false
		}
		if f, ok := c.(*ast.Emphasis); ok && f.Level >= minLevel {
			return namesInRow().Match(between) // "**CAM** (**クラリスロマイシン**)" glosses
		}
	}
	return false
}

// namesInRow matches what joins bold names in a row: a comma, "and", "or",
// "vs".
var namesInRow = lazyRegexp(`,|&|\b(and|or|vs)\b`)

// boldLead splits a line that opens with a bold term and goes on without a
// separator: "**Zone-redundant gateways** For regions that …".
func (p *parsed) boldLead(n ast.Node, lo, hi int) (split, bool) {
	s, ok := p.emphasisLead(n, lo, hi, 2)
	if ok && isObjectiveLabel(p.plain(n, s.termLo, s.termHi)) {
		return split{}, false // "**LOS 1.a** Describe the …" says what to learn
	}
	if ok && isBoldStep(n, p.plain(n, s.termLo, s.termHi), p.src[s.defLo:s.defHi]) {
		return split{}, false // "1. **Rinse** the burette with …" is a step
	}
	if ok && p.stepAmongSteps(n, s) {
		return split{}, false // "2. **Write** half-reactions …" between two steps
	}
	if ok && p.stressedLead(n, s) {
		return split{}, false // "**Packetizes** application layer data, **adds ID header** …"
	}
	if ok && statesRule(p.plain(n, s.termLo, s.termHi)) {
		return split{}, false // "**Only one** mutable borrow allowed at a time." states a rule
	}
	if ok && negatedAbroad(p.plain(n, s.termLo, s.termHi)) {
		return split{}, false // "il **ne remplace jamais** les personnes" says what y does not do
	}
	if ok && opensWithThaiCopula(p.src[s.defLo:s.defHi]) {
		return split{}, false // "**Debugging** คือ …" is thaiCopulaSplit's
	}
	if ok && len(bytes.Trim(p.src[s.termHi:s.defLo], "*_ ")) == 0 && leadsInWhole(p.plain(n, s.defLo, s.defHi)) {
		return split{}, false // "**Reliable** data transfer:" over its points: the whole line leads in
	}
	return s, ok
}

// statesRule reports whether term, the words set in bold that open a line,
// opens with a word that limits or counts, as a rule does: "**Only one
// mutable reference** allowed at a time." and "**All objects** are freed"
// stress the start of a rule, they name nothing to ask for. "**One
// Zone-IA**", a capital after "One", names a thing.
func statesRule(term string) bool {
	first, rest, _ := strings.Cut(strings.TrimSpace(term), " ")
	if r, _ := utf8.DecodeRuneInString(rest); strings.EqualFold(first, "one") && unicode.IsUpper(r) {
		return false
	}
	return ruleOpeners[strings.ToLower(first)]
}

// ruleOpeners limit or count what a rule is about (see statesRule).
var ruleOpeners = map[string]bool{"only": true, "all": true, "no": true, "each": true, "every": true,
	"some": true, "many": true, "most": true, "both": true, "any": true, "none": true, "one": true,
	"multiple": true, "never": true, "always": true}

// negatedAbroad reports whether term, the words set in bold, opens with
// French negation, "ne remplace jamais", "n'exprime pas": a verb its
// subject does not do, no term, though "il" before it reads as Italian's
// article.
func negatedAbroad(term string) bool {
	w, rest, more := strings.Cut(strings.ToLower(strings.TrimSpace(term)), " ")
	return w == "ne" && more && rest != "" || strings.HasPrefix(w, "n'") || strings.HasPrefix(w, "n’")
}

// emphasisLead is boldLead for a term in emphasis of level minLevel at
// least: 1 takes italics too, as a definition after its label writes its
// term ("Definition: A *group* is …").
func (p *parsed) emphasisLead(n ast.Node, lo, hi, minLevel int) (split, bool) {
	var first ast.Node
	article := false // the bold follows "A", "An", "The" or an article abroad
	qualLo := -1     // where the name between the article and the bold starts (see qualifierAfterArticle)
	start, stop := p.kidsIn(n, lo, hi)
	for c := start; c != stop; c = c.NextSibling() {
		if !overlaps(p, c, lo, hi) {
			continue
		}
		if t, ok := c.(*ast.Text); ok {
			// An article is a short word: longer text is none.
			if seg := bytes.TrimSpace(p.src[max(t.Segment.Start, lo):min(t.Segment.Stop, hi)]); len(seg) <= len("eine") {
				switch w := string(seg); {
				case w == "" || lookupLower(articles, w) || lookupLower(articlesAbroad, w):
					article = article || len(seg) > 0
					continue // "A **linked list** is …", "Het **golgisysteem** bestaat uit …" name their term too
				}
			}
			if k := qualifierAfterArticle(p.src[max(t.Segment.Start, lo):min(t.Segment.Stop, hi)]); k > 0 && qualLo < 0 {
				qualLo, article = max(t.Segment.Start, lo)+k, true
				continue // "A SELinux **boolean** is …": the name and the bold make the term
			}
		}
		first = c
		break
	}
	e, ok := first.(*ast.Emphasis)
	if ok && e.Level < minLevel {
		// "***ring***": bold inside italics is bold too.
		inner, only := e.FirstChild().(*ast.Emphasis)
		ok = only && e.FirstChild() == e.LastChild() && inner.Level+e.Level >= minLevel
	}
	if !ok {
		return split{}, false
	}
	end := p.endOf(e)
	if end < 0 || end >= hi {
		return split{}, false
	}
	// The emphasis closing delimiter follows its text; a copula is not part
	// of the definition. A run-in head ends in a period, inside the bold or
	// after it: "**Osmosis.** Water moves …", "**Osmosis**. Water …".
	termLo, termHi := p.startOf(e), end
	if termLo < 0 || termLo >= termHi {
		return split{}, false
	}
	if p.src[termHi-1] == '.' && termHi-1 > termLo && !endsWithAbbreviation(p.src[termLo:termHi]) {
		termHi--
	}
	defLo := end
	for defLo < hi && (p.src[defLo] == '*' || p.src[defLo] == '_') {
		defLo++
	}
	cjk := cjkCopulaLen(p.src[defLo:hi]) // "**进程**是…", "**스레드**란 …", "**running**。…"
	defLo += cjk
	if r, _ := utf8.DecodeRune(p.src[defLo:hi]); cjk == 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return split{}, false // "**R**esult:": the bold marks a letter of a word
	}
	if defLo+1 < hi && p.src[defLo] == '.' && p.src[defLo+1] == ' ' && termHi == end {
		defLo++
	}
	spaced := defLo < hi && p.src[defLo] == ' '
	for defLo < hi && p.src[defLo] == ' ' {
		defLo++
	}
	if r, _ := utf8.DecodeRune(p.src[defLo:hi]); spaced && cjk == 0 && !unicode.Is(unicode.Hangul, r) {
		// Chinese and Japanese notes type a space after a Latin term: "**Deployment** 是管理…"
		// defines as "**进程**是…" does, and "**Layout** と **Link** を…" names two. (A
		// Korean particle typed apart is a word, see spacedParticleLen.)
		k, gloss := codeGlossParticle(p.src[defLo:hi])
		if !gloss {
			return split{}, false
		}
		cjk = k
		defLo += k
	}
	named := false // "**Theorem (Bayes).** $P(A|B)=…$": a formula alone states it
	texName := ""  // the name before a symbol in TeX that the term ends with
	if lo, hi, ok := namedStatement(p.src[termLo:termHi]); ok && textOnly(e) {
		// "**Definition 2 (Linear map).**": the name is the term.
		termLo, termHi, named = termLo+lo, termLo+hi, true
	}
	if lo, nameHi, body, ok := p.headNameAfter(n, termLo, termHi, defLo, hi); ok {
		termLo, termHi, defLo = lo, nameHi, body // "**Definition 2.1** (Group). A group is …"
	}
	if k := citedYear(p.src[defLo:hi]); k > 0 && termHi == end && !startsCopula(p.src[defLo+k+1:hi]) {
		termHi, defLo = defLo+k, defLo+k+1 // "**Ragin and Becker** (1992) point out …" asks with the year
	} else if close, verb := symbolAfterTerm(p.src[defLo:hi]); close > 0 && termHi == end &&
		(isTerm(p.plain(n, termLo, defLo+close)) || p.src[defLo] == '$' && isTerm(p.plain(n, termLo, termHi))) {
		// "The **electrical resistance** ($R$) is …" names its symbol, and
		// so does "The *standard deviation* $\sigma_X$ is …", whose TeX
		// is no word of a term: the name before it must be one.
		if p.src[defLo] == '$' {
			texName = p.plain(n, termLo, termHi)
		}
		termHi, defLo = defLo+close, defLo+verb
	} else if k := appositiveSymbol(p.src[defLo:hi]); k > 0 && termHi == end {
		defLo += k // "**Directed graph**, $G$, is a pair …": the question asks for the term
	}
	copula := cjk > 0
	for _, w := range copulaWords {
		if bytes.HasPrefix(p.src[defLo:hi], []byte(w)) {
			defLo += len(w)
			copula = true
			break
		}
	}
	if k := namingLen(p.src[defLo:hi]); copula && cjk == 0 && k > 0 {
		defLo += k // "A **set** is defined as a collection …" answers "a collection …"
	}
	if k := boldCopulaAbroadLen(p.src[defLo:hi]); !copula && k > 0 {
		defLo += k // "**Prozess** ist ein Programm …"
		copula = true
	}
	if qualLo >= 0 {
		if !copula || termHi != end {
			return split{}, false // "A SELinux **boolean** can …": only "is" or "are" defines the pair
		}
		termLo = qualLo
	}
	phrased := false // the term is the bold and the phrase that completes it
	if !copula && termHi == end {
		// "The **rank** of a matrix is …": the phrase up to the verb is the term.
		if k, n := ofPhrase(p.src[defLo:hi]); k > 0 {
			termHi, defLo, phrased = defLo+k, defLo+k+n, true
		} else if k, n := headNoun(p.src[defLo:hi]); k > 0 {
			termHi, defLo = defLo+k, defLo+k+n // "***Next*** value represents …" asks for "Next value"
			copula = true                      // "**Metaphysical** Stage is when …" defines after its verb
		}
	}
	if !copula && termHi == end && moreEmphasis(e, minLevel, hi, p) {
		return split{}, false // "**Dopamine** (Intropin), **Dobutamine** (Dobutrex)": bold names in a row
	}
	rest := p.plain(n, defLo, hi)
	if !copula && termHi == end && asideThenHeadOrList(rest) {
		return split{}, false // "**Martin Luther** (Germany – Lutheranism):" heads its bullets
	}
	if w, _, _ := strings.Cut(rest, " "); lookupLower(conjunctions, w) || lookupLower(conjunctionsAbroad, w) {
		return split{}, false // "**A** and **B** are …": the bold term is half a subject
	} else if !copula && w != "" && w[0] >= 'a' && w[0] <= 'z' && (sentenceGoesOn[w] || placeWords[w] || relativeAdverbs[w] && termHi == end) {
		return split{}, false // "**Painless bleeding** of bright red blood", "The **block** above this is …": bold for emphasis
	} else if !copula && article && (lookupLower(notFirstAbroad, w) || lookupLower(phraseGoesOnAbroad, w)) {
		return split{}, false // "Una **metrica** per valutare …": the phrase goes on, no verb defines
	} else if !copula && participleGoesOn(w, rest) {
		return split{}, false // "The **resultant force** acting on it is …": the bold is part of the subject
	} else if !copula && subjectVerbs[w] && countFields(p.plain(n, termLo, termHi)) == 1 {
		// "**Marketers** need to set …": the bold word is the subject. A
		// bold phrase names a term the sentence goes on to rule on:
		// "**Time-critical medications** must be administered …".
		return split{}, false
	} else if !copula && termHi == end && lookupLower(limitWords, p.plain(n, termLo, termHi)) {
		return split{}, false // "**Except** trapezius (…)": the bold word limits its line
	} else if !copula && (w == "like" || w == "such" && strings.HasPrefix(rest, "such as ")) {
		return split{}, false // "**Smart pointers** like `Box` and `Rc` manage …": the examples go on to the verb
	} else if !copula && cjk == 0 && passiveClause(rest) {
		return split{}, false // "**Mendel's laws** was proposed by …": the bold is the subject of a passive
	}
	if copula && cjk == 0 && (bareParticiple(rest) || (treatedWith(rest) || passiveStep(rest)) && afterSentence(p.src, lo)) {
		return split{}, false // "**Oxygen therapy** is initiated, potentially with …" is a step
	}
	if asksInBold(p.plain(n, termLo, termHi), rest) {
		return split{}, false // "**Where** is the station?": a question that stresses its question word
	}
	if !copula && isCorrelative(p.plain(n, termLo, termHi), rest) {
		return split{}, false // "The **greater** the charge, the **stronger** …" compares
	}
	r, _ := utf8.DecodeRuneInString(rest)
	asks := termHi == end && !copula && asksWholeInBold(p.plain(n, termLo, termHi)) // "**Which year were the Acts passed?** 1774"
	if rest == "" || cjk == 0 && !named && (!(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '(') || !strings.ContainsRune(rest, ' ') && r != '(' && !asks) {
		return split{}, false // a definition in a script without spaces has none to count (see cjkCopulaLen)
	}
	s := split{termLo: termLo, termHi: termHi, defLo: defLo, defHi: hi, sep: "**"}
	term := p.plain(n, s.termLo, s.termHi)
	if !isTerm(term) && !asks && !(article && copula && isLabel(term)) && !(phrased && isTerm(p.plain(n, termLo, end))) && !(texName != "" && isTerm(texName)) || !validDef(s, term, rest) {
		// A label word after its article and before its verb is a noun the
		// sentence defines: "A __proof__ is a formal demonstration …". The
		// phrase after a bold term, "of a vertex in an undirected graph",
		// ofPhrase has vetted: the bold must be a term.
		return split{}, false
	}
	return s, true
}

// qualifierAfterArticle returns the offset in t, the text before a bold
// term, of a name that qualifies the term after an English article, or 0:
// "A SELinux " before "**boolean** is …" gives SELinux, which the card
// asks with the bold. The name is one word of letters and digits with a
// capital past its first letter, as a product or an acronym is written
// ("SELinux", "AWS"); "A new **process**" stresses its bold word alone.
func qualifierAfterArticle(t []byte) int {
	art, name, ok := bytes.Cut(t, []byte(" "))
	if !ok || !lookupLower(articles, string(art)) || !bytes.HasSuffix(name, []byte(" ")) {
		return 0
	}
	name = name[:len(name)-1]
	if len(name) < 2 || len(name) > 20 {
		return 0
	}
	capital := false
	for i, c := range name {
		switch {
		case c >= 'A' && c <= 'Z':
			capital = capital || i > 0
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		default:
			return 0
		}
	}
	if !capital {
		return 0
	}
	return len(art) + 1
}

// asideThenHeadOrList reports whether rest, what follows a bold name, is a
// parenthetical aside and then a colon alone or a comma: the aside is the
// name's own when a colon ends the line, "(Germany – Lutheranism):" over
// bullets, and the line lists names when a comma follows, "(Florence
// Cathedral dome), Palladio". Neither answers the bold name with the rest.
func asideThenHeadOrList(rest string) bool {
	if !strings.HasPrefix(rest, "(") {
		return false
	}
	depth := 0
	for i := 0; i < len(rest); i++ {
		switch rest[i] {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				after := strings.TrimSpace(rest[i+1:])
				return after == ":" || strings.HasPrefix(after, ",")
			}
		}
	}
	return false
}

// relativeAdverbs open a clause that completes the noun in bold right
// before them: "The **reason** why a control is implemented" stresses its
// noun, and "why a control is implemented" answers nothing of "reason".
// After a verb they open the definition: "The **degree** of the relation
// is how many attributes are in a table".
var relativeAdverbs = map[string]bool{"why": true, "how": true, "where": true, "whereby": true}

// sentenceGoesOn are words that carry on a sentence after a phrase in bold
// rather than start its definition.
var sentenceGoesOn = map[string]bool{"of": true, "if": true, "for": true, "from": true, "with": true,
	"in": true, "on": true, "at": true, "to": true, "by": true, "when": true, "while": true,
	"because": true, "that": true, "which": true, "who": true, "whose": true, "than": true, "into": true,
	"after": true, "before": true, "during": true, "without": true, "within": true, "unless": true,
	"until": true, "since": true}

// placeWords are prepositions of place that carry on a sentence after a
// phrase in bold, as sentenceGoesOn do: "The **block** above this is a
// **parent** to this **block**" says where the block is, it asked "block"
// for "above this is a parent to this block".
var placeWords = map[string]bool{"above": true, "below": true, "beneath": true, "beside": true,
	"behind": true, "between": true, "among": true, "across": true, "along": true, "around": true,
	"against": true, "beyond": true, "underneath": true}

// leadsInWhole reports whether rest, what follows a bold word on its line
// with no copula or stop between, goes on in lower case and ends the line's
// one clause with a colon: "**Reliable** data transfer:" over its points
// stresses a word of the lead-in, whose whole line asks for the points. A
// colon inside the clause parts a label from its value; "A **heap** is a
// tree in which …:" over its code, or "**Class Equation.** The order …:"
// over its formula, defines its term.
func leadsInWhole(rest string) bool {
	body, ok := strings.CutSuffix(strings.TrimSpace(rest), ":")
	r, _ := utf8.DecodeRuneInString(body)
	return ok && unicode.IsLower(r) && !strings.ContainsAny(body, ":.;?!")
}

// ofPhrase measures the phrase that completes a bold term before its verb,
// "of a matrix is …": the phrase's length and the verb's (with its spaces),
// or 0, 0. The phrase opens with "of", "in" or "for" and runs at most six
// words, without punctuation, up to " is " or " are ".
func ofPhrase(t []byte) (int, int) {
	if !bytes.HasPrefix(t, []byte("of ")) && !bytes.HasPrefix(t, []byte("in ")) && !bytes.HasPrefix(t, []byte("for ")) {
		return 0, 0
	}
	words := 0
	for i := 0; i < len(t) && words <= 6; i++ {
		switch c := t[i]; {
		case c == ' ':
			words++
			for _, vb := range []string{" is ", " are "} {
				if bytes.HasPrefix(t[i:], []byte(vb)) {
					return i, len(vb)
				}
			}
		case c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == '*' || c == '_' || c == '`':
			return 0, 0
		}
	}
	return 0, 0
}

// statementKinds open the bold head of a numbered or named statement in
// mathematics and the sciences: "Definition 1 (Vector space)".
var statementKinds = []string{"definition", "def.", "theorem", "lemma", "corollary", "proposition",
	"axiom", "law", "principle", "postulate", "conjecture"}

// statementHead matches the head of a statement written without
// parentheses: "Theorem 5.", "Proposition 4.24:", "Definition 1.11 Normal
// Subgroups"; its second group is the name, if any.
var statementHead = lazyRegexp(`(?i)^(definition|defn?|theorem|thm|lemma|corollary|proposition|prop|axiom|law|principle|postulate|conjecture|remark)\b\.?(\s+[0-9][0-9.]*[a-z]?)?\s*[.:\-–—]?\s*(.*?)\s*[.:]?$`)

// isStatementHead reports whether t, a line alone, is the head of a
// statement (see statementHead), and returns its name: "Normal Subgroups",
// or "" for "Theorem 5.". A name is six words at most.
func isStatementHead(t string) (string, bool) {
	t = strings.TrimSpace(t)
	m := statementHead().FindStringSubmatchIndex(t)
	if m == nil {
		return "", false
	}
	name := t[m[6]:m[7]]
	if countFields(name) > 6 || strings.ContainsAny(name, ".;,") || name != "" && strings.Contains(t[m[3]:m[6]], ":") {
		return "", false // "Definition: A type of gateway" is a definition, not a head and its name
	}
	return name, true
}

// definitionHead reports whether head, a statement's head with no name,
// is a definition's: "Definition", "Def.", "Defn 2": the sentence after it
// defines its subject, where a theorem's or a remark's states a fact.
func definitionHead(head string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(head), " ")
	w = strings.ToLower(strings.TrimRight(w, ".:"))
	for _, k := range definitionKinds {
		if w == k {
			return true
		}
	}
	return w == "dfn"
}

// namedStatement finds the name in a statement's head, "Theorem 3.1
// (Rank–nullity)": the offsets of the text between its parentheses. Notes
// also set the name in brackets, "Thm. [Lagrange]", "Lemma 4.1 [Zorn].",
// abbreviate the kind ("Thm", "Prop.", "Cor. 2.2"), end the head with
// its stop or colon, "Theorem 4 (Fermat's little theorem):", or type the
// colon after the kind, "Definition: (Ring)", "Theorem 1: (One-Step
// Subgroup Test)".
func namedStatement(head []byte) (int, int, bool) {
	end := len(bytes.TrimRight(head, " .:"))
	if end < 2 || head[end-1] != ')' && head[end-1] != ']' {
		return 0, 0, false
	}
	opener := byte('(')
	if head[end-1] == ']' {
		opener = '['
	}
	open := bytes.IndexByte(head, opener)
	if open < 0 || bytes.IndexByte(head[open+1:end], opener) >= 0 {
		return 0, 0, false
	}
	if opener == '[' && !isHeadName(bytes.TrimSpace(head[open+1:end-1])) {
		return 0, 0, false // "Theorem [181]" cites its source
	}
	kind := strings.ToLower(string(bytes.TrimSpace(head[:open])))
	for _, ks := range [][]string{statementKinds, namedKindAbbreviations} {
		for _, k := range ks {
			if rest, ok := strings.CutPrefix(kind, k); ok && strings.Trim(rest, " 0123456789.:") == "" {
				return open + 1, end - 1, open+1 < end-1
			}
		}
	}
	return 0, 0, false
}

// opensNamedStatement reports whether line t opens with a statement's kind
// and its name in parentheses or brackets, the statement after them:
// "Theorem (Sylow) A $p$-Sylow subgroup exists." is the statement, no
// name over the paragraph below.
func opensNamedStatement(t string) bool {
	k := strings.IndexAny(t, ")]")
	if k < 0 {
		return false
	}
	lo, hi, ok := namedStatement([]byte(t[:k+1]))
	return ok && isHeadName([]byte(strings.TrimSpace(t[lo:hi])))
}

// textOnly reports whether every child of n is plain text: "Theorem
// [Cauchy]" in bold is three texts, its brackets of a link that is none.
func textOnly(n ast.Node) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if _, ok := c.(*ast.Text); !ok {
			return false
		}
	}
	return n.HasChildren()
}

// namedKindAbbreviations are the short kinds a named statement's head may
// open with, with or without their stop: "**Thm. [Watrous]**", "**Prop.
// 2.1 (Cancellation).**".
var namedKindAbbreviations = []string{"thm", "prop", "cor", "lem", "defn", "def"}

// conjunctions join a bold term to more of the subject it opens.
var conjunctions = map[string]bool{"and": true, "or": true, "nor": true, "&": true, "as": true, "plus": true}

// colonAfterBold reports whether source offset at lies inside an emphasis
// of line n, and returns the split at the colon that follows the emphasis,
// or a split with defLo 0 when none does. A separator inside bold text is
// the bold phrase's own.
func (p *parsed) colonAfterBold(n ast.Node, at, hi int) (split, bool) {
	if at < 0 {
		return split{}, false
	}
	first, stop := p.kidsIn(n, at, at)
	for c := first; c != stop; c = c.NextSibling() {
		e, ok := c.(*ast.Emphasis)
		if !ok {
			continue
		}
		lo, end := p.startOf(e), p.endOf(e)
		if lo < 0 || end < 0 || at < lo || at >= end {
			continue
		}
		if p.src[at] == ':' && len(bytes.TrimSpace(p.src[at+1:end])) == 0 {
			return split{}, false // "**Bold:** def": the colon ends the bold term
		}
		k := end
		for k < hi && (p.src[k] == '*' || p.src[k] == '_') {
			k++
		}
		if k+1 < hi && p.src[k] == ':' && p.src[k+1] == ' ' {
			start := lo
			for start > 0 && (p.src[start-1] == '*' || p.src[start-1] == '_') {
				start--
			}
			return split{termLo: p.boldTermStart(start, k), termHi: k, defLo: k + 2, defHi: hi, sep: ":"}, true
		}
		return split{}, true
	}
	return split{}, false
}

// insideMath reports whether byte i of line t lies between a "$" that
// opens math and the "$" that closes it ("$$" counts as one).
func insideMath(t []byte, i int) bool {
	if bytes.IndexByte(t[:i], '$') < 0 {
		return false
	}
	open := false
	for k := 0; k < i; k++ {
		if t[k] == '$' && (k == 0 || t[k-1] != '\\') {
			open = !open
			if k+1 < len(t) && t[k+1] == '$' {
				k++
			}
		}
	}
	return open && bytes.IndexByte(t[i:], '$') >= 0
}

// questionSplit splits a line that asks and answers, "What was the first
// constitution called? Articles of Confederation.": a question of three to
// 25 words that opens with a wh-word or an auxiliary, then an answer that
// opens with a capital letter or a digit and asks nothing.
func (p *parsed) questionSplit(v view, lo, hi int) (split, bool) {
	if bytes.IndexByte(v.text, '?') < 0 {
		return split{}, false // the quick test
	}
	k := bytes.Index(v.text, []byte("? "))
	if k < 0 {
		return split{}, false
	}
	q, a := v.text[:k+1], bytes.TrimSpace(v.text[k+2:])
	at := k + 2 // where the answer starts in v.text, after a dash that parts it (see answerDash)
	d := answerDash(a)
	if d == 0 {
		d = answerLabelLen(a) // "… overloaded? solution - multiple loadbalancers"
	}
	if d > 0 {
		at = len(v.text) - len(bytes.TrimLeft(v.text[k+2:], " \t")) + d
		a = a[d:]
	}
	if !asksFirst(bytes.TrimSpace(q)) && !asksFirst(afterClause(q)) && !asksAbroad(bytes.TrimSpace(q)) {
		return split{}, false
	}
	if n := countFields(string(q)); n < 3 || n > 25 || bytes.Contains(q, []byte(". ")) || bytes.Count(q, []byte("?")) != 1 {
		return split{}, false
	}
	if r, _ := utf8.DecodeRune(a); at == k+2 && !unicode.IsUpper(r) && !unicode.IsDigit(r) && !echoesSubject(q, a) && !(unicode.IsLower(r) && asksWhatIs(q)) && !p.codeAnswer(v, k, a) || len(a) == 0 || bytes.ContainsRune(a, '?') ||
		lookupLower(conjunctions, string(a)) {
		return split{}, false // "¿Qué tiempo hace hoy? OR" then another way to ask
	}
	if instructs(a) {
		return split{}, false // "What is an elite? Discuss the four theories …" is one task
	}
	if asksAgain(a) {
		return split{}, false // "What is Python? What are the benefits of using Python" asks twice
	}
	if opensWithLocator(a) {
		return split{}, false // "What kind of house do you live in? - Lesson 1" points to where it is taught
	}
	defLo := p.afterOff(v, k+1)
	if at > k+2 {
		defLo = v.srcOff(at)
	}
	s := split{termLo: lo, termHi: v.srcOff(k) + 1, defLo: defLo, defHi: hi, sep: "?"}
	if s.termHi <= lo || s.defLo < 0 || s.defLo >= hi {
		return split{}, false
	}
	return s, true
}

// asksFirst reports whether q opens with a wh-word or an auxiliary, as a
// question does: "What was …", "Is TCP reliable?".
func asksFirst(q []byte) bool {
	first, _, _ := bytes.Cut(q, []byte(" "))
	return len(first) > 0 && (lookupLower(whWords, uncontracted(string(first))) || lookupLower(auxiliaries, string(first)))
}

// asksAgain reports whether a, what follows a question's "?", is a second
// question with its "?" left off: a wh-word then an auxiliary, "What are
// the benefits of using Python", not an answer. "When two processes wait
// for each other" answers.
func asksAgain(a []byte) bool {
	first, rest, ok := bytes.Cut(a, []byte(" "))
	if !ok || !lookupLower(whWords, string(first)) {
		return false
	}
	second, _, _ := bytes.Cut(rest, []byte(" "))
	return lookupLower(auxiliaries, string(second))
}

// afterClause returns q past the clause of one to six words it opens with
// before a comma, "In Kubernetes, what does a Service do?" or "Given a
// sorted array, how do you …?", which sets the question's scene; nil when
// q opens with none.
func afterClause(q []byte) []byte {
	i := bytes.Index(q, []byte(", "))
	if i <= 0 || bytes.ContainsAny(q[:i], ".:;!?()\x00") {
		return nil
	}
	if n := countFields(string(q[:i])); n > 6 {
		return nil
	}
	return bytes.TrimSpace(q[i+2:])
}

// codeAnswer reports whether a, the answer after the question ending at
// v.text[k], is one code span, "`kubectl get pods`", or one ending the
// sentence, "`docker ps`.": a command answers "How do you list the pods?"
// though it opens in lower case.
func (p *parsed) codeAnswer(v view, k int, a []byte) bool {
	if bytes.HasSuffix(a, []byte("\x00.")) {
		a = a[:len(a)-2] // the span, then the full stop as text of its own
	}
	if len(a) != 1 || a[0] != 0 {
		return false
	}
	o := p.afterOff(v, k+1)
	return o >= 0 && o < len(p.src) && p.src[o] == '`'
}

// asksWhatIs reports whether q asks what a named thing is, "what is
// substitution effect?" or "What are **sunk costs**?": the answer after
// it defines that thing, though typed in lower case ("price down -> sell
// more"). A pronoun asked about, "What is it?", names nothing, and an
// answer after it may go on the sentence.
func asksWhatIs(q []byte) bool {
	f := strings.Fields(strings.TrimRight(string(q), "? "))
	if len(f) < 3 || !strings.EqualFold(f[0], "what") || !copula(strings.ToLower(f[1])) {
		return false
	}
	return !lookupLower(clausePronouns, f[2]) && !(len(f) == 3 && lookupLower(statementSubjects, f[2]))
}

// echoesSubject reports whether a, an answer in lower case after the
// question q, opens with the word q ends with, as a student answers by
// naming the thing again: "What is pickle? pickle is a module that …". A
// lower-case answer is otherwise the rest of a sentence, not an answer;
// so is one that opens with a pronoun the question ends with, "What is
// it? it is …".
func echoesSubject(q, a []byte) bool {
	q = bytes.TrimRight(q, "? ")
	last := q[bytes.LastIndexByte(q, ' ')+1:]
	first, _, ok := bytes.Cut(a, []byte(" "))
	return ok && len(last) > 1 && bytes.EqualFold(first, last) && !lookupLower(clausePronouns, string(last))
}

// auxiliaries open a yes-no question: "Is TCP reliable?", "Can a pod …?".
var auxiliaries = map[string]bool{"is": true, "are": true, "was": true, "were": true, "do": true,
	"does": true, "did": true, "can": true, "could": true, "should": true, "would": true, "will": true,
	"has": true, "have": true, "had": true}

// whWords open a question: a sentence that opens with one defines nothing.
// "whats" is "what's" typed fast without its apostrophe, "Whats an
// Ethernet LAN service? - …", as "What's" is "what" (see uncontracted).
var whWords = map[string]bool{"what": true, "who": true, "whom": true, "whose": true, "where": true,
	"when": true, "why": true, "how": true, "which": true, "whats": true}

// verbs that tie a short subject to its definition: "bootstrapping means …".
var verbs = []string{" means ", " refers to ", " stands for ", " is defined as ", " is ", " are ", " was ", " were "}

// verbLeads marks the bytes that follow the space opening one of verbs: "m"
// of " means ", "i" of " is "…
var verbLeads = func() (leads [256]bool) {
	for _, vb := range verbs {
		leads[vb[1]] = true
	}
	return leads
}()

// firstVerb returns the earliest of the first occurrences of verbs in t that
// are not at its start (the earlier verb in the list on a tie), and where it
// is, or -1. The verbs are tested only after a space followed by a byte of
// verbLeads.
func firstVerb(t []byte) (int, string) {
	var atStart uint // bit k: verbs[k] occurs first at 0, so not at all
	for k, vb := range verbs {
		if hasPrefixAt(t, 0, vb) {
			atStart |= 1 << k
		}
	}
	for i := 1; i < len(t); i++ {
		if t[i] != ' ' || i+1 == len(t) || !verbLeads[t[i+1]] {
			continue
		}
		for k, vb := range verbs {
			if atStart&(1<<k) == 0 && t[i+1] == vb[1] && hasPrefixAt(t, i, vb) && !meansOf(t, i, vb) {
				return i, vb
			}
		}
	}
	return -1, ""
}

// meansOf reports whether vb at i in t is " means " followed by "of", the
// noun of "The predominant means of communication between synapses", which
// ties no subject to a definition.
func meansOf(t []byte, i int, vb string) bool {
	return vb == " means " && hasPrefixAt(t, i+len(vb)-1, " of ")
}

// fieldStart returns where the nth field of t (as strings.Fields splits
// it) starts, or -1 when t has fewer.
func fieldStart(t []byte, n int) int {
	space := true // the last rune was white space, or there was none
	for i := 0; i < len(t); {
		r, size := rune(t[i]), 1
		var sp bool
		if r < utf8.RuneSelf {
			sp = r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
		} else {
			r, size = utf8.DecodeRune(t[i:])
			sp = unicode.IsSpace(r)
		}
		if space && !sp {
			if n--; n == 0 {
				return i
			}
		}
		space = sp
		i += size
	}
	return -1
}

// spacedWordStart returns where the nth word of t starts, or -1 when t has
// fewer; words are what ASCII spaces separate, counted only when they open
// with a printable ASCII byte. Each word it counts starts a field, so it is
// never before where the nth field (see fieldStart) starts, and it costs
// less to find.
func spacedWordStart(t []byte, n int) int {
	for i := 0; ; {
		for i < len(t) && t[i] == ' ' {
			i++
		}
		if i == len(t) {
			return -1
		}
		if c := t[i]; c > ' ' && c < utf8.RuneSelf {
			if n--; n == 0 {
				return i
			}
		}
		j := bytes.IndexByte(t[i:], ' ')
		if j < 0 {
			return -1
		}
		i += j
	}
}

// bareParticiple reports whether def, the words after "is" or "are",
// open with a past participle that a comma ends: "**Oxygen therapy** is
// initiated, potentially with a ventilator" says what is done with the
// thing, a step, not what it is; "is initiated by …" and "is defined as …"
// go on to name what they say.
func bareParticiple(def string) bool {
	w, _, ok := strings.Cut(def, " ")
	w, comma := strings.CutSuffix(w, ",")
	return ok && comma && len(w) > 4 && strings.HasSuffix(w, "ed") && isLowerASCII(w[0])
}

// passiveClause reports whether rest, what follows a bold phrase with no
// "is" or "are" taken after it, goes on in the passive, perhaps after an
// aside: "was proposed by Gregor Mendel …" or "(`i32`, `bool`) are
// duplicated, not moved." The bold phrase is the subject of a sentence
// that tells what was done to it; the back "was proposed by …" answers
// nothing of the bare phrase, and the sentence stays on its heading's card.
func passiveClause(rest string) bool {
	if strings.HasPrefix(rest, "(") {
		depth := 0
		for i := 0; i < len(rest); i++ {
			if rest[i] == '(' {
				depth++
			} else if rest[i] == ')' {
				if depth--; depth == 0 {
					rest = strings.TrimLeft(rest[i+1:], " ")
					break
				}
			}
		}
	}
	w, def, ok := strings.Cut(rest, " ")
	switch w {
	case "was", "were":
		p, _, _ := strings.Cut(def, " ")
		return ok && pastParticiple(strings.ToLower(strings.TrimRight(p, ",;.")))
	case "is", "are":
		return ok && bareParticiple(def)
	}
	return false
}

// passiveStep reports whether def, the words after "is" or "are", open
// with a past participle that another follows or that names nothing:
// "**maintenance dose** is established followed by a gradual withdrawal"
// tells a step of a treatment, not what the dose is. A participle that
// names, "is defined as", "is called", is left to define.
func passiveStep(def string) bool {
	w, rest, ok := strings.Cut(def, " ")
	if !ok || namingParticiples[w] || !pastVerb(w) || !isLowerASCII(w[0]) {
		return false
	}
	next, _, _ := strings.Cut(rest, " ")
	return pastVerb(next) && !namingParticiples[next]
}

// namingParticiples are the participles after "is" that go on to name or
// define: "is defined as", "is called", "is known as".
var namingParticiples = map[string]bool{"defined": true, "called": true, "known": true, "termed": true,
	"named": true, "referred": true, "described": true, "denoted": true}

// treatmentVerbs are the participles that say how a sign is treated,
// "is corrected with", "are managed by".
var treatmentVerbs = map[string]bool{"corrected": true, "treated": true, "managed": true, "reversed": true,
	"relieved": true, "controlled": true, "countered": true}

// treatedWith reports whether def, the words after "is" or "are", say how
// the thing is treated: "corrected with **fluid resuscitation**", "managed
// by …". After another sentence of its line, "**Hypotension** is corrected
// with …" is a step of the intervention the line tells, not a term.
func treatedWith(def string) bool {
	w, rest, ok := strings.Cut(def, " ")
	next, _, _ := strings.Cut(rest, " ")
	return ok && treatmentVerbs[w] && (next == "with" || next == "by")
}

// afterSentence reports whether the text of src's line before offset at
// ends a sentence: at opens a sentence that follows another on its line.
func afterSentence(src []byte, at int) bool {
	if at <= 0 || at > len(src) {
		return false
	}
	before := bytes.TrimRight(src[bytes.LastIndexByte(src[:at], '\n')+1:at], " \t")
	return len(before) > 0 && (before[len(before)-1] == '.' || before[len(before)-1] == ';')
}

// ratiosOnly reports whether each colon in term sits inside a ratio, a
// cardinality "1:1", "1:M" or "M:N" between words: "A 1:1 relationship
// means …" names a kind of relationship, where "Note: TCP is …" labels its
// sentence.
func ratiosOnly(term string) bool {
	for _, f := range strings.Fields(term) {
		if !strings.ContainsRune(f, ':') {
			continue
		}
		l, r, _ := strings.Cut(f, ":")
		if !ratioSide(l) || !ratioSide(r) {
			return false
		}
	}
	return true
}

// ratioSide reports whether s is one side of a cardinality: one digit or
// one capital letter ("1", "M", "N"); "10:30" is a time.
func ratioSide(s string) bool {
	return len(s) == 1 && (isDigit(rune(s[0])) || s[0] >= 'A' && s[0] <= 'Z')
}

// statesRatio reports whether def, the words after "is" or "are", open
// with a multiplier before a comparative, as "more" alone does (weakNext):
// "9x more common in women", "2-3x more specific than amylase", "3 times
// more common in females" compare, they define nothing.
func statesRatio(def string) bool {
	f0, rest, _ := strings.Cut(def, " ")
	f1, rest, _ := strings.Cut(rest, " ")
	if n, ok := strings.CutSuffix(f0, "x"); ok && isMultiplier(n) || strings.HasSuffix(f0, "×") && isMultiplier(strings.TrimSuffix(f0, "×")) {
		return comparatives[strings.ToLower(f1)]
	}
	f2, _, _ := strings.Cut(rest, " ")
	return isMultiplier(f0) && strings.EqualFold(f1, "times") && comparatives[strings.ToLower(f2)]
}

// isMultiplier reports whether s is a number or a range of numbers: "9",
// "2-3", "1.5".
func isMultiplier(s string) bool {
	if s == "" || !isDigit(rune(s[0])) {
		return false
	}
	for _, c := range s {
		if !isDigit(c) && c != '.' && c != '-' && c != '–' {
			return false
		}
	}
	return true
}

// comparatives follow a multiplier in a comparison (see statesRatio).
var comparatives = map[string]bool{"more": true, "less": true, "as": true, "higher": true, "lower": true,
	"greater": true, "larger": true, "smaller": true, "likelier": true}

// weakNext are words after "is" that make a statement, not a definition.
var weakNext = map[string]bool{
	"not": true, "also": true, "only": true, "very": true, "more": true, "less": true,
	"now": true, "still": true, "too": true, "so": true, "just": true, "then": true,
	"being": true, "done": true, "run": true, "set": true, "made": true, "seen": true,
	"known": true, "shown": true, "taken": true, "given": true, "built": true, "held": true,
	"most": true, "always": true, "never": true, "sometimes": true, "even": true,
	"already": true, "that": true, "because": true, "about": true, "there": true,
	"therefore": true, "thus": true, "hence": true, "same": true, "different": true, "important": true,
	"rather": true, "quite": true,
	// Past participles that end in no "-ed", as the passive voice writes
	// them: "The output voltage is bound by V_DD and V_SS" states a limit.
	"bound": true, "found": true, "kept": true, "led": true, "driven": true, "drawn": true,
	"written": true, "chosen": true, "thought": true, "brought": true, "taught": true,
	"sold": true, "paid": true, "told": true, "thrown": true, "spoken": true, "sent": true,
	"spent": true, "meant": true, "understood": true, "lost": true,
	// "A set is said to be open if …" defines what is said of the subject.
	"said": true,
}

// definedIf splits a definition written as mathematics writes one, the
// term in emphasis after the verb and a condition after it: "A space is
// **compact** if every open cover has a finite subcover." The term asks for
// the whole sentence, lo to hi; at is where the text after the verb starts.
func (p *parsed) definedIf(n ast.Node, lo, at, hi int) (split, bool) {
	if goesOnBelow(p.src[lo:hi]) {
		return split{}, false // "… are **independent** if … and if" over the list of conditions
	}
	first, stop := p.kidsIn(n, at, hi)
	for c := first; c != stop; c = c.NextSibling() {
		start := p.startOf(c)
		if start < 0 || start < at {
			continue
		}
		e, ok := c.(*ast.Emphasis)
		if !ok || start >= hi {
			return split{}, false
		}
		end := p.endOf(e)
		if end < 0 || end > hi {
			return split{}, false // emphasis past the line
		}
		for end < hi && (p.src[end] == '*' || p.src[end] == '_') {
			end++
		}
		// "is **continuous** at $x_0$ if …": a qualifier may come between.
		if _, ok := conditionAfter(p.src[end:hi]); ok && isTerm(p.plain(e, 0, everything)) {
			if inner, ok := e.FirstChild().(*ast.Emphasis); ok && e.FirstChild() == e.LastChild() {
				e = inner // "***Hausdorff***": the term is the text inside both
			}
			return split{termLo: p.startOf(e), termHi: p.endOf(e), defLo: lo, defHi: hi, sep: "if"}, true
		}
		return split{}, false
	}
	return split{}, false
}

// verbSplit splits "Term means definition" and "Term is definition" when the
// subject is one to three words that name a thing.
func (p *parsed) verbSplit(n ast.Node, v view, lo, hi int) (split, bool) {
	if k := reminderLen(v.text); k > 0 {
		// "Remember that Cognito is …" asks for Cognito.
		if at := v.srcOff(k); at > lo {
			return p.verbSplit(n, v.from(k), at, hi)
		}
	}
	t := v.text
	maxWords := 3
	if indefinite(t) {
		maxWords = 5 // "A proximity placement group is a …": an article and four words
	}
	if k := spacedWordStart(t, maxWords+1); k >= 0 {
		// The term has at most three words, and no fewer in plain text than
		// in t: a verb past the fourth word's start splits nothing.
		t = t[:min(len(t), k+len(" is defined as "))] // the longest of verbs
	}
	best, verb := firstVerb(t)
	if best < 0 && len(t) < len(v.text) {
		return p.longSubjectIf(n, v, lo, hi)
	}
	if best < 0 || bytes.IndexByte(t[:best], 0) >= 0 {
		return split{}, false
	}
	termHi, defLo := v.srcOff(best), p.afterOff(v, best+len(verb)-1)
	if termHi < 0 || defLo < 0 {
		return split{}, false
	}
	if verb == " means " && bytes.HasPrefix(p.src[defLo:hi], []byte("that ")) {
		defLo += len("that ") // "bootstrapping means that the system …" answers "the system …"
	}
	if s, ok := p.definedIf(n, lo, defLo, hi); ok {
		return s, true
	}
	if _, inside := p.colonAfterBold(n, termHi, hi); inside {
		return split{}, false // "**Class is the manifestation …**": one bold sentence
	}
	term := p.plain(n, lo, termHi)
	if countFields(term) > maxWords || strings.ContainsRune(term, ',') || strings.ContainsRune(term, ':') && !ratiosOnly(term) || namesVariable(p.src[lo:termHi]) {
		return split{}, false
	}
	if endsInRelative(term) {
		return split{}, false // "people who are similar to us": the verb is the clause's
	}
	if opensBracket(term) {
		return split{}, false // "nitrogen (forms are nitrate and ammonia)": the verb is the gloss's
	}
	if w, _, _ := strings.Cut(strings.TrimLeft(term, "☑☐ "), " "); lookupLower(whWords, unmarked(w)) || bytes.HasSuffix(bytes.TrimRight(v.text, " \t\n"), []byte("?")) {
		// "What are the inputs?" asks, it defines nothing, and so does
		// "- [x] What is the event loop", its check box before it.
		return split{}, false
	}
	if placeOpening(strings.Join(strings.Fields(term), " ")) {
		return split{}, false // "Before the synapse is the presynaptic neuron" says where
	}
	if s, ok := p.adjectiveIf(term, lo, defLo, hi); ok && copula(strings.TrimSpace(verb)) {
		return s, true // "Demand is elastic if …" defines "elastic"
	}
	if countsThings(term) {
		return split{}, false // "Two properties are critical to …" counts what it goes on to name
	}
	if symbolPair(term) {
		return split{}, false // "Qd and P are old quantity demanded and price" glosses two symbols at once
	}
	def := p.plain(n, defLo, hi)
	if countFields(def) < 2 && !symbolWordGloss(term, def) {
		return split{}, false
	}
	if refersBack(term, def) {
		return split{}, false // "A similar statistic is the F(d) function" defines F(d)
	}
	vb := strings.TrimSpace(verb)
	if copula(vb) && hasParallelClause(def) {
		k := valueClauseEnd(p.src[defLo:hi], def)
		if k <= 0 {
			return split{}, false // "TCP is Stream oriented and UDP is Message oriented" compares two
		}
		hi = defLo + k // "TCP header size is 20 bytes and UDP …": the first value answers
		def = p.plain(n, defLo, hi)
	} else if k := commaClauseEnd(p.src[defLo:hi]); copula(vb) && k > 0 {
		hi = defLo + k // "Biodiversity is the variety of organisms, and species is …"
		def = p.plain(n, defLo, hi)
	}
	first, _, _ := strings.Cut(def, " ") // def is words joined by single spaces
	if next := strings.ToLower(strings.TrimRight(first, ".,;:!?")); (vb == "is" || vb == "are") && (weakNext[next] || describingNext[next] ||
		strings.HasSuffix(next, "ed") && !eedWord(next) || strings.HasSuffix(next, "ing") || strings.HasSuffix(next, "ly") || statesRatio(def) || predicateAdjective(term, def)) {
		return split{}, false
	}
	if vb == "was" || vb == "were" {
		// History defines in the past: "The July Crisis was the diplomatic
		// crisis that …", "Pan-Slavism was a movement …"; "The war was long"
		// describes.
		switch strings.ToLower(first) {
		case "a", "an", "the", "one":
		default:
			return split{}, false
		}
	}
	if countFields(term) > 3 && (!definesWithArticle([]byte(def)) || statesOf(term, def)) {
		return split{}, false // a long subject defines only as "… is a …"
	}
	s := split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: vb}
	if maxWords > 3 {
		// "A Region is a …" asks for "Region": the indefinite article goes,
		// read from the line's text, which a task item's check box, "- [x]
		// A closure is …", does not open as its term does.
		a, _, _ := bytes.Cut(v.text, []byte(" "))
		if at := bytes.Index(p.src[lo:termHi], a); at >= 0 {
			s.termLo = lo + at + len(a)
			for s.termLo < termHi && p.src[s.termLo] == ' ' {
				s.termLo++
			}
			term = p.plain(n, s.termLo, termHi)
		}
	}
	if !isTerm(term) || !validDef(s, term, def) {
		return split{}, false
	}
	return s, true
}

// symbolWordGloss reports whether def, one word, glosses term, a symbol
// of a formula's key typed bare: one letter, or a short name with a digit
// or "_", "v_0". Such a key glosses a symbol with one noun, "t is time";
// a word such as "It" is no symbol, and a kind of value, "x is
// positive", glosses nothing (see kindOfValue).
func symbolWordGloss(term, def string) bool {
	if len(term) == 0 || len(term) > 4 || !isIdentifier(term) || len(term) > 1 && !strings.ContainsAny(term, "_0123456789") {
		return false
	}
	w := strings.TrimRight(def, ".")
	for _, c := range []byte(w) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return len(w) > 2 && !kindOfValue(w)
}

// eedWord reports whether w, a lower-case word, is one syllable on "eed",
// "speed", "need", "seed", "greed": a noun or a verb's stem, where a word
// of more, "agreed", "guaranteed", is a participle. "c is speed of light"
// defines c as "is the speed of light" would; "The fee is agreed upon"
// describes.
func eedWord(w string) bool {
	stem, ok := strings.CutSuffix(w, "eed")
	return ok && stem != "" && !strings.ContainsAny(stem, "aeiouy")
}

// statesOf reports whether a long subject and its "definition" open with
// one word, the sign of a statement about a thing rather than a definition
// of it: "A single load balancer is a single point of failure", "A
// equivalence relation in R is an equivalence relation if …".
func statesOf(term, def string) bool {
	t := strings.Fields(strings.ToLower(term))
	for len(t) > 1 && (t[0] == "a" || t[0] == "an" || t[0] == "the") {
		t = t[1:]
	}
	for _, w := range strings.Fields(strings.ToLower(def))[:min(countFields(def), 3)] {
		switch w {
		case "a", "an", "the":
			continue
		}
		return len(t) > 0 && w == t[0]
	}
	return false
}

// indefinite reports whether t opens with the indefinite article, "A ",
// "An " or Dutch "Een ".
func indefinite(t []byte) bool {
	return len(t) > 2 && (t[0] == 'A' || t[0] == 'a') && (t[1] == ' ' || (t[1] == 'n' || t[1] == 'N') && len(t) > 3 && t[2] == ' ') ||
		len(t) > 4 && (t[0] == 'E' || t[0] == 'e') && t[1] == 'e' && t[2] == 'n' && t[3] == ' '
}

// from returns the view of v's text from byte i on, i in a run of source
// text. Its pieces are new: v, in scratch space, stays as it was.
func (v view) from(i int) view {
	var ps []piece
	for k, pc := range v.pieces {
		if k+1 < len(v.pieces) && v.pieces[k+1].at <= i {
			continue // ends before i
		}
		switch {
		case pc.at > i:
			ps = append(ps, piece{at: pc.at - i, src: pc.src})
		case pc.src >= 0:
			ps = append(ps, piece{at: 0, src: pc.src + i - pc.at})
		default:
			ps = append(ps, piece{at: 0, src: -1})
		}
	}
	return view{text: v.text[i:], pieces: ps}
}

// isDifficultyRating reports whether def, the raw text after a dash, is
// only the rating a problem site gives a problem, "Easy", "Medium" or
// "Hard", bold or in brackets at most: a list of problems to practise
// rates each, "[3Sum](…) - Medium", and asks nothing a student learns.
func isDifficultyRating(def []byte) bool {
	d := bytes.Trim(def, " \t*_()")
	if len(d) != 4 && len(d) != 6 {
		return false // the quick test
	}
	return bytes.EqualFold(d, []byte("easy")) || bytes.EqualFold(d, []byte("hard")) || bytes.EqualFold(d, []byte("medium"))
}

// holdsLink reports whether term, raw text, holds a link or a wikilink,
// "[3Sum](https://…)" or "[[Subarray Sum Equals K]]".
func holdsLink(term []byte) bool {
	return bytes.Contains(term, []byte("](")) || bytes.Contains(term, []byte("[["))
}

// propSigns sets the brackets, negations and quantifiers of a formula of
// logic apart as spaces, for isPropFormula to read its words.
var propSigns = strings.NewReplacer("(", " ", ")", " ", "¬", " ", "~", " ", "!", " ", "∀", " ", "∃", " ")

// noteKinds name what a note is, not what its title means: "Microeconomics
// – Notes" under the title says the page holds notes.
var noteKinds = map[string]bool{"notes": true, "note": true, "summary": true, "overview": true, "cheat sheet": true,
	"cheatsheet": true, "study guide": true, "revision": true, "revision notes": true, "lecture notes": true,
	"class notes": true, "study notes": true, "recap": true, "key notes": true}

// namesNoteKind reports whether def, a definition's text, only names the
// kind of page it is on: "Notes", "Summary", "Cheat sheet".
func namesNoteKind(def string) bool {
	return len(def) <= len("revision notes.") && noteKinds[strings.ToLower(strings.Trim(strings.TrimSpace(def), ".!"))]
}

// subordinators open a clause that sets the sentence after its comma.
var subordinators = map[string]bool{"since": true, "because": true, "although": true, "though": true,
	"while": true, "whereas": true, "if": true, "when": true, "whenever": true, "unless": true,
	"once": true, "until": true}

// subordinateSubject reports whether term, the subject before a copula,
// opens a subordinate clause that def, what follows the copula, ends with
// a comma before a main clause with a pronoun for its subject: "Since
// Accrued Revenue is an asset account representing uncollected revenue,
// it follows …" says why, and defines no "Since Accrued Revenue". A term
// in title case passes the clause openers of judgeTerm (a name such as
// "If Statement"), so the main clause tells the subordinate one: "If
// Statement is a branch, which runs …" still defines.
func subordinateSubject(term, def string) bool {
	first, _, ok := strings.Cut(strings.TrimSpace(term), " ")
	if !ok || !lookupLower(subordinators, first) {
		return false
	}
	for {
		i := strings.Index(def, ", ")
		if i < 0 {
			return false
		}
		def = def[i+2:]
		if w, _, _ := strings.Cut(def, " "); mainSubjects[w] {
			return true
		}
	}
}

// mainSubjects open a main clause after the comma that ends a subordinate
// one (see subordinateSubject); "which" there goes on with a relative
// clause, as clausePronouns may.
var mainSubjects = map[string]bool{"it": true, "they": true, "we": true, "you": true, "this": true,
	"there": true, "he": true, "she": true, "these": true}
