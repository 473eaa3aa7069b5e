package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// dumpOutline renders blocks as one line each, for comparing in tests.
func dumpOutline(bs []Block, indent string, sb *strings.Builder) {
	kinds := map[BlockKind]string{Heading: "H", Paragraph: "P", List: "L", Code: "C", Table: "T", Image: "I", Quote: "Q", Rule: "R"}
	for _, b := range bs {
		fmt.Fprintf(sb, "%s%s", indent, kinds[b.Kind])
		switch b.Kind {
		case Heading:
			fmt.Fprintf(sb, "%d %s", b.Level, spansDump(b.Spans))
		case Paragraph:
			fmt.Fprintf(sb, " %s", spansDump(b.Spans))
		case List:
			if b.Ordered {
				fmt.Fprintf(sb, " from %d", b.Start)
			}
		case Code:
			fmt.Fprintf(sb, " %s %q", b.Lang, b.Code)
		case Table:
			for _, c := range b.Header {
				fmt.Fprintf(sb, " [%s]", spansDump(c.Spans))
			}
			for _, r := range b.Rows {
				sb.WriteString(" /")
				for _, c := range r {
					fmt.Fprintf(sb, " %s", spansDump(c.Spans))
				}
			}
		case Image:
			fmt.Fprintf(sb, " %s %s %q", b.Src, b.Path, b.Alt)
			if b.Width > 0 {
				fmt.Fprintf(sb, " %dpx", b.Width)
			}
		}
		fmt.Fprintf(sb, " @%d\n", b.Pos.Line)
		for _, it := range b.Items {
			fmt.Fprintf(sb, "%s  - %s @%d\n", indent, spansDump(it.Spans), it.Pos.Line)
			dumpOutline(it.Blocks, indent+"    ", sb)
		}
		dumpOutline(b.Blocks, indent+"  > ", sb)
	}
}

// spansDump shows spans with their styles: *bold* _italic_ `code` {term} [link] |break|,
// and =highlight= around any of them.
func spansDump(spans []Span) string {
	var sb strings.Builder
	for _, s := range spans {
		if s.Style&Highlight != 0 {
			sb.WriteString("=")
		}
		switch {
		case s.Style == Break:
			sb.WriteString("|")
		case s.Style&Term != 0:
			sb.WriteString("{" + s.Text + "}")
		case s.Style&Mono != 0:
			sb.WriteString("`" + s.Text + "`")
		case s.Style&Link != 0:
			sb.WriteString("[" + s.Text + "](" + s.URL + ")")
		case s.Style&Bold != 0:
			sb.WriteString("*" + s.Text + "*")
		case s.Style&Italic != 0:
			sb.WriteString("_" + s.Text + "_")
		default:
			sb.WriteString(s.Text)
		}
		if s.Style&Highlight != 0 {
			sb.WriteString("=")
		}
	}
	return sb.String()
}

