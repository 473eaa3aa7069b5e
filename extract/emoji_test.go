package extract

import (
	"slices"
	"testing"
)

func TestCardEmoji(t *testing.T) {
	shared := []string{"Deploy", "Tips :bulb:"}
	cards := []Card{
		{Front: ":fire: Hot path", Back: "run <code>:wq:</code> :rocket:", Context: shared},
		{Front: "Rollback", Back: "12:30:45", Context: shared, Key: "Rollback old"},
		{Front: "Plain", Back: "none", Context: []string{"Deploy"}},
	}
	cardEmoji(cards)
	want := []Card{
		{Front: "🔥 Hot path", Back: "run <code>:wq:</code> 🚀", Context: []string{"Deploy", "Tips 💡"},
			Key: ":fire: Hot path", ContextKey: []string{"Deploy", "Tips :bulb:"}},
		{Front: "Rollback", Back: "12:30:45", Context: []string{"Deploy", "Tips 💡"},
			Key: "Rollback old", ContextKey: []string{"Deploy", "Tips :bulb:"}},
		{Front: "Plain", Back: "none", Context: []string{"Deploy"}},
	}
	for i, c := range cards {
		w := want[i]
		if c.Front != w.Front || c.Back != w.Back || c.Key != w.Key || !slices.Equal(c.Context, w.Context) || !slices.Equal(c.ContextKey, w.ContextKey) {
			t.Errorf("card %d = %+v, want %+v", i, c, w)
		}
	}
	if shared[1] != "Tips :bulb:" {
		t.Errorf("the shared path became %q: another card's path changed with it", shared[1])
	}
}

func TestHTMLEmoji(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<b>:fire:</b> hot", "<b>🔥</b> hot"},
		{":rocket:<i>x</i>", "🚀<i>x</i>"},
		{"<code>:wq:</code> <pre>:fire:</pre>", "<code>:wq:</code> <pre>:fire:</pre>"},
		{"a:fire:b and 12:30:45 and std::mem", "a:fire:b and 12:30:45 and std::mem"},
		{`<a href="https://x.io/:fire:">link</a>`, `<a href="https://x.io/:fire:">link</a>`},
		{"no colon at all", "no colon at all"},
	} {
		if got := htmlEmoji(tc.in); got != tc.want {
			t.Errorf("htmlEmoji(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
