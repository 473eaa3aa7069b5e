package exporters

import (
	"html"
	"slices"
	"strings"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
)

func TestBase91(t *testing.T) {
	for _, tc := range []struct {
		n    uint64
		want string
	}{
		{0, "a"},
		{1234567890, "saAKk"},
		{^uint64(0), "Rj&Z5m[>Zp"},
	} {
		if got := Base91(tc.n); got != tc.want {
			t.Errorf("Base91(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestGUIDForMatchesGenanki(t *testing.T) {
	if got, want := GUIDFor("hello"), "hZ%+.BW-%^"; got != want {
		t.Errorf("GUIDFor(hello) = %q, want %q", got, want)
	}
}

func TestGUIDsStable(t *testing.T) {
	d := extract.Deck{Name: "D", Cards: []extract.Card{
		{Front: "What is <b>X</b>?", Back: "one", Context: []string{"A"}},
		{Front: "What is <b>X</b>?", Back: "two", Context: []string{"A"}},
		{Front: "Y", Back: "three", Context: []string{"A"}},
	}}
	g1 := GUIDs(d)
	if g1[0] == g1[1] {
		t.Fatalf("same front got one GUID %q", g1[0])
	}
	d.Cards[2].Back = "edited"
	d.Cards[2].Pos.Line = 99
	d.Cards[0], d.Cards[1] = d.Cards[1], d.Cards[0]
	g2 := GUIDs(d)
	if g2[0] != g1[1] || g2[1] != g1[0] || g2[2] != g1[2] {
		t.Errorf("GUIDs %q after editing a unique card's back and swapping the two same-front cards, want %q", g2, []string{g1[1], g1[0], g1[2]})
	}
	d.Cards[2].Front = "Z"
	if GUIDs(d)[2] == g1[2] {
		t.Errorf("GUID did not change with the front")
	}
}

// TestSameFrontsKeepTheirGUIDs edits a table whose first column repeats, as
// a student does: every row keeps its GUID unless its own content changed,
// so no note is updated with another row's content.
func TestSameFrontsKeepTheirGUIDs(t *testing.T) {
	rows := func(backs ...string) extract.Deck {
		d := extract.Deck{Name: "Storage"}
		for _, b := range backs {
			d.Cards = append(d.Cards, extract.Card{Front: "Data store", Back: b, Context: []string{"Databases"}})
		}
		return d
	}
	byBack := func(d extract.Deck) map[string]string { // GUIDs by the back, case and spaces folded
		m := map[string]string{}
		for i, g := range GUIDs(d) {
			m[strings.ToLower(strings.TrimSpace(d.Cards[i].Back))] = g
		}
		return m
	}
	before := byBack(rows("Bigtable", "HBase", "Redis", "Cassandra"))
	for name, after := range map[string]extract.Deck{
		"a row deleted":   rows("Bigtable", "Redis", "Cassandra"),
		"the first gone":  rows("HBase", "Redis", "Cassandra"),
		"a row inserted":  rows("DynamoDB", "Bigtable", "HBase", "Redis", "Cassandra"),
		"rows sorted":     rows("Bigtable", "Cassandra", "HBase", "Redis"),
		"a row's typo":    rows("Bigtable", "HBase", "Reddis", "Cassandra"),
		"case and spaces": rows("bigtable", "HBase ", "Redis", "Cassandra"),
	} {
		for back, g := range byBack(after) {
			old, ok := before[back]
			if !ok {
				for b, og := range before {
					if og == g {
						t.Errorf("%s: new row %q took the GUID of %q", name, back, b)
					}
				}
				continue
			}
			if g != old {
				t.Errorf("%s: row %q changed GUID %q -> %q", name, back, old, g)
			}
		}
	}
	twins := GUIDs(rows("Redis", "Redis"))
	if twins[0] == twins[1] {
		t.Errorf("two identical rows share GUID %q", twins[0])
	}
}

func TestNormaliseFront(t *testing.T) {
	for in, want := range map[string]string{
		"What is <b>X</b>?":     "what is x ?",
		"a<b":                   "a<b",
		"a <i>b</i> c <d":       "a b c <d",
		"x &amp; y&nbsp;Z":      "x & y z",
		"<p>\n  Two\tlines</p>": "two lines",
	} {
		if got := NormaliseFront(in); got != want {
			t.Errorf("NormaliseFront(%q) = %q, want %q", in, got, want)
		}
	}
}

// normaliseFrontRef is NormaliseFront as it was written before it became a
// scanner, composed of the standard library's functions.
func normaliseFrontRef(front string) string {
	s := html.UnescapeString(extract.ReplaceTags(front))
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// normaliseFrontCases are fronts where the scanner could go astray: tags and
// lone "<", entities (also ones that spell a tag), Unicode white space and
// case, invalid UTF-8.
var normaliseFrontCases = []string{
	"", " ", "<b>", "What is <b>X</b>?", "a<b", "a <i>b</i> c <d", "<<b>>", "x<y>z", "x <y",
	"x &amp; y&nbsp;Z", "&lt;b&gt;bold&lt;/b&gt;", "<a href=\"?a=1&b=2\">Link</a>", "&am<i>p;",
	"<p>\n  Two\tlines</p>", "\u00a0lead\u2003and\u3000trail\u0085", "ÄÖÜ ΣΊΣΥΦΟΣ İSTANBUL K", "\xffbad\xc3", "\ufffd",
	"\v\f\r a  b\t\t", "Tab<br>Break", "&#x41;&#66;&Gt;&gt", "A&nbsp;<b>B</b>&NBSP;c",
}

func TestNormaliseFrontMatchesReference(t *testing.T) {
	for _, in := range normaliseFrontCases {
		if got, want := NormaliseFront(in), normaliseFrontRef(in); got != want {
			t.Errorf("NormaliseFront(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzNormaliseFront(f *testing.F) {
	for _, in := range normaliseFrontCases {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if got, want := NormaliseFront(in), normaliseFrontRef(in); got != want {
			t.Errorf("NormaliseFront(%q) = %q, want %q", in, got, want)
		}
	})
}

// TestOwnerPrefixKeepsGUIDs adds a second drug to a note, as a student does:
// the first drug's parts are then asked with their owner ("Metoprolol: Use"),
// and each keeps the GUID it had when asked alone ("Use"), so its review
// history survives; removing the second drug again keeps it too.
func TestOwnerPrefixKeepsGUIDs(t *testing.T) {
	const one = "# Beta blockers\n\n## Metoprolol\n\n- Half-life: 3 to 7 h\n- Use: angina\n"
	const two = one + "\n## Atenolol\n\n- Half-life: 6 to 7 h\n- Use: hypertension\n"
	guids := func(src string) map[string]string { // GUID by front
		d, err := extract.Parse("drugs.md", []byte(src), extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]string{}
		for i, g := range GUIDs(d) {
			m[d.Cards[i].Front] = g
		}
		return m
	}
	alone, both := guids(one), guids(two)
	for bare, owned := range map[string]string{"Half-life": "Metoprolol: Half-life", "Use": "Metoprolol: Use"} {
		g, ok := both[owned]
		if !ok {
			t.Fatalf("no card %q among %v", owned, both)
		}
		if alone[bare] == "" || g != alone[bare] {
			t.Errorf("%q has GUID %q, want %q, the GUID of %q alone", owned, g, alone[bare], bare)
		}
	}
	if both["Metoprolol: Half-life"] == both["Atenolol: Half-life"] {
		t.Errorf("the two drugs' half-lives share GUID %q", both["Atenolol: Half-life"])
	}
}

// TestDefinitionLabelAbroadKeepsGUID asks "**Definiție:**" over its text
// with its heading, "Visitor: Definiție", as "**Definition:**" is asked:
// the card keeps the GUID it had when it asked a bare "Definiție", so a
// Romanian or Czech deck imported again keeps its review history.
func TestDefinitionLabelAbroadKeepsGUID(t *testing.T) {
	const src = "# Tipare\n\n## 1. Visitor\n\n**Definiție:**\nSepară algoritmii de obiecte.\n\n" +
		"## 2. State\n\n**Definiție:**\nPermite unui obiect să își schimbe comportamentul.\n"
	d, err := extract.Parse("tipare.md", []byte(src), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	guids := GUIDs(d)
	n := 0
	for i, c := range d.Cards {
		bare, ok := strings.CutSuffix(c.Front, ": Definiție")
		if !ok {
			continue
		}
		n++
		was := d
		was.Cards = slices.Clone(d.Cards)
		was.Cards[i].Front, was.Cards[i].Key = "Definiție", ""
		if want := GUIDs(was)[i]; guids[i] != want {
			t.Errorf("%q has GUID %q, want %q, the GUID of a bare \"Definiție\" under %s", c.Front, guids[i], want, bare)
		}
	}
	if n != 2 {
		t.Errorf("%d cards ask a definition with their heading, want 2: %v", n, d.Cards)
	}
}

// TestOwnerOnlyLeadKeepsGUID asks "Use them for:" and "The layers are:"
// with their heading, "Azure Functions: Use them for", and "Use it for:"
// under two headings as nameOwners did: each card keeps the GUID it had
// when it asked its bare words, so a deck imported again keeps its review
// history; so does a bullet "- Use them for:", and "Evidence for this
// includes:", asked with its heading. "Types:", asked with its
// heading before, keeps the GUID of that front.
func TestOwnerOnlyLeadKeepsGUID(t *testing.T) {
	const src = "# Azure\n\n## Azure Functions\n\nServerless code.\n\nUse them for:\n\n- Running on a timer\n- Trigger over HTTP\n\n" +
		"## OSI Model\n\nIt has 7 layers. The layers are:\n\n- Application\n- Physical\n\n" +
		"## Blob storage\n\nObject storage.\n\nUse it for:\n\n- Serve assets\n- Backups\n\n" +
		"## Azure files\n\nFile shares.\n\nUse it for:\n\n- SMB apps\n- Config files\n\n" +
		"## Disk Storage\n\nDisks for VMs.\n\nTypes:\n\n- HDD\n- SSD\n\n" +
		"## Logic Apps\n\n- Workflows without code\n- Use them for:\n  - Integrations\n  - Approvals\n\n" +
		"## Continental drift\n\nEvidence for this includes:\n\n- Matching coasts\n- Shared fossils\n\nWegener named it.\n"
	bares := map[string]string{"Continental drift: Evidence for this includes": "Evidence for this includes", "Azure Functions: Use them for": "Use them for", "OSI Model: The layers are": "The layers are",
		"Blob storage: Use it for": "Use it for", "Azure files: Use it for": "Use it for", "Logic Apps: Use them for": "Use them for",
		"Disk Storage: Types": "Disk Storage: Types"}
	keepsGUIDs(t, "azure.md", src, bares, "ask a lead-in with their heading")
}

// TestBriefPartAloneKeepsGUID asks "**Decision**" alone in bold over its
// points under a case with the case, "Palsgraf v. Long Island R.R.:
// Decision", and so the bullet "- Court Decision": each card keeps the GUID
// it had when it asked the bare part, so a deck imported again keeps its
// review history.
func TestBriefPartAloneKeepsGUID(t *testing.T) {
	const src = "# Torts\n\n## Palsgraf v. Long Island R.R.\n\nA guard pushed a passenger.\n\n**Decision**\n\n- No duty to her\n- Reversed\n\n" +
		"## Hamilton v. Kember\n\n- A party went open\n- Court Decision\n  - The parents owed a duty\n  - The action goes on\n"
	was := map[string]string{"Palsgraf v. Long Island R.R.: Decision": "Decision", "Hamilton v. Kember: Court Decision": "Court Decision"}
	keepsGUIDs(t, "torts.md", src, was, "ask a brief's part with its case")
}

// TestQualifiedBriefPartKeepsGUID asks the parts of a brief that were
// asked bare before they were read as parts, "Majority Decision Reasoning:",
// "Year Decided:", "**Dissenting Opinion**" over its points, with their
// case: each card keeps the GUID of its bare front, so a deck imported
// again keeps its review history. "Facts", a part all along, keeps its own.
func TestQualifiedBriefPartKeepsGUID(t *testing.T) {
	const src = "# Brown vs. Board of Education\n\n## Background\n- **Year Decided:** 1954\n- **Facts:** Children were denied admission.\n" +
		"- **Majority Decision Reasoning:** Segregation created a sense of inferiority.\n- **Impact of the Case:** It ended it.\n\n" +
		"**Dissenting Opinion**\n\n- There was none\n- The decision was unanimous\n"
	was := map[string]string{"Brown vs. Board of Education: Year Decided": "Year Decided",
		"Brown vs. Board of Education: Majority Decision Reasoning": "Majority Decision Reasoning",
		"Brown vs. Board of Education: Impact of the Case":          "Impact of the Case",
		"Brown vs. Board of Education: Dissenting Opinion":          "Dissenting Opinion"}
	keepsGUIDs(t, "brown.md", src, was, "ask a qualified part with its case")
	d, err := extract.Parse("brown.md", []byte(src), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Cards {
		if c.Front == "Brown vs. Board of Education: Facts" && c.Key != "" {
			t.Errorf("%q has key %q, want none: it was asked with its case before", c.Front, c.Key)
		}
	}
}

// TestSlashedDrugAspectKeepsGUID asks "- S/E" over a drug class's side
// effects, "- Side effect → Nausea" and "- Drugs" over its drugs with the
// class, "Sulfonylureas: S/E": each card keeps the GUID it had when it asked
// the bare label, so a deck imported again keeps its review history.
func TestSlashedDrugAspectKeepsGUID(t *testing.T) {
	const src = "# Oral hypoglycaemics\n\n## Sulfonylureas\n- Drugs\n\t- Glipizide\n\t- Gliclazide\n- S/E\n\t- Weight gain\n\t- Hypoglycaemia\n" +
		"- C/I\n\t- Pregnancy\n\t- Renal failure\n\n## Exenatide\n- Given SC\n- Side effect → Nausea\n- MC side effect → Vomiting\n"
	was := map[string]string{"Sulfonylureas: Drugs": "Drugs", "Sulfonylureas: S/E": "S/E", "Sulfonylureas: C/I": "C/I",
		"Exenatide: Side effect": "Side effect", "Exenatide: MC side effect": "MC side effect"}
	keepsGUIDs(t, "hypoglycaemics.md", src, was, "ask a drug's slashed aspect with the drug")
}

// TestConditionRowKeepsGUID asks a table row named by a condition on a
// symbol with its heading, "| e > 1 | luxury |" under "## Income
// elasticity" as "Income elasticity: e > 1": the card keeps the GUID it
// had when it asked "e > 1" alone.
func TestConditionRowKeepsGUID(t *testing.T) {
	const src = "# Elasticity\n\n## Income elasticity\n\n| Value | Good |\n|---|---|\n| e > 1 | luxury |\n| e < 0 | inferior |\n"
	was := map[string]string{"Income elasticity: e &gt; 1": "e &gt; 1", "Income elasticity: e &lt; 0": "e &lt; 0"}
	keepsGUIDs(t, "elasticity.md", src, was, "ask a condition with its heading")
}

// TestTopicAspectKeepsGUID asks "- Manifestations: …" under a concept's
// item and "- **Accounting Treatment:** …" under an asset's heading with
// their owner, "Overload: Manifestations": each card keeps the GUID it had
// when it asked the bare label.
func TestTopicAspectKeepsGUID(t *testing.T) {
	const src = "# Books\n\n## Networks\n\n- Overload\n  - Links carry too much.\n  - Manifestations: queues, dropped frames\n\n" +
		"### Software costs\n\nMoney spent on a tool.\n\n- **Examples:** coding hours.\n- **Accounting Treatment:** capitalised, then amortised.\n"
	was := map[string]string{"Overload: Manifestations": "Manifestations", "Software costs: Accounting Treatment": "Accounting Treatment"}
	keepsGUIDs(t, "books.md", src, was, "ask a topic's aspect with its owner")
}

// TestStatementNameKeepsGUID asks a statement's bold head over what it
// states by the name in its parentheses, "**Theorem 1: (One-Step Subgroup
// Test)**" and "**Definition (Kähler manifold)**" over its list: each card
// keeps the GUID it had when it asked the whole head, so a deck imported
// again keeps its review history.
func TestStatementNameKeepsGUID(t *testing.T) {
	const src = "# Algebra\n\n## Subgroups\n\n**Theorem 1: (One-Step Subgroup Test)**\nLet $G$ be a group and $H$ a nonempty subset of $G$.\n\n" +
		"## Geometry\n\n**Definition (Kähler manifold)**\n- complex manifold\n- with a closed positive $(1,1)$-form\n"
	was := map[string]string{"One-Step Subgroup Test": "Theorem 1: (One-Step Subgroup Test)",
		"Kähler manifold": "Definition (Kähler manifold)"}
	keepsGUIDs(t, "algebra.md", src, was, "ask a statement by its name")
}

// TestBoldQuestionLabelKeepsGUID asks "**Q: Is GLBP proprietary?**" over
// its answer without its label, as a plain "Q:" is asked: the card keeps
// the GUID it had when its front showed the label, so a deck imported again
// keeps its review history. A plain "Q:" question, asked without its label
// before, keeps the GUID of its front.
func TestBoldQuestionLabelKeepsGUID(t *testing.T) {
	const src = "# FHRP\n\n## Questions\n\n**Q: Is GLBP proprietary?**\nYes\n\n**Q:** What is the default HSRP priority?\n100\n\n" +
		"Q: What does VRRP stand for?\nA: Virtual Router Redundancy Protocol\n"
	was := map[string]string{"Is GLBP proprietary?": "<strong>Q: Is GLBP proprietary?</strong>",
		"What is the default HSRP priority?": "<strong>Q:</strong> What is the default HSRP priority?",
		"What does VRRP stand for?":          "What does VRRP stand for?"}
	keepsGUIDs(t, "fhrp.md", src, was, "ask a question without its label")
}

// TestAbbrDefinitionKeepsGUID asks "*[HTML]: Hyper Text Markup Language"
// and "*[頑張]: がんば" without the marks of an abbreviation's definition:
// each card keeps the GUID it had when its front showed them, so a deck
// imported again keeps its review history.
func TestAbbrDefinitionKeepsGUID(t *testing.T) {
	const src = "# Web\n\n## Terms\n\n*[HTML]: Hyper Text Markup Language\n*[頑張]: がんば\n"
	was := map[string]string{"HTML": "*[HTML]", "頑張": "*[頑張]"}
	keepsGUIDs(t, "web.md", src, was, "ask an abbreviation without its marks")
}

// TestValueTwinKeepsGUID asks "Typical values: 0.5-1", typed under two
// parameters alike, with each parameter: the first, asked bare before its
// twin was kept, keeps the GUID it had, so a deck imported again keeps its
// review history.
func TestValueTwinKeepsGUID(t *testing.T) {
	const src = "# XGBoost\n\n## Booster parameters\n* subsample [default=1]\nFraction of rows sampled.\nLower values prevent overfitting.\n" +
		"Typical values: 0.5-1\n* colsample_bytree [default=1]\nFraction of columns sampled.\nTypical values: 0.5-1\n"
	was := map[string]string{"subsample: Typical values": "Typical values", "colsample_bytree: Typical values": "Typical values"}
	keepsGUIDs(t, "xgboost.md", src, was, "ask a value with its parameter")
}

// TestDashSubLabelKeepsGUID asks "- Objects - General:" over its points
// as "Objects – General": the card keeps the GUID it had when it asked
// "Objects", so a deck imported again keeps its review history.
func TestDashSubLabelKeepsGUID(t *testing.T) {
	const src = "# Python\n\n## Data Model\n\n- Objects - General:\n  - every value is an object\n  - each has a type\n" +
		"- **Memory** - Key Points:\n  - the heap holds objects\n"
	was := map[string]string{"Objects – General": "Objects", "Memory – Key Points": "Memory"}
	keepsGUIDs(t, "python.md", src, was, "ask a term with the label after its dash")
}

// TestGitBookHintTitleKeepsGUID asks a GitBook hint titled by its bold
// line, "**Definition (distortion function)**" or "**Theorem (Rate
// Distortion Theorem)**", by the name it gives: each card keeps the GUID
// it had when the bold line was read as a label over its paragraph, so a
// deck imported again keeps its review history. A box whose title is typed
// in its head, `!!! definition "Definition 1 (Quadratic Form)"`, asked
// whole before, keeps the GUID of its whole title.
func TestGitBookHintTitleKeepsGUID(t *testing.T) {
	const src = "# Rate distortion\n\n{% hint style=\"info\" %}\n**Definition (distortion function)**\n\nIt maps two symbols to a cost.\n{% endhint %}\n\n" +
		"{% hint style=\"info\" %}\n**Theorem (Rate Distortion Theorem)**\n\nThe rate is the least mutual information.\n{% endhint %}\n\n" +
		"!!! definition \"Definition 1 (Quadratic Form)\"\n    A homogeneous polynomial.\n"
	was := map[string]string{"distortion function": "distortion function", "Rate Distortion Theorem": "Rate Distortion Theorem",
		"Quadratic Form": "Definition 1 (Quadratic Form)"}
	keepsGUIDs(t, "rate.md", src, was, "ask a titled box by its name")
}

// TestMnemonicLetterKeepsGUID asks "- **D**: Diarrhea" under "###
// Muscarinic Effects (DUMB BLESS)" with the heading that spells it: the card
// keeps the GUID it had when it asked a bare "D" under that heading, so a
// deck imported again keeps its review history. "C: Carbon" under
// "Elements", no mnemonic, asks "C" as before.
func TestMnemonicLetterKeepsGUID(t *testing.T) {
	const src = "# Organophosphates\n\n### Muscarinic Effects (DUMB BLESS)\n\n- **D**: Diarrhea\n- **U**: Urination\n\n" +
		"### Elements\n\n- C: Carbon\n- N: Nitrogen\n"
	was := map[string]string{"Muscarinic Effects (DUMB BLESS): D": "D",
		"Muscarinic Effects (DUMB BLESS): U": "U", "C": "C"}
	keepsGUIDs(t, "op.md", src, was, "ask a mnemonic's letter")
}

// TestGlossaryAspectKeepsGUID asks "**Risk factors**:" under "- Important
// terms:" alone, a term of the glossary, not "Important terms: Risk
// factors": the card keeps the GUID it had with the label, so a deck
// imported again keeps its review history. "Audit universe", asked alone
// before and now, keeps the GUID of its front.
func TestGlossaryAspectKeepsGUID(t *testing.T) {
	const src = "# CISA\n\n## Audit Planning\n- Important terms:\n  - **Audit universe**: An inventory of all the processes\n" +
		"  - **Risk factors**: Factors that have an impact on risk\n"
	was := map[string]string{"Risk factors": "Important terms: Risk factors", "Audit universe": "Audit universe"}
	keepsGUIDs(t, "cisa.md", src, was, "ask a glossary's term alone")
}

// TestGluedRemArrowKeepsGUID asks RemNote's "Pascal's Principle>>>", the
// arrow typed against the front, without its arrow: the card keeps the
// GUID it had when its front showed it, so a deck imported again keeps its
// review history. A spaced "Stages of mitosis >>>", asked without it
// before, keeps the GUID of its front.
func TestGluedRemArrowKeepsGUID(t *testing.T) {
	const src = "- Pascal's Principle>>>\n    - pressure is transmitted undiminished\n- Stages of mitosis >>>\n    - prophase\n"
	was := map[string]string{"Pascal's Principle": "Pascal's Principle&gt;&gt;&gt;", "Stages of mitosis": "Stages of mitosis"}
	keepsGUIDs(t, "fluids.md", src, was, "ask a front without its arrow")
}

// TestSumCueArrowKeepsGUID asks "At most K distinct → use frequency +
// distinct counter", a cue whose use holds a "+", without the arrow a
// reaction's reactants keep: the card keeps the GUID it had when its front
// showed the arrow, so a deck imported again keeps its review history. A
// cue with no sum, asked without its arrow before, keeps the GUID of its
// front.
func TestSumCueArrowKeepsGUID(t *testing.T) {
	const src = "# Sliding Window\n\n- Fixed-size window → use size condition\n- At most K distinct → use frequency + distinct counter\n" +
		"- Dynamic expand + shrink mindset -> generic mental template\n"
	was := map[string]string{"Fixed-size window": "Fixed-size window", "At most K distinct": "At most K distinct →",
		"Dynamic expand + shrink mindset": "Dynamic expand + shrink mindset -&gt;"}
	keepsGUIDs(t, "window.md", src, was, "ask a cue without its arrow")
}

// TestStarInitialKeepsGUID asks "- S: During a project …" of a STAR story
// typed by its initials as Situation: the card keeps the GUID it had when
// it asked a bare "S", so a deck imported again keeps its review history.
func TestStarInitialKeepsGUID(t *testing.T) {
	const src = "# Behavioural\n\n### Conflict\n\n- S: During a project, I had a conflict.\n- T: We needed to agree.\n" +
		"- A: I suggested a break.\n- R: We agreed.\n"
	was := map[string]string{"Situation": "S", "Task": "T", "Action": "A", "Result": "R"}
	keepsGUIDs(t, "star.md", src, was, "ask a STAR initial by its part")
}

// TestOrdinalHeadingKeepsGUID asks "### First" under "## Kepler's Laws"
// with its parent, "Kepler's Laws: First": the card keeps the GUID it had
// when it asked a bare "First", so a deck imported again keeps its review
// history.
func TestOrdinalHeadingKeepsGUID(t *testing.T) {
	const src = "## Kepler's Laws\n### First\nOrbits are ellipses.\n\n### Second\nEqual areas in equal times.\n"
	was := map[string]string{"Kepler's Laws: First": "First", "Kepler's Laws: Second": "Second"}
	keepsGUIDs(t, "kepler.md", src, was, "ask an ordinal with its parent")
}

// TestLabelQuestionKeepsGUID asks "- Reforms of congress: Can anything
// help?" over its points with the question: the card keeps the GUID it had
// when it asked the label alone, so a deck imported again keeps its review
// history.
func TestLabelQuestionKeepsGUID(t *testing.T) {
	const src = "# Congress\n\n* Reforms of congress: Can anything help?\n  * Earmarks\n  * Term limits\n" +
		"* Federalism: why does it matter?\n  * protects states' rights\n  * lets states experiment\n"
	was := map[string]string{"Reforms of congress: Can anything help?": "Reforms of congress",
		"Federalism: why does it matter?": "Federalism"}
	keepsGUIDs(t, "congress.md", src, was, "ask a label with its question")
}

// TestEquationOwnerKeepsGUID asks "## Equation" atop a note with no H1,
// "lif.md", with the note's name, "lif: Equation": the card keeps the GUID
// it had when it asked a bare "Equation", so a deck imported again keeps its
// review history.
func TestEquationOwnerKeepsGUID(t *testing.T) {
	const src = "The LIF model simulates neurons.\n\n## Equation\n$$\nC_m \\frac{dV_m}{dt} = I(t)\n$$\n\n## Formulas\n- $\\tau_m = R_m C_m$\n"
	was := map[string]string{"lif: Equation": "Equation", "lif: Formulas": "Formulas"}
	keepsGUIDs(t, "lif.md", src, was, "ask an equations section with the note's name")
}

// TestParameterDefaultKeepsGUID asks "gamma (default: 0) - minimum loss
// reduction" without its default, which moves to the answer: the card
// keeps the GUID it had when its front showed the default, so a deck
// imported again keeps its review history.
func TestParameterDefaultKeepsGUID(t *testing.T) {
	const src = "## Booster Parameters\n\n* gamma (default: 0) - minimum loss reduction\n* eta [default 0.3]: learning rate\n"
	was := map[string]string{"gamma": "gamma (default: 0)", "eta": "eta [default 0.3]"}
	keepsGUIDs(t, "xgboost.md", src, was, "ask a parameter without its default")
}

// TestPassiveLeadKeepsGUID asks "Can be defined as" under "## Classification
// Error" with its heading: the card keeps the GUID it had when it asked the
// bare lead-in, so a deck imported again keeps its review history.
func TestPassiveLeadKeepsGUID(t *testing.T) {
	const src = "# Trees\n\n## Classification Error\n\nCan be defined as\n\n- `errors / total`\n- `minority / total`\n\n" +
		"Also can be expressed as:\n\n- `1 - majority / total`\n"
	was := map[string]string{"Classification Error: Can be defined as": "Can be defined as",
		"Classification Error: Also can be expressed as": "Also can be expressed as"}
	keepsGUIDs(t, "trees.md", src, was, "ask a lead-in without a subject with its heading")
}

// TestPracticalPartKeepsGUID asks "# Method" atop a practical's write-up
// under no heading with the note's name, "titration: Method": the card keeps
// the GUID it had when it asked a bare "Method", so a deck imported again
// keeps its review history.
func TestPracticalPartKeepsGUID(t *testing.T) {
	const src = "# Method\n- Fill the burette with acid\n- Add three drops of indicator\n\n# Sources of error\n- Parallax - read the meniscus at eye level\n"
	was := map[string]string{"titration: Method": "Method"}
	keepsGUIDs(t, "titration.md", src, was, "ask a practical's part with the note's name")
}

// TestSequenceLabelKeepsGUID asks "## **Concept 7.3**: Passive Transport"
// and the parts under it without the label, "Passive Transport:
// Diffusion": each card keeps the GUID it had when its front showed the
// label, so a deck imported again keeps its review history.
func TestSequenceLabelKeepsGUID(t *testing.T) {
	const src = "# Membranes\n\n## **Concept 7.3**: Passive Transport\n\n- **Diffusion**:\n  - Down the gradient.\n  - No energy.\n" +
		"- **Osmosis**:\n  - Water across a membrane.\n  - Low to high solute.\n"
	was := map[string]string{"Passive Transport": "<strong>Concept 7.3</strong>: Passive Transport",
		"Passive Transport: Diffusion": "Concept 7.3: Passive Transport: Diffusion", "Passive Transport: Osmosis": "Concept 7.3: Passive Transport: Osmosis"}
	keepsGUIDs(t, "membranes.md", src, was, "ask a section without its sequence label")
}

// TestSourceLinkKeepsGUID asks "## Singleton (https://refactoring.guru/…)"
// without the address: the card keeps the GUID it had when its front showed
// it, so a deck imported again keeps its review history. The parts under
// it, "Singleton: intent", keep the key their owner gave them.
func TestSourceLinkKeepsGUID(t *testing.T) {
	const src = "# Patterns\n\n## Singleton (https://refactoring.guru/design-patterns/singleton)\n" +
		"a) intent\n\t- creational design pattern.\nb) problem\n\t- one instance.\n\n" +
		"## Observer (https://refactoring.guru/design-patterns/observer)\n" +
		"a) intent\n\t- behavioural design pattern.\nb) problem\n\t- many listeners.\n"
	was := map[string]string{
		"Singleton": `Singleton (<a href="https://refactoring.guru/design-patterns/singleton">https://refactoring.guru/design-patterns/singleton</a>)`,
		"Observer":  `Observer (<a href="https://refactoring.guru/design-patterns/observer">https://refactoring.guru/design-patterns/observer</a>)`,
	}
	keepsGUIDs(t, "patterns.md", src, was, "ask a section without its source's address")
}

// TestLocatorTitleKeepsGUID asks "- Who you live with - Lesson 3" over its
// questions without the lesson it points to, "Who you live with": the card
// keeps the GUID it had whole, and so does "Nucleus: holds the DNA" under
// "- Cell structure - Chapter 3", so a deck imported again keeps its
// review history.
func TestLocatorTitleKeepsGUID(t *testing.T) {
	const src = "# Korean\n\n## Conversations\n\n- Who you live with - Lesson 3\n  - Who do you live with?\n  - How long?\n" +
		"- Cell structure - Chapter 3\n  - Nucleus: holds the DNA\n  - Ribosomes make proteins\n"
	was := map[string]string{"Who you live with": "Who you live with - Lesson 3", "Cell structure": "Cell structure - Chapter 3"}
	keepsGUIDs(t, "korean.md", src, was, "ask a title without its locator")
	d, err := extract.Parse("korean.md", []byte(src), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	guids := GUIDs(d)
	for i, c := range d.Cards {
		if c.Front != "Nucleus" {
			continue
		}
		then := d
		then.Cards = slices.Clone(d.Cards)
		then.Cards[i].Context = []string{"Korean", "Conversations", "Cell structure - Chapter 3"}
		then.Cards[i].ContextKey = nil
		if want := GUIDs(then)[i]; guids[i] != want {
			t.Errorf("Nucleus under %q has GUID %q, want %q, the GUID it had under the title whole", c.Context, guids[i], want)
		}
		return
	}
	t.Errorf("no card Nucleus: %v", d.Cards)
}

// TestCaseLabelKeepsGUID asks the parts of a brief under "### Case:
// Hamilton v. Kember" with the case's name alone, "Hamilton v. Kember:
// Issue": each card keeps the GUID it had when the label showed on its
// front, "Case: Hamilton v. Kember: Issue".
func TestCaseLabelKeepsGUID(t *testing.T) {
	const src = "# Torts\n\n### Case: Hamilton v. Kember\n\n- A party went open\n- Issue\n  - Was he a trespasser?\n  - Was a duty owed?\n" +
		"- Court Decision\n  - The parents owed a duty\n  - The action goes on\n- Decision: the parents owed a duty\n\n**Held**\n\n- A duty was owed\n- Costs to him\n"
	was := map[string]string{"Hamilton v. Kember: Issue": "Case: Hamilton v. Kember: Issue",
		"Hamilton v. Kember: Decision": "Case: Hamilton v. Kember: Decision"}
	keepsGUIDs(t, "torts.md", src, was, "ask a brief's part without its case's label")
}

// keepsGUIDs parses src and checks that each card whose front is a key of
// was has the GUID it would have with the front was gives it (and no key
// of its own): the GUID a deck built before the change gave it. Every
// front of was must be asked; what says what those cards do.
func keepsGUIDs(t *testing.T, file, src string, was map[string]string, what string) {
	t.Helper()
	d, err := extract.Parse(file, []byte(src), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	guids := GUIDs(d)
	n := 0
	for i, c := range d.Cards {
		old, ok := was[c.Front]
		if !ok {
			continue
		}
		n++
		then := d
		then.Cards = slices.Clone(d.Cards)
		then.Cards[i].Front, then.Cards[i].Key = old, ""
		if want := GUIDs(then)[i]; guids[i] != want {
			t.Errorf("%q has GUID %q, want %q, the GUID of %q", c.Front, guids[i], want, old)
		}
	}
	if n != len(was) {
		t.Errorf("%d cards %s, want %d: %v", n, what, len(was), d.Cards)
	}
}

func TestClozeSkeleton(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"{{c1::Paris}} is the capital of {{c2::France::country}}", "{{c1}} is the capital of {{c2}}"},
		{"{{c1,2::Rome}} and {{c10::Milan}}", "{{c1,2}} and {{c10}}"},
		{"{{c1::a {{c2::b}} c}} d", "{{c1}} d"},
		{"{{c1::never closed and {{c2::x}}", "{{c1::never closed and {{c2::x}}"},
		{"{{c::x}} {{cat}} {{c1::y}}", "{{c::x}} {{cat}} {{c1}}"},
		{"no cloze", "no cloze"},
	} {
		if got := clozeSkeleton(tc.in); got != tc.want {
			t.Errorf("clozeSkeleton(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestClozeEditsKeepGUIDs edits a cloze note as a student does: a typo fixed
// in a deletion or a hint added keeps its GUID, and so its cards' review
// history; a deletion added or two renumbered make a new note, so that no
// card number comes to show another deletion. Two clozes of one skeleton
// under one heading keep GUIDs of their own.
func TestClozeEditsKeepGUIDs(t *testing.T) {
	guid := func(fronts ...string) []string {
		d := extract.Deck{Name: "Bio"}
		for _, f := range fronts {
			d.Cards = append(d.Cards, extract.Card{Front: f, Kind: extract.Cloze, Context: []string{"Krebs"}})
		}
		return GUIDs(d)
	}
	const base = "The cycle makes {{c1::NADH}} and {{c2::acetyl-CoA}}."
	g := guid(base)[0]
	for _, tc := range []struct {
		edit string
		same bool
	}{
		{"The cycle makes {{c1::NADH}} and {{c2::acetyl CoA}}.", true},
		{"The cycle makes {{c1::NADH::a carrier}} and {{c2::acetyl-CoA}}.", true},
		{"The cycle makes {{c1::NADH}}, {{c2::ATP}} and {{c3::acetyl-CoA}}.", false},
		{"The cycle makes {{c2::NADH}} and {{c1::acetyl-CoA}}.", false},
		{"The cycle produces {{c1::NADH}} and {{c2::acetyl-CoA}}.", false},
	} {
		if got := guid(tc.edit)[0]; (got == g) != tc.same {
			t.Errorf("%q: GUID %q, the original's %q; want same=%v", tc.edit, got, g, tc.same)
		}
	}
	twins := guid("{{c1::Paris}} is the capital of {{c2::France}}", "{{c1::Rome}} is the capital of {{c2::Italy}}")
	alone := guid("{{c1::Rome}} is the capital of {{c2::Italy}}")
	if twins[0] == twins[1] {
		t.Errorf("two clozes of one skeleton share GUID %q", twins[0])
	}
	if twins[1] == alone[0] {
		t.Errorf("a cloze beside another of its skeleton kept the GUID %q of its skeleton", alone[0])
	}
}

// TestKeepGUIDsWhenATwinComesOrGoes: a card that was alone keeps its GUID
// when a twin appears (a conflict copy of its note, the same line again),
// and a card that had a twin keeps its GUID when the twin goes; the copy's
// cards, not the note's, are the new ones; an unchanged rebuild keeps every
// GUID. Without KeepGUIDs, each such step gave the card a new GUID: a new
// card in Anki, the reviewed one tagged notes2deck::deleted.
func TestKeepGUIDsWhenATwinComesOrGoes(t *testing.T) {
	note := func(file string, backs ...string) extract.Deck {
		d := extract.Deck{Name: "Bio", File: file}
		for _, b := range backs {
			d.Cards = append(d.Cards, extract.Card{Front: "Nucleus", Back: b, Context: []string{"Cells"}})
		}
		d.Cards = append(d.Cards, extract.Card{Front: "Ribosome", Back: "builds proteins", Context: []string{"Cells"}})
		return d
	}
	// build plays one build against the state of the previous one: the
	// fields of each GUID, as the apkg exporter remembers them.
	state := map[string][]string{}
	build := func(decks ...extract.Deck) []map[string]string { // per deck: GUID by back
		KeepGUIDs(decks, NewCardIDs(decks), func(g string) []string { return state[g] })
		next := map[string][]string{}
		var out []map[string]string
		for i, notes := range Notes(decks) {
			m := map[string]string{}
			for j, n := range notes {
				next[n.GUID] = n.Fields
				m[decks[i].Cards[j].Back] = n.GUID
			}
			out = append(out, m)
		}
		state = next
		return out
	}
	first := build(note("bio.md", "holds DNA"))[0]
	for _, step := range []struct {
		name  string
		decks []extract.Deck
	}{
		{"a conflict copy", []extract.Deck{note("bio (conflicted copy).md", "holds DNA"), note("bio.md", "holds DNA")}},
		{"rebuilt", []extract.Deck{note("bio (conflicted copy).md", "holds DNA"), note("bio.md", "holds DNA")}},
		{"the copy gone", []extract.Deck{note("bio.md", "holds DNA")}},
		{"a twin line", []extract.Deck{note("bio.md", "an organelle", "holds DNA")}},
		{"rebuilt again", []extract.Deck{note("bio.md", "an organelle", "holds DNA")}},
		{"the twin gone", []extract.Deck{note("bio.md", "holds DNA")}},
	} {
		got := build(step.decks...)
		mine := got[len(got)-1] // bio.md's
		for back, g := range first {
			if mine[back] != g {
				t.Errorf("%s: bio.md's %q has GUID %q, want %q (its first build's)", step.name, back, mine[back], g)
			}
		}
		if len(got) == 2 {
			for back, g := range got[0] {
				if g == first[back] {
					t.Errorf("%s: the copy's %q took bio.md's GUID", step.name, back)
				}
			}
		}
	}
}

// TestKeepGUIDsOfTwinsAndClozes: the cards of a note that share a front
// (two answers to "Nucleus", the same line twice) and its clozes keep their
// GUIDs when a conflict copy of the note appears beside it, whether the
// copy's name sorts before the note's ("bio (1).md") or after it, on every
// rebuild and once the copy goes; the copy's cards are the new ones. Ranked
// by file order, the copy sorted first took the note's GUIDs of its twins,
// and every cloze of both files took a GUID of its whole text.
func TestKeepGUIDsOfTwinsAndClozes(t *testing.T) {
	note := func(file string) extract.Deck {
		d := extract.Deck{Name: "Bio", File: file}
		for _, c := range []extract.Card{
			{Front: "Nucleus", Back: "holds DNA"},
			{Front: "Nucleus", Back: "the control centre"},
			{Front: "Osmosis", Back: "water moves in"},
			{Front: "Osmosis", Back: "water moves in"},
			{Front: "The {{c1::mitochondrion}} makes {{c2::ATP}}.", Kind: extract.Cloze},
			{Front: "{{c1::Paris}} is the capital of {{c2::France}}", Kind: extract.Cloze},
			{Front: "Ribosome", Back: "builds proteins"},
		} {
			c.Context = []string{"Cells"}
			d.Cards = append(d.Cards, c)
		}
		return d
	}
	state := map[string][]string{}
	build := func(decks ...extract.Deck) [][]string { // per deck: its GUIDs
		KeepGUIDs(decks, NewCardIDs(decks), func(g string) []string { return state[g] })
		next := map[string][]string{}
		var out [][]string
		for _, notes := range Notes(decks) {
			var gs []string
			for _, n := range notes {
				next[n.GUID] = n.Fields
				gs = append(gs, n.GUID)
			}
			out = append(out, gs)
		}
		state = next
		return out
	}
	first := build(note("bio.md"))[0]
	for _, step := range []struct {
		name  string
		decks []extract.Deck
		mine  int // the index of bio.md's deck
	}{
		{"a copy sorted first", []extract.Deck{note("bio (1).md"), note("bio.md")}, 1},
		{"rebuilt", []extract.Deck{note("bio (1).md"), note("bio.md")}, 1},
		{"the copy gone", []extract.Deck{note("bio.md")}, 0},
		{"a copy sorted last", []extract.Deck{note("bio.md"), note("bio.sync-conflict-20261101-120000-ABCDEFG.md")}, 0},
		{"rebuilt again", []extract.Deck{note("bio.md"), note("bio.sync-conflict-20261101-120000-ABCDEFG.md")}, 0},
		{"that copy gone", []extract.Deck{note("bio.md")}, 0},
	} {
		got := build(step.decks...)
		for j, g := range got[step.mine] {
			if g != first[j] {
				t.Errorf("%s: bio.md's card %d (%q) has GUID %q, want %q (its first build's)",
					step.name, j, step.decks[step.mine].Cards[j].Front, g, first[j])
			}
		}
		if len(got) == 2 {
			for j, g := range got[1-step.mine] {
				if slices.Contains(first, g) {
					t.Errorf("%s: the copy's card %d (%q) took a GUID of bio.md", step.name, j, step.decks[1-step.mine].Cards[j].Front)
				}
			}
		}
	}
}

// TestKeepGUIDOfEditedCardWhenATwinComes: a "## Cells" card whose answer the
// student reworded, in the build that also added a second "## Cells" with
// another answer, keeps its GUID wherever the twin is; the twin is the new
// card. Either change alone kept it; both at once made the reviewed card a
// new one. When both twins share as many words with the old answer, or
// none, neither takes its GUID.
func TestKeepGUIDOfEditedCardWhenATwinComes(t *testing.T) {
	deck := func(backs ...string) []extract.Deck {
		d := extract.Deck{Name: "Bio", File: "bio.md"}
		for _, b := range backs {
			d.Cards = append(d.Cards, extract.Card{Front: "Cells", Back: b})
		}
		d.Cards = append(d.Cards, extract.Card{Front: "Atoms", Back: "Smallest units."})
		return []extract.Deck{d}
	}
	for _, tc := range []struct {
		name  string
		backs []string
		want  int // the card that keeps the GUID, or -1
	}{
		{"twin after", []string{"Units of all life.", "A prison room."}, 0},
		{"twin before", []string{"A prison room.", "Units of all life."}, 1},
		{"both as near", []string{"Units of all life.", "Life of units."}, -1},
		{"none near", []string{"Basic blocks.", "A prison room."}, -1},
	} {
		first := deck("Units of life.")
		state := map[string][]string{}
		for i, n := range Notes(first)[0] {
			state[n.GUID] = n.Fields
			if i == 0 && n.GUID != GUIDs(first[0])[0] {
				t.Fatalf("first build's GUID %q, want %q", n.GUID, GUIDs(first[0])[0])
			}
		}
		was := GUIDs(first[0])[0]
		decks := deck(tc.backs...)
		KeepGUIDs(decks, NewCardIDs(decks), func(g string) []string { return state[g] })
		for i, n := range Notes(decks)[0][:len(tc.backs)] {
			if (n.GUID == was) != (i == tc.want) {
				t.Errorf("%s: card %d (%q) has GUID %q; the reviewed card's was %q, want it on card %d", tc.name, i, tc.backs[i], n.GUID, was, tc.want)
			}
		}
	}
}

// TestOneGUIDEach checks that two cards handed one GUID keep one: the
// card whose note file the previous build knew it from keeps it, the other
// takes its own, and no GUID of the package is given twice.
func TestOneGUIDEach(t *testing.T) {
	decks := []extract.Deck{
		{Name: "Bio", File: "a.md", Cards: []extract.Card{{Front: "Gate", Back: "door", GUID: "X"}}},
		{Name: "Bio", File: "b.md", Cards: []extract.Card{{Front: "Gate", Back: "door", GUID: "X"}}},
	}
	prev := func(guid string) []string {
		if guid == "X" {
			return []string{"Gate", "door", "", "b.md"}
		}
		return nil
	}
	OneGUIDEach(decks, prev)
	if decks[0].Cards[0].GUID != "" || decks[1].Cards[0].GUID != "X" {
		t.Fatalf("GUIDs %q, %q; want b.md's card to keep X", decks[0].Cards[0].GUID, decks[1].Cards[0].GUID)
	}
	guids := PackageGUIDs(decks)
	if guids[0][0] == guids[1][0] {
		t.Fatalf("both cards have GUID %q", guids[0][0])
	}
}

// TestFrontAskedTwiceKeepsGUID asks "Grens" under two headings with
// different answers with the heading each sits under: each card keeps the
// GUID it had when it asked "Grens" bare.
func TestFrontAskedTwiceKeepsGUID(t *testing.T) {
	const src = "# Aarde\n\n## Interactiesferen\n\n### Atmosfeer\n\n- Grens: karman lijn\n\n## Opdeling\n\n### Lithosfeer\n\n- Grens: MOHO\n"
	was := map[string]string{"Atmosfeer: Grens": "Grens", "Lithosfeer: Grens": "Grens"}
	keepsGUIDs(t, "aarde.md", src, was, "ask a front asked twice with its heading")
}

// TestCleanedHeadingKeepsGUID builds notes whose heading path a rule
// cleaned: a footnote label off a heading or a parent bullet ("## Causes
// [^3]", "- milgram experiment [^1]" over "[^1]: https://…"), a kind's "#"
// off a heading ("## \#Definition Eigenvalue", "### \#Proof"), German
// pointing words off a lead-in ("Hier sind die Arten von Ionenkanälen:"), the
// arrow off a lead-in ("Examples →", "Uses ->"). Each card keeps the GUID
// the build before the cleanup gave it (computed once with that build,
// 5f4791d; 3cec82b for the arrows; 05aec45 for a class's date off its
// heading, "# Sept. 11, 2024 - Le Passé Composé"), so a deck imported again with no state file keeps
// its review history. A heading the student renames still makes a new card.
func TestCleanedHeadingKeepsGUID(t *testing.T) {
	const soc = "# Soc\n\n## Basics\n\n- milgram experiment [^1]\n  - study obedience\n  - experiment found\n    - most subjects obeyed\n    - few refused\n\n" +
		"- asch conformity [^2]\n  - study conformity\n  - experiment found\n    - a third conformed\n    - most resisted\n\n" +
		"## Causes [^3]\n\n- Poverty: lack of money\n\n" +
		"[^1]: https://en.wikipedia.org/wiki/Milgram_experiment\n[^2]: Asch, 1951.\n[^3]: https://example.com/causes\n"
	const algebra = "# Linear Algebra\n\n## \\#Theorem Eigenspaces and Subspaces\n\nThe eigenspace of A for λ is a subspace of R^n.\n\n" +
		"### \\#Proof\n\nIt is the null space of A − λI.\n\n## \\#Theorem Rank\n\nThe rank is the dimension of the column space.\n\n" +
		"### Proof\n\nCount the pivots.\n\n## #Definition Eigenvalue\n\n- Eigenvalue: a scalar λ with Av = λv\n"
	const de = "# Membranpotential\n\n## Modulation\nGesteuerte Ionenkanäle spielen eine Rolle. Hier sind die verschiedenen Arten von gesteuerten Ionenkanälen:\n" +
		"1. **Spannungsgesteuerte Ionenkanäle**:\n    - Reagieren auf Spannung.\n    - Leiten Aktionspotentiale.\n" +
		"2. **Ligandensensitive Ionenkanäle**:\n    - Binden Liganden.\n    - Wichtig an Synapsen.\n"
	const deItem = "# Kanäle\n\n## Arten\n- Hier sind die Arten von Ionenkanälen:\n  - Spannungsgesteuert: reagiert auf Spannung\n  - Ligandengesteuert: bindet Liganden\n"
	const deLast = "# Kanäle\n\n## Arten\n- Kanäle sind Proteine\n- Hier sind die Arten von Ionenkanälen:\n\n1. Spannungsgesteuert: reagiert auf Spannung\n2. Ligandengesteuert: bindet Liganden\n"
	const en = "# Channels\n\n## Modulation\nChannels matter. Here are the types of gated ion channels:\n" +
		"1. **Voltage-gated channels**:\n    - Respond to voltage.\n    - Carry action potentials.\n2. **Ligand-gated channels**:\n    - Bind ligands.\n    - Work at synapses.\n"
	const arten = "Verschiedenen Arten von gesteuerten Ionenkanälen"
	const dated = "# Sept. 11, 2024 - Le Passé Composé\n\navoir ou être avec le participe passé\n\n## Les Emplois\n\n- une action passée accomplie\n- une action répétée, mais finie\n\n" +
		"# Oct. 2, 2024 - L'imparfait\n\n## Les Emplois\n\n- une description au passé\n- une habitude\n\n" +
		"# 2024-10-01 — Mitosis\n\n## Prophase\n\nChromosomes condense.\n\n## Meiosis (Oct 3, 2024)\n\nTwo divisions make four cells.\n\n## Cytokinesis – 04/10/2024\n\nThe cytoplasm divides.\n"
	const subj = "# Subjuntivo\n\nExamples →\n- Yo me alegro de que estemos bien\n- Mi mamá siente que yo esté triste\n\n" +
		"## Triggers\nUses ->\n- wish: quiero que vengas\n- doubt: dudo que venga\n"
	for _, tc := range []struct {
		name, file, src, context, front, guid string
	}{
		{"German pointer lead-in", "de.md", de, "Membranpotential › Modulation", arten, "vmX}`7]M>y"},
		{"under a German pointer lead-in", "de.md", de, "Membranpotential › Modulation › " + arten, arten + ": Spannungsgesteuerte Ionenkanäle", "qI_.%eX0_F"},
		{"German pointer bullet", "kanaele.md", deItem, "Kanäle › Arten", "Arten von Ionenkanälen", "AB]$U?I0ql"},
		{"under a German pointer bullet", "kanaele.md", deItem, "Kanäle › Arten › Arten von Ionenkanälen", "Spannungsgesteuert", "fK+^0PfQMs"},
		{"under a German pointer bullet over a list", "kanaele.md", deLast, "Kanäle › Arten › Arten von Ionenkanälen", "Ligandengesteuert", "lJ@BU<;JiZ"},
		{"English pointer lead-in, cut before", "channels.md", en, "Channels › Modulation › Types of gated ion channels", "Types of gated ion channels: Voltage-gated channels", "k}S2ZiBc*m"},
		{"linked footnote front", "soc.md", soc, "Soc › Basics", "milgram experiment", "jD/~|j~@he"},
		{"footnote front, cut before", "soc.md", soc, "Soc › Basics", "asch conformity", "c>-$;4lm{%"},
		{"heading footnote", "soc.md", soc, "Soc › Causes", "Poverty", "r$OOLX>cRG"},
		{"linked parent footnote", "soc.md", soc, "Soc › Basics › milgram experiment", "experiment found", "P0%5fqwaK:"},
		{"parent footnote", "soc.md", soc, "Soc › Basics › asch conformity", "experiment found", "sIXu9ySw[r"},
		{"kind tag over its proof", "algebra.md", algebra, "Linear Algebra › Theorem Eigenspaces and Subspaces", "Theorem Eigenspaces and Subspaces: Proof", "v8um6qax;."},
		{"kind tag over a proof", "algebra.md", algebra, "Linear Algebra › Theorem Rank", "Theorem Rank: Proof", "i!0HF&U>en"},
		{"kind tag over a term", "algebra.md", algebra, "Linear Algebra › Definition Eigenvalue", "Eigenvalue", "iL|C8{e[1j"},
		{"lead-in over its arrow", "subj.md", subj, "Subjuntivo", "Subjuntivo: Examples", "i=i#|zN!m("},
		{"lead-in over its arrow, with its heading", "subj.md", subj, "Subjuntivo › Triggers", "Triggers: Uses", "Is0gjJ0gG]"},
		{"under a lead-in over its arrow", "subj.md", subj, "Subjuntivo › Triggers › Uses", "wish", "p_fMV:4`dy"},
		{"class date", "fr.md", dated, "", "Le Passé Composé", "qW;r9;-jwI"},
		{"under a class date, with its topic", "fr.md", dated, "Le Passé Composé", "Le Passé Composé: Les Emplois", "Cm81r_ngD("},
		{"under a class date", "fr.md", dated, "Mitosis", "Prophase", "z~!z%bMW52"},
		{"class date after a topic", "fr.md", dated, "Mitosis", "Meiosis", "snH</2&xNs"},
		{"renamed heading", "soc.md", strings.Replace(soc, "## Causes", "## Root causes", 1), "Soc › Root causes", "Poverty", "wUG>:dl|Tb"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := extract.Parse(tc.file, []byte(tc.src), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			guids := GUIDs(d)
			for i, c := range d.Cards {
				if c.Front == tc.front && strings.Join(c.Context, " › ") == tc.context {
					if guids[i] != tc.guid {
						t.Errorf("%q under %q has GUID %q, want %q", c.Front, tc.context, guids[i], tc.guid)
					}
					return
				}
			}
			t.Errorf("no card %q under %q: %v", tc.front, tc.context, d.Cards)
		})
	}
}

// TestTaskContextKeepsGUID names the cards under "- [ ] Searching
// Algorithms" by the topic, "Algo › Searching Algorithms", not "☐
// Searching Algorithms": each keeps the GUID it had under the box, so a
// deck imported again keeps its review history.
func TestTaskContextKeepsGUID(t *testing.T) {
	const src = "# Algo\n\n- [ ] Searching Algorithms\n\t- Searching Algorithm 1;; Sequential\n\t- Searching Algorithm 2;; Binary\n" +
		"- [x] Sorting\n\t- Bubble sort: swaps adjacent values\n\t- Insertion sort: inserts each value in place\n"
	d, err := extract.Parse("algo.md", []byte(src), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	guids := GUIDs(d)
	boxes := map[string]string{"Searching Algorithms": "☐ Searching Algorithms", "Sorting": "☑ Sorting"}
	n := 0
	for i, c := range d.Cards {
		if len(c.Context) != 2 {
			continue
		}
		box, ok := boxes[c.Context[1]]
		if !ok {
			t.Errorf("%q under %q, want its context without the task's box", c.Front, c.Context)
			continue
		}
		n++
		was := d
		was.Cards = slices.Clone(d.Cards)
		was.Cards[i].Context, was.Cards[i].ContextKey = []string{"Algo", box}, nil
		if want := GUIDs(was)[i]; guids[i] != want {
			t.Errorf("%q has GUID %q, want %q, the GUID it had under %q", c.Front, guids[i], want, box)
		}
	}
	if n != 4 {
		t.Errorf("%d cards under tasks, want 4: %v", n, d.Cards)
	}
}

// TestHeadingChoicesKeepGUID asks "### 1. Which command lists running
// containers?" with its choices, "A) docker ps  B) docker ls …", over the
// choice its answer line names: the card keeps the GUID it had when it
// asked the heading alone over the choices and the answer line, so a deck
// imported again keeps its review history.
func TestHeadingChoicesKeepGUID(t *testing.T) {
	const src = "# Docker Quiz\n\n### 1. Which command lists running containers?\n\nA) docker ps  B) docker ls  C) docker run\n\n**Answer:** A\n"
	was := map[string]string{"Which command lists running containers?<br>A) docker ps<br>B) docker ls<br>C) docker run": "Which command lists running containers?"}
	keepsGUIDs(t, "docker.md", src, was, "ask a heading's question with its choices")
}

// TestParagraphChoicesKeepGUID asks "Which command lists images?", a
// paragraph over its choices typed on one line, "A) docker ps  B) docker
// images  C) docker ls", and "**Answer:** B", with the choices one per
// line: the card keeps the GUID it had when it asked the question alone
// over the choices' line.
func TestParagraphChoicesKeepGUID(t *testing.T) {
	const src = "# Docker Quiz\n\nWhich command lists images?\n\nA) docker ps  B) docker images  C) docker ls\n\n**Answer:** B\n"
	was := map[string]string{"Which command lists images?<br>A) docker ps<br>B) docker images<br>C) docker ls": "Which command lists images?"}
	keepsGUIDs(t, "docker.md", src, was, "ask a paragraph's question with its choices' line")
}

// TestBareNumberedPointKeepsGUID asks "1 `useState` - This hook lets …",
// a point numbered without its dot among others, without its number: the
// card keeps the GUID it had when its front showed the number, so a deck
// imported again keeps its review history.
func TestBareNumberedPointKeepsGUID(t *testing.T) {
	const src = "# React\n\n## Hooks\n\n1 `useState` - This hook lets you add state.\n2 **useRef** - This hook gives a mutable ref.\n"
	was := map[string]string{"<code>useState</code>": "1 <code>useState</code>", "useRef": "2 <strong>useRef</strong>"}
	keepsGUIDs(t, "react.md", src, was, "ask a bare-numbered point without its number")
}

// TestIconBoldDashTermKeepsGUID asks "💡 **Victim ≠ random** ➔ attackers
// pick …" without its icon: the card keeps the GUID it had when its front
// showed the icon, so a deck imported again keeps its review history.
func TestIconBoldDashTermKeepsGUID(t *testing.T) {
	const src = "# Phishing\n\n## Key ideas\n\n💡 **Victim ≠ random** ➔ attackers pick targets.\n🎯 **Pretexting** - attackers invent a scenario.\n"
	was := map[string]string{"Victim ≠ random": "💡 <strong>Victim ≠ random</strong>", "Pretexting": "🎯 <strong>Pretexting</strong>"}
	keepsGUIDs(t, "phishing.md", src, was, "ask a bold term without its icon")
}

// TestArrowPointWithItemKeepsGUID asks "Water soluble → Quaternary amine",
// the one point of its front, with the drug it is nested under: the card
// keeps the GUID it had when asked bare.
func TestArrowPointWithItemKeepsGUID(t *testing.T) {
	const src = "# Cholinergics\n\n- Neostigmine\n  - Water soluble → Quaternary amine\n"
	was := map[string]string{"Neostigmine: Water soluble": "Water soluble"}
	keepsGUIDs(t, "cholinergics.md", src, was, "ask an arrow point with its drug")
}

// TestAnkiFenceKeepsGUID reads an Obsidian_to_Anki note in a code block
// fenced as "anki" as Markdown, "What does <code>useRef</code> keep?": the
// card keeps the GUID of the front it had when the block was read as code.
func TestAnkiFenceKeepsGUID(t *testing.T) {
	const src = "# Hooks\n\n```anki\nSTART\nBasic\nWhat does `useRef` keep?\nBack: A `box`.\nEND\n```\n"
	keepsGUIDs(t, "hooks.md", src, map[string]string{"What does <code>useRef</code> keep?": "What does `useRef` keep?"}, "read as Markdown")
	const math = "# Sets\n\n```anki\nSTART\nBasic\nIs $\\mathbb{Q}$ closed in $\\mathbb{R}$?\nBack: No.\nEND\n```\n"
	keepsGUIDs(t, "sets.md", math, map[string]string{`Is \(\mathbb{Q}\) closed in \(\mathbb{R}\)?`: `Is \(\mathbb{Q}\) closed in \(\mathbb{R}\)?`}, "read as Markdown, a formula as before")
}

// TestDrugSectionKeepsGUID asks "# Side Effects" atop "Azathioprine.md"
// with the drug the note is named for: the card keeps the GUID it had when
// asked bare.
func TestDrugSectionKeepsGUID(t *testing.T) {
	const src = "Azathioprine is a prodrug.\n\n# Side Effects\n- Pancreatitis\n\n# Labs\nCheck the enzyme first.\n"
	was := map[string]string{"Azathioprine: Side Effects": "Side Effects", "Azathioprine: Labs": "Labs"}
	keepsGUIDs(t, "Azathioprine.md", src, was, "ask a drug's section with the note's name")
}

// TestNotecardIDKeepsGUID asks "## When: 1783" beside "## ID: Treaty of
// Paris" with the event: the card keeps the GUID it had when asked bare.
func TestNotecardIDKeepsGUID(t *testing.T) {
	const src = "## ID: Treaty of Paris\n\n## When: September 3, 1783\n"
	keepsGUIDs(t, "paris.md", src, map[string]string{"Treaty of Paris: When": "When"}, "ask a notecard's question word with its ID")
}

// TestAspectLabelOverListKeepsGUID asks a bold aspect label over a
// sentence and a list with its heading, "**Purpose:**" under "### Value
// Chain" as "Value Chain: Purpose": the card keeps the GUID it had when it
// asked "Purpose" alone.
func TestAspectLabelOverListKeepsGUID(t *testing.T) {
	const src = "# Strategy\n\n### Value Chain\n**Purpose:**  \nSplits a firm into the steps that add value.\n\n- **Inbound:** inputs come in.\n- **Outbound:** goods go out.\n\n> Each step costs something.\n"
	keepsGUIDs(t, "strategy.md", src, map[string]string{"Value Chain: Purpose": "Purpose"}, "ask an aspect label over a list with its heading")
}

// TestPreFirstLineKeepsGUID drops the line break right after "<pre>" from
// a cloze of code, "<pre>\nlet n = 5; // {{c1::i32}}": the card keeps the
// GUID it had with the empty first line.
func TestPreFirstLineKeepsGUID(t *testing.T) {
	const src = "START\nCloze\n<pre>\nlet n = 5; // {{c1::i32}}\n</pre>\nEND\n"
	was := map[string]string{"<pre>let n = 5; // {{c1::i32}}\n</pre>": "<pre>\nlet n = 5; // {{c1::i32}}\n</pre>"}
	keepsGUIDs(t, "rust.md", src, was, "drop the line break after <pre>")
}

// TestOrdinalFrontKeepsGUID asks "- The first is …" with the lead-in over
// it: the card keeps the GUID it had when asked bare.
func TestOrdinalFrontKeepsGUID(t *testing.T) {
	const src = "## Strain\nStrain is the deformation per unit length.\n\nStrain components carry two subscripts, $\\epsilon_{ij}$:\n- The first is the direction of the fibre\n- The second is the direction it stretches in\n"
	was := map[string]string{"Strain components carry two subscripts, εᵢⱼ: The first": "The first", "Strain components carry two subscripts, εᵢⱼ: The second": "The second"}
	keepsGUIDs(t, "strain.md", src, was, "ask an ordinal with its lead-in")
}

// TestDrugSectionTitleKeepsGUID asks "# Side effects", the only H1 of
// "anticholinergics.md" and so its deck's name, with the file's name: the
// card keeps the GUID it had when asked bare.
func TestDrugSectionTitleKeepsGUID(t *testing.T) {
	const src = "Useful as an antiemetic.\n# Side effects\n- dry mouth\n- blurred vision\n"
	was := map[string]string{"anticholinergics: Side effects": "Side effects"}
	keepsGUIDs(t, "anticholinergics.md", src, was, "ask a drug's section that titles the note with the file's name")
}

// TestDrugSubsectionKeepsGUID asks "## ECG:" under "# S/e" atop
// "Digoxin.md" with the drug and its section: the card keeps the GUID it
// had when asked bare.
func TestDrugSubsectionKeepsGUID(t *testing.T) {
	const src = "Slows the heart.\n\n# S/e\n- nausea\n\n## ECG:\n- long PR interval\n- short QT interval\n\n# Rx\n- antibody fragments\n"
	was := map[string]string{"Digoxin: S/e: ECG": "ECG"}
	keepsGUIDs(t, "Digoxin.md", src, was, "ask a part of a drug's section with the drug and the section")
}
