package extract

import "regexp"

// copyNames match the names sync tools and browsers give a second copy of
// a note, without its extension: "bio (conflicted copy)", "bio (Jane's
// conflicted copy 2026-11-01)", OneDrive's "bio-DESKTOP-AB12CD3",
// Syncthing's "bio.sync-conflict-20261101-120000-ABCDEFG", a second
// download's "bio (1)". The first group is the name of the note it copies.
var copyNames = []func() *regexp.Regexp{
	lazyRegexp(`(?i)^(.+?) \([^()]*conflicted copy[^()]*\)$`),
	lazyRegexp(`(?i)^(.+?)-(?:DESKTOP|LAPTOP)-[a-z0-9]+$`),
	lazyRegexp(`(?i)^(.+?)\.sync-conflict-[0-9]{8}-[0-9]{6}-[a-z0-9]+$`),
	lazyRegexp(`(?i)^(.+?) \([0-9]{1,3}\)$`),
}

// CopiedName returns the name of the note that a copy named stem (a file
// name without its extension) copies, "Compiler" for "Compiler (1)" or
// "bio.sync-conflict-20240101-123456-ABCDEFG", and whether stem is named
// as such a copy; stem itself if not.
func CopiedName(stem string) (string, bool) {
	for _, re := range copyNames {
		if m := re().FindStringSubmatch(stem); m != nil {
			return m[1], true
		}
	}
	return stem, false
}
