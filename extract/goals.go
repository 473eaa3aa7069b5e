package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// goalVerbs open the learning goals a lecture's slides or a syllabus list,
// "Define price elasticity of demand.", besides the command words of exam
// questions (commandWords).
var goalVerbs = map[string]bool{"understand": true, "know": true, "recognize": true, "recognise": true,
	"interpret": true, "construct": true, "apply": true, "learn": true}

// knowingVerbs ask to know or explain a thing, as a goal does, where a
// procedure's step acts: "Describe the law of demand", not "Calculate the
// test statistic".
var knowingVerbs = map[string]bool{"define": true, "describe": true, "explain": true, "understand": true,
	"discuss": true, "identify": true, "distinguish": true, "interpret": true, "know": true,
	"recognize": true, "recognise": true, "outline": true, "summarise": true, "summarize": true}

// goalTitles title a section of learning goals: "## Objective" over
// "Calculate/Construct" and the goals it sets.
var goalTitles = map[string]bool{"objective": true, "objectives": true, "learning objectives": true,
	"learning objective": true, "learning outcomes": true, "learning goals": true, "goals": true,
	"aims": true, "los": true}

// openingGoal returns the verb line t opens with, in lower case, when it is
// a goal verb or command word, alone or joined to others by slashes as a
// syllabus groups its goals, "Describe/Explain/Interpret", and "" for any
// other line.
func openingGoal(t string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(t), " ")
	w = strings.ToLower(strings.Trim(w, "*_:,."))
	for part := range strings.SplitSeq(w, "/") {
		if !goalVerbs[part] && !commandWords[part] {
			return ""
		}
	}
	return w
}

// onlyGoals reports whether every line of the HTML back, two at least, opens
// with a goal verb, and half of them with a verb that asks to know rather
// than to act: "Define price elasticity of demand." over "Calculate price
// elasticity of demand." and "Understand how changes in price affect total
// revenue." The steps of a procedure, "State the hypotheses" over
// "Calculate the test statistic", act, and stay.
func onlyGoals(back string) bool {
	lines, knowing := 0, 0
	for l := range strings.SplitSeq(breakLines.Replace(back), "\n") {
		if l = strings.TrimSpace(stripTags(l)); l == "" {
			continue
		}
		w := openingGoal(l)
		if w == "" {
			return false
		}
		lines++
		if knowingVerbs[w] {
			knowing++
		}
	}
	return lines >= 2 && knowing*2 >= lines
}

// goalsSection reports whether a section titled title over body lists the
// learning goals of a chapter: a title of goalTitles over lists whose
// items each open with goal verbs, "Calculate/Construct" over the goals
// it sets. A title that names objectives to learn, "Objectives" over "-
// Price stability", keeps its cards.
func (b *builder) goalsSection(title string, body []ast.Node) bool {
	if !lookupLower(goalTitles, strings.TrimSpace(strings.TrimRight(title, ":："))) || len(body) == 0 {
		return false
	}
	for _, n := range body {
		l, ok := n.(*ast.List)
		if !ok {
			return false
		}
		for it := l.FirstChild(); it != nil; it = it.NextSibling() {
			if h := itemHead(it); h == nil || openingGoal(b.p.plain(h, 0, everything)) == "" {
				return false
			}
		}
	}
	return true
}
