"""Queries of the orders database (sqlite3)."""

import sqlite3


def get_order(conn: sqlite3.Connection, order_id: int) -> tuple | None:
    return conn.execute("SELECT id, total, status FROM orders WHERE id = ?", (order_id,)).fetchone()
