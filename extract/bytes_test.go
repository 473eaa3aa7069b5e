package extract

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// verbSplitOracle is verbSplit as it was first written: it searches the
// whole line for a verb.
func (p *parsed) verbSplitOracle(n ast.Node, v view, lo, hi int) (split, bool) {
	if k := reminderLen(v.text); k > 0 && v.srcOff(k) > lo {
		return p.verbSplitOracle(n, v.from(k), v.srcOff(k), hi) // "Remember that …"
	}
	t := v.text
	best, verb := firstVerb(t)
	if best < 0 || bytes.IndexByte(t[:best], 0) >= 0 {
		return split{}, false
	}
	termHi, defLo := v.srcOff(best), p.afterOff(v, best+len(verb)-1)
	if termHi < 0 || defLo < 0 {
		return split{}, false
	}
	if verb == " means " && bytes.HasPrefix(p.src[defLo:hi], []byte("that ")) {
		defLo += len("that ")
	}
	if s, ok := p.definedIf(n, lo, defLo, hi); ok {
		return s, true // "A space is **compact** if …", as written since
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if e, ok := c.(*ast.Emphasis); ok && p.startOf(e) <= termHi && termHi < p.endOf(e) {
			return split{}, false // a verb inside bold text is the bold sentence's
		}
	}
	term := p.plain(n, lo, termHi)
	maxWords := 3
	if indefinite(t) {
		maxWords = 5
	}
	if countFields(term) > maxWords || strings.ContainsRune(term, ',') || strings.ContainsRune(term, ':') && !ratiosOnly(term) || namesVariable(p.src[lo:termHi]) {
		return split{}, false
	}
	if f := strings.Fields(term); len(f) > 1 && relatives[strings.ToLower(f[len(f)-1])] {
		return split{}, false
	}
	if opensBracket(term) {
		return split{}, false
	}
	if w, _, _ := strings.Cut(strings.TrimLeft(strings.TrimSpace(term), "☑☐ "), " "); whWords[strings.ToLower(unmarked(w))] || strings.HasSuffix(strings.TrimSpace(string(t)), "?") {
		return split{}, false
	}
	if placeOpening(strings.Join(strings.Fields(term), " ")) {
		return split{}, false
	}
	if s, ok := p.adjectiveIf(term, lo, defLo, hi); ok && copula(strings.TrimSpace(verb)) {
		return s, true // "Demand is elastic if …" defines "elastic"
	}
	if countsThings(term) {
		return split{}, false
	}
	if symbolPair(term) {
		return split{}, false
	}
	def := p.plain(n, defLo, hi)
	if countFields(def) < 2 && !symbolWordGloss(term, def) {
		return split{}, false
	}
	if refersBack(term, def) {
		return split{}, false
	}
	vb := strings.TrimSpace(verb)
	if copula(vb) && hasParallelClause(def) {
		k := valueClauseEnd(p.src[defLo:hi], def)
		if k <= 0 {
			return split{}, false
		}
		hi = defLo + k
		def = p.plain(n, defLo, hi)
	} else if k := commaClauseEnd(p.src[defLo:hi]); copula(vb) && k > 0 {
		hi = defLo + k
		def = p.plain(n, defLo, hi)
	}
	if next := strings.ToLower(strings.TrimRight(strings.Fields(def)[0], ".,;:!?")); (vb == "is" || vb == "are") && (weakNext[next] || describingNext[next] ||
		strings.HasSuffix(next, "ed") && !eedWord(next) || strings.HasSuffix(next, "ing") || strings.HasSuffix(next, "ly") || statesRatio(def) || predicateAdjective(term, def)) {
		return split{}, false
	}
	if a := strings.ToLower(strings.Fields(def)[0]); (vb == "was" || vb == "were") && a != "a" && a != "an" && a != "the" && a != "one" {
		return split{}, false
	}
	if countFields(term) > 3 && (!definesWithArticle([]byte(def)) || statesOf(term, def)) {
		return split{}, false
	}
	s := split{termLo: lo, termHi: termHi, defLo: defLo, defHi: hi, sep: vb}
	if maxWords > 3 {
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

// TestVerbSplit checks verbSplit against its oracle on every line of the
// fast path notes.
func TestVerbSplit(t *testing.T) {
	for name, src := range fastpathNotes(t) {
		p := parseTree(src)
		_ = ast.Walk(p.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			switch n.(type) {
			case *ast.Paragraph, *ast.TextBlock:
			default:
				return ast.WalkContinue, nil
			}
			if !entering {
				return ast.WalkContinue, nil
			}
			for _, r := range p.lines(n) {
				got, gotOK := p.verbSplit(n, p.lineView(n, r[0], r[1]), r[0], r[1])
				want, wantOK := p.verbSplitOracle(n, p.lineView(n, r[0], r[1]), r[0], r[1])
				if got != want || gotOK != wantOK {
					t.Errorf("%s: line %q splits as %v %v, want %v %v", name, src[r[0]:r[1]], got, gotOK, want, wantOK)
				}
			}
			return ast.WalkContinue, nil
		})
	}
}

// fieldStartOracle returns where the nth field of t starts, by counting the
// fields of ever longer prefixes.
func fieldStartOracle(t []byte, n int) int {
	for i := 0; i < len(t); {
		_, size := utf8.DecodeRune(t[i:])
		if countFields(string(t[:i])) < n && countFields(string(t[:i+size])) == n {
			return i
		}
		i += size
	}
	return -1
}

// checkBytes checks fieldStart and hasWordCharBytes against their oracles on s.
func checkBytes(t *testing.T, s string) {
	for n := 1; n <= 5; n++ {
		if got, want := fieldStart([]byte(s), n), fieldStartOracle([]byte(s), n); got != want {
			t.Errorf("fieldStart(%q, %d) = %d, want %d", s, n, got, want)
		}
	}
	for n := 1; n <= 5; n++ {
		if got, least := spacedWordStart([]byte(s), n), fieldStart([]byte(s), n); got >= 0 && (least < 0 || got < least) {
			t.Errorf("spacedWordStart(%q, %d) = %d, before fieldStart's %d", s, n, got, least)
		}
	}
	if got, want := hasWordCharBytes([]byte(s)), hasWordChar(s); got != want {
		t.Errorf("hasWordCharBytes(%q) = %v, want %v", s, got, want)
	}
}

// TestBytes checks the byte-slice helpers on a few strings.
func TestBytes(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b\tc\u00a0d\u2003e ", "\xff x", "—  ", strings.Repeat("ab ", 5), "x\x00y z"} {
		checkBytes(t, s)
	}
}

