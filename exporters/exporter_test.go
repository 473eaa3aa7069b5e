package exporters

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/notes2deck/notes2deck/extract"
)

func TestFlattenNewlines(t *testing.T) {
	for in, want := range map[string]string{
		"no newline":                          "no newline",
		"a\nb":                                "a b",
		"a\r\nb":                              "a b",
		"x <pre><code>1\n2\n</code></pre>\ny": "x <pre><code>1<br>2<br></code></pre> y",
		"<PRE>a\nb</PRE>\n<pre>c\nd":          "<PRE>a<br>b</PRE> <pre>c<br>d",
	} {
		if got := FlattenNewlines(in); got != want {
			t.Errorf("FlattenNewlines(%q) = %q, want %q", in, got, want)
		}
	}
}

var spanRE = regexp.MustCompile(`</?span[^>]*>`)

func TestHighlightCode(t *testing.T) {
	code := "func main() {\n\t// say \"hi\" & <bye>\n\tfmt.Println(\"hi\", 42)\n}"
	in := `<p>See:</p><pre><code class="language-go">` + escapeText.Replace(code) + `</code></pre>`
	out := HighlightCode(in)
	for _, class := range []string{"hl-k", "hl-c", "hl-s", "hl-n"} {
		if !strings.Contains(out, `class="`+class+`"`) {
			t.Errorf("no %s span in %s", class, out)
		}
	}
	if got := spanRE.ReplaceAllString(out, ""); got != in {
		t.Errorf("without the spans the block changed:\n got %q\nwant %q", got, in)
	}
	for _, lang := range []string{"text", "sql", "go"} {
		// The extractor escapes a note's "[sound:"; the lexer sees it unescaped.
		in := `<pre><code class="language-` + lang + `">SELECT 1; -- &#91;sound:x.mp3]` + "\n" + `&#91;sound:../../etc/passwd]</code></pre>`
		if out := HighlightCode(in); strings.Contains(out, "[sound:") {
			t.Errorf("%s: a note's [sound: came back unescaped: %s", lang, out)
		}
	}
	long := strings.Repeat("x := 1\n", maxHighlight/7+1) // just over maxHighlight
	for _, keep := range []string{
		`<pre><code class="language-nosuchlang">x := 1</code></pre>`,
		`<pre><code class="language-go">` + long + `</code></pre>`,
		`<pre><code>x := 1</code></pre>`,
		"plain text",
	} {
		if got := HighlightCode(keep); got != keep {
			t.Errorf("HighlightCode(%q) = %q, want it unchanged", keep, got)
		}
	}
}

func TestPackageGUIDsUnique(t *testing.T) {
	d := extract.Deck{Name: "Same", Cards: []extract.Card{{Front: "Q"}, {Front: "Q"}}}
	gs := PackageGUIDs([]extract.Deck{d, d})
	seen := map[string]bool{}
	for _, g := range append(gs[0], gs[1]...) {
		if seen[g] {
			t.Fatalf("GUID %q twice in %v", g, gs)
		}
		seen[g] = true
	}
	if want := GUIDs(d); gs[0][0] != want[0] || gs[0][1] != want[1] {
		t.Errorf("the first deck's GUIDs changed: %v, want %v", gs[0], want)
	}
}

