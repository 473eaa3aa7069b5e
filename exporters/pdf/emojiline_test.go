package pdf

import (
	"os"
	"path/filepath"
	"testing"
)

// TestEmojiAloneOnALine: a paragraph that is only an emoji, which the
// sheet leaves out, takes no line: "🔥" over "• one point" printed an empty
// line under the heading. Its point opens where it would without the
// emoji, also when the emoji labels a list; an item that is only an emoji
// keeps its marker's line, as before.
func TestEmojiAloneOnALine(t *testing.T) {
	t.Cleanup(withoutCJKFonts())
	firstY := func(src, word string) float64 {
		t.Helper()
		file := filepath.Join(t.TempDir(), "n.md")
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, w := range words(t, render(t, []string{file}, Exporter{Time: 1700000000})) {
			if w.text == word {
				return w.yMin
			}
		}
		t.Fatalf("%q not on the sheet of %q", word, src)
		return 0
	}
	for _, tc := range []struct{ name, with, without, word string }{
		{"over bullet lines", "# Key points\n\n## Points\n🔥\n• one point\n• two point\n", "# Key points\n\n## Points\n• one point\n• two point\n", "one"},
		{"over a list", "# Key points\n\n## Points\n💡\n\n- one point\n- two point\n", "# Key points\n\n## Points\n- one point\n- two point\n", "one"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if with, without := firstY(tc.with, tc.word), firstY(tc.without, tc.word); with-without > 0.5 {
				t.Errorf("%q at y %.1f, %.1f without the emoji: an empty line over it", tc.word, with, without)
			}
		})
	}
	t.Run("item", func(t *testing.T) {
		if with, without := firstY("# E\n\n- 🔥\n- ok: fine\n", "ok:"), firstY("# E\n\n- ok: fine\n", "ok:"); with-without < 5 {
			t.Errorf("ok: at y %.1f, %.1f without the item: the item's marker line is gone", with, without)
		}
	})
}
