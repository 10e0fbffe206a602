"""Contacts of the CRM."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Contact:
    name: str
    email: str


class DuplicateEmail(Exception):
    pass
