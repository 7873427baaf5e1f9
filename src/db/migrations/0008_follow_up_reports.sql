CREATE TABLE "report_deadline_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"deadline_on" date NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_deadline_extensions_unique" UNIQUE("grant_id","recipient_code")
);
--> statement-breakpoint
CREATE TABLE "report_form_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"template_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_form_versions_unique" UNIQUE("grant_id","version")
);
--> statement-breakpoint
CREATE TABLE "report_forms" (
	"grant_id" uuid PRIMARY KEY NOT NULL,
	"current_version" integer NOT NULL,
	"voluntary" boolean DEFAULT false NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_repayments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"revision" integer NOT NULL,
	"outcome" text NOT NULL,
	"received_kr" bigint NOT NULL,
	"used_kr" bigint NOT NULL,
	"unused_kr" bigint NOT NULL,
	"to_repay_kr" bigint NOT NULL,
	"waived_kr" bigint NOT NULL,
	"ocr_reference" text,
	"due_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "report_repayments_unique" UNIQUE("report_id","revision"),
	CONSTRAINT "report_repayments_outcome_check" CHECK ("report_repayments"."outcome" in ('fully_used', 'repay', 'waived', 'kept')),
	CONSTRAINT "report_repayments_sum_check" CHECK ("report_repayments"."received_kr" = "report_repayments"."used_kr" + "report_repayments"."unused_kr" and "report_repayments"."to_repay_kr" + "report_repayments"."waived_kr" <= "report_repayments"."unused_kr"),
	CONSTRAINT "report_repayments_demand_check" CHECK (("report_repayments"."outcome" = 'repay') = ("report_repayments"."ocr_reference" is not null and "report_repayments"."due_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"revision" integer NOT NULL,
	"form_version" integer NOT NULL,
	"received_kr" bigint NOT NULL,
	"used_kr" bigint NOT NULL,
	"unused_kr" bigint NOT NULL,
	"content" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_submissions_unique" UNIQUE("report_id","revision")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"form_version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"used_kr" bigint,
	"costs" jsonb NOT NULL,
	"private_providers" text,
	"private_share_band" text,
	"answers" jsonb NOT NULL,
	"received_kr" bigint,
	"unused_kr" bigint,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"reopened_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "reports_unique" UNIQUE("grant_id","recipient_code"),
	CONSTRAINT "reports_status_check" CHECK ("reports"."status" in ('draft', 'submitted')),
	CONSTRAINT "reports_submitted_check" CHECK (("reports"."status" = 'submitted') = ("reports"."submitted_at" is not null)),
	CONSTRAINT "reports_kronor_check" CHECK (coalesce("reports"."used_kr", 0) >= 0 and coalesce("reports"."unused_kr", 0) >= 0)
);
--> statement-breakpoint
ALTER TABLE "report_deadline_extensions" ADD CONSTRAINT "report_deadline_extensions_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_deadline_extensions" ADD CONSTRAINT "report_deadline_extensions_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_form_versions" ADD CONSTRAINT "report_form_versions_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_forms" ADD CONSTRAINT "report_forms_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_repayments" ADD CONSTRAINT "report_repayments_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_repayments" ADD CONSTRAINT "report_repayments_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_repayments" ADD CONSTRAINT "report_repayments_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_repayments_grant_idx" ON "report_repayments" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "report_submissions_grant_idx" ON "report_submissions" USING btree ("grant_id");