package pdf

import "strings"

// Chinese and Japanese are written without spaces, and Korean words run
// longer than a column of the sheet: a line may end between any two of
// their characters, as a browser breaks them, not only at a space. The
// rules of kinsoku shori keep a closing bracket or a comma from starting a
// line and an opening bracket from ending one.

// noLineStart holds the characters that never start a line: closing
// brackets and quotes, the commas and stops of CJK and Latin text, the
// iteration marks, the prolonged sound mark and the small kana.
const noLineStart = "、。，．・：；？！‼⁇⁈⁉）」』】〕〉》〗〙〛］｝｣､｡･’”〞" +
	"゛゜ヽヾゝゞ々〻ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ" +
	"‐〜゠–～％°℃,.:;!?)]}%"

// noLineEnd holds the characters that never end a line: opening brackets
// and quotes.
const noLineEnd = "（「『【〔〈《〖〘〚［｛｢‘“〝([{"

// wideBreaks reports whether a line may end between a and b, two
// characters with no space between them: one of them is a CJK character
// or CJK punctuation, b may start a line and a may end one.
func wideBreaks(a, b rune) bool {
	return (breaksAround(a) || breaksAround(b)) && !strings.ContainsRune(noLineStart, b) && !strings.ContainsRune(noLineEnd, a)
}

// breaksAround reports whether a line may end before or after r, a Han,
// kana or Hangul character, or a CJK or full-width sign.
func breaksAround(r rune) bool {
	return isCJK(r) || r >= 0x3000 && r <= 0x303F || r >= 0x31F0 && r <= 0x31FF || r >= 0xFF00 && r <= 0xFFEF
}
