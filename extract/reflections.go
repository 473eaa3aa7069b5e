package extract

import "strings"

// reflectionTitles title a section of the student's own musings and open
// questions, which a note writes for itself and answers nowhere: "##
// Reflection" over "- Offense/defense maps onto control/flexibility — does
// every decision reduce to that one axis?".
var reflectionTitles = map[string]bool{"reflection": true, "reflections": true, "my reflection": true,
	"my reflections": true, "personal reflection": true, "self-reflection": true, "self reflection": true}

// isReflectionTitle reports whether a heading titles a reflection section,
// whose lines make no cards.
func isReflectionTitle(title string) bool {
	return lookupLower(reflectionTitles, strings.TrimRight(title, ":："))
}

// objectives reports whether a heading's card would ask only questions the
// note does not answer: the learning objectives a lecture note lists under
// its title ("# Essential Concepts of Management" over "- What is the
// definition of management?" and "- Who requires management skills?") or
// under a section's generic title ("## Learning objectives"), as questions
// or as goals ("# Elasticity" over "1. Define price elasticity of
// demand.", see onlyGoals). A heading
// that names what its questions are about ("### Questions answered by
// Config") keeps its card, and so does one question, which states an
// issue: "# File Organisation Issues" over "How can these records be
// organised …?". So does the syllabus objective an exam's notes quote
// under their title, "# Antecubital Fossa" over "> Describe the anatomy
// relevant to central venous access" (see quotedGoal).
func objectives(h heading, back string) bool {
	return (h.level == 1 || lookupLower(sectionTitles, strings.TrimRight(h.text, ":："))) &&
		(strings.Count(back, "?") > 1 && onlyQuestions(back) || onlyGoals(back) || quotedGoal(back))
}

// quotedGoal reports whether the HTML back is one quoted paragraph that
// asks to know a thing, as a syllabus objective quoted under a note's title
// does: "> Discuss the clinical features of pertussis." The note answers
// it section by section; as the title's answer it answers nothing. A
// quotation that opens otherwise ("> The heart is a pump.") is the title's
// text.
func quotedGoal(back string) bool {
	body, ok := strings.CutPrefix(strings.TrimSpace(back), "<blockquote><p>")
	if !ok || !strings.HasSuffix(body, "</p></blockquote>") || strings.Contains(body, "<blockquote>") || strings.Count(body, "<p>") > 0 {
		return false
	}
	return knowingVerbs[openingGoal(stripTags(body))]
}
