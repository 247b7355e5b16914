#!/usr/bin/env python3
"""Helps keep Mailferry's .ts files complete. The .ts files are the only place translations live.

After `cmake --build <dir> --target update_translations` has added new strings:

  fill_translations.py todo > todo.json     lists every unfinished string (all languages) as JSON; a string
                                            that only moved to another class keeps its committed translation
  (translate: fill each empty "de", "fr" and "es"; for plural strings a list [one, other])
  fill_translations.py apply todo.json      writes them into mailferry_{de,fr,es}.ts, marked finished
  fill_translations.py english              writes the English plural forms ("1 message" / "2 messages")

The files are written in lupdate's own layout, so a later refresh changes only what really changed.
tests/unit/translations (tst_translations) fails while anything is unfinished."""
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("de", "fr", "es")


def messages(tree):
    """Yields (context name, <message>) for every message of a .ts tree."""
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name"), msg


def set_translation(msg, value):
    """Fills <translation> with `value` (a list of forms for numerus messages) and marks it finished."""
    tr = msg.find("translation")
    for child in list(tr):
        tr.remove(child)
    tr.attrib.pop("type", None)
    if msg.get("numerus") == "yes":
        tr.text = None
        for form in value if isinstance(value, list) else [value]:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = value


def escape(text):
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace("'", "&apos;").replace('"', "&quot;")


def write_ts(tree, path):
    """Writes a .ts file exactly as lupdate does (declaration, DOCTYPE, indentation, escapes)."""
    root = tree.getroot()
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in root.attrib.items())
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attrs}>"]
    for ctx in root.iter("context"):
        out += ["<context>", f"    <name>{escape(ctx.findtext('name'))}</name>"]
        for msg in ctx.iter("message"):
            attrs = "".join(f' {k}="{escape(v)}"' for k, v in msg.attrib.items())
            out.append(f"    <message{attrs}>")
            for child in msg:
                attrs = "".join(f' {k}="{escape(v)}"' for k, v in child.attrib.items())
                forms = child.findall("numerusform")
                if forms:
                    out.append(f"        <{child.tag}{attrs}>")
                    out += [f"            <numerusform>{escape(f.text)}</numerusform>" for f in forms]
                    out.append(f"        </{child.tag}>")
                else:
                    out.append(f"        <{child.tag}{attrs}>{escape(child.text)}</{child.tag}>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def committed_translations(lang):
    """source -> finished translation in the committed file: lupdate drops a string that moved to
    another class (new context) and adds it as new, so its translation is found here by its text."""
    git = subprocess.run(["git", "show", f"HEAD:./mailferry_{lang}.ts"], cwd=HERE, capture_output=True)
    if git.returncode != 0:
        return {}
    found = {}
    for _, msg in messages(ET.parse(io.BytesIO(git.stdout))):
        tr = msg.find("translation")
        if tr.get("type") is None:
            forms = [f.text for f in tr.findall("numerusform")]
            found[msg.findtext("source")] = forms if msg.get("numerus") == "yes" else tr.text
    return found


def todo():
    """Prints the strings that are unfinished in any language, once each."""
    seen = {}
    for lang in LANGS:
        known = committed_translations(lang)
        for ctx, msg in messages(ET.parse(HERE / f"mailferry_{lang}.ts")):
            if msg.find("translation").get("type") == "unfinished":
                key = (ctx, msg.findtext("source"), msg.findtext("comment"))
                entry = seen.setdefault(key, {"context": ctx, "source": key[1], "comment": key[2],
                                              "numerus": msg.get("numerus") == "yes"})
                entry[lang] = known.get(key[1], "")
    json.dump(list(seen.values()), sys.stdout, ensure_ascii=False, indent=1)
    print()


def apply(table_path):
    entries = json.loads(Path(table_path).read_text(encoding="utf-8"))
    table = {(e["context"], e["source"], e.get("comment")): e for e in entries}
    for lang in LANGS:
        path = HERE / f"mailferry_{lang}.ts"
        tree = ET.parse(path)
        done = 0
        for ctx, msg in messages(tree):
            entry = table.get((ctx, msg.findtext("source"), msg.findtext("comment")))
            if entry and entry.get(lang):
                set_translation(msg, entry[lang])
                done += 1
        if done:
            write_ts(tree, path)
        print(f"{path.name}: {done} translations written")


def english():
    """English needs only the plural forms: "%n message(s)" -> "1 message" / "2 messages"."""
    path = HERE / "mailferry_en.ts"
    tree = ET.parse(path)
    for _, msg in messages(tree):
        if msg.get("numerus") == "yes":
            src = msg.findtext("source")
            one = src.replace("(s) are ", " is ").replace("(s) were ", " was ").replace("(s)", "")
            set_translation(msg, [one, src.replace("(s)", "s")])
    write_ts(tree, path)


if __name__ == "__main__":
    commands = {"todo": todo, "apply": apply, "english": english}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
