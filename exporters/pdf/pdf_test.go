package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"image"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf16"

	"github.com/jung-kurt/gofpdf"
	"github.com/notes2deck/notes2deck/extract"
	"golang.org/x/text/unicode/norm"
)

// Notes used by the tests, relative to the package folder.
var (
	sampleNote = filepath.Join("..", "..", "notes", "security-compliance.md")
	corpusDir  = filepath.Join("..", "..", "..", "shared", "corpus")
	droidFont  = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
)

// corpusNote returns a corpus file, skipping the test when it is absent.
func corpusNote(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(corpusDir, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	return p
}

// needTool skips the test when a poppler tool is missing.
func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s not installed (apt-get install poppler-utils): skipping", name)
	}
}

// pdfTool runs a poppler tool on data and returns its output.
func pdfTool(t *testing.T, data []byte, tool string, args ...string) string {
	t.Helper()
	needTool(t, tool)
	f := filepath.Join(t.TempDir(), "sheet.pdf")
	if err := os.WriteFile(f, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	cmd := exec.Command(tool, append(args, f, "-")...)
	if tool == "pdfinfo" {
		cmd = exec.Command(tool, f)
	}
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v: %s", tool, err, errb.String())
	}
	return out.String()
}

// pageCount reads the page count with pdfinfo.
func pageCount(t *testing.T, data []byte) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(pdfTool(t, data, "pdfinfo"))
	if m == nil {
		t.Fatal("pdfinfo shows no page count")
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// A bword is a word and its box, from pdftotext -bbox.
type bword struct {
	page                   int
	xMin, yMin, xMax, yMax float64
	text                   string
}

var (
	bboxPage = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// words returns the words of a PDF with their boxes.
func words(t *testing.T, data []byte) []bword {
	t.Helper()
	out := pdfTool(t, data, "pdftotext", "-bbox")
	var ws []bword
	page := 0
	for _, line := range strings.Split(out, "\n") {
		if bboxPage.MatchString(line) {
			page++
			continue
		}
		m := bboxWord.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		f := func(i int) float64 { v, _ := strconv.ParseFloat(m[i], 64); return v }
		ws = append(ws, bword{page, f(1), f(2), f(3), f(4), html.UnescapeString(m[5])})
	}
	return ws
}

// geometry is the column layout of a sheet made with e at its font size.
func geometry(t *testing.T, e Exporter) *sheet {
	t.Helper()
	cfg, err := e.resolve(nil)
	if err != nil {
		t.Fatal(err)
	}
	s := &sheet{cfg: cfg, cols: cfg.Columns}
	s.setSize(cfg.FontSize)
	return s
}

// readingOrder returns the words' text column by column, top to bottom,
// with white space removed.
func readingOrder(ws []bword, s *sheet) string {
	col := func(w bword) int { return int((w.xMin - s.left + s.gap/2) / (s.colW + s.gap)) }
	sorted := append([]bword(nil), ws...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.page != b.page {
			return a.page < b.page
		}
		if ca, cb := col(a), col(b); ca != cb {
			return ca < cb
		}
		if d := (a.yMin + a.yMax - b.yMin - b.yMax) / 2; d < -1.5 || d > 1.5 {
			return d < 0
		}
		return a.xMin < b.xMin
	})
	var sb strings.Builder
	for _, w := range sorted {
		sb.WriteString(squeeze(w.text))
	}
	return sb.String()
}

// squeeze removes white space.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

var (
	mdLink     = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdMarkup   = regexp.MustCompile("\\*\\*|__|`|~~|^\\s*(?:[-*+]|\\d+[.)])\\s+(?:\\[[ xX]\\]\\s+)?|^\\s*#{1,6}\\s+|^\\s*>\\s?")
	mdEmph     = regexp.MustCompile(`(^|[^\w*_])[*_]([^*_\s][^*_]*)[*_]`)
	autoLink   = regexp.MustCompile(`<((?:https?|mailto):[^>\s]*)>`)
	htmlTagRe  = regexp.MustCompile(`<[^>]*>`)
	textAttrRe = regexp.MustCompile(`<[A-Za-z][^>]*\stext="([^"]*)"[^>]*/>`) // a component holding its text in an attribute
	linkDef    = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s`)
	refLink    = regexp.MustCompile(`!?\[([^\]]*)\](?:\[[^\]]*\])?`)
	htmlCommRe = regexp.MustCompile(`(?s)<!--.*?-->`)
	escapes    = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!&|<>~])`)
)

// contentLines returns the text of a note's content lines: headings, list
// items, paragraphs lines, table cells and code lines, with Markdown markup
// removed. Table-of-contents lines (links to #anchors) and image-only lines are left out.
func contentLines(t *testing.T, file string) []string {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Skip(err)
	}
	text := string(src)
	if strings.HasPrefix(text, "---\n") {
		if i := strings.Index(text[4:], "\n---\n"); i >= 0 {
			text = text[4+i+5:]
		}
	}
	text = htmlCommRe.ReplaceAllString(text, "")
	var out []string
	inCode := false
	inStyle := false
	prevCells, tableCols := 0, 0 // a GFM table keeps as many cells as its header row
	for _, line := range strings.Split(text, "\n") {
		trim := strings.TrimSpace(line)
		if !strings.HasPrefix(trim, "|") {
			prevCells, tableCols = 0, 0
		}
		if strings.HasPrefix(trim, "```") || strings.HasPrefix(trim, "~~~") {
			inCode = !inCode
			continue
		}
		if inCode {
			if trim != "" {
				out = append(out, trim)
			}
			continue
		}
		if regexp.MustCompile(`^\s*[-*+]?\s*\[[^\]]*\]\(#[^)]*\)\s*$`).MatchString(line) {
			continue // table of contents
		}
		if linkDef.MatchString(line) {
			continue // a link reference definition is no content
		}
		if strings.HasPrefix(trim, ":::") || strings.HasPrefix(trim, "{%") {
			continue // a container's fence or a Liquid tag shows nothing
		}
		if strings.HasPrefix(strings.ToLower(trim), "<style") {
			inStyle = true
		}
		if inStyle {
			inStyle = !strings.Contains(strings.ToLower(trim), "</style>")
			continue // CSS is no content
		}
		if regexp.MustCompile(`^\|?[\s:|-]+\|?$`).MatchString(trim) && strings.Contains(trim, "-") {
			tableCols = prevCells
			continue // table separator or rule
		}
		cells := []string{line}
		if strings.HasPrefix(trim, "|") {
			cells = strings.Split(strings.Trim(trim, "|"), "|")
			prevCells = len(cells)
			if tableCols > 0 && len(cells) > tableCols {
				cells = cells[:tableCols] // GFM drops the cells past the header's
			}
		}
		for _, c := range cells {
			c = mdLink.ReplaceAllStringFunc(c, func(m string) string {
				if strings.HasPrefix(m, "!") {
					return ""
				}
				return mdLink.FindStringSubmatch(m)[1]
			})
			c = autoLink.ReplaceAllString(c, "$1")
			c = refLink.ReplaceAllString(c, "$1")
			c = outsideBackticks(c, func(t string) string {
				t = textAttrRe.ReplaceAllString(t, "$1")                           // m<d text="a"/>gst prints as magst
				t = strings.ReplaceAll(htmlTagRe.ReplaceAllString(t, ""), "~", "") // w<d/>ll prints as wll; ~x~ is struck out or lowered
				t = html.UnescapeString(t)
				t = mdMarkup.ReplaceAllString(t, "")
				t = mdEmph.ReplaceAllString(t, "$1$2")
				t = strings.Map(dropEmoji, extract.Emoji(t)) // ":+1:" prints as its emoji's symbol, or nothing
				return escapes.ReplaceAllString(t, "$1")
			})
			c = foldScripts(strings.TrimSpace(strings.ReplaceAll(c, "`", "")))
			if squeeze(c) == "" || strings.Trim(c, "-*_=#") == "" {
				continue
			}
			if summaryWords[strings.ToLower(c)] {
				continue
			}
			out = append(out, c)
		}
	}
	return out
}

