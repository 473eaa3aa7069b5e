package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
)

// completionFlag is the flag urfave/cli's shell completion passes last.
const completionFlag = "--generate-bash-completion"

// reorderArgs moves a command's flags in front of its PATHs, so that
// "notes2deck build notes --out x" means "notes2deck build --out x notes":
// urfave/cli stops reading flags at the first argument that is not one.
// Everything after "--" stays a PATH; "-" alone is a PATH (stdin).
func reorderArgs(app *cli.App, args []string) []string {
	if len(args) < 2 || args[len(args)-1] == completionFlag {
		return args
	}
	i := 1
	for i < len(args) && strings.HasPrefix(args[i], "-") && args[i] != "-" && args[i] != "--" {
		i++ // global flags, which take no value
	}
	if i >= len(args) {
		return args
	}
	cmd := app.Command(args[i])
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		tv, ok := f.(interface{ TakesValue() bool })
		for _, n := range f.Names() {
			takesValue[n] = ok && tv.TakesValue()
		}
	}
	var flags, paths []string
	rest := args[i+1:]
	for j := 0; j < len(rest); j++ {
		a := rest[j]
		switch {
		case a == "--":
			paths = append(paths, rest[j+1:]...)
			j = len(rest)
		case a == "-" || !strings.HasPrefix(a, "-"):
			paths = append(paths, a)
		default:
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && takesValue[name] && j+1 < len(rest) {
				j++
				flags = append(flags, rest[j])
			}
		}
	}
	out := append([]string{}, args[:i+1]...)
	out = append(out, flags...)
	for _, p := range paths {
		if strings.HasPrefix(p, "-") && p != "-" {
			out = append(out, "--")
			break
		}
	}
	return append(out, paths...)
}

// repeatedFlag refuses a flag that takes one value given twice to a command
// ("build -f apkg -f csv"): urfave/cli would keep the last value without a
// word. args are as reorderArgs returns them: the command's flags first.
func repeatedFlag(app *cli.App, args []string) error {
	i := 1
	for i < len(args) && strings.HasPrefix(args[i], "-") && args[i] != "-" && args[i] != "--" {
		i++
	}
	if i >= len(args) || args[len(args)-1] == completionFlag {
		return nil
	}
	cmd := app.Command(args[i])
	if cmd == nil {
		return nil
	}
	canonical := map[string]string{} // every name of a flag that takes a value → its first name
	for _, f := range cmd.Flags {
		if tv, ok := f.(interface{ TakesValue() bool }); ok && tv.TakesValue() {
			for _, n := range f.Names() {
				canonical[n] = f.Names()[0]
			}
		}
	}
	seen := map[string]bool{}
	for j := i + 1; j < len(args) && args[j] != "--" && strings.HasPrefix(args[j], "-") && args[j] != "-"; j++ {
		name, _, inline := strings.Cut(strings.TrimLeft(args[j], "-"), "=")
		c, ok := canonical[name]
		if !ok {
			continue
		}
		if seen[c] {
			hint := ""
			if c == "format" {
				hint = " (it takes a list: --format apkg,csv)"
			}
			return usageError{fmt.Sprintf("--%s given twice: give it once%s", c, hint)}
		}
		seen[c] = true
		if !inline {
			j++ // its value
		}
	}
	return nil
}
