package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestFooterForms: each page prints "page X of N", centred at the foot of
// the page, from the form that draws its footer.
func TestFooterForms(t *testing.T) {
	e := Exporter{}
	data := render(t, []string{sampleNote}, e)
	n := pageCount(t, data)
	s := geometry(t, e)
	foot := map[int][]bword{}
	for _, w := range words(t, data) {
		if w.yMin > s.top+s.colH {
			foot[w.page] = append(foot[w.page], w)
		}
	}
	for p := 1; p <= n; p++ {
		ws := foot[p]
		var text []string
		for _, w := range ws {
			text = append(text, w.text)
		}
		if got, want := strings.Join(text, " "), fmt.Sprintf("page %d of %d", p, n); got != want {
			t.Errorf("page %d: footer %q, want %q", p, got, want)
			continue
		}
		if mid := (ws[0].xMin + ws[len(ws)-1].xMax) / 2; mid < s.cfg.pageW/2-1 || mid > s.cfg.pageW/2+1 {
			t.Errorf("page %d: footer centred at x %.1f, want %.1f", p, mid, s.cfg.pageW/2)
		}
	}
}
