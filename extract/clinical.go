package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// unmarked returns word w without the marks a student sets before it to
// flag a line: the cherry of "🍒What is the surgical management for
// achalasia", which marks the questions to make cards of, hides the
// "What" that makes the line a question and no definition.
func unmarked(w string) string {
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) || unicode.IsDigit(r) {
		return w // the quick test: no mark
	}
	return strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// asksUnmarked reports whether t, the one line of a list item over its
// answer, asks without a question mark, as students write the questions
// they turn into cards: "🍒What is the classic description of the pain
// in cluster headaches" over the description, "What are the
// characteristic features of achalasia on manometry." over them. It opens
// with a wh-word ("when" and "where" then an auxiliary: "When the valve
// closes, …" states), or with an auxiliary after a mark ("🍒Are cluster
// headaches more common in males or females"), where a bare "Is
// associated with HLA-B27" is a fragment of notes about a disease. A line
// with a "?" is isQuestion's; a lead-in's colon, or a second sentence,
// asks nothing.
func asksUnmarked(t string) bool {
	t = strings.TrimSuffix(untagged(strings.TrimSpace(t)), ".")
	if n := countFields(t); n < 4 || n > 25 || strings.ContainsAny(t, "?:;") || strings.Contains(t, ". ") {
		return false
	}
	first, rest, _ := strings.Cut(t, " ")
	w := unmarked(first)
	second, _, _ := strings.Cut(rest, " ")
	switch {
	case lookupLower(askOpeners, w):
		return true
	case strings.EqualFold(w, "when") || strings.EqualFold(w, "where"):
		return lookupLower(auxiliaries, second)
	}
	return w != first && lookupLower(auxiliaries, w) && !strings.EqualFold(second, "not")
}

// askOpeners are the wh-words that open a question whatever follows them;
// "when" and "where" open clauses of statements too.
var askOpeners = map[string]bool{"what": true, "which": true, "who": true, "whom": true, "whose": true,
	"why": true, "how": true}

// capsAspects are aspects that name one only in capitals, as drug notes
// write them: "SE" (side effects) and "CI" (contraindications) under
// "### Non selective beta blockers" are the drugs', where "se" in a kana
// table is the syllable せ. Notes for medical exams slash them: "S/E" and
// "C/I" over their points under "#### Biguanides".
var capsAspects = map[string]bool{"SE": true, "SEs": true, "CI": true, "CIs": true, "ADR": true, "ADRs": true,
	"S/E": true, "C/I": true}

// listsHeadings reports whether a heading's text, t, can ask for the
// headings under it: a topic or a label ("DDx:", "Complications",
// "Classified by duration"), not a branch of a decision that goes on from
// the heading before it ("If either: Old, structurally diseased heart … ->
// do not cardiovert", "Otherwise chronic anticoagulation: DOAC > Warfarin"),
// which asks nothing alone.
func listsHeadings(t string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(t), " ")
	return !lookupLower(branchWords, strings.TrimRight(first, ",:"))
}

// branchWords open a heading that is a branch of a decision.
var branchWords = map[string]bool{"if": true, "otherwise": true, "else": true, "unless": true, "then": true}

// maxListHeadings is the most headings headingList gathers under one: an
// outline longer than that is a note's skeleton, not one list to learn,
// and the walk ahead of every heading stops there.
const maxListHeadings = 30

