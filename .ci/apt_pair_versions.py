"""Installs Debian packages that need 32-bit libraries when a mirror's i386 index lags.

wine32:i386 pulls in i386 copies of libraries the machine already has for amd64
(libssl3, liblzma5, ...). Debian requires both copies of such a "Multi-Arch: same"
library to be the same version. When the security mirror's i386 index fails to
download (seen: a size mismatch while the mirror syncs) the amd64 copies can be
newer than any i386 one apt can see, and apt refuses. This asks apt what blocks
the install, pins each blocking library to the newest version BOTH architectures
have (from the indexes apt verified), and repeats until apt agrees; then installs.

usage: python3 .ci/apt_pair_versions.py PACKAGE...   (run as root; exit 1 when apt never agrees)
"""

import os
import re
import subprocess
import sys

BLOCKED = re.compile(r"Depends: ([^\s:]+):i386\b[^\n]*? but (?:it is not (?:going to be installed|installable)"
                     r"|\S+ is to be installed)")


def versions(spec: str) -> list[str]:
    """Versions apt knows for pkg:arch, newest first."""
    out = subprocess.run(["apt-cache", "madison", spec], capture_output=True, text=True).stdout
    return [line.split("|")[1].strip() for line in out.splitlines() if line.count("|") >= 2]


def shared_version(name: str) -> str | None:
    amd64 = set(versions(f"{name}:amd64"))
    return next((v for v in versions(f"{name}:i386") if v in amd64), None)


def apt_install(packages: list[str], pins: dict[str, str], simulate: bool) -> subprocess.CompletedProcess[str]:
    args = ["apt-get", "install", "-y", "-q", "--no-install-recommends", "--allow-downgrades", *packages]
    for name, version in sorted(pins.items()):
        args += [f"{name}:amd64={version}", f"{name}:i386={version}"]
    if simulate:
        args.insert(2, "-s")
    env = {**os.environ, "LANG": "C", "LC_ALL": "C", "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(args, capture_output=True, text=True, env=env)


def main(packages: list[str]) -> int:
    pins: dict[str, str] = {}
    for _ in range(20):
        trial = apt_install(packages, pins, simulate=True)
        if trial.returncode == 0:
            if pins:
                print("pinned to versions both architectures have: "
                      + ", ".join(f"{n} {v}" for n, v in sorted(pins.items())))
            done = apt_install(packages, pins, simulate=False)
            print(done.stdout[-1500:], done.stderr[-1500:], sep="\n")
            return done.returncode
        blocked = set(BLOCKED.findall(trial.stdout + trial.stderr)) - set(pins)
        if not blocked:
            print(trial.stdout[-3000:], trial.stderr[-3000:], sep="\n")
            return 1
        for name in sorted(blocked):
            version = shared_version(name)
            if version is None:
                print(f"no version of {name} exists for both amd64 and i386")
                return 1
            pins[name] = version
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
