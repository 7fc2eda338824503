"""Use cases of the Репутация section, per brand (a client); each takes a Session, none knows Qt.

`brands` (parameters, zone, working hours, the SLA table, the escalation ladder), `mention_import`
(a service's export previewed, then written in one transaction, and taken back), `queue` (the
mentions to answer: filters and full-text search at 500,000), `mentions` (one mention's workflow,
replies and complaints), `library` (queries, named lists, compiling, the tester and its marks),
`choice` (the service ranking with the planner's scores and the measured delay and overlap),
`figures` (the charts' and the report's numbers), `files` (the report, the plan, the export).
"""
