package pdf

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"os"
	"slices"
	"unicode/utf8"

	"github.com/notes2deck/notes2deck/extract"
)

// The embedded fonts: DejaVu Sans Condensed and DejaVu Sans Mono (Bitstream
// Vera licence, see fonts/LICENSE-DejaVu.txt). They cover Latin, Greek,
// Cyrillic, arrows and the common math symbols.
var (
	//go:embed fonts/DejaVuSansCondensed.ttf
	dejaVuRegular []byte
	//go:embed fonts/DejaVuSansCondensed-Bold.ttf
	dejaVuBold []byte
	//go:embed fonts/DejaVuSansCondensed-Oblique.ttf
	dejaVuItalic []byte
	//go:embed fonts/DejaVuSansMono.ttf
	dejaVuMono []byte
)

// fontID names one of the faces a sheet uses.
type fontID uint8

const (
	fRegular fontID = iota
	fBold
	fItalic
	fMono
	fFallback     // the embedded body font behind a --font that lacks a character
	fFallbackBold // the same for bold text
	fCJK          // a second CJK font behind the one the sheet took (see addCJKFaces)
	fCJKBold      // its bold face
	nFonts
)

// family is the gofpdf family name of each face.
var family = [nFonts]string{"body", "bold", "italic", "mono", "fallback", "fallbackbold", "cjk", "cjkbold"}

// A face is a TrueType font with its advance widths and glyph coverage.
type face struct {
	name string // file name or "DejaVu…", for warnings
	data []byte
	ttf  *ttf
	adv  []int16 // advance of rune r in 1/1000 em; 0 not looked up yet; -1 no glyph
	wide map[rune]int16
	word [utf8.RuneSelf]int16 // adv of the ASCII characters, 0 for a space, tab or newline
}

// newFace parses TrueType data.
func newFace(name string, data []byte) (*face, error) {
	t, err := parseTTF(data)
	switch {
	case errors.Is(err, errNotTrueType) || errors.Is(err, errNoUnicode):
		return nil, fmt.Errorf("font %s: %w (a TrueType .ttf is needed; OpenType-CFF and .ttc are not supported)", name, err)
	case errors.Is(err, errRestricted):
		return nil, fmt.Errorf("font %s cannot be used: %w", name, err)
	case err != nil:
		return nil, fmt.Errorf("font %s is damaged (%w)", name, err)
	}
	f := &face{name: name, data: data, ttf: t, adv: make([]int16, 0x3000), wide: map[rune]int16{}}
	for c := range f.word {
		if !isSpace(byte(c)) {
			f.word[c] = int16(f.width(rune(c)))
		}
	}
	return f, nil
}

// maxFontBytes is the largest font file read: the largest TrueType fonts,
// with every CJK character, are about 25 MiB.
const maxFontBytes = 32 << 20

