package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"text/tabwriter"

	"github.com/notes2deck/notes2deck/extract"
	"github.com/urfave/cli/v2"
	"go.yaml.in/yaml/v3"
)

// configName is the optional file of defaults at the notes root.
const configName = "notes2deck.yaml"

// Where a setting came from, as --print-config shows it.
const (
	fromFlag    = "flag"
	fromDefault = "default"
)

// A buildConfig is everything one build needs, read from the command line
// and notes2deck.yaml once.
type buildConfig struct {
	c       *cli.Context // for the exporters' own flags
	ui      *ui
	paths   []string
	formats []string
	out     string // output folder; "-" is stdout
	opt     extract.Options
	file    string            // the notes2deck.yaml applied, or ""
	sources map[string]string // flag name → fromFlag, file:line or fromDefault
	brief   bool              // leave out the line per note and per output (watch's rebuilds)
}

// loadBuildConfig applies notes2deck.yaml to c and checks the build flags.
// A bad value the file set names the file's line, not the flag.
func loadBuildConfig(c *cli.Context) (buildConfig, error) {
	cfg, err := checkBuildConfig(c)
	var ue usageError
	if err != nil && errors.As(err, &ue) && strings.HasPrefix(ue.msg, "--") {
		name, rest, _ := strings.Cut(ue.msg[2:], " ")
		name = strings.TrimSuffix(name, ":")
		if at := cfg.sources[name]; at != "" && at != fromFlag && at != fromDefault {
			return cfg, usageError{at + ": " + name + " " + rest}
		}
	}
	return cfg, err
}

