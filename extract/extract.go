package extract

import (
	"bytes"
	"fmt"
	"html"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/text/unicode/norm"
)

// Options configure Parse. The zero value works.
type Options struct {
	Root       string // notes root: images must stay inside it; "" means the note's folder
	DeckPrefix string // parent deck for every note (--deck), levels joined by "::"
	Reverse    bool   // definitions become Reversed cards (also "reverse: true" in front matter)
	MaxBytes   int    // largest note accepted; 0 means DefaultMaxBytes
	MaxDepth   int    // deepest nesting of lists and quotes accepted; 0 means DefaultMaxDepth

	// IgnoreMissingMedia turns a missing image file into a Warning (the card
	// shows the image's alt text) instead of an *Error.
	IgnoreMissingMedia bool

	// SkipOutline leaves Deck.Outline nil, for callers that print no cheat
	// sheet: the outline costs a sixth of the extraction and as much memory
	// as the cards.
	SkipOutline bool

	// Unnamed says the note has no file name of its own (it was read from
	// standard input): the name Parse is given titles its deck but asks no
	// card, as a note's file name does (see openingCard).
	Unnamed bool

	chunkBytes int // least size of a chunk (see chunkStarts); 0 means chunkBytes
}

// Limits applied when Options leaves them zero.
const (
	DefaultMaxBytes = 64 << 20
	DefaultMaxDepth = 100
)

// MaxDeckName is the longest deck name a note's front matter or --deck may
// give, in characters: a deck name holds levels of a few words each, and a
// longer one is text pasted into the wrong place, which Anki would show
// whole in its deck list and which would fill the CSV's deck cell.
const MaxDeckName = 1000

// A parsed note: its source, its AST and a map from byte offsets to lines.
type parsed struct {
	file       string
	src        []byte // the Markdown body, front matter removed
	lineStart  []int  // byte offset where each line of src starts
	lineShift  int    // lines taken by front matter, added to every reported line
	doc        ast.Node
	opt        Options
	media      map[string]Media     // by path on disk
	images     map[string]string    // media name by image destination as written; "" when missing
	warnings   []Warning            // found before the walk (missing media)
	splits     *splitCache          // see splitLine
	plains     *plainCache          // see plain
	scratch    viewScratch          // see lineView; not shared by the note's chunks
	gloss      glossCache           // see italicGlossary; not shared by the note's chunks
	cond       condMemo             // see boldMayHoldCondition
	emph       inlineCursor         // see boldCondition
	ranges     [][2]int             // see takeRanges; not shared by the note's chunks
	nodes      []ast.Node           // see children; not shared by the note's chunks
	kids       kidMap               // the long blocks' inlines, see kidsIn; not shared by the note's chunks
	listHTML   map[*ast.List]string // rendered lists, see renderer.list
	content    []bool               // by file line: lines that carry text (markContent); shared by the note's chunks
	skipped    []bool               // by file line: lines that are not content (TOC, comments, skipped regions); shared
	hashtags   []hashtag            // the tags of the paragraphs of #tags alone seen so far (see tagLine)
	targetDeck string               // the first Obsidian_to_Anki TARGET DECK seen so far (see o2aSettings)
	targetLine int                  // the line of targetDeck
	hidden     map[ast.Node]bool    // top-level headings inside a <details> block (see hideDetailsHeadings)
	props      ast.Node             // the page's properties under its title (see propertyBlock)
	titleProps map[ast.Node]bool    // the fields under the note's later # titles (see titleFieldBlocks)
	vault      *vaultIndex          // the files under the notes root, for embeds; shared by the note's chunks
	closers    *closerIndex         // the custom elements the note closes, see placeholderTag; shared by the note's chunks
	o2aNotes   bool                 // the note has a line START: it may hold Obsidian_to_Anki notes
	pathCode   bool                 // the note holds code in a language of "::" paths (see codePath)
	pathProse  int8                 // 0 not yet known, 1 the note writes no "::" path of code in its text, 2 it does (see prosePath); not shared by the note's chunks
	ankiNotes  []int                // the body lines of the STARTs of the notes in code blocks fenced as "anki" (see ankiFences)
	noBreaks   bool                 // src holds no "<br" in any case: lines need not look for raw line breaks
	lettered   map[int]bool         // by line offset, the headings an outline letters, in a note cut into chunks (see chunkStarts)
	fileTitle  string               // the note's file name, the title of a note with no H1
	openTitle  string               // what the text opening a note with no H1 asks for (see openingCard)
	section    sectionMemo          // see comparedNames; not shared by the note's chunks
	named      linesMemo            // see paragraphLines; not shared by the note's chunks
	icons      map[int]string       // by line, the icon or bare number a term split skipped (see findSplit, bareNumberLen and iconKey)
	cueArrows  map[int][2]string    // by line, a cue and the arrow after it its card was once asked with (see sumCueArrow)
	argDashes  map[int]bool         // by line, the terms that end with a command's "-" argument, "cd -" (see findSplit and strayEnd)
	notes      map[string]bool      // the labels of the footnotes the note defines, lower-cased (see definesNote); nil when none
	noteLinks  map[string]bool      // the link reference definitions labelled like footnotes, "[^1]: https://…", by normalised label (see linked); nil when none
}