func TestOutline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"terms", "# T\n\n- AWS WAF: filters requests  \nmore text\n- Spam – undesired mail\n- Be ready - scale\n- a sentence that is far too long to be a term: no\n- **Bold**: kept\n",
			"H1 T @1\nL @3\n  - {AWS WAF}: filters requests|more text @3\n  - {Spam} – undesired mail @5\n  - {Be ready} - scale @6\n  - a sentence that is far too long to be a term: no @7\n  - *Bold*: kept @8\n"},
		{"soft breaks", "AWS KMS - keys\nCloudHSM - hardware\nplain wrapped\nline\n",
			"P {AWS KMS} - keys|{CloudHSM} - hardware|plain wrapped|line @1\n"},
		{"numbered lines", "Objetivos procesos:\n\t1. identificar y separar componentes\n\t2. describir como los procesos son creados en un sistema operativo\n\t3. describir como contrastan los procesos\n",
			"P {Objetivos procesos}:|1. identificar y separar componentes|2. describir como los procesos son creados en un sistema operativo|3. describir como contrastan los procesos @1\n"},
		{"wrapped prose", "A paragraph wrapped by its editor at eighty columns goes\non after a space, as one line of the sheet.\n",
			"P A paragraph wrapped by its editor at eighty columns goes on after a space, as one line of the sheet. @1\n"},
		{"vocabulary", "house - casa\nthe - el/la\n1 uno\n2 dos\n",
			"P {house} - casa|{the} - el/la|1 uno|2 dos @1\n"}, // "the" → "el/la" is a card too
		{"kana", "- ba : ば\n- be : べ\n- no : の\n- so : そ\n- My cone: topical miconazole treats tinea\n- So: we are done here and can go home now\n",
			"L @1\n  - {ba} : ば @1\n  - {be} : べ @2\n  - {no} : の @3\n  - {so} : そ @4\n  - My cone: topical miconazole treats tinea @5\n  - So: we are done here and can go home now @6\n"},
		// The colon that closes an emoji shortcode, as GitHub notes write
		// one, is no separator: ":bulb" is no term, the term after it is;
		// a short command, ":wq: save", still is one.
		{"emoji shortcode", "- :bulb: Threads run in kernel mode\n- :white_check_mark: Done: yes\n- Tip :memo: read it\n- :warning:\n- :wq: save and quit\n",
			"L @1\n  - :bulb: Threads run in kernel mode @1\n  - {:white_check_mark: Done}: yes @2\n  - Tip :memo: read it @3\n  - :warning: @4\n  - {:wq}: save and quit @5\n"},
		{"nested and numbered", "3. one\n4. two\n   - sub `code` and [link](http://x)\n",
			"L from 3 @1\n  - one @1\n  - two @2\n    L @3\n      - sub `code` and [link](http://x) @3\n"},
		// A cloze that code splits prints as its answer, as one in a run does.
		{"split cloze", "Use {{c1::curly brackets `{}`}}, {{c2::a comma `,` and a colon `:`}} or {{c3::plain}}.\n",
			"P Use curly brackets `{}`, a comma `,` and a colon `:` or plain. @1\n"},
		{"entities and escapes", "A &rarr; B \\& C &#8805; D\n",
			"P A → B & C ≥ D @1\n"},
		// LaTeX's \url{…} and \hl{…} in a note's text are a link and a
		// highlight, as on the cards.
		{"latex text commands", "See \\url{https://en.wikipedia.org/wiki/German_tank_problem}.\n\n\\hl{Faster air moves more things.}\n",
			"P See [https://en.wikipedia.org/wiki/German_tank_problem](https://en.wikipedia.org/wiki/German_tank_problem). @1\nP =Faster air moves more things.= @3\n"},
		{"code and table", "```go\nx := 1\n```\n\n| a | b |\n|---|---|\n| 1 | **2** |\n",
			"C go \"x := 1\\n\" @2\nT [a] [b] / 1 *2* @5\n"},
		// A rule of dashes typed among the rows to group them prints
		// nothing, as on the cards; a dash that marks a missing value stays.
		{"table rule rows", "| k | v |\n|---|---|\n| a | b |\n|---|---|\n| c | - |\n",
			"T [k] [v] / a b / c - @1\n"},
		// GitHub's ```math fence is a display formula: the sheet writes it as
		// it writes $$…$$, not as the TeX typed.
		// LaTeX's page break and a citation on a note's first line print
		// nothing, as they do on later lines; "\newpage" opened the sheet
		// of a pandoc paper (sandbox-paper-virtualisation). Wiki.js's class
		// line under a quote styles it: "{.is-info}" was printed.
		{"first line", "\\newpage\n\n# The virtualisation\n\n[@merkel2014] Containers share a kernel.\n\n> Sets are unordered.\n{.is-info}\n",
			"H1 The virtualisation @3\nP Containers share a kernel. @5\nQ @7\n  > P Sets are unordered. @7\n"},
		// Pandoc's subscripts and superscripts print lowered and raised, as
		// the cards show them; a power typed in plain text, a caret or a
		// tilde in code or a formula, and a tilde between words stay.
		{"pandoc scripts", "- Na^+^ e Ca^++^, H~2~CO~3~ → HCO~3~^-^, AgNO~3~~(aq)~, W~cd~\n- (2^n)x(2^n), `x^2^`, $x^2^y$, ~ 5 min, a~b c~d\n",
			"L @1\n  - Na⁺ e Ca⁺⁺, H₂CO₃ → HCO₃⁻, AgNO₃(aq), W_cd @1\n  - (2^n)x(2^n), `x^2^`, x²ʸ, ~ 5 min, a~b c~d @2\n"},
		// A state symbol typed as a subscript prints on the line, as
		// mhchem's "NaCl(aq)" does, the count before it lowered: the sheet
		// printed "AgNO₃_(aq)", "AgCl₍ₛ₎" and "CO2(g)". A bracket of no
		// state, "a~(n)~", "W~(cd)~", and a raised "(g)" stay as they were.
		{"state symbols", "- AgNO~3~~(aq)~ + NaCl~(aq)~ -> AgCl~(s)~ + NaNO~3~~(aq)~\n- H<sub>2</sub>O<sub>(l)</sub> + CO<sub>2(g)</sub>, CH~4~~(g)~\n- a~(n)~, W~(cd)~, x^(g)^, y<sub>(n)</sub>, z<sup>(s)</sup>\n",
			"L @1\n  - AgNO₃(aq) + NaCl(aq) -> AgCl(s) + NaNO₃(aq) @1\n  - H₂O(l) + CO₂(g), CH₄(g) @2\n  - a₍ₙ₎, W_(cd), x^(g)^, y₍ₙ₎, z⁽ˢ⁾ @3\n"},
		// An isotope's mass number raised before its element, with no word
		// before it.
		{"isotope", "- **^13^C urea** breath test, ^14^C dating (^235^U)\n- a ^1^ b, ^12^c\n",
			"L @1\n  - *¹³C urea* breath test, ¹⁴C dating (²³⁵U) @1\n  - a ^1^ b, ^12^c @2\n"},
		// A note's own LaTeX macros, defined in the preamble pandoc typesets
		// it with, print their argument; a formula's command, a key, two
		// arguments, a path, a typo inside a word and a command without an
		// argument stay as typed.
		{"own macros", "- \\farf{diuretici} --- classi\n- Anti (\\far{spironolattone} e \\far{\\pat{x}})^[\\TODO{come fanno?}]\n- \\sqrt{x}, \\ref{fig}, \\frac{a}{b}, C:\\Users{x}, so\\toring, \\ini riassorbimento\n- \\todo{}\n",
			"L @1\n  - {diuretici} — classi @1\n  - Anti (spironolattone e x) (come fanno?) @2\n  - \\sqrt{x}, \\ref{fig}, \\frac{a}{b}, C:\\Users{x}, so\\toring, \\ini riassorbimento @3\n"},
		// A spaced-repetition card's "::", ":::" or ";;" prints as the colon
		// of a term and its definition, as the cards read its two sides;
		// one between two words, as code's, a nested tag's, and a loop's
		// ";;" stay.
		{"sr separators", "- What is TCP?::A protocol\n- Capital of Spain ::: Madrid\n- CPython:: C implementation\n- What is odd parity?;;1\n- std::io::Stdin, io::Result, Capital of France::Paris, #bio::cells, fe80::1 and for(;;)\n- Variable or local: how to decide? :: local if one function uses it\n",
			"L @1\n  - {What is TCP?}: A protocol @1\n  - {Capital of Spain}: Madrid @2\n  - {CPython}: C implementation @3\n  - {What is odd parity?}: 1 @4\n  - std::io::Stdin, io::Result, Capital of France::Paris, #bio::cells, fe80::1 and for(;;) @5\n  - {Variable or local: how to decide?}: local if one function uses it @6\n"},
		// "Term::def in a list", a card as the cards read it, prints as a
		// term and its definition; one more name ("Ordering::Less",
		// "HashMap::new makes one"), a word in lower case before it
		// ("uses std::vector here"), a second "::" on the line and a long
		// line's stay as typed.
		{"sr separators between words", "- Term::def in a list\n- Sensitivity::the share of true positives\n- Ordering::Less\n- HashMap::new makes one\n- uses std::vector here\n- Mitosis::cell division and Meiosis::gametes\n- one two three four five::six seven\n",
			"L @1\n  - {Term}: def in a list @1\n  - {Sensitivity}: the share of true positives @2\n  - Ordering::Less @3\n  - HashMap::new makes one @4\n  - uses std::vector here @5\n  - {Mitosis}: cell division and Meiosis::gametes @6\n  - one two three four five::six seven @7\n"},
		// A ":::" between two words asks both ways, the cards' reversed
		// card; R's, Scala's and an identifier's stay as typed.
		{"sr reversed between words", "- Mitosis:::Cell division\n- 세포분열:::cell division\n- Meiosis:::2 divisions\n- stats:::fun, cellAdmixCore:::fit, spot_X:::CellType, xs:::ys, Foo:::bar(1), Pkg:::Mod::f\n",
			"L @1\n  - {Mitosis}: Cell division @1\n  - {세포분열}: cell division @2\n  - {Meiosis}: 2 divisions @3\n  - stats:::fun, cellAdmixCore:::fit, spot_X:::CellType, xs:::ys, Foo:::bar(1), Pkg:::Mod::f @4\n"},
		// A spaced-repetition question is its line's term however long it
		// is, each card on its own line; a long term that asks nothing
		// runs on as text.
		{"sr long questions", "What are input variables, locals and outputs, in function terms? :: Variables are parameters\nWhat makes a variable required? :: Having no default\nA long sentence that happens to hold a colon somewhere: not a term\n",
			"P {What are input variables, locals and outputs, in function terms?}: Variables are parameters|{What makes a variable required?}: Having no default A long sentence that happens to hold a colon somewhere: not a term @1\n"},
		// "--" and "---" typed as dashes print as the en and em dashes
		// pandoc sets, between spaces or letters; a flag's, an arrow's
		// and four stay, as does a link's text.
		{"typed dashes", "- HCL -- simple to read\n\nA land--it must follow. Text --- more.\n\nRun --force, a --> b, a -- , x ---- y, -r--r--r--, [a -- b](http://u) <http://u/a--b>\n",
			"L @1\n  - {HCL} – simple to read @1\nP A land–it must follow. Text — more. @3\nP Run --force, a --> b, a – , x ---- y, -r--r--r--, [a -- b](http://u) [http://u/a--b](http://u/a--b) @5\n"},
		// Pandoc's "\\ " after a picture is a space; a path's and a
		// command's backslash stay.
		{"pandoc space", "![](p.png)\\ \nCaption\n\nA \\ B, C:\\ drive, \\alpha\n",
			"P Caption @1\nP A B, C:\\ drive, \\alpha @4\n"},
		// A kanji's reading typed raised over it prints after it in
		// brackets; carets around kana after kana or a word stay.
		{"furigana", "- お久^ひさ^しぶり\n- 本^ほん^当^とう^に\n- か^な^ and x^ひ^\n",
			"L @1\n  - お久(ひさ)しぶり @1\n  - 本(ほん)当(とう)に @2\n  - か^な^ and x^ひ^ @3\n"},
		// A question whose last word is code or emphasis asks as well.
		{"sr separator after code", "How do we handle content in `HTML`?::Through `JavaScript`\n\nHow do we keep *state* in `HTTP`?::`HTTP` is stateless\n\n- `a`::b and `std`::`io`\n",
			"P How do we handle content in `HTML`?: Through `JavaScript` @1\nP How do we keep _state_ in `HTTP`?: `HTTP` is stateless @3\nL @5\n  - `a`::b and `std`::`io` @5\n"},
		// A question all in emphasis or code asks too, its "::" spaced.
		{"sr separator after emphasis", "**Capital of Laos** :: Vientiane\n\nCapital of *Mali* :: Bamako\n\n- `ls` :: lists files\n",
			"P *Capital of Laos*: Vientiane @1\nP Capital of _Mali_: Bamako @3\nL @5\n  - `ls`: lists files @5\n"},
		// A component that holds its text in an attribute prints it; a
		// tag without one prints nothing, as before.
		{"text attribute", "- der <d type=\"er\" text=\"Apfel\"/>, -&auml;\n- m<d type=\"impt\" text=\"a\"/>gst\n- a <img src=\"x.png\"/>b <x text=\"y\">z</x>\n",
			"L @1\n  - der Apfel, -ä @1\n  - magst @2\n  - a b z @3\n"},
		{"citation first", "[@merkel2014] Containers share a kernel.\n", "P Containers share a kernel. @1\n"},
		{"math fence", "```math\npbinom(n,r,p) = {n \\choose r} p^r\n```\n\n```math\n```\n\nThe binomial:\n```math\n{n \\choose r}\n```\n",
			"P pbinom(n,r,p) = C(n, r) pʳ @2\nP {The binomial}:|C(n, r) @8\n"},
		// A display indented past a bullet's text, as an outliner exports
		// it, is read as code: the sheet prints the formula, not the TeX in
		// a code box; an indented block holding more stays code.
		{"indented display", "- mole fraction\n    - \n\n      $$p_i = X_i p$$\n\n- Z\n    - \n\n      $$Z = 1$$\n      print(Z)\n",
			"L @1\n  -  @1\n    H2 mole fraction @1\n    P pᵢ = Xᵢ p @4\n  -  @6\n    H2 Z @6\n    C  \"$$Z = 1$$\\nprint(Z)\\n\" @9\n"},
		{"html", "<!-- comment -->\n<h6 id='x'>Etiology</h6>\n\n<details><summary>show</summary>\n<p>answer &amp; more</p>\n</details>\n\n<table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td><i>b</i></td></tr></table>\n",
			"H6 Etiology @2\nP answer & more @4\nT [k] [v] / a _b_ @8\n"},
		// Numbers left empty at the end of a list, questions still to
		// write, print nothing (sopherbear-webdev-study-guide printed
		// "5." to "33."); an empty bullet over a block keeps its place.
		{"empty items", "1. one\n2.\n3.\n\nText\n\n5.\n6.\n\n-\n  ```\n  x\n  ```\n-\n",
			"L from 1 @1\n  - one @1\nP Text @5\nL @12\n  -  @12\n    C  \"x\\n\" @12\n"},
		{"skip region", "keep\n\n<!-- notes2deck:skip -->\n\nhidden\n\n<!-- notes2deck:end -->\n\nafter\n",
			"P keep @1\nP after @9\n"},
		{"links", "[a *b* `c`  \nd](http://u) <http://auto> www.x.org\n[![i *j*](q.png)](http://l)  \n![alt **x**](p.png)&nbsp;x\n",
			"P [a ](http://u)[b](http://u)[ ](http://u)`c`|[d](http://u) [http://auto](http://auto) [www.x.org](http://www.x.org)|[[i j]](http://l)|_[alt x]_\u00a0x @1\n"},
		// A callout's title prints its formula as text, as its body does.
		{"callout title formula", "> [!question]+ What are $Q$ and $\\overline{Q}$ given $S, R$?\n> - $S$ sets $Q$\n\n> [!note] Costs $5 and $6\n",
			"Q @1\n  > P *What are Q and Q̅ given S, R?* @1\n  > L @2\n  >   - S sets Q @2\nQ @4\n  > P *Costs $5 and $6* @4\n"},
		{"callouts", "> [!tip] Mnemonic\n> PA for **P**assive\n\n> [!note]\n\n> [!info]- Folded\n> - a\n\n> [!x] only  \n> hard\n\n> [not a callout]\n",
			"Q @1\n  > P *Mnemonic*|PA for *P*assive @1\nQ @4\n  > P *Note* @4\nQ @6\n  > P *Folded* @6\n  > L @7\n  >   - a @7\nQ @9\n  > P *only*|hard @9\nQ @12\n  > P [not a callout] @12\n"},
		{"obsidian links and embeds", "![[x.png]] ![[y.png|100]]\n\na [[b|c]] [[d#e]] ![[f.png]] ![[Note]] `[[g]]`\n",
			"I x.png  \"x.png\" @1\nI y.png  \"y.png\" 100px @1\nP a c d f.png Note `[[g]]` @3\n"},
		// An embed on a line of its own under text, "Plot:" over
		// "![[plot.png|393]]", is an image, printed "[image: plot.png]" when
		// missing (except-biochem printed "plot.png" as text); an embed
		// inside a sentence, or alone in a bullet, stays its text.
		{"embed lines", "Peptide bond resonance:\n![[bond.png]]\n\n1. Measure P.\n\tPlot:\n\t![[p.png|393]]\n\nSee ![[q.png]] here\n![[r.mp3]]\n\n- ![[s.png]]\n",
			"P {Peptide bond resonance}: @1\nI bond.png  \"bond.png\" @1\nL from 1 @4\n  - Measure P.|{Plot}: @4\n    I p.png  \"p.png\" 393px @4\nP See q.png here|r.mp3 @8\nL @11\n  - s.png @11\n"},
		{"image sizes", "![[a.png|200x100]]\n\n![diagram|250](d.png)\n\n<img src=\"e.png\" width=\"300\">\n\n<img src=\"f.png\" width='120px' alt=\"f\">\n\n![a|b](g.png)\n",
			"I a.png  \"a.png\" 200px @1\nI d.png  \"diagram\" 250px @3\nI e.png  \"\" 300px @5\nI f.png  \"f\" 120px @7\nI g.png  \"a|b\" @9\n"},
		// Marp's directives name nothing: a missing picture prints its
		// file's name, a credited one its credit, two side by side nothing.
		{"marp images", "![w:500px center](srpt.svg)\n\n![bg right:45% Kat Walsh, CC BY-SA](https://x.org/k.jpg)\n\n![w:500px](rr.svg) &emsp; ![w:500px right](srpt2.svg) RR vs SRPT\n\n![left ventricle](h.png)\n",
			"I srpt.svg  \"\" @1\nI https://x.org/k.jpg  \"Kat Walsh, CC BY-SA\" @3\nP RR vs SRPT @5\nI h.png  \"left ventricle\" @7\n"},
		// A dash inside brackets separates no term from its definition.
		{"dash in brackets", "- z + a/o/u (s - sound)\n- Arithmetic Operator [+, - , * , /]\n- 18 sessions (S/1 - S/18); 1 a week\n- Mood (verbs) - a verb form\n",
			"L @1\n  - z + a/o/u (s - sound) @1\n  - Arithmetic Operator [+, - , * , /] @2\n  - 18 sessions (S/1 - S/18); 1 a week @3\n  - {Mood (verbs)} - a verb form @4\n"},
		{"clozes", "The GIL is the {{c1::Global Interpreter Lock::abbr}}; only {{c2::one thread}} runs. `{{c1::x}}`\n",
			"P The GIL is the Global Interpreter Lock; only one thread runs. `{{c1::x}}` @1\n"},
		{"footnotes", "NADH[^1] and ATP[^note]. `[^2]`\n\n[^1]: High charge.\n[^note]: Energy.\n", "P NADH¹ and ATP[note]. `[^2]` @1\nP {¹}: High charge.|[note]: Energy. @3\n"},
		// A label the note defines nowhere is no footnote's: a regular
		// expression's negated class prints as typed, in a line and in a
		// table's cell, where the sheet printed "[abc]".
		// A remote picture with no alternative text inside a line printed
		// nothing; it shows as its card links it. A slide's background
		// picture still names nothing.
		{"remote images without alt", "See ![](https://upload.wikimedia.org/a/b.png) and [![](https://img.shields.io/x.svg)](https://ci.org) and ![bg left](https://x.org/k.jpg) here\n",
			"P See [image (upload.wikimedia.org)](https://upload.wikimedia.org/a/b.png) and [image (img.shields.io)](https://ci.org) and here @1\n"},
		{"undefined footnote labels", "Not a digit: [^0-9] here\n\n| Class | Meaning |\n|---|---|\n| [^abc] | not a, b, or c |\n",
			"P Not a digit: [^0-9] here @1\nT [Class] [Meaning] / [^abc] not a, b, or c @3\n"},
		// A footnote whose definition is a bare address is a link's
		// definition to the parser: its reference printed "^1" as a link to
		// it, its definition nothing. A link typed to "^2" stays a link.
		{"footnotes to addresses", "Milgram experiments [^1], destino[^b] completas.\n\n[^1]: https://en.wikipedia.org/wiki/Milgram\n[^b]: <https://x.org/b>\n\nSee [^2](https://x.org/2).\n",
			"P Milgram experiments, destino completas. @1\nP See [^2](https://x.org/2). @6\n"},
		// A formula typed over two lines keeps its "*": the sheet printed
		// it raw, its "*" read as emphasis. A price opens no formula, and
		// emphasis after a formula closed on its line stays emphasis.
		{"formula over lines", "Then:\n$a=c\\Rarr\nd=x*y*z$\n\nCosts $5 and\n*only* today, 6$ back\n\nA $x$ and\n*b* here\n",
			"P Then:|a=c⇒ d=x*y*z @1\nP Costs $5 and|_only_ today, 6$ back @5\nP A x and|_b_ here @8\n"},
		{"highlights", "The ==key== idea is ==the cell==, a == b, `==c==`\n", "P The =key= idea is =the cell=, a == b, `==c==` @1\n"},
		{"highlights over markup", "the ==**statistical power**== of ==[a test](t.md)==, ==a *b* c==\n",
			"P the =*statistical power*= of =[a test](t.md)=, =a ==_b_== c= @1\n"},
		{"formula escapes", "Sets $\\{1, 2\\}$, \\{text\\} \\*\n\n$$\n\\min\\{s, D\\} \\\\\n&= a \\\\\n$$\n",
			"P Sets {1, 2}, {text} * @1\nP min{s, D}; = a @3\n"},
		{"obsidian_to_anki markers", "START\nBasic\nWhat is X?\nBack: Y\nEND\n\nSTART\nCloze\nA {{c1::b}}\n\nEND\n\nThe END\n",
			"P *What is X?*|Y @1\nP A b @7\nP The END @13\n"},
		// Notes written one right under the other print each question and
		// its answer: "END", "START" and "Basic" between them, "Back:" and
		// "Tags:" are the plugin's, not the note's text; a "Back:" outside
		// a note is text.
		{"obsidian_to_anki notes glued", "START\nBasic\nFront: Why **salt** water?\nBack: It boils\nlater.\nTags: chem\nEND\nSTART\nBasic\nWhat is `pH`?\nBack: A scale.\nEND\n\nBack: the rear.\n",
			"P *Why salt water?*|It boils|later.|*What is *`pH`*?*|A scale. @1\nP {Back}: the rear. @14\n"},
		{"display rows", "$$\nf(x) = x^2\n- 2x + 1\n$$\n\n\\[\nK*a = K*{eq}\n\\]\n", "P f(x) = x² - 2x + 1 @1\nP K*a = K*eq @6\n"},
		{"display hard breaks", "Defined as:\n$$\n\\left\\{ a_1 \\ : \\\n  a_1 \\in \\mathbb{R} \\right\\}\n$$\n\n$$\nE = mc^2  \n$$\n\nText  \nbroken\n",
			"P Defined as:|{ a₁ : a₁ ∈ ℝ } @1\nP E = mc² @7\nP Text|broken @11\n"},
		{"display with blank lines", "Set up:\n$$\n\\begin{align}\n\n\\text{let }A = \\begin{bmatrix}\n1 & 2 \\\\\n0 & 1\n\\end{bmatrix}\n\n\\end{align}\n$$\nthen $A$ is invertible.\n",
			"P {Set up}:|let A = [ 1 2; 0 1 ]|then A is invertible. @1\n"},
		{"displays between lines of prose", "Il lavoro è la somma delle forze in uno spostamento da $r_1$ a $r_2$ ovvero\n$$W=\\int_{a}^{b} F\\,dr$$\nPer il secondo principio di Newton, che vale per ogni forza\n$$\nF = ma\n$$\nand $$Q, K$$ inline\n$$x$$.\n",
			"P Il lavoro è la somma delle forze in uno spostamento da r₁ a r₂ ovvero|W=∫ₐᵇ F dr|Per il secondo principio di Newton, che vale per ogni forza|F = ma|and Q, K inline|x. @1\n"},
		{"sup and sub tags", "B is $A$<sup>-1</sup>, x<SUP>2</SUP>, T<sub>n-1</sub>, 4<sup>th</sup>, R<sub>max</sub>; W<sub>cd</sub>, note<sup>[1]</sup>, <sup>2\n</sup>\n",
			"P B is A⁻¹, x², Tₙ₋₁, 4ᵗʰ, Rₘₐₓ; Wcd, note[1], 2 @1\n"},
		{"bold in an html block", "<section>\n🧠 **Read** the error messages, **all** of them\n\n</section>\n\n<div>\n2 ** 3, **a ** b, <code>**kwargs**</code>\n</div>\n",
			"P 🧠 *Read* the error messages, *all* of them @1\nP 2 ** 3, **a ** b, `**kwargs**` @6\n"},
		// A screenshot pasted on GitHub under a line of text, alt="image",
		// printed "[image]" on the sheet: the alt names nothing.
		{"default alt in text", "Separates users from the data.\n![image](https://github.com/user-attachments/assets/7247f1ac-69ad-4d20-8ec6-8a7c3cd815f7)\n",
			"P Separates users from the data. @1\n"},
		{"marp image directives", "![bg contain 70%](flow.png)\n\n![w:200px](a.png)\n\n![bg is short for background](b.png)\n\n![Ratio: 70%](c.png)\n",
			"I flow.png  \"\" @1\nI a.png  \"\" @3\nI b.png  \"bg is short for background\" @5\nI c.png  \"Ratio: 70%\" @7\n"},
		{"rows without a delimiter row", "## Phrases\n\n| Prost | Cheers |\n| es tut mir leid | I'm \\| sorry |\n| $x^2$ | _finir_ | [[Note]] |\n\n| one row | alone |\n",
			"H2 Phrases @1\nT / Prost Cheers / es tut mir leid I'm | sorry / x² finir Note @3\nT / one row alone @7\n"},
		{"empty bullet over its text", "- a\n\t- $w$ is the weight\n\t\t-\n\t\t  $$\n\t\t  w = 1\n\t\t  $$\n\t\t- b\n\nText\n-\n",
			"L @1\n  - a @1\n    L @2\n      - w is the weight @2\n        L @3\n          - \u00a0|w = 1 @3\n          - b @7\nH2 Text @9\n"},
		{"tables of contents", "[TOC]\n\n* toc\n{:toc}\n\nText\n", "P Text @6\n"},
		{"obsidian_to_anki notes fenced as anki", "```anki\nSTART\nBasic\nWhat is X?\nBack: Y\nand $x^2$\nTags: t\n<!--ID: 1-->\nEND\nSTART\nCloze\nA {{c1::b}}\nEND\n```\n",
			"P *What is X?*|Y|and x² @2\nP A b @9\n"},
		// A vault's Dataview fields map it ("up:: [[Cell cycle]]"), alone or
		// in a callout of them; a question over "::" is a card's text.
		{"dataview fields", "> [!Ontology]+\n> up:: [[Cards/Cell Division\\|Cell Division]]\n> jump::\n> down:: \n\nup:: [[Cell cycle]]\n\nWhat are the phases?:: PMAT\n",
			"P {What are the phases?}: PMAT @8\n"},
		// A formula drawn as a picture by a LaTeX service, as notes on
		// GitHub wrote math, is printed as the formula: the sheet printed
		// "[image: svg.latex]" for each, the formulas lost.
		{"formula images", "## Chain rule\n\n<img src=\"https://latex.codecogs.com/svg.latex?\\Large&space;\\frac{d_y}{d_x}=\\frac{d_y}{d_u}\\frac{d_u}{d_x}\" title=\"chain rule\" />\n\n![power rule](https://latex.codecogs.com/png.latex?x^n%20\\to%20nx^{n-1})\n\nSo ![x](https://latex.codecogs.com/svg.latex?x^2) grows, ![graph](https://example.com/g.png) too.\n",
			"H2 Chain rule @1\nP d_y/dₓ=(d_y/dᵤ)dᵤ/dₓ @3\nP xⁿ → nxⁿ⁻¹ @5\nP So x² grows, _[graph]_ too. @7\n"},
		// A comment never closed hides the text after it, as on the cards:
		// the sheet printed "<!-- x" under the note's title. One in a list
		// item hides to the item's end; a "<!--" within a line is text.
		{"unclosed comment", "# Bio\n\n- Osmosis: water moves\n  <!-- draft\n- Diffusion: spreads <!-- down\n\n<!-- x\n- Ribosome: makes proteins\n",
			"H1 Bio @1\nL @3\n  - {Osmosis}: water moves @3\n  - {Diffusion}: spreads <!-- down @5\n"},
		{"front matter and missing image", "---\ntags: x\n---\n# T\n\n![alt text](img/a%20b.png)\n",
			"H1 T @4\nI img/a%20b.png  \"alt text\" @6\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("notes/n.md", []byte(tt.in), Options{IgnoreMissingMedia: true})
			if err != nil {
				t.Fatal(err)
			}
			var sb strings.Builder
			dumpOutline(d.Outline, "", &sb)
			if got := sb.String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestOutlineImage: an image block names the file the extractor loaded.
func TestOutlineImage(t *testing.T) {
	dir := t.TempDir()
	png := []byte("\x89PNG\r\n\x1a\n")
	if err := os.MkdirAll(filepath.Join(dir, "img"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "img", "a b.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	note := filepath.Join(dir, "n.md")
	d, err := Parse(note, []byte("![alt](img/a%20b.png)\n\n<p><img src=\"img/a b.png\"></p>\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, "img", "a b.png")
	if real, err := filepath.EvalSymlinks(want); err == nil {
		want = real
	}
	if len(d.Outline) != 2 || d.Outline[0].Kind != Image || d.Outline[0].Path != want || d.Outline[1].Path != want {
		t.Errorf("outline %+v, want two images of %s", d.Outline, want)
	}

	// An image among text, or in a bullet, is drawn under its text; a
	// missing one is only named.
	d, err = Parse(note, []byte("See ![alt](img/a%20b.png) here.\n\n- OSI layer 3\n![[a b.png]]\n\nGone ![x](none.png)\n"), Options{IgnoreMissingMedia: true})
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	dumpOutline(d.Outline, "", &sb)
	if got := len(regexp.MustCompile(`(?m)^\s*I `).FindAllString(sb.String(), -1)); got != 2 || !strings.Contains(sb.String(), "P See _[alt]_ here.") {
		t.Errorf("want the text, then the image, twice:\n%s", sb.String())
	}
}

// An image on a line of its own between lines of text, as Obsidian and
// Typora notes put a figure under the sentence that shows it, is drawn
// under the text, which keeps its lines apart and names it no more. A
// long line ran on into the embed's file name, "fall time (t_f):
// w1l1RiseFall.png During this period" (tomlonergan-digital-signals); a
// short one was joined to the next line without a space, "Plot:Next"; a
// Markdown image left its alt text over the drawn image, "[Objects]"
// (lydiamt-html-tables-js-objects). A missing image keeps its name, on a
// line of its own.
func TestOutlineImageLines(t *testing.T) {
	dir := t.TempDir()
	png := []byte("\x89PNG\r\n\x1a\n")
	for _, name := range []string{"rf.png", "obj.png"} {
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	note := filepath.Join(dir, "n.md")
	src := "A gate will not switch at once between low and high: there is a **fall time**\n![[rf.png]]\nDuring this period the output is not valid.\n\n" +
		"Plot:\n![[rf.png]]\nNext line.\n\n" +
		"Creating many objects:\n![Objects](obj.png)\nYou create instances with the constructor function and the new keyword.\n\n" +
		"- The heat engine turns thermal energy into useful mechanical work\n![[rf.png|250]]\n- Next item\n\n" +
		"Missing:\n![gone](none.png)\nafter it\n"
	d, err := Parse(note, []byte(src), Options{IgnoreMissingMedia: true})
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	dumpOutline(d.Outline, "", &sb)
	got := regexp.MustCompile(` /\S+/`).ReplaceAllString(sb.String(), " DIR/")
	want := "P A gate will not switch at once between low and high: there is a *fall time*|During this period the output is not valid. @1\n" +
		"I rf.png DIR/rf.png \"rf.png\" @1\n" +
		"P {Plot}:|Next line. @5\n" +
		"I rf.png DIR/rf.png \"rf.png\" @5\n" +
		"P {Creating many objects}:|You create instances with the constructor function and the new keyword. @9\n" +
		"I obj.png DIR/obj.png \"Objects\" @10\n" +
		"L @13\n" +
		"  - The heat engine turns thermal energy into useful mechanical work @13\n" +
		"    I rf.png DIR/rf.png \"rf.png\" 250px @13\n" +
		"  - Next item @15\n" +
		"P {Missing}:|_[gone]_|after it @17\n"
	if got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}

// A bullet that holds only a drawn picture, "- ![[plot.png]]" or "-
// ![diagram](d.png)", names it no more: the sheet sets the picture beside
// the marker, where it printed "• plot.png" or "• [diagram]" over it. A
// bullet of a missing embed, "- ![[gone.png]]", keeps its name, and one
// with text keeps its text over the picture.
func TestOutlineItemImageOnly(t *testing.T) {
	src := "- ![[plot.png]]\n- ![diagram](d.png)\n- ![[gone.png]]\n- ![[plot.png]] ![[gone.png]]\n- Text with ![[plot.png]] inline\n"
	_, got := pictureOutline(t, src)
	want := "L @1\n" +
		"  -  @1\n" +
		"    I plot.png DIR/plot.png \"plot.png\" @1\n" +
		"  -  @2\n" +
		"    I d.png DIR/d.png \"diagram\" @2\n" +
		"  - gone.png @3\n" +
		"  - plot.png gone.png @4\n" +
		"    I plot.png DIR/plot.png \"plot.png\" @4\n" +
		"  - Text with plot.png inline @5\n" +
		"    I plot.png DIR/plot.png \"plot.png\" @5\n"
	if got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}

// A task whose text is only a drawn picture, "- [ ] ![[plot.png]]" or
// "- [x] ![diagram](d.png)", names it no more, as a bullet's: the sheet
// printed "☐ plot.png" over the picture. A missing one, "- [ ]
// ![gone](gone.png)", and a task with text keep their text.
func TestOutlineTaskImageOnly(t *testing.T) {
	src := "- [ ] ![[plot.png]]\n- [x] ![diagram](d.png)\n- [ ] ![gone](gone.png)\n- [ ] ![[gone.png]]\n- [ ] see ![[plot.png]]\n"
	d, got := pictureOutline(t, src)
	want := "L @1\n" +
		"  -  @1\n" +
		"    I plot.png DIR/plot.png \"plot.png\" @1\n" +
		"  -  @2\n" +
		"    I d.png DIR/d.png \"diagram\" @2\n" +
		"  - _[gone]_ @3\n" +
		"  - gone.png @4\n" +
		"  - see plot.png @5\n" +
		"    I plot.png DIR/plot.png \"plot.png\" @5\n"
	if got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
	if tasks := slices.IndexFunc(d.Outline[0].Items, func(it Item) bool { return !it.Task }); tasks >= 0 {
		t.Errorf("item %d lost its task box", tasks)
	}
}

// An image in a table's cell is drawn under the table, in the order of
// the rows, its alternative text naming it in its cell: the sheet printed
// "[heart diagram]" and no picture, and nothing at all for an image with
// no alternative text. A remote or missing one is only named.
func TestOutlineCellImages(t *testing.T) {
	dir := t.TempDir()
	png := []byte("\x89PNG\r\n\x1a\n")
	for _, name := range []string{"heart.png", "lung.png"} {
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := "| Organ | Picture |\n|---|---|\n| Heart | ![heart diagram](heart.png) |\n| Lung | ![](lung.png) |\n" +
		"| Brain | ![brain](https://example.com/brain.png) ![gone](none.png) |\n"
	d, err := Parse(filepath.Join(dir, "n.md"), []byte(src), Options{IgnoreMissingMedia: true})
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	dumpOutline(d.Outline, "", &sb)
	got := regexp.MustCompile(` /\S+/`).ReplaceAllString(sb.String(), " DIR/")
	want := "T [Organ] [Picture] / Heart _[heart diagram]_ / Lung  / Brain _[brain]_ _[gone]_ @1\n" +
		"I heart.png DIR/heart.png \"heart diagram\" @3\n" +
		"I lung.png DIR/lung.png \"\" @4\n"
	if got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}

// pictureOutline parses src, a note beside the pictures "plot.png" and
// "d.png", and returns the note and its outline dumped, the folder written
// "DIR".
func pictureOutline(t *testing.T, src string) (Deck, string) {
	t.Helper()
	dir := t.TempDir()
	png := []byte("\x89PNG\r\n\x1a\n")
	for _, name := range []string{"plot.png", "d.png"} {
		if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := Parse(filepath.Join(dir, "n.md"), []byte(src), Options{IgnoreMissingMedia: true})
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	dumpOutline(d.Outline, "", &sb)
	got := regexp.MustCompile(` /\S+/`).ReplaceAllString(sb.String(), " DIR/")
	return d, got
}
