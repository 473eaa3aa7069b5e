package extract

import (
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pointerLabels name where more is to be read, not a thing to learn: a
// card "More details" → "Refer Microsoft Learn" (a line under each command
// of a cheat sheet) or "Relevant Slides" → "FileOrganisations.pdf" asks
// nothing the student could answer. "Source" and "Resource" are no such
// labels: a river's source, an Azure resource.
var pointerLabels = map[string]bool{
	"more details": true, "more info": true, "more information": true, "further reading": true,
	"read more": true, "see also": true, "references": true, "links": true, "useful links": true,
	"related notes": true, "related topics": true, "previous topic": true, "next topic": true,
	"relevant slides": true, "slides": true, "credits": true,
}

// dropPointers returns cards without those asking a pointer label, "More
// details" → "Refer Microsoft Learn". It runs after nameOwners: the label
// still tells which parts the headings share, so "Function" under each
// command of a cheat sheet is asked with its command ("Ipconfig:
// Function"), and the label's cards go only then.
func dropPointers(cards []Card) []Card {
	pointer := cardTests(cards, asksPointer)
	out := cards[:0]
	for i, c := range cards {
		if !pointer[i] {
			out = append(out, c)
		}
	}
	return out
}

// asksPointer reports whether card c asks a pointer label (see dropPointers).
func asksPointer(c *Card) bool {
	front := c.Front
	if c.Key != "" {
		front = c.Key // "Ipconfig: More details" asks the part "More details"
	}
	if c.Kind == Cloze {
		return false
	}
	plain := stripTags(front) // once for the three tests: every card asks
	if !endsAsPointer(plain) {
		return false // the quick test: most fronts end in another word
	}
	return pointerLabel(plain) || seeLinkCard(plain, c.Back) || refLinksCard(plain, c.Back) || ownedPlan(plain) ||
		commandLeadCard(plain, c.Back)
}

// pointerEnds are the last words of the labels asksPointer drops, in lower
// case: of pointerLabels, planLabels, studyWords and refLabels, "see", and
// every one of the commandLeadWords and noteLabels.
var pointerEnds = func() map[string]bool {
	ends := map[string]bool{"see": true}
	for _, set := range []map[string]bool{pointerLabels, planLabels, refLabels, commandLeadWords, noteLabels} {
		for l := range set {
			ends[l[strings.LastIndexByte(l, ' ')+1:]] = true
		}
	}
	for _, s := range studyWords {
		ends[s[strings.LastIndexByte(s, ' ')+1:]] = true
	}
	return ends
}()

// endsAsPointer reports whether plain, a front as text, may ask a label
// that asksPointer drops: whether its last word, without the spaces and
// colons after it, is one of the pointerEnds. It may say yes wrongly, never
// no: a word with a rune past ASCII passes, as it may fold to one ("ſee",
// "LİNKS").
func endsAsPointer(plain string) bool {
	t := strings.TrimRightFunc(plain, func(r rune) bool { return unicode.IsSpace(r) || r == ':' || r == '：' })
	if i := strings.LastIndexFunc(t, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(t[i:])
		t = t[i+n:]
	}
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			return true
		}
	}
	return lookupLower(pointerEnds, t)
}

// refLabels are the short forms of "References" that students put over the
// pages they read: "`Ref`：" over a list of links in a Chinese note.
var refLabels = map[string]bool{"ref": true, "refs": true, "reference": true}

// refLinksCard reports whether a card whose front is plain as plain text
// asks a label of refLabels for links alone, with its section or not:
// "进程线程: Ref" → "线程和进程的区别是什么？" (a link) points to a page and
// teaches nothing. React's "Ref" answered with words stays.
func refLinksCard(plain, back string) bool {
	label := strings.TrimRight(strings.TrimSpace(plain), ":：")
	if i := strings.LastIndex(label, ": "); i >= 0 {
		label = label[i+2:] // "进程线程: Ref", the label asked with its section
	}
	if len(label) > len("reference") || !refLabels[strings.ToLower(label)] || !strings.Contains(back, "<a ") {
		return false
	}
	return strings.TrimSpace(stripTags(dropAnchors(back))) == ""
}

// dropAnchors returns html, a card's side, without its links and their
// text.
func dropAnchors(html string) string {
	var b strings.Builder
	for {
		i := strings.Index(html, "<a ")
		if i < 0 {
			break
		}
		j := strings.Index(html[i:], "</a>")
		if j < 0 {
			break
		}
		b.WriteString(html[:i])
		html = html[i+j+len("</a>"):]
	}
	b.WriteString(html)
	return b.String()
}

