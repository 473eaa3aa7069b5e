package extract

import (
	"bytes"
	"math/bits"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFastText(t *testing.T) {
	re := regexp.MustCompile(`<[^>]*>`)
	for _, s := range []string{
		"", " ", "a", " a", "a ", "a  b", "a b", "a\tb", "a\u00a0b", "a\u2003b", "é ü", "a \n b",
		"<b>x</b> y", "a < b", "a <b", "<<b>>", "x <a\nhref=1>y</a>", "\xff a", "a\x85b", "a\u0085b", "\v", "a\u3000b", "\u2000", "a \u2029", "\xe2\x80 ", "\xf0\xe2\x80\x80x", "<b>a</b><", "a<b<c>d", "x< <y", "<", ">", "<>", "a<b>c<d", "  <i> é </i>  ",
		"eight by", "eight bytes at a time", "seven b  eight b", "sevenby  eight", "a word\n across", "twelve letters\t",
		"café – crème brûlée", "日本語の文章です。", "a\u00a0long nbsp line", "ends with a space ", " starts with one",
		"\x01control byte in a word", "a\u2028line sep", "exactly8", "exactly8 ", "12345678  12345678", "1234567 \u00a0",
		"a b cd\x01xyz", "abc \x01xyz", "ab cdef\u00a0gh", "ab cde \u2003x", "ab cd e\u00e9 f g h", "one two three four five six", "a &amp;  b", "x&nbsp;&nbsp;y", "&#32;a&#9;", "<p> a </p>\n<p>&emsp;b</p>",
	} {
		if got, want := ReplaceTags(s), re.ReplaceAllString(s, " "); got != want {
			t.Errorf("ReplaceTags(%q) = %q, want %q", s, got, want)
		}
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
		if got, want := isJoinedFields(s), strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Errorf("isJoinedFields(%q) = %v, want %v", s, got, want)
		}
		if got, want := joinTagFields(s), strings.Join(strings.Fields(re.ReplaceAllString(s, " ")), " "); got != want {
			t.Errorf("joinTagFields(%q) = %q, want %q", s, got, want)
		}
		if st := stripTags(s); strings.Join(strings.Fields(st), " ") != st {
			t.Errorf("stripTags(%q) = %q, not its words joined by one space", s, st)
		}
	}
}

func FuzzFastText(f *testing.F) {
	re := regexp.MustCompile(`<[^>]*>`)
	f.Add("a <b>c</b>\u00a0 d")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := ReplaceTags(s), re.ReplaceAllString(s, " "); got != want {
			t.Errorf("ReplaceTags(%q) = %q, want %q", s, got, want)
		}
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
		if got, want := countFields(s), len(strings.Fields(s)); got != want {
			t.Errorf("countFields(%q) = %d, want %d", s, got, want)
		}
		if got, want := isJoinedFields(s), strings.Join(strings.Fields(s), " ") == s; got != want {
			t.Errorf("isJoinedFields(%q) = %v, want %v", s, got, want)
		}
		if got, want := joinTagFields(s), strings.Join(strings.Fields(re.ReplaceAllString(s, " ")), " "); got != want {
			t.Errorf("joinTagFields(%q) = %q, want %q", s, got, want)
		}
		if st := stripTags(s); strings.Join(strings.Fields(st), " ") != st {
			t.Errorf("stripTags(%q) = %q, not its words joined by one space", s, st)
		}
	})
}

// checkWriteEscaped compares writeEscaped with escapeText on s.
func checkWriteEscaped(t *testing.T, s string) {
	var b bytes.Buffer
	writeEscaped(&b, []byte(s))
	if got, want := b.String(), escapeText(s); got != want {
		t.Errorf("writeEscaped(%q) = %q, want %q", s, got, want)
	}
}

func TestWriteEscaped(t *testing.T) {
	for _, s := range []string{"", "a", "a&b", "<b>\"x\"</b>", "eight by", "plain ascii text, long", "seven b&", "1234567>x", "café au lait & more",
		"a long line with <b>bold</b> and \"quotes\" in it", "12345678\xff12345678", "日本語 and English text", "tail é", "é&", "\xff", "a\xffb", "\xe2\x82", "\xe2\x82<",
		"\ufffd", "\xc0\x80", "&&&", "x > y & \"z\"", "日本語<", "\xf0\x9f\x98\x80>"} {
		checkWriteEscaped(t, s)
	}
}

func FuzzWriteEscaped(f *testing.F) {
	f.Add("a <b>&\"é\xff")
	f.Fuzz(checkWriteEscaped)
}

