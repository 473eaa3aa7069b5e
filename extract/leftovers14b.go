package extract

import (
	"bytes"
	"strings"
)

// reminders are the words a student opens a fact with to stress it,
// "Remember that Cognito is the preferred Federation method": they are no
// part of the sentence's subject.
var reminders = [][]byte{[]byte("remember that "), []byte("note that "), []byte("recall that ")}

// reminderLen returns the length of the reminder t opens with ("Remember
// that ", "Note that "), or 0.
func reminderLen(t []byte) int {
	for _, r := range reminders {
		if len(t) > len(r) && bytes.EqualFold(t[:len(r)], r) {
			return len(r)
		}
	}
	return 0
}

// from returns the view of v's text from byte i on, i in a run of source
// text. Its pieces are new: v, in scratch space, stays as it was.
func (v view) from(i int) view {
	var ps []piece
	for k, pc := range v.pieces {
		if k+1 < len(v.pieces) && v.pieces[k+1].at <= i {
			continue // ends before i
		}
		switch {
		case pc.at > i:
			ps = append(ps, piece{at: pc.at - i, src: pc.src})
		case pc.src >= 0:
			ps = append(ps, piece{at: 0, src: pc.src + i - pc.at})
		default:
			ps = append(ps, piece{at: 0, src: -1})
		}
	}
	return view{text: v.text[i:], pieces: ps}
}

// headedVerbs are verbs a note opens a line with when the subject is the
// heading above, "Uses two or more of:" under "Multifactor Authentication",
// "Suffers from convoy effect: …" under FCFS. Several are nouns too ("Uses
// of aspirin", "Causes include"): opensWithVerb reads the word after.
var headedVerbs = map[string]bool{"involves": true, "uses": true, "requires": true, "contains": true,
	"suffers": true, "causes": true, "provides": true, "allows": true, "has": true}

// nounFollowers are words after which a word of headedVerbs is a noun:
// "Uses of aspirin", "Causes include …", "Causes and risk factors".
var nounFollowers = map[string]bool{"of": true, "include": true, "includes": true, "are": true,
	"is": true, "and": true, "&": true, "for": true}

// opensWithVerb reports whether s, a front of two words or more, opens with
// a verb that has no subject of its own: "Involves mainly chylomicrons",
// "Allows for asynchronous processing" (a verb "allows for"), not "Uses of
// aspirin". Such a front asks nothing without the heading it describes.
func opensWithVerb(s string) bool {
	w, rest, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok || w == "" || w[0] < 'A' || w[0] > 'Z' || !lookupLower(headedVerbs, w) {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	next = strings.ToLower(strings.Trim(next, ",.;:!*_"))
	if next == "" {
		return false
	}
	return !nounFollowers[next] || strings.EqualFold(w, "allows") && next == "for"
}
