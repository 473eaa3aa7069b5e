package extract

import (
	"strings"
	"unicode/utf8"
)

// dotLeadCues are the words by which a sentence points at the list under
// it: "the following properties", "as follows", "the steps", "below". "These"
// points back as often: "These properties are critical for …" states.
var dotLeadCues = []string{"following", "follows", "below", "the steps"}

// leadsWithDot reports whether last, the last line of a paragraph right
// above a list, ends with a sentence that leads the list in although it
// ends with a full stop, not a colon: "Segmentation has to satisfy the
// following properties so that they are actionable." over "1. Substantial
// 2. Differentiable …". Its last sentence must point at the list
// (dotLeadCues) and be short, as a lead-in is.
func leadsWithDot(last string) bool {
	if !strings.HasSuffix(last, ".") || strings.HasSuffix(last, "..") {
		return false
	}
	sent := last
	if end := lastSentenceBreakEnd(last); end > 0 {
		_, n := utf8.DecodeLastRuneInString(last[:end])
		sent = last[end-n:]
	}
	if countFields(sent) > 20 {
		return false
	}
	sent = " " + strings.ToLower(strings.TrimSuffix(sent, ".")) + " "
	for _, c := range dotLeadCues {
		if strings.Contains(sent, " "+c+" ") {
			return true
		}
	}
	return false
}

// dotAsColon returns the HTML of a lead-in that ends with a full stop with a
// colon in its place, so that it makes the front a colon's lead-in makes:
// "… the following properties so that they are actionable", without the
// stop.
func dotAsColon(raw string) string {
	raw = strings.TrimSpace(raw)
	return strings.TrimSuffix(raw, ".") + ":"
}
