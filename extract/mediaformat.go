package extract

import (
	"bytes"
	"encoding/binary"
)

// unshownFormat names the image format of data when it is one that Anki
// cannot show on a computer nor on Android, whose card views are Chromium:
// TIFF, from scanners and old Macs' screenshots, and HEIC (HEIF), the
// iPhone camera's default. Only AnkiMobile, through Safari, shows them.
// The content decides, not the name: a PNG saved as scan.tiff shows. It
// returns "" for every other format, AVIF among them, which shares HEIF's
// "mif1" brand: a file that names the brand "avif" is AVIF.
func unshownFormat(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")):
		return "TIFF"
	case len(data) < 12 || string(data[4:8]) != "ftyp":
		return ""
	}
	switch string(data[8:12]) {
	case "heic", "heix", "hevc", "hevx", "heim", "heis":
		return "HEIC"
	case "mif1", "msf1":
		box := data[:min(len(data), max(int(binary.BigEndian.Uint32(data)), 12))]
		for i := 16; i+4 <= len(box); i += 4 { // the compatible brands
			if b := string(box[i : i+4]); b == "avif" || b == "avis" {
				return ""
			}
		}
		return "HEIC"
	}
	return ""
}
