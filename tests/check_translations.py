#!/usr/bin/env python3
"""CTest translations_complete: every .ts file is finished and in sync with the sources.

1. No message is unfinished, obsolete or vanished; each has a translation (the right number of
   plural forms for numerus texts) that keeps the source's placeholders, its & mnemonic and its
   HTML tags (the checks of translations/fill_translations.py).
2. lupdate run over the same sources with the same options into a temporary copy finds no new
   source text and drops none: the committed files know every tr() string in the code.

On failure it prints what is wrong and how to fix it (README "Languages").
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "translations"))
import fill_translations as ft  # noqa: E402

FIX = """To fix (README "Languages"):
  cmake --build build --target update_translations
  python3 translations/fill_translations.py
  python3 translations/fill_translations.py --missing > new.json   # translate the empty values
  python3 translations/fill_translations.py --add new.json"""


def message_keys(root):
    return {(context, ft.key_of(m)) for context, m in ft.messages(root)
            if m.find("translation").get("type") not in ("obsolete", "vanished")}


def check_file(lang, path):
    errors = []
    root = ft.load_ts(path)
    if root.get("sourcelanguage") not in ("en", "en_US", None):
        errors.append("%s: sourcelanguage is %s, not en" % (path.name, root.get("sourcelanguage")))
    count = 0
    for context, message in ft.messages(root):
        count += 1
        source, _ = ft.key_of(message)
        translation = message.find("translation")
        where = "%s: %s: %r" % (path.name, context, source[:70])
        kind = translation.get("type")
        if kind:
            errors.append("%s is %s" % (where, kind))
            continue
        if ft.is_numerus(message):
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if len(forms) != ft.LANGUAGES[lang]:
                errors.append("%s has %d plural forms, %s needs %d" % (where, len(forms), lang, ft.LANGUAGES[lang]))
            for form in forms:
                for problem in ft.problems(source, form, True):
                    errors.append("%s: %s" % (where, problem))
        else:
            for problem in ft.problems(source, translation.text or "", False):
                errors.append("%s: %s" % (where, problem))
    if count == 0:
        errors.append("%s holds no messages" % path.name)
    return errors


def check_in_sync(lupdate, sources, options, files):
    errors = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang, path in files.items():
            copy = Path(tmp) / path.name
            shutil.copy(path, copy)
            run = subprocess.run([lupdate, *options, "@" + str(sources), "-ts", str(copy)],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                errors.append("lupdate failed on %s:\n%s" % (path.name, run.stderr))
                continue
            before = message_keys(ft.load_ts(path))
            after = message_keys(ft.load_ts(copy))
            for context, (source, _) in sorted(after - before):
                errors.append("%s: new in the code, not in the file: %s: %r" % (path.name, context, source[:70]))
            for context, (source, _) in sorted(before - after):
                errors.append("%s: in the file, gone from the code: %s: %r" % (path.name, context, source[:70]))
    return errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ts-dir", type=Path, required=True)
    parser.add_argument("--sources", type=Path, required=True, help="file listing the scanned sources")
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("options", nargs="*", help="lupdate's options, after --")
    args = parser.parse_args()

    files = ft.ts_files(args.ts_dir)
    errors = []
    for lang in ft.LANGUAGES:
        if lang not in files:
            errors.append("translations/ims-wizard_%s.ts is missing" % lang)
    for lang, path in files.items():
        if lang not in ft.LANGUAGES:
            errors.append("%s: language %s is not in fill_translations.LANGUAGES" % (path.name, lang))
            continue
        errors += check_file(lang, path)
    errors += check_in_sync(args.lupdate, args.sources, args.options, files)
    # The memory is where translations live; a .ts edited by hand must be harvested into it.
    for name, source, in_file, in_memory in ft.disagreements(args.ts_dir, ft.load_memory(args.ts_dir / "memory.json")):
        errors.append("%s: %r: the file says %r, memory.json says %r (run fill_translations.py --harvest "
                      "to keep the file's, --refill to keep the memory's)" % (name, source[:60], in_file, in_memory))

    counts = {lang: len(message_keys(ft.load_ts(p))) for lang, p in files.items()}
    print("messages per file: %s" % ", ".join("%s %d" % kv for kv in sorted(counts.items())))
    if errors:
        for e in errors[:200]:
            print("FAIL " + e)
        if len(errors) > 200:
            print("… and %d more" % (len(errors) - 200))
        print(FIX)
        return 1
    print("all translations complete and in sync")
    return 0


if __name__ == "__main__":
    sys.exit(main())
