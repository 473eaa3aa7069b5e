package pdf

import (
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// TestCJKOutsideCards: Chinese, Japanese or Korean that only the outline
// holds, prose that makes no card, makes the sheet use the machine's CJK
// font too. The System Design Primer's line of translations above its title
// ("[日本語](README-ja.md) ∙ [한국어](…)") printed "���" with one installed.
func TestCJKOutsideCards(t *testing.T) {
	for _, c := range []struct {
		name, src string
	}{
		{"prose", "*[English](README.md) ∙ [日本語](README-ja.md) ∙ [한국어](README-ko.md)*\n\n# Primer\n\n- Cache: a store\n"},
		{"table", "# Primer\n\n| Word | Gloss |\n|---|---|\n| der Becher | cup 杯子 |\n"},
		{"code", "# Primer\n\n```\nprint(\"你好\")\n```\n"},
	} {
		d, err := extract.Parse("cjk.md", []byte(c.src), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !decksHaveCJK([]extract.Deck{d}) {
			t.Errorf("%s: decksHaveCJK is false", c.name)
		}
	}
	d, err := extract.Parse("latin.md", []byte("# Primer\n\n- Cache: a store\n\n| a | b |\n|---|---|\n| x | y |\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if decksHaveCJK([]extract.Deck{d}) {
		t.Error("a note without CJK: decksHaveCJK is true")
	}
}
