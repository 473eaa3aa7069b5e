package extract

import "bytes"

// mathPipes writes each "|" inside a formula on a table line as "\vert",
// line for line, before goldmark reads the note: GFM splits a cell at every
// unescaped "|", even inside $…$, so "| L1 norm | $\sum_i |x_i|$ |" lost
// its formula's end and "| Absolute value | $|x|$ |" its whole cell.
// MathJax draws "\vert" as the same bar. Fenced code is left as it is. src is
// returned when it holds no such formula.
func mathPipes(src []byte) []byte {
	if bytes.IndexByte(src, '$') < 0 || bytes.IndexByte(src, '|') < 0 {
		return src
	}
	var out []byte // nil until a line changes
	var fence fenceState
	for start := 0; start < len(src); {
		end := len(src)
		if i := bytes.IndexByte(src[start:], '\n'); i >= 0 {
			end = start + i + 1
		}
		line := src[start:end]
		if !fence.next(line) && bytes.IndexByte(line, '$') >= 0 && bytes.Count(line, []byte("|")) >= 2 {
			if changed, ok := protectMathPipes(line); ok {
				if out == nil {
					out = append(make([]byte, 0, len(src)+64), src[:start]...)
				}
				line = changed
			}
		}
		if out != nil {
			out = append(out, line...)
		}
		start = end
	}
	if out == nil {
		return src
	}
	return out
}

// protectMathPipes returns line with the bars inside its formulas written
// "\vert", and whether it changed: only a line with a bar outside every
// formula, a table's row, is changed. "$a|b$" in prose splits nothing.
// Code spans and escaped bytes are skipped, formulas bounded as formulaLen
// bounds them, so a price ("$75M") opens none.
func protectMathPipes(line []byte) ([]byte, bool) {
	var spans [][2]int
	table := false
	for j := 0; j < len(line); j++ {
		switch line[j] {
		case '\\':
			j++
		case '`':
			j = codeSpanEnd(line, j) - 1
		case '|':
			table = true
		case '$':
			n := 0
			if j == 0 || !afterWord(rune(line[j-1])) || j+1 < len(line) && line[j+1] != ' ' {
				n = formulaLen(line[j:])
			}
			if n == 0 {
				for j+1 < len(line) && line[j+1] == '$' {
					j++ // "$$" that closes nothing on its line
				}
				continue
			}
			if bytes.IndexByte(line[j:j+n], '|') >= 0 {
				spans = append(spans, [2]int{j, j + n})
			}
			j += n - 1
		}
	}
	if !table || len(spans) == 0 {
		return line, false
	}
	out := make([]byte, 0, len(line)+8*len(spans))
	last := 0
	for _, s := range spans {
		out = append(out, line[last:s[0]]...)
		out = append(out, vertBars(line[s[0]:s[1]])...)
		last = s[1]
	}
	return append(out, line[last:]...), true
}

// vertBars writes each unescaped "|" of formula f as "\vert", with a space
// when a letter follows: "$|x|$" is "$\vert x\vert$". An escaped "\|" (‖ in
// TeX) stays, as GFM splits no cell at it.
func vertBars(f []byte) []byte {
	out := make([]byte, 0, len(f)+8)
	for i := 0; i < len(f); i++ {
		switch {
		case f[i] == '\\' && i+1 < len(f):
			out = append(out, f[i], f[i+1])
			i++
		case f[i] == '|':
			out = append(out, `\vert`...)
			if i+1 < len(f) && isASCIILetter(f[i+1]) {
				out = append(out, ' ')
			}
		default:
			out = append(out, f[i])
		}
	}
	return out
}

// codeSpanEnd returns the index just past the code span that opens at
// line[i], a run of backticks, or just past the run when it closes nothing.
func codeSpanEnd(line []byte, i int) int {
	n := 0
	for i+n < len(line) && line[i+n] == '`' {
		n++
	}
	run := line[i : i+n]
	for k := i + n; k < len(line); {
		j := bytes.Index(line[k:], run)
		if j < 0 {
			break
		}
		end := k + j + n
		if end >= len(line) || line[end] != '`' {
			return end
		}
		for end < len(line) && line[end] == '`' {
			end++
		}
		k = end
	}
	return i + n
}
