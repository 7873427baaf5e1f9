CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference_number" text,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"grant_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"amount_kr" bigint NOT NULL,
	"payout_channel" text NOT NULL,
	"legal_basis" text NOT NULL,
	"reasons" text NOT NULL,
	"conditions" text NOT NULL,
	"appeal_text" text NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"supersedes_decision_id" uuid,
	"prepared_by" text NOT NULL,
	"decided_on" date,
	"decision_maker_id" uuid,
	"decision_maker_name" text,
	"issued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_reference_number_unique" UNIQUE("reference_number"),
	CONSTRAINT "decisions_supersedes_unique" UNIQUE("supersedes_decision_id"),
	CONSTRAINT "decisions_kind_check" CHECK ("decisions"."kind" in ('requisition', 'second_round', 'performance', 'clawback')),
	CONSTRAINT "decisions_status_check" CHECK ("decisions"."status" in ('draft', 'issued')),
	CONSTRAINT "decisions_channel_check" CHECK ("decisions"."payout_channel" in ('bank_transfer', 'general_funds')),
	CONSTRAINT "decisions_amount_kr_check" CHECK ("decisions"."amount_kr" >= 0),
	CONSTRAINT "decisions_issued_check" CHECK (("decisions"."status" = 'issued') = ("decisions"."reference_number" is not null and "decisions"."decided_on" is not null and "decisions"."decision_maker_name" is not null and "decisions"."issued_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "grant_decision_settings" (
	"grant_id" uuid PRIMARY KEY NOT NULL,
	"appeal_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_accounts" (
	"recipient_code" text PRIMARY KEY NOT NULL,
	"account_type" text NOT NULL,
	"account_number" text NOT NULL,
	"updated_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_accounts_type_check" CHECK ("payment_accounts"."account_type" in ('bankgiro', 'plusgiro'))
);
--> statement-breakpoint
CREATE TABLE "payout_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"payment_on" date NOT NULL,
	"total_kr" bigint NOT NULL,
	"created_by" text NOT NULL,
	"approved_by" text,
	"approved_at" timestamp with time zone,
	"paid_on" date,
	"paid_by" text,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_batches_status_check" CHECK ("payout_batches"."status" in ('draft', 'approved', 'paid')),
	CONSTRAINT "payout_batches_total_kr_check" CHECK ("payout_batches"."total_kr" >= 0),
	CONSTRAINT "payout_batches_paid_check" CHECK (("payout_batches"."status" = 'paid') = ("payout_batches"."paid_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "payout_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"decision_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"amount_kr" bigint NOT NULL,
	"channel" text NOT NULL,
	"account_type" text,
	"account_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payout_lines_decision_unique" UNIQUE("decision_id"),
	CONSTRAINT "payout_lines_amount_kr_check" CHECK ("payout_lines"."amount_kr" > 0),
	CONSTRAINT "payout_lines_account_check" CHECK (("payout_lines"."channel" = 'general_funds' and "payout_lines"."account_number" is null) or ("payout_lines"."channel" = 'bank_transfer' and "payout_lines"."account_number" is not null and "payout_lines"."account_type" is not null))
);
--> statement-breakpoint
CREATE TABLE "reference_counters" (
	"series" text NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reference_counters_unique" UNIQUE("series","year")
);
--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_supersedes_decision_id_decisions_id_fk" FOREIGN KEY ("supersedes_decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_decision_maker_id_users_id_fk" FOREIGN KEY ("decision_maker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_decision_settings" ADD CONSTRAINT "grant_decision_settings_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_accounts" ADD CONSTRAINT "payment_accounts_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_batches" ADD CONSTRAINT "payout_batches_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_lines" ADD CONSTRAINT "payout_lines_batch_id_payout_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payout_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_lines" ADD CONSTRAINT "payout_lines_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payout_lines" ADD CONSTRAINT "payout_lines_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decisions_grant_id_idx" ON "decisions" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "decisions_recipient_code_idx" ON "decisions" USING btree ("recipient_code");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_source_unique" ON "decisions" USING btree ("source_type","source_id","recipient_code","kind") WHERE "decisions"."supersedes_decision_id" is null;--> statement-breakpoint
CREATE INDEX "payout_batches_grant_id_idx" ON "payout_batches" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "payout_lines_batch_id_idx" ON "payout_lines" USING btree ("batch_id");