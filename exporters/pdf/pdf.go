// Package pdf writes decks as a printable cheat sheet: the notes' content once,
// in order, in narrow columns on landscape pages, with bold terms, compact
// lists, tinted code and ruled tables. With Layout "cards" it prints the cards
// as a grid of flashcards instead, answers mirrored on the back for duplex
// printing.
//
// Fonts are embedded as TrueType subsets (DejaVu Sans Condensed and DejaVu
// Sans Mono unless other TrueType files are given). Hebrew and Arabic are
// drawn in visual order, Arabic in its joined forms (see bidi.go). The output is byte-stable:
// the same decks and options give the same bytes.
package pdf

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	_ "image/gif" // image.DecodeConfig reads the formats gofpdf reads
	_ "image/jpeg"
	_ "image/png"
	"io"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/jung-kurt/gofpdf"
	"github.com/notes2deck/notes2deck/exporters"
	"github.com/notes2deck/notes2deck/extract"
)

// Defaults used when an Exporter field is zero and the note's front matter
// does not set it.
const (
	DefaultColumns     = 3
	DefaultFontSize    = 7.5       // points
	DefaultMinFontSize = 5.5       // points
	DefaultMargin      = 72 / 2.54 // 1 cm in points
)

// Exporter writes the cheat sheet. The zero value works and gives an A4
// landscape sheet in 3 columns at 7.5 pt. A zero field falls back to the
// "cheatsheet:" block of the first deck's front matter (same names as the
// command's flags, e.g. "cheatsheet: {columns: 4, font-size: 7}"), then to the
// default.
type Exporter struct {
	Time        int64   // creation date, Unix seconds
	Paper       string  // "a4" or "letter"; "" means a4
	Orientation string  // "landscape" or "portrait"; "" means landscape
	Columns     int     // 1–6; 0 means DefaultColumns
	FontSize    float64 // body text size in points; 0 means DefaultFontSize
	MinFontSize float64 // smallest size Pages may shrink to; 0 means DefaultMinFontSize
	Margin      float64 // page margin in points; 0 means DefaultMargin
	Pages       int     // fit the sheet in this many pages by shrinking the font; 0 means no limit
	Font        string  // TrueType file for body text; "" means the embedded DejaVu Sans Condensed
	FontBold    string  // TrueType file for bold text; "" means Font if set, else DejaVu Sans Condensed Bold
	FontMono    string  // TrueType file for code; "" means the embedded DejaVu Sans Mono
	Layout      string  // "sheet" or "cards"; "" means sheet

	// Warn receives what the build should tell the student, such as
	// characters no font can show. Nil drops the warnings.
	Warn func(extract.Warning)
}

var _ exporters.Exporter = Exporter{}

// A config is an Exporter with every default and front-matter value applied.
type config struct {
	Exporter
	pageW, pageH float64       // points
	fm           *extract.Deck // the note whose front matter set the settings, if any
	fmFonts      []string      // the font files that front matter chose
	sizeSet      bool          // the user set the font size: the sheet never grows it (see grownSize)
}

// fontError names the note whose front matter chose the font file path,
// if one did, in err (nil stays nil).
func (c config) fontError(path string, err error) error {
	if err == nil || path == "" || !slices.Contains(c.fmFonts, path) {
		return err
	}
	key := "font"
	for i, p := range []string{c.Font, c.FontBold, c.FontMono} {
		if p == path {
			key = []string{"font", "font-bold", "font-mono"}[i]
			break
		}
	}
	return settingError(*c.fm, key, err)
}

// A fieldError is a bad setting of the sheet, named as in front matter
// ("columns", "font-size").
type fieldError struct {
	key string
	msg string
}

func (e *fieldError) Error() string { return e.msg }

// settingError is err, a bad value of the "cheatsheet:" front matter of d,
// at the line of the option err names, else of "cheatsheet:".
func settingError(d extract.Deck, key string, err error) error {
	if fe, ok := err.(*fieldError); ok {
		key = fe.key
	}
	line, ok := 0, false
	for k, l := range d.SettingLines {
		if strings.EqualFold(k, "cheatsheet."+key) {
			line, ok = l, true
			break
		}
	}
	if !ok {
		line = cmp.Or(d.SettingLines["cheatsheet"], 1)
	}
	return &extract.Error{Pos: extract.Pos{File: d.File, Line: line}, Msg: "front matter: cheatsheet: " + err.Error()}
}

