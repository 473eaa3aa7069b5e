package extract

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/extract/synth"
	"github.com/rogpeppe/go-internal/txtar"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// fastpathNotes returns notes to check the fast paths on: the golden inputs,
// the shared corpus when it is there, and a synthetic note.
func fastpathNotes(t testing.TB) map[string][]byte {
	notes := map[string][]byte{"synth": synth.Note(300)}
	golden, _ := filepath.Glob("testdata/*.txtar")
	for _, path := range golden {
		a, err := txtar.ParseFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if src, ok := goldenInput(a); ok {
			notes[path] = src
		}
	}
	corpus, _ := filepath.Glob(filepath.Join(shared, "corpus", "*.md"))
	for _, path := range corpus {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		notes[path] = src
	}
	return notes
}

// parseTree parses src into a parsed note without extracting cards.
func parseTree(src []byte) *parsed {
	p := &parsed{src: src, lineStart: lineStarts(src), noBreaks: !mayHoldBreak(src)}
	p.doc = markdown.Parser().Parse(text.NewReader(src))
	return p
}

// lineViewOracle is lineView as it was first written: one source offset per byte.
func (p *parsed) lineViewOracle(n ast.Node, lo, hi int) ([]byte, []int) {
	var txt []byte
	var off []int
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				s, e := max(c.Segment.Start, lo), min(c.Segment.Stop, hi)
				if s >= e {
					continue
				}
				if len(off) > 0 && off[len(off)-1] != s-1 {
					txt, off = append(txt, 0), append(off, -1)
				}
				for i := s; i < e; i++ {
					txt, off = append(txt, p.src[i]), append(off, i)
				}
			case *ast.Emphasis:
				walk(c)
			default:
				if c.Type() == ast.TypeInline && overlaps(p, c, lo, hi) {
					txt, off = append(txt, 0), append(off, -1)
				}
			}
		}
	}
	walk(n)
	return txt, off
}

// TestLineView compares lineView with its oracle on every line of every
// paragraph, and on ranges that cut lines, of the fast path notes.
func TestLineView(t *testing.T) {
	for name, src := range fastpathNotes(t) {
		p := parseTree(src)
		_ = ast.Walk(p.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering || n.Type() != ast.TypeBlock || n.FirstChild() == nil || n.FirstChild().Type() != ast.TypeInline {
				return ast.WalkContinue, nil
			}
			for _, r := range p.lines(n) {
				for _, cut := range [][2]int{r, {r[0] + 1, r[1]}, {r[0], r[1] - 3}, {r[0] + 5, r[1] + 2}, {r[0], everything}} {
					lo, hi := cut[0], cut[1]
					txt, off := p.lineViewOracle(n, lo, hi)
					v := p.lineView(n, lo, hi)
					if string(v.text) != string(txt) {
						t.Fatalf("%s: lineView(%d, %d) text %q, want %q", name, lo, hi, v.text, txt)
					}
					for i := range off {
						if got := v.srcOff(i); got != off[i] {
							t.Fatalf("%s: lineView(%d, %d) %q: srcOff(%d) = %d, want %d", name, lo, hi, txt, i, got, off[i])
						}
					}
				}
			}
			return ast.WalkContinue, nil
		})
	}
}

// Regexps replaced by hand scanners, kept as their oracles.
var (
	boldSentence  = regexp.MustCompile(`[.!?]\s+(?:(?:A|An|The)\s+)?(?:\*\*|__)\S`)
	sentenceBreak = regexp.MustCompile(`\p{Ll}{2}[.!?]\s+\p{Lu}`)
	emptyPara     = regexp.MustCompile(`<p>\s*(?:<br>\s*)*</p>`)
	allDigits     = regexp.MustCompile(`^\d{1,6}$`)
	numberLike    = regexp.MustCompile(`^[\d\s.:/,%+\-x×*()]+$`)
	codeLike      = regexp.MustCompile(`[{};<>=|\\]|\(\)|^\$|^[-*+]\s`)
	statementRE   = regexp.MustCompile(`^[A-Z]{2,}( [^ ;]+){0,11};$`)
	callNameRE    = regexp.MustCompile(`^([\pL_]|[\pL_.][\pL\pN_.:]{0,38}[\pL\pN_])\(\)$`)
	wordRE        = regexp.MustCompile(`[^\s]+`)
	numberedLabel = regexp.MustCompile(`(?i)^(step|part|chapter|section|lesson|lecture|day|week|phase|stage|round|level|exercise|question|q|problem|task|example|case|option|scenario|slide|page|unit|module|teil|partie|parte|deel|kapitel|chapitre|capitolo|hoofdstuk)\s*\d+[a-z]?$`)
)

