package extract

import "bytes"

// maxEmphasisGloss is the most words a formula term's gloss has when one
// emphasis span holds it all: "$W=$ *the work done by the system as it
// expands and pushed back the surroundings.*" (13 words).
const maxEmphasisGloss = 20

// glossWords returns the most words src, a formula term's gloss as the
// note writes it, may have: maxEmphasisGloss when the student set the
// whole gloss in one emphasis span, marking it as the symbol's meaning,
// else maxFormulaGloss, past which plain words read as a sentence going on.
func glossWords(src []byte) int {
	if isOneEmphasis(bytes.TrimSpace(src)) {
		return maxEmphasisGloss
	}
	return maxFormulaGloss
}

// isOneEmphasis reports whether t is one span of emphasis, "*…*", "_…_",
// "**…**" or "__…__", its marks found nowhere inside it.
func isOneEmphasis(t []byte) bool {
	if len(t) < 3 || t[0] != '*' && t[0] != '_' {
		return false
	}
	mark := t[:1]
	if t[1] == t[0] {
		mark = t[:2]
	}
	inner, ok := bytes.CutSuffix(t[len(mark):], mark)
	if !ok || len(inner) == 0 {
		return false
	}
	return bytes.IndexByte(inner, t[0]) < 0
}