// Parse extracts the cards of one notes file. file names it in positions and
// errors; src is its content. An *Error reports input that cannot be used.
func Parse(file string, src []byte, opt Options) (Deck, error) {
	if opt.MaxBytes == 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.MaxDepth == 0 {
		opt.MaxDepth = DefaultMaxDepth
	}
	src, mark := strayUTF16Mark(src)
	if err := validate(file, src, opt); err != nil {
		return Deck{}, err
	}
	defer forgetPairs()
	src = rewriteNFC(src)
	fm, body, shift, err := splitFrontMatter(file, src)
	if err != nil {
		return Deck{}, err
	}
	if pluginPage(fm) || templatePage(body) || navPage(body) {
		body = nil // a Kanban board, a drawing, a template, a map of links: no study content
	}
	body, ankiNotes := ankiFences(wrappedNote(body))
	body = slideMarkup(dropInlineQueries(dropCursorMarks(unclosedRawTags(body))))
	body = shortcodes(spacedImagePaths(dedentPage(body))) // the front matter's text is no box
	body = glossaryFences(foamReferences(body))
	body = rowRemarks(itemAnswers(notionAsides(plusDelimiters(body))))
	body = pandocMarkup(underlinedTitles(mathArrows(formulaArrows(formulaEquals(formulaTexts(texMacros(ruleAfterDisplay(texDisplays(displayBlanks(body))))))))))
	body = statementHeadLines(colonDashLabels(gluedHashHeadings(equalsHeadings(headingUnderlines(itemTags(iconTitles(gluedCodeSpans(spacedBold(htmlBoldTerms(glyphBullets(letterBullets(letterLabels(gluedBullets(thresholdItems(body)))))))))))))))
	body = dropBlockIDs(logseqMarkup(logseqHeadings(bareBlocks(taskMarkers(srDelimiters(emptyChildBullets(equalsItems(emptyBullets(labelBullets(detailSections(htmlHeadings(orgHeadings(drillCards(promptCards(body)))))))))))))))
	if err := scanDepth(file, body, shift, opt.MaxDepth); err != nil {
		return Deck{}, err
	}
	p := &parsed{file: file, src: body, lineShift: shift, opt: opt, media: map[string]Media{}, images: map[string]string{}, vault: &vaultIndex{}, closers: &closerIndex{},
		o2aNotes: containsText(body, "START\n"), ankiNotes: ankiNotes, pathCode: pathCode(body), noBreaks: !mayHoldBreak(body), notes: definedNotes(body)}
	p.lineStart = lineStarts(body)

	d := Deck{File: file, Settings: map[string]any{}}
	if err := fm.apply(&d, &p.opt); err != nil {
		return Deck{}, err
	}
	// A conflict copy with no H1, "bio (1).md", is titled as its original:
	// its cards are twins of the original's, in one deck.
	// Composed, as the note's text is: a Mac's file name is decomposed, and
	// it titles, and so tags, the cards of a note with no H1.
	base, _ := CopiedName(CleanName(norm.NFC.String(strings.TrimSuffix(filepath.Base(file), filepath.Ext(file)))))
	p.fileTitle, p.openTitle = base, base
	if opt.Unnamed {
		p.openTitle = "" // "stdin" is no term the note's opening text answers
	}
	if t, ok := d.Settings["title"].(string); ok && namesDeck(strings.TrimSpace(t)) && !runsCode(t) {
		p.openTitle = plainTitle(strings.TrimSpace(t))
	}
	n, err := p.extractNote(base, d.Tags)
	if err != nil {
		return Deck{}, err
	}
	d.Title, d.Cards, d.Coverage, d.Warnings, d.Outline = plainDollars(n.title), n.cards, n.coverage, append(d.Warnings, n.warnings...), n.outline
	cardEmoji(d.Cards)
	d.Warnings = append(d.Warnings, ankiTags(d.Cards)...)
	d.Warnings = append(d.Warnings, dropDeletedTags(d.Cards)...)
	var huge []Warning
	d.Cards, huge = dropHugeCards(d.Cards)
	d.Warnings = append(d.Warnings, huge...)
	if fm.invalid != nil {
		d.Warnings = append([]Warning{*fm.invalid}, d.Warnings...)
	}
	if mark != nil {
		d.Warnings = append([]Warning{{Pos: Pos{File: file, Line: 1}, Msg: fmt.Sprintf("starts with a UTF-16 byte order mark (% X) "+
			"before UTF-8 text: the mark is ignored; delete it, as an editor that reads it shows the note garbled", mark)}}, d.Warnings...)
	}
	if d.Name == "" {
		d.Name, d.NameLine = n.deck, n.deckLine // Obsidian_to_Anki's TARGET DECK, if any
		if err := deckLength(d.Name, "TARGET DECK", Pos{File: file, Line: n.deckLine}); err != nil {
			return Deck{}, err
		}
	}
	titleLine := n.titleLine
	if d.Title == base || !namesDeck(d.Title) {
		// No H1, or "# Overview", which names a part of the note: its sheet
		// and deck take the title of its front matter, as Jekyll, Hugo and
		// Dendron read it, or the file's name.
		d.Title, titleLine = base, 0
		if t, ok := d.Settings["title"].(string); ok && namesDeck(strings.TrimSpace(t)) && !runsCode(t) {
			d.Title, titleLine = plainTitle(strings.TrimSpace(t)), d.SettingLines["title"]
			if n.title == base {
				titleContext(d.Cards, d.Title)
			}
		}
	}
	if d.Name == "" {
		d.Name, d.NameLine = d.Title, titleLine
	}
	if opt.DeckPrefix != "" {
		d.Name = opt.DeckPrefix + "::" + d.Name
	}
	d.Name, d.Title = norm.NFC.String(d.Name), norm.NFC.String(d.Title) // a file name or --deck in NFD
	for _, m := range p.media {
		d.Media = append(d.Media, m)
	}
	sort.Slice(d.Media, func(i, j int) bool { return d.Media[i].Name < d.Media[j].Name })
	return d, nil
}

