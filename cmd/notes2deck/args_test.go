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

// TestRepeatedFlag: a flag that takes one value, given twice under any of its
// names, is a usage error; a repeated switch and a flag given once are not.
func TestRepeatedFlag(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"build -f apkg -f csv notes", "--format given twice: give it once (it takes a list: --format apkg,csv)"},
		{"build --format=apkg notes --format csv", "--format given twice"},
		{"build --out a -o b", "--out given twice: give it once"},
		{"preview --deck a --deck=b", "--deck given twice"},
		{"build -q -q --out a notes", ""},
		{"build --out a --deck x notes", ""},
		{"build --out a -- --out", ""},
	} {
		app := newApp(strings.NewReader(""), io.Discard, io.Discard)
		args := reorderArgs(app, append([]string{"notes2deck"}, strings.Fields(tc.in)...))
		err := repeatedFlag(app, args)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%q: %v", tc.in, err)
		case tc.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.want) || exitCode(err) != exitUsage):
			t.Errorf("%q: %v, want a usage error %q…", tc.in, err, tc.want)
		}
	}
}
