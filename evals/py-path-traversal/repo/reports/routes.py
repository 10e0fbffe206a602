"""The report service's routes: (method, path) to handler."""

ROUTES = {}


def route(method: str, prefix: str):
    def register(handler):
        ROUTES[(method, prefix)] = handler
        return handler

    return register
