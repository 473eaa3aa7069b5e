package pdf

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestQuizMetaLines: the fields a quiz note tags its questions with,
// "**Difficulty:** Easy · **Type:** MCQ" over a question or
// "**Difficulty:** Medium" under its explanation, tell nothing to learn
// and make no card; the sheet printed each as a line of its own between
// the questions. The same field away from a quiz, "**Type:** Internal"
// over a project's description, stays.
func TestQuizMetaLines(t *testing.T) {
	file := filepath.Join(t.TempDir(), "quiz.md")
	src := "# Networking Quiz\n\n## Q1\n\n**Difficulty:** Easy · **Type:** MCQ\n\nWhich layer of the OSI model routes packets?\n\n" +
		"- A. Transport\n- B. Network\n- C. Session\n\n**Answer:** B\n\n" +
		"## Q2\n\n**Topic:** Name resolution | **Points:** 2\n\nWhich protocol resolves names to IP addresses?\n\nA. DHCP\nB. DNS\nC. ARP\n\n" +
		"**Answer:** B\n\n*Explanation:* DNS maps names to addresses.\n\n**Difficulty:** Medium\n\n" +
		"## Project\n\n**Type:** Internal\n\nThe project maps the office network.\n"
	all := sheetText(t, file, src, Exporter{Columns: 1})
	for _, gone := range []string{"Difficulty", "MCQ", "Points", "Name resolution"} {
		if strings.Contains(all, gone) {
			t.Errorf("sheet reads %q, want no %q in it", all, gone)
		}
	}
	for _, want := range []string{"routes packets?", "C. Session", "Answer: B", "DNS maps names to addresses.", "Type: Internal The project maps"} {
		if !strings.Contains(all, want) {
			t.Errorf("sheet reads %q, want %q in it", all, want)
		}
	}
}
