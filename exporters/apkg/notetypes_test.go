package apkg

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"testing"

	"github.com/notes2deck/notes2deck/extract"
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

// TestNotetypeSchemaFixed pins what Anki's package import compares to tell
// whether the note type it has is ours: the count and names of the fields and
// of the card types, matched by id only when both sides carry one
// (Notetype::equal_schema, NoteField::is_match in rslib's
// import_export/package/apkg/import/notes.rs and notetype/merge.rs). A field
// added, renamed or reordered by a newer notes2deck, or an id given to a
// field or card type (matched by id against a copy whose ids, if any, are
// not ours), would make Anki import the note type as a copy
// (update_or_duplicate_notetype) and skip, as conflicting, every note a
// student already has of it (maybe_update_existing_note): their edits would
// stop reaching Anki. Such a change needs new note type ids.
func TestNotetypeSchemaFixed(t *testing.T) {
	want := []struct {
		kind   extract.Kind
		id     int64
		name   string
		cloze  bool
		fields []string
		tmpls  []string
	}{
		{extract.Basic, BasicID, "notes2deck Basic", false, []string{"Front", "Back", "Context", "Source"}, []string{"Card 1"}},
		{extract.Reversed, ReversedID, "notes2deck Basic (and reversed card)", false, []string{"Front", "Back", "Context", "Source"}, []string{"Card 1", "Card 2"}},
		{extract.Cloze, ClozeID, "notes2deck Cloze", true, []string{"Text", "Back Extra", "Context", "Source"}, []string{"Cloze"}},
	}
	names := func(list any) ([]string, bool) {
		var out []string
		withID := false
		for _, e := range list.([]any) {
			m := e.(map[string]any)
			out = append(out, m["name"].(string))
			if _, ok := m["id"]; ok {
				withID = true
			}
		}
		return out, withID
	}
	for _, w := range want {
		m := notetypeJSON(w.kind)
		if m["id"] != w.id || m["name"] != w.name || (m["type"] == 1) != w.cloze {
			t.Errorf("%s: id %v, name %v, type %v", w.name, m["id"], m["name"], m["type"])
		}
		if m["mod"] != notetypeMod {
			t.Errorf("%s: mod %v, want notetypeMod, the same in every build", w.name, m["mod"])
		}
		fields, fieldIDs := names(m["flds"])
		tmpls, tmplIDs := names(m["tmpls"])
		if !slices.Equal(fields, w.fields) || !slices.Equal(tmpls, w.tmpls) {
			t.Errorf("%s: fields %q, card types %q; want %q, %q", w.name, fields, tmpls, w.fields, w.tmpls)
		}
		if fieldIDs || tmplIDs {
			t.Errorf("%s: a field or card type carries an id: Anki matches two that both have one by id, "+
				"not by name, and ids the student's copy may have are not ours", w.name)
		}
	}
}
