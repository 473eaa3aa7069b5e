package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strings"

	"github.com/urfave/cli/v2"
)

// Exit codes, documented in doc.go and the README.
const (
	exitOK       = 0
	exitBuild    = 1
	exitUsage    = 2
	exitFindings = 3
)

// usageError marks a mistake in the command line rather than in the notes.
type usageError struct{ msg string }

// Error returns the message shown to the user.
func (e usageError) Error() string { return e.msg }

// findingsError reports that --strict found problems.
type findingsError struct{ n int }

// Error says how many findings there were.
func (e findingsError) Error() string { return fmt.Sprintf("%d findings", e.n) }

// exitCode maps an error from a command to the process exit code.
func exitCode(err error) int {
	var ue usageError
	var fe findingsError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		return exitUsage
	case errors.As(err, &fe):
		return exitFindings
	}
	return exitBuild
}

// run builds the app, runs it on args and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run with a context that, once cancelled, stops watch.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out := &checkedWriter{w: stdout}
	app := newApp(stdin, out, stderr)
	args = reorderArgs(app, args)
	err := repeatedFlag(app, args)
	if err == nil {
		err = app.RunContext(ctx, args)
	}
	if err == nil {
		if werr := out.failed(); werr != nil {
			err = fmt.Errorf("write stdout: %w", werr)
		}
	}
	if brokenPipe(err) {
		return exitOK
	}
	if err != nil {
		var fe findingsError
		if !errors.As(err, &fe) {
			// One line, whatever the error: a cause may span lines.
			lines := strings.Split(strings.TrimSpace(err.Error()), "\n")
			for i := range lines {
				lines[i] = strings.TrimSpace(lines[i])
			}
			msg := "notes2deck: " + strings.Join(lines, " ")
			fmt.Fprintln(stderr, paint(isTerminal(stderr) && colorAllowed(), red, printable(msg)))
		}
		code := exitCode(err)
		if code == exitBuild && isUsage(err) {
			code = exitUsage
		}
		return code
	}
	return exitOK
}

// isUsage recognises the flag errors urfave/cli returns as plain errors.
func isUsage(err error) bool {
	s := err.Error()
	return strings.HasPrefix(s, "flag provided but not defined") ||
		strings.HasPrefix(s, "invalid value") ||
		strings.HasPrefix(s, "Cannot use two forms of the same flag") ||
		strings.Contains(s, "No help topic for") ||
		strings.HasPrefix(s, "Required flag")
}

// flagName matches a long flag's name in urfave/cli's messages, which name
// it as Go's flag package does: "for flag -pages", "defined: -colums".
var flagName = regexp.MustCompile(`(^| )-([a-z][a-z-]+)`)

// onUsageError makes a mistake in a command's flags ("--pages abc", a flag
// misspelt) a usageError, which exits 2 with one line on stderr, its long
// flag named with two dashes as typed. Without it, urfave/cli printed
// "Incorrect Usage" and the command's help to standard output, into the
// file a build with --out - was writing, and a bad boolean exited 1.
func onUsageError(_ *cli.Context, err error, _ bool) error {
	return usageError{flagName.ReplaceAllString(err.Error(), "$1--$2") + fileFlagHint(err.Error())}
}

// fileFlagHint returns, for an unknown flag that is the name of a file
// ("notes2deck build --help.md", a note named so), how to give it as a
// PATH: every argument that opens with a dash before the PATH is read as a
// flag, so the note's name was refused as one, with no word of the file.
func fileFlagHint(msg string) string {
	name, ok := strings.CutPrefix(msg, "flag provided but not defined: -")
	if !ok {
		return ""
	}
	for _, n := range []string{"--" + name, "-" + name} {
		if _, err := os.Stat(n); err == nil {
			return fmt.Sprintf(" (%s is a file: to read it, write ./%s)", n, n)
		}
	}
	return ""
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:                 "notes2deck",
		Usage:                "turn Markdown study notes into an Anki deck, a CSV and a printable cheat sheet",
		Version:              version,
		Reader:               stdin,
		Writer:               stdout,
		ErrWriter:            stderr,
		EnableBashCompletion: true,
		ExitErrHandler:       func(*cli.Context, error) {},
		OnUsageError:         onUsageError,
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageError{fmt.Sprintf("unknown command %q (notes2deck help lists them)", c.Args().First())}
			}
			return cli.ShowAppHelp(c)
		},
		Commands: []*cli.Command{
			buildCommand(),
			previewCommand(),
			checkCommand(),
			watchCommand(),
			initCommand(),
			versionCommand(),
		},
	}
	for _, c := range app.Commands {
		c.OnUsageError = onUsageError
		// No "help" sub-command under a command: it took a PATH or DIR
		// named help or h for itself, so "build help" printed the help and
		// exited 0, building nothing, and "build h notes" said "No help
		// topic for 'notes'". --help and "notes2deck help build" stay.
		c.HideHelpCommand = true
		if c.Name != "version" {
			c.Action = helpWord(c.Action)
		}
	}
	return app
}

// helpWord wraps a command's action so that "build help" or "init h", when
// no file or folder has that name, prints the command's help as --help does,
// instead of an error about a missing folder named help.
func helpWord(action cli.ActionFunc) cli.ActionFunc {
	return func(c *cli.Context) error {
		if a := c.Args().First(); c.NArg() == 1 && (a == "help" || a == "h") {
			if _, err := os.Lstat(a); errors.Is(err, fs.ErrNotExist) {
				return cli.ShowCommandHelp(c, c.Command.Name)
			}
		}
		return action(c)
	}
}

func versionCommand() *cli.Command {
	return &cli.Command{
		Name:        "version",
		Usage:       "print the version of notes2deck",
		Description: "The same as notes2deck --version.\n\nExample:\n   notes2deck version",
		Action: func(c *cli.Context) error {
			if c.Args().Present() {
				return usageError{"version takes no arguments"}
			}
			fmt.Fprintf(c.App.Writer, "%s version %s\n", c.App.Name, c.App.Version)
			return nil
		},
	}
}