// foldScripts returns s with its raised and lowered signs as plain ones and
// without the carets of pandoc's superscripts: the sheet prints "Na^+^" and
// "H~2~O" as Na⁺ and H₂O, and a note may type either.
func foldScripts(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '^' {
			return -1
		}
		if r >= 0x2070 && r <= 0x209f || r == '¹' || r == '²' || r == '³' {
			if f := []rune(norm.NFKC.String(string(r))); len(f) == 1 {
				return f[0]
			}
		}
		return r
	}, s)
}

// summaryWords are <summary> labels the sheet leaves out.
var summaryWords = map[string]bool{"show": true, "answer": true, "solution": true, "hide": true}

// TestSampleFitsTwoPages: the sample note fits in two A4 landscape pages at
// the defaults, and in one page at 6 pt or more with Pages 1.
func TestSampleFitsTwoPages(t *testing.T) {
	data := render(t, []string{sampleNote}, Exporter{})
	if n := pageCount(t, data); n > 2 {
		t.Errorf("sample note at the defaults: %d pages, want ≤ 2", n)
	}
	info := pdfTool(t, data, "pdfinfo")
	if !strings.Contains(info, "841.89 x 595.28") {
		t.Errorf("not A4 landscape:\n%s", info)
	}

	e := Exporter{Pages: 1}
	cfg, err := e.resolve(nil)
	if err != nil {
		t.Fatal(err)
	}
	decks := parseNotes(t, []string{sampleNote})
	s, err := newSheet(cfg, decks)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.fit(decks); err != nil {
		t.Fatal(err)
	}
	if s.size < 6 {
		t.Errorf("Pages 1: font size %g pt, want ≥ 6", s.size)
	}
	var buf bytes.Buffer
	if err := s.output(&buf); err != nil {
		t.Fatal(err)
	}
	if n := pageCount(t, buf.Bytes()); n != 1 {
		t.Errorf("Pages 1: %d pages", n)
	}
	t.Logf("Pages 1: %g pt", s.size)
}

// TestPagesTooFew: a note that cannot fit fails with the page count it needs.
func TestPagesTooFew(t *testing.T) {
	decks := parseNotes(t, []string{corpusNote(t, "system-design-primer-large.md")})
	err := Exporter{Pages: 1}.Export(&bytes.Buffer{}, decks)
	if err == nil || !regexp.MustCompile(`needs \d+ pages at the minimum font size 5.5 pt`).MatchString(err.Error()) {
		t.Fatalf("error %v, want one saying how many pages it needs", err)
	}
}

// TestSampleText: every heading and term of the sample is in the PDF's text,
// with its en dashes and curly quotes.
func TestSampleText(t *testing.T) {
	data := render(t, []string{sampleNote}, Exporter{})
	text := squeeze(pdfTool(t, data, "pdftotext"))
	decks := parseNotes(t, []string{sampleNote})
	n := 0
	var walk func([]extract.Block)
	check := func(spans []extract.Span, kind string) {
		for _, sp := range spans {
			if kind == "heading" || sp.Style&extract.Term != 0 {
				n++
				if !strings.Contains(text, squeeze(sp.Text)) {
					t.Errorf("%s %q not in the PDF text", kind, sp.Text)
				}
			}
		}
	}
	walk = func(bs []extract.Block) {
		for _, b := range bs {
			if b.Kind == extract.Heading {
				check(b.Spans, "heading")
			} else {
				check(b.Spans, "term")
			}
			for _, it := range b.Items {
				check(it.Spans, "term")
				walk(it.Blocks)
			}
			walk(b.Blocks)
		}
	}
	walk(decks[0].Outline)
	if n < 40 {
		t.Errorf("only %d headings and terms found in the outline", n)
	}
	for _, s := range []string{"CloudTrailEventsLogs–unusualAPIcalls", "“finding”", "it’s", "…"} {
		if !strings.Contains(text, s) {
			t.Errorf("%q not in the PDF text", s)
		}
	}
}

// dropEmoji maps an emoji, and the selector that asks for its picture, to
// nothing: the sheet prints a symbol for some and leaves the others out.
func dropEmoji(r rune) rune {
	if isEmoji(r) || r == '\uFE0F' {
		return -1
	}
	return r
}

// TestContentInOrder: at least 98% of each note's content lines are in the
// PDF's text, in reading order.
func TestContentInOrder(t *testing.T) {
	corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*.md"))
	for _, file := range append([]string{sampleNote}, corpus...) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			if _, err := os.Stat(file); err != nil {
				t.Skip(err)
			}
			e := Exporter{}
			if src, _ := os.ReadFile(file); hasCJK(string(src)) {
				if !fileExists(droidFont) {
					t.Skipf("%s not installed (fonts-droid-fallback)", droidFont)
				}
				e.Font = droidFont // the note's Chinese or Japanese needs a CJK font
			}
			text := foldScripts(readingOrder(words(t, render(t, []string{file}, e)), geometry(t, e)))
			lines := contentLines(t, file)
			at, missing := 0, 0
			for _, l := range lines {
				next, ok := findInOrder(text, at, l)
				if !ok {
					missing++
					if testing.Verbose() {
						t.Logf("not found in order: %q", l)
					}
					continue
				}
				if next-at > 3000 && testing.Verbose() {
					t.Logf("jumped %d for %q", next-at, l)
				}
				at = next
			}
			if got := 1 - float64(missing)/float64(len(lines)); got < 0.98 {
				t.Errorf("%d of %d content lines found in order (%.1f%%), want ≥ 98%%", len(lines)-missing, len(lines), 100*got)
			}
		})
	}
}

