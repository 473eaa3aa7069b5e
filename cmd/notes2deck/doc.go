// Command notes2deck turns Markdown study notes into an Anki deck (.apkg), an
// Anki-importable CSV and a printable PDF cheat sheet.
//
// Usage:
//
//	notes2deck build [--out DIR] [--format apkg,csv,pdf] [--deck NAME] [PATH...]
//
// A PATH is a .md file or a folder, searched recursively for *.md files in
// sorted order; the default is notes/. Outputs go to DIR (default out/) as
// <name>.apkg, <name>.csv and <name>.pdf, where <name> is the file's stem for a
// file and the folder's name for a folder. Each notes file becomes one deck,
// named by its first H1 heading (else its file name).
//
// Exit codes: 0 success, 1 build error, 2 usage error, 3 findings under --strict.
package main
