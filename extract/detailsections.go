package extract

import (
	"bytes"
)

// detailsSummaryLine matches a line that opens a <details> with its
// <summary> and nothing after it, "<details> <summary>Branches</summary>",
// or the <summary> line alone under a "<details>": group 1 is the summary.
var detailsSummaryLine = lazyRegexp(`(?i)^[ ]{0,3}(?:<details[^>]*>[ \t]*)?<summary[^>]*>(.*?)</summary>[ \t]*\r?\n?$`)

// An openDetails is a <details> not closed yet, seen by detailSections.
type openDetails struct {
	open, summary int              // the lines of "<details>" and of its <summary>
	title         []byte           // the summary's text
	level         int              // the least level of the headings inside; 7: none
	heads         []int            // the lines of the headings inside
	sections      []detailsSection // the sections inside, innermost first
}

// A detailsSection is a closed <details> that detailSections reads as a
// heading.
type detailsSection struct {
	open, summary, close int    // the lines of "<details>", its <summary> and its "</details>"
	title                []byte // the summary's text
	level                int    // the heading's level
	heads                []int  // the lines of the headings inside, one level under it
}

// detailSections rewrites a <details> used as a collapsible section inside
// a <details> never closed, its <summary> a title over Markdown headings of
// its own, as the heading it means, one level above those it holds: under
// "<details>" over "<summary>Alapok</summary>", "<details>" over
// "<summary>Elágazások</summary>" over a list and "### Switch-case", up to
// its "</details>", is "### Elágazások" over "#### Switch-case". Read as a
// toggle, its headings cut it apart, as the toggle around it never closes
// to hide them (see hideDetailsHeadings): the heading before the next
// toggle took that toggle's text as its hidden answer, its own list on the
// front. A section is no deeper than the one before it beside it, as the
// toggles of one list are siblings. A toggle whose summary only labels an
// answer ("Show answer" over "#### Answer: D"), one holding no heading, or
// one not inside a toggle left open stays as it is. The rewrite keeps every
// line where it was.
func detailSections(src []byte) []byte {
	if !containsText(src, "<summary") && !containsText(src, "<SUMMARY") {
		return src // most notes: spare the split into lines
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	code := fencedLines(lines)
	var stack []openDetails
	siblings := map[int]int{} // by depth, the level of the last section there
	for i, l := range lines {
		if code[i] {
			continue
		}
		if n := atxLevel(l); n > 0 {
			if k := len(stack) - 1; k >= 0 {
				stack[k].level = min(stack[k].level, n)
				stack[k].heads = append(stack[k].heads, i)
			}
			continue
		}
		if bytes.IndexByte(l, '<') < 0 {
			continue
		}
		lower := bytes.ToLower(l)
		opens, closes := bytes.Count(lower, []byte("<details")), bytes.Count(lower, []byte("</details"))
		for k := 0; k < opens-closes; k++ {
			d := openDetails{open: i, summary: -1, level: 7}
			if opens == 1 && bytes.HasPrefix(bytes.TrimLeft(lower, " "), []byte("<details")) {
				d.summary, d.title = summaryOf(lines, code, i)
			}
			stack = append(stack, d)
		}
		for k := opens; k < closes && len(stack) > 0; k++ {
			d := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				break // closed at the top: a toggle, its headings hidden
			}
			if d.level < 7 && d.summary >= 0 && sectionTitle(d.title) {
				level := d.level
				if v, ok := siblings[len(stack)]; ok && v < level {
					level = v // "Branches" over "###" after "Input" over "#"
				}
				siblings[len(stack)] = level
				delete(siblings, len(stack)+1)
				d.sections = append(d.sections, detailsSection{open: d.open, summary: d.summary, close: i, title: d.title, level: level, heads: d.heads})
				d.level, d.heads = level, append(d.heads, d.summary)
			}
			// What is inside is inside the outer toggle too.
			up := &stack[len(stack)-1]
			up.level = min(up.level, d.level)
			up.heads = append(up.heads, d.heads...)
			up.sections = append(up.sections, d.sections...)
		}
	}
	changed := false
	for _, d := range stack {
		for _, s := range d.sections {
			s.rewrite(lines)
			changed = true
		}
	}
	if !changed {
		return src
	}
	return bytes.Join(lines, nil)
}

// rewrite writes section s into lines as a heading: its summary the
// heading, its headings one level under it, its <details> and its close
// left out.
func (s detailsSection) rewrite(lines [][]byte) {
	for _, h := range s.heads {
		if atxLevel(lines[h]) < 6 {
			lines[h] = append([]byte("#"), lines[h]...)
		}
	}
	h := append(bytes.Repeat([]byte("#"), s.level), ' ')
	h = append(append(h, bytes.TrimSpace(s.title)...), '\n')
	if s.summary != s.open {
		lines[s.open] = []byte("\n")
	}
	lines[s.summary] = h
	lines[s.close] = dropClose(lines[s.close])
}

// dropClose returns line without its last "</details>", or a blank line if
// nothing else is left: a section read as a heading closes nothing, and a
// close left alone would end, in hideDetailsHeadings, a <details> around it.
func dropClose(line []byte) []byte {
	k := bytes.LastIndex(bytes.ToLower(line), []byte("</details>"))
	if k < 0 {
		return line
	}
	out := append(append([]byte(nil), line[:k]...), line[k+len("</details>"):]...)
	if isBlank(out) {
		return []byte("\n")
	}
	return out
}

// summaryOf returns the line of the <summary> of the <details> that line i
// opens, that line itself ("<details><summary>Branches</summary>") or the
// one under it, and the summary's text; -1 when neither holds the summary
// alone.
func summaryOf(lines [][]byte, code []bool, i int) (int, []byte) {
	if m := detailsSummaryLine().FindSubmatch(lines[i]); m != nil {
		return i, m[1]
	}
	if i+1 < len(lines) && !code[i+1] && bytes.EqualFold(bytes.TrimSpace(lines[i]), []byte("<details>")) {
		if m := detailsSummaryLine().FindSubmatch(lines[i+1]); m != nil && !bytes.Contains(bytes.ToLower(lines[i+1]), []byte("<details")) {
			return i + 1, m[1]
		}
	}
	return -1, nil
}

// sectionTitle reports whether the text of a <summary> can title a section:
// it has words, and more than the label of an answer ("Show answer").
func sectionTitle(summary []byte) bool {
	s := stripTags(string(summary))
	return s != "" && !answerLabel(s)
}
