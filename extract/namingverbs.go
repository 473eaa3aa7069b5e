package extract

import "bytes"

// namingPhrases follow "is" or "are" after a bold term and go on to say
// what the term is: "A **set** is defined as a collection …" answers "a
// collection …", as "A **set** is a collection …" does.
var namingPhrases = [][]byte{[]byte("defined as "), []byte("also known as "), []byte("known as "),
	[]byte("also called "), []byte("called "), []byte("termed "), []byte("also referred to as "), []byte("referred to as ")}

// callWords follow "called" when it calls a function, not a name: "The
// **destructor** is called when the object goes out of scope".
var callWords = map[string]bool{"when": true, "whenever": true, "by": true, "from": true, "on": true,
	"in": true, "at": true, "after": true, "before": true, "once": true, "if": true, "every": true,
	"each": true, "for": true, "during": true, "with": true, "inside": true, "within": true, "to": true,
	"as": true, "only": true, "again": true, "automatically": true, "implicitly": true, "explicitly": true,
	"directly": true, "first": true, "last": true, "twice": true, "recursively": true, "internally": true}

// namingLen returns the length of the naming phrase that opens t, the
// text after the copula of a bold term, or 0 when none does.
func namingLen(t []byte) int {
	if len(t) == 0 || t[0] != 'd' && t[0] != 'a' && t[0] != 'k' && t[0] != 'c' && t[0] != 't' && t[0] != 'r' {
		return 0 // the quick test: no phrase opens so
	}
	for _, ph := range namingPhrases {
		if !bytes.HasPrefix(t, ph) {
			continue
		}
		next, _, _ := bytes.Cut(t[len(ph):], []byte(" "))
		if bytes.HasSuffix(ph, []byte("called ")) && callWords[string(bytes.TrimRight(next, ".,;:"))] {
			return 0
		}
		if len(next) == 0 {
			return 0
		}
		return len(ph)
	}
	return 0
}
