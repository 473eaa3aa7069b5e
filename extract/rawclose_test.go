package extract

import (
	"strings"
	"testing"
	"time"
)

// rawCases are paragraphs of raw HTML whose closing tags close what the
// note opened: the first open tag of the name and the ones after it (as
// rendered before rawFirst).
var rawCases = []struct{ in, want string }{
	{"x <div>a<div>b</div>c</div> y", "x <div>a<div>b</div></div>c y"},
	{"t: <tr><td>a</td><tr><td>b</td> c", "t: <tr><td>a</td><tr><td>b</td> c</tr></tr>"},
	{"t: <b>a<i>b</b>c</i> d", "t: <b>a<i>b</i></b>c d"},
	{"t: <span>a</span></span> e", "t: <span>a</span> e"},
	{"t: <u>a<u>b</u>c</u> f", "t: <u>a<u>b</u></u>c f"},
	{"t: <sub>a<sup>b</sub><sub>c</sup>d</sub> g", "t: <sub>a<sup>b</sup></sub><sub>cd</sub> g"},
	{"t: <td></td><td>x</td></td> h", "t: <td></td><td>x</td> h"},
}

// TestRawClose pins what closing tags close (see rawCases).
func TestRawClose(t *testing.T) {
	for _, c := range rawCases {
		p := parseTree([]byte(c.in))
		n := firstParagraph(p)
		got := p.html(n, 0, len(p.src))
		if got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}

// TestRawCloseLinear: a paragraph of many tags opened and not closed,
// each followed by a closed one ("<tr><td>a</td>" repeated, a table pasted
// as text) renders in time linear in its tags: 40,000 rows took 13 s.
func TestRawCloseLinear(t *testing.T) {
	took := func(n int) time.Duration {
		p := parseTree([]byte("t: " + strings.Repeat("<tr><td>a</td>", n) + "\n"))
		para := firstParagraph(p)
		best := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			p.html(para, 0, len(p.src))
			best = min(best, time.Since(start))
		}
		return best
	}
	small, large := took(2000), took(16000)
	if large > 24*small+time.Millisecond {
		t.Errorf("2,000 rows %v, 16,000 rows %v: %.0f times as long", small, large, float64(large)/float64(small))
	}
}
