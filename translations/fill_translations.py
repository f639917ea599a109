#!/usr/bin/env python3
"""Fills the .ts files from the translation memory (translations/memory.json).

The memory is the single place where translations are written by hand: a JSON list of entries

    {"source": "Health check", "de": "Zustandsprüfung", "fr": "Bilan de santé", "ja": "ヘルスチェック"}

with an optional "comment" (the disambiguation given to tr()) and, for texts with %n (numerus),
lists of plural forms: "de": ["%n Stunde", "%n Stunden"], "fr": [one, other], "ja": [other],
"en": ["%n hour", "%n hours"]. English needs an entry only for numerus texts; every other English
message is its source text.

Workflow for new strings (see also README "Languages"):

    cmake --build build --target update_translations       # lupdate: new strings, unfinished
    python3 translations/fill_translations.py               # fill what the memory knows
    python3 translations/fill_translations.py --missing > new.json
    # translate: fill the empty "de", "fr", "ja" (and numerus "en") values in new.json
    python3 translations/fill_translations.py --add new.json   # checks, merges, fills

Each entry --missing prints may carry a "hint": the most similar source the memory already knows,
with its translations, for a text that was only reworded. --add ignores hints and "context".
Translators who prefer Qt Linguist edit the .ts files and then run --harvest, which copies their
finished translations into the memory (the test translations_complete insists both agree).

Every translation is checked before it is used: the same %1..%99 and %n placeholders as the
source, a & mnemonic when the source has one, the same HTML tags, the right number of plural
forms. A translation that fails a check is refused (reported, the message stays unfinished).
"""

import argparse
import difflib
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = {"en": 2, "de": 2, "fr": 2, "ja": 1}  # language → number of plural forms (Qt's rules)
TRANSLATED = ("de", "fr", "ja")

PLACEHOLDER = re.compile(r"%(?:n|L?\d{1,2})")
MNEMONIC = re.compile(r"&(?![&\s])")
# Rich-text tags a label may hold. <code>, <var>, <dir>… are not among them: in this app they name
# a command-line value ("--lang <code>") and may be translated.
TAG = re.compile(r"</?(a|b|i|u|s|br|p|em|strong|tt|span|div|ul|ol|li|table|tr|td|th|h[1-6]|pre|small|big|sub|sup|img|hr|nobr|qt|html|body|font)\b[^>]*>", re.IGNORECASE)


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def has_mnemonic(text):
    return bool(MNEMONIC.search(text.replace("&&", "")))


def tags(text):
    return sorted(t.lower() for t in TAG.findall(text))


def mnemonic(text):
    match = MNEMONIC.search(text.replace("&&", ""))
    return text.replace("&&", "")[match.end()].lower() if match and match.end() < len(text.replace("&&", "")) else None


def mnemonic_clashes(root):
    """(context, letter, translations) where a translation shares its & letter with another text of
    its context although the English sources do not clash: a hint, since a context may span windows."""
    by_context = {}
    for context, message in messages(root):
        translation = message.find("translation")
        if is_numerus(message) or translation.get("type"):
            continue
        source = message.findtext("source") or ""
        if mnemonic(source):
            by_context.setdefault(context, []).append((source, translation.text or ""))
    clashes = []
    for context, pairs in by_context.items():
        letters = {}
        for source, text in pairs:
            letters.setdefault(mnemonic(text), []).append((source, text))
        for letter, users in letters.items():
            if letter and len({mnemonic(source) for source, _ in users}) > 1:
                clashes.append((context, letter, [text for _, text in users]))
    return clashes


def problems(source, translation, numerus):
    """Why `translation` cannot stand for `source`, or [] when it can."""
    found = []
    if not translation.strip():
        return ["empty"]
    want = placeholders(source)
    got = placeholders(translation)
    if numerus:
        # A plural form may spell out the number ("one day"), so %n may be missing from a form,
        # but no other placeholder may be.
        want = [p for p in want if p != "%n"]
        got = [p for p in got if p != "%n"]
    if want != got:
        found.append("placeholders %s, source has %s" % (" ".join(got) or "none", " ".join(want) or "none"))
    if has_mnemonic(source) and not has_mnemonic(translation):
        found.append("no & mnemonic (source has one)")
    if tags(source) != tags(translation):
        found.append("HTML tags differ from the source")
    return found


# ---------------------------------------------------------------- the .ts files


def ts_files(ts_dir):
    files = {}
    for path in sorted(ts_dir.glob("ims-wizard_*.ts")):
        lang = path.stem.split("_", 1)[1]
        files[lang] = path
    return files


