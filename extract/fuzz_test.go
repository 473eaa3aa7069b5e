package extract

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

func asError(err error, e **Error) bool { return errors.As(err, e) }

// addGoldenSeeds adds the note of every golden case to f's seed corpus.
func addGoldenSeeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, file := range files {
		a, err := txtar.ParseFile(file)
		if err != nil {
			f.Fatal(err)
		}
		if src, ok := goldenInput(a); ok {
			f.Add(src)
		}
	}
}

func FuzzExtract(f *testing.F) {
	addGoldenSeeds(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Parse("fuzz.md", src, Options{IgnoreMissingMedia: true, Root: t.TempDir()})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error is not an *Error: %v", err)
			}
			return
		}
		// Lines end in LF, CRLF, a lone CR, U+2028 or U+2029.
		n := bytes.Count(src, []byte("\n")) + bytes.Count(src, []byte("\r")) - bytes.Count(src, []byte("\r\n")) +
			bytes.Count(src, []byte("\u2028")) + bytes.Count(src, []byte("\u2029")) + 1
		for _, c := range d.Cards {
			if strings.TrimSpace(stripTags(c.Front)) == "" || strings.TrimSpace(stripTags(c.Back)) == "" && !strings.Contains(c.Back, "<img") {
				t.Errorf("card with an empty side: %q → %q", c.Front, c.Back)
			}
			if c.Pos.Line < 1 || c.Pos.Line > n {
				t.Errorf("card line %d outside 1..%d: %q", c.Pos.Line, n, c.Front)
			}
		}
	})
}

// TestDeepNesting refuses 10,000 levels of lists or quotes quickly.
func TestDeepNesting(t *testing.T) {
	var lines strings.Builder
	for i := 0; i < 10000; i++ {
		lines.WriteString(strings.Repeat(" ", 2*i) + "- x\n")
		if lines.Len() > 4<<20 {
			break
		}
	}
	cases := map[string]string{
		"list line":  strings.Repeat("- ", 10000) + "x\n",
		"list lines": lines.String(),
		"quote line": strings.Repeat("> ", 10000) + "x\n",
		"quotes":     strings.Repeat(">", 10000) + " x\n",
		"ordered":    strings.Repeat("1. ", 10000) + "x\n",
	}
	for name, src := range cases {
		_, err := Parse("deep.md", []byte(src), Options{})
		var e *Error
		if !errors.As(err, &e) || !strings.Contains(e.Msg, "nesting deeper than 100") {
			t.Errorf("%s: got %v, want a nesting error", name, err)
		}
	}
}

// TestDepthAtLimit accepts nesting at the limit, and refuses one level
// more, for lists written by indentation or on one line and for block
// quotes ("> > q" is two levels).
func TestDepthAtLimit(t *testing.T) {
	var list, quote strings.Builder
	for i := 0; i < 5; i++ {
		list.WriteString(strings.Repeat("  ", i) + "- level\n")
		quote.WriteString(strings.Repeat("> ", i+1) + "level\n\n")
	}
	for name, src := range map[string]string{
		"list":        list.String(),
		"quote":       quote.String(),
		"tight quote": ">>>>> level\n",
		"one line":    "- - - - - level\n",
		"numbered":    "1. 1. 1. 1. 1. level\n",
		"mixed":       "> - > - > level\n",
	} {
		if _, err := Parse("ok.md", []byte(src), Options{MaxDepth: 5}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if _, err := Parse("deep.md", []byte(src), Options{MaxDepth: 4}); err == nil {
			t.Errorf("%s: nesting of 5 accepted with MaxDepth 4", name)
		}
	}
}

// TestDepthScanSeesPastHTMLFences pins the pre-scan to refuse deep nesting
// that follows a fence line goldmark reads as raw HTML, not as a fence: a
// pre-scan that skipped it as code let 5,000 levels through to goldmark,
// which took 160 s and 1.1 GiB to parse them before the check after parsing
// refused the note.
func TestDepthScanSeesPastHTMLFences(t *testing.T) {
	var src strings.Builder
	src.WriteString("# Deep\n\n<div>\n```\n</div>\n\n")
	for i := 0; i < 200; i++ {
		src.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	if err := scanDepth("deep.md", []byte(src.String()), 0, 100); err == nil {
		t.Fatal("200 levels after a fence line in an HTML block passed the pre-scan")
	}
}
