package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"

	"golang.org/x/text/unicode/norm"
)

// TestShapeArabic: each Arabic letter takes the form its neighbours call
// for, and lam before alef is one ligature.
func TestShapeArabic(t *testing.T) {
	all := func(rune) bool { return true }
	for _, c := range []struct{ in, want string }{
		{"كتاب", "\uFEDB\uFE98\uFE8E\uFE8F"},          // initial, medial, final, isolated after alef
		{"بحث عن", "\uFE91\uFEA4\uFE9A \uFECB\uFEE6"}, // a space ends the joining
		{"سلام", "\uFEB3\uFEFC\uFEE1"},                // lam-alef, final after seen
		{"لا", "\uFEFB"},
		{"دیکھنا", "\uFEA9\uFBFE\uFB91\uFBAD\uFEE8\uFE8E"}, // Urdu: farsi yeh, keheh, heh doachashmee
		{"فيلمًا", "\uFED3\uFEF4\uFEE0\uFEE4\u064B\uFE8E"}, // the tanween between meem and alef is skipped
		{"book 12", "book 12"},
	} {
		if got := shapeArabic(c.in, all); got != c.want {
			t.Errorf("shapeArabic(%q) = %+q, want %+q", c.in, got, c.want)
		}
	}
	if got := shapeArabic("كتاب", func(r rune) bool { return r != 0xFE98 }); got != "\uFEDB\u062A\uFE8E\uFE8F" {
		t.Errorf("a form the font lacks: got %+q", got)
	}
}

// TestVisualOrder: right-to-left runs are reversed, numbers and Latin inside
// them stay left to right, and brackets inside them are mirrored.
func TestVisualOrder(t *testing.T) {
	for _, c := range []struct {
		in   string
		dir  uint8
		want string
	}{
		{"book: כינוי", bidiLTR, "book: יוניכ"},
		{"שם עצם", bidiRTL, "םצע םש"},
		{"כינוי 12 שם", bidiLTR, "םש 12 יוניכ"},
		{"כינוי 1,000", bidiRTL, "1,000 יוניכ"},
		{"בית ספר school", bidiRTL, "school רפס תיב"},
		{"בית ספר school", bidiLTR, "רפס תיב school"},
		{"Mood (מודוס)", bidiLTR, "Mood (סודומ)"},
		{"(שם) עצם", bidiRTL, "םצע (םש)"},
		{"a b", bidiLTR, "a b"},
		{"שָׁלוֹם", bidiRTL, "םוֹלשָׁ"}, // a font drawing marks over the letter before: after their letters
	} {
		rs := []rune(c.in)
		lv := bidiLevels(rs, c.dir)
		var out []rune
		for _, i := range marksAfterBase(visualOrder(lv), rs, lv, func(int) bool { return false }) {
			r := rs[i]
			if m, ok := mirrors[r]; ok && lv[i]%2 == 1 {
				r = m
			}
			out = append(out, r)
		}
		if string(out) != c.want {
			t.Errorf("visual order of %q = %q, want %q (levels %v)", c.in, string(out), c.want, lv)
		}
	}
}

// TestMarksLead: DejaVu draws the Hebrew points and Arabic vowel marks
// over the glyph placed after them, so in a right-to-left word each stays
// ahead of its letter; its Latin accents lie over the glyph before them.
func TestMarksLead(t *testing.T) {
	for _, data := range [][]byte{dejaVuRegular, dejaVuBold} {
		f, err := newFace("DejaVu", data)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range []rune{0x05B7, 0x05B8, 0x05BC, 0x05C1, 0x064E, 0x064F, 0x0650, 0x0651} {
			if !f.markLeads(r) {
				t.Errorf("mark %U: drawn over the glyph before it, want after", r)
			}
		}
		for _, r := range []rune{0x0301, 'a', 0x05D1, 0xFE91} {
			if f.markLeads(r) {
				t.Errorf("%U: a leading mark, want not", r)
			}
		}
		rs := []rune("מַאֲבָק")
		lv := bidiLevels(rs, bidiRTL)
		var out []rune
		for _, i := range marksAfterBase(visualOrder(lv), rs, lv, func(i int) bool { return f.markLeads(rs[i]) }) {
			out = append(out, rs[i])
		}
		if want := "קָבֲאַמ"; string(out) != want {
			t.Errorf("visual order of %q = %+q, want %+q: each point just left of its letter", string(rs), string(out), want)
		}
	}
}

// TestRightToLeftText: the sheet draws Hebrew and Arabic in visual order,
// Arabic joined, so that a PDF reader gives back the words as written
// (pdftotext reorders what it reads; its presentation forms are
// normalised to letters here).
func TestRightToLeftText(t *testing.T) {
	file := filepath.Join(t.TempDir(), "rtl.md")
	src := "# RTL vocabulary\n\n| English | Hebrew | Arabic |\n|---|---|---|\n| Pronoun | כינוי | ضمير |\n| Search | חיפוש | بحث عن كتاب |\n\n- book: كتاب\n- verb: פועל\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	data := render(t, []string{file}, Exporter{})
	text := norm.NFKC.String(pdfTool(t, data, "pdftotext"))
	text = strings.Map(func(r rune) rune {
		if r >= 0x202A && r <= 0x202E { // the embedding marks pdftotext puts around RTL text
			return -1
		}
		return r
	}, text)
	for _, want := range []string{"כינוי", "ضمير", "חיפוש", "بحث عن كتاب", "book: كتاب", "verb: פועל"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the PDF text:\n%s", want, text)
		}
	}
	if strings.Contains(pdfTool(t, data, "pdftotext", "-raw"), "\u0643") {
		t.Error("an Arabic letter is drawn unshaped: kaf U+0643 in the PDF text")
	}
}

// TestParagraphDir: a paragraph is right to left only when all its letters
// are.
func TestParagraphDir(t *testing.T) {
	for _, c := range []struct {
		in   string
		want uint8
	}{
		{"בית ספר", bidiRTL},
		{"بحث عن كتاب 12.", bidiRTL},
		{"مرفوع (Marfūʿ) is the state", bidiLTR},
		{"book: כינוי", bidiLTR},
		{"Ελληνικά כינוי", bidiLTR},
	} {
		if got := paragraphDir([]extract.Span{{Text: c.in}}); got != c.want {
			t.Errorf("paragraphDir(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestHasRTLWords: hasRTL, which skips eight bytes below 0xD6 at a time,
// finds a right-to-left letter at every offset of texts of every length,
// and no other letter as one, as a decoding of every rune does.
func TestHasRTLWords(t *testing.T) {
	for n := range 20 {
		for at := 0; at <= n; at++ {
			for _, m := range []string{"ש", "\u05b0", "ض", "ﺽ", "ߊ", "é", "Ж", "Ֆ", "中", "\xd6", "\xff", "ـ"} {
				s := strings.Repeat("a", at) + m + strings.Repeat("b", n-at)
				want := false
				for _, r := range s {
					want = want || isRTL(r)
				}
				if got := hasRTL(s); got != want {
					t.Errorf("hasRTL(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}
