package extract

import "bytes"

// boldCopulasAbroad are the forms of "to be" that join a bold term to its
// definition in other languages, as "is" does in "**Osmosis** is …":
// "**Prozess** ist ein Programm …", "**Proces** je abstrakcia …",
// "**Proces** jest to program …", "**Поток** это единица …". The bold
// marks where the term ends, so no article need follow the verb, as one
// must in copulasAbroad. Spanish "son" is left out: "**Hermes** son of
// Zeus" is English.
var boldCopulasAbroad = [][]byte{
	[]byte("ist "), []byte("sind "), // German
	[]byte("est "), []byte("sont "), // French
	[]byte("es "),                 // Spanish
	[]byte("è "), []byte("sono "), // Italian
	[]byte("é "), []byte("são "), // Portuguese
	[]byte("jest to "), []byte("jest "), // Polish
	[]byte("je "), []byte("sú "), []byte("jsou "), // Slovak, Czech
	[]byte("это "), []byte("является "), // Russian
	[]byte("adalah "), []byte("là "), // Indonesian, Vietnamese
	[]byte("це "), []byte("είναι "), // Ukrainian, Greek
	[]byte("هو "), []byte("هي "), []byte("הוא "), []byte("היא "), // Arabic and Hebrew say "he is" with "he"
}

// boldCopulaAbroadLen measures the copula of boldCopulasAbroad that opens
// b, the text after a bold term, or returns 0.
func boldCopulaAbroadLen(b []byte) int {
	for _, c := range boldCopulasAbroad {
		if bytes.HasPrefix(b, c) && len(b) > len(c) {
			return len(c)
		}
	}
	return 0
}

// dashCopulas are the words of Russian and Ukrainian that follow the dash
// of a definition as "is" would: "Процесс — это программа в состоянии
// выполнения" defines Процесс as "программа …", not as "это программа …".
var dashCopulas = [][]byte{[]byte("это "), []byte("Это "), []byte("це "), []byte("Це ")}

// dashCopulaLen measures the word of dashCopulas that opens b, the text
// after a dash, or returns 0.
func dashCopulaLen(b []byte) int {
	for _, c := range dashCopulas {
		if bytes.HasPrefix(b, c) && len(b) > len(c) {
			return len(c)
		}
	}
	return 0
}

// prepositionFirst reports whether first, the first word of the subject
// before copula, is the preposition "a" of Italian, Spanish and French:
// "A differenza del MAC address è un indirizzo logico" says how an IP
// address differs, it defines no "A differenza del MAC address". Before
// Portuguese "é" an "A" is the article: "A emancipação é …".
func prepositionFirst(first string, copula []byte) bool {
	return (first == "a" || first == "A") && string(copula) != " é "
}
