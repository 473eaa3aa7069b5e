package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// maxOpeningBlocks is the most paragraphs of a note's opening text that
// answer its title (see openingCard).
const maxOpeningBlocks = 3

// openingCard makes the card of the text that opens a note with no H1
// title, before its first heading, when no card used it: an Obsidian note
// "Enzymes.md" opening with "Biological catalysts, highly specific;
// proteins." asks "Enzymes", as the student would ask it. The title is the
// note's front matter's, else its file name, and must name a term: a file
// named "2024-03-08" or "W1N1 - Introduction" asks nothing. body is the
// note's blocks before its first heading.
func (b *builder) openingCard(body []ast.Node) {
	t := b.p.openTitle
	if b.title != b.p.fileTitle || !openingTitle(t) {
		return
	}
	var text []ast.Node
	for _, n := range body {
		if len(text) == maxOpeningBlocks || !b.openingText(n, len(body) == 1) {
			if len(text) < maxOpeningBlocks && b.openingList(n) {
				// A list first, or after the prose that defines the
				// title: "In the **citric acid cycle**, acetyl CoA …"
				// over the cycle's numbered steps.
				text = append(text, n)
			}
			break
		}
		text = append(text, n)
	}
	if len(text) == 0 {
		return
	}
	if b.add(escapeText(t), b.p.blocksHTML(text), Basic, b.p.lineOf(text[0]), b.scope()) {
		b.cover(text...)
	}
}

// openingList reports whether n, the first block of a note with no H1
// title, is a list of points about the title, as an atomic note
// "Compiler.md" is written: "- Translate high level code into machine
// code" over "- Processes all code at once". It has two items or more, each
// one line with nothing under it (an item over a list of its own heads a
// part of the note, which a card of the whole would lump together; a term
// over its definition, as a printed glossary puts it, is asked term by
// term), most of them asked by no card of their own (a list of "Term:
// definition" lines or of questions is asked line by line already), and is
// no to-do list nor a list of links.
func (b *builder) openingList(n ast.Node) bool {
	l, ok := n.(*ast.List)
	if !ok || l.ChildCount() < 2 || isTaskList(n) || b.linksOnly([]ast.Node{n}) {
		return false
	}
	asked := 0
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		head := it.FirstChild()
		if head == nil {
			continue // "5." left blank: a step the student has yet to write
		}
		if head.NextSibling() != nil {
			return false // an item over its own list or paragraphs heads a part of the note
		}
		first, last := b.p.span(head)
		if first != last {
			return false // "1. Population" over its definition: a glossary, asked term by term
		}
		if b.covered.has(first) || b.p.skipped[first] {
			asked++
		}
	}
	return 2*asked < l.ChildCount()
}

// openingTitle reports whether t, a note's title from its file name or
// front matter, names a term a card may ask: a few words, not a
// placeholder such as "Untitled", "_index" or "Home", nor a dated or
// numbered name ("2024-03-08", "03 Enzymes", "Chapter 3", "W1N1 -
// Introduction"). A digit inside a term is fine: "Python 3", "IPv6",
// "COVID-19".
func openingTitle(t string) bool {
	t = strings.TrimLeft(t, "_")
	if !isTerm(t) || countFields(t) > 4 {
		return false
	}
	if lookupLower(sectionTitles, t) || lookupLower(placeholderTitles, t) {
		return false
	}
	words := strings.Fields(t)
	if lookupLower(documentKinds, words[len(words)-1]) {
		return false
	}
	for i, w := range words {
		if !strings.ContainsAny(w, "0123456789") {
			continue
		}
		if !strings.ContainsFunc(w, unicode.IsLetter) && (i == 0 || lookupLower(sequenceWords, words[i-1])) {
			return false // "2024-03-08", "03 Enzymes", "Chapter 3"
		}
		if digitRuns(w) > 1 && !strings.Contains(w, "-") {
			return false // "W1N1": a course's code for a lesson
		}
	}
	return true
}

// digitRuns counts the runs of digits in w: 2 in "W1N1", 1 in "IPv6".
func digitRuns(w string) int {
	runs, in := 0, false
	for _, r := range w {
		d := r >= '0' && r <= '9'
		if d && !in {
			runs++
		}
		in = d
	}
	return runs
}

// placeholderTitles are the names editors give a note before its author
// does, a site's or vault's front page, or a note that gathers whatever
// comes in, lower case.
var placeholderTitles = map[string]bool{"untitled": true, "note": true, "new note": true, "readme": true,
	"inbox": true, "scratch": true, "scratchpad": true, "draft": true, "journal": true, "home": true, "index": true}

// sequenceWords number a note in a course's sequence rather than name its
// subject, before a number: "Chapter 3", "Week 5", lower case.
var sequenceWords = map[string]bool{"chapter": true, "ch": true, "week": true, "lecture": true, "lesson": true,
	"unit": true, "part": true, "module": true, "day": true, "session": true, "lab": true, "section": true,
	"topic": true, "tutorial": true}

// documentKinds name the kind of a document, not its subject, as the last
// word of a note's title: "Biology Notes", "Midterm Review", "Exam Cheat
// Sheet" open with an introduction, which no card asks the title for;
// lower case.
var documentKinds = map[string]bool{"notes": true, "summary": true, "review": true, "revision": true,
	"guide": true, "sheet": true, "cheatsheet": true, "overview": true, "recap": true, "outline": true,
	"lecture": true}

