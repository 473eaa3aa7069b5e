package extract

import "testing"

func TestCutLeadDecoration(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"🔹 1. Two Pointers Technique", "1. Two Pointers Technique"},
		{"👉 What it means", "What it means"},
		{"🛠️ kubectl Basics", "kubectl Basics"},
		{"👨‍💻 Interview", "Interview"},
		{"• Section 230", "Section 230"},
		{"▶ HTTP/2", "HTTP/2"},
		{"📌 1984", "1984"},
		{"🚀 <strong>1. Deployment</strong>", "<strong>1. Deployment</strong>"},
		{"⭐", "⭐"},                               // the mark alone is the heading
		{"⭐ ⭐", "⭐ ⭐"},                           // nothing with a letter or digit is left
		{"💡Tip", "💡Tip"},                         // no space: a word of its own
		{"↓ CNS depression", "↓ CNS depression"}, // an arrow says something
		{"1. Overview", "1. Overview"},
		{"☐ Searching Algorithms", "☐ Searching Algorithms"}, // a task's box
		{"✗ Wrong answer", "✗ Wrong answer"},
		{"", ""},
	} {
		if got := cutLeadDecoration(c.in); got != c.want {
			t.Errorf("cutLeadDecoration(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestStripNumberingDecorated(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"🔹 1. Two Pointers Technique", "Two Pointers Technique"},
		{"🔸 2.1 Joins", "Joins"},
		{"📌 1984", "1984"},
		{"⭐ 3NF", "3NF"},
		{"👉 What it means", "What it means"},
		{"1️⃣ Association", "Association"},
		{"🔟 Testing", "Testing"},
		{"1️⃣", "1️⃣"},
	} {
		if got := stripNumbering(c.in); got != c.want {
			t.Errorf("stripNumbering(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
