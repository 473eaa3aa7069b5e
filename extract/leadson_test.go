package extract

import (
	"strings"
	"testing"
)

// TestMayLeadOn: the quick test passes every answer whose text leadsOn
// finds leading on, through the tags that close it, and stops answers
// ending in a full stop; where a tag may open earlier it passes.
func TestMayLeadOn(t *testing.T) {
	for _, tt := range []struct {
		html string
		want bool
	}{
		{"he claims that", true},
		{"<p>We use the convexity of the <em>exponent</em> function:</p>\n", true},
		{"the left hand side -</strong>", true},
		{"Beispiel：", true},
		{"key &ndash;", true},
		{"It is cheap.", false},
		{"<ul><li>one</li><li>two.</li></ul>", false},
		{"", false},
		{"<br>", false},
		{"x <y <z>", true},
		{"a > b.</p>", false},
	} {
		if got := mayLeadOn(tt.html); got != tt.want {
			t.Errorf("mayLeadOn(%q) = %v, want %v", tt.html, got, tt.want)
		}
		if leadsOn(strings.TrimSpace(stripTags(tt.html))) && !mayLeadOn(tt.html) {
			t.Errorf("mayLeadOn(%q) stops an answer leadsOn takes", tt.html)
		}
	}
}