// findInOrder looks for line's words in text from at on: the first within a
// window, each next one soon after the one before (cells and wrapped lines
// interleave). It returns where the first word ends.
func findInOrder(text string, at int, line string) (int, bool) {
	const window, gap = 4000, 400
	ws := strings.Fields(line)
	if len(ws) == 0 {
		return at, true
	}
	limit := func(from, n int) string { return text[from:min(len(text), from+n)] }
	first := strings.Index(limit(at, window), squeeze(ws[0]))
	if first < 0 && len(squeeze(line)) >= 12 {
		// A long line is distinctive enough to look for further on.
		if i := strings.Index(text[at:], squeeze(line)); i >= 0 {
			return at + i + len(squeeze(ws[0])), true
		}
	}
	if first < 0 {
		return at, false
	}
	end := at + first + len(squeeze(ws[0]))
	pos := end
	for _, w := range ws[1:] {
		i := strings.Index(limit(pos, gap), squeeze(w))
		if i < 0 {
			return at, false
		}
		pos += i + len(squeeze(w))
	}
	return end, true
}

// TestWordsInColumns: no word crosses its column's edges or the margins.
func TestWordsInColumns(t *testing.T) {
	corpus, _ := filepath.Glob(filepath.Join(corpusDir, "*.md"))
	files := append([]string{sampleNote}, corpus...)
	for _, cols := range []int{2, 3, 4} {
		for _, file := range files {
			t.Run(fmt.Sprintf("%s/%dcols", filepath.Base(file), cols), func(t *testing.T) {
				e := Exporter{Columns: cols}
				if src, _ := os.ReadFile(file); hasCJK(string(src)) && fileExists(droidFont) {
					e.Font = droidFont
				}
				s := geometry(t, e)
				const tol = 0.6
				bad := 0
				for _, w := range words(t, render(t, []string{file}, e)) {
					if strings.Trim(w.text, "?") == "" {
						continue // glyphs pdftotext cannot map: it guesses their boxes as 1 em each
					}
					if w.xMin < s.cfg.Margin-tol || w.xMax > s.cfg.pageW-s.cfg.Margin+tol || w.yMin < s.cfg.Margin-tol || w.yMax > s.cfg.pageH-s.cfg.Margin+tol {
						t.Errorf("page %d: %q at x %.1f–%.1f y %.1f–%.1f crosses the margins", w.page, w.text, w.xMin, w.xMax, w.yMin, w.yMax)
						bad++
					}
					mid := (w.yMin + w.yMax) / 2
					if mid < s.top || mid > s.top+s.colH {
						continue // header or footer
					}
					c := int((w.xMin - s.left + s.gap/2) / (s.colW + s.gap))
					left := s.left + float64(c)*(s.colW+s.gap)
					if w.xMin < left-tol || w.xMax > left+s.colW+tol {
						t.Errorf("page %d: %q at x %.1f–%.1f leaves column %d (%.1f–%.1f)", w.page, w.text, w.xMin, w.xMax, c+1, left, left+s.colW)
						bad++
					}
					if bad > 10 {
						t.FailNow()
					}
				}
			})
		}
	}
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// TestDropEmptyHeadings: a heading over nothing, over only a table of
// contents (which the sheet leaves out), or over only empty headings of
// its level or below, leaves the sheet; one over content, or
// over a heading with content, stays; in a note written in headings, every
// heading with text stays.
func TestDropEmptyHeadings(t *testing.T) {
	h := func(level int, text string) extract.Block {
		return extract.Block{Kind: extract.Heading, Level: level, Spans: []extract.Span{{Text: text}}}
	}
	p := extract.Block{Kind: extract.Paragraph, Spans: []extract.Span{{Text: "text"}}}
	toc := extract.Block{Kind: extract.List, Items: []extract.Item{{Spans: []extract.Span{{Text: "A", Style: extract.Link, URL: "#a"}}}}}
	for _, tt := range []struct {
		name string
		in   []extract.Block
		want string
	}{
		{"template", []extract.Block{h(1, "T"), p, h(2, "Outcomes"), h(2, "Notes"), p, h(2, "Questions")}, "T text Notes text"},
		{"nested", []extract.Block{h(1, "T"), h(2, "A"), h(3, "A1"), p, h(2, "B"), h(3, "B1")}, "T A A1 text"},
		{"none empty", []extract.Block{h(1, "T"), p}, "T text"},
		{"all empty", []extract.Block{h(1, "T"), h(2, "A"), h(2, "")}, "T A"},
		{"table of contents", []extract.Block{h(1, "T"), h(2, "Contents"), toc, h(2, "A"), p}, "T  A text"},
		{"contents over a rule", []extract.Block{h(1, "T"), h(2, "Navigate"), toc, {Kind: extract.Rule}, h(2, "A"), p}, "T   A text"},
		{"written in headings", []extract.Block{h(1, "T"), h(2, "Clinical features:"), h(3, "Nausea and vomiting"), h(3, "Hx of alcohol use"), h(2, "Workup:"), h(3, "ECG"), p, h(3, "Lipase")},
			"T Clinical features: Nausea and vomiting Hx of alcohol use Workup: ECG text Lipase"},
	} {
		var got []string
		for _, b := range dropEmptyHeadings(tt.in) {
			got = append(got, extract.PlainText(b.Spans))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, strings.Join(got, " "), tt.want)
		}
	}
}

// TestCodeColumns: a code block keeps the width of every run of spaces, so
// that its columns line up: "col2" starts where "b" does.
func TestCodeColumns(t *testing.T) {
	file := filepath.Join(t.TempDir(), "code.md")
	src := "# C\n\n```\ncol1      col2      col3\na         b         c\n  xx  yy\n```\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	x := map[string]float64{}
	for _, w := range words(t, render(t, []string{file}, Exporter{})) {
		x[w.text] = w.xMin
	}
	for _, pair := range [][2]string{{"col2", "b"}, {"col3", "c"}} {
		if d := x[pair[0]] - x[pair[1]]; d < -0.5 || d > 0.5 {
			t.Errorf("%q at x %.1f, %q at %.1f: want them aligned", pair[0], x[pair[0]], pair[1], x[pair[1]])
		}
	}
	if x["xx"] <= x["a"] || x["yy"] >= x["b"] {
		t.Errorf("indented line: xx at %.1f (a at %.1f), yy at %.1f (b at %.1f)", x["xx"], x["a"], x["yy"], x["b"])
	}
}

// TestEmoji: an emoji no font has is shown as its text symbol (✅ as ✔, 🡪
// as →) or left out, with what joins it, and without a warning: it
// decorates. In code too, where an emoji alone was a word of nothing that
// crashed the layout. A character that is no emoji is still replaced and
// warned about.
func TestEmoji(t *testing.T) {
	t.Cleanup(withoutCJKFonts()) // the embedded fonts, as on a machine without CJK
	file := filepath.Join(t.TempDir(), "emoji.md")
	src := "# E\n\n- ✅ Done: yes\n- ❌ Wrong: no\n- 💡 Tip: draw\n- 👨\u200d💻 Coder: dev\n- 👍🏽 Thumbs: up\n- ⭐ Star: ok\n- 急 Kyū: sudden\n- ⏰ Alarm: wake\n- ⌛ Hourglass: wait\n\n" +
		"- list\n\n            (2) Customs 😊 consider setting industry standards\n\n            dispositive 🡪 consider\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var warns []string
	text := pdfTool(t, render(t, []string{file}, Exporter{Warn: func(w extract.Warning) { warns = append(warns, w.String()) }}), "pdftotext")
	for _, want := range []string{"✔ Done: yes", "✘ Wrong: no", "• Tip: draw", "• Coder: dev", "• ✔ Thumbs: up", "★ Star: ok", "\uFFFD Kyū: sudden",
		"dispositive → consider", "(2) Customs consider", "• Alarm: wake", "• Hourglass: wait"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the PDF text:\n%s", want, text)
		}
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "emoji.md:9:") || !strings.Contains(warns[0], "U+6025") {
		t.Errorf("warnings %q, want one, for 急 on line 9", warns)
	}
}

