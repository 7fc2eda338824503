"""Plain-Python domain: money, estimate maths, metric formulas, the contest draw. No Qt, no SQLAlchemy."""