// nfcAside is the size from which a note's NFC check runs beside its first
// rewrites, on another core, instead of before them.
const nfcAside = 64 << 10

// rewriteNFC returns src in NFC, its byte order mark dropped and its first
// rewrites done. "é" as "e" and a combining accent (a macOS file, text
// pasted from a PDF) is the same text as "é": Anki stores names and fields in
// NFC. The check reads a long note while the rewrites run, which are done
// again from the NFC text only when the note was not in NFC.
func rewriteNFC(src []byte) []byte {
	rewrite := func(src []byte) []byte {
		src = bytes.TrimPrefix(src, []byte("\uFEFF"))
		return mathPipes(texTextCommands(escapedBrackets(adFences(admonitions(contentTabs(unwrapLines(shortIndents(headedIndents(tabStops(bidiMarks(invisibleMarks(spaceNoncharacters(dropObjectMarks(normaliseNewlines(src)))))))))))))))
	}
	if len(src) < nfcAside {
		if !norm.NFC.IsNormal(src) {
			src = norm.NFC.Bytes(src)
		}
		return rewrite(src)
	}
	normal := make(chan bool, 1)
	go func() { normal <- norm.NFC.IsNormal(src) }()
	out := rewrite(src)
	if !<-normal {
		out = rewrite(norm.NFC.Bytes(src))
	}
	return out
}

