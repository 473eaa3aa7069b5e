package main

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/urfave/cli/v2"
)

// templates holds the files init writes into a new notes folder.
//
//go:embed templates/example.md templates/notes2deck.yaml
var templates embed.FS

// defaultInitDir is the folder init creates when it is given none.
const defaultInitDir = "my-notes"

func initCommand() *cli.Command {
	return &cli.Command{
		Name:      "init",
		Usage:     "start a notes folder with an example note that shows the common syntaxes",
		ArgsUsage: "[DIR]",
		Description: "DIR (default my-notes) gets example.md, a note using the common structures\n" +
			"notes2deck turns into cards (the README lists them all), and notes2deck.yaml,\n" +
			"the settings file with its main keys commented out. Existing files are never\n" +
			"overwritten.\n\n" +
			"Example:\n   notes2deck init biology",
		Action: initAction,
	}
}

func initAction(c *cli.Context) error {
	if c.NArg() > 1 {
		return usageError{"init takes one DIR"}
	}
	dir := defaultInitDir
	if c.NArg() == 1 {
		dir = c.Args().First()
	}
	switch dir {
	case "":
		return usageError{`init "": an empty DIR names no folder`}
	case "-":
		return usageError{"init -: DIR names the folder to create; - (standard input) is not one"}
	}
	if err := notAFolder("", dir); err != nil {
		return fmt.Errorf("init %w: give a new folder, or one to add the example to", err)
	}
	names := []string{"example.md", configName}
	for _, n := range names {
		p := filepath.Join(dir, n)
		if _, err := os.Lstat(p); err == nil {
			return fmt.Errorf("%s: already exists; init never overwrites a file", p)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, unwrapPathError(err))
	}
	for _, n := range names {
		data, err := templates.ReadFile("templates/" + n)
		if err != nil {
			return err
		}
		p := filepath.Join(dir, n)
		f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
		fmt.Fprintf(c.App.Writer, "created %s\n", printable(fileName(p)))
	}
	arg := printable(shellWord(dir))
	fmt.Fprintf(c.App.Writer, "Next: notes2deck preview %s, then notes2deck build %s\n", arg, arg)
	return nil
}

// shellWord writes dir as one word a shell reads back as dir, for the
// commands init suggests: "Biology notes" was printed as it is, so the
// command copied from it built two PATHs, "Biology" and "notes", neither
// there; "-rf" read as flags. A name of letters, digits and ./_-+:@,= is
// written as it is; others in single quotes (in double quotes on
// Windows, whose shells do not read single ones); one that opens with "-"
// is led by "./" (or ".\").
func shellWord(dir string) string {
	if strings.HasPrefix(dir, "-") {
		dir = "." + string(filepath.Separator) + dir
	}
	plain := dir != "" && !strings.ContainsFunc(dir, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("./_-+:@,=", r))
	})
	switch {
	case plain:
		return dir
	case runtime.GOOS == "windows":
		return `"` + dir + `"`
	}
	return "'" + strings.ReplaceAll(dir, "'", `'\''`) + "'"
}