// Export writes decks as one PDF.
func (e Exporter) Export(w io.Writer, decks []extract.Deck) error {
	cfg, err := e.resolve(decks)
	if err != nil {
		return err
	}
	decks, cut := cutLongLines(decks)
	s, err := newSheet(cfg, decks)
	if err != nil {
		return err
	}
	decks = s.blankHeadings(decks)
	s.warnings = append(cut, s.warnings...)
	if len(s.images) == 0 {
		// Pages go to w as they are drawn (see pageZip).
		s.out = &countWriter{w: bufio.NewWriterSize(w, 64<<10)}
	}
	if cfg.Layout == "cards" {
		if err := s.ready(); err != nil {
			return err
		}
		s.cards(decks)
	} else if err := s.fit(decks); err != nil {
		return err
	}
	if e.Warn != nil {
		for _, wn := range s.warnings {
			e.Warn(wn)
		}
		for _, wn := range s.glyphWarnings() {
			e.Warn(wn)
		}
		for _, wn := range s.scriptWarnings() {
			e.Warn(wn)
		}
	}
	return s.output(w)
}

// output finishes the PDF and writes it to w, after the pages already
// written to s.out, if any.
func (s *sheet) output(w io.Writer) error {
	s.finishPage()
	pages, lens, err := s.zip.wait()
	if err != nil {
		return fmt.Errorf("write PDF: %w", err)
	}
	s.registerChars()
	// Drop the drawing's buffers before gofpdf subsets and compresses the fonts.
	sent := s.zip.sent
	s.zip, s.page, s.drawn = nil, nil, [nFonts][]bool{}
	s.textBuf, s.textSpare, s.pending, s.pager = nil, nil, nil, pager{}
	s.arena, s.wordArena, s.lineArena, s.runs, s.opChunk = nil, nil, nil, nil, nil
	var buf bytes.Buffer
	if err := s.gofpdfOutput(&buf); err != nil {
		return err
	}
	out := s.out
	if out == nil {
		out = &countWriter{w: bufio.NewWriterSize(w, 64<<10)}
	}
	forms := formObjects{forms: s.footers.split(), w: s.cfg.pageW, h: s.cfg.pageH}
	s.footers = footerData{}
	if err := deflate(out, buf.Bytes(), pages, lens, sent, forms); err != nil {
		return fmt.Errorf("write PDF: %w", err)
	}
	return nil
}

// gofpdfOutput has gofpdf write the document into buf, with the subsets of
// the fonts. gofpdf reads the glyphs of a font as its tables say, unchecked:
// a damaged font that parseTTF let through makes it panic, which is an
// error naming the font files.
func (s *sheet) gofpdfOutput(buf *bytes.Buffer) (err error) {
	defer func() {
		if r := recover(); r != nil {
			var files []string
			for _, f := range []string{s.cfg.Font, s.cfg.FontBold, s.cfg.FontMono} {
				if f != "" && !slices.Contains(files, f) {
					files = append(files, f)
				}
			}
			err = fmt.Errorf("write PDF: %v", r)
			if len(files) > 0 {
				err = s.cfg.fontError(files[0], fmt.Errorf("font %s is damaged (%v)", strings.Join(files, " or "), r))
			}
		}
	}()
	if err := s.pdf.Output(buf); err != nil {
		return fmt.Errorf("write PDF: %w", err)
	}
	return nil
}

// Check reports the first setting of e that is out of range, and a font
// file that cannot be read or is damaged, before any note is laid out: a
// bad option is the user's to fix, not a failed build. The notes' front
// matter is checked when they are exported.
func (e Exporter) Check() error {
	if _, err := e.resolve(nil); err != nil {
		return err
	}
	for i, path := range []string{e.Font, e.FontBold, e.FontMono} {
		if path == "" {
			continue
		}
		if _, err := loadFace(path, "", nil); err != nil {
			return &fieldError{[]string{"font", "font-bold", "font-mono"}[i], err.Error()}
		}
	}
	return nil
}

// Setting returns the setting that err, an error of Check, is about, named
// as in front matter ("font-size", "layout", "font-bold"), or "" when err
// names none.
func Setting(err error) string {
	if fe, ok := err.(*fieldError); ok {
		return fe.key
	}
	return ""
}

// CheckDeck returns the error that Export would give for the "cheatsheet:"
// front matter of d, set on its own with the settings of e: an
// *extract.Error at the line of the bad option. A note without one gives
// nil.
func (e Exporter) CheckDeck(d extract.Deck) error {
	if _, ok := d.Settings["cheatsheet"]; !ok {
		return nil
	}
	c, err := e.resolve([]extract.Deck{d})
	if err != nil {
		return err
	}
	for _, path := range c.fmFonts {
		if _, err := loadFace(path, "", nil); err != nil {
			return c.fontError(path, err)
		}
	}
	return nil
}

