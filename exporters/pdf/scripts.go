package pdf

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/extract"
)

// A script is a range of Unicode letters that the embedded fonts lack and
// that need a shaper to print: their vowel signs go before or around their
// consonant, their marks stack. gofpdf places one glyph after another, so
// the sheet names such text instead of printing a "�" for each letter.
type script struct {
	lo, hi rune
	name   string
}

// unshapedScripts are the scripts printed by name when no font of the
// sheet has their letters: a Hindi, Bengali or Thai word printed as a row
// of "�", one warning a line.
var unshapedScripts = []script{
	{0x0900, 0x097F, "Devanagari"}, {0x0980, 0x09FF, "Bengali"}, {0x0A00, 0x0A7F, "Gurmukhi"},
	{0x0A80, 0x0AFF, "Gujarati"}, {0x0B00, 0x0B7F, "Oriya"}, {0x0B80, 0x0BFF, "Tamil"},
	{0x0C00, 0x0C7F, "Telugu"}, {0x0C80, 0x0CFF, "Kannada"}, {0x0D00, 0x0D7F, "Malayalam"},
	{0x0D80, 0x0DFF, "Sinhala"}, {0x0E00, 0x0E7F, "Thai"}, {0x0E80, 0x0EFF, "Lao"},
	{0x0F00, 0x0FFF, "Tibetan"}, {0x1000, 0x109F, "Myanmar"}, {0x1780, 0x17FF, "Khmer"},
	{0xAC00, 0xD7AF, "Korean"}, // and the jamo (see isHangul); named only where sheet.noHangul
}

// korean is the index of Hangul in unshapedScripts, its last.
var korean = len(unshapedScripts) - 1

// scriptOf returns the index in unshapedScripts of r's script, or -1.
func scriptOf(r rune) int {
	if isHangul(r) {
		return korean
	}
	if r < 0x0900 || r > 0x17FF {
		return -1
	}
	for i, sc := range unshapedScripts {
		if r >= sc.lo && r <= sc.hi {
			return i
		}
	}
	return -1
}

// joinsRun reports whether r, met inside a run of script sc, belongs to
// it: a letter or mark of sc, a zero-width joiner or non-joiner, and the
// Devanagari dandas that end sentences in Bengali and Gurmukhi too.
func joinsRun(r rune, sc int) bool {
	return scriptOf(r) == sc || r == '\u200c' || r == '\u200d' || (r == '\u0964' || r == '\u0965') && sc <= 2
}

// A scriptUse is where a note first shows text of an unshaped script the
// sheet printed by name, and on how many lines.
type scriptUse struct {
	script int
	first  extract.Pos
	lines  map[int]bool
}

// namedScripts returns text with each run of letters of an unshaped script
// that the sheet's fonts lack, with the spaces between its words, written
// as the script's name in brackets, "[Thai text]", and records where for
// scriptWarnings. text is returned as it is when it holds none.
func (s *sheet) namedScripts(text string, font fontID, pos extract.Pos) string {
	if strings.IndexByte(text, 0xE0) < 0 && strings.IndexByte(text, 0xE1) < 0 && !(s.noHangul && hasHangul(text)) {
		return text // every unshaped script but Hangul is encoded from 0xE0 0xA4 to 0xE1 0x9F
	}
	var b strings.Builder
	done := 0 // text[:done] is in b
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		sc := scriptOf(r)
		if sc == korean && !s.noHangul || sc >= 0 && sc != korean && s.faces[font].has(r) {
			sc = -1
		}
		if sc < 0 {
			i += n
			continue
		}
		if _, ok := s.fallback(font, r); ok && sc != korean {
			i += n
			continue
		}
		end := i + n
		for j := end; j < len(text); {
			r, m := utf8.DecodeRuneInString(text[j:])
			if joinsRun(r, sc) {
				j += m
				end = j
				continue
			}
			if r != ' ' {
				break
			}
			j += m
		}
		b.WriteString(text[done:i])
		b.WriteString("[" + unshapedScripts[sc].name + " text]")
		s.scriptSeen(sc, pos)
		done, i = end, end
	}
	if done == 0 {
		return text
	}
	b.WriteString(text[done:])
	return b.String()
}

// scriptSeen records that line pos shows text of script sc printed by name.
func (s *sheet) scriptSeen(sc int, pos extract.Pos) {
	for _, u := range s.scripts {
		if u.script == sc && u.first.File == pos.File {
			u.lines[pos.Line] = true
			return
		}
	}
	s.scripts = append(s.scripts, &scriptUse{script: sc, first: pos, lines: map[int]bool{pos.Line: true}})
}

// scriptWarnings returns one warning for each note and script the sheet
// printed by name, at the first line that shows it.
func (s *sheet) scriptWarnings() []extract.Warning {
	var out []extract.Warning
	for _, u := range s.scripts {
		name := unshapedScripts[u.script].name
		lines := "this line"
		if n := len(u.lines); n > 1 {
			lines = fmt.Sprintf("%d lines from this one", n)
		}
		out = append(out, extract.Warning{Pos: u.first, Msg: fmt.Sprintf(
			"cheat sheet: %s text (%s) printed as \"[%s text]\": font %s has no %s letters (choose a font that has them with --font)",
			name, lines, name, s.faces[fRegular].name, name)})
	}
	return out
}
