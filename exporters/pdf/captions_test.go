package pdf

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

// TestCaptionStaysWithCommand: a quote under a command that says what it
// does, "    $ make build" over "> [!note] builds the binary", is printed
// in the command's column: the command ended one column and what it does
// opened the next.
func TestCaptionStaysWithCommand(t *testing.T) {
	file := filepath.Join(t.TempDir(), "git.md")
	src := "# Git 명령어\n\n## 기본\n\n    $ git init\n> 저장소 초기화\n\n    $ git clone <url>\n> 원격 저장소 복제\n\n```\ngit status\n```\n> 작업 디렉터리 상태 확인\n\n" +
		"## Alone\n\n    $ git push\n> 원격에 올리기\n\n## Program\n\n    x := 1\n> declares x\n\n    fmt.Println(x)\n> prints x\n\n" +
		"## Callout\n\n    $ make build\n> [!note]\n> builds the binary\n\n    $ make test\n> [!tip] runs the tests\n\n" +
		"## Leads on\n\n    $ npm install\n> then run:\n\n    $ npm test\n> and check:\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	at := map[string]bword{}
	for _, w := range words(t, render(t, []string{file}, Exporter{Columns: 3})) {
		at[w.text] = w
	}
	cmd, caption := at["build"], at["binary"]
	if cmd.text == "" || caption.text == "" {
		t.Fatalf("sheet lost the command or its caption: %v", at)
	}
	if cmd.page != caption.page || math.Abs(cmd.xMin-caption.xMin) > 100 || caption.yMin < cmd.yMin {
		t.Errorf("\"$ make build\" at page %d (%.0f, %.0f), its caption at page %d (%.0f, %.0f): want it under the command",
			cmd.page, cmd.xMin, cmd.yMin, caption.page, caption.xMin, caption.yMin)
	}
}

// TestCaptions pins which blocks captions keeps together: a quote under
// a code block, not a paragraph under it nor a quote under a paragraph.
func TestCaptions(t *testing.T) {
	code, quote, par := extract.Block{Kind: extract.Code}, extract.Block{Kind: extract.Quote}, extract.Block{Kind: extract.Paragraph}
	if !captions(code, quote) {
		t.Error("a quote under a code block is not its caption")
	}
	if captions(code, par) || captions(par, quote) {
		t.Error("a paragraph under a code block, or a quote under a paragraph, taken for a caption")
	}
}
