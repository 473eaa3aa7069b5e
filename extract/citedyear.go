package extract

// citedYear returns the length of the year in brackets that opens t, as
// notes cite a study after its authors' bold names, "(1992)", "(2006,
// 2009)" or "(1969a)", when a space and a word in lower case, the
// sentence's verb, follow it: "**Ragin and Becker** (1992) point out …".
// The year belongs with the names, which the sentence goes on to report:
// "Ragin and Becker (1992)" asks for what they point out. It returns 0 for
// anything else ("(1819) – a painting …" is parted by its dash). Its
// caller keeps a year before "is" in the answer: "The **Treaty of
// Versailles** (1919) is the peace treaty …" asks for its date too.
func citedYear(t []byte) int {
	if len(t) < len("(1992) a") || t[0] != '(' {
		return 0
	}
	i, digits := 1, 0
	for i < len(t) && t[i] != ')' {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ',' || c == ' ' || c >= 'a' && c <= 'c':
		default:
			return 0
		}
		if i > len("(2006, 2009, 2012") {
			return 0
		}
		i++
	}
	if i >= len(t)-2 || digits < 4 || digits%4 != 0 || t[1] < '1' || t[1] > '2' {
		return 0
	}
	if t[i+1] != ' ' || !isLowerASCII(t[i+2]) {
		return 0
	}
	return i + 1
}