// The oracles' regexps for what isTerm, isLabel and findSep learnt since:
// Title Case names, symbols before labels, chains of arrows.
var (
	titleCaseRE   = regexp.MustCompile(`^(["'“”‘’*_` + "`" + `]*\p{Lu}\S*)( ["'“”‘’*_` + "`" + `]*\p{Lu}\S*)+$`)
	symbolLabelRE = regexp.MustCompile(`^[^\pL\pN\x00-\x7f]+ (.*)$`)
	chainRE       = regexp.MustCompile(`→|->|=>|⇒|⟶|⟹`)
	caseWordsRE   = regexp.MustCompile(`^(` + caseWordRE + `)( ` + caseWordRE + `)*$`)
)

// caseWordRE is a word of a case's name: a capital or a digit first, or a
// small word such as "v.", "of", "&" (see isCaseTerm).
const caseWordRE = "[*_`]*(\\p{Lu}\\S*|\\p{N}\\S*|(v|v\\.|vs|vs\\.|of|the|and|&|for|de|du|des|la|le|von|van|der|den|ex|parte|rel\\.|in|re|on|upon|at)[*_`]*,?)"

// isTermOracle is isTerm as it was first written, with regexps.
func isTermOracle(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 80 || isLabelOracle(s) {
		return false
	}
	if strings.Count(s, `"`)%2 == 1 || strings.Count(s, "“") != strings.Count(s, "”") {
		return false // "\"Closure is when …\"": a quotation cut, not a term
	}
	if strings.Contains(s, "://") || strings.HasPrefix(strings.ToLower(s), "www.") {
		return false
	}
	if allDigits.MatchString(s) || isYearRangeOracle(s) {
		return true
	}
	if callNameRE.MatchString(s) || statementRE.MatchString(s) {
		return true
	}
	if numberLike.MatchString(s) || codeLike.MatchString(s) {
		return false
	}
	if w := wordRE.FindAllString(outsideBracketsOracle(s), -1); caseName().MatchString(s) && len(w) <= 14 &&
		!strings.HasSuffix(strings.Join(w, " "), ",") && caseWordsRE.MatchString(strings.Join(w, " ")) {
		return true // a case's name: "Palsgraf v. Long Island R.R."
	}
	outer := strings.ReplaceAll(strings.NewReplacer(" v. ", " v ", " vs. ", " vs ").Replace(outsideBracketsOracle(s)), "-, ", "- ")
	if strings.Contains(outer, ", ") || strings.Contains(outer, ". ") || strings.Contains(outer, "; ") ||
		strings.Contains(outer, "! ") || strings.HasSuffix(outer, ".") || strings.HasSuffix(outer, ",") {
		return false
	}
	words := wordRE.FindAllString(outer, -1)
	if len(words) == 0 {
		return false
	}
	if len(words) == 1 && !hasSpaceScript(words[0]) && utf8.RuneCountInString(words[0]) > 25 && !isCompoundWord(words[0]) {
		return false
	}
	if len(words) > 6 && (len(words) > 12 || !strings.HasSuffix(s, "?")) {
		return false
	}
	low := func(w string) string { return strings.ToLower(strings.Trim(w, "*_`\"'“”‘’")) }
	if notFirst[low(words[0])] && (!titleCaseRE.MatchString(strings.Join(words, " ")) || quantifiers[low(words[0])]) {
		return false
	}
	if !strings.HasSuffix(s, "?") {
		if notLast[low(words[len(words)-1])] || asWordsAbroad[strings.Trim(words[len(words)-1], "*_`\"'“”‘’")] {
			return false
		}
		for i, w := range words[1:] {
			if (clauseWords[low(w)] || conditionOpeners[low(w)]) && !isNameWord(words[i], strings.Trim(w, "*_`\"'“”‘’")) {
				return false
			}
		}
	}
	return true
}

// yearRangeRE is a span of years written with a hyphen: "1924-29", "476-1453".
var yearRangeRE = regexp.MustCompile(`^(\d{3,4})-(\d{2,4})$`)

// isYearRangeOracle is isYearRange with a regexp: the span's years run
// forward, its end in two digits after a year of four ("1914-18").
func isYearRangeOracle(s string) bool {
	m := yearRangeRE.FindStringSubmatch(s)
	if m == nil {
		return false
	}
	from, _ := strconv.Atoi(m[1])
	to, _ := strconv.Atoi(m[2])
	if len(m[2]) == 2 {
		return len(m[1]) == 4 && to > from%100
	}
	return to > from
}

