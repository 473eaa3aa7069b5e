package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isCallName reports whether s is a function or method named with empty
// brackets, as language notes list them without code spans: "append()",
// "str.split()", "Vec::new()", ".clone()". Such a name is a term although
// its brackets read as code (see isCodeLike); a call with arguments or an
// expression ("f() = g()") is not one.
func isCallName(s string) bool {
	name, ok := strings.CutSuffix(s, "()")
	if !ok || name == "" || utf8.RuneCountInString(name) > 40 {
		return false
	}
	for i, r := range name {
		switch {
		case r == '_' || r == '.' || unicode.IsLetter(r):
		case r == ':' || unicode.IsDigit(r):
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	return last != '.' && last != ':'
}

// pathGoesOn reports whether after, the text right after a "::" written
// tight between two names, goes on as a path of code does: the name is
// called, given type arguments or followed by another "::" ("Vec::new()",
// "String::from(s)", "HashMap::<K, V>", "std::io::Result"). Such a "::" is
// Rust's or C++'s path, whatever the case of the name before it, and asks
// nothing as Anki's "Question::Answer" does.
func pathGoesOn(after string) bool {
	k := 0
	for k < len(after) && isIdent(after[k]) {
		k++
	}
	rest := after[k:]
	return k > 0 && (strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "<") || strings.HasPrefix(rest, "::"))
}
