package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/mattn/go-isatty"
	"github.com/notes2deck/notes2deck/extract"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
)

// A ui is where a command reports to the student: status lines on out,
// warnings, errors and the progress bar on err. It is safe for concurrent use.
type ui struct {
	mu       sync.Mutex
	out, err io.Writer
	quiet    bool // only errors
	verbose  bool // a line per card
	color    bool // err is a terminal that accepts colour
	term     bool // err is a terminal
	bar      *progressbar.ProgressBar
}

// outputFlags are the --quiet and --verbose flags every command that reads notes takes.
func outputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "print only errors"},
		&cli.BoolFlag{Name: "verbose", Usage: "also print a line for every card"},
	}
}

// newUI reads the output flags of c. Status lines go to stderr when stdout
// carries an output (--out -).
func newUI(c *cli.Context) (*ui, error) {
	if c.Bool("quiet") && c.Bool("verbose") {
		return nil, usageError{"--quiet and --verbose exclude each other"}
	}
	u := &ui{out: c.App.Writer, err: c.App.ErrWriter, quiet: c.Bool("quiet"), verbose: c.Bool("verbose")}
	if c.String("out") == "-" {
		u.out = u.err
	}
	u.term = isTerminal(u.err)
	u.color = u.term && colorAllowed()
	return u, nil
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	if c, ok := w.(*checkedWriter); ok {
		w = c.w
	}
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// colorAllowed honours NO_COLOR (https://no-color.org) and TERM=dumb.
func colorAllowed() bool {
	return os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
}

// ANSI colours, used sparingly: errors red, warnings yellow.
const (
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	reset  = "\x1b[0m"
)

// paint wraps s in colour when on is set.
func paint(on bool, color, s string) string {
	if !on {
		return s
	}
	return color + s + reset
}

// statusf prints a status line on out unless --quiet.
func (u *ui) statusf(format string, args ...any) {
	if u.quiet {
		return
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.clearBar()
	fmt.Fprintln(u.out, printable(fmt.Sprintf(format, args...)))
}

// verbosef prints a line on out under --verbose only.
func (u *ui) verbosef(format string, args ...any) {
	if u.verbose {
		u.statusf(format, args...)
	}
}

// warn prints an extraction warning as file:line: warning: msg, unless --quiet.
func (u *ui) warn(w extract.Warning) {
	if u.quiet {
		return
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	u.clearBar()
	fmt.Fprintln(u.err, printable(place(w.Pos))+": "+paint(u.color, yellow, "warning: ")+printable(w.Msg))
}

// place formats p as file:line, or as the file alone when its line is
// unknown (0): a warning about a whole file.
func place(p extract.Pos) string {
	if p.Line == 0 {
		return fileName(p.File)
	}
	return fileName(p.File) + ":" + strconv.Itoa(p.Line)
}

// fileName shows the tabs and newlines a file's name may hold
// ("new\nline.md", saved by a script or unpacked from a zip) as "\x0a",
// as printable shows other control characters: printed as they are, they
// split "file:line: message" over two lines, and an editor or a script
// that reads one message a line finds neither the file nor the line.
func fileName(name string) string {
	if !strings.ContainsAny(name, "\t\n") {
		return name
	}
	return strings.NewReplacer("\t", `\x09`, "\n", `\x0a`).Replace(name)
}

// errorf prints one error line on err, in red on a terminal.
func (u *ui) errorf(format string, args ...any) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.clearBar()
	fmt.Fprintln(u.err, paint(u.color, red, printable(fmt.Sprintf(format, args...))))
}

// printable shows the control characters of s, which a file name or a note
// may hold ("ctl\x1b[31m.md"), its bidirectional overrides and line
// separators (see isSteering), and its invalid UTF-8 as Go writes them in
// strings: they would steer the terminal or garble it. Tabs and newlines,
// which lay out what commands print, are kept; so is every other character.
func printable(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return isControl(r) || isSteering(r) || r == utf8.RuneError }) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1, isControl(r) && r < utf8.RuneSelf:
			fmt.Fprintf(&b, "\\x%02x", s[i])
		case isControl(r), isSteering(r): // C1, such as U+009B, which some terminals read as ESC [
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// isControl reports whether r is a control character other than a tab or a
// newline: C0, DEL or C1.
func isControl(r rune) bool {
	return r < ' ' && r != '\t' && r != '\n' || r >= 0x7f && r <= 0x9f
}

// isSteering reports whether r is a bidirectional embedding, override or
// isolate (U+202A to U+202E, U+2066 to U+2069) or a line or paragraph
// separator (U+2028, U+2029). A file name holding an override
// ("exam\u202edm.gpj.md", a name made to pass for another) prints
// reversed, "examdm.jpg.md" on a terminal that lays out right-to-left
// text, and every character after it on the line with it; a separator
// splits "file:line: message" for an editor or a script that reads lines
// as Unicode does. They are shown escaped, as Go's %q shows them. The marks
// U+200E, U+200F and U+061C, which steer only the characters beside them
// and which right-to-left text holds, are kept.
func isSteering(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x2028 || r == 0x2029
}

// clearBar wipes the progress bar off the terminal before a line is printed;
// the bar redraws itself at the next step. The caller holds u.mu.
func (u *ui) clearBar() {
	if u.bar != nil {
		u.bar.Clear()
	}
}

// progressDelay is how long a build runs before it shows a progress bar.
const progressDelay = time.Second

// A progress counts the steps of a build and shows a bar on a terminal once
// the build has taken longer than progressDelay.
type progress struct {
	u     *ui
	total int
	done  int
	start time.Time
}

func (u *ui) progress(total int) *progress {
	return &progress{u: u, total: total, start: time.Now()}
}

// step records one finished step.
func (p *progress) step() {
	p.done++
	u := p.u
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.bar == nil {
		if !u.term || u.quiet || time.Since(p.start) < progressDelay {
			return
		}
		u.bar = progressbar.NewOptions(p.total,
			progressbar.OptionSetWriter(u.err),
			progressbar.OptionSetDescription("building"),
			progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100*time.Millisecond))
	}
	u.bar.Set(p.done)
}

// finish removes the bar, if one is shown.
func (p *progress) finish() {
	u := p.u
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.bar != nil {
		u.bar.Finish()
		u.bar = nil
	}
}
