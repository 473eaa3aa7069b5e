// Command notes2deck turns Markdown study notes into an Anki deck (.apkg), an
// Anki-importable CSV and a printable PDF cheat sheet.
//
// Usage:
//
//	notes2deck build   [--out DIR] [--format apkg,csv,pdf] [--deck NAME] [--reverse] [--print-config] [PATH...]
//	notes2deck preview [--json] [PATH...]
//	notes2deck check   [--strict] [PATH...]
//	notes2deck watch   [build flags] [PATH...]
//	notes2deck init    [DIR]
//	notes2deck version
//
// A PATH is a .md file or a folder, searched recursively for *.md files (and
// the R Markdown and Quarto notes *.Rmd and *.qmd, unless a knitted .md of
// the same name is beside them; the copies a render leaves beside them, such
// as X.knit.md and X.html.md, are skipped, and of an X.Rmd beside an X.qmd
// of the same text only the X.qmd is read, with a warning) in sorted order; the default is notes/. Files and folders whose name starts
// with a dot, and the output folder, are skipped; so is, with a warning, a
// .md that is not a regular file (a named pipe, a device, a link to a missing
// file or a loop of links). A symbolic link to a folder, a PATH or one inside
// it, is read through it, unless its folder holds notes read already (a link
// to a folder above it, a loop, a folder linked twice): that link is skipped
// with a warning, as is a second name of a note read already (a link to a
// note of the folder, a hard link). "-" reads one note from
// standard input, named stdin; standard input that is empty or blank is
// refused. Flags may come before or after the PATHs.
//
// build writes to DIR (default out/) <name>.apkg, <name>.csv and <name>.pdf,
// where <name> is the file's stem for a file and the folder's name for a
// folder; --out - writes the single --format to standard output (apkg and
// pdf only when it is no terminal). Each notes
// file becomes one deck, named by its front matter "deck:", else the H1
// heading that opens it, else its file name. Outputs are written through a temporary file
// renamed into place, so a failed build leaves the previous ones as they were.
//
// preview lists the cards grouped by deck and heading path, each with its
// file:line; --json prints a JSON array with one object per card (deck, front,
// back, context, tags, kind, guid, source), whose GUIDs are the CSV's (but
// for a card whose twin came or went since the last build, which keeps the
// GUID the output folder's state remembers).
//
// check reports, each as file:line: level: message, lines that made no card
// and $ inside code (info), and duplicate fronts in a deck, empty sides,
// answers over 60 words, unbalanced clozes and extraction warnings such as
// missing images (warning); then a summary line per note with the share of
// its content lines that became cards. A note that cannot be read is an error.
//
// watch builds, then rebuilds 200 ms after the last change to a note under
// the PATHs (new subfolders included), printing the cards added, changed and
// removed. A failed rebuild prints its error and keeps the last good outputs.
// It stops on SIGINT or SIGTERM.
//
// init writes example.md, a note using every structure the extractor reads,
// and a commented notes2deck.yaml into DIR (default my-notes); it never
// overwrites a file.
//
// # Settings
//
// The flags of build may also be set in notes2deck.yaml, looked up in the
// folder of the first PATH, then in the current folder. Its keys are the flag
// names (out, format, deck, reverse, paper, columns, …); a relative out is
// taken from the file's folder. A flag given on the command line wins over the
// file, which wins over the default; build --print-config shows each setting
// and its source. A note's front matter (deck, tags, reverse, cheatsheet)
// applies to that note.
//
// # Output
//
// Status lines go to standard output (standard error under --out -);
// extraction warnings go to standard error as file:line: warning: message,
// as does one warning for each two notes files that give a card alike (the
// same front and back under the same headings in one deck), at the later
// card, naming the earlier one's line; and every error is one line naming the file, and the line when there is one.
// --quiet prints only errors, --verbose adds a line per card. Colour is used
// on a terminal only, and never when NO_COLOR is set; builds longer than a
// second show a progress bar on a terminal.
//
// # Exit codes
//
//	0  success
//	1  build error: a note, a file or the output folder is unusable
//	2  usage error: unknown command or flag, bad flag or setting value,
//	   an output folder in a system folder (/proc, /sys)
//	3  check --strict found warnings
//	130  interrupted by Ctrl-C (143: SIGTERM); outputs left as they were
//
// Limits, faults and card safety are described in docs/robustness.md.
package main