// FuzzBytes checks the byte-slice helpers on any input.
func FuzzBytes(f *testing.F) {
	f.Add(" a  b\tc\u00a0d")
	f.Fuzz(checkBytes)
}

// checkRawDef checks validRawDef against validDef on the joined definition.
func checkRawDef(t *testing.T, sep, term, raw string) {
	s := split{sep: sep}
	if got, want := validRawDef(s, term, []byte(raw)), validDef(s, term, joinFields(raw)); got != want {
		t.Errorf("validRawDef(%q, %q, %q) = %v, want %v", sep, term, raw, got, want)
	}
}

// TestRawDef checks validRawDef on definitions each guard refuses.
func TestRawDef(t *testing.T) {
	for _, c := range [][3]string{
		{":", "Port", " 80 "}, {":", "80", "  - 90"}, {":", "80", " ninety"}, {":", "Source", " https://x.org "},
		{":", "Source", "//x"}, {"-", "Source", "//x"}, {":", "Docs", "see\thttp://x"}, {":", "Go", " go\n"},
		{":", "Go", "g o"}, {":", "Straße", "STRASSE"}, {":", "K", "\u212a"}, {":", "x", "\xff"}, {":", "x", " \u00a0 "},
		{":", "Justifications", " Not  Applicable "}, {":", "Specializations", "N/A."}, {":", "Catalyst", " none"},
	} {
		checkRawDef(t, c[0], c[1], c[2])
	}
}

// FuzzRawDef checks validRawDef on any definition.
func FuzzRawDef(f *testing.F) {
	f.Add(":", "Source", " https://x.org ")
	f.Add(":", "80", " ninety")
	f.Fuzz(checkRawDef)
}

// splitBoldSentencesOracle is splitBoldSentences as it was first written: it
// copies the lines even when none holds bold.
func (p *parsed) splitBoldSentencesOracle(ls [][2]int) [][2]int {
	var out [][2]int
	for _, r := range ls {
		lo := r[0]
		sep := cardSeparator(p.src[r[0]:r[1]])
		for _, m := range outsideBracketStops(p.src[r[0]:r[1]], boldSentenceStarts(p.src[r[0]:r[1]])) {
			if sep >= 0 && sep < m {
				break
			}
			if stressedSentence(p.src[r[0]:r[1]], m+1) || abbreviationStop(p.src[r[0]:r[0]+m+1]) {
				continue
			}
			end := r[0] + m + 1 // just after the full stop
			out = append(out, [2]int{lo, end})
			lo = end
			for lo < r[1] && (p.src[lo] == ' ' || p.src[lo] == '\t') {
				lo++
			}
		}
		out = append(out, [2]int{lo, r[1]})
	}
	return out
}

