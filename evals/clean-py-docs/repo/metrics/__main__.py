"""python -m metrics serve --port N"""

import argparse


def main() -> None:
    parser = argparse.ArgumentParser(prog="metrics")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve")
    serve.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    print(f"serving on {args.port}")


if __name__ == "__main__":
    main()
