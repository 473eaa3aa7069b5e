package pdf

import (
	"os"
	"path/filepath"
	"strings"
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
		if !decksHave([]extract.Deck{d}, hasCJK) {
			t.Errorf("%s: decksHave(hasCJK) is false", c.name)
		}
	}
	d, err := extract.Parse("latin.md", []byte("# Primer\n\n- Cache: a store\n\n| a | b |\n|---|---|\n| x | y |\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if decksHave([]extract.Deck{d}, hasCJK) {
		t.Error("a note without CJK: decksHave(hasCJK) is true")
	}
}

// TestKoreanFont: a note in Korean takes a font with Hangul before the
// first CJK font: Debian's Droid fallback, the first on Linux, has three
// Hangul syllables, and a Korean note printed as "�" beside a Nanum font.
// A note with Chinese, or a line of translations, keeps the first CJK font.
func TestKoreanFont(t *testing.T) {
	defer withoutCJKFonts()()
	dir := t.TempDir()
	droid, nanum := filepath.Join(dir, "droid.ttf"), filepath.Join(dir, "nanum.ttf")
	for _, f := range []string{droid, nanum} {
		if err := os.WriteFile(f, []byte("font"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cjkFonts, hangulFonts = []string{droid}, []string{filepath.Join(dir, "gone.ttf"), nanum}
	if got := systemCJKFont(true); got != nanum {
		t.Errorf("Korean: font %s, want %s", got, nanum)
	}
	if got := systemCJKFont(false); got != droid {
		t.Errorf("Chinese: font %s, want %s", got, droid)
	}
	hangulFonts = hangulFonts[:1]
	if got := systemCJKFont(true); got != droid {
		t.Errorf("Korean without a Hangul font: font %s, want %s", got, droid)
	}
	for src, want := range map[string]bool{
		"# 한국어\n\n- 사과: apple\n":                             true,
		"# 中文\n\n- 苹果: apple\n":                              false,
		"# Words\n\n- ㄱ: giyeok\n":                           true,
		"日本語 ∙ 한국어 ∙ 简体中文\n\n# Primer\n\n- Cache: a store\n": false,
	} {
		d, err := extract.Parse("n.md", []byte(src), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := mostlyKorean([]extract.Deck{d}); got != want {
			t.Errorf("%q: mostlyKorean = %v, want %v", src, got, want)
		}
	}
}

// TestKoreanSheet prints a Korean note with this machine's fonts: where a
// Hangul font is installed, no character is missing.
func TestKoreanSheet(t *testing.T) {
	if systemCJKFont(true) == systemCJKFont(false) {
		t.Skip("no font with Hangul on this machine (Debian: apt-get install fonts-nanum)")
	}
	if _, warns := sheetOf(t, "# 한국어\n\n- 사과: apple\n- 학교: school\n", nil); len(warns) != 0 {
		t.Errorf("warnings: %q", warns)
	}
}

// TestKoreanNamed: where the CJK font the sheet takes has no Hangul, as
// Debian's Droid fallback has three syllables, Korean prints as "[Korean
// text]", one warning a note, as Thai does without a font; the System
// Design Primer's line of translations printed "한국어" as "���". Its
// Chinese and Japanese print.
func TestKoreanNamed(t *testing.T) {
	if !fileExists(droidFont) {
		t.Skipf("%s not installed (apt-get install fonts-droid-fallback): skipping", droidFont)
	}
	defer withoutCJKFonts()()
	cjkFonts = []string{droidFont}
	pdf, warns := sheetOf(t, "English • 日本語 • 한국어 • 简体中文\n\n# Primer\n\n- Cache: 缓存\n- Greeting: 안녕하세요 친구\n", nil)
	text := strings.Join(strings.Fields(pdfTool(t, pdf, "pdftotext")), " ")
	for _, want := range []string{"日本語 • [Korean text] • 简体中文", "Cache: 缓存", "Greeting: [Korean text]"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the PDF text:\n%s", want, text)
		}
	}
	if strings.Contains(text, "\uFFFD") {
		t.Errorf("a character printed as \uFFFD:\n%s", text)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "n.md:1: cheat sheet: Korean text (2 lines from this one)") {
		t.Errorf("warnings %q, want one for the Korean text", warns)
	}
}

// TestEmojiMarksInCJKNote: in a Chinese note, whose CJK body font has no ✔
// or ✘, a mark emoji prints as its text symbol from the embedded font: a
// table's column of ✅ and ❌ printed empty, and "✅ 完成" lost its tick.
func TestEmojiMarksInCJKNote(t *testing.T) {
	if !fileExists(droidFont) {
		t.Skipf("%s not installed (apt-get install fonts-droid-fallback): skipping", droidFont)
	}
	defer withoutCJKFonts()()
	cjkFonts = []string{droidFont}
	pdf, warns := sheetOf(t, "# 任务\n\n- ✅ 完成: yes\n- ❌ 失败: no\n\n| 任务 | 状态 |\n|---|---|\n| 读书 | ✅ |\n| 写作 | 👎 |\n", nil)
	text := strings.Join(strings.Fields(pdfTool(t, pdf, "pdftotext")), " ")
	for _, want := range []string{"✔ 完成: yes", "✘ 失败: no"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the PDF text:\n%s", want, text)
		}
	}
	if strings.Count(text, "✔") != 2 || strings.Count(text, "✘") != 2 {
		t.Errorf("want two ✔ and two ✘, the table's too:\n%s", text)
	}
	if len(warns) != 0 {
		t.Errorf("warnings %q, want none", warns)
	}
}

// Debian's and Ubuntu's fonts-nanum: NanumGothic and its bold face.
const (
	nanumFont     = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
	nanumBoldFont = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf"
)

// withDebianCJKFonts makes Droid Sans Fallback and NanumGothic the CJK
// fonts of this machine, skipping the test where one is not installed; it
// returns the function that undoes it.
func withDebianCJKFonts(t *testing.T) func() {
	t.Helper()
	for _, f := range []string{droidFont, nanumFont} {
		if !fileExists(f) {
			t.Skipf("%s not installed (apt-get install fonts-droid-fallback fonts-nanum): skipping", f)
		}
	}
	restore := withoutCJKFonts()
	cjkFonts, hangulFonts = []string{droidFont}, []string{nanumFont}
	return restore
}

// TestMixedCJK: a note mixing Korean, Chinese and Japanese in a paragraph,
// a heading and a table prints every character, whichever CJK font the
// sheet takes: NanumGothic, taken for a mostly Korean note, has no
// simplified Chinese ("我爱你" printed "我??"), and Droid Sans Fallback,
// taken for a mostly Chinese one, no Hangul ("[Korean text]"). The second
// font draws what the first lacks.
func TestMixedCJK(t *testing.T) {
	defer withDebianCJKFonts(t)()
	mixed := "한국어와 中文 그리고 日本語 노트\n\n오늘 배운 单词 我爱你 그리고 日本語の勉強 学習 입니다.\n\n" +
		"| 한국어 | 中文 | 日本語 |\n|---|---|---|\n| 사랑 | 我爱你 | 愛してる |\n| 가방 | 书包 | かばん |\n"
	for name, src := range map[string]string{
		"mostly Korean":  "# " + mixed + "\n한국어를 공부하는 학생들이 많습니다 정말 그렇습니다 여러분 감사합니다.\n",
		"mostly Chinese": "# " + mixed + "\n学习中文的学生很多，真的很多，谢谢大家，我们一起学习汉语和日语吧。\n",
	} {
		pdf, warns := sheetOf(t, src, nil)
		text := strings.Join(strings.Fields(pdfTool(t, pdf, "pdftotext")), " ")
		for _, want := range []string{"한국어와 中文 그리고 日本語 노트", "오늘 배운 单词 我爱你 그리고 日本語の勉強 学習 입니다.", "사랑", "我爱你", "愛してる", "가방", "书包", "かばん"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: %q not in the PDF text:\n%s", name, want, text)
			}
		}
		if strings.ContainsAny(text, "?\uFFFD") || strings.Contains(text, "[Korean text]") {
			t.Errorf("%s: a character printed as ?, \uFFFD or [Korean text]:\n%s", name, text)
		}
		if len(warns) != 0 {
			t.Errorf("%s: warnings %q, want none", name, warns)
		}
	}
}

// TestCJKRunFont: a run of Han and kana that the body font lacks a
// character of is drawn in the second CJK font whole ("我爱你" in a Korean
// note, whose NanumGothic has 我 but not 爱 or 你, printed 我 apart), and
// so is kana in a Korean note, which NanumGothic has; Hangul in a Chinese
// note is drawn in the Hangul font, 가 too, which Droid Sans Fallback has.
func TestCJKRunFont(t *testing.T) {
	defer withDebianCJKFonts(t)()
	for _, c := range []struct {
		src, run string
		want     fontID
	}{
		{"# 한국어 공부\n\n사랑합니다 여러분 我爱你 학교 愛 입니다\n", "我爱你", fCJK},
		{"# 한국어 공부\n\n사랑합니다 여러분 我爱你 학교 愛 입니다\n", "愛", fRegular},
		{"# 한국어 공부\n\n사랑합니다 여러분 我爱你 학교 テキスト 입니다\n", "テキスト", fCJK},
		{"# 中文学习\n\n我们学习韩语和日语 가방 中文\n", "가방", fCJK},
	} {
		d, err := extract.Parse("n.md", []byte(c.src), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := Exporter{}.resolve(nil)
		if err != nil {
			t.Fatal(err)
		}
		s, err := newSheet(cfg, []extract.Deck{d})
		if err != nil {
			t.Fatal(err)
		}
		spans := []extract.Span{{Text: strings.Split(c.src, "\n")[2]}}
		var fonts []fontID
		for _, w := range s.words(spans, 7.5, fRegular, cText, extract.Pos{}) {
			for _, p := range w.parts {
				if strings.Contains(c.run, p.text) {
					fonts = append(fonts, p.font)
				}
			}
		}
		if len(fonts) == 0 {
			t.Errorf("%q: no part of %q", c.src, c.run)
		}
		for _, f := range fonts {
			if f != c.want {
				t.Errorf("%q: %q drawn in fonts %v, want all %d", c.src, c.run, fonts, c.want)
				break
			}
		}
	}
}

// TestCJKBoldFace: bold text of a note printed in NanumGothic is drawn in
// NanumGothicBold, where it is installed, not NanumGothic stroked; without
// a bold face the stroke stays.
func TestCJKBoldFace(t *testing.T) {
	if !fileExists(nanumBoldFont) {
		t.Skipf("%s not installed (apt-get install fonts-nanum): skipping", nanumBoldFont)
	}
	defer withDebianCJKFonts(t)()
	const src = "# 과일\n\n오늘 **사과** 사과 좋아요\n"
	if ops := textRenderModes(t, sheetWith(t, src, Exporter{})); len(ops) != 0 {
		t.Errorf("bold of NanumGothicBold drawn with %q", ops)
	}
	saved := cjkBoldFonts
	defer func() { cjkBoldFonts = saved }()
	cjkBoldFonts = nil
	if ops := textRenderModes(t, sheetWith(t, src, Exporter{})); len(ops) == 0 {
		t.Error("bold of NanumGothic without a bold face drawn without a stroke")
	}
}