// TestEmojiShortcodes: an emoji written as GitHub's shortcode prints as the
// emoji would, its text symbol or nothing; the sheet printed
// ":white_check_mark:" and ":bulb:" raw, in the page header too. In code, a name GitHub does not
// know, GitHub's own pictures (":octocat:") and colons inside words they
// stay as typed.
func TestEmojiShortcodes(t *testing.T) {
	t.Cleanup(withoutCJKFonts())
	file := filepath.Join(t.TempDir(), "sc.md")
	src := "# :books: E\n\n- :white_check_mark: Done: yes\n- :x: Wrong: no\n- :warning: Never in kernel mode\n- Tip :memo: read it\n\n:bulb: Threads run in kernel mode\n\n" +
		"- :wq: save and quit\n- `:warning:` in code\n- At 12:30:45 call std::mem::take, a:x:b\n- :octocat: and :notanemoji: stay\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(pdfTool(t, render(t, []string{file}, Exporter{}), "pdftotext")), " ")
	for _, want := range []string{"E E • ✔ Done: yes", "• ✘ Wrong: no", "• ⚠", "Never in kernel mode", "• Tip read it", "1970 Threads run in kernel mode •",
		":wq: save and quit", ":warning: in code", "At 12:30:45 call std::mem::take, a:x:b", ":octocat: and :notanemoji: stay"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the PDF text:\n%s", want, text)
		}
	}
	for _, gone := range []string{":books:", ":white_check_mark", ":x: Wrong", ":warning: Never", ":memo:", ":bulb:"} {
		if strings.Contains(text, gone) {
			t.Errorf("%q printed raw:\n%s", gone, text)
		}
	}
	// The cards' fronts, backs, deck and headings, printed as flashcards.
	cards := pdfTool(t, render(t, []string{file}, Exporter{Layout: "cards"}), "pdftotext")
	if strings.Contains(cards, ":books:") || strings.Contains(cards, ":white_check_mark") {
		t.Errorf("shortcodes printed raw on the cards:\n%s", cards)
	}
}

// TestThumbsInTable: a table whose cells are thumbs, up or down, pasted or
// written as shortcodes, prints them as ✔ and ✘; its cells printed empty.
func TestThumbsInTable(t *testing.T) {
	t.Cleanup(withoutCJKFonts())
	file := filepath.Join(t.TempDir(), "thumbs.md")
	src := "# T\n\n| Task | Short | Long |\n|---|---|---|\n| Read the topics | :+1: | :-1: |\n| Review | 👍 | 👎 |\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(pdfTool(t, render(t, []string{file}, Exporter{}), "pdftotext")), " ")
	for _, want := range []string{"Short ✔ ✔", "Long ✘ ✘"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the PDF text:\n%s", want, text)
		}
	}
}

// TestMathLetters: the styled letters and digits of Unicode's Mathematical
// Alphanumeric Symbols, which a formula pasted from a rendered page holds
// and no font of the sheet has, print as the letters they style, without a
// warning; they printed "�" each. A double-struck letter prints as its
// letter: the expectation \mathbb{E} writes, 𝔼[X], printed "�[X]"; the
// join of relational algebra, ⨝, as the bowtie ⋈ the font has. (Script
// and fraktur letters, signs of their own, are still reported: see
// TestTitleGlyphWarnings.)
func TestMathLetters(t *testing.T) {
	t.Cleanup(withoutCJKFonts())
	file := filepath.Join(t.TempDir(), "frm.md")
	src := "# Portfolio\n\n- MCVA𝑛 = alpha − 2 × 𝜆𝐴 × 𝜑 × MCAR𝑛\n- 𝐀𝐁 𝖠 𝟐𝟶 𝛁𝝏 ok\n- Cov: $\\mathbb{E}[XY] - \\mathbb{E}[X]$ and 𝕜\n- Natural Join (⨝ / bowtie): both\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var warns []string
	text := pdfTool(t, render(t, []string{file}, Exporter{Warn: func(w extract.Warning) { warns = append(warns, w.String()) }}), "pdftotext")
	for _, want := range []string{"MCVAn = alpha − 2 × λA × φ × MCARn", "AB A 20 ∇∂ ok", "Cov: E[XY] - E[X] and k", "Natural Join (⋈ / bowtie): both"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the PDF text:\n%s", want, text)
		}
	}
	if len(warns) != 0 {
		t.Errorf("warnings %q, want none", warns)
	}
}

// TestMathSigns: the signs the sheet writes for TeX's big operators,
// norms, bra-kets, multiple integrals and amssymb's arrows and relations are
// in its font, so they print without a warning; a footnote whose definition
// is a bare address prints no "^1". Each printed as its command's name, or
// "reject $H₀$".
func TestMathSigns(t *testing.T) {
	t.Cleanup(withoutCJKFonts())
	file := filepath.Join(t.TempDir(), "signs.md")
	src := "# Signs\n\n- $c=\\bigvee L_k \\bigwedge \\bigoplus \\bigotimes \\coprod \\bigodot$\n" +
		"- $\\norm{v} \\abs{x} \\ket{\\psi} \\bra{\\phi} \\iint \\iiint \\oiint \\lg\\frac{a}{b}$\n" +
		"- $\\Uparrow \\Downarrow \\updownarrow \\Updownarrow \\nearrow \\searrow \\nwarrow \\swarrow \\hookleftarrow$\n" +
		"- $\\leftharpoonup \\rightharpoonup \\leftharpoondown \\rightharpoondown \\leftrightharpoons \\rightleftarrows \\leftrightarrows \\leadsto$\n" +
		"- $\\lesssim \\gtrsim \\lll \\ggg \\nparallel \\ncong \\intercal \\wp \\imath \\jmath \\uplus \\AA \\measuredangle \\mathring{A} \\overleftrightarrow{AB}$\n" +
		"- Test[^1] it\n\n$$\\text{reject $H_0$}$$\n\n[^1]: https://x.org/t\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var warns []string
	text := strings.Join(strings.Fields(pdfTool(t, render(t, []string{file}, Exporter{Warn: func(w extract.Warning) { warns = append(warns, w.String()) }}), "pdftotext")), " ")
	for _, want := range []string{"c=⋁ Lₖ ⋀ ⨁ ⨂ ∐ ⨀", "‖v‖ |x| |ψ⟩ ⟨φ| ∬ ∭ ∯ lg a/b", "⇑ ⇓ ↕ ⇕ ↗ ↘ ↖ ↙ ↩", "↼ ⇀ ↽ ⇁ ⇋ ⇄ ⇆ ⇝",
		"≲ ≳ ⋘ ⋙ ∦ ≇ ⊺ ℘ ı ȷ ⊎ Å ∡", "• Test it", "reject H₀"} {
		// pdftotext sets no space between two arrows
		if !strings.Contains(strings.ReplaceAll(text, " ", ""), strings.ReplaceAll(want, " ", "")) {
			t.Errorf("%q not in the PDF text:\n%s", want, text)
		}
	}
	if len(warns) != 0 || strings.Contains(text, "\\") || strings.Contains(text, "^1") {
		t.Errorf("warnings %q, or a name or label printed raw:\n%s", warns, text)
	}
}