// isLabelOracle is isLabel as it was first written, with the colon and a
// leading symbol ("✅ Answer:") since trimmed.
func isLabelOracle(s string) bool {
	s = strings.ToLower(strings.Trim(withoutLeadShortcode(strings.TrimLeft(strings.TrimSpace(s), "*_`")), "*_`.!:："))
	if m := symbolLabelRE.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	return labels[s] || remarksAbroad[s] || labelsAbroad[s] || proofTitles[s] || labelsCJK[s] || numberedLabel.MatchString(s)
}

// outsideBracketsOracle is outsideBrackets as it was first written.
func outsideBracketsOracle(s string) string {
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
	return strings.Join(strings.Fields(b.String()), " ")
}

// termInputs are tricky inputs for isTerm and its helpers.
var termInputs = []string{
	"", " ", "Term", "AWS WAF", "It is", "the thing", "Thing of", "Note", "NOTE", "Step 1", "step 12b", "EXERCISE  4", "Covalent mutex J-24", "\u212aey 2", "ſtep 3", "Q2",
	"Chapter 3K", "Case 1 2", "Step\x801", "8080", "1234567", "0", "12:30", "1 x 2", "3 × 4", "( )", "-", "- item",
	"-\titem", "*x", "$HOME", "f()", "a=b", "a\\b", "http://x", "WWW.site", "wwW.", "w\u00e9", "a, b", "a. b",
	"Dense café T-2", "“Quoted” Term", "**Bold** term", "`code` thing", "The (big) [red] dog", "（全角）用語", "a\u00a0b",
	"a\vb", "a\fb", "x  y", "a b c d e f", "a b c d e f g", "Is it?", "What is this?", "It's", "Which one is?",
	"Supercalifragilisticexpialidocious", "日本語日本語日本語日本語日本語日本語日本語日本語日本語", "\xff\xfe", "(", "a (b",
	"a b)", "x IS y", "WWW.X", "HTTPS://x", "Http:/", "\u0130f", "\u212a", "\xffwww.", "queſtion 2", "Taſk 3ſ", "q 12", "q12z", "q12zz", "question", "Page\t7 ",
	"case\n4x", "day 1\u212a", "unit 5\u0130", "stage 0Z", "module 9é", "qu 1", "X Was", "ÉCOLE Of", "Straße", "İstanbul", "K", "Term\x00", "a\x85b", "它能「保留狀態」", "層級化，保留", "結束。",
	"append()", "a²()", ".()", "Vec::new()", "x:()", "SHOW TABLES;", "USE db;", "USE  db;", "AB;", "A b;", "SELECT * FROM t;;",
	"1924-29", "1929-1933", "1914-18", "476-1453", "2023-06", "1933-1929", "19-20", "12345-6", "1914-1", "1914--18", "-1914", "1914-", "1999-00",
}

