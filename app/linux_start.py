"""Whether Qt can open a window on this Linux desktop, asked before Qt tries.

Qt's X11 platform plugin (xcb) needs system libraries a fresh Debian or Ubuntu often
lacks (libxcb-cursor0 since Qt 6.5, libxcb-icccm4, libxcb-keysyms1, ...). Without them
Qt prints a paragraph about plugins and aborts with a core dump: the first thing a new
user of the README's first command saw. This module looks for each library the plugin
needs where the dynamic loader will, and names the packages that provide the missing
ones, so that the start can say what to install and exit instead.

Windows and macOS need nothing of this; neither does an explicit ``QT_QPA_PLATFORM``
(offscreen in the tests and the self-test), nor the command-line functions.
"""

import os
import sys
from collections.abc import Callable, Mapping
from importlib.util import find_spec

EXIT_NO_DISPLAY_LIBRARIES = 4  # (app.__main__'s codes end at 3)

# The system libraries Qt's GUI and its xcb plugin load (PySide6 6.x: readelf -d of
# libQt6Gui, libQt6XcbQpa, libqxcb), with the Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# What a Wayland session's plugin needs beyond those it shares (pip's PySide6 has it;
# the frozen bundle leaves it out, app.spec).
WAYLAND_LIBRARIES = ("libwayland-client.so.0", "libwayland-cursor.so.0", "libxkbcommon.so.0",
                     "libGL.so.1", "libEGL.so.1", "libfontconfig.so.1", "libfreetype.so.6",
                     "libdbus-1.so.3", "libglib-2.0.so.0")

Present = Callable[[str], bool]


def _folders() -> list[str]:
    """Where the dynamic loader looks for a library on Debian, Ubuntu, Fedora and the like,
    and where one may come with the application: the frozen bundle, PySide6's own folder."""
    multiarch = f"{os.uname().machine}-linux-gnu"
    folders = [part for part in os.environ.get("LD_LIBRARY_PATH", "").split(":") if part]
    folders += [f"/lib/{multiarch}", f"/usr/lib/{multiarch}", "/lib64", "/usr/lib64", "/lib",
                "/usr/lib"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(str(bundle))
    spec = find_spec("PySide6")  # (found, not imported: Qt must not load before the check)
    if spec is not None and spec.origin:
        folders.append(os.path.join(os.path.dirname(spec.origin), "Qt", "lib"))
    return folders


def present(name: str, folders: list[str] | None = None) -> bool:
    """Whether the dynamic loader will find ``name``. A file in the usual folders answers
    at once (plain stat calls: this runs on every start); only one not there is asked of
    the loader itself (a folder of ld.so.conf), since loading two dozen libraries ahead
    of Qt would cost tens of milliseconds."""
    if any(os.path.isfile(os.path.join(folder, name))
           for folder in (folders if folders is not None else _folders())):
        return True
    import _ctypes  # (the loader's own call, without building ctypes' Python types)

    try:
        _ctypes.dlopen(name, os.RTLD_LAZY)
    except OSError:
        return False
    return True


def missing(names: "tuple[str, ...] | list[str]", found: Present | None = None) -> list[str]:
    """The libraries of ``names`` that the dynamic loader cannot find."""
    if found is None:
        folders = _folders()
        return [name for name in names if not present(name, folders)]
    return [name for name in names if not found(name)]


def needs_check(platform: str, environ: Mapping[str, str]) -> bool:
    """Linux, with a desktop session, and Qt left to choose its platform itself."""
    return (platform.startswith("linux") and not environ.get("QT_QPA_PLATFORM")
            and bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")))


def missing_for_window(platform: str, environ: Mapping[str, str], frozen: bool = False,
                       found: Present | None = None) -> list[str]:
    """The libraries whose absence would stop Qt from opening a window here ([] if none).

    A Wayland session's own plugin does without the xcb libraries (except in the frozen
    bundle, which has only xcb)."""
    if not needs_check(platform, environ):
        return []
    absent = missing(tuple(XCB_LIBRARIES), found)
    if absent and environ.get("WAYLAND_DISPLAY") and not frozen \
            and not missing(WAYLAND_LIBRARIES, found):
        return []
    return absent


def packages(absent: list[str]) -> list[str]:
    """The Debian/Ubuntu packages that provide ``absent``, in the table's order."""
    return list(dict.fromkeys(XCB_LIBRARIES[name] for name in XCB_LIBRARIES if name in absent))


def message(absent: list[str]) -> str:
    """What the start prints instead of Qt's abort: in Chinese, then in English."""
    command = "sudo apt-get install " + " ".join(packages(absent))
    names = "、".join(absent)
    return (
        f"无法打开窗口：缺少 Qt 图形界面所需的系统库（{names}）。\n"
        f"在 Debian/Ubuntu 上请先安装：\n    {command}\n"
        "然后重新运行。其他 Linux 发行版请安装提供这些库的软件包。"
        "命令行功能（check、export 等）不需要这些库。\n\n"
        f"Cannot open a window: system libraries Qt needs are missing ({', '.join(absent)}).\n"
        f"On Debian/Ubuntu install them with:\n    {command}\n"
        "and run again. On other distributions install the packages that provide these "
        "libraries. The command-line functions (check, export, ...) do not need them.\n")
