package extract

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// splitAll parses every paragraph with a marker in line groups; unsplit parses
// every paragraph whole.
var (
	splitAll = newMarkdown(0)
	unsplit  = newMarkdown(1 << 40)
)

// groupTokens are the pieces of the paragraphs of TestLineGroupsOracle:
// every marker of a span that may run over lines, and words.
var groupTokens = []string{
	"a", "b", "word", "Term", " ", " ", " ", "*", "**", "***", "_", "__", "~", "~~",
	"[", "]", "](", "(", ")", "![", "[ref]", "][", "`", "``", "<", ">", "<b>", "</b>",
	"<!--", "-->", "<a href=\"x", "\">", "\\", "\"", "'", "$", "$x$", "http://x.org/a_b",
	"www.a.org", "me@x.org", ":", "-", "1.", "{{c1::", "}}", "&amp;", "é", "。",
}

// randomParagraph returns a paragraph of a few lines of groupTokens, inside
// a container: none, a block quote (with or without its space) or a list
// item, its lines lazy or not.
func randomParagraph(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("[ref]: /url\n\n")
	prefix, cont := "", ""
	switch r.Intn(5) {
	case 1:
		prefix, cont = "> ", "> "
	case 2:
		prefix, cont = ">", ">"
	case 3:
		prefix, cont = "- ", "  "
	case 4:
		prefix, cont = "> ", ""
	}
	lines := 2 + r.Intn(5)
	for i := range lines {
		if i == 0 {
			b.WriteString(prefix)
		} else {
			b.WriteString(cont)
		}
		b.WriteString("w ") // a word first: no line opens a block
		for range 1 + r.Intn(8) {
			b.WriteString(groupTokens[r.Intn(len(groupTokens))])
		}
		switch r.Intn(6) {
		case 0:
			b.WriteString("  ")
		case 1:
			b.WriteString("\\")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// checkGroups fails t if src, parsed in line groups and put back together,
// differs from src parsed whole; it reports whether the groups were put
// back (not kept as code).
func checkGroups(t *testing.T, src []byte) bool {
	t.Helper()
	pc := parser.NewContext()
	doc := splitAll.Parser().Parse(text.NewReader(src), parser.WithContext(pc))
	if g, _ := pc.Get(guardKey).([]guarded); len(g) > 0 {
		return false
	}
	var got, want bytes.Buffer
	dumpAST(&got, doc, 0)
	if err := splitAll.Renderer().Render(&got, src, doc); err != nil {
		t.Fatal(err)
	}
	doc = unsplit.Parser().Parse(text.NewReader(src))
	dumpAST(&want, doc, 0)
	if err := unsplit.Renderer().Render(&want, src, doc); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Fatalf("%q: parsed in line groups:\n%s\nwhole:\n%s", src, got.String(), want.String())
	}
	return true
}

// TestLineGroupsOracle: a paragraph parsed in line groups and put back
// together has the tree and HTML goldmark gives it whole, or is kept as
// code; most random paragraphs are put back.
func TestLineGroupsOracle(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	merged, n := 0, 20000
	for range n {
		if checkGroups(t, []byte(randomParagraph(r))) {
			merged++
		}
	}
	if merged < n/4 {
		t.Errorf("only %d of %d paragraphs put back together", merged, n)
	}
	for _, src := range []string{
		"**Osmosis** is the movement of water\n**Diffusion** is the spread of particles\n",
		"*a\nb*\n",          // an emphasis over two lines
		"[a\nb](c)\n",       // a link label over two lines
		"[a](b\n\"t\")\n",   // a link title on the next line
		"`a\nb`\n",          // a code span over two lines
		"<span\ntitle=x>\n", // a tag over two lines
		"<!-- a\nb -->\n",   // a comment over two lines
		"[x][ref\n]\n\n[ref]: /u\n",
		">*a\n>*\"b\"*\n", // a quote marker with no space before a line
		"- a *b\n  c*\n",
	} {
		checkGroups(t, []byte(src))
	}
}

// FuzzLineGroups: as TestLineGroupsOracle, on any note.
func FuzzLineGroups(f *testing.F) {
	r := rand.New(rand.NewSource(2))
	for range 20 {
		f.Add(randomParagraph(r))
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkGroups(t, []byte(src))
	})
}

// TestGlossaryParagraph: a glossary of 2,500 to 20,000 lines of "**Term**
// is …" typed without a blank line, a paragraph of 10,000 markers and more,
// makes a card a line (before: none, the paragraph kept as code); a paragraph
// whose spans may run from line to line ("*a_" a line) is kept as code.
// BenchmarkGlossaryParagraph measures how long the glossaries take.
func TestGlossaryParagraph(t *testing.T) {
	for _, n := range []int{2500, 20000} {
		src := glossary(n)
		d, err := Parse("glossary.md", src, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Cards) != n {
			t.Fatalf("%d lines: %d cards, want %d", n, len(d.Cards), n)
		}
		for _, w := range d.Warnings {
			t.Errorf("%d lines: warning %s", n, w.Msg)
		}
		if c := d.Cards[n-1]; c.Front != fmt.Sprintf("Term %d", n-1) || c.Back != fmt.Sprintf("the <em>meaning</em> of word %d", n-1) {
			t.Errorf("last card %q → %q", c.Front, c.Back)
		}
	}
	src := "# T\n\n## Lines\n\n" + strings.Repeat("*a_\n", maxInlineMarkers/2+1)
	d, err := Parse("crossing.md", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Warnings[0].Msg, "kept as code") || d.Warnings[0].Pos.Line != 5 {
		t.Errorf("warnings %v, want one at line 5 that the paragraph is kept as code", d.Warnings)
	}
}

// glossary returns a note of one paragraph of n lines of "**Term i** is …".
func glossary(n int) []byte {
	return paragraphOf("# Glossary", "**Term %d** is the _meaning_ of word %d", n)
}

// paragraphOf returns a note of the heading over one paragraph of n lines,
// line i the format filled with i twice.
func paragraphOf(heading, format string, n int) []byte {
	var b strings.Builder
	b.WriteString(heading + "\n\n")
	for i := range n {
		fmt.Fprintf(&b, format+"\n", i, i)
	}
	return []byte(b.String())
}

// BenchmarkGlossaryParagraph times the glossaries of TestGlossaryParagraph,
// one paragraph of 2,500 and of 20,000 "**Term** is …" lines: the time per
// byte must not grow with the size. TestGlossaryParagraph asserted each
// took under 10 s.
func BenchmarkGlossaryParagraph(b *testing.B) {
	for _, n := range []int{2500, 20000} {
		src := glossary(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Parse("glossary.md", src, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
