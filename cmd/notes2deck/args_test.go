package main

import (
	"io"
	"strings"
	"testing"
)

func TestReorderArgs(t *testing.T) {
	app := newApp(strings.NewReader(""), io.Discard, io.Discard)
	for _, tc := range []struct{ in, want string }{
		{"build notes --out x", "build --out x notes"},
		{"build notes -o x --reverse a.md", "build -o x --reverse notes a.md"},
		{"build notes --out=x", "build --out=x notes"},
		{"build - --format csv --out -", "build --format csv --out - -"},
		{"build --out x -- -odd.md", "build --out x -- -odd.md"},
		{"check notes --strict", "check --strict notes"},
		{"--version", "--version"},
		{"nosuch a --b", "nosuch a --b"},
		{"build notes " + completionFlag, "build notes " + completionFlag},
	} {
		args := append([]string{"notes2deck"}, strings.Fields(tc.in)...)
		got := strings.Join(reorderArgs(app, args)[1:], " ")
		if got != tc.want {
			t.Errorf("reorderArgs(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