func TestDeckName(t *testing.T) {
	for in, want := range map[string]string{
		"Biology::Cells":   "Biology::Cells",
		" A :: B: ":        "A::B",
		"A::::B":           "A::blank::B",
		"Tab\there::x\x7f": "Tabhere::x",
	} {
		if got := DeckName(in); got != want {
			t.Errorf("DeckName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNoteFieldsSource(t *testing.T) {
	c := extract.Card{Front: "q", Back: "a", Context: []string{"A & B", "C"}}
	for _, file := range []string{"notes/bio/cells.md", "/abs/notes/bio/cells.md", "cells.md"} {
		got := NoteFields(extract.Deck{File: file}, c)
		if want := []string{"q", "a", "A &amp; B › C", "cells.md"}; strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("NoteFields(File %q) = %q, want %q", file, got, want)
		}
	}
	// The path from the notes folder, when known, tells a/x.md from b/x.md.
	for _, d := range []extract.Deck{{File: "notes/a/x.md", Source: "a/x.md"}, {File: "/abs/notes/b/x.md", Source: "b/x.md"}} {
		if got := NoteFields(d, c)[3]; got != d.Source {
			t.Errorf("NoteFields(File %q, Source %q) source = %q, want %[2]q", d.File, d.Source, got)
		}
	}
}

// TestNoteFieldsSound: "[sound:" in a heading or in the note's file name is
// text in the Context and Source fields, as in a front or back: Anki shows
// both fields on the card and would play "[sound:name]" from its media folder.
func TestNoteFieldsSound(t *testing.T) {
	c := extract.Card{Front: "q", Back: "a", Context: []string{"Drills [sound:intro.mp3]", "C"}}
	got := NoteFields(extract.Deck{File: "notes/[sound:lesson1.mp3].md"}, c)
	want := []string{"q", "a", "Drills &#91;sound:intro.mp3] › C", "&#91;sound:lesson1.mp3].md"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("NoteFields = %q, want %q", got, want)
	}
}

// TestNoteFieldsUnitSeparator: no field holds U+001F, Anki's field
// separator, whatever the note wrote (FuzzBuild found one in a front).
func TestNoteFieldsUnitSeparator(t *testing.T) {
	c := extract.Card{Front: "a\x1fb", Back: "c\x1f", Context: []string{"d\x1fe"}}
	got := NoteFields(extract.Deck{File: "f\x1fg.md"}, c)
	if want := []string{"a b", "c ", "d e", "f g.md"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("NoteFields = %q, want %q", got, want)
	}
	notes := Notes([]extract.Deck{{File: "n.md", Cards: []extract.Card{c}}})
	for _, f := range notes[0][0].Fields {
		if strings.ContainsRune(f, '\x1f') {
			t.Errorf("Notes field %q holds U+001F", f)
		}
	}
}

// noteTagsRef is NoteTags as it was written before its fast paths.
func noteTagsRef(c extract.Card) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range c.Tags {
		t = strings.Join(strings.Fields(strings.ReplaceAll(t, "\u3000", " ")), "_")
		if t == "" || seen[strings.ToLower(t)] {
			continue
		}
		seen[strings.ToLower(t)] = true
		out = append(out, t)
	}
	return out
}

func TestNoteTagsMatchesReference(t *testing.T) {
	for _, tags := range [][]string{
		nil, {""}, {"a"}, {"A", "a"}, {"Big Idea", "big_idea", "BIG\tIDEA"}, {"x\u3000y", "x_Y"},
		{"\u00a0", " lead", "trail\u2003"}, {"Kelvin", "\u212aelvin", "kelvin"}, {"ſ", "s", "S"},
		{"ÄÖ", "äö", "äÖ"}, {"\xff", "\xffx", "\xFF"}, {"İ", "i̇", "i"},
	} {
		c := extract.Card{Tags: tags}
		if got, want := NoteTags(c), noteTagsRef(c); !slices.Equal(got, want) {
			t.Errorf("NoteTags(%q) = %q, want %q", tags, got, want)
		}
	}
}

// tagLine returns 4n tags, half of them repeats of others up to case.
func tagLine(n int) []string {
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf("t%d/a", i), fmt.Sprintf("T%d/A", i/2), fmt.Sprintf("ÄÖ%d", i%7), fmt.Sprintf("äö%d", i%7))
	}
	return out
}

// TestNoteTagsMany: a card of many tags (past the count where NoteTags
// keeps them in a map) keeps the first of each, as with few.
func TestNoteTagsMany(t *testing.T) {
	for _, n := range []int{8, 100, 2000} {
		c := extract.Card{Tags: tagLine(n)}
		if got, want := NoteTags(c), noteTagsRef(c); !slices.Equal(got, want) {
			t.Errorf("NoteTags of %d tags: %d kept, want %d", len(c.Tags), len(got), len(want))
		}
	}
}

// BenchmarkNoteTags measures NoteTags on a card of 8,000 and 64,000 tags
// (a line of hashtags): ns/op must grow about eight times, not 64 (each
// tag was compared with every one kept before it: 32,000 took 7 s).
func BenchmarkNoteTags(b *testing.B) {
	for _, n := range []int{2000, 16000} {
		c := extract.Card{Tags: tagLine(n)}
		b.Run(fmt.Sprintf("tags=%d", 4*n), func(b *testing.B) {
			for b.Loop() {
				NoteTags(c)
			}
		})
	}
}

