package extract

import (
	"bytes"
	"encoding/binary"
	"mime"
	"net/http"
	"path/filepath"
	"strings"
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

// notMedia names the content of the file name holding data ("application/pdf")
// when it is neither a picture nor a sound or a video: "![slides](lecture.pdf)",
// which Obsidian shows as the PDF, "![x](other.md)", or a "cell.png" that
// holds a server's "<!DOCTYPE html>…404 Not Found" page or a line of text,
// packed as a picture, were a broken picture in Anki. A file named as a
// sound, a video or an SVG drawing is taken by its name, whatever it holds;
// any other by its content (a PNG named "assets.v2\\cell" or "chart.jpg", a
// TIFF, an icon, a WebP named ".png" are pictures).
func notMedia(name string, data []byte) string {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == ".svg" || isAudio(name) || sniffExt(data) != "" || unshownFormat(data) != "" ||
		ext == ".avif" && len(data) >= 8 && string(data[4:8]) == "ftyp" {
		return ""
	}
	kind, _, _ := mime.ParseMediaType(http.DetectContentType(data))
	if t, _, _ := strings.Cut(kind, "/"); t == "image" || t == "audio" || t == "video" {
		return ""
	}
	return kind
}