// inlineCode opens the inline code that knitr and Quarto run when they
// render a note: R Markdown's "`r …`", Quarto's "`{r} …`" and "`{python} …`".
var inlineCode = []string{"`r ", "`{r}", "`{python}"}

// runsCode reports whether a front matter title holds inline code a render
// runs ("Week `r params$week`"): the title then shows what the code
// computes, which notes2deck cannot know, so it names no deck and no sheet
// (the deck was named "Week `r params$week`").
func runsCode(title string) bool {
	for _, c := range inlineCode {
		if strings.Contains(title, c) {
			return true
		}
	}
	return false
}

// plainTitle returns the title t of a note's front matter as the text it
// shows, as a "# heading" gives its text: "Notes on <i>AP Art History</i>"
// names the deck and the sheet "Notes on AP Art History", and "Q&amp;A"
// is "Q&A". A "<" that opens no tag, "a < b", stays.
func plainTitle(t string) string {
	if !strings.ContainsAny(t, "<&") {
		return t
	}
	t = outlineTag().ReplaceAllString(t, "")
	return strings.Join(strings.Fields(html.UnescapeString(t)), " ")
}

// NoteTooLarge is the error of the note file over the limit of maxBytes
// (0: DefaultMaxBytes), as Parse returns it. A reader that knows the file's
// size refuses it so before reading it, naming size; Parse, which sees only
// the bytes read, names none (size 0).
func NoteTooLarge(file string, size int64, maxBytes int) *Error {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	msg := "note too large"
	if size > int64(maxBytes) {
		msg += ": " + roundBytes(size)
	}
	return &Error{Pos: Pos{File: file}, Msg: msg + " (limit " + humanBytes(maxBytes) + ", see --max-note-size)"}
}

// binarySniff is how many bytes at the start of a note validate looks
// through for a NUL byte, as git does to tell a binary file.
const binarySniff = 8000

// validate refuses input that is not a text note, naming the first bad line.
func validate(file string, src []byte, opt Options) error {
	if len(src) > opt.MaxBytes {
		return NoteTooLarge(file, 0, opt.MaxBytes)
	}
	if utf8.Valid(src) && bytes.IndexByte(src, 0) < 0 {
		return nil // nothing to name: spare the scan by rune
	}
	if utf32Like(src) {
		return &Error{Pos: Pos{File: file, Line: 1}, Msg: "saved as UTF-32: save the note as UTF-8"}
	}
	if utf16Like(src) {
		return &Error{Pos: Pos{File: file, Line: 1}, Msg: `saved as UTF-16 (Windows Notepad's "Unicode"): save the note as UTF-8`}
	}
	// A NUL byte near the start is a binary file, as git and grep read it,
	// even when a byte that is not UTF-8 comes first: a PNG, JPEG or Word
	// file named ".md" was "invalid UTF-8: save the note as UTF-8".
	if k := bytes.IndexByte(src[:min(len(src), binarySniff)], 0); k >= 0 {
		return &Error{Pos: Pos{File: file, Line: rawLine(src, k)}, Msg: "binary data (NUL byte): not a Markdown note"}
	}
	for i := 0; i < len(src); {
		c := src[i]
		if c == 0 {
			return &Error{Pos: Pos{File: file, Line: rawLine(src, i)}, Msg: "binary data (NUL byte): not a Markdown note"}
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			return &Error{Pos: Pos{File: file, Line: rawLine(src, i)}, Msg: "invalid UTF-8: save the note as UTF-8"}
		}
		i += n
	}
	return nil
}