// checkTerm compares isTerm and its helpers with their oracles on s.
func checkTerm(t *testing.T, s string) {
	if got, want := isTerm(s), isTermOracle(s); got != want {
		t.Errorf("isTerm(%q) = %v, want %v", s, got, want)
	}
	if got, want := isLabel(s), isLabelOracle(s); got != want {
		t.Errorf("isLabel(%q) = %v, want %v", s, got, want)
	}
	if got, want := outsideBrackets(s), outsideBracketsOracle(s); got != want {
		t.Errorf("outsideBrackets(%q) = %q, want %q", s, got, want)
	}
	if got, want := isNumberedLabel(strings.ToLower(s)), numberedLabel.MatchString(strings.ToLower(s)); got != want {
		t.Errorf("isNumberedLabel(%q) = %v, want %v", strings.ToLower(s), got, want)
	}
	if got, want := isShortNumber(s), allDigits.MatchString(s); got != want {
		t.Errorf("isShortNumber(%q) = %v, want %v", s, got, want)
	}
	if got, want := isNumberLike(s), numberLike.MatchString(s); got != want {
		t.Errorf("isNumberLike(%q) = %v, want %v", s, got, want)
	}
	if got, want := isCodeLike(s), codeLike.MatchString(s); got != want {
		t.Errorf("isCodeLike(%q) = %v, want %v", s, got, want)
	}
	for _, prefix := range []string{"www.", "http://", "https://", "i", "k"} {
		if got, want := hasLowerPrefix(s, prefix), strings.HasPrefix(strings.ToLower(s), prefix); got != want {
			t.Errorf("hasLowerPrefix(%q, %q) = %v, want %v", s, prefix, got, want)
		}
	}
	for _, m := range []map[string]bool{labels, notFirst, notLast, clauseWords} {
		if got, want := lookupLower(m, s), m[strings.ToLower(s)]; got != want {
			t.Errorf("lookupLower(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTerm(t *testing.T) {
	for _, s := range termInputs {
		checkTerm(t, s)
	}
	for w := range labels {
		checkTerm(t, w)
		checkTerm(t, strings.ToUpper(w)+" 2")
	}
}

func FuzzTerm(f *testing.F) {
	fuzzEach(f, termInputs, checkTerm)
}

// scannerInputs are tricky inputs for the scanners.
var scannerInputs = []string{
	"", ".", "a. **b**", "ab. **b**", "x. A **y** z. The __w__ and. An **v**", "x.  \t**y", "x.**y", "x. ** y", "x. **",
	"x. A**y", "x. An  __é__", "x! The\n**y**. Then. A **z", "it is. Then we go", "ab.Cd", "ab. cd", "éè. Ça va",
	"ab.\fX", "ab. \u00a0X", "ab . X", "a1. X", "aB. X", "ab? Xy! Zz. Aa", "xx.\xffY", "xx. \xff", "\xffab. C",
	"<p></p>", "<p> <br> <br></p>x<p>y</p>", "<p><p></p>", "<p>\n</p><p><br><br></p>", "<p><br/></p>", "<p>a</p><p> </p>",
	"<P></P>", "<p>\v</p>", "<p><br></p",
}

// checkScanners compares each hand scanner with its regexp on s.
func checkScanners(t *testing.T, s string) {
	var want []int
	for _, m := range boldSentence.FindAllIndex([]byte(s), -1) {
		want = append(want, m[0])
	}
	if got := boldSentenceStarts([]byte(s)); !slices.Equal(got, want) {
		t.Errorf("boldSentenceStarts(%q) = %v, want %v", s, got, want)
	}
	var got [][]int
	for start, end := nextSentenceBreak(s, 0); start >= 0; start, end = nextSentenceBreak(s, end) {
		got = append(got, []int{start, end})
	}
	if want := sentenceBreak.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Errorf("nextSentenceBreak(%q) finds %v, want %v", s, got, want)
	}
	if got, want := removeEmptyParas(s), emptyPara.ReplaceAllString(s, ""); got != want {
		t.Errorf("removeEmptyParas(%q) = %q, want %q", s, got, want)
	}
}

func TestScanners(t *testing.T) {
	for _, s := range scannerInputs {
		checkScanners(t, s)
	}
}

func FuzzScanners(f *testing.F) {
	fuzzEach(f, scannerInputs, checkScanners)
}

// findSepOracle is findSep as it was first written.
func findSepOracle(t []byte) (i, j int, sep string, ok bool) {
	depth := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch c {
		case '(', '[', '{':
			depth++
			continue
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
			continue
		}
		if c == '"' {
			i += quoted(t[i:], `"`, `"`)
			continue
		}
		if c < utf8.RuneSelf && c != ':' && c != ' ' {
			continue
		}
		rest := t[i:]
		if bytes.HasPrefix(rest, []byte("“")) {
			i += quoted(rest, "“", "”")
			continue
		}
		switch {
		case bytes.HasPrefix(rest, fullOpen):
			depth++
		case bytes.HasPrefix(rest, fullClose):
			if depth > 0 {
				depth--
			}
		case depth > 0:
		case bytes.HasPrefix(rest, fullColon):
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
		case bytes.HasPrefix(rest, cjkDash):
			return i, i + len(cjkDash), "——", true
		case bytes.HasPrefix(rest, arrow):
			if chainRE.Match(rest[len(arrow):]) {
				return 0, 0, "", false // a chain of arrows
			}
			return i, i + len(arrow), "→", true
		case c == ' ':
			for _, s := range dashSeps {
				if bytes.HasPrefix(rest, []byte(s)) {
					if strings.ContainsAny(s, ">→") && chainRE.Match(rest[len(s):]) {
						return 0, 0, "", false
					}
					return i, i + len(s), strings.TrimSpace(s), true
				}
				closed := strings.TrimSuffix(s, " ") + "\x00 " // the dash that ends a bold term
				if !strings.ContainsAny(s, ">→=") && bytes.HasPrefix(rest, []byte(closed)) {
					return i, i + len(closed), strings.TrimSpace(s), true
				}
			}
		}
	}
	return 0, 0, "", false
}

// sepInputs are tricky inputs for findSep.
var sepInputs = []string{
	"", "a: b", "a :: b", "a:b", "a:", "a:\x00 b", "a（b: c）: d", "a (b: c) - d", "a → b", "a -> b", "a => b",
	"a — b", "a – b", "a --- b", "a = b", "a -b", "a ：b", "（a：b）：c", "a\xe2 b", "a \xe2\x80", "x ) y: z", "a\t: b",
	"a -> b -> c", "a → b => c", "a --> b", "a ⇒ b", "a ⟶ b ⟶ c", "a ==> b", "a --> b -> c", "a - b -> c", "a -> b - c", "並行:微觀", "a:微", "時間:12:30", "进程——资源", "线程 —— CPU", ":微", `"a - b" - c`, `“a: b” - c`, `"open - x`, `“x - y`, `a "b" - c`, "a -\x00 b", "a –\x00 b", "a =\x00 b", "a --\x00 b",
}

func checkSep(t *testing.T, s string) {
	i, j, sep, ok := findSep(view{text: []byte(s)})
	wi, wj, wsep, wok := findSepOracle([]byte(s))
	if i != wi || j != wj || sep != wsep || ok != wok {
		t.Errorf("findSep(%q) = %d, %d, %q, %v, want %d, %d, %q, %v", s, i, j, sep, ok, wi, wj, wsep, wok)
	}
}

func TestFindSep(t *testing.T) {
	for _, s := range sepInputs {
		checkSep(t, s)
	}
}

func FuzzFindSep(f *testing.F) {
	fuzzEach(f, sepInputs, checkSep)
}

// firstVerbOracle is how verbSplit first looked for its verb.
func firstVerbOracle(t string) (int, string) {
	best, verb := -1, ""
	for _, vb := range verbs {
		if i := strings.Index(t, vb); i > 0 && (best < 0 || i < best) {
			best, verb = i, vb
		}
	}
	return best, verb
}

// verbInputs are tricky inputs for firstVerb.
var verbInputs = []string{
	"", " is ", "a is b", " is a is b", "x is defined as y", "x is y is defined as z", " means x means y",
	"a are b is c", "a refers to b", "a stands for b", "a  is  b", "a is", "a\x00 is b", "x refers tois y",
}

func checkVerb(t *testing.T, s string) {
	i, vb := firstVerb([]byte(s))
	if wi, wvb := firstVerbOracle(s); i != wi || vb != wvb {
		t.Errorf("firstVerb(%q) = %d, %q, want %d, %q", s, i, vb, wi, wvb)
	}
}

func TestFirstVerb(t *testing.T) {
	for _, s := range verbInputs {
		checkVerb(t, s)
	}
}

func FuzzFirstVerb(f *testing.F) {
	fuzzEach(f, verbInputs, checkVerb)
}

// TestListCache renders every list of the fast path notes twice: after the
// whole note, from the cache, and alone with an empty cache.
func TestListCache(t *testing.T) {
	for name, src := range fastpathNotes(t) {
		cached, fresh := parseTree(src), parseTree(src)
		var top []ast.Node
		for n := cached.doc.FirstChild(); n != nil; n = n.NextSibling() {
			top = append(top, n)
		}
		cached.blocksHTML(top)
		if name == "synth" && len(cached.listHTML) == 0 {
			t.Errorf("synth: no list cached")
		}
		var lists []*ast.List
		_ = ast.Walk(fresh.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if l, ok := n.(*ast.List); ok && entering {
				lists = append(lists, l)
			}
			return ast.WalkContinue, nil
		})
		k := 0
		_ = ast.Walk(cached.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if l, ok := n.(*ast.List); ok && entering {
				fresh.listHTML = nil
				if got, want := cached.blocksHTML([]ast.Node{l}), fresh.blocksHTML([]ast.Node{lists[k]}); got != want {
					t.Errorf("%s: list %d renders as %q from the cache, %q alone", name, k, got, want)
				}
				k++
			}
			return ast.WalkContinue, nil
		})
	}
}

