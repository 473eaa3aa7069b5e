package extract

import "bytes"

// promptCards rewrites the cards of notes written with the ":p" prompt
// and "??x" … "x??" answer markers, as tools that turn a book's chapters
// into flashcard notes write them under each concept's heading:
//
//	:p What defines an offer according to the provided text?
//	??x
//	An offer is a promise by one party to another, …
//	x??
//
// as the "Q:" and "A:" labels they mean: the prompt asks, the lines after
// "??x" (or after it on its own line) answer, and "x??" ends the answer as
// a blank line would; a second "??x" where "x??" belongs ends it too. Left
// alone, ":p" opened every front and "??x" and "x??" showed on every back.
// Only in a note that holds both markers; each line keeps its place, and
// lines inside code fences stay as they are.
func promptCards(src []byte) []byte {
	if !containsText(src, "x??") || !bytes.HasPrefix(src, []byte(":p ")) && !containsText(src, "\n:p ") {
		return src // the quick test: most notes hold neither marker
	}
	open := false // an answer's "??x" was read and no "x??" yet
	return rewriteLines(src, func(line []byte) ([]byte, bool) {
		t := bytes.TrimSpace(line)
		switch {
		case bytes.HasPrefix(line, []byte(":p ")) && len(t) > len(":p "):
			open = false
			return append([]byte("Q: "), append(t[len(":p "):], '\n')...), true
		case bytes.Equal(t, []byte("x??")) || open && bytes.Equal(t, []byte("??x")):
			open = false
			return []byte("\n"), true
		case bytes.Equal(t, []byte("??x")):
			open = true
			return []byte("A:\n"), true
		case bytes.HasPrefix(t, []byte("??x ")):
			open = true
			return append([]byte("A: "), append(bytes.TrimSpace(t[len("??x "):]), '\n')...), true
		}
		return nil, false
	})
}
