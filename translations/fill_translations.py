#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Mailferry developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills in Mailferry's translations where Qt's own tools cannot. The .ts files are the only place
translations live; Qt's tools do the rest:

  lupdate   extracts the strings of ui/, app/ and core/ into the .ts files:
            cmake --build <dir> --target update_translations
  lconvert  merges the table below into the .ts files (later input wins), in lupdate's own layout
  lrelease  compiles them; unfinished translations are shipped too (no -nounfinished)

This script only turns a table into a .ts file for lconvert to merge:

  fill_translations.py todo > todo.json     every string without a translation in some language, as
                                            JSON; a string that only moved to another class is
                                            proposed with its translation from the other class
  (translate: fill each empty "de", "fr" and "es"; for plural strings a list [one, other]; set
   "reviewed": ["de"] for the languages a person who speaks them has read)
  fill_translations.py apply todo.json      merges them into mailferry_{de,fr,es}.ts with lconvert:
                                            type="unfinished" unless reviewed
  fill_translations.py english              the English plural forms ("1 message" / "2 messages")

A translation nobody has reviewed stays type="unfinished" (Qt Linguist shows it as to be checked);
tests/unit/translations (tst_translations) checks that every string has one and that placeholders,
accelerators and plural forms match the English."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("de", "fr", "es")


def lconvert():
    for candidate in (os.environ.get("LCONVERT"), "/usr/lib/qt6/bin/lconvert", shutil.which("lconvert6"),
                      shutil.which("lconvert")):
        if candidate and Path(candidate).exists():
            return candidate
    sys.exit("lconvert not found (Debian: apt-get install qt6-l10n-tools); set LCONVERT=/path/to/lconvert")


def messages(path):
    """Yields (context name, <message>) for every message of a .ts file."""
    for ctx in ET.parse(path).getroot().iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name"), msg


def forms_of(msg):
    """The translation of a <message>: a string, or a list of plural forms; empty if there is none."""
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("vanished", "obsolete"):
        return ""
    if msg.get("numerus") == "yes":
        forms = [f.text or "" for f in tr.findall("numerusform")]
        return forms if all(forms) else ""
    return tr.text or ""


def key_of(ctx, msg):
    return ctx, msg.findtext("source"), msg.findtext("comment")


def todo():
    """Prints the strings that lack a translation in any language, once each."""
    seen = {}
    for lang in LANGS:
        path = HERE / f"mailferry_{lang}.ts"
        by_source = {}
        for _, msg in messages(path):
            if forms_of(msg):
                by_source.setdefault(msg.findtext("source"), forms_of(msg))
        for ctx, msg in messages(path):
            if forms_of(msg):
                continue
            key = key_of(ctx, msg)
            entry = seen.setdefault(key, {"context": ctx, "source": key[1], "comment": key[2],
                                          "numerus": msg.get("numerus") == "yes"})
            entry[lang] = by_source.get(key[1], "")
    json.dump(list(seen.values()), sys.stdout, ensure_ascii=False, indent=1)
    print()


def merge(lang, entries):
    """Merges {(context, source, comment): (forms, reviewed)} into mailferry_<lang>.ts with lconvert.
    Only strings the .ts file already holds are merged (lupdate decides what exists)."""
    path = HERE / f"mailferry_{lang}.ts"
    present = {key_of(ctx, msg): msg.get("numerus") == "yes" for ctx, msg in messages(path)}
    root = ET.Element("TS", {"version": "2.1", "language": lang})
    by_context = {}
    for key, (value, reviewed) in entries.items():
        if key not in present or not value:
            continue
        ctx, source, comment = key
        if ctx not in by_context:
            by_context[ctx] = ET.SubElement(root, "context")
            ET.SubElement(by_context[ctx], "name").text = ctx
        msg = ET.SubElement(by_context[ctx], "message", {"numerus": "yes"} if present[key] else {})
        ET.SubElement(msg, "source").text = source
        if comment:
            ET.SubElement(msg, "comment").text = comment
        tr = ET.SubElement(msg, "translation", {} if reviewed else {"type": "unfinished"})
        if present[key]:
            for form in value if isinstance(value, list) else [value]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
    count = sum(len(c.findall("message")) for c in by_context.values())
    if count:
        with tempfile.TemporaryDirectory() as tmp:
            table = Path(tmp) / f"table_{lang}.ts"
            ET.ElementTree(root).write(table, encoding="utf-8", xml_declaration=True)
            subprocess.run([lconvert(), "-locations", "none", "-i", str(path), "-i", str(table),
                            "-o", str(path)], check=True)
    print(f"{path.name}: {count} translations merged")


def apply(table_path):
    entries = json.loads(Path(table_path).read_text(encoding="utf-8"))
    for lang in LANGS:
        merge(lang, {(e["context"], e["source"], e.get("comment")): (e[lang], lang in e.get("reviewed", []))
                     for e in entries if e.get(lang)})


def english():
    """English needs only the plural forms: "%n message(s)" -> "1 message" / "2 messages"."""
    table = {}
    for ctx, msg in messages(HERE / "mailferry_en.ts"):
        if msg.get("numerus") == "yes":
            src = msg.findtext("source")
            one = src.replace("(s) are ", " is ").replace("(s) were ", " was ").replace("(s)", "")
            table[key_of(ctx, msg)] = ([one, src.replace("(s)", "s")], False)
    merge("en", table)


if __name__ == "__main__":
    commands = {"todo": todo, "apply": apply, "english": english}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
