"""Use cases of review campaigns (Репутация → Отзывы), per brand (a client); each takes a Session,
none knows Qt, every rule comes from `domain.reviews`.

`campaigns` (create, edit, finish, read back as the domain's campaign), `customers` (a CRM's export
previewed, then written in one transaction, undoable as one step), `waves` (the next wave prepared
and refused when it breaks a rule; its requests and everyone not asked kept as the compliance log;
its files), `outcomes` (what came back: delivered, clicked, the review left), `surveys` (NPS and
CSAT answers; detractors into the mentions queue as a private follow-up), `erasure` (a finished
campaign's customers erased, the figures kept), `figures` (the funnel, NPS, CSAT, stars, ratings).
"""