// pointerLabel reports whether front, a card's front as plain text, is one
// of the pointerLabels, with its colon or not: "More details:".
func pointerLabel(front string) bool {
	if len(front) > len("intended learning outcomes:  ") || len(front) < len("links") {
		return false // the quick test
	}
	label := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(front), ":"))
	return pointerLabels[label] || studyLater(label)
}

// seeLinkCard reports whether a card whose front is plain as plain text
// asks "See" for a link alone, "- See: [link](https://example.com)": the
// line points to a page, and the card teaches nothing. "See" asked for its
// forms, "saw, seen", stays.
func seeLinkCard(plain, back string) bool {
	if !strings.EqualFold(strings.TrimSpace(plain), "see") {
		return false
	}
	b := strings.TrimSpace(back)
	return strings.HasPrefix(b, "<a ") && strings.HasSuffix(b, "</a>") && strings.Count(b, "<a ") == 1
}

// studyWords end a label that lists what is still to be done, "More
// content to study", "Topics to learn", "Things to review": the student's
// plan, not a thing to learn (studyLater).
var studyWords = []string{" to study", " to learn", " to review", " to revise", " to read"}

// planLabels title the learning objectives a lecture note copies from its
// syllabus, "Learning goals:" over "- Define the production possibilities
// frontier …": what the student is to learn, not an answer. A bare
// "Objectives" stays: a monetary policy's objectives are to be learned.
var planLabels = map[string]bool{"learning goals": true, "learning objectives": true,
	"learning outcomes": true, "learning aims": true, "intended learning outcomes": true}

// studyLater reports whether label, a front in lower case without its
// colon, names what is still to study or the objectives of a lecture;
// "how to study" and the other questions ask how, and are kept.
func studyLater(label string) bool {
	if planLabels[label] {
		return true
	}
	w, _, _ := strings.Cut(label, " ")
	if lookupLower(whWords, w) || countFields(label) > 5 {
		return false
	}
	for _, s := range studyWords {
		if strings.HasSuffix(label, s) {
			return true
		}
	}
	return false
}

// ownedPlan reports whether front, plain, asks a studyLater label with the
// section that owns it, "Chapter 2: The Economic Problem: Learning goals".
func ownedPlan(front string) bool {
	i := strings.LastIndex(front, ": ")
	if i < 0 || len(front)-i > len(": intended learning outcomes") {
		return false
	}
	return studyLater(strings.ToLower(strings.TrimSpace(front[i+2:])))
}

// pointerOpeners are the words that open a chatty lead-in by pointing at
// what follows, "Here are some common list methods in Python:", "Let's
// look at some examples:", with a straight or a curly apostrophe; "So here
// are" and "So, here are" before "here are"; German "Hier sind die verschiedenen Arten …:"
// points alike. The student's card asks what they point at. An article or
// "some" after them goes too; "There are" points only before a
// count, which goes with it ("There are 3 main types of motion-time
// graphs:" asks "Main types of motion-time graphs").
var pointerOpeners = []string{"so here are ", "so here is ", "so, here are ", "so, here is ", "here are ", "here is ", "here's ", "here’s ",
	"below are ", "below is ", "let's look at ", "let’s look at ", "let us look at ", "let's see ", "let’s see ", "there are ",
	"hier sind ", "hier ist "}

// cutPointer returns front, the HTML of a lead-in or a caption, without the
// pointing words that open it (see pointerOpeners), its first letter in
// capitals: "Here is an example of adding to the front of a list" asks
// "Example of adding to the front of a list"; words that say how plainly
// the list puts it go too (see plainWords). A front of nothing else, or
// one that opens with markup, is returned as it is.
func cutPointer(front string) string {
	rest, counted := "", false
	for _, o := range pointerOpeners {
		if len(front) > len(o) && strings.EqualFold(front[:len(o)], o) {
			rest, counted = front[len(o):], o == "there are "
			break
		}
	}
	if counted {
		// "There are three types of conditioning:" names the kinds it
		// counts; "There are many causes:" names nothing of its own.
		w, after, ok := strings.Cut(rest, " ")
		if !ok || !lookupLower(countWords, w) && !onlyDigits(w) {
			return front
		}
		rest = after
	}
	for _, a := range []string{"some ", "the ", "an ", "a ", "einige ", "die ", "der ", "das ", "eine ", "ein "} {
		if len(rest) > len(a) && strings.EqualFold(rest[:len(a)], a) {
			rest = rest[len(a):]
			break
		}
	}
	for _, m := range plainWords {
		if t, ok := strings.CutSuffix(rest, m); ok && strings.Contains(t, " ") {
			rest = t // "the steps how Quick sort works in simple words"
			break
		}
	}
	r, n := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(r) || !hasWordChar(stripTags(rest)) {
		return front
	}
	return string(unicode.ToUpper(r)) + rest[n:]
}

