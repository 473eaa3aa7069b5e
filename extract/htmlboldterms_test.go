package extract

import "testing"

func TestHTMLBoldTerms(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"<strong>Alleles</strong> are versions of a gene.\n", "**Alleles** are versions of a gene.\n"},
		{"- <b>Locus</b>: a position\n", "- **Locus**: a position\n"},
		{"A <b>gene</b> and an <strong>allele</strong>.\n", "A <b>gene</b> and an <strong>allele</strong>.\n"},
		{"> <b>Note</b>: one <b>only</b>\n", "> **Note**: one <b>only</b>\n"},
		{"1. <strong>Mitosis</strong> splits a cell\n", "1. **Mitosis** splits a cell\n"},
		{"<div>\n<strong>Tip</strong>: x\n</div>\n\n<b>Term</b>: y\n", "<div>\n<strong>Tip</strong>: x\n</div>\n\n**Term**: y\n"},
		{"<strong>PCR</strong> uses `taq`.\n", "<strong>PCR</strong> uses `taq`.\n"},
		{"<strong> spaced</strong> x\n", "<strong> spaced</strong> x\n"},
		{"<b></b> x\n", "<b></b> x\n"},
		{"<b>a*b</b> x\n", "<b>a*b</b> x\n"},
		{"<strong>open without close\n", "<strong>open without close\n"},
		{"```\n<b>code</b>\n```\n", "```\n<b>code</b>\n```\n"},
		{"<b>a <i>b</i></b> c\n", "<b>a <i>b</i></b> c\n"},
	} {
		if got := string(htmlBoldTerms([]byte(c.in))); got != c.want {
			t.Errorf("htmlBoldTerms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
