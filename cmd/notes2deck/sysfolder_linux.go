package main

import (
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// systemFileSystems names the kernel's own file systems, which show the
// running system and hold no files of anyone's: "out: /proc" or
// "--out /sys/x" can never be an output folder.
var systemFileSystems = map[int64]string{
	unix.PROC_SUPER_MAGIC:    "proc",
	unix.SYSFS_MAGIC:         "sysfs",
	unix.CGROUP_SUPER_MAGIC:  "cgroup",
	unix.CGROUP2_SUPER_MAGIC: "cgroup2",
	unix.DEBUGFS_MAGIC:       "debugfs",
	unix.TRACEFS_MAGIC:       "tracefs",
	unix.SECURITYFS_MAGIC:    "securityfs",
	unix.DEVPTS_SUPER_MAGIC:  "devpts",
}

// systemFolder returns the nearest folder of dir that exists (dir itself or
// an ancestor) and the name of its file system when that is one of the
// kernel's, or "" and "" when it is not.
func systemFolder(dir string) (folder, fsName string) {
	p := filepath.Clean(dir)
	for {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			break
		}
		up := filepath.Dir(p)
		if up == p {
			return "", ""
		}
		p = up
	}
	var st unix.Statfs_t
	if unix.Statfs(p, &st) != nil {
		return "", ""
	}
	if name, ok := systemFileSystems[int64(st.Type)]; ok {
		return p, name
	}
	return "", ""
}
