package extract

import "bytes"

// thresholdItems escapes the ">" that opens the text of a list item when a
// number follows it, as a list of cut-offs writes "greater than": "- > 30%
// functional β cells should be present", "- > 1.5 → Iron deficiency
// anaemia" beside "- < 1.5 → Anaemia of chronic disease". Markdown read the
// ">" as the mark of a quote, and the card said "30% functional β cells
// should be present", the opposite of the note. A quote that goes on to
// the next line ("> 1.5 is" over "> the cut-off"), or that quotes a
// numbered list ("- > 1. Open the terminal"), stays a quote.
func thresholdItems(body []byte) []byte {
	if !openedByQuote(body) {
		return body // the quick test: no item opens with ">"
	}
	return rewriteAround(body, func(lines [][]byte, i int) bool {
		at, ok := thresholdMark(lines[i])
		if !ok || i+1 < len(lines) && bytes.HasPrefix(bytes.TrimLeft(lines[i+1], " \t"), []byte(">")) {
			return false
		}
		l := make([]byte, 0, len(lines[i])+1)
		l = append(append(append(l, lines[i][:at]...), '\\'), lines[i][at:]...)
		lines[i] = l
		return true
	})
}

// thresholdMark returns the offset in line of the ">" that opens a list
// item's text before a number, "- > 30%" or "1. >1.5 mg/dL", and whether
// there is one: the item's marker ("-", "*", "+" or a number and "." or
// ")"), blanks, the ">", at most one blank, then a digit that numbers no
// list item ("> 1. Open", "> 2) Close").
func thresholdMark(line []byte) (int, bool) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	switch {
	case i < len(line) && (line[i] == '-' || line[i] == '*' || line[i] == '+'):
		i++
	default:
		d := i
		for i < len(line) && i-d < 9 && line[i] >= '0' && line[i] <= '9' {
			i++
		}
		if i == d || i >= len(line) || line[i] != '.' && line[i] != ')' {
			return 0, false
		}
		i++
	}
	b := i
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if i == b || i >= len(line) || line[i] != '>' {
		return 0, false
	}
	at := i
	i++
	if i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	d := i
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i == d {
		return 0, false
	}
	if i < len(line) && (line[i] == '.' || line[i] == ')') && (i+1 == len(line) || line[i+1] == ' ' || line[i+1] == '\t' || line[i+1] == '\n') {
		return 0, false // "> 1. Open the terminal": a quoted numbered list
	}
	return at, true
}

// itemQuotes are the marks of a list item followed by a space and ">", one
// of which a line must hold for thresholdMark to find an item opening with
// ">": the quick test of thresholdItems.
var itemQuotes = [][]byte{[]byte("- >"), []byte("* >"), []byte("+ >"), []byte(". >"), []byte(") >")}

// openedByQuote reports whether body holds one of itemQuotes.
func openedByQuote(body []byte) bool {
	for _, q := range itemQuotes {
		if bytes.Contains(body, q) {
			return true
		}
	}
	return false
}
