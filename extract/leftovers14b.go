package extract

import (
	"bytes"
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