// checkBuildConfig does the work of loadBuildConfig.
func checkBuildConfig(c *cli.Context) (buildConfig, error) {
	cfg := buildConfig{c: c, paths: c.Args().Slice()}
	var err error
	if cfg.file, cfg.sources, err = applyConfigFile(c, cfg.paths); err != nil {
		return cfg, err
	}
	if cfg.ui, err = newUI(c); err != nil {
		return cfg, err
	}
	if cfg.formats, err = parseFormats(c.String("format")); err != nil {
		return cfg, err
	}
	cfg.out = c.String("out")
	if cfg.out == "" {
		return cfg, usageError{"--out names no folder"}
	}
	if cfg.out == "-" && len(cfg.formats) > 1 {
		return cfg, usageError{"--out - writes one format to stdout: pick it with --format"}
	}
	if cfg.out == "-" && cfg.formats[0] != "csv" && isTerminal(c.App.Writer) {
		// As gzip refuses to: a zip or a PDF shown as text fills the
		// terminal with bytes that may reset or garble it.
		return cfg, usageError{fmt.Sprintf("--out - would write the %s, a binary file, to the terminal: redirect it to a file (> deck.%s), or give --out a folder", cfg.formats[0], cfg.formats[0])}
	}
	if cfg.out == "-" && len(cfg.paths) > 1 {
		return cfg, usageError{"--out - takes a single PATH"}
	}
	cfg.opt, err = extractOptions(c)
	if err != nil {
		return cfg, err
	}
	cfg.opt.SkipOutline = !slices.Contains(cfg.formats, "pdf") // only the cheat sheet reads it
	// A bad cheat-sheet option stops the build before any note is read,
	// whatever the formats: a build without the PDF must not pass a setting
	// that the next build with it refuses.
	if _, err := pdfExporter(c, 0, nil); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// findConfig returns the notes2deck.yaml that applies to paths (default
// notes/): for each PATH, the nearest of its settingsDirs, else the one in
// the current folder, else "". PATHs with different settings files are
// refused: one build has one deck, one --out and one set of formats, and
// the second folder's cards would silently get the first's deck, and new
// GUIDs. A folder of that name, or a link to a missing file, is passed over
// with a warning: the student meant it to hold settings.
func findConfig(paths []string) (string, []extract.Warning, error) {
	if len(paths) == 0 {
		paths = []string{"notes"}
	}
	var ignored []extract.Warning
	seen := map[string]bool{}
	found, from := "", ""
	for _, path := range paths {
		var dirs []string
		if path != "-" {
			if _, err := os.Stat(path); errors.Is(err, syscall.ENOTDIR) {
				return "", nil, notAFolder("", path)
			}
			dirs = settingsDirs(path)
		}
		file, err := settingsFile(append(dirs, "."), func(w extract.Warning) {
			if !seen[w.Pos.File] {
				seen[w.Pos.File] = true
				ignored = append(ignored, w)
			}
		})
		switch {
		case err != nil:
			return "", nil, err
		case path == "-" && len(paths) > 1:
			continue // standard input has no folder: the others' settings apply
		case from != "" && file != found:
			return "", nil, usageError{settingsClash(from, found, path, file)}
		case from == "":
			found, from = file, path
		}
	}
	return found, ignored, nil
}

// settingsFile returns the first notes2deck.yaml in dirs, or "", and calls
// ignore with each one passed over.
func settingsFile(dirs []string, ignore func(extract.Warning)) (string, error) {
	for _, d := range dirs {
		p := filepath.Join(d, configName)
		info, err := os.Stat(p)
		switch {
		case err == nil && !info.IsDir():
			return p, nil
		case err == nil:
			ignore(extract.Warning{Pos: extract.Pos{File: p}, Msg: "a folder, not a settings file: ignored"})
		case errors.Is(err, syscall.ELOOP):
			return "", fmt.Errorf("%s is a loop of links, leading to no file: mend the link, or remove it", p)
		case errors.Is(err, fs.ErrPermission) && !enterable(d):
			return "", closedFolder(d) // not the settings file, which the student may not have
		case !errors.Is(err, fs.ErrNotExist):
			return "", fmt.Errorf("%s: %w", p, unwrapPathError(err))
		case isLink(p):
			ignore(extract.Warning{Pos: extract.Pos{File: p}, Msg: "a link to a missing file: ignored"})
		}
	}
	return "", nil
}

// settingsClash says that the PATHs a and b of one build have different
// settings files, fa and fb ("" for none).
func settingsClash(a, fa, b, fb string) string {
	name := func(f string) string {
		if f == "" {
			return "no " + configName
		}
		return f
	}
	return fmt.Sprintf("%s (%s) and %s (%s) have different settings: build them one at a time", a, name(fa), b, name(fb))
}

// isLink reports whether the file p is a symbolic link.
func isLink(p string) bool {
	info, err := os.Lstat(p)
	return err == nil && info.Mode()&fs.ModeSymlink != 0
}

// maxConfigBytes is the largest settings file read, as large as the
// largest note by default: the longest real one is a few hundred bytes,
// and no value of one is longer than a deck name's 1,000 characters, but
// a file of comments may be long.
const maxConfigBytes = extract.DefaultMaxBytes

// readConfig reads the settings file name, which must be a regular file: a
// named pipe would block the command forever. A file over maxConfigBytes
// (a log or a disk image saved under its name) is refused, unparsed: YAML
// took 73 s and 4.5 GB to find the first NUL of 2 GB of them. One larger
// by its size is refused unread; one that grows while it is read is read
// only to one byte over the limit.
func readConfig(name string) ([]byte, error) {
	f, err := openRegular(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil {
		size = info.Size()
	}
	if size > maxConfigBytes {
		return nil, configTooLarge(size)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxConfigBytes+1))
	if err == nil && len(data) > maxConfigBytes {
		err = configTooLarge(max(size, int64(len(data))))
	}
	return data, err
}

// configTooLarge is readConfig's error for a settings file of size bytes.
func configTooLarge(size int64) error {
	return fmt.Errorf("%s, too large for a settings file (limit %s)", formatSize(size), formatSize(maxConfigBytes))
}

// configKeys are the keys notes2deck.yaml may hold: the build flags' names.
func configKeys() []string {
	var keys []string
	for _, f := range buildFlags() {
		keys = append(keys, f.Names()[0])
	}
	return keys
}

// applyConfigFile sets every flag of c's command that the command line left
// unset and notes2deck.yaml names, so flags win over the file and the file
// over the defaults. It returns the file and where each flag's value came from.
func applyConfigFile(c *cli.Context, paths []string) (string, map[string]string, error) {
	sources := map[string]string{}
	own := map[string]bool{}
	for _, f := range c.Command.Flags {
		name := f.Names()[0]
		own[name] = true
		sources[name] = fromDefault
		if c.IsSet(name) {
			sources[name] = fromFlag
		}
	}
	file, ignored, err := findConfig(paths)
	if u, uerr := newUI(c); uerr == nil { // a bad --quiet --verbose is said later
		for _, w := range ignored {
			u.warn(w)
		}
	}
	if err != nil || file == "" {
		return "", sources, err
	}
	data, err := readConfig(file)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", file, unwrapPathError(err))
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
		return file, sources, nil // an empty file
	} else if err != nil {
		return "", nil, usageError{yamlError(file, data, err)}
	}
	var next yaml.Node
	if err := dec.Decode(&next); err != nil && !errors.Is(err, io.EOF) {
		return "", nil, usageError{yamlError(file, data, err)}
	} else if err == nil && len(next.Content) > 0 && next.Content[0].Kind != 0 && !(next.Content[0].Kind == yaml.ScalarNode && next.Content[0].Tag == "!!null") {
		return "", nil, usageError{fmt.Sprintf("%s:%d: a second YAML document (after \"---\"): put every setting in one", file, next.Line)}
	}
	if len(doc.Content) == 0 {
		return file, sources, nil // only comments
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return "", nil, usageError{fmt.Sprintf("%s:%d: want keys and values, like \"out: out\"", file, m.Line)}
	}
	known := configKeys()
	first := map[string]int{} // the line of each key
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		at := fmt.Sprintf("%s:%d", file, k.Line)
		if !slices.Contains(known, k.Value) {
			return "", nil, usageError{fmt.Sprintf("%s: unknown key %q (known: %s)", at, k.Value, strings.Join(known, ", "))}
		}
		if l, ok := first[k.Value]; ok {
			return "", nil, usageError{fmt.Sprintf("%s: %s given twice (first at line %d): keep one", at, k.Value, l)}
		}
		first[k.Value] = k.Line
		vals, err := configValues(v, k.Value == "format")
		switch {
		case err != nil:
		case k.Value == "format":
			_, err = parseFormats(vals[0])
		case k.Value == "out" && strings.TrimSpace(vals[0]) == "":
			err = errors.New(`names no folder (write "out: ." for the notes folder itself)`)
		case isPathKey(k.Value) && strings.ContainsRune(vals[0], 0):
			err = errors.New("holds a NUL byte, which no file name can")
		}
		if err != nil {
			var ue usageError
			if errors.As(err, &ue) {
				err = errors.New(ue.msg)
			}
			return "", nil, usageError{fmt.Sprintf("%s: %s: %v", at, k.Value, err)}
		}
		if other := opposite[k.Value]; other != "" && own[other] && vals[0] == "true" && c.Bool(other) {
			if sources[other] == fromFlag {
				continue // --quiet given wins over "verbose: true" here, as any flag does
			}
			return "", nil, usageError{fmt.Sprintf("%s: %s and %s exclude each other (%s is at %s): keep one", at, k.Value, other, other, sources[other])}
		}
		if !own[k.Value] || c.IsSet(k.Value) {
			continue
		}
		if isPathKey(k.Value) {
			if vals[0], err = homePath(vals[0]); err != nil {
				return "", nil, usageError{fmt.Sprintf("%s: %s %s: %v", at, k.Value, vals[0], err)}
			}
		}
		if isPathKey(k.Value) && vals[0] != "-" && vals[0] != "" && !filepath.IsAbs(vals[0]) {
			vals[0] = filepath.Join(filepath.Dir(file), vals[0])
		}
		for _, s := range vals {
			if err := c.Set(k.Value, s); err != nil {
				return "", nil, usageError{fmt.Sprintf("%s: %s: invalid value %q", at, k.Value, s)}
			}
		}
		sources[k.Value] = at
	}
	return file, sources, nil
}

