// Package csv writes decks as a CSV file that Anki's importer (File → Import,
// Anki 2.1.55+) reads with no set-up: header lines name the separator, the
// columns, and which columns hold the note type, deck, tags and GUID.
//
// Rows carry the same GUIDs, note types, deck names, fields and tags as the
// .apkg, so importing either file updates notes the other created. The note
// types are the notes2deck ones (exporters.NotetypeName): Anki looks them up by
// name and skips the rows of a note type the collection lacks, so import the
// .apkg once first (it creates the note types). With a note type column Anki
// fills the note's fields from the remaining columns in order, which is why
// the field columns follow exporters.FieldNames. Every cell is quoted, since
// Anki's reader skips a line that starts with "#" as a comment, and a GUID
// can start with "#". A field (front, back, context, source) that starts
// with "=", "+", "-", "@", a tab or a carriage return, which a spreadsheet
// program would read as a formula, has that character written as an HTML
// character reference ("&#61;SUM(A1)"): Anki shows the same text, and a
// spreadsheet shows it as text. The other cells are written as Anki reads
// them (a deck name, a tag or a GUID may still start with one of those
// characters), so the file is meant for Anki, not for editing in a
// spreadsheet.
package csv
