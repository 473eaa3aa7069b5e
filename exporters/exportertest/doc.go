// Package exportertest is the conformance suite every exporter runs: Run
// exports sample decks (basic, reversed and cloze cards, Unicode, markup that
// must stay escaped, media, two decks, duplicate fronts), reads the output
// back with a format-specific ReadBack, and checks that every card arrives
// with its GUID, note type, deck, fields and tags.
package exportertest
