package extract

import (
	"bytes"
)

// maxLetterLabelWords bounds the label after an outline's letter: "real-world
// analogy", "subscription mechanism components" are a few words; a longer
// line says something.
const maxLetterLabelWords = 4

// letterLabels reads the parts of a section lettered at the margin, each
// over its points indented under it, as the labels they are: "a) intent"
// over "\t- creational design pattern." then "b) problem" over its points,
// as notes taken from a catalogue of design patterns write each pattern's
// parts, read "intent:" and "problem:", so that each part asks for its
// points (with its owner, "Singleton: intent", when the sections share
// it). Read as typed, a tab-indented point was the lazy line of a
// paragraph and the section's parts made no card; "a)" alone was read as
// a quiz's choice and "b) problem" asked with its letter. The letters must
// run in turn from "a" or "A" within a section, "b)" right after "a)", so a
// quiz's choices, which have no points under them, and one lettered line
// alone stay as they are.
func letterLabels(body []byte) []byte {
	if !opensFirstLetterLabel(body) {
		return body // the quick test
	}
	return relabelLetters(body)
}

// opensFirstLetterLabel reports whether a line of body opens with "a) " or
// "A) ", as the first lettered label each run of them needs: the quick
// test of letterLabels, a search for a parenthesis rather than a look at
// every line.
func opensFirstLetterLabel(body []byte) bool {
	for i := 0; ; i++ {
		k := bytes.Index(body[i:], []byte(") "))
		if k < 0 {
			return false
		}
		i += k
		if i >= 1 && firstLetter(body[i-1]) && (i == 1 || body[i-2] == '\n') {
			return true
		}
	}
}

// relabelLetters does the work of letterLabels.
func relabelLetters(body []byte) []byte {
	var prev byte // the letter of the last label read as one in this section, 0 for none
	return rewriteAround(body, func(lines [][]byte, i int) bool {
		if _, ok := atxHeadingText(lines[i]); ok {
			prev = 0
			return false
		}
		letter, label, ok := letterLabel(lines, i)
		if !ok || !(prev != 0 && letter == prev+1 || firstLetter(letter) && nextLetterLabel(lines, i) == letter+1) {
			return false
		}
		prev = letter
		end := lines[i][len(bytes.TrimRight(lines[i], " \t\r\n")):]
		out := make([]byte, 0, len(label)+1+len(end))
		out = append(append(out, label...), ':')
		lines[i] = append(out, end...)
		return true
	})
}

// firstLetter reports whether letter opens an outline's lettering.
func firstLetter(letter byte) bool { return letter == 'a' || letter == 'A' }

// letterLabel reports whether lines[i] is a lettered label at the margin
// over a point indented under it, "a) intent" over "\t- creational design
// pattern.", and returns its letter and its label without the colon it may
// end with: a letter, a parenthesis, a space, then a few words that open
// with a letter and end no sentence.
func letterLabel(lines [][]byte, i int) (byte, []byte, bool) {
	t := bytes.TrimRight(lines[i], " \t\r\n")
	if len(t) < 4 || !isLetter(t[0]) || t[1] != ')' || t[2] != ' ' || i+1 >= len(lines) || !indentedPoint(lines[i+1]) {
		return 0, nil, false
	}
	label := bytes.TrimSuffix(bytes.TrimLeft(t[3:], " "), []byte(":"))
	if len(label) == 0 || !isLetter(label[0]) || bytes.ContainsAny(label, ".?!;:`*_[]()") || len(bytes.Fields(label)) > maxLetterLabelWords {
		return 0, nil, false
	}
	return t[0], label, true
}

// indentedPoint reports whether line is a bullet or a numbered point
// indented under the line above it, by a tab or two spaces or more.
func indentedPoint(line []byte) bool {
	t := bytes.TrimLeft(line, " \t")
	indent := line[:len(line)-len(t)]
	return (bytes.IndexByte(indent, '\t') >= 0 || len(indent) >= 2) && listMarkerLen(t) > 0
}

// nextLetterLabel returns the letter of the first lettered label after
// lines[i] in its section, or 0 when a heading or the note's end comes
// first.
func nextLetterLabel(lines [][]byte, i int) byte {
	for j := i + 1; j < len(lines); j++ {
		if _, ok := atxHeadingText(lines[j]); ok {
			return 0
		}
		if letter, _, ok := letterLabel(lines, j); ok {
			return letter
		}
	}
	return 0
}
