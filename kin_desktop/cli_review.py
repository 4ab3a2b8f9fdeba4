"""``kin-desktop review``: the secretariat sets a record's review state from the command line.

Kept apart from ``cli.py`` (which registers it), like every command added with the second round of
issues. The next receipt to the record's delegate carries the state and the comment.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

REVIEW_STATES = ("received", "under_review", "has_issues", "registered")


def add_parser(commands: Any) -> None:
    review = commands.add_parser(
        "review",
        help="secretariat: set a practice's or commitment's review state (the next receipt carries it)",
    )
    review.add_argument("record_id", metavar="RECORD_ID")
    review.add_argument("--state", required=True, choices=REVIEW_STATES)
    review.add_argument(
        "--comment",
        metavar="TEXT",
        help='the comment for the delegate (default: keep the current one; "" clears it)',
    )
    review.add_argument("--json", action="store_true", help="print one JSON document")


def cmd_review(args: argparse.Namespace, data_dir: Any) -> int:
    from kin_desktop.services import profiles
    from kin_desktop.services.review import ReviewService

    with profiles.open_workspace(data_dir) as workspace:
        service = ReviewService(workspace)
        comment = args.comment
        if comment is None:
            history = service.review_history(args.record_id)
            comment = history[0].comment if history else ""
        revision = service.set_state(args.record_id, args.state, comment)
        view = service.record_view(args.record_id)
    result = {
        "id": args.record_id,
        "title": str(view.body.get("title", "")),
        "city": view.city,
        "review_state": view.state,
        "review_comment": view.comment,
        "recognized": view.recognized,
        "note_revision": revision.rev_id,
        "reviewed_revision": view.reviewed_rev_id,
    }
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(f"{args.record_id}  {view.state}  {view.city}  {result['title']}".rstrip())
        if view.comment:
            print(f"Comment: {view.comment}")
        print("The next receipt to this delegate carries it.")
    return 0