// checkMoreRunes checks that moreRunes(s, n) implies more than n runes in stripTags(s).
func checkMoreRunes(t *testing.T, s string, n int) {
	if n < 0 {
		n = -n
	}
	if moreRunes(s, n) && utf8.RuneCountInString(stripTags(s)) <= n {
		t.Errorf("moreRunes(%q, %d), but stripTags gives %q", s, n, stripTags(s))
	}
}

func TestMoreRunes(t *testing.T) {
	for _, s := range append(scannerInputs, termInputs...) {
		for n := range 12 {
			checkMoreRunes(t, s, n)
		}
	}
}

func FuzzMoreRunes(f *testing.F) {
	f.Add("<b>ab</b> c\u00a0d<", 3)
	f.Fuzz(checkMoreRunes)
}

// TestAppendLower checks appendLower against strings.ToLower, the oracle,
// on the scanners' inputs and on text that is not valid UTF-8.
func TestAppendLower(t *testing.T) {
	for _, s := range append(scannerInputs, termInputs...) {
		checkAppendLower(t, s)
	}
	for _, s := range []string{"Übung", "DÉFINITION", "ȺB", "İstanbul", "a\xffB", "\xc3", "\uFFFDX", "ΣΟΦΊΑ"} {
		checkAppendLower(t, s)
	}
}

