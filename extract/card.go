package extract

import "fmt"

// A Kind is the Anki note type a card becomes.
type Kind int

// The kinds of card.
const (
	Basic    Kind = iota // one card: Front → Back
	Reversed             // two cards: Front → Back and Back → Front
	Cloze                // Front holds {{cN::…}} deletions; Back is extra text
)

// String returns the kind's lower-case name, as used in JSON and GUIDs.
func (k Kind) String() string {
	switch k {
	case Reversed:
		return "reversed"
	case Cloze:
		return "cloze"
	}
	return "basic"
}

// A Pos is a place in a notes file.
type Pos struct {
	File string
	Line int // 1-based; 0 when unknown
}

// String formats p as file:line.
func (p Pos) String() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// A Card is one question/answer pair taken from a note.
type Card struct {
	Front, Back string   // safe HTML
	Context     []string // heading path, outermost first (plain text)
	Tags        []string // Anki tags, without spaces
	Kind        Kind
	Pos         Pos // where the card's text starts
	// Key, when set, is the front that identifies the card instead of
	// Front. A front that names its owner only because another heading has
	// the same part ("Metoprolol: SE" beside "Atenolol: SE") keeps the
	// identity of its bare part, "SE" under Metoprolol, so adding or
	// removing the other heading keeps the card's review history.
	Key string
	// ContextKey, when set, is the heading path that identifies the card
	// instead of Context, one level for each of Context's. A level a rule
	// only cleaned ("milgram experiments [^1]" shown as "milgram
	// experiments", "#Theorem Eigenspaces" as "Theorem Eigenspaces") keeps
	// there the text it had before, so every card under it keeps its
	// review history; the other levels are Context's.
	ContextKey []string
	// GUID, when set, is the card's GUID in the Anki exporters instead of
	// the one its key gives: the GUID it had in the previous build (see
	// exporters.KeepGUIDs). The extractor leaves it empty.
	GUID string
}

// A Media is a local file referenced by a note, packed with the deck.
type Media struct {
	Name string // the name cards use in <img src>: derived from the content
	Path string // the file on disk
	Data []byte
}

// A Warning is something worth telling the student that did not stop the build.
type Warning struct {
	Pos Pos
	Msg string
}

// String formats w as file:line: message.
func (w Warning) String() string { return w.Pos.String() + ": " + w.Msg }

// An Error is a problem in a notes file that stops its build.
type Error struct {
	Pos Pos
	Msg string
	Err error // the cause, if any
}

// Error formats e as file:line: message.
func (e *Error) Error() string {
	msg := e.Msg
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	if e.Pos.Line == 0 {
		return e.Pos.File + ": " + msg
	}
	return e.Pos.String() + ": " + msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Coverage tells which content lines of a note went into no card.
type Coverage struct {
	Lines     int   // content lines (not blank, not markup-only)
	Uncovered []Pos // content lines that no card uses
}

// A Deck is the cards of one notes file, with what the exporters need beside them.
type Deck struct {
	Name     string         // Anki deck name, levels joined by "::": front matter's deck, else Title
	NameLine int            // the line Name is written on, 0 when it comes from the file's name
	Title    string         // the H1 that opens the note, unless a sentence or "Overview"-like (see namesDeck), else its file name
	File     string         // the notes file
	Source   string         // File's path from the notes folder, slash-separated ("a/x.md"), for the Source field; "" means File's base name
	Tags     []string       // front matter tags
	Settings map[string]any // front matter keys the extractor does not use itself (e.g. cheatsheet)
	Cards    []Card
	Outline  []Block // the whole note, for the cheat sheet
	Media    []Media
	Coverage Coverage
	Warnings []Warning

	// SettingLines holds the file line of each key of Settings, and of each
	// key of a map in it as "cheatsheet.columns", for messages about them.
	SettingLines map[string]int
}
