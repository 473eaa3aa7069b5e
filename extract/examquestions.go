package extract

import "strings"

// commandWords open the questions of exam papers and mark schemes: "Describe
// two ways in which the accumulator is used. (2 marks)".
var commandWords = map[string]bool{
	"describe": true, "explain": true, "state": true, "name": true, "give": true, "identify": true,
	"outline": true, "compare": true, "evaluate": true, "calculate": true, "define": true,
	"suggest": true, "discuss": true, "justify": true, "list": true, "analyse": true, "analyze": true,
	"assess": true, "contrast": true, "determine": true, "estimate": true, "examine": true,
	"explore": true, "label": true, "predict": true, "show": true, "sketch": true, "summarise": true,
	"summarize": true, "deduce": true, "derive": true, "distinguish": true, "complete": true,
}

// commandObjects may follow a command word in a question: what it asks for,
// "Describe the role", "Explain why", "Name and describe", "Give an
// example", "State two". A noun after it ("State governments", "List
// comprehension", "Name servers") makes a statement or a name.
var commandObjects = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "how": true, "why": true, "what": true,
	"which": true, "who": true, "when": true, "where": true, "whether": true, "your": true,
	"briefly": true, "fully": true, "clearly": true, "one": true, "two": true, "three": true,
	"four": true, "five": true, "six": true, "some": true, "any": true, "each": true, "all": true,
	"this": true, "these": true, "that": true, "its": true, "their": true, "with": true,
	"between": true, // "Distinguish between Char and VarChar."
}

// isExamQuestion reports whether t, a bullet's text, asks as an exam
// question does: a command word, then what it asks for. Over nested mark
// points it is their question, though it is as long as a sentence and ends
// with a full stop: "Describe the role of the control unit in the
// processor." over "Decodes instructions. [1]".
func isExamQuestion(t string) bool {
	var fields [2]string // the first two words, when there is a third
	n := 0
	for f := range strings.FieldsSeq(t) {
		if n == 2 {
			return lookupLower(commandWords, strings.Trim(fields[0], "*_")) && lookupLower(commandObjects, strings.Trim(fields[1], "*_,"))
		}
		fields[n] = f
		n++
	}
	return false
}