func FuzzAppendLower(f *testing.F) {
	f.Add("Définition\xff")
	f.Fuzz(checkAppendLower)
}

func checkAppendLower(t *testing.T, s string) {
	if got, want := string(appendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
		t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
	}
}

// reagentInputs are lines with arrows, reactions and prose alike.
var reagentInputs = []string{
	"Alkene --HBr--> haloalkane",
	"CH3COOH + C2H5OH --(conc. H2SO4)--> CH3COOC2H5 + H2O",
	"Ketone —NaBH4→ secondary alcohol",
	"Alcohol ->[PCC] aldehyde",
	"Ester — (H+) → acid", "Ester –[O] ⟶ acid", "a ---> b", "a ----HBr----> b",
	"warm → unlocks hashes", "A -> B -> C", "x → [y] z", "→ start", "a -→ b",
	"Primary alkanol --[O]--> alkanal --[O]--> alkanoic acid", "no arrow at all",
}

// checkReagentArrow checks that mayBeReagentArrow rules out no line that
// reagentArrowRE matches.
func checkReagentArrow(t *testing.T, s string) {
	if reagentArrowRE().MatchString(s) && !mayBeReagentArrow(s) {
		t.Errorf("mayBeReagentArrow(%q) = false, but reagentArrowRE matches", s)
	}
}

func TestReagentArrow(t *testing.T) {
	for _, s := range reagentInputs {
		checkReagentArrow(t, s)
	}
	if mayBeReagentArrow("warm → unlocks hashes") {
		t.Error("mayBeReagentArrow holds an arrow between words")
	}
}

func FuzzReagentArrow(f *testing.F) {
	fuzzEach(f, reagentInputs, checkReagentArrow)
}

// namesAbroadOracle is namesAbroad as it was first written: a search of
// line for each pattern.
func namesAbroadOracle(line []byte) bool {
	if bytes.Contains(line, []byte("と呼")) || bytes.Contains(line, []byte("という")) || bytes.Contains(line, []byte("と言う")) {
		return true
	}
	for _, v := range namingAbroad {
		if bytes.Contains(line, v) {
			return true
		}
	}
	return false
}

// findCopulaAbroadOracle is findCopulaAbroad without its lead-byte
// pre-check: every copula tested after every space of the first words.
func findCopulaAbroadOracle(t []byte) (int, int) {
	words := 1
	for i := 1; i < len(t) && words <= maxSubjectAbroad; i++ {
		if t[i] != ' ' {
			continue
		}
		if n := copulaAbroadAt(t, i); n > 0 {
			return i, n
		}
		words++
	}
	return -1, 0
}

// abroadInputs are lines that name or define a term in other languages, and
// lines that almost do.
var abroadInputs = []string{
	"", " ", "x se", "x se llama", "Esta región se llama **centrómero**", "Diesen Vorgang nennt man **Osmose**",
	"Das heißt", "Il punto si chiama **x**", "Ce point s’appelle **y**", "Ce point s'appellent", " recibe el nombre de z",
	"それを**X**という", "…は**キャッシュ**と呼ばれる。", "と", "と言", "x sé llama", "x  se  llama",
	"Eine Menge ist eine Zusammenfassung", "Un teorema è un enunciato", "O átomo é a unidade", "Ini adalah server",
	"CSDL là hệ thống", "La vie est belle", "El voto es un derecho", "a b c d e f ist ein x", "a ist ein", "a est l’x",
	"Ein x ist", "a\u00a0ist ein x", "è un x", "a è", "a \xc3",
}