// TestJapanese: with a CJK TrueType font the Japanese prints; without one the
// build warns about the characters it cannot show.
func TestJapanese(t *testing.T) {
	file := corpusNote(t, "med-stomach-japanese-html.md")
	var warns []extract.Warning
	e := Exporter{Warn: func(w extract.Warning) { warns = append(warns, w) }}
	restore := withoutCJKFonts()
	render(t, []string{file}, e)
	restore()
	if len(warns) == 0 {
		t.Fatal("no warning about characters without a glyph")
	}
	if w := warns[0].String(); !strings.Contains(w, "med-stomach-japanese-html.md:") || !strings.Contains(w, "no glyph for") {
		t.Errorf("first warning %q", w)
	}
	seen := map[string]bool{}
	for _, w := range warns {
		if seen[w.Msg] {
			t.Errorf("warned twice: %s", w)
		}
		seen[w.Msg] = true
	}

	if !fileExists(droidFont) {
		t.Skipf("%s not installed (fonts-droid-fallback)", droidFont)
	}
	warns = nil // with no --font, the machine's CJK font is found
	text := pdfTool(t, render(t, []string{file}, e), "pdftotext")
	for _, want := range []string{"急性胃粘膜病変", "重症熱傷", "自己免疫", "Strickland-Mackay"} {
		if !strings.Contains(squeeze(text), want) {
			t.Errorf("%q not in the PDF text", want)
		}
	}
	for _, w := range warns {
		t.Errorf("unexpected warning with %s: %s", droidFont, w)
	}
}

// TestByteStable: the same input gives the same bytes.
func TestByteStable(t *testing.T) {
	for _, layout := range []string{"sheet", "cards"} {
		a := render(t, []string{sampleNote}, Exporter{Time: 1700000000, Layout: layout})
		b := render(t, []string{sampleNote}, Exporter{Time: 1700000000, Layout: layout})
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two exports differ", layout)
		}
		if !bytes.Contains(a, []byte("D:20231114221320")) {
			t.Errorf("%s: creation date not taken from Time", layout)
		}
	}
}

// TestFontNames: the embedded fonts keep the names gofpdf gives them, the
// hash of their definitions (third_party/gofpdf hashes the widths without
// json.Marshal's reflection, and must hash the same bytes).
func TestFontNames(t *testing.T) {
	pdf := render(t, []string{sampleNote}, Exporter{Time: 1700000000})
	for _, name := range []string{
		"/Fb280bbc75d4f0565ef82d4ffd9dc1ad8d7ae1427 ", "/Fb57c2fd10cb072bd4f7bc2d660ee487b601f6299 ",
		"/Fe8d4309bae06a60ed8fe8008f9b8b01de6ef07c2 ", "/Ffd7072815258f8619f4af511d8ec5a9e0088a732 ",
	} {
		if !bytes.Contains(pdf, []byte(name)) {
			t.Errorf("no font %s", name)
		}
	}
}

