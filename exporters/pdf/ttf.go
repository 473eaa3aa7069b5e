package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// A ttf is the part of a TrueType font needed to measure text: the character
// map and the horizontal metrics.
type ttf struct {
	upem    float64
	hmtx    []byte      // advance, lsb pairs
	nHM     int         // numberOfHMetrics
	ranges  []cmapRange // format 12 groups, sorted
	segs    []cmapSeg   // format 4 segments
	cmap4   []byte      // the format 4 subtable, for glyphIdArray lookups
	hasFmt4 bool
	loca    []byte // glyph offsets, 2 or 4 bytes each (locaLong)
	glyf    []byte
	// locaLong is set when loca's offsets are 4 bytes long.
	locaLong bool
}

// A cmapRange maps runes first..last to glyphs start.. (cmap format 12).
type cmapRange struct {
	first, last rune
	start       uint32
}

// A cmapSeg is one segment of a cmap format 4 subtable.
type cmapSeg struct {
	end, start      uint16
	delta, rangeOff uint16
	rangePos        int // offset of the idRangeOffset entry in cmap4
}

// errNotTrueType and errNoUnicode are what a font that is not damaged may
// lack; other errors of parseTTF say where a TrueType font is damaged.
var (
	errNotTrueType = errors.New("not a TrueType font")
	errNoUnicode   = errors.New("no Unicode character map")
	errRestricted  = errors.New("its licence forbids embedding it in a document (OS/2 fsType)")
)

// parseTTF reads the head, hhea, hmtx and cmap tables of a TrueType font,
// and checks the tables gofpdf reads to embed it (see checkEmbeddable).
func parseTTF(data []byte) (*ttf, error) {
	if len(data) < 12 {
		return nil, errNotTrueType
	}
	switch string(data[:4]) {
	case "\x00\x01\x00\x00", "true":
	default:
		return nil, errNotTrueType
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	tables := map[string][]byte{}
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			return nil, errors.New("the table directory is cut short")
		}
		tag := string(data[rec : rec+4])
		off := int(binary.BigEndian.Uint32(data[rec+8:]))
		ln := int(binary.BigEndian.Uint32(data[rec+12:]))
		if off < 0 || ln < 0 || off+ln > len(data) {
			return nil, fmt.Errorf("table %q runs past the end of the file", tag)
		}
		tables[tag] = data[off : off+ln]
	}
	if err := checkEmbeddable(tables); err != nil {
		return nil, err
	}
	head, hhea, hmtx, cmap := tables["head"], tables["hhea"], tables["hmtx"], tables["cmap"]
	t := &ttf{upem: float64(binary.BigEndian.Uint16(head[18:])), hmtx: hmtx, nHM: int(binary.BigEndian.Uint16(hhea[34:])),
		loca: tables["loca"], glyf: tables["glyf"], locaLong: binary.BigEndian.Uint16(head[50:]) == 1}
	// Prefer a format 12 (full Unicode) subtable, else format 4 (BMP).
	var f4, f12 []byte
	nt := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := 0; i < nt; i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			break
		}
		pid, eid := binary.BigEndian.Uint16(cmap[rec:]), binary.BigEndian.Uint16(cmap[rec+2:])
		off := int(binary.BigEndian.Uint32(cmap[rec+4:]))
		if off+4 > len(cmap) || !(pid == 0 || pid == 3 && (eid == 1 || eid == 10)) {
			continue
		}
		sub := cmap[off:]
		switch binary.BigEndian.Uint16(sub) {
		case 4:
			f4 = sub
		case 12:
			f12 = sub
		}
	}
	switch {
	case len(f12) >= 16:
		ng := int(binary.BigEndian.Uint32(f12[12:]))
		for i := 0; i < ng && 16+12*i+12 <= len(f12); i++ {
			g := f12[16+12*i:]
			t.ranges = append(t.ranges, cmapRange{rune(binary.BigEndian.Uint32(g)), rune(binary.BigEndian.Uint32(g[4:])), binary.BigEndian.Uint32(g[8:])})
		}
		sort.Slice(t.ranges, func(i, j int) bool { return t.ranges[i].first < t.ranges[j].first })
	case len(f4) >= 14:
		segX2 := int(binary.BigEndian.Uint16(f4[6:]))
		if 16+4*segX2 > len(f4) {
			return nil, errors.New("table \"cmap\" is cut short")
		}
		for i := 0; i < segX2/2; i++ {
			s := cmapSeg{
				end:      binary.BigEndian.Uint16(f4[14+2*i:]),
				start:    binary.BigEndian.Uint16(f4[16+segX2+2*i:]),
				delta:    binary.BigEndian.Uint16(f4[16+2*segX2+2*i:]),
				rangeOff: binary.BigEndian.Uint16(f4[16+3*segX2+2*i:]),
				rangePos: 16 + 3*segX2 + 2*i,
			}
			t.segs = append(t.segs, s)
		}
		t.cmap4 = f4
		t.hasFmt4 = true
	default:
		return nil, errNoUnicode
	}
	return t, nil
}