def load_ts(path):
    return ET.parse(path).getroot()


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write_ts(root, path):
    """Writes the file as lupdate does (so lupdate and this script do not fight over diffs)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    attrs = " ".join('%s="%s"' % (k, escape(v)) for k, v in root.attrib.items())
    out.append("<TS %s>" % attrs)
    for context in root.findall("context"):
        out.append("<context>")
        out.append("    <name>%s</name>" % escape(context.findtext("name") or ""))
        for message in context.findall("message"):
            mattrs = "".join(' %s="%s"' % (k, escape(v)) for k, v in message.attrib.items())
            out.append("    <message%s>" % mattrs)
            for child in message:
                if child.tag == "translation":
                    tattrs = "".join(' %s="%s"' % (k, escape(v)) for k, v in child.attrib.items())
                    forms = child.findall("numerusform")
                    if message.get("numerus") == "yes":
                        out.append("        <translation%s>" % tattrs)
                        for form in forms:
                            out.append("            <numerusform>%s</numerusform>" % escape(form.text or ""))
                        out.append("        </translation>")
                    else:
                        out.append("        <translation%s>%s</translation>" % (tattrs, escape(child.text or "")))
                else:
                    out.append("        <%s>%s</%s>" % (child.tag, escape(child.text or ""), child.tag))
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def messages(root):
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            yield name, message


def key_of(message):
    return (message.findtext("source") or "", message.findtext("comment") or "")


def is_numerus(message):
    return message.get("numerus") == "yes"


def is_finished(message):
    return message.find("translation").get("type") is None


# ---------------------------------------------------------------- the memory


def load_memory(path):
    if not path.exists():
        return []
    return json.loads(path.read_text(encoding="utf-8"))


def save_memory(entries, path):
    entries = sorted(entries, key=lambda e: (e["source"].lower(), e["source"], e.get("comment", "")))
    path.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def index(entries):
    return {(e["source"], e.get("comment", "")): e for e in entries}


def lookup(memory, key):
    # An entry for exactly this source and comment, else one for the source alone.
    return memory.get(key) or memory.get((key[0], ""))


def english_forms(source):
    """English plural forms of "%n file(s)": ["%n file", "%n files"]; None when not regular."""
    if "(s)" not in source:
        return None
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def translation_for(entry, lang, source, numerus):
    """The translation (a string, or a list of plural forms) or None; raises ValueError on a bad one."""
    if lang == "en" and not numerus:
        return source
    value = entry.get(lang) if entry else None
    if value is None and lang == "en":
        value = english_forms(source)
    if value in (None, "", []):
        return None
    if numerus:
        if isinstance(value, str):
            value = [value]
        if len(value) != LANGUAGES[lang]:
            raise ValueError("%d plural forms, %s needs %d" % (len(value), lang, LANGUAGES[lang]))
        for form in value:
            bad = problems(source, form, True)
            if bad:
                raise ValueError("; ".join(bad))
        return value
    if not isinstance(value, str):
        raise ValueError("a list, but the source is not a numerus text")
    bad = problems(source, value, False)
    if bad:
        raise ValueError("; ".join(bad))
    return value


def fill(ts_dir, memory_entries, refill=False):
    """Fills unfinished messages. Returns (filled, missing, refused) counts and writes the files."""
    memory = index(memory_entries)
    total_missing = 0
    ok = True
    for lang, path in ts_files(ts_dir).items():
        root = load_ts(path)
        filled = missing = 0
        for context, message in messages(root):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            if is_finished(message) and not refill:
                continue
            source, comment = key_of(message)
            try:
                value = translation_for(lookup(memory, (source, comment)), lang, source, is_numerus(message))
            except ValueError as error:
                print("%s: %s: refused: %s\n    %r" % (path.name, context, error, source), file=sys.stderr)
                ok = False
                value = None
            if value is None:
                missing += 1
                continue
            if is_numerus(message):
                for form in translation.findall("numerusform"):
                    translation.remove(form)
                for text in value:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
        write_ts(root, path)
        for context, letter, texts in mnemonic_clashes(root):
            print("%s: %s: mnemonic &%s used by %s (fine if they are in different windows)"
                  % (path.name, context, letter, " / ".join(texts)), file=sys.stderr)
        total_missing += missing
        print("%s: filled %d, still missing %d" % (path.name, filled, missing), file=sys.stderr)
    return total_missing, ok


def hint_for(source, memory_entries):
    """The memory's entry whose source is most like `source` (a reworded text), or None."""
    best, best_ratio = None, 0.75
    for entry in memory_entries:
        ratio = difflib.SequenceMatcher(None, source, entry["source"]).ratio()
        if ratio > best_ratio:
            best, best_ratio = entry, ratio
    if best is None:
        return None
    return {k: v for k, v in best.items() if k in ("source", "en") + TRANSLATED}


def missing_entries(ts_dir, memory_entries):
    """Entries to translate: every source some .ts file still lacks, with what the memory has."""
    memory = index(memory_entries)
    wanted = {}
    for lang, path in ts_files(ts_dir).items():
        for context, message in messages(load_ts(path)):
            if is_finished(message) or message.find("translation").get("type") in ("obsolete", "vanished"):
                continue
            source, comment = key_of(message)
            entry = wanted.get((source, comment))
            if entry is None:
                known = lookup(memory, (source, comment)) or {}
                entry = {"source": source}
                if comment:
                    entry["comment"] = comment
                entry["context"] = context
                for l in TRANSLATED:
                    entry[l] = known.get(l, [""] * LANGUAGES[l] if is_numerus(message) else "")
                if is_numerus(message) and not english_forms(source):
                    entry["en"] = known.get("en", ["", ""])
                hint = None if known else hint_for(source, memory_entries)
                if hint:
                    entry["hint"] = hint
                wanted[(source, comment)] = entry
    return list(wanted.values())


