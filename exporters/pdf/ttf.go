package pdf

import (
	"encoding/binary"
	"errors"
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

var errNotTrueType = errors.New("not a TrueType font")

// parseTTF reads the head, hhea, hmtx and cmap tables of a TrueType font.
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
			return nil, errNotTrueType
		}
		tag := string(data[rec : rec+4])
		off := int(binary.BigEndian.Uint32(data[rec+8:]))
		ln := int(binary.BigEndian.Uint32(data[rec+12:]))
		if off < 0 || ln < 0 || off+ln > len(data) {
			return nil, errNotTrueType
		}
		tables[tag] = data[off : off+ln]
	}
	head, hhea, hmtx, cmap := tables["head"], tables["hhea"], tables["hmtx"], tables["cmap"]
	if len(head) < 54 || len(hhea) < 36 || hmtx == nil || len(cmap) < 4 || tables["glyf"] == nil {
		return nil, errNotTrueType
	}
	t := &ttf{upem: float64(binary.BigEndian.Uint16(head[18:])), hmtx: hmtx, nHM: int(binary.BigEndian.Uint16(hhea[34:]))}
	if t.upem == 0 || t.nHM == 0 || len(hmtx) < 4*t.nHM {
		return nil, errNotTrueType
	}
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
			return nil, errNotTrueType
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
		return nil, errors.New("no Unicode character map")
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