func TestCutTrailingColon(t *testing.T) {
	for _, s := range []string{"", ":", "a:", "a :", "a : ", "a:</b>", "a: </b> </i>", "a:</b>x", "a::", "a: :",
		"Term：", "a\t:\n</b>\f", "a:</B>", "a:<//b>", "a</b>:", "é: </em>", "a: </b", "a:</>"} {
		if got, want := cutTrailingColon(s), trailingColon().ReplaceAllString(s, "$1"); got != want {
			t.Errorf("cutTrailingColon(%q) = %q, want %q", s, got, want)
		}
		if got, want := plainText(s), escapeText(s) == s; got != want {
			t.Errorf("plainText(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzCutTrailingColon(f *testing.F) {
	f.Add("Term: </b> </i>")
	f.Add("a：\t")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cutTrailingColon(s), trailingColon().ReplaceAllString(s, "$1"); got != want {
			t.Errorf("cutTrailingColon(%q) = %q, want %q", s, got, want)
		}
		if got, want := plainText(s), escapeText(s) == s; got && !want {
			t.Errorf("plainText(%q) = %v but escapeText changes it", s, got)
		}
	})
}

// TestQuickSearches pins the byte searches that stand in for
// bytes.ContainsAny and bytes.IndexAny to those calls.
func TestQuickSearches(t *testing.T) {
	for _, s := range []string{
		"", ":", "：", "a:b", "a：b", "ab：c:d", "ab:c：d", "**x**", "_x_", "x", "é：", "\xef\xbc", "Daniel: hi", "Lea： hallo: du", "\xff:",
		"a %% b", "x ^[n]", "$x$", `\(`, "a == b", "{{c1::x}}", "ü{", "é=",
	} {
		b := []byte(s)
		if got, want := hasEmphasisMark(b), bytes.ContainsAny(b, "*_"); got != want {
			t.Errorf("hasEmphasisMark(%q) = %v, want %v", s, got, want)
		}
		if got, want := indexColon(b), bytes.IndexAny(b, ":："); got != want {
			t.Errorf("indexColon(%q) = %d, want %d", s, got, want)
		}
		if got, want := holdsSheetMark(b), bytes.ContainsAny(b, sheetMarks); got != want {
			t.Errorf("holdsSheetMark(%q) = %v, want %v", s, got, want)
		}
	}
}

// sheetMarkInputs are tricky inputs for holdsSheetMark: each mark alone,
// at either end, after a multi-byte rune, and bytes next to the marks.
var sheetMarkInputs = []string{
	"", "%", "[", "$", `\`, "=", "{", "~", "^", ":", ";", "a%", "^a", "é~", "日本;", "\xff=", "\x80{",
	"]", "}", "<", ">", "|", "#", "!", "@", "`", "?", "\x00", "\x7f", "plain words only", "H₂O^2", "x ; y",
}

// checkSheetMark compares holdsSheetMark with strings.ContainsAny on s.
func checkSheetMark(t *testing.T, s string) {
	if got, want := holdsSheetMark([]byte(s)), strings.ContainsAny(s, sheetMarks); got != want {
		t.Errorf("holdsSheetMark(%q) = %v, want %v", s, got, want)
	}
}

// TestHoldsSheetMark pins holdsSheetMark to strings.ContainsAny on tricky
// inputs and on every line of the fast path notes.
func TestHoldsSheetMark(t *testing.T) {
	checkEachLine(t, sheetMarkInputs, checkSheetMark)
}

func FuzzHoldsSheetMark(f *testing.F) {
	fuzzEach(f, sheetMarkInputs, checkSheetMark)
}

// bidiInputs are tricky inputs for hasBidiMark: marks at either end, cut
// short, next to "ю", "я" and other lead bytes they share.
var bidiInputs = []string{
	"", "\u200e", "\u200f", "\u061c", "x\u200f", "\u200fx", "\xe2\x80", "\xe2", "\xd8", "\xe2\x80\u200e",
	"\xd8\xd8\x9c", "юя – “x”", "юя\xe2\x80\x8d", "\u2013\u200f", "\u0600\u061b", "\u061c\xe2",
}

func checkBidiMark(t *testing.T, s string) {
	b := []byte(s)
	want := bytes.Contains(b, lrmBytes) || bytes.Contains(b, rlmBytes) || bytes.Contains(b, almBytes)
	if got := hasBidiMark(b); got != want {
		t.Errorf("hasBidiMark(%q) = %v, want %v", s, got, want)
	}
}

// TestHasBidiMark pins hasBidiMark to three searches on tricky inputs and
// on the fast path notes, whole and line by line.
func TestHasBidiMark(t *testing.T) {
	checkEachLine(t, bidiInputs, checkBidiMark)
	for _, src := range fastpathNotes(t) {
		checkBidiMark(t, string(src))
	}
}

func FuzzHasBidiMark(f *testing.F) {
	fuzzEach(f, bidiInputs, checkBidiMark)
}

// mayHoldConditionOracle is mayHoldCondition as it was first written: a
// search for each pattern in turn.
func mayHoldConditionOracle(t []byte) bool {
	for _, w := range []string{" if", " when", " si ", " wenn ", " falls ", " se ", " als ", " jika ", " apabila ", " jeśli ", " gdy ", " nếu ", " khi "} {
		if bytes.Contains(t, []byte(w)) {
			return true
		}
	}
	return false
}

// conditionInputs are tricky inputs for mayHoldCondition.
var conditionInputs = []string{
	"", " ", " i", " if", "x if", "x ifs", "x when", " whe", " wenn", " wenn x", "a, si b", " si", " nếu x", " nế",
	"x kh i", " khi ", "x jeśli y", "  gdy  ", "x apabila", "x apabila y", " falls ", "*x* se y", "iff", "a\tif b",
}

func checkCondition(t *testing.T, s string) {
	if got, want := mayHoldCondition([]byte(s)), mayHoldConditionOracle([]byte(s)); got != want {
		t.Errorf("mayHoldCondition(%q) = %v, want %v", s, got, want)
	}
}

// TestMayHoldCondition pins mayHoldCondition to its oracle on tricky
// inputs and on every line of the fast path notes.
func TestMayHoldCondition(t *testing.T) {
	checkEachLine(t, conditionInputs, checkCondition)
}

func FuzzMayHoldCondition(f *testing.F) {
	fuzzEach(f, conditionInputs, checkCondition)
}

// namingsOracle is namings as it was first written: a search for each
// naming verb in turn.
func namingsOracle(text []byte) int {
	if !hasEmphasisMark(text) {
		return 0
	}
	n := 0
	for _, v := range namingVerbs {
		for i := bytes.Index(text, v); i >= 0; {
			if namesInEmphasis(text[i+len(v):]) {
				n++
			}
			k := bytes.Index(text[i+len(v):], v)
			if k < 0 {
				break
			}
			i += len(v) + k
		}
	}
	return n
}

// namingInputs are tricky inputs for namings.
var namingInputs = []string{
	"", " ", " c", " called", " called _x_", "x called the _y_ and known as **z**", " called_x_", " calledx _y_",
	"  called  *x*", " known as", " known as a *x*", " termed the an _x_", " referred to as _x_ referred to as _y_",
	" referred to a _x_", "called _x_", "x  termed _y_ termed", " known  as _x_", " called the  _x_", "_ _ called",
}

func checkNamings(t *testing.T, s string) {
	if got, want := namings([]byte(s)), namingsOracle([]byte(s)); got != want {
		t.Errorf("namings(%q) = %d, want %d", s, got, want)
	}
}

// TestNamings pins namings to its oracle on tricky inputs and on every
// line of the fast path notes.
func TestNamings(t *testing.T) {
	checkEachLine(t, namingInputs, checkNamings)
}

func FuzzNamings(f *testing.F) {
	fuzzEach(f, namingInputs, checkNamings)
}

// letterInputs are tricky inputs for the quick test of letterLabels.
var letterInputs = []string{
	"", ") ", "a) ", "a) intent\n\t- x\nb) problem\n\t- y\n", "x\na) intent\n\t- x\nb) problem\n\t- y",
	" a) intent\n\t- x\nb) problem\n\t- y\n", "b) intent\n\t- x\nc) problem\n\t- y\n", "(a) x) y\nA) one\n  - p\nB) two\n  - q",
	"xa) intent\n\t- x\nb) problem\n\t- y\n", "# H\nA) intent\n\t- x\n# K\nB) problem\n\t- y\n",
}

func checkLetterLabels(t *testing.T, s string) {
	if got, want := string(letterLabels([]byte(s))), string(relabelLetters([]byte(s))); got != want {
		t.Errorf("letterLabels(%q) = %q, want %q", s, got, want)
	}
}

// TestLetterLabelsQuick pins letterLabels, which tests a note for a first
// lettered label before reading its lines, to the reading alone on tricky
// inputs and on the fast path notes.
func TestLetterLabelsQuick(t *testing.T) {
	for _, s := range letterInputs {
		checkLetterLabels(t, s)
	}
	for _, src := range fastpathNotes(t) {
		checkLetterLabels(t, string(src))
	}
}

func FuzzLetterLabelsQuick(f *testing.F) {
	fuzzEach(f, letterInputs, checkLetterLabels)
}

// sentenceEndInputs are tricky inputs for lastSentenceEnd.
var sentenceEndInputs = []string{"", ".", ". ", "? ", " .", "a. b? c", "a? b. c", "..  ", "?? ", "x.", "a . b ? "}

func checkLastSentenceEnd(t *testing.T, s string) {
	if got, want := lastSentenceEnd(s), max(strings.LastIndex(s, ". "), strings.LastIndex(s, "? ")); got != want {
		t.Errorf("lastSentenceEnd(%q) = %d, want %d", s, got, want)
	}
}

// TestLastSentenceEnd pins lastSentenceEnd to the two searches it stands
// for on tricky inputs and on every line of the fast path notes.
func TestLastSentenceEnd(t *testing.T) {
	checkEachLine(t, sentenceEndInputs, checkLastSentenceEnd)
}

func FuzzLastSentenceEnd(f *testing.F) {
	fuzzEach(f, sentenceEndInputs, checkLastSentenceEnd)
}

// slowEndMark is firstEndMark as endMarkSplit read a line before: endMark
// at every byte.
func slowEndMark(t []byte) (k, n int, keep bool) {
	for ; k < len(t); k++ {
		if t[k] == 0 {
			return k, 0, false
		}
		if n, keep = endMark(t[k:]); n > 0 {
			return k, n, keep
		}
	}
	return k, 0, false
}

// checkFirstEndMark compares firstEndMark with slowEndMark on s.
func checkFirstEndMark(t *testing.T, s string) {
	k, n, keep := firstEndMark([]byte(s))
	wk, wn, wkeep := slowEndMark([]byte(s))
	if n != wn || keep != wkeep || n > 0 && k != wk {
		t.Errorf("firstEndMark(%q) = %d, %d, %v, want %d, %d, %v", s, k, n, keep, wk, wn, wkeep)
	}
}

func TestFirstEndMark(t *testing.T) {
	for _, s := range []string{"", "a", "?", "a; b", "آج ؟ today", "आज । today", "क्या ॥ x", "ሰላም። hi", "Τι κάνεις; How",
		"a\x00?", "é – “x” ?", "\xd8", "\xe0\xa5", "\xe1\x8d", "\xe0\xa5\xa4", "\xe2\x80\x93 ;", "\xd8\x9f", "x\xe0\xa5\xa5y",
		"日本語？ x", "a\xff?b"} {
		checkFirstEndMark(t, s)
	}
}

func FuzzFirstEndMark(f *testing.F) {
	f.Add("क्या हाल है ? How are you?")
	f.Add("كيف حالك؟ How")
	f.Fuzz(checkFirstEndMark)
}

// firstSpecial returns the index of the first byte of w for which special
// holds, or 8.
func firstSpecial(w uint64, special func(c byte) bool) int {
	for k := range 8 {
		if special(byte(w >> (8 * k))) {
			return k
		}
	}
	return 8
}

// TestWordMasks: the lowest set bit of escapeSpecials and wordSpecials is in
// the first byte they look for, on words of random bytes drawn mostly from
// the bytes they look for.
func TestWordMasks(t *testing.T) {
	escape := func(c byte) bool { return c >= utf8.RuneSelf || strings.IndexByte(`&<>"`, c) >= 0 }
	field := func(c byte) bool { return c < 0x0E || c == 0xC2 || c >= 0xE0 && c <= 0xE3 }
	picks := []byte("&<>\"\"'$%=?;:. a\x00\x01\t\n\r\x0d\x0e\x1f\x7f\x80\xc1\xc2\xc3\xdf\xe0\xe1\xe2\xe3\xe4\xfe\xff")
	r := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		var w uint64
		for k := range 8 {
			c := byte(r.IntN(256))
			if r.IntN(4) > 0 {
				c = picks[r.IntN(len(picks))]
			}
			w |= uint64(c) << (8 * k)
		}
		for _, tt := range []struct {
			name    string
			mask    uint64
			special func(byte) bool
		}{{"escapeSpecials", escapeSpecials(w), escape}, {"wordSpecials", wordSpecials(w), field}} {
			got := 8
			if tt.mask != 0 {
				got = bits.TrailingZeros64(tt.mask) >> 3
			}
			if want := firstSpecial(w, tt.special); got != want {
				t.Fatalf("%s(%#016x): first byte %d, want %d", tt.name, w, got, want)
			}
		}
	}
}