// loadFace reads a TrueType file, or returns the embedded font when path is
// "". A folder given as the file is named as one, not as "not a regular
// file".
func loadFace(path, embeddedName string, embedded []byte) (*face, error) {
	if path == "" {
		return newFace(embeddedName, embedded)
	}
	data, err := extract.ReadFile(path, maxFontBytes)
	if errors.Is(err, extract.ErrNotRegular) {
		if info, serr := os.Stat(path); serr == nil && info.IsDir() {
			return nil, fmt.Errorf("font %s is a folder, not a file: name the .ttf file in it", path)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("font %s: %s", path, unwrap(err))
	}
	return newFace(path, data)
}

// width returns the advance of r in 1/1000 em, or -1 when the font has no glyph.
func (f *face) width(r rune) int {
	if r >= 0 && int(r) < len(f.adv) {
		if w := f.adv[r]; w != 0 {
			return int(w)
		}
		w := f.lookup(r)
		f.adv[r] = w
		return int(w)
	}
	w, ok := f.wide[r]
	if !ok {
		w = f.lookup(r)
		f.wide[r] = w
	}
	return int(w)
}

// lookup reads r's advance from the font tables, rounded as gofpdf does.
func (f *face) lookup(r rune) int16 {
	if r >= 196608 { // gofpdf keeps widths for the first three planes only
		return -1
	}
	gi := f.ttf.glyph(r)
	if gi == 0 {
		return -1
	}
	w := int16(math.Round(1000 * float64(f.ttf.advance(gi)) / f.ttf.upem))
	if w <= 0 {
		w = 1 // zero-width glyphs (combining marks) are present all the same
	}
	return w
}

// plainPrefix returns the length of the longest prefix of s before a
// space, tab or newline whose characters f has, and their advance in 1/1000
// em. Characters above U+FFFF end it too: gofpdf writes text as UTF-16
// without surrogates.
func (f *face) plainPrefix(s string) (n, units int) {
	for n < len(s) {
		if c := s[n]; c < utf8.RuneSelf {
			a := int(f.word[c])
			if a <= 0 {
				break
			}
			units += a
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[n:])
		a := f.width(r)
		if a < 0 || r > 0xFFFF || r == softHyphen {
			break
		}
		units += a
		n += size
	}
	return n, units
}

// markLeads reports whether the font draws r, a mark of no width, on the
// glyph placed after it rather than on the one before: its outline lies
// right of where it is placed. DejaVu draws the Hebrew points and Arabic
// vowel marks so, as fonts made for right-to-left text do: a shaper lays a
// right-to-left word out with each mark ahead of its letter.
func (f *face) markLeads(r rune) bool {
	g := f.ttf.glyph(r)
	if g == 0 || f.ttf.advance(g) != 0 {
		return false
	}
	x, ok := f.ttf.xMin(g)
	return ok && x >= 0
}

// hide makes f report no glyph for the characters from lo to hi, so that
// the face behind it draws them all: Droid Sans Fallback has 가 and two
// other Hangul syllables of 11,172, and "가" would print in it among
// syllables drawn in a Hangul font.
func (f *face) hide(lo, hi rune) {
	for r := lo; r <= hi; r++ {
		if f.ttf.glyph(r) == 0 {
			continue
		}
		if int(r) < len(f.adv) {
			f.adv[r] = -1
		} else {
			f.wide[r] = -1
		}
	}
}

// has reports whether the font has a glyph for r.
func (f *face) has(r rune) bool { return f.width(r) >= 0 }

// measure returns the width of s in points at size pt. Runes without a glyph
// must have been replaced before (see sheet.clean).
func (f *face) measure(s string, pt float64) float64 {
	w := 0
	for _, r := range s {
		if a := f.width(r); a > 0 {
			w += a
		}
	}
	return float64(w) * pt / 1000
}

// space returns the width of a space at size pt, as measure(" ", pt).
func (f *face) space(pt float64) float64 {
	return float64(max(f.width(' '), 0)) * pt / 1000
}

// cjkFonts are TrueType fonts with Chinese, Japanese and Korean that systems
// commonly have, in the order they are tried: Debian's and Ubuntu's
// fonts-droid-fallback, then macOS's and Windows's Arial Unicode.
var cjkFonts = []string{
	"/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
	"/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
	"/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
	"/Library/Fonts/Arial Unicode.ttf",
	`C:\Windows\Fonts\ARIALUNI.TTF`,
}

// hangulFonts are TrueType fonts with Hangul, tried before cjkFonts when a
// note holds Korean: Debian's fonts-droid-fallback, the first of cjkFonts
// on Linux, has three Hangul syllables of 11,172, so a Korean note printed
// as "�". Debian's and Ubuntu's fonts-nanum, Fedora's naver-nanum-gothic,
// then Windows's Malgun Gothic.
var hangulFonts = []string{
	"/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
	"/usr/share/fonts/nanum-gothic/NanumGothic.ttf",
	`C:\Windows\Fonts\malgun.ttf`,
}

// cjkBoldFonts are the bold faces of the fonts of hangulFonts and cjkFonts
// that have one, installed beside them by the same package.
var cjkBoldFonts = map[string]string{
	"/usr/share/fonts/truetype/nanum/NanumGothic.ttf": "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf",
	"/usr/share/fonts/nanum-gothic/NanumGothic.ttf":   "/usr/share/fonts/nanum-gothic/NanumGothicBold.ttf",
	`C:\Windows\Fonts\malgun.ttf`:                     `C:\Windows\Fonts\malgunbd.ttf`,
}

// systemCJKFont returns the first font this machine has of hangulFonts,
// when korean is set, then of cjkFonts, or "".
func systemCJKFont(korean bool) string {
	fonts := cjkFonts
	if korean {
		fonts = append(slices.Clip(hangulFonts), cjkFonts...)
	}
	return firstInstalled(fonts, "")
}

// secondCJKFont returns the first font this machine has of the list
// systemCJKFont(korean) did not take body from, cjkFonts for a Korean note
// and hangulFonts for another, that is not body; or "".
func secondCJKFont(korean bool, body string) string {
	if korean {
		return firstInstalled(cjkFonts, body)
	}
	return firstInstalled(hangulFonts, body)
}

// cjkBoldFont returns the bold face of the CJK font path (see
// cjkBoldFonts) when this machine has it, or "".
func cjkBoldFont(path string) string {
	if bold, ok := cjkBoldFonts[path]; ok {
		return firstInstalled([]string{bold}, "")
	}
	return ""
}

// firstInstalled returns the first of fonts that is a file of this
// machine's and not skip, or "".
func firstInstalled(fonts []string, skip string) string {
	for _, f := range fonts {
		if f == skip {
			continue
		}
		if info, err := os.Stat(f); err == nil && info.Mode().IsRegular() {
			return f
		}
	}
	return ""
}

// decksHave reports whether a card or the outline of decks holds text that
// has reports true for. The cards hold most of the
// notes' text and are quicker to read; the outline holds the prose that
// makes no card, as the line of a README's translations ("[日本語](README-ja.md)
// ∙ [한국어](…)") above its title, which printed "���" on a machine with a
// CJK font.
func decksHave(decks []extract.Deck, has func(string) bool) bool {
	for _, d := range decks {
		if has(d.Title) {
			return true
		}
		for _, c := range d.Cards {
			if has(c.Front) || has(c.Back) {
				return true
			}
		}
	}
	for _, d := range decks {
		if blocksHave(d.Outline, has) {
			return true
		}
	}
	return false
}

// blocksHave reports whether the text of blocks, or of the blocks nested
// in them, holds text that has reports true for.
func blocksHave(blocks []extract.Block, has func(string) bool) bool {
	for _, b := range blocks {
		if spansHave(b.Spans, has) || has(b.Code) || has(b.Alt) || cellsHave(b.Header, has) || blocksHave(b.Blocks, has) {
			return true
		}
		for _, it := range b.Items {
			if spansHave(it.Spans, has) || blocksHave(it.Blocks, has) {
				return true
			}
		}
		for _, r := range b.Rows {
			if cellsHave(r, has) {
				return true
			}
		}
	}
	return false
}

// spansHave reports whether the text of spans holds text that has reports
// true for.
func spansHave(spans []extract.Span, has func(string) bool) bool {
	for _, sp := range spans {
		if has(sp.Text) {
			return true
		}
	}
	return false
}

// cellsHave reports whether the text of a table row holds text that has
// reports true for.
func cellsHave(cells []extract.Cell, has func(string) bool) bool {
	for _, c := range cells {
		if spansHave(c.Spans, has) {
			return true
		}
	}
	return false
}

// mostlyKorean reports whether the Chinese, Japanese and Korean text of
// decks is mostly Hangul: a Korean note, printed with a Hangul font, where a
// line of translations ("日本語 ∙ 한국어 ∙ 简体中文") keeps the first CJK font,
// which has the Chinese characters a Korean font lacks.
func mostlyKorean(decks []extract.Deck) bool {
	hangul, other := 0, 0
	decksHave(decks, func(s string) bool {
		for i := 0; i < len(s); {
			if s[i] < 0xE1 {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case isHangul(r):
				hangul++
			case isCJK(r):
				other++
			}
			i += n
		}
		return false
	})
	return hangul > other
}

// hasCJK reports whether s holds a Han, kana or Hangul character. Their
// UTF-8 opens with a byte of 0xE1 or more (see hasRuneOver; a profile of the
// sheet found unicode.In at a quarter of its time, and the scan of every card
// and outline, byte by byte, was 1.5 % of a 10k-item build's CPU).
func hasCJK(s string) bool {
	return hasRuneOver(s, 0xE1, cjkLeads, isCJK)
}

// hasRuneOver reports whether s holds a rune that is reports, where each
// such rune's UTF-8 opens with a byte of floor or more, the floor that leads
// sets for highLead: the bytes below are skipped without decoding, eight at
// a time, and continuation bytes are all below.
func hasRuneOver(s string, floor byte, leads uint64, is func(rune) bool) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			k := highLead(s[i:i+8], leads)
			i += k
			if k == 8 {
				continue
			}
		} else if s[i] < floor {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if is(r) {
			return true
		}
		i += n
	}
	return false
}

