"""Is a database file on a network drive? SQLite's locking is not reliable over network file systems (two
desks writing through SMB or NFS can corrupt the file), so the app warns and recommends PostgreSQL for
several desks.

Windows: a UNC path (``\\\\server\\share\\…``) or a drive letter whose type is ``DRIVE_REMOTE``
(``GetDriveTypeW``). macOS and Linux: the file system type of the mount that holds the file (``nfs``,
``smbfs``, ``cifs``, ``afpfs``, ``webdav``…), from ``psutil.disk_partitions`` or ``/proc/mounts``.
Every outside fact can be passed in, so tests fake them.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath, PureWindowsPath

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "smbfs",
        "smb",
        "smb2",
        "smb3",
        "cifs",
        "afpfs",
        "afs",
        "webdav",
        "davfs",
        "fuse.davfs2",
        "fuse.sshfs",
        "sshfs",
        "fuse.rclone",
        "9p",
        "ncpfs",
        "coda",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.ceph",
        "lustre",
        "gpfs",
        "ocfs2",
        "gfs2",
        "fuse.gvfsd-fuse",
    }
)
DRIVE_REMOTE = 4  # GetDriveTypeW


def network_file_system(
    path: Path | str,
    *,
    platform: str | None = None,
    mounts: Iterable[tuple[str, str]] | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """What kind of network storage holds ``path`` (``"nfs"``, ``"smbfs"``, ``"UNC share"``, ``"network
    drive"``…), or None for a local disk or when it cannot be told."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return _windows(str(path), drive_type or _get_drive_type)
    return _posix(str(path), _mount_table() if mounts is None else mounts)


def _windows(text: str, drive_type: Callable[[str], int]) -> str | None:
    text = text.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return "UNC share"
    if text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):
        text = text[4:]  # a long local path: \\?\C:\…
    elif text.startswith("\\\\"):
        return "UNC share"
    drive = PureWindowsPath(text).drive.upper()
    if not drive and sys.platform == "win32":  # a relative path: where it really is
        full = os.path.abspath(text)
        return _windows(full, drive_type) if PureWindowsPath(full).drive else None
    if len(drive) == 2 and drive[1] == ":":
        try:
            if drive_type(drive + "\\") == DRIVE_REMOTE:
                return "network drive"
        except OSError:
            return None
    return None


def _get_drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))  # type: ignore[attr-defined]


def _posix(text: str, mounts: Iterable[tuple[str, str]]) -> str | None:
    try:
        resolved = PurePosixPath(os.path.realpath(text)) if os.path.isabs(text) else PurePosixPath(text)
    except (OSError, ValueError):
        resolved = PurePosixPath(text)
    best: tuple[int, str] | None = None
    for mount_point, fs_type in mounts:
        point = PurePosixPath(mount_point)
        if resolved == point or point in resolved.parents:
            depth = len(point.parts)
            if best is None or depth >= best[0]:
                best = (depth, fs_type.lower())
    if best is None:
        return None
    fs_type = best[1]
    if fs_type in NETWORK_FILE_SYSTEMS or fs_type.startswith(("nfs", "smb", "cifs")):
        return fs_type
    return None


def _mount_table() -> list[tuple[str, str]]:
    try:
        import psutil

        return [(part.mountpoint, part.fstype) for part in psutil.disk_partitions(all=True)]
    except Exception:  # noqa: BLE001 - fall back to the kernel's own table
        return parse_proc_mounts()


def parse_proc_mounts(text: str | None = None) -> list[tuple[str, str]]:
    """Mount points and types from Linux's ``/proc/mounts`` (spaces in names are written ``\\040``)."""
    if text is None:
        try:
            text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return []
    table = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            table.append((point, fields[2]))
    return table