// opposite pairs the settings that exclude each other.
var opposite = map[string]string{"quiet": "verbose", "verbose": "quiet"}

// homePath expands the "~" that opens path ("~/Anki", "~" alone) to the
// home folder, as a shell expands it on the command line: YAML does not,
// and "out: ~/Anki" made a folder named "~" inside the notes folder, one
// that "rm -rf ~" typed there to clean it would take for the home folder.
// Other paths are returned as they are.
func homePath(path string) (string, error) {
	rest, ok := strings.CutPrefix(path, "~")
	if !ok || rest != "" && rest[0] != '/' && rest[0] != filepath.Separator {
		return path, nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return path, errors.New("names the home folder, which is unknown here (write the whole path)")
	}
	return home + rest, nil
}

// isPathKey reports whether the key of notes2deck.yaml names a file or a
// folder, which is relative to the settings file, as the notes are: the
// output folder and the cheat sheet's fonts.
func isPathKey(key string) bool {
	switch key {
	case "out", "font", "font-bold", "font-mono":
		return true
	}
	return false
}

// configValues returns the text of a scalar, or, when list, the items of a
// list joined by commas. A value left empty, null or "~", is refused: it
// would be taken as the text "null".
func configValues(v *yaml.Node, list bool) ([]string, error) {
	if v.Kind == yaml.AliasNode && v.Alias != nil {
		v = v.Alias
	}
	switch {
	case v.Kind == yaml.ScalarNode && v.Tag == "!!null":
		return nil, errors.New("no value (give one, or remove the line)")
	case v.Kind == yaml.ScalarNode:
		return []string{v.Value}, nil
	case v.Kind == yaml.SequenceNode && list:
		var items []string
		for _, it := range v.Content {
			if it.Kind != yaml.ScalarNode || it.Tag == "!!null" {
				return nil, errors.New("want a value or a list of values")
			}
			items = append(items, it.Value)
		}
		return []string{strings.Join(items, ",")}, nil
	case list:
		return nil, errors.New("want a value or a list of values")
	}
	return nil, errors.New("want a single value, not a list or a map")
}

