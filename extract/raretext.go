package extract

import "bytes"

// commonBytes are the bytes that make up at least 0.1 % of the shared
// corpus's notes, the most frequent first (space 16 %, "e" 7 %, … "5" 0.1 %).
// containsText searches for the byte of a pattern that comes last here, or
// is not here at all.
const commonBytes = " etaionsrl\nc-dhumpgf*yb.wv#|,/k:)(`SA1xC$2>P0T\xd7\\\xe5I=DRE<][_\"M{}\xe6\xe7LNO\x80B3zFH\t'\xa4q+G\xe46Wj4\xd0\xe2\xe0\xc35"

// rarestByte returns the index in pat of its byte least frequent in notes,
// by commonBytes; the first such byte when several tie.
func rarestByte(pat string) int {
	best, rank := 0, -1
	for i := 0; i < len(pat); i++ {
		if r := int(byteRanks[pat[i]]); r > rank {
			best, rank = i, r
		}
	}
	return best
}

// byteRanks holds each byte's index in commonBytes, its first when it is
// there twice, or len(commonBytes) for a byte not there, the rarest: a
// table, not a search of commonBytes for each byte of every pattern.
var byteRanks = func() (ranks [256]uint8) {
	for c := range ranks {
		ranks[c] = uint8(len(commonBytes))
	}
	for i := len(commonBytes) - 1; i >= 0; i-- {
		ranks[commonBytes[i]] = uint8(i)
	}
	return ranks
}()

// containsText reports whether pat is within b, as bytes.Contains does, by
// the pairs of a text of pairMin bytes or more (lacksPair), then indexText.
func containsText(b []byte, pat string) bool {
	if lacksPair(b, pat) {
		return false // a long note without pat: most quick tests of one
	}
	return indexText(b, pat) >= 0
}

// indexText returns the index of the first pat in b, or -1, as bytes.Index
// does, by searching for pat's rarest byte and comparing around it: a source
// rewrite's quick test of the whole note ("\n+-", `class="dataframe"`) and
// a card rule's test of a line (" ⇌ ") are misses almost always, and
// bytes.Index searches for a pattern's first byte, often a space or a
// letter, then compares at every position of b once that byte is seen too
// often. After as many false hits as bytes.Index allows, the rest of b is
// left to bytes.Index.
func indexText(b []byte, pat string) int {
	if len(pat) == 0 {
		return 0
	}
	k := rarestByte(pat)
	c, fails := pat[k], 0
	for i := k; i < len(b); i++ {
		j := bytes.IndexByte(b[i:], c)
		if j < 0 {
			return -1
		}
		i += j
		start := i - k
		if start+len(pat) > len(b) {
			return -1 // every later start ends past b too
		}
		if string(b[start:start+len(pat)]) == pat {
			return start
		}
		if fails++; fails > 4+i>>4 {
			if j := bytes.Index(b[start+1:], []byte(pat)); j >= 0 {
				return start + 1 + j
			}
			return -1
		}
	}
	return -1
}
