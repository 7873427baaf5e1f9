-- An issued decision is frozen: neither the application nor anyone else may change or delete it. A
-- correction is a new decision that supersedes it (decisions.supersedes_decision_id). Drafts can
-- still be changed and discarded.
CREATE FUNCTION decisions_reject_change_when_issued() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'issued' THEN
    RAISE EXCEPTION 'decision % is issued and cannot be changed (%); issue a new decision that supersedes it', OLD.reference_number, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER decisions_frozen_when_issued
  BEFORE UPDATE OR DELETE ON decisions
  FOR EACH ROW EXECUTE FUNCTION decisions_reject_change_when_issued();
--> statement-breakpoint
-- A paid payout batch is frozen too, and its lines never change once written.
CREATE FUNCTION payout_batches_reject_change_when_paid() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'paid' THEN
    RAISE EXCEPTION 'payout batch % is paid and cannot be changed (%)', OLD.id, TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER payout_batches_frozen_when_paid
  BEFORE UPDATE OR DELETE ON payout_batches
  FOR EACH ROW EXECUTE FUNCTION payout_batches_reject_change_when_paid();
--> statement-breakpoint
CREATE FUNCTION payout_lines_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'payout_lines cannot be changed: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER payout_lines_no_update_or_delete
  BEFORE UPDATE OR DELETE ON payout_lines
  FOR EACH ROW EXECUTE FUNCTION payout_lines_reject_change();
