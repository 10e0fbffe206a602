"""The billing API's handlers: each returns (status, JSON body)."""


def list_invoices(store) -> tuple[int, dict]:
    """GET /invoices: every invoice, newest first."""
    invoices = sorted(store.invoices.values(), key=lambda i: i["date"], reverse=True)
    return 200, {"invoices": invoices}