// glyph returns the glyph index of r, 0 when the font has none.
func (t *ttf) glyph(r rune) uint16 {
	if t.ranges != nil {
		i := sort.Search(len(t.ranges), func(i int) bool { return t.ranges[i].last >= r })
		if i < len(t.ranges) && t.ranges[i].first <= r {
			return uint16(t.ranges[i].start + uint32(r-t.ranges[i].first))
		}
		return 0
	}
	if r > 0xFFFF || r < 0 {
		return 0
	}
	c := uint16(r)
	i := sort.Search(len(t.segs), func(i int) bool { return t.segs[i].end >= c })
	if i == len(t.segs) || t.segs[i].start > c {
		return 0
	}
	s := t.segs[i]
	if s.rangeOff == 0 {
		return c + s.delta
	}
	p := s.rangePos + int(s.rangeOff) + 2*int(c-s.start)
	if p+2 > len(t.cmap4) {
		return 0
	}
	g := binary.BigEndian.Uint16(t.cmap4[p:])
	if g == 0 {
		return 0
	}
	return g + s.delta
}

// advance returns the advance width of glyph g in font units.
func (t *ttf) advance(g uint16) int {
	i := min(int(g), t.nHM-1)
	return int(binary.BigEndian.Uint16(t.hmtx[4*i:]))
}

// xMin returns the left edge of glyph g's outline, in font units from
// where the glyph is placed, and false for a glyph with no outline.
func (t *ttf) xMin(g uint16) (int, bool) {
	var at, end int
	if t.locaLong {
		if 4*int(g)+8 > len(t.loca) {
			return 0, false
		}
		at, end = int(binary.BigEndian.Uint32(t.loca[4*int(g):])), int(binary.BigEndian.Uint32(t.loca[4*int(g)+4:]))
	} else {
		if 2*int(g)+4 > len(t.loca) {
			return 0, false
		}
		at, end = 2*int(binary.BigEndian.Uint16(t.loca[2*int(g):])), 2*int(binary.BigEndian.Uint16(t.loca[2*int(g)+2:]))
	}
	if end-at < 10 || end > len(t.glyf) {
		return 0, false
	}
	return int(int16(binary.BigEndian.Uint16(t.glyf[at+2:]))), true
}

