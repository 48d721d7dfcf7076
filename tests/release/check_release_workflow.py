#!/usr/bin/env python3
"""Checks .github/workflows/release.yml, which only GitHub can run: it must parse as YAML and
have the shape README's "Making a release" promises. Exit 0: fine; 1: a problem (each printed);
77: python3-yaml is missing (CTest reports the test as skipped).

Usage: check_release_workflow.py <source dir> <Qt version find_package asks for, e.g. 6.4>
"""
import pathlib
import re
import sys

try:
    import yaml
except ImportError:
    print("check_release_workflow: python3-yaml is not installed; skipped")
    sys.exit(77)

SKIP = 77
FULL_SHA = re.compile(r"^[0-9a-f]{40}$")
FULL_VERSION_TAG = re.compile(r"^v\d+\.\d+\.\d+$")
# Each installer job: its runner or container, and the commands it must run, in order.
EXPECTED_JOBS = {
    "linux": ["install-build-deps.sh", "cmake --preset release", "cmake --build --preset release",
              "ctest --preset release", 'cpack -G "DEB;TGZ"'],
    "windows": ["cmake --preset release", "cmake --build --preset release", "ctest --preset release",
                "cpack -G NSIS"],
    "macos": ["cmake --preset release", "cmake --build --preset release", "ctest --preset release",
              "cpack -G DragNDrop"],
}
QT_ARCH = {"windows": "win64_msvc2019_64", "macos": "clang_64"}


def main():
    source = pathlib.Path(sys.argv[1])
    required_qt = sys.argv[2]
    text = (source / ".github/workflows/release.yml").read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    problems = []

    def need(condition, message):
        if not condition:
            problems.append(message)

    # YAML 1.1 (PyYAML) reads the key `on` as the boolean true.
    triggers = workflow.get("on", workflow.get(True)) or {}
    tags = ((triggers.get("push") or {}).get("tags")) or []
    need("v*" in tags, "on.push.tags must hold 'v*' (a pushed version tag starts the release)")
    need("workflow_dispatch" in triggers, "on.workflow_dispatch is missing (run by hand)")

    env = workflow.get("env") or {}
    qt_version = str(env.get("QT_VERSION", ""))
    need(re.fullmatch(r"\d+\.\d+\.\d+", qt_version) is not None,
         "env.QT_VERSION must be a full Qt version (x.y.z), got %r" % qt_version)
    need(qt_version.startswith(required_qt + "."),
         "env.QT_VERSION %s is not the %s that find_package(Qt6) asks for" % (qt_version, required_qt))
    # The version lives in one place: no other literal Qt version anywhere in the file.
    literal_versions = re.findall(r"\b6\.\d+\.\d+\b", text)
    need(literal_versions.count(qt_version) == 1 and len(set(literal_versions)) == 1,
         "a Qt version is spelled out outside env.QT_VERSION: %s" % literal_versions)

    # Every label the quick suite leaves out must exist in the tests' CMake files.
    labels_text = "\n".join(p.read_text(encoding="utf-8") for p in (source / "tests").rglob("CMakeLists.txt"))
    for label in str(env.get("QUICK_SUITE_EXCLUDES", "")).split("|"):
        need(re.search(r"LABELS[^)]*\b%s\b" % re.escape(label), labels_text) is not None,
             "QUICK_SUITE_EXCLUDES names %r, which no test carries" % label)

    jobs = workflow.get("jobs") or {}
    for name, commands in EXPECTED_JOBS.items():
        job = jobs.get(name)
        if job is None:
            problems.append("job %r is missing" % name)
            continue
        steps = job.get("steps") or []
        runs = "\n".join(str(step.get("run", "")) for step in steps)
        position = 0
        for command in commands:
            found = runs.find(command, position)
            need(found >= 0, "job %s: %r missing or out of order" % (name, command))
            position = max(position, found)
        uploads = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact@")]
        need(len(uploads) == 1 and (uploads[0].get("with") or {}).get("if-no-files-found") == "error",
             "job %s: one upload-artifact step that fails when no installer was made" % name)
        if name in QT_ARCH:
            qt_steps = [s for s in steps if str(s.get("uses", "")).startswith("jurplel/install-qt-action@")]
            need(len(qt_steps) == 1, "job %s: one install-qt-action step" % name)
            for step in qt_steps:
                options = step.get("with") or {}
                need(options.get("version") == "${{ env.QT_VERSION }}",
                     "job %s: install-qt-action must take env.QT_VERSION" % name)
                need(options.get("arch") == QT_ARCH[name], "job %s: Qt arch must be %s" % (name, QT_ARCH[name]))
    need((jobs.get("linux") or {}).get("container") == "debian:12", "job linux must run in the debian:12 container")

    release = jobs.get("release") or {}
    need(sorted(release.get("needs") or []) == sorted(EXPECTED_JOBS),
         "job release must need linux, windows and macos")
    need("refs/tags/v" in str(release.get("if", "")), "job release must run on version tags only")
    need((release.get("permissions") or {}).get("contents") == "write",
         "job release needs contents: write to draft the release")

    # Every action pinned: a full commit SHA, or at least a full version tag (vX.Y.Z).
    for job_name, job in jobs.items():
        for step in job.get("steps") or []:
            uses = step.get("uses")
            if not uses:
                continue
            ref = uses.partition("@")[2]
            need(FULL_SHA.match(ref) or FULL_VERSION_TAG.match(ref),
                 "job %s: %s is not pinned to a commit SHA or a full version tag" % (job_name, uses))

    for problem in problems:
        print("check_release_workflow: " + problem)
    if not problems:
        print("check_release_workflow: release.yml is valid YAML with %d jobs, Qt %s pinned once"
              % (len(jobs), qt_version))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