// rawLine returns the line of src, as yet unnormalised, that holds byte off,
// counting its line ends as normaliseNewlines reads them: LF, CRLF, a lone
// CR (a note saved on an old Mac) and the Unicode separators. Counting LF
// alone named line 1 for a bad byte anywhere in a note of lone CRs.
func rawLine(src []byte, off int) int {
	b := src[:off]
	return 1 + bytes.Count(b, []byte("\n")) + bytes.Count(b, []byte("\r")) - bytes.Count(b, []byte("\r\n")) +
		bytes.Count(b, []byte("\u2028")) + bytes.Count(b, []byte("\u2029"))
}

// strayUTF16Mark returns src without a UTF-16 byte order mark that opens
// a note whose text after it is UTF-8 of more than one line (two files
// joined, a script that wrote the mark and then UTF-8), and that mark; nil
// when src has none. UTF-16 text of two lines or more holds a NUL byte, as
// each newline is one, so the text after such a mark is no UTF-16. Read
// whole, such a note was "invalid UTF-8: save the note as UTF-8" at line 1,
// though the note is UTF-8.
func strayUTF16Mark(src []byte) ([]byte, []byte) {
	if len(src) < 2 || !(src[0] == 0xff && src[1] == 0xfe || src[0] == 0xfe && src[1] == 0xff) {
		return src, nil
	}
	rest := src[2:]
	if bytes.IndexByte(rest, '\n') < 0 || bytes.IndexByte(rest, 0) >= 0 || !utf8.Valid(rest) {
		return src, nil
	}
	return rest, src[:2]
}

// utf32Like reports whether src looks like UTF-32 text: after a UTF-32
// byte order mark ("\xff\xfe\x00\x00" little-endian, which opens as
// UTF-16's does, "\x00\x00\xfe\xff" big-endian), or without one, its
// first 1,024 characters each four bytes in one byte order, a code point
// not 0 and below 0x110000, and a line end among them. Such a note was
// "saved as UTF-16" with a mark, and "binary data (NUL byte)" without.
func utf32Like(src []byte) bool {
	if bytes.HasPrefix(src, []byte{0xff, 0xfe, 0, 0}) || bytes.HasPrefix(src, []byte{0, 0, 0xfe, 0xff}) {
		return true
	}
	n := min(len(src), 4096) &^ 3
	if n < 8 {
		return false
	}
	for _, big := range []bool{false, true} {
		if utf32Order(src[:n], big) {
			return true
		}
	}
	return false
}

// utf32Order reports whether every four bytes of src, read in one byte
// order (big-endian when big), are a code point other than 0, and one of
// them a line end.
func utf32Order(src []byte, big bool) bool {
	ends := 0
	for i := 0; i < len(src); i += 4 {
		b0, b1, b2, b3 := src[i], src[i+1], src[i+2], src[i+3]
		if big {
			b0, b1, b2, b3 = b3, b2, b1, b0
		}
		r := rune(b0) | rune(b1)<<8 | rune(b2)<<16 | rune(b3)<<24
		if r == 0 || r >= 0x110000 {
			return false
		}
		if r == '\n' {
			ends++
		}
	}
	return ends > 0
}

// utf16Like reports whether src looks like UTF-16 text: after a UTF-16
// byte order mark, or without one, a zero as the high byte of at least a
// quarter of its first 2,048 characters (ASCII and Latin letters, spaces
// and newlines are). Without a mark, text of other letters (Chinese,
// Cyrillic) has zeros only in its ASCII: see utf16Lines. Read as UTF-8,
// such a note is "invalid" or "binary data" at line 1, which does not tell
// the student what to change.
func utf16Like(src []byte) bool {
	high := -1 // the offset of the high byte in each pair: 1 little-endian, 0 big-endian
	switch {
	case bytes.HasPrefix(src, []byte{0xff, 0xfe}):
		src, high = src[2:], 1
	case bytes.HasPrefix(src, []byte{0xfe, 0xff}):
		src, high = src[2:], 0
	}
	n := min(len(src), 4096) &^ 1
	if n < 2 {
		return false
	}
	var zeros [2]int // pairs with a zero high byte, little- and big-endian
	for i := 0; i < n; i += 2 {
		if src[i+1] == 0 && src[i] != 0 {
			zeros[1]++
		}
		if src[i] == 0 && src[i+1] != 0 {
			zeros[0]++
		}
	}
	pairs := n / 2
	if high >= 0 {
		return 4*zeros[high] >= pairs
	}
	// Without a mark, ASCII text in UTF-16: every pair, one byte order.
	return zeros[0] == pairs || zeros[1] == pairs || utf16Lines(src[:n], zeros)
}

