"""The three built-in exporters."""

import csv
import io
import json


def to_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else [])
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def to_json(rows: list[dict]) -> str:
    return json.dumps(rows)


def to_markdown(rows: list[dict]) -> str:
    if not rows:
        return ""
    head = "| " + " | ".join(rows[0]) + " |"
    rule = "|" + "---|" * len(rows[0])
    body = ["| " + " | ".join(str(v) for v in r.values()) + " |" for r in rows]
    return "\n".join([head, rule, *body])


EXPORTERS = {"csv": to_csv, "json": to_json, "markdown": to_markdown}
