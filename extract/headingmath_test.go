package extract

import (
	"strings"
	"testing"
)

// TestHeadingMathTags checks that a heading's formula reaches the tag of
// the cards under it as text: a tag holds no TeX.
func TestHeadingMathTags(t *testing.T) {
	src := "# Eigenvalues\n\n## Eigenvalues of $A \\in \\mathbb{R}^{n \\times n}$\n\n- Trace: $\\operatorname{tr}(A)$\n"
	d, err := Parse("eigen.md", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Eigenvalues::Eigenvalues_of_A_∈_ℝ^(n_×_n)"
	for _, c := range d.Cards {
		if c.Front != "Trace" {
			continue
		}
		if len(c.Tags) == 0 || c.Tags[0] != want {
			t.Errorf("tags of %q = %q, want %q", c.Front, c.Tags, want)
		}
		return
	}
	t.Errorf("no card Trace in %s", strings.ReplaceAll(src, "\n", `\n`))
}
