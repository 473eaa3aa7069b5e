package extract

import (
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// statuteDivisions are the abbreviations by which law notes cite a part of
// a statute or of court rules before its number: "s. 47 OAPA 1861", "ss.
// 1–6", "Art. 6 ECHR", "Sec. 2", "Reg. 4", "para. 3", "Sch. 1", "Pt. 7",
// "cl. 2", "r. 3.4 CPR", "rr. 1–3".
var statuteDivisions = map[string]bool{"s": true, "ss": true, "art": true, "arts": true, "sec": true,
	"secs": true, "sect": true, "para": true, "paras": true, "reg": true, "regs": true, "sch": true,
	"pt": true, "cl": true, "r": true, "rr": true}

// withoutStatuteDots returns outer, a term's words outside brackets, without
// the full stop of a statute's division before its number: "Art. 6 ECHR:
// right to a fair trial" names the article, and its "Art." ends no
// sentence, so the term is "Art 6 ECHR" to the tests of a clause.
func withoutStatuteDots(outer string) string {
	if !strings.Contains(outer, ". ") {
		return outer // the quick test
	}
	var b strings.Builder
	rest := outer
	for {
		i := strings.Index(rest, ". ")
		if i < 0 {
			break
		}
		word := rest[strings.LastIndexAny(rest[:i], " (")+1 : i]
		if statuteDivisions[strings.ToLower(word)] && i+2 < len(rest) && isDigit(rune(rest[i+2])) {
			b.WriteString(rest[:i])
			b.WriteByte(' ')
		} else {
			b.WriteString(rest[:i+2])
		}
		rest = rest[i+2:]
	}
	b.WriteString(rest)
	return b.String()
}

// statesFormula reports whether line, the one line of a paragraph right
// above a list, states a formula rather than leading the list in: "ROE =
// Net Income / Equity" defines ROE, and "μ ± 1.65σ" is an interval, whatever
// list follows. A line that ends with a colon leads in what it holds
// ("where r = the rate:").
func statesFormula(line string) bool {
	if strings.HasSuffix(line, ":") || strings.HasSuffix(line, "：") {
		return false
	}
	return strings.Contains(line, " = ") || strings.Contains(line, "±") || strings.Contains(line, "+/-")
}

// labelOverFormula reports whether paragraph par, of lines ls, right above
// a list, is a label and the formula it names, "Bayes rule:" over "P(A|B)
// = P(B|A) P(A) / P(B)": the label asks for the formula, and the list
// after it is none of its answer.
func (p *parsed) labelOverFormula(par ast.Node, ls [][2]int) bool {
	if len(ls) != 2 {
		return false
	}
	label := strings.TrimSpace(p.plain(par, ls[0][0], ls[0][1]))
	return strings.HasSuffix(label, ":") && countFields(label) <= maxFormulaLabelWords &&
		statesFormula(strings.TrimSpace(p.plain(par, ls[1][0], ls[1][1])))
}

// maxFormulaLabelWords is the most words a label over a formula has.
const maxFormulaLabelWords = 6

// objectiveLabels name a learning outcome by its number, as CFA, ACCA and
// university course notes copy the syllabus: "LOS 23.a", "LO 2.1",
// "Learning Outcome 3".
var objectiveLabels = []string{"los", "lo", "learning outcome", "learning outcomes", "learning objective",
	"learning objectives", "learning outcome statement"}

// isObjectiveLabel reports whether term numbers a learning outcome: "LOS
// 23.a: Calculate and interpret NPV" says what to learn, and the number
// asks nothing, so the line stays on its heading's card.
func isObjectiveLabel(term string) bool {
	t := strings.Trim(strings.TrimSpace(term), "*_`")
	if k := strings.LastIndexByte(t, ' '); k < 0 || k+1 == len(t) || !isDigit(rune(t[k+1])) {
		return false // the quick test, before lower-casing: a number closes the label
	}
	t = strings.ToLower(t) // the same last word, a digit first
	k := strings.LastIndexByte(t, ' ')
	if len(t)-k > 9 {
		return false
	}
	for _, c := range t[k+1:] {
		if !isDigit(c) && !('a' <= c && c <= 'z') && c != '.' && c != '(' && c != ')' {
			return false
		}
	}
	return slices.Contains(objectiveLabels, t[:k])
}
