"""reportgen <query-file> --format csv|json|markdown"""

import argparse

from reportgen.exporters import EXPORTERS


def main() -> None:
    parser = argparse.ArgumentParser(prog="reportgen")
    parser.add_argument("query")
    parser.add_argument("--format", choices=sorted(EXPORTERS), default="csv")
    args = parser.parse_args()
    print(f"would run {args.query} as {args.format}")