// utf16Lines reports whether src, read in pairs, holds text in UTF-16
// without a byte order mark whose letters are not ASCII ("# Биология",
// "- 渗透：…"): two line ends or more in one byte order ("\n\x00"
// little-endian, "\x00\n" big-endian), a zero as the high byte of at
// least four times as many pairs as the other way round (zeros counts
// them, big-endian first), and no pair of two zeros, which binary data
// holds. Such a note was "binary data (NUL byte): not a Markdown note", as
// a UTF-8 note holding a NUL byte before a newline still is.
func utf16Lines(src []byte, zeros [2]int) bool {
	var ends [2]int // line ends, big-endian and little-endian
	for i := 0; i+1 < len(src); i += 2 {
		switch {
		case src[i] == 0 && src[i+1] == 0:
			return false
		case src[i] == 0 && src[i+1] == '\n':
			ends[0]++
		case src[i] == '\n' && src[i+1] == 0:
			ends[1]++
		}
	}
	for high := range 2 {
		if ends[high] >= 2 && ends[1-high] == 0 && zeros[high] >= 4*zeros[1-high] {
			return true
		}
	}
	return false
}

// normaliseNewlines turns CRLF, lone CR and the Unicode line and paragraph
// separators into LF, each one line as the student's editor counts it.
func normaliseNewlines(src []byte) []byte {
	if bytes.IndexByte(src, '\r') >= 0 {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
		src = bytes.ReplaceAll(src, []byte("\r"), []byte("\n"))
	}
	return unicodeSeparators(src)
}

// unicodeSeparators turns each U+2028 LINE SEPARATOR and U+2029 PARAGRAPH
// SEPARATOR of src into LF. A Mac's text system (TextEdit, Pages, Bear, iA
// Writer) writes them for a soft return and shows each as a line break, and
// text pasted from Word or a PDF holds them; Markdown reads neither as the
// end of a line, so "# Chem\u2028## Atoms\u2028- Proton: positive" was one
// heading, the deck "Chem ## Atoms - Proton: positive", and no card.
func unicodeSeparators(src []byte) []byte {
	if !bytes.Contains(src, []byte("\u2028")) && !bytes.Contains(src, []byte("\u2029")) {
		return src
	}
	if bytes.IndexByte(src, '|') >= 0 {
		src = tableBreaks(src)
	}
	src = bytes.ReplaceAll(src, []byte("\u2028"), []byte("\n"))
	return bytes.ReplaceAll(src, []byte("\u2029"), []byte("\n"))
}

// lineStarts returns the byte offset where each line of src starts.
func lineStarts(src []byte) []int {
	starts := make([]int, 1, bytes.Count(src, []byte("\n"))+1)
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return starts
		}
		i += j + 1
		starts = append(starts, i)
	}
}

// line returns the 1-based line of the file that holds byte offset off of the body.
func (p *parsed) line(off int) int {
	// sort.Search for the first line that starts after off, without its calls.
	lo, hi := 0, len(p.lineStart)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if p.lineStart[m] > off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo + p.lineShift
}

// pos returns the position of byte offset off.
func (p *parsed) pos(off int) Pos { return Pos{File: p.file, Line: p.line(off)} }

func humanBytes(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.Itoa(n>>10) + " KiB"
	}
	return strconv.Itoa(n) + " bytes"
}

// CleanName returns a file name fit to be text in a deck, a tag or a field:
// its invalid UTF-8 becomes U+FFFD and its control characters spaces.
func CleanName(name string) string {
	if utf8.ValidString(name) && !strings.ContainsFunc(name, unicode.IsControl) {
		return name
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(name, "\uFFFD"))
}