// resolve applies front matter and defaults, and checks the values. A bad
// value names the note whose front matter set the sheet's settings, at the
// line of the option (the command line's values were checked before, see
// Check). An empty "cheatsheet:" sets nothing.
func (e Exporter) resolve(decks []extract.Deck) (config, error) {
	for _, d := range decks {
		fm, ok := d.Settings["cheatsheet"]
		if !ok || fm == nil {
			continue
		}
		before := e
		if key, err := e.applySettings(fm); err != nil {
			return config{}, settingError(d, key, err)
		}
		c, err := e.defaults()
		if err != nil {
			return c, settingError(d, "", err)
		}
		c.fm = &d
		for i, path := range []string{e.Font, e.FontBold, e.FontMono} {
			if path != "" && []string{before.Font, before.FontBold, before.FontMono}[i] == "" {
				c.fmFonts = append(c.fmFonts, path)
			}
		}
		return c, nil
	}
	return e.defaults()
}

// defaults fills in the settings e leaves unset and checks them all.
func (e Exporter) defaults() (config, error) {
	c := config{Exporter: e}
	if c.Paper == "" {
		c.Paper = "a4"
	}
	if c.Orientation == "" {
		c.Orientation = "landscape"
	}
	if c.Layout == "" {
		c.Layout = "sheet"
	}
	if c.Columns == 0 {
		c.Columns = DefaultColumns
	}
	c.sizeSet = c.FontSize != 0
	if c.FontSize == 0 {
		c.FontSize = DefaultFontSize
	}
	if c.MinFontSize == 0 {
		c.MinFontSize = min(DefaultMinFontSize, c.FontSize)
	}
	if c.Margin == 0 {
		c.Margin = DefaultMargin
	}
	switch strings.ToLower(c.Paper) {
	case "a4":
		c.pageW, c.pageH = 595.28, 841.89
	case "letter":
		c.pageW, c.pageH = 612, 792
	default:
		return c, &fieldError{"paper", fmt.Sprintf("paper %q: want a4 or letter", c.Paper)}
	}
	switch strings.ToLower(c.Orientation) {
	case "landscape":
		c.pageW, c.pageH = c.pageH, c.pageW
	case "portrait":
	default:
		return c, &fieldError{"orientation", fmt.Sprintf("orientation %q: want landscape or portrait", c.Orientation)}
	}
	switch {
	case c.Layout != "sheet" && c.Layout != "cards":
		return c, &fieldError{"layout", fmt.Sprintf("layout %q: want sheet or cards", c.Layout)}
	case c.Columns < 1 || c.Columns > 6:
		return c, &fieldError{"columns", fmt.Sprintf("columns %d: want 1 to 6", c.Columns)}
	case c.FontSize < 3 || c.FontSize > 24:
		return c, &fieldError{"font-size", fmt.Sprintf("font size %g pt: want 3 to 24", c.FontSize)}
	case c.MinFontSize < 3 || c.MinFontSize > c.FontSize:
		return c, &fieldError{"min-font-size", fmt.Sprintf("minimum font size %g pt: want 3 to the font size (%g pt)", c.MinFontSize, c.FontSize)}
	case c.Margin < 0 || c.Margin > min(c.pageW, c.pageH)/4:
		return c, &fieldError{"margin", fmt.Sprintf("margin %.1f pt: want 0 to a quarter of the page", c.Margin)}
	case c.Pages < 0:
		return c, &fieldError{"pages", fmt.Sprintf("pages %d: want 0 (no limit) or more", c.Pages)}
	}
	return c, nil
}

// applySettings fills zero fields from a front-matter "cheatsheet:" map. A
// bad option gives its key and the error.
func (e *Exporter) applySettings(v any) (string, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return "", fmt.Errorf("want options on the lines below it (such as \"  columns: 4\"), got %s", extract.ValueKind(v))
	}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		val := m[k]
		var err error
		switch strings.ToLower(k) {
		case "paper":
			err = setString(&e.Paper, val)
		case "orientation":
			err = setString(&e.Orientation, val)
		case "layout", "pdf-layout":
			err = setString(&e.Layout, val)
		case "font":
			err = setString(&e.Font, val)
		case "font-bold":
			err = setString(&e.FontBold, val)
		case "font-mono":
			err = setString(&e.FontMono, val)
		case "columns":
			err = setInt(&e.Columns, val, "1 to 6")
		case "pages":
			err = setInt(&e.Pages, val, "1 or more")
		case "font-size":
			err = setFloat(&e.FontSize, val, "3 to 24")
		case "min-font-size":
			err = setFloat(&e.MinFontSize, val, "3 to the font size")
		case "margin":
			switch val.(type) {
			case string, int, float64:
				if e.Margin == 0 {
					var pt float64
					pt, err = ParseLength(fmt.Sprint(val))
					e.Margin = pt
				}
			default:
				err = fmt.Errorf("want a length such as 1cm, got %s", extract.ValueKind(val))
			}
		default:
			err = fmt.Errorf("unknown option (want paper, orientation, columns, font-size, min-font-size, margin, pages, font, font-bold, font-mono or layout)")
		}
		if err != nil {
			return k, fmt.Errorf("%s: %w", k, err)
		}
	}
	return "", nil
}