// TestPathsLeaveNoTrace: the same note reached by another path, as from
// another folder or with an absolute path, gives the same bytes; the sheet
// names the note by its file name alone.
func TestPathsLeaveNoTrace(t *testing.T) {
	src := []byte("# Cells\n\n- Osmosis: water moves across a membrane\n")
	var out [][]byte
	for _, file := range []string{"notes/cells.md", "../notes/cells.md", "/home/student/notes/cells.md"} {
		d, err := extract.Parse(file, src, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := (&Exporter{Time: 1700000000}).Export(&buf, []extract.Deck{d}); err != nil {
			t.Fatal(err)
		}
		out = append(out, buf.Bytes())
	}
	if !bytes.Equal(out[0], out[1]) || !bytes.Equal(out[0], out[2]) {
		t.Errorf("the same note by three paths gave different sheets")
	}
}

// TestInfoOutsideBMP: characters beyond U+FFFF in the title and the file
// name were written into the PDF's /Title and /Subject as broken UTF-16
// (gofpdf has no surrogate pairs), mojibake in a viewer's title bar. They
// are UTF-16 surrogate pairs now.
func TestInfoOutsideBMP(t *testing.T) {
	d, err := extract.Parse("notes/😀 rings.md", []byte("# 𝔄lgebra and 𠀀 and 😀 (notes\\)\n\n- Ring: a set\n"), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := (Exporter{Time: 1700000000}).Export(&buf, []extract.Deck{d}); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{
		"/Title":   "𝔄lgebra and 𠀀 and 😀 (notes\\)",
		"/Subject": "Cheat sheet of 😀 rings.md",
	} {
		if got := infoString(t, buf.Bytes(), key); got != want {
			t.Errorf("%s %q, want %q", key, got, want)
		}
	}
}

// TestTitleGlyphWarnings: a character the font lacks in a note's title,
// printed in each page's header, was reported with no file and no line
// (": warning: cheat sheet: no glyph for …"), for the header is laid out
// first. It names the H1 that reads the title, else the note's first line;
// on flashcards, a card's text names the card's line.
func TestTitleGlyphWarnings(t *testing.T) {
	for _, tc := range []struct {
		name, file, src, layout string
		want                    []string
	}{
		{"heading", "n.md", "intro\n\n# Notes on 𝔄lgebra\n\n- Ring: a set\n", "",
			[]string{"n.md:3: cheat sheet: no glyph for \"𝔄\""}},
		{"front matter title", "n.md", "---\ntags: [x]\ntitle: Ring 𝔟\n---\n\n- Ring: a set\n", "",
			[]string{"n.md:1: cheat sheet: no glyph for \"𝔟\""}},
		{"file name", "𝔈 rings.md", "- Ring: a set\n", "",
			[]string{"𝔈 rings.md:1: cheat sheet: no glyph for \"𝔈\""}},
		{"cards", "n.md", "# Rings\n\n- Ring 𝔇: a set 𝔉\n", "cards",
			[]string{"n.md:3: cheat sheet: no glyph for \"𝔇𝔉\" (2 characters)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, tc.file)
			d, err := extract.Parse(file, []byte(tc.src), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var warns []string
			e := Exporter{Time: 1700000000, Layout: tc.layout, Warn: func(w extract.Warning) {
				warns = append(warns, strings.TrimPrefix(w.String(), dir+string(filepath.Separator)))
			}}
			if err := e.Export(io.Discard, []extract.Deck{d}); err != nil {
				t.Fatal(err)
			}
			if len(warns) != len(tc.want) {
				t.Fatalf("warnings %q, want %d", warns, len(tc.want))
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(warns[i], w) {
					t.Errorf("warning %q, want %q…", warns[i], w)
				}
			}
		})
	}
}

// infoString returns the PDF text string after key in data, a literal
// string of UTF-16BE after a byte order mark, decoded.
func infoString(t *testing.T, data []byte, key string) string {
	t.Helper()
	i := bytes.Index(data, []byte(key+" (\xFE\xFF"))
	if i < 0 {
		t.Fatalf("no %s of UTF-16 in the PDF", key)
	}
	var raw []byte
	for j := i + len(key) + 4; j < len(data) && data[j] != ')'; j++ {
		c := data[j]
		if c == '\\' && j+1 < len(data) {
			j++
			if c = data[j]; c == 'r' {
				c = '\r'
			}
		}
		raw = append(raw, c)
	}
	u := make([]uint16, len(raw)/2)
	for k := range u {
		u[k] = uint16(raw[2*k])<<8 | uint16(raw[2*k+1])
	}
	return string(utf16.Decode(u))
}

// TestImagesByteStable: a sheet with several images of one width gives the
// same bytes at every export (gofpdf ordered them by a map, see
// third_party/README.md).
func TestImagesByteStable(t *testing.T) {
	dir := t.TempDir()
	note := "# Pictures\n\n"
	for i, c := range [][4]uint8{{255, 0, 0, 255}, {0, 255, 0, 255}, {0, 0, 255, 255}, {9, 9, 9, 255}} {
		img := image.NewRGBA(image.Rect(0, 0, 8, 8))
		for p := range img.Pix {
			img.Pix[p] = c[p%4]
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("p%d.png", i)
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		note += fmt.Sprintf("- Picture %d: ![%s](%s)\n", i, name, name)
	}
	file := filepath.Join(dir, "n.md")
	if err := os.WriteFile(file, []byte(note), 0o644); err != nil {
		t.Fatal(err)
	}
	first := render(t, []string{file}, Exporter{Time: 1700000000})
	for range 8 {
		if !bytes.Equal(render(t, []string{file}, Exporter{Time: 1700000000}), first) {
			t.Fatal("two exports differ")
		}
	}
}

// TestFrontMatter: the cheatsheet block sets options; explicit fields win.
func TestFrontMatter(t *testing.T) {
	d := extract.Deck{Settings: map[string]any{"cheatsheet": map[string]any{"columns": 4, "font-size": 7, "margin": "0.5in", "paper": "letter"}}}
	c, err := Exporter{Columns: 2}.resolve([]extract.Deck{d})
	if err != nil {
		t.Fatal(err)
	}
	if c.Columns != 2 || c.FontSize != 7 || c.Margin != 36 || c.pageW != 792 {
		t.Errorf("got columns %d, size %g, margin %g, width %g", c.Columns, c.FontSize, c.Margin, c.pageW)
	}
	d.Settings["cheatsheet"] = map[string]any{"colums": 4}
	if _, err := (Exporter{}).resolve([]extract.Deck{d}); err == nil || !strings.Contains(err.Error(), "colums") {
		t.Errorf("unknown key: error %v", err)
	}
}

// TestFrontMatterErrors: a bad "cheatsheet:" option is an error at the
// line of the option, the same from CheckDeck (check) and Export (build);
// an empty "cheatsheet:" is no options.
func TestFrontMatterErrors(t *testing.T) {
	for _, tc := range []struct{ fm, want string }{
		{"cheatsheet:\n  # columns: 4\n", ""},
		{"cheatsheet: ~\n", ""},
		{"cheatsheet:\n  columns: 4\n", ""},
		{"title: T\ncheatsheet:\n  columns: 99\n", "n.md:4: front matter: cheatsheet: columns 99: want 1 to 6"},
		{"cheatsheet:\n  paper: a4\n  colums: 3\n", "n.md:4: front matter: cheatsheet: colums: unknown option"},
		{"cheatsheet:\n  paper: A3\n", "n.md:3: front matter: cheatsheet: paper \"A3\": want a4 or letter"},
		{"cheatsheet:\n  pages: 0\n", "n.md:3: front matter: cheatsheet: pages: want 1 or more, got 0"},
		{"cheatsheet:\n  Columns: 0\n", "n.md:3: front matter: cheatsheet: Columns: want 1 to 6, got 0"},
		{"cheatsheet:\n  font-size: 0\n", "n.md:3: front matter: cheatsheet: font-size: want 3 to 24, got 0"},
		{"cheatsheet:\n  font-size: .nan\n", "n.md:3: front matter: cheatsheet: font-size: want 3 to 24, got NaN"},
		{"cheatsheet:\n  columns: 2\n  min-font-size: .NaN\n", "n.md:4: front matter: cheatsheet: min-font-size: want 3 to the font size, got NaN"},
		{"cheatsheet:\n  font-size: -.inf\n", "n.md:3: front matter: cheatsheet: font-size: want 3 to 24, got -Inf"},
		{"cheatsheet: 4\n", "n.md:2: front matter: cheatsheet: want options on the lines below it"},
		// A value of another kind is named as YAML reads it, not as Go
		// prints it ("got <nil>", "got map[a:1]", "got [a]").
		{"cheatsheet:\n  columns: null\n", "n.md:3: front matter: cheatsheet: columns: want 1 to 6, got no value"},
		{"cheatsheet:\n  columns: 2024-01-01\n", "n.md:3: front matter: cheatsheet: columns: want 1 to 6, got a date"},
		{"cheatsheet:\n  pages: true\n", "n.md:3: front matter: cheatsheet: pages: want 1 or more, got true or false"},
		{"cheatsheet:\n  font-bold: {a: 1}\n", "n.md:3: front matter: cheatsheet: font-bold: want text, got a mapping"},
		{"cheatsheet:\n  font: [a]\n", "n.md:3: front matter: cheatsheet: font: want text, got a list"},
		{"cheatsheet:\n  margin: [1]\n", "n.md:3: front matter: cheatsheet: margin: want a length such as 1cm, got a list"},
		{"cheatsheet:\n  font-size: [1]\n", "n.md:3: front matter: cheatsheet: font-size: want a number, 3 to 24, got a list"},
		{"cheatsheet: [a]\n", "n.md:2: front matter: cheatsheet: want options on the lines below it (such as \"  columns: 4\"), got a list"},
		// A whole number YAML reads as a float is that number: "pages:
		// 1e3" said "want 1 or more, got 1000".
		{"cheatsheet:\n  pages: 1e3\n  columns: 3.0\n", ""},
		{"cheatsheet:\n  columns: 2.5\n", "n.md:3: front matter: cheatsheet: columns: want 1 to 6, got 2.5"},
	} {
		d, err := extract.Parse("n.md", []byte("---\n"+tc.fm+"---\n# N\n\n- One: 1\n"), extract.Options{})
		if err != nil {
			t.Fatalf("%q: %v", tc.fm, err)
		}
		checked := Exporter{}.CheckDeck(d)
		exported := Exporter{}.Export(io.Discard, []extract.Deck{d})
		for what, err := range map[string]error{"CheckDeck": checked, "Export": exported} {
			var xe *extract.Error
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("%q: %s: %v", tc.fm, what, err)
			case tc.want != "" && (!errors.As(err, &xe) || !strings.HasPrefix(err.Error(), tc.want)):
				t.Errorf("%q: %s: %v, want %q…", tc.fm, what, err, tc.want)
			}
		}
	}
}

// TestParseLength reads lengths with units.
func TestParseLength(t *testing.T) {
	for in, want := range map[string]float64{"1cm": 72 / 2.54, "0.5in": 36, "10mm": 720 / 25.4, "12pt": 12, "12": 12, " 2 CM ": 144 / 2.54} {
		if got, err := ParseLength(in); err != nil || got != want {
			t.Errorf("ParseLength(%q) = %g, %v; want %g", in, got, err, want)
		}
	}
	for _, in := range []string{"", "cm", "1furlong", "-1cm", "1e999in"} {
		if _, err := ParseLength(in); err == nil {
			t.Errorf("ParseLength(%q): no error", in)
		}
	}
}

// withCards gives the sample deck cards when the extractor made none yet:
// one per term the outline marks.
func withCards(decks []extract.Deck) []extract.Deck {
	for i := range decks {
		if len(decks[i].Cards) > 0 {
			continue
		}
		var walk func([]extract.Block)
		walk = func(bs []extract.Block) {
			for _, b := range bs {
				for _, it := range b.Items {
					if len(it.Spans) > 1 && it.Spans[0].Style&extract.Term != 0 {
						back := strings.TrimLeft(extract.PlainText(it.Spans[1:]), " :–-")
						decks[i].Cards = append(decks[i].Cards, extract.Card{Front: html.EscapeString(it.Spans[0].Text), Back: html.EscapeString(back), Pos: it.Pos})
					}
					walk(it.Blocks)
				}
			}
		}
		walk(decks[i].Outline)
	}
	return decks
}

// TestCardsMirrored: each answer is printed at the mirrored position of its
// question, on the next page.
func TestCardsMirrored(t *testing.T) {
	decks := withCards(parseNotes(t, []string{sampleNote}))
	// Tag each card so it can be found in the text.
	for i := range decks[0].Cards {
		decks[0].Cards[i].Front = fmt.Sprintf("qq%03d ", i) + decks[0].Cards[i].Front
		decks[0].Cards[i].Back = fmt.Sprintf("aa%03d ", i) + decks[0].Cards[i].Back
	}
	if len(decks[0].Cards) < 10 {
		t.Fatalf("only %d cards", len(decks[0].Cards))
	}
	e := Exporter{Layout: "cards"}
	var buf bytes.Buffer
	if err := e.Export(&buf, decks); err != nil {
		t.Fatal(err)
	}
	ws := words(t, buf.Bytes())
	find := func(tag string) (bword, bool) {
		for _, w := range ws {
			if w.text == tag {
				return w, true
			}
		}
		return bword{}, false
	}
	cfg, _ := e.resolve(nil)
	s := &sheet{cfg: cfg}
	cols, rows := s.cardGrid()
	cw := (cfg.pageW - 2*cfg.Margin) / float64(cols)
	ch := (cfg.pageH - 2*cfg.Margin) / float64(rows)
	cell := func(w bword) (int, int) {
		return int((w.xMin - cfg.Margin) / cw), int((w.yMin - cfg.Margin) / ch)
	}
	for i := range decks[0].Cards {
		q, ok1 := find(fmt.Sprintf("qq%03d", i))
		a, ok2 := find(fmt.Sprintf("aa%03d", i))
		if !ok1 || !ok2 {
			t.Fatalf("card %d: question or answer not printed", i)
		}
		qc, qr := cell(q)
		ac, ar := cell(a)
		if a.page != q.page+1 || q.page%2 != 1 || ac != cols-1-qc || ar != qr {
			t.Errorf("card %d: question on page %d at column %d row %d, answer on page %d at column %d row %d", i, q.page, qc, qr, a.page, ac, ar)
		}
	}
	if n := pageCount(t, buf.Bytes()); n != 2*((len(decks[0].Cards)+cols*rows-1)/(cols*rows)) {
		t.Errorf("%d pages for %d cards", n, len(decks[0].Cards))
	}
}

// TestCardCut: with Layout "cards", an answer too long for a card even at
// the smallest size was cut at the card's foot with no warning and no
// mark (80 items, 39 printed). It warns, naming the card's line, and its
// last line printed ends in "…".
func TestCardCut(t *testing.T) {
	var note strings.Builder
	note.WriteString("# Pharm\n\n## Side effects of amiodarone\n\n")
	for i := 1; i <= 80; i++ {
		fmt.Fprintf(&note, "- effect %d: description of effect %d\n", i, i)
	}
	note.WriteString("\n## Short\n\nQ: Why?\nA: Because.\n")
	d, err := extract.Parse("notes/p.md", []byte(note.String()), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var warns []string
	e := Exporter{Time: 1700000000, Layout: "cards", Warn: func(w extract.Warning) { warns = append(warns, w.String()) }}
	var buf bytes.Buffer
	if err := e.Export(&buf, []extract.Deck{d}); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`^notes/p\.md:3: cheat sheet: card #1 answer too long for a flashcard: (\d+) of its 80 lines printed, cut with …`).FindStringSubmatch(strings.Join(warns, "\n"))
	if len(warns) != 1 || m == nil {
		t.Fatalf("warnings %q, want one for card #1's answer on line 3", warns)
	}
	text := pdfTool(t, buf.Bytes(), "pdftotext")
	answers := text[strings.Index(text, "#1 answer"):]
	printed := map[string]bool{}
	for _, n := range regexp.MustCompile(`effect (\d+):`).FindAllStringSubmatch(answers, -1) {
		printed[n[1]] = true
	}
	if strconv.Itoa(len(printed)) != m[1] || len(printed) >= 80 {
		t.Errorf("%d items printed, the warning says %s", len(printed), m[1])
	}
	if last := fmt.Sprintf("effect %d…", len(printed)); !strings.Contains(answers, last) {
		t.Errorf("%q not on the answer side:\n%s", last, answers)
	}
}

// TestKeepTogether: a heading never ends a column, and rows kept together
// (a term and its definition, a short list) share a column when they fit in one.
func TestKeepTogether(t *testing.T) {
	files := []string{sampleNote}
	for _, f := range []string{"aws-ccp-ec2.md", "system-design-primer-large.md", "ckad-configuration-qa.md"} {
		if p := filepath.Join(corpusDir, f); fileExists(p) {
			files = append(files, p)
		}
	}
	for _, file := range files {
		for _, cols := range []int{2, 3, 4} {
			cfg, err := Exporter{Columns: cols}.resolve(nil)
			if err != nil {
				t.Fatal(err)
			}
			decks := parseNotes(t, []string{file})
			s, err := newSheet(cfg, decks)
			if err != nil {
				t.Fatal(err)
			}
			s.setSize(cfg.FontSize)
			var pages [][]placed
			s.flow(decks, func(p []placed) { pages = append(pages, slices.Clone(p)) })
			type slot struct{ page, col int }
			var where []slot
			var order []row
			for pi, p := range pages {
				for i, pl := range p {
					where = append(where, slot{pi, pl.col})
					order = append(order, pl.r)
					last := i == len(p)-1 || p[i+1].col != pl.col
					if last && pl.r.head && !(pi == len(pages)-1 && i == len(p)-1) {
						t.Errorf("%s, %d columns: heading ends column %d of page %d", filepath.Base(file), cols, pl.col+1, pi+1)
					}
				}
			}
			// Chunks: runs of linked rows.
			for i := 0; i < len(order); {
				j := i + 1
				h := order[i].h
				for j < len(order) && (order[j].link || order[j-1].head) {
					h += order[j].before + order[j].h
					j++
				}
				if h <= s.colH && where[i] != where[j-1] {
					t.Errorf("%s, %d columns: a block of %.0f pt (column %.0f pt) is split", filepath.Base(file), cols, h, s.colH)
				}
				i = j
			}
		}
	}
}

// TestXref: after deflate every cross-reference entry points at its object,
// and the page streams are compressed.
func TestXref(t *testing.T) {
	data := render(t, []string{sampleNote}, Exporter{})
	x, err := xrefOffset(data)
	if err != nil {
		t.Fatal(err)
	}
	offs, trailer, err := readXref(data[x:])
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range offs {
		if o >= len(data) || !bytes.HasPrefix(data[o:], []byte(fmt.Sprintf("%d 0 obj", i+1))) {
			t.Errorf("object %d: xref offset %d does not point at it", i+1, o)
		}
	}
	if !bytes.Contains(trailer, []byte("/Root")) {
		t.Errorf("trailer %q", trailer)
	}
	if regexp.MustCompile(` 0 obj\n<</Length \d+>>\nstream\n`).Match(data) {
		t.Error("an uncompressed stream is left")
	}
}

// TestTextOp: the text operator written for characters already in the font
// subset is the one gofpdf's Text writes.
func TestTextOp(t *testing.T) {
	p := gofpdf.New("L", "pt", "A4", "")
	p.SetCompression(false)
	p.AddUTF8FontFromBytes("body", "", dejaVuRegular)
	p.AddPage()
	p.SetFont("body", "", 9)
	const text = `a(b)c\d → “x” ≥ 1.5 µs` + "\u0129\u2928"
	p.Text(12.345, 100.005, text)
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		t.Fatal(err)
	}
	_, h := p.GetPageSize()
	want := appendTextOp(nil, 12.345, h-100.005, []byte(text), make([]bool, 0x10000))
	if !bytes.Contains(buf.Bytes(), want) {
		t.Errorf("gofpdf's page does not contain %q", want)
	}
}

// withoutCJKFonts makes the sheet find no CJK font on this machine, as
// on most; it returns the function that undoes it.
func withoutCJKFonts() func() {
	saved, savedHangul := cjkFonts, hangulFonts
	cjkFonts, hangulFonts = nil, nil
	return func() { cjkFonts, hangulFonts = saved, savedHangul }
}

// outsideBackticks applies f to the parts of s outside `code spans`.
func outsideBackticks(s string, f func(string) string) string {
	parts := strings.Split(s, "`")
	for i := 0; i < len(parts); i += 2 {
		parts[i] = f(parts[i])
	}
	return strings.Join(parts, "`")
}

// TestUnshapedScripts: Thai, Devanagari and Bengali, which the embedded
// fonts lack and gofpdf cannot shape, print as their script's name,
// "[Thai text]", a run of words as one, with one warning for each script
// of a note at its first line; they printed a "�" a letter and a warning
// a line. A word that mixes in Latin keeps it; a character of no such
// script is still a "�".
func TestUnshapedScripts(t *testing.T) {
	t.Cleanup(withoutCJKFonts())
	file := filepath.Join(t.TempDir(), "th.md")
	src := "# Words\n\n- Thai: ภาษาไทย คือ ภาษา\n- Hindi: नमस्ते दुनिया। ok\n- Bengali: আমার সোনার বাংলা।\n- Again: สวัสดี and ครับ\n- Mixed: Aअ 2\n- Sign: ⟕ join\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var warns []string
	text := pdfTool(t, render(t, []string{file}, Exporter{Warn: func(w extract.Warning) { warns = append(warns, w.String()) }}), "pdftotext")
	text = strings.Join(strings.Fields(text), " ")
	for _, want := range []string{"Thai: [Thai text] •", "Hindi: [Devanagari text] ok •", "Bengali: [Bengali text] •",
		"Again: [Thai text] and [Thai text] •", "Mixed: A[Devanagari text] 2", "Sign: \uFFFD join"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not in the PDF text:\n%s", want, text)
		}
	}
	wantWarns := []string{"th.md:3: cheat sheet: Thai text (2 lines from this one)", "th.md:4: cheat sheet: Devanagari text (2 lines from this one)",
		"th.md:5: cheat sheet: Bengali text (this line)", "th.md:8: cheat sheet: no glyph"}
	if len(warns) != len(wantWarns) {
		t.Fatalf("warnings %q, want %d", warns, len(wantWarns))
	}
	slices.Sort(warns)
	for i, w := range wantWarns {
		if !strings.Contains(warns[i], w) {
			t.Errorf("warning %q, want %q…", warns[i], w)
		}
	}
}

// TestUnshapedTitle: a title in Thai prints "[Thai text]" in the page
// header as the body prints it, and a flashcard's context and deck label
// so too, within the one warning for the note's Thai; they printed a row
// of "�" with a warning of their own.
func TestUnshapedTitle(t *testing.T) {
	t.Cleanup(withoutCJKFonts())
	file := filepath.Join(t.TempDir(), "th.md")
	if err := os.WriteFile(file, []byte("# ภาษาไทย เบื้องต้น\n\n## Words\n\n- Term: def\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ layout, want string }{{"", "[Thai text]"}, {"cards", "[Thai text] › Words"}} {
		var warns []string
		text := pdfTool(t, render(t, []string{file}, Exporter{Layout: tc.layout, Warn: func(w extract.Warning) { warns = append(warns, w.String()) }}), "pdftotext")
		header, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
		if !strings.HasPrefix(header, "[Thai text]") || !strings.Contains(text, tc.want) || strings.Contains(text, "\uFFFD") {
			t.Errorf("layout %q: header %q, want \"[Thai text]\" and %q, no \uFFFD:\n%s", tc.layout, header, tc.want, text)
		}
		if len(warns) != 1 || !strings.Contains(warns[0], "cheat sheet: Thai text") {
			t.Errorf("layout %q: warnings %q, want one for the Thai text", tc.layout, warns)
		}
	}
}
