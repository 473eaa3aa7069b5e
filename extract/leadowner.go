package extract

import "strings"

// namesOwnerOnly reports whether lead, a lead-in's plain text, means the
// heading or bullet it sits under without naming it, and asks nothing
// without it: an object pronoun after its verb ("Use them for:", "Use it
// when:"), "this" standing for the heading before a verb of ownerVerbs or
// at the end ("Evidence for this includes:", "Examples of this:"; "Use
// this command:" names its command), or a plural the heading owns and a
// verb ("The layers are:", which every section of a note may say).
// leadFront asks it with its owner: "Azure Functions: Use them for", "OSI
// Model: The layers are", "Evidence for continental drift: Evidence for
// this includes".
func namesOwnerOnly(lead string) bool {
	var buf [5]string // a fifth word is one too many
	words := buf[:firstWords(lead, buf[:])]
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for k, w := range words[1:] {
		w = strings.Trim(w, ",.;:!*_")
		if lookupLower(objectPronouns, w) {
			return true
		}
		if lookupLower(standsForOwner, w) && (k+2 == len(words) || lookupLower(ownerVerbs, strings.Trim(words[k+2], ",.;:!*_"))) {
			return true
		}
	}
	return len(words) == 3 && strings.EqualFold(words[0], "the") && lookupLower(ownerVerbs, words[2])
}

// objectPronouns point back at a thing named above a lead-in, past its
// first word.
var objectPronouns = map[string]bool{"it": true, "them": true}

// standsForOwner is the demonstrative that stands for the thing named above
// a lead-in when no noun follows it: "Evidence for this includes:".
var standsForOwner = map[string]bool{"this": true}

// ownerVerbs end a lead-in of a thing's parts: "The layers are:".
var ownerVerbs = map[string]bool{"are": true, "is": true, "include": true, "includes": true}

// ownerOnlyKey returns the front that identifies the card of a lead-in
// whose HTML is raw, and whose front and plain text are front and lead,
// when leadFront asked it with its owner only because it names that owner
// without naming it (see namesOwnerOnly): its bare words, "Use them for",
// the front it had before that rule, and the key nameOwners gives a part it
// names with its owner ("Blob storage: Use it for" beside "Azure files: Use
// it for"). A lead-in that leaves its subject unsaid (see passiveLead),
// "Can be defined as", keeps its bare words too. The card keeps its GUID,
// and a deck imported again its review history (see Card.Key). It returns
// "" for any other lead-in.
func ownerOnlyKey(raw, front, lead string) string {
	if passiveLead(lead) {
		if bare, _ := leadFront(raw, scope{}); bare != front {
			return bare // "Can be defined as" asked alone before
		}
		return ""
	}
	if !namesOwnerOnly(lead) || countFields(lead) <= 2 || isLabel(lead) || isGenericLead(lead) || opensWithVerb(lead) {
		return "" // the quick test: most lead-ins name what they ask
	}
	if bare, _ := leadFront(raw, scope{}); bare != front {
		return bare
	}
	return ""
}

// passiveLead reports whether lead, a lead-in's plain text, opens with a
// modal verb and "be" and leaves its subject, the heading above it,
// unsaid: "Can be defined as" over the ways to compute a classification
// error, "Also can be expressed as", "May also be written as". Asked
// alone, such a lead-in is one question every heading of a note may ask;
// leadFront asks it with its heading, "Classification Error: Can be
// defined as". So does "Are located in the:" nested under "**Low-pressure**
// stretch receptors:", "is" or "are" and a past participle with no modal.
func passiveLead(lead string) bool {
	t := strings.Trim(lead, " *_:")
	if !mayOpenPassive(t) {
		return false
	}
	var buf [8]string // eight words are too many, after an adverb too
	words := buf[:firstWords(t, buf[:])]
	if len(words) > 0 && lookupLower(leadAdverbs, words[0]) {
		words = words[1:] // "Also can be expressed as"
	}
	if len(words) >= 3 && len(words) <= 6 {
		if w := strings.ToLower(words[0]); w == "is" || w == "are" {
			return pastParticiple(strings.ToLower(words[1])) // "Are located in the"
		}
	}
	if len(words) < 3 || len(words) > 6 || !lookupLower(passiveModals, words[0]) {
		return false
	}
	rest := words[1:]
	if lookupLower(leadAdverbs, rest[0]) {
		rest = rest[1:] // "May also be written as"
	}
	return len(rest) >= 2 && strings.EqualFold(rest[0], "be") && pastParticiple(strings.ToLower(rest[1]))
}

