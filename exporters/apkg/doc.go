// Package apkg writes decks as an Anki package: a zip holding a schema-11
// SQLite collection (collection.anki2), a media map and the media files, as
// described in shared/docs/anki-format.md.
//
// Every card Anki would generate is in the package (Anki's importer generates
// none). Notes carry stable GUIDs (exporters.GUIDs) and, with a State, a
// modification time that changes only when the note's content changes, so
// re-importing a package updates exactly the edited notes. The same input,
// Time and State give byte-identical packages.
//
// # Re-import
//
// Anki finds an imported note by its GUID and updates it only when the
// package's modification time (mod) is newer than its own copy's. Export
// therefore keeps, in a State that cmd stores as out/.notes2deck-state,
// each note's content hash and mod: an unchanged note keeps its old mod, so
// Anki leaves it (and any edit the user made to it) alone, and an edited one
// gets the build time. A note that disappeared from the notes is shipped once
// more, tagged notes2deck::deleted and with a newer mod, so the user can find
// and delete it (search "tag:notes2deck::deleted"); the next build forgets
// it. Without a State every note's mod is the build time.
//
// Note types have fixed ids (BasicID, ReversedID, ClozeID) and a mod that is
// bumped whenever the templates or CSS change, so Anki updates them too.
package apkg
