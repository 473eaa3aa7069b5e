package extract

import "strings"

// asksToDo reports whether t, a line set in bold over its answer, is an
// exam's prompt that asks without a question mark: a command word and what
// it asks for ("Explain two methods for defining a primary key.", see
// isExamQuestion), or a question and then such an order ("What two ways can
// the sort be written? Give an example of each.").
func asksToDo(t string) bool {
	t = strings.TrimSpace(t)
	if isExamQuestion(t) || isPrompt(t) {
		return true
	}
	i := strings.LastIndex(t, "? ")
	if i < 0 || !isQuestion(t[:i+1]) {
		return false
	}
	rest := strings.TrimSpace(t[i+2:])
	return isExamQuestion(rest) || isPrompt(rest)
}