// openingText reports whether n is prose that no card used, a paragraph or
// a quote of paragraphs (no callout), that says what the note's title is
// (see openingProse): "> Hooks are common pattern in frameworks where
// values change." alone says n is all the note has before its first
// heading.
func (b *builder) openingText(n ast.Node, alone bool) bool {
	switch n := n.(type) {
	case *ast.Paragraph:
	case *ast.Blockquote:
		if _, callout := b.p.calloutTitle(n.FirstChild()); callout {
			return false
		}
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if _, ok := c.(*ast.Paragraph); !ok {
				return false
			}
		}
	default:
		return false
	}
	first, last := b.p.span(n)
	for l := first; l > 0 && l <= last; l++ {
		if b.covered.has(l) || b.p.skipped[l] {
			return false
		}
	}
	return openingProse(strings.TrimSpace(b.p.plain(n, 0, everything)), alone)
}

// openingProse reports whether s, the plain text of a block that opens a
// note, says what the note's title is: prose, not a line that leads in
// ("Here are simple answers:"), labels the note ("_Author: Gustav_"), asks
// a question or stamps an edit. alone says the block is all the note has
// before its first heading: a sentence left without its full stop is its
// text then, and so is a short one, "[[Trenches]] that are formed near
// [[Volcanoes]]." in "Accretionary Wedge.md".
func openingProse(s string, alone bool) bool {
	if strings.HasSuffix(s, ":") || isRemark(s) || strings.ContainsAny(s, "?？") {
		return false // a question ("What is Closure?") is no answer
	}
	if first, _, _ := strings.Cut(s, " "); lookupLower(referringWords, first) {
		return false // "The last main section — and …" goes on from elsewhere
	}
	if editStamp(s) {
		return false // "Last edited by Sam on 3 March." is about the page, not its subject
	}
	if isProse(s) || countFields(s) >= 5 && strings.HasSuffix(s, "!") {
		return true
	}
	if !alone {
		return false
	}
	s = resolveWikilinks(s) // "[[Trenches]] that are formed …" opens with a capital
	return unstopped(s) || shortSentence(s)
}

// minShortSentence is the fewest words of a short sentence that defines a
// note's title alone (see shortSentence); isProse reads longer ones.
const minShortSentence = 5

// shortSentence reports whether s opens with a short sentence, one line of
// five or six words that opens with a capital and ends with its full stop,
// as an atomic note's definition is typed: "Trenches that are formed near
// Volcanoes." A line of fewer words ("Not done yet.") defines nothing.
func shortSentence(s string) bool {
	line, _, _ := strings.Cut(s, "\n")
	first, _ := utf8.DecodeRuneInString(line)
	return unicode.IsUpper(first) && strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "..") && countFields(line) >= minShortSentence
}

// unstopped reports whether s is a sentence its writer left without a full
// stop: one line of more than six words that opens with a capital and ends
// with a letter, as a note's lone definition is typed.
func unstopped(s string) bool {
	if countFields(s) <= 6 || strings.Contains(s, "\n") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsUpper(first) && unicode.IsLetter(last)
}

// editStamp reports whether s, a line that opens a note, stamps who changed
// the page or when, as wikis and shared documents do, rather than saying
// anything of its subject: "Last edited by Sam on 3 March.", "Updated on 2
// May". Its first word or two are one of stampKeys ("last edited",
// "updated"), followed by "by", "on" or "at", or by a number.
func editStamp(s string) bool {
	if len(s) > 80 {
		s = s[:80] // the stamp opens the line; spare splitting a long one
	}
	f := strings.Fields(s)
	for n := 1; n <= 2 && n < len(f); n++ {
		if !lookupLower(stampKeys, strings.Join(f[:n], " ")) {
			continue
		}
		next := f[n]
		if lookupLower(stampLinks, next) || next[0] >= '0' && next[0] <= '9' {
			return true
		}
	}
	return false
}

// stampLinks tie a time stamp's key to who made the change or when:
// "edited by Sam", "updated on 2 May", "created at 10:14".
var stampLinks = map[string]bool{"by": true, "on": true, "at": true}

// referringWords open a sentence about something named before it, which
// the note's title is not ("The", "This", "It", "Here", "I"), or about a
// part of something ("Some"), not what the title is; lower case.
var referringWords = map[string]bool{"the": true, "this": true, "these": true, "that": true, "those": true,
	"it": true, "its": true, "they": true, "there": true, "here": true, "i": true, "we": true, "my": true,
	"our": true, "so": true, "also": true, "some": true}

// maxAboutNotesWords is the longest text under a note's title that
// titleAboutNotes reads as one about the notes.
const maxAboutNotesWords = 40

// titleAboutNotes reports whether back, the answer of the heading h, is a
// short text under the note's title (an H1: a note may have several) that
// speaks of the notes themselves: "These are my notes from the "ChatGPT
// Prompt Engineering for Developers" course", "Welcome to my networking
// notes." (see aboutNotes). It says
// where the notes come from, not what the title means; the note's cards
// are below it.
func titleAboutNotes(h heading, back string) bool {
	if h.level != 1 || len(back) > 600 {
		return false
	}
	t := contextText(back)
	return countFields(t) <= maxAboutNotesWords && aboutNotes(t)
}