// Byte floors for highLead, a byte's addend for each of eight: 0xE1 and
// up, where Han, kana and Hangul open; 0xD6 and up, where Hebrew, Arabic
// and the other right-to-left scripts open.
const (
	cjkLeads = 0x1F1F1F1F1F1F1F1F
	rtlLeads = 0x2A2A2A2A2A2A2A2A
)

// highLead returns the index of the first of the eight bytes of w at or
// above the floor leads sets (cjkLeads, rtlLeads), or 8. A byte b is one
// when its top bit is set and its low seven bits plus its addend reach
// 0x80; that sum stays below 0x100, so no byte of the word carries into
// the next.
func highLead(w string, leads uint64) int {
	x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	const low7, top = 0x7F7F7F7F7F7F7F7F, 0x8080808080808080
	return bits.TrailingZeros64((x&low7+leads)&x&top) / 8
}

// isHangul reports whether r is a Hangul syllable or jamo.
func isHangul(r rune) bool {
	return r >= 0xAC00 && r <= 0xD7AF || r >= 0x1100 && r <= 0x11FF || r >= 0x3130 && r <= 0x318F
}

// hasHangul reports whether s holds a Hangul syllable or jamo.
func hasHangul(s string) bool {
	return hasRuneOver(s, 0xE1, cjkLeads, isHangul)
}

// isCJK reports whether r is a Han, kana or Hangul character.
func isCJK(r rune) bool {
	return r >= 0x1100 && r <= 0x11FF || r >= 0x3040 && r <= 0x30FF || r >= 0x3130 && r <= 0x318F ||
		r >= 0x3400 && r <= 0x4DBF || r >= 0x4E00 && r <= 0x9FFF || r >= 0xAC00 && r <= 0xD7AF ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0x20000 && r <= 0x3134F
}
