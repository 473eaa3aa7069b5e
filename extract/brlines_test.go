package extract

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

// firstParagraph returns the first paragraph of p's tree.
func firstParagraph(p *parsed) ast.Node {
	var para ast.Node
	ast.Walk(p.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if _, ok := n.(*ast.Paragraph); ok && entering && para == nil {
			para = n
		}
		return ast.WalkContinue, nil
	})
	return para
}

// TestLinesBreaks: a raw <br> inside a line cuts it in two; one at a
// line's start or end, or right after another, cuts nothing.
func TestLinesBreaks(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"a<br>b\nc<BR/>d<br />e\nf", []string{"a", "b\n", "c", "d", "e\n", "f"}},
		{"<br>a<br><br>b<br>\nc", []string{"<br>a", "<br>b", "\n", "c"}},
		{"a *b<br>c* d<br>e", []string{"a *b<br>c* d", "e"}},
		{"no break", []string{"no break"}},
	} {
		p := parseTree([]byte(tt.in))
		var got []string
		for _, r := range p.lines(firstParagraph(p)) {
			got = append(got, string(p.src[r[0]:r[1]]))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: lines %q, want %q", tt.in, got, tt.want)
		}
	}
}

// linesOracle is lines as it was first written: each <br> looked for from
// the first line, and the lines after it moved up by one.
func (p *parsed) linesOracle(n ast.Node) [][2]int {
	var out [][2]int
	for i := 0; i < n.Lines().Len(); i++ {
		s := n.Lines().At(i)
		out = append(out, [2]int{s.Start, s.Stop})
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		h, ok := c.(*ast.RawHTML)
		if !ok || h.Segments.Len() != 1 {
			continue
		}
		br := h.Segments.At(0)
		if !brTag().Match(br.Value(p.src)) {
			continue
		}
		for k, r := range out {
			if br.Start > r[0] && br.Stop < r[1] {
				out = append(out, [2]int{})
				copy(out[k+1:], out[k:])
				out[k] = [2]int{r[0], br.Start}
				out[k+1] = [2]int{br.Stop, r[1]}
				break
			}
		}
	}
	return out
}

// TestLinesOracle: lines cuts every paragraph of random breaks, text and
// markup as linesOracle does.
func TestLinesOracle(t *testing.T) {
	parts := []string{"<br>", "<BR/>", "<br />", "a", " ", "\n", "*", "`", "<b>", "</b>", "\\", "  \n", "<br", ">", "<", "b", "R", "<bR>"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		var b strings.Builder
		for range 1 + r.IntN(30) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		src := []byte(b.String())
		p := parseTree(src)
		ast.Walk(p.doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if entering && n.Type() == ast.TypeBlock && n.Lines().Len() > 0 && !n.IsRaw() {
				if got, want := p.lines(n), p.linesOracle(n); !slices.Equal(got, want) {
					t.Errorf("%q: lines %v, want %v", src, got, want)
				}
			}
			return ast.WalkContinue, nil
		})
	}
}

// breakStart is what mayHoldBreak looks for, as a regexp.
var breakStart = regexp.MustCompile(`(?i)<br`)

// FuzzMayHoldBreak: mayHoldBreak finds "<br" in any case wherever the
// regexp does.
func FuzzMayHoldBreak(f *testing.F) {
	for _, s := range []string{"", "<", "<b", "<br", "<bR", "<BR>", "<<br", "a<b>r<br", "<b<r", "x < y", "<\u212a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mayHoldBreak([]byte(s)), breakStart.MatchString(s); got != want {
			t.Errorf("mayHoldBreak(%q) = %v, want %v", s, got, want)
		}
	})
}
