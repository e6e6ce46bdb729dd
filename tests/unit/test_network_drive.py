"""A database on a network drive is recognized (faked mount tables and drive types: no network needed)."""

from shopdesk.services.network_drive import DRIVE_REMOTE, network_file_system, parse_proc_mounts

LINUX_MOUNTS = parse_proc_mounts(
    "/dev/sda1 / ext4 rw,relatime 0 0\n"
    "server:/export /mnt/shop nfs4 rw,vers=4.2 0 0\n"
    "//nas/shop\\040files /mnt/shop\\040files cifs rw 0 0\n"
    "/dev/sdb1 /mnt/shop/local ext4 rw 0 0\n"
    "sshfs#me@host: /home/me/remote fuse.sshfs rw 0 0\n"
)
MAC_MOUNTS = [("/", "apfs"), ("/Volumes/Shop", "smbfs"), ("/Volumes/Mac", "afpfs"), ("/Volumes/USB", "msdos")]


def test_a_file_on_an_nfs_or_cifs_mount_is_on_a_network_drive():
    assert network_file_system("/mnt/shop/shop.sqlite3", platform="linux", mounts=LINUX_MOUNTS) == "nfs4"
    assert network_file_system("/mnt/shop files/a.sqlite3", platform="linux", mounts=LINUX_MOUNTS) == "cifs"
    assert network_file_system("/home/me/remote/x.sqlite3", platform="linux", mounts=LINUX_MOUNTS) == "fuse.sshfs"


def test_the_deepest_mount_wins_and_local_disks_are_not_network_drives():
    assert network_file_system("/mnt/shop/local/shop.sqlite3", platform="linux", mounts=LINUX_MOUNTS) is None
    assert network_file_system("/home/me/shop.sqlite3", platform="linux", mounts=LINUX_MOUNTS) is None
    assert network_file_system("/mnt/shopping/x.sqlite3", platform="linux", mounts=LINUX_MOUNTS) is None


def test_macos_smb_and_afp_volumes_are_network_drives_and_a_usb_stick_is_not():
    assert network_file_system("/Volumes/Shop/shop.sqlite3", platform="darwin", mounts=MAC_MOUNTS) == "smbfs"
    assert network_file_system("/Volumes/Mac/shop.sqlite3", platform="darwin", mounts=MAC_MOUNTS) == "afpfs"
    assert network_file_system("/Volumes/USB/shop.sqlite3", platform="darwin", mounts=MAC_MOUNTS) is None


def test_windows_unc_paths_and_remote_drive_letters_are_network_drives():
    types = {"Z:\\": DRIVE_REMOTE, "C:\\": 3, "E:\\": 2}
    asked = []

    def drive_type(root):
        asked.append(root)
        return types[root]

    assert network_file_system(r"\\nas\shop\shop.sqlite3", platform="win32", drive_type=drive_type) == "UNC share"
    assert network_file_system("//nas/shop/shop.sqlite3", platform="win32", drive_type=drive_type) == "UNC share"
    assert network_file_system(r"\\?\UNC\nas\shop\a.sqlite3", platform="win32", drive_type=drive_type) == "UNC share"
    assert network_file_system(r"Z:\shop\shop.sqlite3", platform="win32", drive_type=drive_type) == "network drive"
    assert network_file_system(r"C:\Users\me\shop.sqlite3", platform="win32", drive_type=drive_type) is None
    assert network_file_system(r"\\?\C:\Users\me\shop.sqlite3", platform="win32", drive_type=drive_type) is None
    assert network_file_system(r"e:\shop.sqlite3", platform="win32", drive_type=drive_type) is None
    assert asked == ["Z:\\", "C:\\", "C:\\", "E:\\"]


def test_this_computers_own_temporary_folder_is_not_a_network_drive(tmp_path):
    assert network_file_system(tmp_path / "shop.sqlite3") is None