// pointerKey returns the front leadFront made of raw, a lead-in's HTML,
// before cutPointer cut German pointing words: "Hier sind die Arten von
// Ionenkanälen:" asked whole, the front and the parent that identify its
// cards (see Card.Key and Card.ContextKey); "" for any other lead-in.
func pointerKey(raw string) string {
	front := cutLeadCondition(cutFrontNumbering(unwrapStrong(stripColon(raw))))
	for _, o := range [...]string{"hier sind ", "hier ist "} {
		if len(front) > len(o) && strings.EqualFold(front[:len(o)], o) && cutPointer(front) != front {
			return front
		}
	}
	return ""
}

// plainWords end a pointing lead-in by saying how plainly what follows
// puts it, no part of what it points at: "Here are the steps how Quick
// sort works in simple words."
var plainWords = []string{" in simple words", " in simple terms", " in plain words", " in plain english", " in short", " in brief", " in a nutshell"}

// pointedKey returns the front that identifies the card of a lead-in whose
// HTML is raw and whose front is front, when it opens with "So, here are",
// which cutPointer cuts since notes2deck took "So, here are the steps how
// Quick sort works in simple words." for its front as written: the card
// asks "Steps how Quick sort works" and keeps the GUID it had (see
// Card.Key). It returns "" for any other lead-in.
func pointedKey(raw, front string) string {
	was := cutFrontNumbering(unwrapStrong(stripColon(raw)))
	if len(was) < len("so, here ") || !strings.EqualFold(was[:len("so, here ")], "so, here ") || cutPointer(was) != front {
		return ""
	}
	return was
}

// exampleOpeners say that a sentence gives an example: "For example, if …".
var exampleOpeners = []string{"for example, ", "for instance, ", "e.g., ", "e.g. "}

// cutLeadCondition returns front, the HTML of a lead-in, without the
// condition that opens it, "if …, then", and the example's marker before
// it, its main clause's first letter in capitals: "For example, if your
// storage account is named mystorageaccount, then the default endpoints for
// your storage account are" asks "The default endpoints for your storage
// account are". A condition without its "then" is returned as it is.
func cutLeadCondition(front string) string {
	rest := front
	for _, o := range exampleOpeners {
		if len(rest) > len(o) && strings.EqualFold(rest[:len(o)], o) {
			rest = rest[len(o):]
			break
		}
	}
	if len(rest) < 3 || !strings.EqualFold(rest[:3], "if ") {
		return front
	}
	_, main, ok := strings.Cut(rest, ", then ")
	r, n := utf8.DecodeRuneInString(main)
	if !ok || !unicode.IsLetter(r) || countFields(stripTags(main)) < 2 {
		return front
	}
	return string(unicode.ToUpper(r)) + main[n:]
}

// commandLeadWords are the words of a line that leads on to the command
// under it and names no task of its own: "Run the following command:",
// "Install it with:", "Simply type this in your terminal:".
var commandLeadWords = map[string]bool{
	"run": true, "type": true, "execute": true, "enter": true, "install": true, "paste": true, "copy": true,
	"use": true, "using": true, "with": true, "via": true, "by": true, "the": true, "following": true,
	"this": true, "these": true, "it": true, "them": true, "command": true, "commands": true, "below": true,
	"in": true, "into": true, "your": true, "a": true, "terminal": true, "shell": true, "console": true,
	"prompt": true, "then": true, "now": true, "next": true, "just": true, "simply": true, "and": true,
	"you": true, "can": true, "also": true, "to": true, "as": true, "follows": true, "line": true,
	"code": true, "snippet": true, "script": true, "please": true, "first": true,
}

// noteLabels are the labels, in lower case, of a remark typed alone over
// the command it is about: "Note:" over "```bash" of "./deploy.sh --prod"
// asks nothing a student can answer.
var noteLabels = map[string]bool{"note": true, "notes": true, "nb": true, "n.b.": true}