// dashPlusInputs are tricky inputs for hasDashPlus: "+" at either end,
// after a dash, a space or both, and runs of them.
var dashPlusInputs = []string{
	"", "+", "-", "-+", "+-", "- +", " +", "-  +", "--+", "++", "a+b", "x- +", "+ -+", "|---+---|",
	"sg. | pl.\n---------+--------", "- a\n+ b", "-\n+", "c++ - +1", "- -+",
}

func checkDashPlus(t *testing.T, s string) {
	b := []byte(s)
	want := bytes.Contains(b, []byte("-+")) || bytes.Contains(b, []byte("- +"))
	if got := hasDashPlus(b); got != want {
		t.Errorf("hasDashPlus(%q) = %v, want %v", s, got, want)
	}
}

// TestHasDashPlus pins hasDashPlus to two searches on tricky inputs and
// on the fast path notes, whole and line by line.
func TestHasDashPlus(t *testing.T) {
	checkEachLine(t, dashPlusInputs, checkDashPlus)
	for _, src := range fastpathNotes(t) {
		checkDashPlus(t, string(src))
	}
}

func FuzzHasDashPlus(f *testing.F) {
	fuzzEach(f, dashPlusInputs, checkDashPlus)
}

// headingDateInputs are tricky inputs for cutHeadingDate's quick test:
// years of three and four digits, cut by a letter, a dot or a slash, dates
// of history and of a class.
var headingDateInputs = []string{
	"", "2024", "202", "x2024", "ab 12345", "a1b2c3d4", "123x4567", "99999", "x 2024", "2024 x", "Mitosis (Oct 3, 2024)", "Mitosis (Oct 3, 202)", "Sept. 11, 2024 - Le Passé Composé",
	"2024-10-01 — Mitosis", "24-10-01 — Mitosis", "Mitosis – 03/10/2024", "Mitosis – 03/10/24", "14 July 1789 – Storming",
	"Oct 3rd 2024: Cells", "Oct 3rd 20x24: Cells", "1.2.2024 | Topic", "٢٠٢٤-10-01 — Mitosis", "20２4 - x",
}

