package apkg

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// templatesHash is the SHA-256 of the CSS and templates that notetypeMod
// dates. Anki only updates a note type whose mod is newer than its own copy,
// so a template or CSS change without a notetypeMod bump would never reach
// users who imported an earlier package.
const templatesHash = "9249fc6fc037d916bd21cbf7fc2f4c36cdc077e65cc1a73237932dc5bbb8790f"

func TestNotetypeModBumped(t *testing.T) {
	h := sha256.New()
	for _, s := range []string{css, frontTmpl, backTmpl, reverseFrontTmpl, reverseBackTmpl, clozeFrontTmpl, clozeBackTmpl} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != templatesHash {
		t.Errorf("the templates or CSS changed: set notetypeMod (notetypes.go) to the current Unix time, "+
			"then templatesHash to %q", got)
	}
}

func TestNotetypeIDsFixed(t *testing.T) {
	// Anki matches note types by id: these must never change.
	if BasicID != 1663813103 || ReversedID != 1293297649 || ClozeID != 1083406811 {
		t.Errorf("note type ids changed: %d %d %d", BasicID, ReversedID, ClozeID)
	}
}