// headingList makes the card of a heading over nothing but shorter
// headings, as notes written in headings alone list: "## DDx:" over "###
// 50% -> Choledocholithiasis", "### 25% -> Alcohol use disorder" and "###
// 25% -> other" asks for the three, and "### Diagnosed with 2/3:" over
// "#### 1. Consistent clinical findings", "#### 2. Lipase elevation 3x
// ULN" … for the criteria; each heading still makes its own card. nodes
// from next on are those after the heading's empty body. Any text between
// the headings makes them sections, which titles them and lists nothing;
// so does an empty label ("## Includes:") among them, a template's
// sections still to fill, and a label with its value ("##### Next:
// [[Analysis 9]]"), a fact of its own.
func (b *builder) headingList(h heading, nodes []ast.Node, next int) {
	if h.level < 2 || !listsHeadings(h.text) {
		return
	}
	type item struct {
		level int
		html  string
		empty bool // a label with a colon, "## Indications:"
	}
	var items []item
walk:
	for k := next; k < len(nodes); k++ {
		hk, ok := b.headingOf(nodes[k])
		switch {
		case !ok && isRule(nodes[k]):
			continue
		case !ok || len(items) == maxListHeadings:
			return // text between the headings (a task list too), or too many of them
		case hk.level <= h.level:
			break walk // the next section at h's level or above
		}
		t := strings.TrimSpace(b.p.plain(nodes[k], 0, everything))
		if strings.Contains(t, ": ") {
			return // "##### Poprzednia: [[Analiza - 8]]": labels and their values, facts of their own
		}
		items = append(items, item{hk.level, hk.html, strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")})
	}
	top := 0 // the headings right under h: one alone is its own card's
	for _, it := range items {
		if it.level == items[0].level {
			top++
		}
	}
	if top < 2 {
		return
	}
	var back strings.Builder
	depth := []int{} // the levels of the lists open
	for i, it := range items {
		if it.empty && (i+1 == len(items) || items[i+1].level <= it.level) {
			return // an empty label, nothing under it
		}
		for len(depth) > 0 && depth[len(depth)-1] > it.level {
			back.WriteString("</li></ul>")
			depth = depth[:len(depth)-1]
		}
		if len(depth) > 0 && depth[len(depth)-1] == it.level {
			back.WriteString("</li><li>")
		} else {
			back.WriteString("<ul><li>")
			depth = append(depth, it.level)
		}
		back.WriteString(it.html)
	}
	for range depth {
		back.WriteString("</li></ul>")
	}
	b.add(aspectFront(h.html, b.scope(), b.title), back.String(), Basic, h.line, b.scope())
}

// diseaseSections are the sections a note on one disease is written in,
// as AMBOSS and First Aid lay one out: "# Etiology", "# Pathophysiology",
// "# Clinical features", "# Treatment".
var diseaseSections = map[string]bool{"etiology": true, "aetiology": true, "epidemiology": true,
	"pathophysiology": true, "pathogenesis": true, "clinical features": true, "diagnostics": true,
	"diagnosis": true, "treatment": true, "management": true, "complications": true, "prognosis": true,
	"risk factors": true, "aetiologies": true, "etiologies": true, "workup": true, "investigations": true,
	"clinical presentation": true, "signs and symptoms": true,
	// A pathogen's or a drug's note likewise: "## Virulence" and "## Therapy"
	// under "# S. pneumoniae", "## Pharmacokinetics" under "# Penicillins".
	"virulence": true, "virulence factors": true, "therapy": true, "transmission": true, "pathology": true,
	"pharmacodynamics": true, "pharmacokinetics": true}

// drugSections are the sections of a drug's note named for the drug,
// "Azathioprine.md" opening with "# Side Effects", "Ciprofloxacin.md" with
// "# s/e" and "# Contraindications", "# Labs", "# Monitor:" and "# Use in"
// (what it treats): each asks the drug's, not every drug's, as
// diseaseSections do. They joined after decks had asked them
// bare, and keep the GUIDs of their bare fronts (see headingCard).
var drugSections = map[string]bool{"side effects": true, "adverse effects": true, "contraindications": true,
	"indications": true, "mechanism of action": true, "moa": true, "drug interactions": true,
	"drug interaction": true, "interactions": true, "dosing": true, "dosage": true, "toxicity": true,
	"monitoring": true, "s/e": true, "c/i": true, "rx": true, "tx": true, "mx": true,
	"labs": true, "monitor": true, "use in": true, "causes of toxicity": true}

// sectionOwner returns the note's title for heading h when h is one of
// the sections of a disease (see diseaseSections) at the top of the
// headings, with no heading above it: a vault keeps a note per disease,
// "Vitamin B12.md" then "Hypothyroidism.md", each opening with "#
// Etiology", and "Etiology" alone is one question with a note's worth
// of answers. The note names the disease: "Vitamin B12: Etiology". A
// drug's section that titles the note as its only H1, "# Side effects"
// atop "anticholinergics.md", names the deck (see titleH1) and is asked
// with the file's name all the same: "anticholinergics: Side effects".
func (b *builder) sectionOwner(h heading) (string, bool) {
	t := b.ownerTitle()
	if len(b.heads) == 1 && isDrugSection(b.heads[0].text) && !isDiseaseSection(h.text) {
		// "## ECG:" under "# S/e" atop "Digoxin.md": the drug's ECG
		// changes, asked with the drug and its section, "Digoxin: S/e: ECG".
		top := b.heads[0].text
		if strings.EqualFold(t, top) {
			t = b.p.openTitle
		}
		if t == "" || strings.EqualFold(t, top) || strings.EqualFold(t, h.text) || countFields(h.text) > maxSubsectionWords {
			return "", false
		}
		t = spacedTitle(t)
		return t + ": " + strings.TrimRight(strings.TrimSpace(top), ".:"), strings.TrimSpace(t) != ""
	}
	if strings.EqualFold(t, h.text) && isDrugSection(h.text) {
		t = b.p.openTitle
	}
	if len(b.heads) > 1 || t == "" || strings.EqualFold(t, h.text) || !isDiseaseSection(h.text) {
		return "", false
	}
	t = spacedTitle(t)
	return t, strings.TrimSpace(t) != ""
}

// maxSubsectionWords is the most words a heading under a drug's section
// names a part of it with, "## ECG:" under "# S/e": a longer one states
// something of its own.
const maxSubsectionWords = 3

// isDiseaseSection reports whether heading text t names one of
// diseaseSections or drugSections.
func isDiseaseSection(t string) bool {
	t = strings.TrimRight(strings.TrimSpace(t), ".:")
	return lookupLower(diseaseSections, t) || lookupLower(drugSections, t)
}

// isDrugSection reports whether heading text t names one of drugSections.
func isDrugSection(t string) bool {
	return lookupLower(drugSections, strings.TrimRight(strings.TrimSpace(t), ".:"))
}

// aspectList reports whether list l lays out a disease by its aspects,
// two items or more opening with one: "- Pathophysiology: …", "- Clinical
// features" over its signs, "- Treatment: …". The list is the disease's,
// the heading's, so a line over it leads nothing in: "**Pericarditis**
// occurring 2–10 weeks post-MI" under "### Dressler syndrome" defines the
// syndrome, and asked as the list's lead-in it was the owner of its parts
// ("Pericarditis occurring 2–10 weeks post-MI: Clinical features"). A
// case brief's parts are the case's likewise: "- Facts:", "- Issue:" and
// "- Holding:" under "### Schenk v US: Clear and Present Danger", below the
// clause the case turned on, "_[1st Amendment Freedom of Speech Clause]_".
func (b *builder) aspectList(l *ast.List) bool {
	n := 0
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		head := itemHead(it)
		if head == nil {
			continue
		}
		ls := b.p.lines(head)
		if len(ls) == 0 {
			continue
		}
		label, _, _ := strings.Cut(b.p.plain(head, ls[0][0], ls[0][1]), ":")
		if i := strings.IndexByte(label, '('); i > 0 {
			label = label[:i] // "Complications (rare): …"
		}
		if label = strings.TrimSpace(label); isDiseaseSection(label) || lookupLower(aspects, label) || lookupLower(briefParts, label) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}