// pastParticiple reports whether w, a lower-case word after a lead-in's
// "be", is a past participle, the passive that leaves the subject unsaid:
// "defined", "written", "shown", "split". "CAN BE **acceptance by
// silence**" beside "CANNOT BE …" under "## Acceptance" names the case
// it asks; it leaves nothing unsaid.
func pastParticiple(w string) bool {
	if len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn")) {
		return true
	}
	return irregularParticiples[w]
}

// irregularParticiples are the past participles that end in none of
// "-ed", "-en" and "-wn" (see pastParticiple).
var irregularParticiples = map[string]bool{"done": true, "made": true, "found": true, "thought": true, "put": true,
	"set": true, "split": true, "cut": true, "built": true, "sent": true, "held": true, "kept": true, "left": true,
	"lost": true, "meant": true, "read": true, "run": true, "said": true, "told": true, "understood": true,
	"paid": true, "brought": true, "bought": true, "caught": true, "taught": true, "won": true, "led": true,
	"fed": true, "spent": true, "sold": true, "bound": true, "spread": true, "struck": true, "got": true}

// passiveModals are the modal verbs that open a lead-in without a subject.
var passiveModals = map[string]bool{"can": true, "could": true, "may": true, "might": true, "must": true, "should": true, "will": true}

// leadAdverbs are the adverbs typed before or after the modal verb of a
// lead-in without a subject.
var leadAdverbs = map[string]bool{"also": true, "often": true, "usually": true, "only": true}

// mayOpenPassive is passiveLead's quick test on t, its trimmed lead-in:
// false when t is empty, opens with an ASCII byte that no modal verb, lead
// adverb, "is" or "are" opens with, in either case, or holds no "be" after
// a modal verb. A space other than ' ' or a byte of a longer rune first
// passes on to the full test.
func mayOpenPassive(t string) bool {
	if t == "" {
		return false
	}
	c := t[0]
	if c >= 0x80 || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
		return true
	}
	return strings.IndexByte("cmswaoui", c|0x20) >= 0 && (hasBe(t) || c|0x20 == 'i' || c|0x20 == 'a')
}

// firstWords sets words to the first fields of s, as strings.Fields splits
// it, and returns how many it set, len(words) at most: a rule that reads a
// lead-in's first words, and rejects one of more words than it reads,
// splits those only, not a whole paragraph. It reads the words as they are:
// lookupLower and strings.EqualFold tell their lower case ("the" and "be"
// hold no "k" or "s", the only letters a rune other than theirs folds to).
func firstWords(s string, words []string) int {
	n, start := 0, -1 // start: where the word being read began, or -1
	for i := 0; i < len(s) && n < len(words); {
		sp, w := false, 1
		switch fieldBytes[s[i]] { // as countFields reads bytes
		case spaceByte, otherSpace:
			sp = true
		case spaceLead:
			sp, w = spaceAt(s, i)
		}
		switch {
		case sp && start >= 0:
			words[n], start = s[start:i], -1
			n++
		case !sp && start < 0:
			start = i
		}
		i += w
	}
	if start >= 0 {
		words[n] = s[start:]
		n++
	}
	return n
}

// hasBe reports whether t holds "be" in any case, as it must to hold the
// word "be"; no rune but 'B' and 'E' lowers to 'b' and 'e'.
func hasBe(t string) bool {
	for i := 0; i+1 < len(t); i++ {
		if t[i]|0x20 == 'b' && t[i+1]|0x20 == 'e' {
			return true
		}
	}
	return false
}
