package extract

import "strings"

// looseSeasons are the words that date a year by its season, "Spring
// 1776", or loosely, "c. 1500", "early 1600s".
var looseSeasons = map[string]bool{"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"c.": true, "ca.": true, "circa": true, "early": true, "mid": true, "late": true}

// isLooseYear reports whether s is a year of history dated loosely, as
// timelines date what no day records: by its season, "Spring 1776",
// about a year, "c. 1500", "ca. 1450", "c.1500", "circa 1215", a decade
// or a century, "1620s", "1900s", or a part of one, "early 1600s",
// "mid-1800s", "late 1770s". The year is one from 1000 to 2099, as
// isEventYear's.
func isLooseYear(s string) bool {
	var buf [3]string // a third word is enough to refuse
	f := buf[:firstWords(s, buf[:])]
	switch len(f) {
	case 1:
		w := f[0]
		if k := strings.IndexByte(w, '-'); k > 0 && looseSeasons[strings.ToLower(w[:k])] {
			return isDecade(w[k+1:]) // "mid-1800s"
		}
		if rest, ok := strings.CutPrefix(w, "c."); ok {
			return isEventYear(rest) // "c.1500"
		}
		return isDecade(w)
	case 2:
		return looseSeasons[strings.ToLower(f[0])] && (len(f[1]) == 4 && isEventYear(f[1]) || isDecade(f[1]))
	}
	return false
}

// isDecade reports whether w is a decade or a century of a year from 1000
// to 2099, "1620s", "1900s".
func isDecade(w string) bool {
	return len(w) == 5 && w[4] == 's' && w[3] == '0' && isEventYear(w[:4])
}
