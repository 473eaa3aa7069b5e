package extract

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// startOf returns the source offset where n starts, or -1 if n holds no text.
func (p *parsed) startOf(n ast.Node) int {
	switch n := n.(type) {
	case *ast.Text:
		return n.Segment.Start
	case *ast.RawHTML:
		if n.Segments.Len() > 0 {
			return n.Segments.At(0).Start
		}
	}
	if n.Type() != ast.TypeInline && n.Lines() != nil && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if s := p.startOf(c); s >= 0 {
			return s
		}
	}
	if n.Type() == ast.TypeInline {
		for a := n; a != nil && a.Type() == ast.TypeInline; a = a.Parent() {
			for s := a.PreviousSibling(); s != nil; s = s.PreviousSibling() {
				if e := p.endOf(s); e >= 0 {
					return e
				}
			}
			if par := a.Parent(); par != nil && par.Type() == ast.TypeBlock && par.Lines() != nil && par.Lines().Len() > 0 {
				return par.Lines().At(0).Start
			}
		}
	}
	if n.Type() == ast.TypeBlock {
		if f, ok := n.(*ast.FencedCodeBlock); ok && f.Info != nil {
			return f.Info.Segment.Start
		}
	}
	return -1
}

// endOf returns the source offset where n ends, or -1 if n holds no text.
func (p *parsed) endOf(n ast.Node) int {
	switch n := n.(type) {
	case *ast.Text:
		return n.Segment.Stop
	case *ast.RawHTML:
		if n.Segments.Len() > 0 {
			return n.Segments.At(n.Segments.Len() - 1).Stop
		}
	case *ast.HTMLBlock:
		if n.HasClosure() {
			return n.ClosureLine.Stop
		}
	}
	if n.Type() != ast.TypeInline && n.Lines() != nil && n.Lines().Len() > 0 {
		return n.Lines().At(n.Lines().Len() - 1).Stop
	}
	for c := n.LastChild(); c != nil; c = c.PreviousSibling() {
		if e := p.endOf(c); e >= 0 {
			return e
		}
	}
	if n.Type() == ast.TypeInline {
		return p.startOf(n)
	}
	return -1
}

// nodeIn reports whether inline node n starts inside [lo, hi).
func nodeIn(p *parsed, n ast.Node, lo, hi int) bool {
	if lo == 0 && hi == everything {
		return true
	}
	s := p.startOf(n)
	return s >= lo && s < hi
}

// overlaps reports whether inline node n has text inside [lo, hi).
func overlaps(p *parsed, n ast.Node, lo, hi int) bool {
	if lo == 0 && hi == everything {
		return true
	}
	s, e := p.startOf(n), p.endOf(n)
	if s < 0 {
		return false
	}
	return s < hi && e > lo
}

// lineOf returns the file line where n starts, or 0.
func (p *parsed) lineOf(n ast.Node) int {
	if s := p.startOf(n); s >= 0 {
		return p.line(s)
	}
	return 0
}

// span returns the first and last file lines of n, or 0, 0.
func (p *parsed) span(n ast.Node) (int, int) {
	s, e := p.startOf(n), p.endOf(n)
	if s < 0 || e < 0 {
		return 0, 0
	}
	if e > s {
		e--
	}
	return p.line(s), p.line(e)
}

// segValue returns the text of segment s, with its padding.
func segValue(s text.Segment, src []byte) []byte { return s.Value(src) }
