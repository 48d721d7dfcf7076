#!/usr/bin/env python3
"""Fails when a .ts file is incomplete or its translations would break the UI.

Checks every message: a translation exists and is not marked unfinished, obsolete or vanished; no
form is empty; plural messages have the language's number of forms; every placeholder (%1..%99,
%n, %Ln) of the source is in each form; a text with one & accelerator keeps exactly one.
usage: check_ts_complete.py <file.ts> [--plural-only]
"""
import re
import sys
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"ru": 3, "en": 2}
PLACEHOLDER = re.compile(r"%L?(?:n|\d{1,2})")
ACCELERATOR = re.compile(r"&(?=[^&\s])")  # "&&" is a literal ampersand, "& " is text


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def problems(path, plural_only):
    root = ET.parse(path).getroot()
    language = root.get("language", "").split("_")[0]
    expected_forms = PLURAL_FORMS.get(language)
    if expected_forms is None:
        yield f"unknown language '{root.get('language')}'"
        return
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{name}: {source[:60]!r}"
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            if plural_only and not plural:
                yield f"{where}: a plural-only file holds a non-plural text"
                continue
            if translation is None:
                yield f"{where}: no translation"
                continue
            kind = translation.get("type")
            if kind:
                yield f"{where}: marked {kind}"
            forms = [f.text or "" for f in translation.findall("numerusform")] if plural else [translation.text or ""]
            if plural and len(forms) != expected_forms:
                yield f"{where}: {len(forms)} plural forms, {language} needs {expected_forms}"
            for form in forms:
                if not form.strip():
                    yield f"{where}: empty translation"
                    continue
                missing = set(placeholders(source)) - set(placeholders(form))
                if missing:
                    yield f"{where}: {form[:60]!r} lacks {', '.join(sorted(missing))}"
                if len(ACCELERATOR.findall(source)) == 1 and len(ACCELERATOR.findall(form)) != 1:
                    yield f"{where}: {form[:60]!r} needs exactly one & accelerator"


def main():
    path = sys.argv[1]
    found = list(problems(path, "--plural-only" in sys.argv[2:]))
    for problem in found:
        print(f"{path}: {problem}")
    count = sum(1 for _ in ET.parse(path).getroot().iter("message"))
    print(f"{path}: {count} messages, {len(found)} problems")
    return 1 if found or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
