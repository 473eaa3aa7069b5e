// Package extract turns Markdown study notes into flashcards.
//
// It walks the goldmark AST of a note and recognises the structures students
// actually write: headings with the content under them, lead-in lines followed by
// lists, parent bullets with nested children, "Term: definition" lines, numbered
// lists, tables and explicit Q/A. Each Card keeps its heading path and its source
// position. Parse also returns an Outline of the note for the cheat sheet and the
// lines that went into no card.
//
// extract imports no other package of this module.
package extract
