CREATE TABLE "audit_sample_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sample_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"revision" integer NOT NULL,
	"stratum_index" integer NOT NULL,
	"draw_order" integer NOT NULL,
	"received_kr" bigint NOT NULL,
	"finding_outcome" text,
	"finding_text" text,
	"finding_at" timestamp with time zone,
	"finding_by" text,
	CONSTRAINT "audit_sample_items_unique" UNIQUE("sample_id","recipient_code"),
	CONSTRAINT "audit_sample_items_outcome_check" CHECK ("audit_sample_items"."finding_outcome" is null or "audit_sample_items"."finding_outcome" in ('no_remark', 'remark', 'clawback_proposed')),
	CONSTRAINT "audit_sample_items_finding_check" CHECK (("audit_sample_items"."finding_outcome" is null) = ("audit_sample_items"."finding_text" is null and "audit_sample_items"."finding_at" is null and "audit_sample_items"."finding_by" is null))
);
--> statement-breakpoint
CREATE TABLE "audit_samples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"seed" bigint NOT NULL,
	"strata" jsonb NOT NULL,
	"population" jsonb NOT NULL,
	"population_size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "audit_samples_seed_check" CHECK ("audit_samples"."seed" between 0 and 4294967295)
);
--> statement-breakpoint
CREATE TABLE "clawbacks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"audit_sample_item_id" uuid NOT NULL,
	"ocr_reference" text NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "clawbacks_decision_unique" UNIQUE("decision_id"),
	CONSTRAINT "clawbacks_ocr_unique" UNIQUE("ocr_reference")
);
--> statement-breakpoint
CREATE TABLE "receivable_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"repayment_id" uuid,
	"decision_id" uuid,
	"paid_on" date NOT NULL,
	"amount_kr" bigint NOT NULL,
	"payer_reference" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "receivable_payments_amount_check" CHECK ("receivable_payments"."amount_kr" > 0),
	CONSTRAINT "receivable_payments_target_check" CHECK (("receivable_payments"."repayment_id" is null) <> ("receivable_payments"."decision_id" is null))
);
--> statement-breakpoint
ALTER TABLE "audit_sample_items" ADD CONSTRAINT "audit_sample_items_sample_id_audit_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."audit_samples"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_sample_items" ADD CONSTRAINT "audit_sample_items_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_sample_items" ADD CONSTRAINT "audit_sample_items_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_samples" ADD CONSTRAINT "audit_samples_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clawbacks" ADD CONSTRAINT "clawbacks_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clawbacks" ADD CONSTRAINT "clawbacks_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clawbacks" ADD CONSTRAINT "clawbacks_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clawbacks" ADD CONSTRAINT "clawbacks_audit_sample_item_id_audit_sample_items_id_fk" FOREIGN KEY ("audit_sample_item_id") REFERENCES "public"."audit_sample_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receivable_payments" ADD CONSTRAINT "receivable_payments_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receivable_payments" ADD CONSTRAINT "receivable_payments_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receivable_payments" ADD CONSTRAINT "receivable_payments_repayment_id_report_repayments_id_fk" FOREIGN KEY ("repayment_id") REFERENCES "public"."report_repayments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "receivable_payments" ADD CONSTRAINT "receivable_payments_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_samples_grant_idx" ON "audit_samples" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "clawbacks_grant_idx" ON "clawbacks" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "receivable_payments_grant_idx" ON "receivable_payments" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "receivable_payments_repayment_idx" ON "receivable_payments" USING btree ("repayment_id");--> statement-breakpoint
CREATE INDEX "receivable_payments_decision_idx" ON "receivable_payments" USING btree ("decision_id");