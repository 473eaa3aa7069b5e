package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"testing"

	"github.com/notes2deck/notes2deck/extract/synth"
	"github.com/rogpeppe/go-internal/txtar"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// fastpathNotes returns notes to check the fast paths on: the golden inputs,
// the shared corpus when it is there, and a synthetic note.
func fastpathNotes(t *testing.T) map[string][]byte {
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
	p := &parsed{src: src, lineStart: lineStarts(src)}
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
)

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
	for _, s := range scannerInputs {
		f.Add(s)
	}
	f.Fuzz(checkScanners)
}
