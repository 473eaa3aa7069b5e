// Package extract turns Markdown study notes into flashcards.
//
// It walks the goldmark AST of a note and recognises the structures students
// actually write: headings with the content under them, lead-in lines followed by
// lists, parent bullets with nested children, "Term: definition" lines (and
// " - ", " – ", " = ", "→", "：", bold terms), numbered lists, Markdown and
// HTML tables, and explicit cards: Q:/A: pairs, "Question :: Answer" (":::"
// for reversed), {{c1::cloze}} deletions and answers hidden in <details>.
// Each Card keeps its heading path and its source position. Parse also
// returns an Outline of the note for the cheat sheet and the lines that went
// into no card.
//
// Card sides are safe HTML: text is escaped, raw HTML keeps only a small
// allow-list of tags without attributes, links keep only http, https, mailto
// and relative URLs, and $…$ math becomes \(…\). Local images must stay inside
// the notes root; they are packed as Deck.Media under a name derived from
// their content.
//
// extract imports no other package of this module.
package extract
