package extract

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// spacedBold rewrites a bold phrase with a space inside its stars, as
// Google Docs and pandoc write it ("**a.HTML **\\", "**Term **- text") and
// as students type a title ("**Commutator subgroup is normal **"), as the
// bold the student meant (see innerSpacedBold). CommonMark reads neither
// "**" as bold there, so the stars showed on the card and the line was read
// as prose. Lines inside code fences stay as they are.
func spacedBold(src []byte) []byte {
	if !containsText(src, " **") && !containsText(src, "** ") {
		return src // most notes: spare the walk
	}
	return rewriteLines(src, innerSpacedBold)
}

// bulletedHeading reports whether line is an ATX heading whose text opens
// with a list marker and a space, "### - The Carry Flag (**CF**)".
func bulletedHeading(line []byte) bool {
	marks := 0
	for marks < len(line) && line[marks] == '#' {
		marks++
	}
	if marks > 6 || marks+3 > len(line) || line[marks] != ' ' {
		return false
	}
	_, ok := cutHeadingBullet(bytes.TrimRight(line[marks+1:], " \t\r\n"))
	return ok
}

// cutHeadingBullet returns a heading's text without the list marker it
// opens with: "- The Carry Flag (**CF**)" was written as a bullet in a
// heading, and the flag is asked, not "- The Carry Flag". The marker must
// be followed by a space and then a word: "-1 is odd" and "* * *" keep
// theirs.
func cutHeadingBullet(text []byte) ([]byte, bool) {
	if len(text) < 3 || text[1] != ' ' {
		return text, false
	}
	switch text[0] {
	case '-', '*', '+':
	default:
		return text, false
	}
	rest := bytes.TrimLeft(text[2:], " \t")
	r, _ := utf8.DecodeRune(rest)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '*' && r != '[' && r != '_' && r != '`' && r != '$' {
		return text, false
	}
	return rest, true
}

// gluedCodeSpans parts two code spans a note writes with no space between
// them, "`morpheme“詞素`：…": Markdown reads the two backticks in the middle
// as the text of one span, "morpheme“詞素", and the front shows them. Each
// span is then written on its own, "`morpheme` `詞素`". Only a span of one
// backtick whose text holds one pair of backticks, with a word each side,
// is parted. Lines inside code fences stay as they are.
func gluedCodeSpans(src []byte) []byte {
	if !containsText(src, "``") {
		return src // most notes: spare the walk
	}
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		mid := gluedCodeMid(line)
		if mid <= 0 {
			return nil, false
		}
		t := make([]byte, 0, len(line)+1)
		t = append(t, line[:mid+1]...)
		t = append(t, ' ')
		return append(t, line[mid+1:]...), true
	})
}

// gluedCodeMid returns the offset in line of the first of the two
// backticks that glue two code spans, "`a“b`", or 0 when line opens no
// such spans: backtick runs are paired from the left, as Markdown pairs
// them, and the first span of one backtick that closes over a pair is
// taken.
func gluedCodeMid(line []byte) int {
	open := -1 // the length of the open span's run, or -1 outside spans
	mid := -1  // the pair of backticks inside an open span of one; -2 for other runs
	for i := 0; i < len(line); {
		if line[i] != '`' {
			i++
			continue
		}
		j := i
		for j < len(line) && line[j] == '`' {
			j++
		}
		n := j - i
		switch {
		case open < 0:
			open, mid = n, -1
		case n == open:
			if open == 1 && mid > 0 {
				return mid
			}
			open = -1
		case open == 1 && n == 2 && mid == -1 && i > 0 && j < len(line) && line[i-1] != ' ' && line[j] != ' ' && line[j] != '`':
			mid = i
		case open == 1:
			mid = -2 // another run: not two spans glued
		}
		i = j
	}
	return 0
}

// objectMark is U+FFFC, the object replacement character that stands for
// an image pasted into an editor that cannot keep it (Apple Notes, Word, a
// web page's copy); it shows as a box on a card and means nothing.
var objectMark = []byte("\uFFFC")

// dropObjectMarks drops the object replacement characters of src, so that
// "![](Subnets.png)￼" and a line of "￼" alone read as the student sees
// them. Lines stay where they were.
func dropObjectMarks(src []byte) []byte {
	if !bytes.Contains(src, objectMark) {
		return src
	}
	return bytes.ReplaceAll(src, objectMark, nil)
}

// nonchar is the UTF-8 of U+FDC0 to U+FDFF but its last byte: the
// noncharacters U+FDD0 to U+FDEF end in 0x90 to 0xAF, the Arabic
// ligatures around them (U+FDF2 "ﷲ", U+FDFA "ﷺ") in other bytes.
var nonchar = []byte("\xef\xb7")

// spaceNoncharacters makes each noncharacter U+FDD0 to U+FDEF of src a
// space, as the control characters are on a card and the sheet: Unicode
// keeps them for a program's own use and no text holds them. The
// extractor marks Anki's sound references with U+FDD0 (see soundMark), so
// the note's own "\ufdd0sound:x]" was read as one: dropped with its text,
// or made to play a file the note packs; its other marks are U+FDD1 to
// U+FDD7 (see openBrace). Lines stay where they were.
func spaceNoncharacters(src []byte) []byte {
	if !bytes.Contains(src, nonchar) {
		return src
	}
	var out []byte
	last := 0 // the end of the part of src copied to out, or to copy
	for i := 0; ; i += 2 {
		j := bytes.Index(src[i:], nonchar)
		if j < 0 || i+j+2 >= len(src) {
			break
		}
		i += j
		if c := src[i+2]; c >= 0x90 && c <= 0xaf {
			out = append(append(out, src[last:i]...), ' ')
			last = i + 3
		}
	}
	if last == 0 {
		return src
	}
	return append(out, src[last:]...)
}