// checkAbroad compares namesAbroad and findCopulaAbroad with their oracles on s.
func checkAbroad(t *testing.T, s string) {
	if got, want := namesAbroad([]byte(s)), namesAbroadOracle([]byte(s)); got != want {
		t.Errorf("namesAbroad(%q) = %v, want %v", s, got, want)
	}
	i, n := findCopulaAbroad([]byte(s))
	if wi, wn := findCopulaAbroadOracle([]byte(s)); i != wi || n != wn {
		t.Errorf("findCopulaAbroad(%q) = %d, %d, want %d, %d", s, i, n, wi, wn)
	}
}

// TestAbroad checks namesAbroad and findCopulaAbroad on abroadInputs and on
// every line of the fast path notes.
func TestAbroad(t *testing.T) {
	checkEachLine(t, abroadInputs, checkAbroad)
}

// checkEachLine runs check on each of inputs and on every line of the fast
// path notes, as the tests that pin a quick test to its oracle do.
func checkEachLine(t *testing.T, inputs []string, check func(*testing.T, string)) {
	for _, s := range inputs {
		check(t, s)
	}
	for _, src := range fastpathNotes(t) {
		for line := range strings.SplitSeq(string(src), "\n") {
			check(t, line)
		}
	}
}

// fuzzEach seeds f with inputs and fuzzes check, the oracle comparison
// that checkEachLine runs on them.
func fuzzEach(f *testing.F, inputs []string, check func(*testing.T, string)) {
	for _, s := range inputs {
		f.Add(s)
	}
	f.Fuzz(check)
}

func FuzzAbroad(f *testing.F) {
	fuzzEach(f, abroadInputs, checkAbroad)
}

