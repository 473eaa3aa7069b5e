package extract

import "bytes"

// siblingHeadings reports, line by line, the heading bullets that head only
// what is nested under them: those with children of their own and a bullet
// of text after them at their level. In Logseq's outline that bullet is the
// heading's sibling, not its child:
//
//	"- ## Heap File #card"
//	"\t- Approach: any free slot"
//	"- Unrelated: a top-level block"
//
// Read as a Markdown heading, "## Heap File" would head "Unrelated" too. A
// heading bullet with nothing nested under it, "- ## Topic" over flat "-
// fact" bullets, heads the bullets after it, as the page shows them. An
// empty block after it, "-" alone, as Logseq leaves one between sections
// and at a page's end, is no bullet of text: the heading stays one. One
// pass, the open heading bullets on a stack.
func siblingHeadings(lines [][]byte) []bool {
	type open struct {
		line, ind int
		children  bool
	}
	out := make([]bool, len(lines))
	var stack []open
	var fence fenceState
	for i, line := range lines {
		if fence.next(line) || isBlank(line) {
			continue
		}
		ind := indentCols(line)
		bullet := opensDashBullet(line)
		for len(stack) > 0 && stack[len(stack)-1].ind >= ind {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			out[top.line] = top.children && top.ind == ind && bullet && bulletHeading(line) == nil && !emptyBullet(line)
		}
		if len(stack) > 0 && bullet {
			stack[len(stack)-1].children = true
		}
		if bulletHeading(line) != nil {
			stack = append(stack, open{line: i, ind: ind})
		}
	}
	return out
}

// opensDashBullet reports whether line opens an unordered bullet, empty or
// not: "- text", "\t* text", "- " (a Logseq outline has no numbered items).
func opensDashBullet(line []byte) bool {
	t := bytes.TrimLeft(line, " \t")
	return len(t) > 1 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t' || t[1] == '\n')
}

// emptyBullet reports whether line is a bullet with no text, "-" alone:
// Logseq's empty block.
func emptyBullet(line []byte) bool {
	t := bytes.TrimSpace(line)
	return len(t) == 1 && (t[0] == '-' || t[0] == '*' || t[0] == '+')
}

// plainBullet returns a heading bullet without its heading marks, "- Heap
// File #card" of "- ## Heap File #card": a bullet that heads its children
// as any parent bullet does.
func plainBullet(line []byte) []byte {
	h := bulletHeading(line)
	rest := bytes.TrimLeft(bytes.TrimLeft(h, "#"), " \t")
	out := append([]byte{}, line[:len(line)-len(h)]...)
	return append(out, rest...)
}
