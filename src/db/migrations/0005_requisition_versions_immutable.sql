-- Signed requisition versions and confirmed second rounds are records of what was signed and
-- decided: once written they can be neither changed nor removed. Rows are only INSERTed.
CREATE FUNCTION requisition_records_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is immutable: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER requisition_versions_immutable
  BEFORE UPDATE OR DELETE ON requisition_versions
  FOR EACH ROW EXECUTE FUNCTION requisition_records_reject_change();
--> statement-breakpoint
CREATE TRIGGER second_rounds_immutable
  BEFORE UPDATE OR DELETE ON second_rounds
  FOR EACH ROW EXECUTE FUNCTION requisition_records_reject_change();
--> statement-breakpoint
CREATE TRIGGER second_round_rows_immutable
  BEFORE UPDATE OR DELETE ON second_round_rows
  FOR EACH ROW EXECUTE FUNCTION requisition_records_reject_change();