// checkEmbeddable checks the tables of a TrueType font that gofpdf reads to
// embed a subset of it. gofpdf trusts them: a missing table is a nil
// dereference there, an offset out of range an index out of range, a
// composite glyph that contains itself an endless recursion. It reads the
// first Unicode (0/*, 3/1) character map of format 4.
func checkEmbeddable(tables map[string][]byte) error {
	for _, t := range []struct {
		tag string
		min int
	}{{"head", 54}, {"hhea", 36}, {"maxp", 6}, {"hmtx", 4}, {"loca", 4}, {"glyf", 0}, {"cmap", 4}, {"name", 6}, {"post", 16}} {
		b, ok := tables[t.tag]
		switch {
		case !ok:
			return fmt.Errorf("no %q table", t.tag)
		case len(b) < t.min:
			return fmt.Errorf("table %q is cut short", t.tag)
		}
	}
	if os2, ok := tables["OS/2"]; ok && (len(os2) < 72 || binary.BigEndian.Uint16(os2) > 1 && len(os2) < 90) {
		return errors.New(`table "OS/2" is cut short`)
	} else if ok {
		// gofpdf refuses such a font by printing to standard output, which
		// would corrupt a sheet written there (--out -).
		if fsType := binary.BigEndian.Uint16(os2[8:]); fsType == 0x0002 || fsType&0x0300 != 0 {
			return errRestricted
		}
	}
	u16 := func(b []byte, at int) int { return int(binary.BigEndian.Uint16(b[at:])) }
	head, hhea, hmtx := tables["head"], tables["hhea"], tables["hmtx"]
	glyphs, nHM := u16(tables["maxp"], 4), u16(hhea, 34)
	switch {
	case u16(head, 18) == 0:
		return errors.New(`table "head" gives 0 units per em`)
	case u16(head, 52) != 0 || u16(hhea, 32) != 0:
		return errors.New(`table "head" or "hhea" gives an unknown data format`)
	case glyphs == 0:
		return errors.New(`table "maxp" counts no glyph`)
	case nHM == 0:
		return errors.New(`table "hhea" counts no horizontal metric`)
	case 4*nHM+2*max(glyphs-nHM, 0) > len(hmtx):
		return errors.New(`table "hmtx" is cut short`)
	}
	loca, err := glyphOffsets(tables["loca"], u16(head, 50), glyphs, len(tables["glyf"]))
	if err != nil {
		return err
	}
	if err := checkComposites(tables["glyf"], loca); err != nil {
		return err
	}
	if err := checkNames(tables["name"]); err != nil {
		return err
	}
	return checkCmap4(tables["cmap"])
}

// glyphOffsets reads the loca table: where each glyph starts in the glyf
// table, and where the last ends.
func glyphOffsets(loca []byte, format, glyphs, glyfLen int) ([]int, error) {
	if format > 1 {
		return nil, fmt.Errorf("table \"head\" gives an unknown \"loca\" format %d", format)
	}
	size := 2 << format
	if (glyphs+1)*size > len(loca) {
		return nil, errors.New(`table "loca" is cut short`)
	}
	offs := make([]int, glyphs+1)
	for i := range offs {
		if format == 0 {
			offs[i] = 2 * int(binary.BigEndian.Uint16(loca[2*i:]))
		} else {
			offs[i] = int(binary.BigEndian.Uint32(loca[4*i:]))
		}
		if offs[i] > glyfLen || i > 0 && offs[i] < offs[i-1] {
			return nil, fmt.Errorf("table \"loca\" places glyph %d out of the \"glyf\" table", max(i-1, 0))
		}
	}
	return offs, nil
}

