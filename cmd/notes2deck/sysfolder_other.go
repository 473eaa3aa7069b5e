//go:build !linux

package main

// systemFolder reports no system folder: only Linux's kernel file systems
// are known.
func systemFolder(string) (folder, fsName string) { return "", "" }