func setString(dst *string, v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("want text, got %s", extract.ValueKind(v))
	}
	if *dst == "" {
		*dst = s
	}
	return nil
}

// setInt sets *dst, if zero, to v, a whole number above 0 (as the flag
// wants, want): 0 is no value. A whole number YAML reads as a float
// ("pages: 1e3", "columns: 3.0") is that number.
func setInt(dst *int, v any, want string) error {
	n, ok := v.(int)
	if f, isFloat := v.(float64); isFloat && f == math.Trunc(f) && math.Abs(f) < 1<<31 {
		n, ok = int(f), true
	}
	switch {
	case !ok && !isNumber(v):
		return fmt.Errorf("want %s, got %s", want, extract.ValueKind(v))
	case !ok || n < 1:
		return fmt.Errorf("want %s, got %v", want, v)
	}
	if *dst == 0 {
		*dst = n
	}
	return nil
}

// setFloat sets *dst, if zero, to v, a number above 0 (as the flag wants,
// want): 0 is no value. YAML's ".nan" and ".inf" are refused here: NaN
// passed every range check after it, and the sheet's text was set at
// "NaN Tf", a size no PDF reader draws.
func setFloat(dst *float64, v any, want string) error {
	var f float64
	switch n := v.(type) {
	case int:
		f = float64(n)
	case float64:
		f = n
	case string:
		return fmt.Errorf("want a number, %s, got %v", want, v)
	default:
		return fmt.Errorf("want a number, %s, got %s", want, extract.ValueKind(v))
	}
	if !(f > 0) || math.IsInf(f, 0) {
		return fmt.Errorf("want %s, got %v", want, v)
	}
	if *dst == 0 {
		*dst = f
	}
	return nil
}

// isNumber reports whether v is a number as YAML reads one.
func isNumber(v any) bool {
	switch v.(type) {
	case int, int64, uint64, float64:
		return true
	}
	return false
}