// printConfig prints the effective build settings and where each came from.
func printConfig(c *cli.Context, cfg buildConfig) error {
	w := c.App.Writer
	if cfg.file != "" {
		fmt.Fprintf(w, "config file: %s\n", printable(cfg.file))
	} else {
		fmt.Fprintf(w, "config file: none (%s in the notes folder or the current folder)\n", configName)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, f := range c.Command.Flags {
		name := f.Names()[0]
		if name == "print-config" || name == "help" {
			continue
		}
		value := flagText(c, name)
		if cfg.sources[name] == fromDefault && (value == `""` || value == "0") {
			value = usageDefault(f, value)
		}
		fmt.Fprintf(tw, "%s\t%s\t(%s)\n", name, printable(value), printable(cfg.sources[name]))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "A note's front matter (deck, tags, reverse, cheatsheet) applies to that note.")
	return nil
}

// usageDefaultRE finds the default that a flag's help text names, as in
// "columns per page (default 3)", for flags whose zero value means "the
// exporter's default".
var usageDefaultRE = regexp.MustCompile(`\(default:? ([^()]*)\)`)

// usageDefault returns the default named in f's DefaultText or help text,
// or zero.
func usageDefault(f cli.Flag, zero string) string {
	if d, ok := f.(cli.DocGenerationFlag); ok {
		if t := d.GetDefaultText(); t != "" {
			return t // the cheat sheet's flags name their default so
		}
		if m := usageDefaultRE.FindStringSubmatch(d.GetUsage()); m != nil {
			return m[1]
		}
	}
	return zero
}

// flagText formats the value of flag name for people.
func flagText(c *cli.Context, name string) string {
	switch v := c.Value(name).(type) {
	case cli.StringSlice:
		return strings.Join(v.Value(), ",")
	case string:
		if v == "" {
			return `""`
		}
		return v
	case nil:
		return ""
	default:
		return fmt.Sprint(v)
	}
}

// yamlLineRE finds yaml's "line N: " in an error message.
var yamlLineRE = regexp.MustCompile(`line (\d+): `)

// yamlError formats a yaml error in file, whose content is data, as
// "file:N: message" on one line, with the line yaml names, else the first
// line that makes the file invalid ("\tout: x" gives no line).
func yamlError(file string, data []byte, err error) string {
	msg := strings.Join(strings.Fields(strings.TrimPrefix(err.Error(), "yaml: ")), " ")
	if strings.Contains(msg, "UTF-8") || strings.Contains(msg, "UTF-16") {
		msg += " (save the file as UTF-8)"
	}
	if m := yamlLineRE.FindStringSubmatchIndex(msg); m != nil {
		return fmt.Sprintf("%s:%s: %s", file, msg[m[2]:m[3]], msg[:m[0]]+msg[m[1]:])
	}
	line, off := 1, 0
	for {
		nl := bytes.IndexByte(data[off:], '\n')
		if nl < 0 {
			break
		}
		var v yaml.Node
		if err := yaml.NewDecoder(bytes.NewReader(data[:off+nl+1])).Decode(&v); err != nil && !errors.Is(err, io.EOF) {
			break
		}
		off += nl + 1
		line++
	}
	return fmt.Sprintf("%s:%d: %s", file, line, msg)
}
