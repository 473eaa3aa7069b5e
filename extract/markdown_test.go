package extract

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// stockMarkdown is the configuration markdown must parse exactly as: GFM
// with what notes2deck reads otherwise (formulas, Logseq, a display's rows).
var stockMarkdown = goldmark.New(
	goldmark.WithParser(parser.NewParser(
		parser.WithBlockParsers(guardMathLists(parser.DefaultBlockParsers())...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...))),
	goldmark.WithExtensions(extension.Linkify, extension.Table, doubleTilde{}, extension.TaskList),
	goldmark.WithParserOptions(parser.WithAttribute(),
		parser.WithInlineParsers(util.Prioritized(mathSpans{}, 150)),
		parser.WithParagraphTransformers(util.Prioritized(logseqProperties{}, 400), util.Prioritized(outlinerProperties{}, 410),
			util.Prioritized(foreignMarkup{}, 420)),
		parser.WithASTTransformers(util.Prioritized(lazyLabels{}, 100))),
)

// markdownCases are inputs where autolinks and link reference definitions
// are found, or nearly so, and displays whose rows look like list items.
var markdownCases = []string{
	"$$\n\\begin{align*}\n+ & : & M \\times M\n\\end{align*}\n$$\n\n$$\nf(x) = x^2\n- 2x + 1\n$$\n\n- after\n",
	"see http://example.com and https://x.org/a?b=c, ftp://f.net.",
	"*https://a.bc* _www.x.org_ ~www.y.org~ (www.z.org) www.w.org",
	"mail me@example.com, (you@x.org) *her@y.net* or not@dot or @start or a@b.",
	"e-mails: a.b+c@d-e.fg; x_y@z.io_ and q@r.st-",
	"HTTP://upper.case and Www.mixed.org and mailto:a@b.cd",
	"a word@ and @ alone, tab\tx@y.zz, end a@",
	"é@example.com ü www.ü.org http://ü.org/ä",
	"[ref]: /url 'title'\n\n[ref] and [other]\n\n[other]:\n  /o\n",
	"  [a]: /a\n [b]: /b \"t\"\ntext after\n\n[a] [b]",
	"text first\n[c]: /c\n\n[c]",
	"\t[d]: /d\n\n[d]",
	"[not a def] text\n\n[e]: <> \n\n[e]",
	"- [f]: /f\n\n  [f]\n> [g]: /g\n>\n> [g]",
	"| a | b |\n|---|---|\n| www.t.org | c@d.ef |\n",
	"- [ ] task www.task.org\n- [x] done a@b.cd",
	"## head www.h.org {#id .c}\n\n<www.raw.org> <a@b.cd>",
	"[www.in-label.org](http://l.org) ![a@b.cd](i.png)",
	"",
	"\n\n",
	"[",
	"x\n[",
	"`a ``b ```c `` d ` e ```` f",
	"\\``` x `` y ` z\\`",
	"- `a\n  b` c ``d\n  e`` ```\n- ``` f",
	"| `a | b` |\n|---|---|\n| ``c`` | `d |\n",
	"> `` a\n> `` b ` c\n>\n> ` d",
	"text\t`tab`` ``\n  ```  \n`",
	"## `h`` ``\n\n[`x`](`y`) ![``](`)",
}

// dumpAST writes n's tree: each node's kind, its lines and, for text, its
// segment, so that two parses compare position by position.
func dumpAST(b *bytes.Buffer, n ast.Node, depth int) {
	fmt.Fprintf(b, "%*s%s", 2*depth, "", n.Kind())
	if t, ok := n.(*ast.Text); ok {
		fmt.Fprintf(b, " %d-%d soft=%v hard=%v", t.Segment.Start, t.Segment.Stop, t.SoftLineBreak(), t.HardLineBreak())
	}
	if n.Type() == ast.TypeBlock {
		for i := 0; i < n.Lines().Len(); i++ {
			s := n.Lines().At(i)
			fmt.Fprintf(b, " [%d-%d+%d]", s.Start, s.Stop, s.Padding)
		}
	}
	if l, ok := n.(*ast.AutoLink); ok {
		fmt.Fprintf(b, " %v", l.AutoLinkType)
	}
	b.WriteByte('\n')
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		dumpAST(b, c, depth+1)
	}
}

// checkAsGFM fails t unless markdown and stockMarkdown give src the same
// tree and the same HTML.
func checkAsGFM(t *testing.T, name string, src []byte) {
	t.Helper()
	markers := 0
	for _, c := range []byte("*_~[]") {
		markers += bytes.Count(src, []byte{c})
	}
	if markers > maxInlineMarkers {
		return // a paragraph may have too many: see TestMarkerGuard
	}
	var got, want bytes.Buffer
	dumpAST(&got, markdown.Parser().Parse(text.NewReader(src)), 0)
	dumpAST(&want, stockMarkdown.Parser().Parse(text.NewReader(src)), 0)
	if got.String() != want.String() {
		t.Fatalf("%s: AST differs from GFM's\ngot:\n%s\nwant:\n%s", name, got.String(), want.String())
	}
	got.Reset()
	want.Reset()
	if err := markdown.Convert(src, &got); err != nil {
		t.Fatal(err)
	}
	if err := stockMarkdown.Convert(src, &want); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Fatalf("%s: HTML differs from GFM's\ngot:  %q\nwant: %q", name, got.String(), want.String())
	}
}

// markdownInputs returns the cases and the notes of fastpathNotes.
func markdownInputs(t testing.TB) map[string][]byte {
	in := fastpathNotes(t)
	for i, c := range markdownCases {
		in[fmt.Sprintf("case %d", i)] = []byte(c)
	}
	return in
}

