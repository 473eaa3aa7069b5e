package extract

// describingNext are words after "is" or "are" that go on describing the
// subject rather than defining it, as weakNext are: a preposition that
// places it ("Stress is on the individual rather than the collective"), an
// adverb of frequency or degree ("Elites are often more adherent to liberty
// than …"), a comparative ("Demand is higher when …"). "Needs are …" and
// "X is a …" open with a noun or an article and still define.
var describingNext = map[string]bool{
	"on": true, "in": true, "at": true, "from": true, "with": true, "by": true, "into": true,
	"onto": true, "under": true, "over": true, "between": true, "among": true, "within": true,
	"without": true, "against": true, "through": true, "like": true, "upon": true, "toward": true,
	"towards": true, "across": true, "behind": true, "beyond": true, "around": true,
	"often": true, "seldom": true, "usually": true, "generally": true, "all": true, "both": true,
	"much": true, "far": true, "somewhat": true, "again": true, "almost": true, "ever": true,
	"yet": true, "no": true, "perhaps": true, "as": true, "better": true, "worse": true,
	"higher": true, "lower": true, "greater": true, "larger": true, "smaller": true, "bigger": true,
	"easier": true, "harder": true, "faster": true, "slower": true,
}

// subjectVerbs are the modal and auxiliary verbs that carry on a sentence
// whose subject alone is in bold: "**Marketers** need to set the right
// level of expectations …" says what marketers do, it does not define
// them. A definition after a bold term opens with a noun, an article or a
// copula ("**Needs** are …").
var subjectVerbs = map[string]bool{
	"need": true, "needs": true, "can": true, "cannot": true, "can't": true, "could": true,
	"should": true, "shouldn't": true, "must": true, "will": true, "won't": true, "would": true,
	"may": true, "might": true, "shall": true, "tend": true, "tends": true, "ought": true,
}
