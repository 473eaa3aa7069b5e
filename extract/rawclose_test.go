package extract

import (
	"testing"
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
