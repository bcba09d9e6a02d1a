#!/usr/bin/env bash
# Fails when the sources and translations/*.ts have drifted apart: lupdate runs over app/ and ui/ into a temporary
# copy of every .ts file (the same options as the update_translations target), then each message of the copy must be
# in the committed file already, finished and not empty; a message the sources no longer hold fails too.
# English (the source language) holds only the plural forms; the other languages hold every message. Prints every
# message that is missing, unfinished or obsolete. Fix with:
#   cmake --build build/dev --target update_translations   (then translate what it added)
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate="${LUPDATE:-}"
if [ -z "$lupdate" ]; then
    lupdate="$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)/lupdate"
fi
if [ ! -x "$lupdate" ]; then
    echo "check-translations: lupdate not found (set LUPDATE=/path/to/lupdate)" >&2
    exit 2
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# lupdate's own warnings (a tr() it cannot read) stay visible; its progress lines do not.
quiet() { grep -v '^Scanning directory' || true; }
common=(app ui -I app -I ui -extensions cpp,h,ui -no-obsolete -locations none -silent)
full=()
for ts in translations/invitedesk_*.ts; do
    name="$(basename "$ts")"
    cp "$ts" "$scratch/$name"
    # A file of the same language with no translations: lupdate fills it with the number of plural forms the
    # language has, so the committed file's count can be checked against it.
    language="$(grep -o -m1 'language="[^"]*"' "$ts")"
    printf '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" %s>\n</TS>\n' "$language" \
        >"$scratch/fresh_$name"
    if [ "$name" = invitedesk_en.ts ]; then
        "$lupdate" "${common[@]}" -pluralonly -ts "$scratch/$name" "$scratch/fresh_$name" 2>&1 | quiet
    else
        full+=("$scratch/$name" "$scratch/fresh_$name")
    fi
done
"$lupdate" "${common[@]}" -ts "${full[@]}" 2>&1 | quiet

python3 - "$scratch" translations/invitedesk_*.ts <<'EOF'
import os
import sys
import xml.etree.ElementTree as ET

scratch, committed_files = sys.argv[1], sys.argv[2:]


def messages(path):
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name"), message.findtext("source"), message.findtext("comment") or "")
            result[key] = message
    return result


def forms(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def describe(key):
    context, source, comment = key
    return f"{context}: {source!r}" + (f" ({comment})" if comment else "")


failures = 0
for committed in committed_files:
    name = os.path.basename(committed)
    have = messages(committed)
    updated = messages(os.path.join(scratch, name))
    fresh = messages(os.path.join(scratch, "fresh_" + name))
    problems = []
    for key, message in updated.items():
        if key not in have:
            problems.append(f"missing (not in {name} yet): {describe(key)}")
            continue
        original = have[key]
        translation = original.find("translation")
        texts = forms(original)
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished: {describe(key)}")
        elif any(not text.strip() for text in texts):
            problems.append(f"empty translation: {describe(key)}")
        if original.get("numerus") == "yes" and key in fresh:
            expected = len(forms(fresh[key]))
            if len(texts) != expected:
                problems.append(f"{len(texts)} plural forms, the language has {expected}: {describe(key)}")
    for key in have:
        if key not in updated:
            problems.append(f"no longer in the sources: {describe(key)}")
    for problem in problems:
        print(f"{name}: {problem}")
    print(f"check-translations: {name}: {len(updated)} messages, {len(problems)} problem(s)")
    failures += len(problems)

if failures:
    print(f"check-translations: FAILED with {failures} problem(s); run the update_translations target "
          "(cmake --build build/dev --target update_translations) and translate what it added")
    sys.exit(1)
print("check-translations: every .ts file matches the sources and is complete")
EOF
