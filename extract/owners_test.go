package extract

import "testing"

func TestStatementOwner(t *testing.T) {
	for _, c := range []struct{ title, head, want string }{
		{"Strong Induction", "Statement", "Strong Induction"},
		{"strong-induction", "Statement", "strong induction"},
		{"Statement - strong principle of induction", "Statement", "strong principle of induction"},
		{"Statements", "Statement", "Statements"},
		{"Statement", "Statement", ""},
		{"Strong Induction", "Examples of use", ""},
	} {
		b := newBuilder(&parsed{}, c.title, nil)
		h := heading{level: 2, text: c.head}
		b.heads = []heading{h}
		got, ok := b.statementOwner(h)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("statementOwner(%q, %q) = %q, %v; want %q", c.title, c.head, got, ok, c.want)
		}
	}
}
