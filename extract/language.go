package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// The rules of this file read the vocabulary lists of language learners.

// readingDash returns where the spaced dash of a vocabulary row's right
// side starts, and how long it is, when a tab parts a word from its
// reading and the reading from its meaning by a dash: def is "líng - zero"
// of "零<TAB>líng - zero". The reading is one word, as a romanization or a
// kana spelling is; a definition exported from Quizlet ("a cat - the pet")
// seldom opens with one word and a dash. It returns -1 when def is no such
// reading and meaning.
func readingDash(def []byte) (int, int) {
	for _, dash := range []string{" - ", " – "} {
		i := bytes.Index(def, []byte(dash))
		if i < 0 {
			continue
		}
		head := bytes.TrimSpace(def[:i])
		if len(head) == 0 || bytes.ContainsAny(head, " \t") || len(bytes.TrimSpace(def[i+len(dash):])) == 0 {
			return -1, 0
		}
		return i, len(dash)
	}
	return -1, 0
}

// readingRows returns, for each tab row of rows, the offsets of the dash
// that ends its reading (see readingDash), when every row is a word, a tab,
// its reading, a dash and its meaning; else nil.
func (p *parsed) readingRows(rows [][2]int) [][2]int {
	dashes := make([][2]int, len(rows))
	for i, r := range rows {
		k := r[0] + bytes.IndexByte(p.src[r[0]:r[1]], '\t')
		if countFields(string(p.src[r[0]:k])) > 2 {
			return nil // a phrase of its own, not a word over its reading
		}
		d, w := readingDash(p.src[k+1 : r[1]])
		if d < 0 {
			return nil
		}
		dashes[i] = [2]int{k + 1 + d, k + 1 + d + w}
	}
	return dashes
}

// headerRow reports whether the first of the rows of a table written
// without its |---| line names its columns rather than a word: one of
// its cells is a label such as "English", "Meaning" or "Translation"
// ("| Spanish | English |" over "| cantar | to sing |"), and two rows or
// more follow it. Over one row, the label must name a column that
// answers, past the first, and no cell of the first row opens with a
// small letter as a word of the table can: "| inglés | English |" over
// "| cantar | to sing |" is two words.
func (p *parsed) headerRow(n ast.Node, rows [][][2]int) bool {
	if len(rows) < 2 {
		return false
	}
	if p.markedRowsUnder(n, rows) {
		return true
	}
	label := false
	for i, c := range rows[0] {
		cell := strings.TrimSpace(p.plain(n, c[0], c[1]))
		if len(rows) == 2 {
			if r, _ := utf8.DecodeRuneInString(cell); unicode.IsLower(r) {
				return false
			}
			if i == 0 {
				continue
			}
		}
		label = label || glossLabels[strings.ToLower(cell)] || i > 0 && len(rows) > 2 && definitionLabels[strings.ToLower(cell)]
	}
	return label
}

// definitionLabels name the answering column of a glossary typed as a
// table without its |---| line, "Word | definition" or "w | def" over
// "mutualism | symbiosis in which both organisms benefit": past the first
// cell, over two rows or more, the row is the header, not a word defined
// as "definition".
var definitionLabels = map[string]bool{"definition": true, "definitions": true, "def": true, "defn": true,
	"description": true, "explanation": true}

// ownsOneLevel reports whether the one heading of scope s names what its
// parts belong to: a heading under the note's "#" title, or one of several
// "#" headings side by side that title no note ("# は (wa) – Topic
// Marker", "# が (ga) – Subject Marker"), whose "summary:" lines are each
// their heading's. The "#" heading that titles the note (title) owns
// nothing: every card of the note is its.
func (s scope) ownsOneLevel(title string) bool {
	return len(s.heads) == 0 || s.heads[0].level > 1 || s.heads[0].text != title
}
