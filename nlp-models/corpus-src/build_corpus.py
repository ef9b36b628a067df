#!/usr/bin/env python3
"""Emits src/main/resources/corpus/<file>.jsonl from the hand-written *.txt lists beside it.

Line format:  INTENT [CATEGORY] ANGER [FLAG...] [key=value...] | text
  INTENT   C (complaint; a CATEGORY follows), S (suggestion), Q (inquiry)
  CATEGORY sa service_attitude, be business_error, sf system_fault, co coordination,
           pq product_quality, nc non_company
  FLAG     te threat_extreme, md media, lw lawsuit, wb whistleblow, cl collective, as asset_safety
  key      domain=, channel=, lang= override the current '@ key=value ...' section header;
           act= marks a non-request act (greeting, thanks, goodbye, human, yes, no), written to
           the JSONL as an extra "act" field; its intent is the one a request-less message gets
           (inquiry when calm, complaint when it carries dissatisfaction).
"""
import json
import pathlib
import sys

INTENTS = {"C": "complaint", "S": "suggestion", "Q": "inquiry"}
CATEGORIES = {"sa": "service_attitude", "be": "business_error", "sf": "system_fault",
              "co": "coordination", "pq": "product_quality", "nc": "non_company"}
FLAGS = {"te": "threat_extreme", "md": "media", "lw": "lawsuit", "wb": "whistleblow",
         "cl": "collective", "as": "asset_safety"}
LANGS = {"zh-Hans", "zh-Hant", "en", "mixed"}
ACTS = {"greeting", "thanks", "goodbye", "human", "yes", "no"}


def parse(path, prefix, seen):
    section, rows = {}, []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        where = f"{path.name}:{number}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            section = dict(token.split("=", 1) for token in line[1:].split())
            continue
        label, _, text = line.partition(" | ")
        text = text.strip()
        if not text:
            sys.exit(f"{where}: no text")
        tokens = label.split()
        intent = INTENTS.get(tokens.pop(0)) or sys.exit(f"{where}: bad intent")
        category = None
        if intent == "complaint":
            category = CATEGORIES.get(tokens.pop(0)) or sys.exit(f"{where}: bad category")
        anger = tokens.pop(0)
        if anger not in "0123" or len(anger) != 1:
            sys.exit(f"{where}: bad anger {anger}")
        fields = dict(section)
        flags = []
        for token in tokens:
            if "=" in token:
                key, value = token.split("=", 1)
                fields[key] = value
            elif token in FLAGS:
                flags.append(FLAGS[token])
            else:
                sys.exit(f"{where}: bad token {token}")
        if fields.get("lang") not in LANGS:
            sys.exit(f"{where}: bad lang")
        act = fields.pop("act", None)
        if act is not None and act not in ACTS:
            sys.exit(f"{where}: bad act {act}")
        if text in seen:
            sys.exit(f"{where}: duplicate of {seen[text]}")
        seen[text] = where
        row = {"id": f"{prefix}{len(rows) + 1:04d}", "text": text, "intent": intent,
               "category": category, "flags": sorted(flags), "anger": int(anger),
               "lang": fields["lang"], "domain": fields["domain"], "channel": fields["channel"]}
        if act is not None:
            row["act"] = act
        rows.append(row)
    return rows


def main():
    here = pathlib.Path(__file__).resolve().parent
    out = here.parent / "src/main/resources/corpus"
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.jsonl"):
        stale.unlink()
    seen, total = {}, 0
    for path in sorted(here.glob("*.txt")):
        rows = parse(path, path.stem[:3].upper() + "-", seen)
        with open(out / f"{path.stem}.jsonl", "w", encoding="utf-8") as sink:
            for row in rows:
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
        total += len(rows)
    print(f"{total} messages")


if __name__ == "__main__":
    main()
