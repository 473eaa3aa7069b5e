package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// caseNameWords are the lower-case words a case name may hold between its
// capitalised ones: "Pharmaceutical Society of Great Britain v Boots",
// "Ex parte Young", "Tywood Industries Ltd v St Anne-Nackawic Pulp & Paper".
var caseNameWords = map[string]bool{"v": true, "v.": true, "vs": true, "vs.": true, "of": true, "the": true,
	"and": true, "&": true, "for": true, "de": true, "du": true, "des": true, "la": true, "le": true,
	"von": true, "van": true, "der": true, "den": true, "ex": true, "parte": true, "rel.": true, "in": true,
	"re": true, "on": true, "upon": true, "at": true}

// isCaseTerm reports whether s, the text before a separator, names a law
// case: the name a student writes before what the case held, "Roe v. Wade:
// recognized a right …", "**Pharmaceutical Society of Great Britain v Boots
// Cash Chemists:** Boots was a self-serve pharmacy". Its "v." and "R.R."
// are abbreviations, not the end of a sentence, and a long party name is
// no clause: each word is a name (a capital or a digit first) or one of
// caseNameWords, up to 14 words outside brackets.
func isCaseTerm(s string) bool {
	if !strings.Contains(s, " v") || !isCaseName(s) {
		return false // the quick test: no "v", "v." or "vs" after a space
	}
	outer := outsideBrackets(s)
	if strings.Count(outer, " ") > 13 || strings.HasSuffix(outer, ",") {
		return false
	}
	for w := range strings.SplitSeq(outer, " ") {
		w = strings.TrimSuffix(strings.Trim(w, "*_`"), ",")
		if w == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || isDigit(r) {
			continue
		}
		if !caseNameWords[w] {
			return false // "Smith v. Jones held that …" states what the case held
		}
	}
	return true
}

// glanceLabels sum up the section they open: "**At a glance:** A valid
// offer is …" under "## Unilateral Contract", then again under "## Mistake"
// and four headings more. Asked bare, they are one question with six
// answers; aspectFront asks each with its heading.
var glanceLabels = map[string]bool{"at a glance": true, "in short": true, "in brief": true,
	"in a nutshell": true, "tl;dr": true, "tldr": true, "bottom line": true, "summary": true,
	"overview": true, "big picture": true, "gist": true, "main idea": true, "key idea": true}

// ownerContext returns context without a generic section title at its end,
// and whether it dropped one: "Facts" under "## Background" of "# Brown vs.
// Board of Education" is the case's facts, not the background's. A context
// of one level is kept as it is.
func ownerContext(context []string) ([]string, bool) {
	if n := len(context); n > 1 && lookupLower(sectionTitles, strings.TrimRight(context[n-1], ":：")) {
		return context[:n-1], true
	}
	return context, false
}
