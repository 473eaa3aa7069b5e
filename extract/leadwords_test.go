package extract

import (
	"slices"
	"strings"
	"testing"
)

// passiveLeadOracle is passiveLead as it was first written: the whole
// lead-in lowered and split.
func passiveLeadOracle(lead string) bool {
	if !mayOpenPassive(strings.Trim(lead, " *_:")) {
		return false
	}
	words := strings.Fields(strings.ToLower(strings.Trim(lead, " *_:")))
	if len(words) > 0 && leadAdverbs[words[0]] {
		words = words[1:]
	}
	if len(words) >= 3 && len(words) <= 6 && (words[0] == "is" || words[0] == "are") {
		return pastParticiple(words[1])
	}
	if len(words) < 3 || len(words) > 6 || !passiveModals[words[0]] {
		return false
	}
	rest := words[1:]
	if leadAdverbs[rest[0]] {
		rest = rest[1:]
	}
	return len(rest) >= 2 && rest[0] == "be" && pastParticiple(rest[1])
}

// namesOwnerOnlyOracle is namesOwnerOnly as it was first written: the
// whole lead-in lowered and split.
func namesOwnerOnlyOracle(lead string) bool {
	words := strings.Fields(strings.ToLower(lead))
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for k, w := range words[1:] {
		w = strings.Trim(w, ",.;:!*_")
		if objectPronouns[w] {
			return true
		}
		if standsForOwner[w] && (k+2 == len(words) || ownerVerbs[strings.Trim(words[k+2], ",.;:!*_")]) {
			return true
		}
	}
	return len(words) == 3 && words[0] == "the" && ownerVerbs[words[2]]
}

// leadWordInputs are lead-ins of a few words and of many, with white space
// and runes that lower to other lengths where the words are cut.
var leadWordInputs = []string{
	"", " ", "Can be defined as", "Can be defined as:", "**Also can be expressed as**", "May also be written as",
	"Can be defined as follows in the", "Also can be defined as follows in the", "Also can be defined as follows in the text",
	"can\u00a0be\u2003shown", "CAN BE SHOWN", "Can be\tshown\n", "Can be shown\u0085x", "Can be shown \xff", "CAN BE İstanbul",
	"Use them for:", "Use it when:", "Evidence for this includes:", "Examples of this:", "Use this command:", "Reasons for THIS ARE", "Use thiſ", "The layers are:", "The layers are: a", "Use them for this and that:",
	"İt uses them", "The ȺȺ are", "Use\u3000them", " Use  them  for ", "Use them\u2028for", "a b c d e", "a b c d", "The \u212aayers are", "ThE layers ARE", "Use ſhem for", "Can BE shown", "Can be \u212aept", "ONLY MAY BE SPLIT", "Are located in the", "IS SHOWN in the", "are ſhown in it",
}

// checkLeadWords compares passiveLead and namesOwnerOnly with their oracles
// on s, and firstWords with the words strings.Fields gives.
func checkLeadWords(t *testing.T, s string) {
	if got, want := passiveLead(s), passiveLeadOracle(s); got != want {
		t.Errorf("passiveLead(%q) = %v, want %v", s, got, want)
	}
	if got, want := namesOwnerOnly(s), namesOwnerOnlyOracle(s); got != want {
		t.Errorf("namesOwnerOnly(%q) = %v, want %v", s, got, want)
	}
	all := strings.Fields(s)
	for n := 0; n <= 9; n++ {
		words := make([]string, n)
		if got, want := words[:firstWords(s, words)], all[:min(n, len(all))]; !slices.Equal(got, want) {
			t.Errorf("firstWords(%q) into %d = %q, want %q", s, n, got, want)
		}
	}
}

// TestLeadWords checks passiveLead and namesOwnerOnly, which split a
// lead-in's first words only and lower none of them whole, against their oracles on
// leadWordInputs and every line of the fast path notes.
func TestLeadWords(t *testing.T) {
	checkEachLine(t, leadWordInputs, checkLeadWords)
}

func FuzzLeadWords(f *testing.F) {
	fuzzEach(f, leadWordInputs, checkLeadWords)
}
