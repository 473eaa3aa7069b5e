package extract

import "strings"

// isYearRange reports whether s is a span of years written with a hyphen:
// "1924-29" in "## 1924-29: Die Jahre der Stabilisierung", "1789-1799" in
// "- 1789-1799: French Revolution". Timelines name their periods so, and
// the hyphen alone makes the span look like a number to isNumberLike. The
// years must run forward, "1914-18" or "476-1453", so that a date such as
// "2023-06" or a score "3-1" is no span.
func isYearRange(s string) bool {
	dash := -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '-' && dash < 0:
			dash = i
		case c < '0' || c > '9':
			return false
		}
	}
	from, to := s[:max(dash, 0)], s[dash+1:]
	if dash < 3 || dash > 4 || len(to) < 2 || len(to) > 4 {
		return false
	}
	a, b := digitsValue(from), digitsValue(to)
	if len(to) == 2 {
		return len(from) == 4 && b > a%100 // "1914-18"
	}
	return b > a
}

// digitsValue returns the number that s, ASCII digits only, writes.
func digitsValue(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// eraWords are the words a date span of a life or a reign is written with,
// besides its years: "c. 624 - c. 548 BC", "ca. 1450–1500 AD".
var eraWords = map[string]bool{"c.": true, "ca.": true, "circa": true, "bc": true, "bce": true, "ad": true,
	"ce": true, "b.c.": true, "a.d.": true, "b.c": true, "a.d": true, "-": true, "–": true, "—": true}

// isDatedName reports whether s, a line over a list, is a name and the years
// of its life: "**Thales of Miletus**, [ˈθeɪliːz] c. 624/623 - c. 548/545 BC."
// over what Thales taught. Its full stop ends the era "BC.", not a
// sentence, so the line leads its list in as "Napoleon (1769–1821)" does.
// The years follow a comma and end the line; a sentence ending in a year,
// "He died in 1821.", has no comma before them.
func isDatedName(s string) bool {
	if start, _ := nextSentenceBreak(s, 0); start >= 0 {
		return false
	}
	fields := strings.Fields(outsideBrackets(strings.TrimSuffix(strings.TrimSpace(s), ".")))
	i, years := len(fields), false
	for i > 0 {
		f := strings.ToLower(fields[i-1])
		if y := isYearWord(f); y || eraWords[f] {
			years = years || y
			i--
			continue
		}
		break
	}
	return years && i > 0 && i < len(fields) && strings.HasSuffix(fields[i-1], ",")
}

// isYearWord reports whether w, in lower case, writes a year or a century:
// "624", "624/623", "5c", "1920s", "5th".
func isYearWord(w string) bool {
	n := 0
	for n < len(w) && (w[n] >= '0' && w[n] <= '9' || w[n] == '/' && n > 0) {
		n++
	}
	if n == 0 {
		return false
	}
	switch w[n:] {
	case "", "c", "s", "th", "st", "nd", "rd":
		return true
	}
	return false
}
