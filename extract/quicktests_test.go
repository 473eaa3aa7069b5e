package extract

import (
	"bytes"
	"testing"
)

// The quick tests of whole-note rewrites, each against the line-by-line
// reading it answers for: a note's every line, fenced or not.

// hasShortChildOracle reads every line as an item under the line above.
func hasShortChildOracle(src []byte) bool {
	var prev itemLine
	for off := 0; off < len(src); {
		line, next := lineAt(src, off)
		cur := listItemLine(line)
		if shortChild(prev, cur) {
			return true
		}
		prev, off = cur, next
	}
	return false
}

// indentUnderHeadingOracle reads every line, remembering whether it is
// under a heading past blank lines.
func indentUnderHeadingOracle(src []byte) bool {
	under := false
	for off := 0; off < len(src); {
		line, next := lineAt(src, off)
		off = next
		switch {
		case isBlank(line):
		case line[0] == '#' && isATXHeading(line):
			under = true
		case under && indentCols(line) >= 4 && isBulletLine(line):
			return true
		default:
			under = false
		}
	}
	return false
}

// hasItemMarkOracle reads every line for an item tag.
func hasItemMarkOracle(src []byte) bool {
	for _, line := range bytes.SplitAfter(src, []byte("\n")) {
		if _, hi := itemTag(line); hi > 0 {
			return true
		}
	}
	return false
}

// hasLabelBulletOracle reads every line over a blank line as a label
// bullet.
func hasLabelBulletOracle(src []byte) bool {
	lines := bytes.Split(src, []byte("\n"))
	for i := 0; i+1 < len(lines); i++ {
		if len(lines[i+1]) > 0 || i+2 == len(lines) && len(lines[i+1]) == 0 {
			continue
		}
		t := bytes.TrimRight(lines[i], " ")
		if (bytes.HasSuffix(t, []byte(":")) || bytes.HasSuffix(t, []byte("：")) || bytes.HasSuffix(t, []byte("?"))) && len(t) > 2 &&
			(t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ' {
			return true
		}
	}
	return false
}

// checkQuickTests compares the quick tests with their oracles on src, and
// checks that no "- " bullet is read as a glued dash.
func checkQuickTests(t *testing.T, src []byte) {
	t.Helper()
	if got, want := hasShortChild(src), hasShortChildOracle(src); got != want {
		t.Errorf("hasShortChild(%q) = %v, want %v", src, got, want)
	}
	if got, want := indentUnderHeading(src), indentUnderHeadingOracle(src); got != want {
		t.Errorf("indentUnderHeading(%q) = %v, want %v", src, got, want)
	}
	if got, want := hasItemMark(src), hasItemMarkOracle(src); got != want {
		t.Errorf("hasItemMark(%q) = %v, want %v", src, got, want)
	}
	if got, want := hasLabelBullet(src), hasLabelBulletOracle(src); got != want {
		t.Errorf("hasLabelBullet(%q) = %v, want %v", src, got, want)
	}
	for _, line := range bytes.SplitAfter(src, []byte("\n")) {
		if k := gluedDash(line); k != notGlued && bytes.HasPrefix(bytes.TrimLeft(line, " \t")[1:], []byte(" ")) {
			t.Errorf("gluedDash(%q) = %d, want notGlued", line, k)
		}
	}
}

// quickTestCases are the look-alikes each quick test must tell apart.
var quickTestCases = []string{
	"- a\n - b\n", "- a\n  - b\n", "1. a\n 2. b", "  - a\n   - b\n\n", "- a\n\t- b\n",
	"- [TIP] use it\n", "text - [TIP] use it\n", "  * [ab]  word", "- [PDF](x)\n", "+ : docker ps\n", "- : \n",
	"- Label:\n\nText\n", "- Label:  \n\n", "* Why?\n\n", "text\n- x:\n\n", "-x:\n\n", "- ：\n\n", "- a:\n\n",
	"- word\n", "-Word and more\n", "- 1783: The Treaty\n", "-\tWord x\n",
	"# H\n\n    - a\n    - b\n", "# H\n## I\n    - a\n", "# H\ntext\n    - a\n", "#tag\n    - a\n", "text\n# H\n\n\n     * a", "    - a\n",
}

func TestQuickTests(t *testing.T) {
	for _, s := range quickTestCases {
		checkQuickTests(t, []byte(s))
	}
	for name, src := range fastpathNotes(t) {
		t.Run(name, func(t *testing.T) { checkQuickTests(t, src) })
	}
}

func FuzzQuickTests(f *testing.F) {
	for _, s := range quickTestCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkQuickTests(t, []byte(s)) })
}