// readKeyOracle is appendReadKey as it read every rune through unicode's
// tables, the oracle of its ASCII path.
func readKeyOracle(front string) string {
	var b []byte
	space, tag := false, false
	for _, r := range front {
		switch {
		case tag:
			tag = r != '>'
			continue
		case r == '<':
			tag = true
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	if bytes.IndexByte(b, '&') >= 0 {
		return html.UnescapeString(string(b))
	}
	return string(b)
}

// checkReadKey checks appendReadKey against the oracle, and that
// firstKeyRune is the key's first rune unless it reads '&'.
func checkReadKey(t *testing.T, s string) {
	key := readKeyOracle(s)
	if got, want := string(appendReadKey([]byte("x"), s)), "x"+key; got != want {
		t.Errorf("appendReadKey(%q) = %q, want %q", s, got, want)
	}
	want := rune(-1)
	if key != "" {
		want, _ = utf8.DecodeRuneInString(key)
	}
	if got := firstKeyRune(s); got != want && got != '&' {
		t.Errorf("firstKeyRune(%q) = %q, want %q (key %q)", s, got, want, key)
	}
}

// TestReadKey checks appendReadKey against the oracle on the scanners'
// inputs, white space of every kind, tags, entities and bad UTF-8.
func TestReadKey(t *testing.T) {
	for _, s := range append(scannerInputs, termInputs...) {
		checkReadKey(t, s)
	}
	for _, s := range []string{"", " ", "  A\tB\nC\vD\fE\rF  ", "<strong>S</strong>ituation", "a\u00a0B\u0085c\u2003D",
		"ÜBUNG İstanbul", "A &amp; B", "&eacute;t&eacute;", " <i>&#65;</i>", "&", "<b></b>", "a\xffB", "\xc3", "<b", "a>b", "ΣΟΦΊΑ", "x\x00Y\x7f@[`{"} {
		checkReadKey(t, s)
	}
}

func FuzzReadKey(f *testing.F) {
	f.Add("<b>Übung</b>\u00a0 Z &lt;\xff")
	f.Fuzz(checkReadKey)
}

// aboutNotesInputs are lead-ins about the notes, and lead-ins that almost
// are, with the runes that fold or lower to ASCII letters.
var aboutNotesInputs = []string{
	"", "notes", "Welcome to my CSS notes!", "  WELCOME TO ", "Welcome to", "Welcome!", "welcome!!", "Welcome back",
	"The following are questions and answers from the Exam 1 Study Guide:", "QUESTIONS AND ANSWERS FOR", "My Notes",
	"These NOTES are", "Questİons and answers from", "questions and answers fro", "my note", "ſome notes", "my noteſ",
	"theſe notes", "Kelvin notes", "my\u00a0notes", "my  notes", "answers", "Welcome\xffto", "my N\u0130tes",
	"İ my notes", "Ｗelcome to", "these notes\xc3",
}

// checkAboutNotes compares aboutNotes with speaksOfNotes, the full test
// its quick test guards, on s.
func checkAboutNotes(t *testing.T, s string) {
	if got, want := aboutNotes(s), speaksOfNotes(s); got != want {
		t.Errorf("aboutNotes(%q) = %v, want %v", s, got, want)
	}
}

// TestAboutNotes checks aboutNotes on aboutNotesInputs and on every line of
// the fast path notes.
func TestAboutNotes(t *testing.T) {
	checkEachLine(t, aboutNotesInputs, checkAboutNotes)
}

func FuzzAboutNotes(f *testing.F) {
	fuzzEach(f, aboutNotesInputs, checkAboutNotes)
}

// TestOpensLetterLine pins opensLetterLine, the quick test of letterBullets,
// to a look at every line of the inputs and of the fast path notes.
func TestOpensLetterLine(t *testing.T) {
	inputs := []string{"", "o", "o ", "o DNA", "also into to ", "x\n\t o Maltose", "x\no", "to \n  o x", "a o b\no", "\r o x", " \t\to \n"}
	for _, src := range fastpathNotes(t) {
		inputs = append(inputs, string(src))
	}
	for _, s := range inputs {
		want := false
		for l := range strings.SplitAfterSeq(s, "\n") {
			want = want || strings.HasPrefix(strings.TrimLeft(l, " \t"), "o ")
		}
		if got := opensLetterLine([]byte(s)); got != want {
			t.Errorf("opensLetterLine(%.60q) = %v, want %v", s, got, want)
		}
	}
}

// readingsTitleInputs are titles around readingsTitle's matches, in the
// cases and foldings the regexp's (?i) takes.
var readingsTitleInputs = []string{
	"", "Readings", "readings:", "Readings :", "READING LIST", "Reading list:\t", "Further resources", "References::",
	"Readings and References", "reading and resources :", "Required Readings", "Recommended readings and references:",
	"Readingſ", "READINGſ", "Reading liſt", "Reſources", "Referenceſ", "Readings\u00a0", "Readings\v", "Readings\f:",
	"## Readings", "**Resources**", "Further resources.", "Resource", "Sources", "Glossary", "Reading", "misreading",
	"Readings 1", "Readings (week 1)", "Readings\xff", "Ｒeadings",
}

// checkReadingsTitle compares isReadingsTitle with the regexp it guards.
func checkReadingsTitle(t *testing.T, s string) {
	want := len(s) <= len("recommended readings and references:") && readingsTitle().MatchString(strings.TrimSpace(trimMarks(s)))
	if got := isReadingsTitle(s); got != want {
		t.Errorf("isReadingsTitle(%q) = %v, want %v", s, got, want)
	}
}

// TestReadingsTitle checks isReadingsTitle's quick test on
// readingsTitleInputs and on every line of the fast path notes.
func TestReadingsTitle(t *testing.T) {
	checkEachLine(t, readingsTitleInputs, checkReadingsTitle)
}

func FuzzReadingsTitle(f *testing.F) {
	fuzzEach(f, readingsTitleInputs, checkReadingsTitle)
}

// quickRegexpInputs are lines around quizLead's and vimwikiTag's matches.
var quickRegexpInputs = []string{
	"", "1", "1.", "12) What", "№11", "№ 11", "#3 Which", "Q3)", "Q 3:", "No. 4", "No 4", "No.4 x", " 1. x", "\t12 x",
	"1234", "Nope", "Question 1", "a1", "\u2116", "\u2013 1", ":", "::", ":a:", ":a:b:", ":a", "a:", ":a b:", ":ü-1_x:",
	":a:\n", "\u00a01", "\n1",
}

// checkQuickRegexps compares opensQuizLead and vimwikiTags's quick tests
// with the regexps they guard.
func checkQuickRegexps(t *testing.T, s string) {
	if got, want := opensQuizLead(s), quizLead().MatchString(s); got != want {
		t.Errorf("opensQuizLead(%q) = %v, want %v", s, got, want)
	}
	if got, want := vimwikiTags([]byte(s)) != nil, vimwikiTag().MatchString(s) && vimwikiTags([]byte(s)) != nil; got != want {
		t.Errorf("vimwikiTags(%q) != nil is %v, want %v", s, got, want)
	}
}

// TestQuickRegexps checks opensQuizLead and vimwikiTags on
// quickRegexpInputs and on every line of the fast path notes.
func TestQuickRegexps(t *testing.T) {
	checkEachLine(t, quickRegexpInputs, checkQuickRegexps)
}

func FuzzQuickRegexps(f *testing.F) {
	fuzzEach(f, quickRegexpInputs, checkQuickRegexps)
}
