package extract

import "strings"

// namesOwnerOnly reports whether lead, a lead-in's plain text, means the
// heading or bullet it sits under without naming it, and asks nothing
// without it: an object pronoun after its verb ("Use them for:", "Use it
// when:") or a plural the heading owns and a verb ("The layers are:",
// which every section of a note may say). leadFront asks it with its owner:
// "Azure Functions: Use them for", "OSI Model: The layers are".
func namesOwnerOnly(lead string) bool {
	words := strings.Fields(strings.ToLower(lead))
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words[1:] {
		if objectPronouns[strings.Trim(w, ",.;:!*_")] {
			return true
		}
	}
	return len(words) == 3 && words[0] == "the" && ownerVerbs[words[2]]
}

// objectPronouns point back at a thing named above a lead-in, past its
// first word.
var objectPronouns = map[string]bool{"it": true, "them": true}

// ownerVerbs end a lead-in of a thing's parts: "The layers are:".
var ownerVerbs = map[string]bool{"are": true, "is": true, "include": true, "includes": true}
