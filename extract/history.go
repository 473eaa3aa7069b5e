package extract

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
