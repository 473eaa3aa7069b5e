package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// cutLeadDecoration returns s, a heading's or a label's text or HTML,
// without the emoji, pictographs and bullets that open it only to
// decorate it, and the spaces after them: "🔹 1. Two Pointers Technique"
// gives "1. Two Pointers Technique", whose numbering the caller cuts, and
// "👉 What it means" "What it means". s is returned as it is when no mark
// opens it, when no space follows the marks, or when nothing with a
// letter or digit is left: "⭐" alone is the heading.
func cutLeadDecoration(s string) string {
	if s == "" || s[0] < 0xe2 {
		return s // the quick test: every mark is U+2022 or above
	}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isPictograph(r) && !isDecorativeBullet(r) && !(i > 0 && (r == '\u200d' || r == '\ufe0f' || r == '\ufe0e')) || isTickMark(r) {
			break
		}
		i += size
	}
	if i == 0 || i == len(s) || s[i] != ' ' && s[i] != '\t' {
		return s
	}
	t := strings.TrimLeft(s[i:], " \t")
	if !hasWordChar(stripTags(t)) {
		return s
	}
	return t
}

// isTickMark reports whether r is a ballot box or a tick or cross, "☐",
// "☑", "✓", "✗": a task's box or a choice's mark says whether it is done
// or right, and stays.
func isTickMark(r rune) bool {
	return r >= 0x2610 && r <= 0x2612 || r >= 0x2713 && r <= 0x2718
}

// isDecorativeBullet reports whether r is a bullet or a geometric shape
// that a note types before a heading as a bullet ("• ", "▶ ", "◆ "), not
// an arrow, which says something ("↓ CNS").
func isDecorativeBullet(r rune) bool {
	return r == '•' || r == '‣' || r == '⁃' || r >= 0x25a0 && r <= 0x25ff
}

// cutKeycap returns s without the number in a keycap that opens it and
// the spaces after it, "1️⃣ Association" giving "Association" (see
// keycapLen), and whether it opened with one and words follow.
func cutKeycap(s string) (string, bool) {
	k := keycapLen(s)
	if k == 0 {
		return s, false
	}
	t := strings.TrimLeft(s[k:], " \t")
	if len(t) == len(s)-k || !hasWordChar(stripTags(t)) {
		return s, false
	}
	return t, true
}

// iconTitles returns body with the emoji or bullet that decorates a title
// line in bold left out, "🔹 **2. Worker Node**" read as "**2. Worker
// Node**", alone on its line or as a list item's whole text: such a line
// titles what follows it, as the plain bold line does, and its icon hid
// the bold from the rules that read it so. A line whose bold opens more
// text keeps its icon, which the term split already leaves off the front,
// and so does a label, "🔍 **Explanation:**", which is read as a label
// with its icon, and shows it on the back that holds it.
func iconTitles(body []byte) []byte {
	if !bytes.Contains(body, []byte(" **")) {
		return body // no bold after a space: the quick test
	}
	return rewriteLines(body, func(line []byte) ([]byte, bool) {
		k := lineTextStart(line)
		if k >= len(line) || line[k] < 0xe2 {
			return nil, false // every icon is U+2022 or above
		}
		text := bytes.TrimRight(line[k:], " \t\r\n")
		rest := cutLeadDecoration(string(text))
		if len(rest) == len(text) || !wholeBold(rest) || strings.HasSuffix(rest, ":**") {
			return nil, false
		}
		out := append(append([]byte{}, line[:k]...), rest...)
		return append(out, line[k+len(text):]...), true
	})
}

// wholeBold reports whether s is one span in "**" and nothing else.
func wholeBold(s string) bool {
	inner, ok := strings.CutPrefix(s, "**")
	if !ok || !strings.HasSuffix(inner, "**") || len(inner) < 3 {
		return false
	}
	inner = inner[:len(inner)-2]
	return !strings.Contains(inner, "**") && strings.TrimSpace(inner) == inner
}