// canLeads open a sentence that tells the reader what the command under
// it lets them do, "You can run the tests with this command:".
var canLeads = []string{"you can ", "you may ", "you could ", "we can ", "one can "}

// commandTails end a sentence that points at the command under it, "…
// with this command", in lower case.
var commandTails = []string{
	" with this command", " with the following command", " with the command below", " with these commands",
	" with the following commands", " using this command", " using the following command", " using the command below",
	" by running this command", " by running the following command",
}

// pointsAtCommand reports whether label, a card's front in lower case,
// only tells the reader they can do a task with the command under it,
// "you can run the tests with this command": the heading's card shows the
// line over its command. "To lint the code, run the following command"
// names the task it asks and stays.
func pointsAtCommand(label string) bool {
	return slices.ContainsFunc(canLeads, func(l string) bool { return strings.HasPrefix(label, l) }) &&
		slices.ContainsFunc(commandTails, func(t string) bool { return strings.HasSuffix(label, t) })
}

// commandLeadVerbs are the commandLeadWords that bid the reader run what
// follows; a line of commandLeadWords leads on to a command only with one
// of them: "Run:", "Install it with:", "Execute the command below:".
var commandLeadVerbs = map[string]bool{"run": true, "type": true, "execute": true, "enter": true, "install": true, "paste": true}

// commandLeadCard reports whether a card whose front is plain as plain
// text asks a line that only leads on to the command it answers with, its
// section before it or not: "Install dependencies: Run the following
// command" → a block of "npm install", "Install it with" → "pip install
// black". The line names no task, and the heading's card shows it over its
// command already. A line that names the task, "Install Node with:",
// stays, and so does a label of one word that may name a part, "Type"
// over "int -> int" or "Enter" over a key; "Run" alone and "Execute"
// alone lead on, and so does "Type" alone over a fence tagged as shell,
// "Type:" over "```bash" of "git config --global user.name …", which
// names no type.
func commandLeadCard(plain, back string) bool {
	label := strings.TrimRight(strings.TrimSpace(plain), ":： ")
	if i := strings.LastIndex(label, ": "); i >= 0 {
		label = label[i+2:] // "Install dependencies: Run the following command"
	}
	if i := strings.LastIndex(label, ". "); i >= 0 {
		label = label[i+2:] // "The linter checks style. Run the following command"
	}
	lower := strings.ToLower(label)
	if noteLabels[lower] || pointsAtCommand(lower) {
		return answersCommand(back) // "Note:" or "You can run the tests with this command:" over "npm test"
	}
	words := strings.Fields(lower)
	verb := false
	for _, w := range words {
		w = strings.Trim(w, ",;!")
		if !commandLeadWords[w] {
			return false
		}
		verb = verb || commandLeadVerbs[w] || w == "use" && len(words) > 1
	}
	if !verb || len(words) == 1 && words[0] != "run" && words[0] != "execute" && words[0] != "install" && (words[0] != "type" || !shellFence(back)) {
		return false
	}
	return answersCommand(back)
}

// shellFence reports whether back, a card's answer as HTML, opens with a
// fence tagged as shell, "<pre><code class="language-bash">" of "```bash";
// an untagged fence ("int -> int" under "Type:") may hold anything.
func shellFence(back string) bool {
	lang, ok := strings.CutPrefix(back, `<pre><code class="language-`)
	if !ok {
		return false
	}
	lang, _, ok = strings.Cut(lang, `"`)
	return ok && lang != "" && shellLangs[lang]
}

// answersCommand reports whether back, a card's answer as HTML, is a
// block of code alone whose first line is a shell command: "<pre><code>npm
// install</code></pre>". A prompt before it, "$ ", is no part of the
// command. A line of text is no command, though it may read as one: "RUN"
// asks "happens at build time" in a Dockerfile's notes.
func answersCommand(back string) bool {
	if !strings.HasPrefix(back, "<pre") || strings.Count(back, "<pre") != 1 || !strings.HasSuffix(back, "</pre>") {
		return false
	}
	text := strings.TrimSpace(html.UnescapeString(stripTags(back)))
	first, _, _ := strings.Cut(text, "\n")
	first = strings.TrimPrefix(strings.TrimSpace(first), "$ ")
	f := strings.Fields(first)
	return len(f) > 0 && (programName(f[0]) || programPath(f[0], len(f))) && shellCommand([]byte(first))
}