// TestControlCharacters: control characters become spaces in fields and
// tags (Anki strips them, running words together, and U+001F splits a
// field); tabs, line breaks and other text stay as they are.
func TestControlCharacters(t *testing.T) {
	for in, want := range map[string]string{
		"plain text":            "plain text",
		"tab\tand\nlines\r":     "tab\tand\nlines\r",
		"unit\x1fseparator":     "unit separator",
		"vertical\vtab":         "vertical tab",
		"form\ffeed":            "form feed",
		"esc\x1b[31mred":        "esc [31mred",
		"del\x7fete":            "del ete",
		"nul\x00byte":           "nul byte",
		"c1\u0085next\u009fend": "c1 next end",
		"café ½ – ok":           "café ½ – ok",
	} {
		if got := FieldSafe(in); got != want {
			t.Errorf("FieldSafe(%q) = %q, want %q", in, got, want)
		}
	}
	got := NoteTags(extract.Card{Tags: []string{"unit\x1fthree", "nul\x00tag", "ok"}})
	if want := []string{"unit_three", "nul_tag", "ok"}; !slices.Equal(got, want) {
		t.Errorf("NoteTags = %q, want %q", got, want)
	}
}

// sameTagCases are pairs of tags that lowering makes the same or not: case
// pairs, runes whose lowered forms differ in length, invalid bytes (which
// strings.ToLower writes as U+FFFD) and prefixes.
var sameTagCases = [][2]string{
	{"", ""}, {"a", ""}, {"Topic_1_–_Café", "topic_1_–_café"}, {"ÄÖ", "äö"}, {"ÄÖ", "äo"},
	{"Kelvin", "\u212aelvin"}, {"ſ", "s"}, {"İ", "i̇"}, {"İ", "i"}, {"Σ", "ς"}, {"Σ", "σ"},
	{"\xff", "\ufffd"}, {"\xffx", "\xfeX"}, {"\xc3", "\xc3\xa4"}, {"ȺA", "ⱥa"}, {"ÄÖx", "äö"},
	{"ǅ", "ǆ"}, {"ǅ", "Ǆ"}, {"ΣΊΣΥΦΟΣ", "σίσυφοσ"}, {"a\u00a0b", "A\u00a0B"},
}

// checkSameTag fails t unless sameTag(a, b) and hasSpace(a) agree with
// lowering both tags (strings.ToLower) and looking for a space rune.
func checkSameTag(t *testing.T, a, b string) {
	t.Helper()
	//lint:ignore SA6005 the oracle lowers as NoteTags did; EqualFold folds more (e.g. 'ſ' and 's')
	if got, want := sameTag(a, b), strings.ToLower(a) == strings.ToLower(b); got != want {
		t.Errorf("sameTag(%q, %q) = %v, want %v", a, b, got, want)
	}
	if got, want := hasSpace(a), strings.IndexFunc(a, unicode.IsSpace) >= 0; got != want {
		t.Errorf("hasSpace(%q) = %v, want %v", a, got, want)
	}
}

func TestSameTagMatchesLowering(t *testing.T) {
	for _, c := range sameTagCases {
		checkSameTag(t, c[0], c[1])
		checkSameTag(t, c[1], c[0])
	}
}

func FuzzSameTag(f *testing.F) {
	for _, c := range sameTagCases {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		checkSameTag(t, a, b)
		checkSameTag(t, a, strings.ToUpper(a))
		checkSameTag(t, strings.ToTitle(b), b)
	})
}

// TestHasControlWords: hasControl, which skips eight bytes at a time, finds
// a control character at every offset of fields of every length, the second
// byte of a C1 control in the next word too, and no tab, line break, NBSP or
// other text as one; it answers as the byte-by-byte scan does.
func TestHasControlWords(t *testing.T) {
	marks := []string{"\x00", "\t", "\n", "\r", "\x1f", " ", "~", "\x7f", "\u0085", "\u009f", "\u00a0", "é", "–", "\xc2", "\xff"}
	for n := range 20 {
		for at := 0; at <= n; at++ {
			for _, m := range marks {
				s := strings.Repeat("a", at) + m + strings.Repeat("b", n-at)
				want := controlAt(s, 0, len(s))
				if got := hasControl(s); got != want {
					t.Errorf("hasControl(%q) = %v, want %v", s, got, want)
				}
				if isC := m == "\x00" || m == "\x1f" || m == "\x7f" || m == "\u0085" || m == "\u009f"; want != isC {
					t.Errorf("controlAt(%q) = %v, want %v", s, want, isC)
				}
			}
		}
	}
}
