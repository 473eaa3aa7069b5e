package extract

import (
	"strings"
	"unicode/utf8"
)

// dotLeadCues are the words by which a sentence points at the list under
// it: "the following properties", "as follows", "the steps". "These"
// points back as often: "These properties are critical for …" states.
// "Below" points at the list only where it ends or opens the sentence
// (belowCue).
var dotLeadCues = []string{"following", "follows", "the steps"}

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
	return belowCue(sent)
}

// belowCue reports whether sent, a sentence in lower case between spaces
// and without its stop, points at the list under it with "below": "The
// stages are listed below", "Below are the main types". Inside the
// sentence "below" compares, as nursing notes write a threshold: "Normal
// BP is below 120/80." over the signs of hypertension leads in no list.
func belowCue(sent string) bool {
	return strings.HasSuffix(sent, " below ") || strings.HasPrefix(sent, " below ")
}

// dotAsColon returns the HTML of a lead-in that ends with a full stop with a
// colon in its place, so that it makes the front a colon's lead-in makes:
// "… the following properties so that they are actionable", without the
// stop.
func dotAsColon(raw string) string {
	raw = strings.TrimSpace(raw)
	return strings.TrimSuffix(raw, ".") + ":"
}
