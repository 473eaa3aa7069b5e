package extract

// sectionNumberLen returns the length of the number s opens with, a whole
// number of up to six digits or a section's number ("13.2", "2.1.4", eight
// characters at most), or 0 when s opens with none: "covers decks 9 -
// 13.2 (6 decks)" joins the ends of a range (see isNumberRange). A number
// that ends with its dot ("7.") is the whole number before it.
func sectionNumberLen[T string | []byte](s T) int {
	n, digits := 0, 0
	for n < len(s) && n <= 8 {
		c := s[n]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && digits > 0 && n+1 < len(s) && s[n+1] >= '0' && s[n+1] <= '9':
			digits = 0
		default:
			return sectionEnd(n, digits)
		}
		n++
	}
	return sectionEnd(n, digits)
}

// sectionEnd returns n, the length sectionNumberLen read, when it is a
// number that ends in a digit and is short enough, else 0.
func sectionEnd(n, digits int) int {
	if digits == 0 || n > 8 || digits > 6 {
		return 0
	}
	return n
}
