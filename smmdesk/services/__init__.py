"""Use cases: each takes a Session (or the open Database), returns domain objects, knows no Qt."""