func TestMarkdownAsGFM(t *testing.T) {
	in := markdownInputs(t)
	if len(in) < len(markdownCases)+20 {
		t.Fatalf("only %d inputs: goldens or shared notes missing", len(in))
	}
	for name, src := range in {
		checkAsGFM(t, name, src)
	}
}

func FuzzMarkdownAsGFM(f *testing.F) {
	for _, src := range markdownInputs(f) {
		if len(src) < 4096 {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		checkAsGFM(t, "fuzz", src)
	})
}

func TestMayAutolink(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"", false},
		{" ", false},
		{" http://x", true},
		{" https:", true},
		{"(www.x.org)", true},
		{"(ftp:", true},
		{"*ftp://x", true},
		{" cat and more", false},
		{" word", false},
		{" www.", true},
		{" a@b.c", true},
		{" @b.c", false},
		{"_x@", true},
		{" ab cd@ef.gh", true}, // may: an "@" follows in the line
		{"a\tb@c.de", true},
		{"@", false},
	} {
		pc := parser.NewContext()
		if got := mayAutolink([]byte(c.line), 100, pc); got != c.want {
			t.Errorf("mayAutolink(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	// Later words of a line use what the first call found.
	pc := parser.NewContext()
	line := []byte(" one two x@y.zz three")
	stop := 100 + len(line)
	for i, want := range map[int]bool{0: true, 4: true, 8: true, 9: true, 10: false, 15: false} {
		if got := mayAutolink(line[i:], stop, pc); got != want {
			t.Errorf("mayAutolink(%q) after the line's start = %v, want %v", line[i:], got, want)
		}
	}
}

// refSpy is the link reference transformer, noting the longest paragraph
// it was handed.
type refSpy struct{ most *int }

func (s refSpy) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	*s.most = max(*s.most, node.Lines().Len())
	parser.LinkReferenceParagraphTransformer.Transform(node, reader, pc)
}

// TestLinkRefBatches: a long run of one-line link reference definitions
// (a bibliography) reaches goldmark's transformer a few lines at a time,
// whose time grows with the square of a paragraph's lines (100,000
// definitions took 21 s), and parses exactly as in one paragraph: what
// ends the run (a title on the next line, a definition of another shape,
// text) and where the paragraph stands (a list, a quote) change nothing.
func TestLinkRefBatches(t *testing.T) {
	defs := func(n int, title string) string {
		var b bytes.Buffer
		for i := range n {
			fmt.Fprintf(&b, "[r%d]: http://e.org/%d%s\n", i, i, title)
		}
		return b.String()
	}
	for _, in := range []string{
		defs(200, ""),
		defs(200, ` "t"`) + "text after\n\n[r1] [r199]\n",
		"intro\n\n" + defs(100, "") + "\"title of r99\"\n" + defs(50, "") + "\n[r99]\n",
		defs(100, " 't'") + "[odd]: <http://o.org> (o)\n" + defs(70, "") + "tail\n\n[odd] [r5]\n",
		defs(70, " (p)") + "[r0]: /again\n[bad] text\n" + defs(80, "") + "\n[r0] [bad]\n",
		"- item\n\n  " + strings.ReplaceAll(defs(90, ""), "\n", "\n  ") + "\n  [r3]\n",
		"> " + strings.ReplaceAll(defs(90, ` "q"`), "\n", "\n> ") + "\n> [r89]\n",
		defs(65, "") + "\t[tab]: /t\n" + defs(10, ""),
	} {
		checkAsGFM(t, in[:20], []byte(in))
	}
	most := 0
	md := goldmark.New(goldmark.WithParser(parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(util.Prioritized(quickLinkRefs{refSpy{&most}}, 100)))))
	md.Parser().Parse(text.NewReader([]byte(defs(10000, ""))))
	if most > 2*refBatch {
		t.Errorf("the transformer was handed a paragraph of %d lines, want at most %d", most, 2*refBatch)
	}
}

// tickSpy is goldmark's code span parser, counting its calls.
type tickSpy struct {
	parser.InlineParser
	calls *int
}

func (s tickSpy) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	*s.calls++
	return s.InlineParser.Parse(parent, block, pc)
}

// TestCodeSpanRuns: goldmark's code span parser, which searches the rest of
// the paragraph for a closing run, is asked only at runs of backticks that
// one of the same length follows: a line of runs of 2,000 lengths, none
// closed, took 5 s. (markdownCases check that spans parse as in GFM.)
func TestCodeSpanRuns(t *testing.T) {
	for _, tt := range []struct {
		in    string
		calls int
	}{
		{"`a ``a ```a ````a", 0},
		{"`a` ``b`` ```c", 2},
		{"x ``a\n` b\n``` c ``", 1},
		{"\\``` ``` x", 0},
	} {
		calls := 0
		ps := inlineParsers()
		for i, p := range ps {
			if q, ok := p.Value.(quickCodeSpans); ok {
				ps[i].Value = quickCodeSpans{tickSpy{q.InlineParser, &calls}}
			}
		}
		md := goldmark.New(goldmark.WithParser(parser.NewParser(
			parser.WithBlockParsers(parser.DefaultBlockParsers()...),
			parser.WithInlineParsers(ps...))))
		md.Parser().Parse(text.NewReader([]byte(tt.in)))
		if calls != tt.calls {
			t.Errorf("%q: the code span parser was asked %d times, want %d", tt.in, calls, tt.calls)
		}
	}
}