// ParseLength reads a length such as "1cm", "0.5in", "10mm" or "12pt" and
// returns it in points. A bare number is in points.
func ParseLength(s string) (float64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	unit := 1.0
	for _, u := range []struct {
		suffix string
		pt     float64
	}{{"mm", 72 / 25.4}, {"cm", 72 / 2.54}, {"in", 72}, {"pt", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, unit = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.pt
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, fmt.Errorf("length %q: want a number with a unit: mm, cm, in or pt (e.g. 1cm)", s)
	}
	return v * unit, nil
}

// A sheet is one PDF being laid out and drawn.
type sheet struct {
	cfg   config
	pdf   *gofpdf.Fpdf
	faces [nFonts]*face
	// boldFace holds the faces that are bold; bold text in another face,
	// one that lacks a bold of its own, is drawn thicker (see text).
	boldFace [nFonts]bool

	// Page geometry and text metrics at the current size, in points.
	size, lh         float64
	cols             int
	colW, colH, gap  float64
	top, left        float64
	headerH, footerH float64

	titles       []textLine     // each deck's title, for the page headers
	drawn        [nFonts][]bool // characters drawn so far, by font
	fontIDs      [nFonts]string // gofpdf's resource names of the fonts, after "/F"
	imageIDs     map[string]string
	page         []byte // the content stream of the page being drawn
	pageOpen     bool
	gstate       pageState
	zip          *pageZip
	out          *countWriter // where the pages go as they are drawn, if not nil
	fontsAdded   chan error   // gofpdf has parsed the fonts
	fontsErr     error
	arena        []part // the parts of the words of the block being laid out
	wordArena    []word // the words of the block being laid out
	lineArena    []textLine
	runs         []run      // the runs of the lines of the block being laid out
	footers      footerData // the content of each page's footer (see draw)
	opChunk      []op       // where newOps takes the rows' ops from
	partWidths   []float64  // countLines' widths of the parts of a word
	textBuf      []byte     // the text of the runs laid out, and image names
	textKeep     int        // textBuf's first textKeep bytes are labels every page draws
	textSpare    []byte     // the other text buffer compactText switches to
	pending      []row      // rows laid out, not yet given to the pager
	chainTop     int        // pending[:chainTop+1] are kept together (see flushRows); -1 for none
	counting     bool       // laying out only to count pages: rows without ops or text
	pager        pager
	images       map[string]imageInfo
	replacement  string // drawn for a character no font has
	replaceFont  fontID // the face that draws replacement
	missing      map[rune]bool
	missingOrder []missingRune
	scripts      []*scriptUse // text printed by its script's name (see namedScripts)
	noHangul     bool         // the CJK font the sheet took has no Hangul: Korean is named, "[Korean text]"
	warnings     []extract.Warning
}

// An imageInfo is an image registered with the PDF.
type imageInfo struct {
	name string
	w, h float64 // pixels
}

// newSheet loads the fonts and images and starts the PDF.
func newSheet(cfg config, decks []extract.Deck) (*sheet, error) {
	auto, korean := false, false // the font is this machine's CJK font, taken for a Korean note
	if cfg.Font == "" && decksHave(decks, hasCJK) {
		// The embedded fonts have no Chinese, Japanese or Korean: a font
		// of this machine's that has them prints the note, not "�".
		korean = mostlyKorean(decks)
		cfg.Font = systemCJKFont(korean)
		auto = cfg.Font != ""
	}
	s := &sheet{cfg: cfg, cols: cfg.Columns, images: map[string]imageInfo{}, missing: map[rune]bool{}}
	loadFace := func(path, embeddedName string, embedded []byte) (*face, error) {
		f, err := loadFace(path, embeddedName, embedded)
		return f, cfg.fontError(path, err)
	}
	var err error
	if s.faces[fRegular], err = loadFace(cfg.Font, "DejaVuSansCondensed", dejaVuRegular); err != nil {
		return nil, err
	}
	switch {
	case cfg.FontBold != "":
		s.faces[fBold], err = loadFace(cfg.FontBold, "", nil)
	case cfg.Font != "":
		s.faces[fBold] = s.faces[fRegular]
	default:
		s.faces[fBold], err = newFace("DejaVuSansCondensed-Bold", dejaVuBold)
	}
	if err != nil {
		return nil, err
	}
	if cfg.Font != "" {
		s.faces[fItalic] = s.faces[fRegular]
	} else if s.faces[fItalic], err = newFace("DejaVuSansCondensed-Oblique", dejaVuItalic); err != nil {
		return nil, err
	}
	if s.faces[fMono], err = loadFace(cfg.FontMono, "DejaVuSansMono", dejaVuMono); err != nil {
		return nil, err
	}
	if cfg.Font != "" {
		if s.faces[fFallback], err = newFace("DejaVuSansCondensed", dejaVuRegular); err != nil {
			return nil, err
		}
		if cfg.FontBold == "" {
			if s.faces[fFallbackBold], err = newFace("DejaVuSansCondensed-Bold", dejaVuBold); err != nil {
				return nil, err
			}
		}
	}
	if auto {
		if err := s.addCJKFaces(decks, korean); err != nil {
			return nil, err
		}
	}
	// A --font without --font-bold, as a CJK font without a bold face, is
	// the face of both weights: bold text in it is drawn thicker, as it is
	// in a regular face it falls back to for a character the bold one lacks.
	s.boldFace[fBold] = s.faces[fBold] != s.faces[fRegular]
	s.boldFace[fFallbackBold] = true
	s.boldFace[fCJKBold] = true
	s.replacement, s.replaceFont = replacement(s.faces)
	// Debian's Droid fallback, the CJK font most machines have, has three
	// Hangul syllables: "한국어" in a line of translations printed "���"
	// where no Hangul font stands behind it.
	s.noHangul = auto && !s.faces[fRegular].has('한') && (s.faces[fCJK] == nil || !s.faces[fCJK].has('한'))

	orient := "L"
	if cfg.pageW < cfg.pageH {
		orient = "P"
	}
	p := gofpdf.NewCustom(&gofpdf.InitType{OrientationStr: orient, UnitStr: "pt", Size: gofpdf.SizeType{Wd: min(cfg.pageW, cfg.pageH), Ht: max(cfg.pageW, cfg.pageH)}})
	p.SetCatalogSort(true)
	p.SetCompression(false) // see deflate
	when := time.Unix(cfg.Time, 0).UTC()
	p.SetCreationDate(when)
	p.SetModificationDate(when)
	p.SetProducer("notes2deck", false)
	p.SetCreator("notes2deck", false)
	p.SetTitle(textString(sheetTitle(decks)), false)
	p.SetSubject(textString("Cheat sheet of "+deckFiles(decks)), false)
	p.SetAutoPageBreak(false, 0)
	p.SetMargins(0, 0, 0)
	p.SetCellMargin(0)
	s.pdf = p
	s.gstate = newPageState()
	// gofpdf parses the fonts while the sheet is laid out.
	s.fontsAdded = make(chan error, 1)
	faces := s.faces
	go func() { s.fontsAdded <- addFonts(p, faces, cfg) }()
	if hasKind(decks, extract.Image) {
		// Images go to gofpdf after the fonts, and layout needs their sizes.
		if err := s.waitFonts(); err != nil {
			return nil, err
		}
		s.loadImages(decks)
	}
	return s, nil
}

// addCJKFaces completes the CJK font the sheet took for a note in Chinese,
// Japanese or Korean, cfg.Font. Its bold face, where this machine has one,
// draws bold text, not the regular outline stroked. The second CJK font of
// this machine (see secondCJKFont) draws the characters the first lacks,
// where the note has some: NanumGothic, taken for a Korean note, has no
// simplified Chinese ("苹果" printed "?果"), and Droid Sans Fallback, taken
// for a Chinese or Japanese one, three Hangul syllables (Korean printed as
// "[Korean text]"). Its bold face draws its bold text.
func (s *sheet) addCJKFaces(decks []extract.Deck, korean bool) error {
	if bold := cjkBoldFont(s.cfg.Font); bold != "" {
		f, err := loadFace(bold, "", nil)
		if err != nil {
			return err
		}
		s.faces[fBold] = f
	}
	path := secondCJKFont(korean, s.cfg.Font)
	if path == "" || !decksHave(decks, s.lacksCJK) {
		return nil
	}
	second, err := loadFace(path, "", nil)
	if err != nil {
		return err
	}
	s.faces[fCJK] = second
	if bold := cjkBoldFont(path); bold != "" {
		if s.faces[fCJKBold], err = loadFace(bold, "", nil); err != nil {
			return err
		}
	}
	if !s.faces[fRegular].has('한') && second.has('한') {
		for _, f := range []fontID{fRegular, fBold} {
			s.faces[f].hide(0x1100, 0x11FF)
			s.faces[f].hide(0x3130, 0x318F)
			s.faces[f].hide(0xAC00, 0xD7AF)
		}
	}
	return nil
}

// lacksCJK reports whether text holds a Chinese, Japanese or Korean
// character or sign that the body font lacks.
func (s *sheet) lacksCJK(text string) bool {
	return hasRuneOver(text, 0xE1, cjkLeads, func(r rune) bool {
		return breaksAround(r) && !s.faces[fRegular].has(r)
	})
}

// replacement returns what the sheet draws for a character no face has, and
// the face that draws it: "\uFFFD", else "?", of the body font, else of the
// embedded one behind it. A CJK font such as Droid Sans Fallback has
// neither: drawn in it, the "?" had no width and was printed, a box, over
// the text after it.
func replacement(faces [nFonts]*face) (string, fontID) {
	for _, id := range []fontID{fRegular, fFallback} {
		for _, rep := range []rune{'\uFFFD', '?'} {
			if f := faces[id]; f != nil && f.has(rep) {
				return string(rep), id
			}
		}
	}
	return "?", fRegular
}

// addFonts gives gofpdf the faces. gofpdf parses a font as its tables say,
// unchecked: a damaged font that parseTTF let through makes it panic, which
// is an error naming the font. (It runs beside the layout: a panic there
// could not be recovered anywhere else.)
func addFonts(p *gofpdf.Fpdf, faces [nFonts]*face, cfg config) (err error) {
	var f *face
	defer func() {
		if r := recover(); r != nil {
			err = cfg.fontError(f.name, fmt.Errorf("font %s is damaged (%v)", f.name, r))
		}
	}()
	for id := range faces {
		if f = faces[id]; f != nil {
			p.AddUTF8FontFromBytes(family[id], "", f.data)
		}
	}
	if err := p.Error(); err != nil {
		return fmt.Errorf("load fonts: %w", err)
	}
	return nil
}

// waitFonts waits for gofpdf to have the fonts.
func (s *sheet) waitFonts() error {
	if s.fontsAdded == nil {
		return s.fontsErr
	}
	s.fontsErr = <-s.fontsAdded
	s.fontsAdded = nil
	return s.fontsErr
}

// ready waits for gofpdf to have the fonts and reads their names, before
// the first page is drawn.
func (s *sheet) ready() error {
	if err := s.waitFonts(); err != nil {
		return err
	}
	return s.resourceNames()
}

// hasKind reports whether an outline holds a block of kind k.
func hasKind(decks []extract.Deck, k extract.BlockKind) bool {
	var walk func([]extract.Block) bool
	walk = func(bs []extract.Block) bool {
		for _, b := range bs {
			if b.Kind == k || walk(b.Blocks) {
				return true
			}
			for _, it := range b.Items {
				if walk(it.Blocks) {
					return true
				}
			}
		}
		return false
	}
	for _, d := range decks {
		if walk(d.Outline) {
			return true
		}
	}
	return false
}

// sheetTitle is the PDF title: the deck titles.
func sheetTitle(decks []extract.Deck) string {
	var titles []string
	for _, d := range decks {
		titles = append(titles, d.Title)
	}
	switch {
	case len(titles) == 0:
		return "Cheat sheet"
	case len(titles) > 3:
		return strings.Join(titles[:3], " · ") + fmt.Sprintf(" and %d more", len(titles)-3)
	}
	return strings.Join(titles, " · ")
}

// textString returns s as a PDF text string: UTF-16BE after a byte order
// mark. gofpdf's own conversion writes a character beyond U+FFFF as one
// broken code unit, not as a surrogate pair: "𝔸lgebra" was "ݔ¸lgebra" in a
// viewer's title bar.
func textString(s string) string {
	b := []byte{0xFE, 0xFF}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return string(b)
}

// deckFiles names the notes files of decks.
func deckFiles(decks []extract.Deck) string {
	var files []string
	for _, d := range decks {
		// The file name alone: the path as typed would make the sheet depend
		// on where the build ran from, and show the student's folders.
		files = append(files, extract.CleanName(filepath.Base(filepath.FromSlash(d.File))))
	}
	if len(files) > 3 {
		return fmt.Sprintf("%s and %d more notes", strings.Join(files[:3], ", "), len(files)-3)
	}
	return strings.Join(files, ", ")
}

// loadImages registers every local image of the outlines with the PDF, from
// the deck's media when the extractor loaded it, else from disk.
func (s *sheet) loadImages(decks []extract.Deck) {
	for _, d := range decks {
		media := map[string][]byte{}
		for _, m := range d.Media {
			media[m.Path] = m.Data
		}
		var walk func([]extract.Block)
		walk = func(bs []extract.Block) {
			for _, b := range bs {
				walk(b.Blocks)
				for _, it := range b.Items {
					walk(it.Blocks)
				}
				if b.Kind != extract.Image || b.Path == "" {
					continue
				}
				if _, ok := s.images[b.Path]; ok {
					continue
				}
				data, ok := media[b.Path]
				if !ok {
					var err error
					if data, err = extract.ReadFile(b.Path, extract.MaxMediaBytes); err != nil {
						s.warnings = append(s.warnings, extract.Warning{Pos: b.Pos, Msg: "cheat sheet: image " + b.Src + " left out: " + unwrap(err)})
						continue
					}
				}
				if info, ok := s.register(b, data); ok {
					s.images[b.Path] = info
				}
			}
		}
		walk(d.Outline)
	}
}

// maxImagePixels is the most pixels an image on the sheet may have. gofpdf
// holds an image's pixels several times over while it splits the alpha
// channel from the colors: a 12000×12000 PNG of 560 KB took 2.2 GB, one of
// 40 megapixels takes 750 MB.
const maxImagePixels = 40_000_000

// register adds an image to the PDF; it reports false and warns when the
// format is not one gofpdf reads (JPEG, PNG, GIF), the file is cut short
// (see pngComplete, jpegComplete), or the image is too large to print (see
// maxImagePixels). A JPEG with an EXIF orientation is turned
// upright (see uprightJPEG); a PNG gofpdf refuses is given to it again as
// plainPNG makes it.
func (s *sheet) register(b extract.Block, data []byte) (imageInfo, bool) {
	tp := imageType(data)
	if tp == "" {
		s.warnings = append(s.warnings, extract.Warning{Pos: b.Pos, Msg: "cheat sheet: image " + b.Src + " left out: not a JPEG, PNG or GIF"})
		return imageInfo{}, false
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		s.warnings = append(s.warnings, extract.Warning{Pos: b.Pos, Msg: "cheat sheet: image " + b.Src + " left out: cannot decode it"})
		return imageInfo{}, false
	}
	if tp == "PNG" && !pngComplete(data) || tp == "JPG" && !jpegComplete(data) {
		s.warnings = append(s.warnings, extract.Warning{Pos: b.Pos, Msg: "cheat sheet: image " + b.Src + " left out: the file is cut short (a download or copy that did not finish?)"})
		return imageInfo{}, false
	}
	if tp == "PNG" && !pngRowsInflate(data) {
		s.warnings = append(s.warnings, extract.Warning{Pos: b.Pos, Msg: "cheat sheet: image " + b.Src + " left out: its compressed pixels are damaged"})
		return imageInfo{}, false
	}
	if px := int64(cfg.Width) * int64(cfg.Height); px > maxImagePixels {
		s.warnings = append(s.warnings, extract.Warning{Pos: b.Pos, Msg: fmt.Sprintf("cheat sheet: image %s left out: %d×%d pixels, more than %d megapixels", b.Src, cfg.Width, cfg.Height, maxImagePixels/1_000_000)})
		return imageInfo{}, false
	}
	if tp == "JPG" {
		// A phone's photo, stored as the camera held it: printed upright.
		if o := jpegOrientation(data); o != 1 {
			if upright, ok := uprightJPEG(data, o); ok {
				data = upright
			}
		}
	}
	name := fmt.Sprintf("img%d", len(s.images)+1)
	info, err := s.registerImage(name, tp, data)
	if (err != nil || info == nil) && tp == "PNG" {
		// An interlaced or 16-bit PNG, valid, that gofpdf does not read.
		if plain, ok := plainPNG(data); ok {
			info, err = s.registerImage(name, tp, plain)
		}
	}
	if err != nil || info == nil {
		s.warnings = append(s.warnings, extract.Warning{Pos: b.Pos, Msg: "cheat sheet: image " + b.Src + " left out: cannot decode it"})
		return imageInfo{}, false
	}
	return imageInfo{name: name, w: info.Width(), h: info.Height()}, true
}

// registerImage hands an image of type tp to gofpdf under name. gofpdf's
// PNG parser indexes the file's chunks without checking their lengths: a
// damaged PNG (rows missing from an image with alpha, a tRNS chunk of the
// wrong length) makes it panic. That panic is an error here; gofpdf, which
// records an image only once it is parsed, is left as it was.
func (s *sheet) registerImage(name, tp string, data []byte) (info *gofpdf.ImageInfoType, err error) {
	defer func() {
		if r := recover(); r != nil {
			info, err = nil, fmt.Errorf("damaged image: %v", r)
		}
		if err != nil {
			s.pdf.ClearError()
		}
	}()
	info = s.pdf.RegisterImageOptionsReader(name, gofpdf.ImageOptions{ImageType: tp}, bytes.NewReader(data))
	return info, s.pdf.Error()
}

// pngComplete reports whether the chunks of a PNG run whole to its IEND
// chunk. gofpdf copies the compressed rows of a PNG without an alpha
// channel into the PDF unread: a PNG cut short, a download that did not
// finish, made a sheet whose viewers showed a damaged or a blank image, or
// refused the page.
func pngComplete(data []byte) bool {
	for i := 8; i+12 <= len(data); {
		n := binary.BigEndian.Uint32(data[i:])
		if string(data[i+4:i+8]) == "IEND" {
			return true
		}
		if uint64(n) > uint64(len(data)-i-12) {
			return false
		}
		i += 12 + int(n)
	}
	return false
}

// pngRowsInflate reports whether the compressed rows of a PNG whose chunks
// are whole (see pngComplete), its IDAT chunks joined, inflate to their
// end. gofpdf copies the rows of a PNG without an alpha channel into the
// PDF unread: "scan.png", its chunks whole but its rows overwritten, printed
// as a blank box, and pdftoppm said "Unknown compression method in flate
// stream". A wrong checksum after the rows is let through, as viewers do.
func pngRowsInflate(data []byte) bool {
	var rows []io.Reader
	for i := 8; i+12 <= len(data) && string(data[i+4:i+8]) != "IEND"; {
		n := int(binary.BigEndian.Uint32(data[i:]))
		if string(data[i+4:i+8]) == "IDAT" {
			rows = append(rows, bytes.NewReader(data[i+8:i+8+n]))
		}
		i += 12 + n
	}
	z, err := zlib.NewReader(io.MultiReader(rows...))
	if err == nil {
		_, err = io.Copy(io.Discard, z)
	}
	return err == nil || errors.Is(err, zlib.ErrChecksum)
}

// jpegComplete reports whether JPEG data runs whole to its end-of-image
// marker (0xFF 0xD9): its segments by their lengths, then each scan's
// compressed rows to the marker after them. gofpdf copies a JPEG into the
// PDF unread: "photo.jpg" cut in half, a download that did not finish, or
// one whose second half is zeros, as a copy that stopped leaves it, printed
// as its upper half above a gray or blank box, without a warning. Bytes
// after the marker (the video of a phone's motion photo) are not looked at.
func jpegComplete(data []byte) bool {
	for i := 2; i+1 < len(data); {
		if data[i] != 0xFF {
			i++ // stray bytes between segments, which decoders skip
			continue
		}
		marker := data[i+1]
		switch {
		case marker == 0xD9: // end of image
			return true
		case marker == 0xFF: // fill byte
			i++
			continue
		case marker == 0x01 || marker >= 0xD0 && marker <= 0xD7: // no length
			i += 2
			continue
		}
		if i+4 > len(data) {
			return false
		}
		i += 2 + (int(data[i+2])<<8 | int(data[i+3]))
		if marker != 0xDA { // not a start of scan
			continue
		}
		// The compressed rows: a 0xFF in them is followed by 0x00
		// (stuffed) or by a restart marker, 0xD0 to 0xD7.
		for i+1 < len(data) && (data[i] != 0xFF || data[i+1] == 0x00 || data[i+1] >= 0xD0 && data[i+1] <= 0xD7) {
			i++
		}
	}
	return false
}

// imageType recognises JPEG, PNG and GIF data.
func imageType(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("\xff\xd8")):
		return "JPG"
	case bytes.HasPrefix(data, []byte("\x89PNG")):
		return "PNG"
	case bytes.HasPrefix(data, []byte("GIF8")):
		return "GIF"
	}
	return ""
}

// unwrap drops the path from an *os.PathError message.
func unwrap(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}
