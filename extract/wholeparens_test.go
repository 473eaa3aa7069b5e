package extract

import "testing"

func TestWholeParens(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"(move left/right pointer).", "move left/right pointer"},
		{"(LeetCode 3)", "LeetCode 3"},
		{"( クラリスロマイシン )", "クラリスロマイシン"},
		{"(<strong>source</strong> follower).", "<strong>source</strong> follower"},
		{"(aq)", "(aq)"},
		{"(+) / CD34(+)", "(+) / CD34(+)"},
		{"(a + b)(a - b)", "(a + b)(a - b)"},
		{"(f(x) for all x)", "f(x) for all x"},
		{"start vs end", "start vs end"},
		{"(500)", "(500)"},
	} {
		if got := wholeParens(c.in); got != c.want {
			t.Errorf("wholeParens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
