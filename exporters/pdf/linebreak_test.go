package pdf

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/extract"
)

// TestCJKLineBreak: Chinese and Japanese, written without spaces, wrap
// between any two characters, so a line is filled to the column's edge;
// the sheet broke them only at a space, or between characters where a
// run was too long for any line, so "Pointers 指针是一个变量…" left the
// first line half empty. No line starts with a closing bracket, a comma or
// a full stop, and none ends with an opening bracket (kinsoku shori);
// the characters print in order, with no space put between them.
// The one space, after "Pointers", is left out of the comparison: a
// line's end takes it.
func TestCJKLineBreak(t *testing.T) {
	if !fileExists(droidFont) {
		t.Skipf("%s not installed (apt-get install fonts-droid-fallback): skipping", droidFont)
	}
	cfg, err := Exporter{Font: droidFont}.resolve(nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := newSheet(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{
		"Pointers 指针是一个变量，其值为另一个变量的地址，即，内存位置的直接地址。就像其他变量或常量一样，您必须在使用指针存储其他变量地址之前，对其进行声明。",
		"日本語の文章は単語の間に空白を置かないので、行の終わりでは文字と文字の間で折り返す必要があります。句読点「、」や「。」は行頭に来てはいけません（これを禁則処理と呼びます）。",
		"「東京」「大阪」「京都」「奈良」「神戸」「横浜」「名古屋」「福岡」「札幌」「仙台」。",
	} {
		spans := []extract.Span{{Text: src}}
		for width := 40.0; width < 200; width += 1.3 {
			s.arena, s.wordArena, s.runs, s.lineArena, s.textBuf = s.arena[:0], s.wordArena[:0], s.runs[:0], s.lineArena[:0], s.textBuf[:0]
			lines := s.wrap(s.words(spans, 7.5, fRegular, cText, extract.Pos{}), width, 0)
			var all strings.Builder
			for i, l := range lines {
				var b strings.Builder
				end := 0.0
				for j, r := range l.runs {
					if j > 0 && r.x > end+0.5 { // a space between two fonts' runs
						b.WriteByte(' ')
					}
					b.Write(s.textBuf[r.from:r.to])
					end = r.x + r.w
				}
				text := b.String()
				if !strings.Contains(src, text) {
					t.Errorf("width %g: line %d %q is not in the text", width, i+1, text)
				}
				all.WriteString(text)
				first, _ := utf8.DecodeRuneInString(text)
				last, _ := utf8.DecodeLastRuneInString(text)
				if i > 0 && strings.ContainsRune(noLineStart, first) {
					t.Errorf("width %g: line %d starts with %q: %q", width, i+1, first, text)
				}
				if i < len(lines)-1 && strings.ContainsRune(noLineEnd, last) {
					t.Errorf("width %g: line %d ends with %q: %q", width, i+1, last, text)
				}
				if l.w > width+0.01 {
					t.Errorf("width %g: line %d is %g wide: %q", width, i+1, l.w, text)
				}
				// Room for three more characters, an opening bracket
				// kept with its word and a comma kept with its own, at most.
				if i < len(lines)-1 && l.w < width-3*7.5 {
					t.Errorf("width %g: line %d ends at %g, short of the edge: %q", width, i+1, l.w, text)
				}
			}
			if got := strings.ReplaceAll(all.String(), " ", ""); got != strings.ReplaceAll(src, " ", "") {
				t.Fatalf("width %g: lines hold %q, want %q", width, got, src)
			}
		}
	}
}