// yearRun is the oracle of holdsYear.
var yearRun = regexp.MustCompile(`[0-9]{4}`)

func checkHeadingDate(t *testing.T, s string) {
	if got, want := holdsYear(s), yearRun.MatchString(s); got != want {
		t.Errorf("holdsYear(%q) = %v, want %v", s, got, want)
	}
	got, gok := cutHeadingDate(s)
	if want, wok := cutClassDate(s); got != want || gok != wok {
		t.Errorf("cutHeadingDate(%q) = %q, %v, want %q, %v", s, got, gok, want, wok)
	}
}

// TestCutHeadingDate pins cutHeadingDate to its walk past the quick test
// on tricky inputs and on every line of the fast path notes.
func TestCutHeadingDate(t *testing.T) {
	checkEachLine(t, headingDateInputs, checkHeadingDate)
}

func FuzzCutHeadingDate(f *testing.F) {
	fuzzEach(f, headingDateInputs, checkHeadingDate)
}

// formulaEndInputs are tricky inputs for formulaLen, whose formulas end at
// a "$" (the quick test of formulaFirst): spaced, escaped and unclosed ones.
var formulaEndInputs = []string{
	"", "$", "$$", "$x$", "$$x$$", "$ x = 1 $", "$ x $", "ab$", "$x$ |", "$x\\$", "$x$5", "$ \\sigma^2 $.", "$$ a $$ b",
	"$x <br> y$", "$`x`$", "$ $", "$$$$",
}

func checkFormulaEnd(t *testing.T, s string) {
	if k := formulaLen([]byte(s)); k > 0 && s[k-1] != '$' {
		t.Errorf("formulaLen(%q) = %d, past no \"$\"", s, k)
	}
}

// TestFormulaLenEnds checks that every formula formulaLen finds ends at a
// "$", on tricky inputs and on every line of the fast path notes.
func TestFormulaLenEnds(t *testing.T) {
	checkEachLine(t, formulaEndInputs, checkFormulaEnd)
}

func FuzzFormulaLenEnds(f *testing.F) {
	fuzzEach(f, formulaEndInputs, checkFormulaEnd)
}

// TestNamingVerbLetters checks that namingVerbAt's quick test lets every
// verb of namingVerbs through.
func TestNamingVerbLetters(t *testing.T) {
	for _, v := range namingVerbs {
		if got := namingVerbAt(append(append([]byte{}, v...), " *x*"...)); got != len(v) {
			t.Errorf("namingVerbAt(%q) = %d, want %d", v, got, len(v))
		}
	}
}
