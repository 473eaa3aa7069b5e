// Package exporters holds what every output format shares: the Exporter
// interface and the stable note identity (GUIDs) that lets Anki update notes on
// re-import instead of duplicating them.
//
// Each format lives in its own sub-package (apkg, csv, pdf); they never import
// each other.
package exporters