def add(memory_entries, new_entries):
    memory = index(memory_entries)
    for entry in new_entries:
        entry = {k: v for k, v in entry.items() if k not in ("context", "hint") and v not in ("", [], None)}
        entry = {k: v for k, v in entry.items() if not (isinstance(v, list) and not any(v))}
        key = (entry["source"], entry.get("comment", ""))
        numerus = any(isinstance(v, list) for k, v in entry.items() if k in LANGUAGES)
        for lang in [k for k in entry if k in LANGUAGES]:
            try:
                translation_for(entry, lang, entry["source"], numerus)
            except ValueError as error:
                print("not added (%s): %s\n    %r" % (lang, error, entry["source"]), file=sys.stderr)
                del entry[lang]
        merged = dict(memory.get(key, {}))
        merged.update(entry)
        memory[key] = merged
    return list(memory.values())


def ts_translation(lang, message):
    """A finished message's translation as the memory stores it (None for English non-numerus)."""
    translation = message.find("translation")
    if is_numerus(message):
        return [f.text or "" for f in translation.findall("numerusform")]
    if lang == "en":
        return None
    return translation.text or ""


def disagreements(ts_dir, memory_entries):
    """(file, source, in the file, in the memory) for finished messages the memory says otherwise."""
    memory = index(memory_entries)
    found = []
    for lang, path in ts_files(ts_dir).items():
        for context, message in messages(load_ts(path)):
            if not is_finished(message):
                continue
            source, comment = key_of(message)
            in_file = ts_translation(lang, message)
            if in_file is None:
                continue
            entry = lookup(memory, (source, comment)) or {}
            in_memory = entry.get(lang)
            if in_memory is None and lang == "en":
                in_memory = english_forms(source)
            if isinstance(in_memory, str) and is_numerus(message):
                in_memory = [in_memory]
            if in_memory != in_file:
                found.append((path.name, source, in_file, in_memory))
    return found


def harvest(ts_dir, memory_entries):
    """Copies the .ts files' finished translations into the memory (after editing in Linguist)."""
    memory = index(memory_entries)
    changed = 0
    edited = {}
    original = {}
    for lang, path in ts_files(ts_dir).items():
        for context, message in messages(load_ts(path)):
            if not is_finished(message):
                continue
            source, comment = key_of(message)
            value = ts_translation(lang, message)
            if value is None or (lang == "en" and value == english_forms(source)):
                continue
            try:
                translation_for({lang: value}, lang, source, is_numerus(message))
            except ValueError as error:
                print("%s: not harvested: %s\n    %r" % (path.name, error, source), file=sys.stderr)
                continue
            key = (source, comment)
            entry = memory.get(key) or {"source": source, **({"comment": comment} if comment else {})}
            # The same source in several contexts: the copy that differs from the memory was edited.
            before = original.setdefault((key, lang), entry.get(lang))
            if value == before:
                continue
            if (key, lang) not in edited:
                edited[(key, lang)] = value
                entry[lang] = value
                memory[key] = entry
                changed += 1
            elif edited[(key, lang)] != value:
                print("%s: two different edits of %r; kept %r" % (path.name, source, edited[(key, lang)]),
                      file=sys.stderr)
    print("harvested %d translation(s) into the memory" % changed, file=sys.stderr)
    return list(memory.values())


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ts-dir", type=Path, default=HERE)
    parser.add_argument("--memory", type=Path, default=HERE / "memory.json")
    parser.add_argument("--missing", action="store_true",
                        help="print the untranslated sources as JSON entries to fill in, and change nothing")
    parser.add_argument("--add", type=Path, metavar="FILE",
                        help="merge FILE's entries (the --missing format, filled in) into the memory, then fill")
    parser.add_argument("--refill", action="store_true",
                        help="also overwrite finished messages with the memory's translation")
    parser.add_argument("--harvest", action="store_true",
                        help="copy finished translations from the .ts files (edited in Qt Linguist) into the memory")
    args = parser.parse_args()

    entries = load_memory(args.memory)
    if args.missing:
        todo = missing_entries(args.ts_dir, entries)
        json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        print("%d source text(s) to translate" % len(todo), file=sys.stderr)
        return 0
    if args.harvest:
        entries = harvest(args.ts_dir, entries)
        save_memory(entries, args.memory)
    if args.add:
        entries = add(entries, json.loads(args.add.read_text(encoding="utf-8")))
        save_memory(entries, args.memory)
    # After a harvest, refill so that every context of a source shows the harvested translation.
    missing, ok = fill(args.ts_dir, entries, args.refill or args.harvest)
    if missing:
        print("Run with --missing to list what still needs a translation.", file=sys.stderr)
    return 0 if ok and not missing else 1


if __name__ == "__main__":
    sys.exit(main())
