CREATE TABLE "requisition_late_permissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"until_on" date NOT NULL,
	"reason" text NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"granted_by" text NOT NULL,
	CONSTRAINT "requisition_late_permissions_unique" UNIQUE("grant_id","recipient_code")
);
--> statement-breakpoint
CREATE TABLE "requisition_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requisition_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"grant_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"declines" boolean DEFAULT false NOT NULL,
	"amount_kr" bigint,
	"wants_more" boolean DEFAULT false NOT NULL,
	"more_amount_kr" bigint,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"signed_by" text NOT NULL,
	"signed_by_name" text NOT NULL,
	CONSTRAINT "requisition_versions_number_unique" UNIQUE("requisition_id","number")
);
--> statement-breakpoint
CREATE TABLE "requisitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"declines" boolean DEFAULT false NOT NULL,
	"amount_kr" bigint,
	"wants_more" boolean DEFAULT false NOT NULL,
	"more_amount_kr" bigint,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"signed_version_number" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "requisitions_grant_recipient_unique" UNIQUE("grant_id","recipient_code"),
	CONSTRAINT "requisitions_status_check" CHECK ("requisitions"."status" in ('draft', 'signed', 'withdrawn')),
	CONSTRAINT "requisitions_amount_check" CHECK (("requisitions"."declines" and "requisitions"."amount_kr" is null) or (not "requisitions"."declines" and "requisitions"."amount_kr" > 0)),
	CONSTRAINT "requisitions_more_check" CHECK (("requisitions"."wants_more" and "requisitions"."more_amount_kr" > 0 and not "requisitions"."declines") or (not "requisitions"."wants_more" and "requisitions"."more_amount_kr" is null))
);
--> statement-breakpoint
CREATE TABLE "second_round_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"second_round_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"requisition_id" uuid NOT NULL,
	"requisition_version_id" uuid NOT NULL,
	"key_kr" bigint NOT NULL,
	"requested_kr" bigint NOT NULL,
	"amount_kr" bigint NOT NULL,
	"explanation" jsonb NOT NULL,
	CONSTRAINT "second_round_rows_recipient_unique" UNIQUE("second_round_id","recipient_code"),
	CONSTRAINT "second_round_rows_amount_check" CHECK ("second_round_rows"."amount_kr" >= 0 and "second_round_rows"."amount_kr" <= "second_round_rows"."requested_kr")
);
--> statement-breakpoint
CREATE TABLE "second_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"grant_total_kr" bigint NOT NULL,
	"signed_total_kr" bigint NOT NULL,
	"leftover_kr" bigint NOT NULL,
	"total_kr" bigint NOT NULL,
	"unallocated_kr" bigint NOT NULL,
	"checksum" text NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	"confirmed_by" text NOT NULL,
	CONSTRAINT "second_rounds_grant_id_unique" UNIQUE("grant_id"),
	CONSTRAINT "second_rounds_total_check" CHECK ("second_rounds"."total_kr" + "second_rounds"."unallocated_kr" = "second_rounds"."leftover_kr")
);
--> statement-breakpoint
ALTER TABLE "grants" ADD COLUMN "second_round" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "requisition_late_permissions" ADD CONSTRAINT "requisition_late_permissions_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requisition_late_permissions" ADD CONSTRAINT "requisition_late_permissions_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requisition_versions" ADD CONSTRAINT "requisition_versions_requisition_id_requisitions_id_fk" FOREIGN KEY ("requisition_id") REFERENCES "public"."requisitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requisition_versions" ADD CONSTRAINT "requisition_versions_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requisition_versions" ADD CONSTRAINT "requisition_versions_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requisitions" ADD CONSTRAINT "requisitions_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requisitions" ADD CONSTRAINT "requisitions_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_round_rows" ADD CONSTRAINT "second_round_rows_second_round_id_second_rounds_id_fk" FOREIGN KEY ("second_round_id") REFERENCES "public"."second_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_round_rows" ADD CONSTRAINT "second_round_rows_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_round_rows" ADD CONSTRAINT "second_round_rows_requisition_id_requisitions_id_fk" FOREIGN KEY ("requisition_id") REFERENCES "public"."requisitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_round_rows" ADD CONSTRAINT "second_round_rows_requisition_version_id_requisition_versions_id_fk" FOREIGN KEY ("requisition_version_id") REFERENCES "public"."requisition_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_rounds" ADD CONSTRAINT "second_rounds_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "requisition_versions_grant_idx" ON "requisition_versions" USING btree ("grant_id");