package extract

import (
	"sort"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// longBlockLines is the number of lines past which the inlines of a block
// are found through a kidIndex rather than walked from its first one: the
// rules read a paragraph a line at a time, and a walk from its start for
// each line costs time in the square of its length.
const longBlockLines = 64

// longBlockBytes is the length in bytes past which the inlines of a block
// of few lines are found through a kidIndex too: one line of a formula's
// key, "Where $q_0$ is … and $q_1$ is …", asks each of its symbols, and a
// walk from its start for each costs time in the square of its length.
const longBlockBytes = 4096

// A kidIndex holds the inline children of a long block in order, with
// what a walk over the text of a range needs to skip those outside it.
type kidIndex struct {
	kids   []ast.Node
	ends   []int // ends[i]: the largest end among kids[:i+1]
	starts []int // starts[i]: the smallest start among kids[i:]
}

// A kidMap holds the kidIndex of each long block read so far.
type kidMap map[ast.Node]*kidIndex

// kidsIn returns the first child of n that may hold text of the source
// range [lo, hi), and the child from which none does (nil: none after the
// last). The children before first end before lo and those from stop on
// start after hi, so a walk of the range's text renders nothing of them:
// walking from first to stop gives what a walk of all of n's children
// gives. A block that is not longBlock, or the whole of n, is walked from
// its first child.
func (p *parsed) kidsIn(n ast.Node, lo, hi int) (first, stop ast.Node) {
	if lo == 0 && hi == everything || n.Type() != ast.TypeBlock || n.Lines() == nil || !longBlock(n.Lines()) {
		return n.FirstChild(), nil
	}
	x := p.kidIndexOf(n)
	i := sort.Search(len(x.ends), func(i int) bool { return x.ends[i] >= lo })
	j := sort.Search(len(x.starts), func(j int) bool { return x.starts[j] > hi })
	if i >= j {
		return nil, nil
	}
	if j < len(x.kids) {
		stop = x.kids[j]
	}
	return x.kids[i], stop
}

// longBlock reports whether a block of lines ls is long enough for its
// inlines to be found through a kidIndex: over longBlockLines lines, or
// over longBlockBytes bytes.
func longBlock(ls *text.Segments) bool {
	k := ls.Len()
	return k > longBlockLines || k > 0 && ls.At(k-1).Stop-ls.At(0).Start > longBlockBytes
}

// kidIndexOf returns the kidIndex of block n, made on its first use.
func (p *parsed) kidIndexOf(n ast.Node) *kidIndex {
	if x, ok := p.kids[n]; ok {
		return x
	}
	x := &kidIndex{}
	end := -1
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		e := p.endOf(c)
		if e < 0 {
			e = everything // holds no text: never skipped
		}
		end = max(end, e)
		x.kids, x.ends = append(x.kids, c), append(x.ends, end)
	}
	x.starts = make([]int, len(x.kids))
	start := everything
	for i := len(x.kids) - 1; i >= 0; i-- {
		s := p.startOf(x.kids[i])
		if s < 0 {
			s = -1 // holds no text: never skipped
		}
		start = min(start, s)
		x.starts[i] = start
	}
	if p.kids == nil {
		p.kids = kidMap{}
	}
	p.kids[n] = x
	return x
}

// firstIn returns the first child of n with text in the source range
// [lo, hi), or nil.
func (p *parsed) firstIn(n ast.Node, lo, hi int) ast.Node {
	first, stop := p.kidsIn(n, lo, hi)
	for c := first; c != stop; c = c.NextSibling() {
		if overlaps(p, c, lo, hi) {
			return c
		}
	}
	return nil
}