// TestSplitBoldSentences checks splitBoldSentences against its oracle on
// every paragraph of the fast path notes.
func TestSplitBoldSentences(t *testing.T) {
	for name, src := range fastpathNotes(t) {
		p := parseTree(src)
		_ = ast.Walk(p.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			switch n.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				if ls := p.lines(n); entering && len(ls) > 0 {
					if got, want := p.splitBoldSentences(ls), p.splitBoldSentencesOracle(ls); !slices.Equal(got, want) {
						t.Errorf("%s: lines %v cut as %v, want %v", name, ls, got, want)
					}
				}
			}
			return ast.WalkContinue, nil
		})
	}
}

// TestLookupKeys checks that lookupLower's word lists keep within lookupKeyMax.
func TestLookupKeys(t *testing.T) {
	for _, m := range []map[string]bool{labels, notFirst, notLast, clauseWords, genericWords, sectionTitles,
		whWords, auxiliaries, aspects, conjunctions, questionsWords, briefParts, sentenceGoesOn, todoVerbs, algorithmAspects,
		itemParents, anatomyParts, placePrepositions, placeArticles, conditionEnds, commandWords, commandObjects, statementSubjects,
		glossaryLevels, topicAspects} {
		for k := range m {
			if len(k) > lookupKeyMax {
				t.Errorf("key %q is longer than lookupKeyMax (%d)", k, lookupKeyMax)
			}
		}
	}
}

// TestHasBulletGlyph checks hasBulletGlyph against bytes.ContainsAny, and
// that every sign of bulletGlyphs is led by the byte it searches for.
func TestHasBulletGlyph(t *testing.T) {
	for _, r := range bulletGlyphs {
		if b := []byte(string(r)); b[0] != 0xE2 {
			t.Errorf("%q starts with %#x, not 0xE2", r, b[0])
		}
	}
	for _, s := range []string{"", "plain", "“quoted” – dash", "x • y", "\xe2", "a\xe2\x80", "■", "“■”", "…◦"} {
		if got, want := hasBulletGlyph([]byte(s)), bytes.ContainsAny([]byte(s), bulletGlyphs); got != want {
			t.Errorf("hasBulletGlyph(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestPandocPrechecks checks hasAttributeBrace and hasDefinitionMarker
// against the searches they replace.
func TestPandocPrechecks(t *testing.T) {
	for _, s := range []string{"", "{", "]{", "a]{b", "{x} (y){", "`{", "a{b}", "x\n{", "]", ":", " :", "a\n:", "a\n :", "a\n  :", "a\n   :",
		"a\n \n:", "a\n", "a\n ", "a\n  ", "::\n", "a:b\n c: d\n", "a b: c\n  x :", " a:", "  :", "\n\n  :", "x :\n :"} {
		b := []byte(s)
		want := bytes.Contains(b, []byte("]{")) || bytes.Contains(b, []byte("){")) || bytes.Contains(b, []byte("`{"))
		if got := hasAttributeBrace(b); got != want {
			t.Errorf("hasAttributeBrace(%q) = %v, want %v", s, got, want)
		}
		want = len(b) > 0 && (b[0] == ':' || bytes.Contains(b, []byte("\n:")) || bytes.Contains(b, []byte("\n :")) || bytes.Contains(b, []byte("\n  :")))
		if got := hasDefinitionMarker(b); got != want {
			t.Errorf("hasDefinitionMarker(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestContainsFoldASCII checks containsFoldASCII against the lower-case copy
// it spares.
func TestContainsFoldASCII(t *testing.T) {
	for _, s := range []string{"", "con", "cont", "CONT", "Memory (Cont'd)", "Encoding – How? (continued)", "ÇONT", "c\u0301ont", "Kont", "\u212Aont", "İcont", "xCoNtx"} {
		if got, want := containsFoldASCII(s, "cont"), strings.Contains(strings.ToLower(s), "cont"); got != want {
			t.Errorf("containsFoldASCII(%q) = %v, want %v", s, got, want)
		}
	}
}