// checkComposites checks that each composite glyph's components are glyphs
// of the font, within the glyph's data, and do not contain the glyph.
func checkComposites(glyf []byte, loca []int) error {
	const (
		argWords  = 0x0001
		scale     = 0x0008
		more      = 0x0020
		xyScale   = 0x0040
		twoByTwo  = 0x0080
		headerLen = 10
	)
	components := func(g int) ([]int, error) {
		data := glyf[loca[g]:loca[g+1]]
		if len(data) == 1 || len(data) > 0 && len(data) < headerLen && data[0]&0x80 != 0 {
			return nil, fmt.Errorf("glyph %d is cut short", g)
		}
		if len(data) == 0 || data[0]&0x80 == 0 {
			return nil, nil // empty, or a simple glyph
		}
		var out []int
		for at, flags := headerLen, more; flags&more != 0; {
			if at+4 > len(data) {
				return nil, fmt.Errorf("glyph %d is cut short", g)
			}
			flags = int(binary.BigEndian.Uint16(data[at:]))
			c := int(binary.BigEndian.Uint16(data[at+2:]))
			if c >= len(loca)-1 {
				return nil, fmt.Errorf("glyph %d is made of glyph %d, which the font lacks", g, c)
			}
			out = append(out, c)
			at += 6
			if flags&argWords != 0 {
				at += 2
			}
			switch {
			case flags&scale != 0:
				at += 2
			case flags&xyScale != 0:
				at += 4
			case flags&twoByTwo != 0:
				at += 8
			}
		}
		return out, nil
	}
	// Depth-first, marking each glyph while its components are walked.
	const (
		unseen = iota
		walking
		done
	)
	state := make([]uint8, len(loca)-1)
	var walk func(g int) error
	walk = func(g int) error {
		switch state[g] {
		case walking:
			return fmt.Errorf("glyph %d contains itself", g)
		case done:
			return nil
		}
		state[g] = walking
		cs, err := components(g)
		for _, c := range cs {
			if err == nil {
				err = walk(c)
			}
		}
		state[g] = done
		return err
	}
	for g := range state {
		if err := walk(g); err != nil {
			return err
		}
	}
	return nil
}

// checkNames checks the records of a name table of format 0: each string
// within the table, and the Windows Unicode ones of an even length.
func checkNames(name []byte) error {
	if binary.BigEndian.Uint16(name) != 0 {
		return nil // gofpdf reads no other format
	}
	count, strOff := int(binary.BigEndian.Uint16(name[2:])), int(binary.BigEndian.Uint16(name[4:]))
	if 6+12*count > len(name) {
		return errors.New(`table "name" is cut short`)
	}
	for i := 0; i < count; i++ {
		r := name[6+12*i:]
		platform, size, off := binary.BigEndian.Uint16(r), int(binary.BigEndian.Uint16(r[8:])), int(binary.BigEndian.Uint16(r[10:]))
		if strOff+off+size > len(name) || platform == 3 && size%2 != 0 {
			return fmt.Errorf("table \"name\": record %d is out of the table", i)
		}
	}
	return nil
}

// checkCmap4 checks the character map gofpdf reads: the first Unicode one
// of format 4, whose segments must be within the table, in order and
// apart (else gofpdf walks up to 2³¹ characters).
func checkCmap4(cmap []byte) error {
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	if 4+8*n > len(cmap) {
		return errors.New(`table "cmap" is cut short`)
	}
	var sub []byte
	for i := 0; i < n && sub == nil; i++ {
		rec := cmap[4+8*i:]
		pid, eid, off := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:]), int(binary.BigEndian.Uint32(rec[4:]))
		if pid != 0 && (pid != 3 || eid != 1) {
			continue
		}
		if off < 0 || off+2 > len(cmap) {
			return fmt.Errorf("table \"cmap\": map %d is out of the table", i)
		}
		if binary.BigEndian.Uint16(cmap[off:]) == 4 {
			sub = cmap[off:]
		}
	}
	if sub == nil {
		return errNoUnicode
	}
	if len(sub) < 14 || int(binary.BigEndian.Uint16(sub[2:])) > len(sub) {
		return errors.New(`table "cmap" is cut short`)
	}
	segs := int(binary.BigEndian.Uint16(sub[6:])) / 2
	if 16+8*segs > len(sub) {
		return errors.New(`table "cmap" is cut short`)
	}
	last := -1
	for i := 0; i < segs; i++ {
		end, start := int(binary.BigEndian.Uint16(sub[14+2*i:])), int(binary.BigEndian.Uint16(sub[16+2*segs+2*i:]))
		if start > end {
			continue // empty
		}
		if start <= last {
			return errors.New(`table "cmap": character ranges overlap`)
		}
		last = end
	}
	return nil
}
