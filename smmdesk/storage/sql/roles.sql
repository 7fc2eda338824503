-- smmdesk on a team's PostgreSQL server: the three roles and what each may do.
--
-- Run once by the server's administrator (a superuser, or a role with CREATEROLE that owns the
-- database), connected to the smmdesk database:   psql -d smmdesk -f roles.sql
-- Then make each planner a login role in one of the groups, e.g.
--   CREATE ROLE anna LOGIN PASSWORD '…' IN ROLE smmdesk_planner;
-- The grants at the end are applied again by smmdesk itself after every schema upgrade (run by a
-- manager), so that new tables get them too; running this file again does no harm.
--
--   smmdesk_viewer   reads everything
--   smmdesk_planner  also edits (influencers, estimates, placements, contests, KPIs…)
--   smmdesk_manager  also approves estimates, records payments, draws contests, imports and
--                    upgrades the schema (the schema's tables belong to this role)

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'smmdesk_viewer') THEN
    CREATE ROLE smmdesk_viewer NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'smmdesk_planner') THEN
    CREATE ROLE smmdesk_planner NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'smmdesk_manager') THEN
    CREATE ROLE smmdesk_manager NOLOGIN;
  END IF;
END
$$;

GRANT smmdesk_viewer TO smmdesk_planner;
GRANT smmdesk_planner TO smmdesk_manager;
GRANT USAGE ON SCHEMA public TO smmdesk_viewer;
GRANT CREATE ON SCHEMA public TO smmdesk_manager;

-- @grants (smmdesk applies what follows after each upgrade)
GRANT SELECT ON ALL TABLES IN SCHEMA public TO smmdesk_viewer;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO smmdesk_planner;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO smmdesk_planner;
GRANT ALL ON ALL TABLES IN SCHEMA public TO smmdesk_manager;
GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO smmdesk_manager;
DO $$
BEGIN
  IF to_regclass('public.audit_log') IS NULL THEN
    RETURN;  -- no smmdesk schema yet, or an older one: smmdesk applies this after its upgrade
  END IF;
  -- What only a manager does: payments, draws and disqualifications, the placements an approval
  -- makes (a planner updates them), the decision on an estimate (who decided, when, the
  -- comment), and the schema itself.
  REVOKE INSERT, UPDATE, DELETE ON payment, contest_draw, contest_disqualification FROM smmdesk_planner;
  REVOKE INSERT, DELETE ON placement FROM smmdesk_planner;
  REVOKE UPDATE ON estimate_version FROM smmdesk_planner;
  GRANT UPDATE (status, sent_at, agency_fee_pct, vat_mode, vat_rate, currency, row_version, changed_by,
                changed_at) ON estimate_version TO smmdesk_planner;
  REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM smmdesk_planner;
  -- The audit log is written, never rewritten.
  REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM smmdesk_planner;
END
$$;
