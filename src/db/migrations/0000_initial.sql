CREATE TABLE "allocation_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"allocation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"recipient_code" text NOT NULL,
	"amount_kr" bigint NOT NULL,
	"explanation" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allocation_rows_recipient_unique" UNIQUE("allocation_id","recipient_code"),
	CONSTRAINT "allocation_rows_amount_kr_check" CHECK ("allocation_rows"."amount_kr" >= 0)
);
--> statement-breakpoint
CREATE TABLE "allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"model" jsonb NOT NULL,
	"inputs" jsonb NOT NULL,
	"components" jsonb NOT NULL,
	"source_filename" text NOT NULL,
	"budget_kr" bigint NOT NULL,
	"total_kr" bigint NOT NULL,
	"unallocated_kr" bigint NOT NULL,
	"checksum" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"superseded_at" timestamp with time zone,
	"superseded_by_allocation_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allocations_kind_check" CHECK ("allocations"."kind" in ('imported_key', 'formula')),
	CONSTRAINT "allocations_status_check" CHECK ("allocations"."status" in ('draft', 'published')),
	CONSTRAINT "allocations_published_check" CHECK (("allocations"."status" = 'published') = ("allocations"."published_at" is not null)),
	CONSTRAINT "allocations_total_check" CHECK ("allocations"."total_kr" + "allocations"."unallocated_kr" = "allocations"."budget_kr")
);
--> statement-breakpoint
CREATE TABLE "app_markers" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"grant_id" uuid,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"grant_year" integer NOT NULL,
	"legal_basis" text NOT NULL,
	"appropriation" text DEFAULT '' NOT NULL,
	"appropriation_item" text DEFAULT '' NOT NULL,
	"total_amount_kr" bigint NOT NULL,
	"eligible_recipient_types" text[] NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"usage_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"distribution_method" text DEFAULT 'allocation_key' NOT NULL,
	"call_on" date,
	"requisition_deadline_on" date,
	"usage_start_on" date,
	"usage_end_on" date,
	"reporting_deadline_on" date,
	"repayment_deadline_on" date,
	"repayment_required" boolean NOT NULL,
	"waiver_threshold_kr" bigint DEFAULT 0 NOT NULL,
	"minimum_amount_kr" bigint DEFAULT 0 NOT NULL,
	"private_providers_share_required" boolean NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published_allocation_id" uuid,
	"copied_from_grant_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grants_status_check" CHECK ("grants"."status" in ('draft', 'published', 'closed', 'follow_up', 'finished')),
	CONSTRAINT "grants_total_amount_kr_check" CHECK ("grants"."total_amount_kr" > 0),
	CONSTRAINT "grants_kronor_check" CHECK ("grants"."waiver_threshold_kr" >= 0 and "grants"."minimum_amount_kr" >= 0),
	CONSTRAINT "grants_usage_period_check" CHECK ("grants"."usage_end_on" >= "grants"."usage_start_on"),
	CONSTRAINT "grants_published_allocation_check" CHECK ("grants"."status" = 'draft' or "grants"."published_allocation_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"county_code" text NOT NULL,
	"org_number" text,
	"same_organisation_as" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recipients_code_unique" UNIQUE("code"),
	CONSTRAINT "recipients_type_check" CHECK ("recipients"."type" in ('municipality', 'region')),
	CONSTRAINT "recipients_code_check" CHECK (("recipients"."type" = 'municipality' and "recipients"."code" ~ '^[0-9]{4}$') or ("recipients"."type" = 'region' and "recipients"."code" ~ '^[0-9]{2}$')),
	CONSTRAINT "recipients_org_number_check" CHECK ("recipients"."org_number" ~ '^[0-9]{6}-[0-9]{4}$')
);
--> statement-breakpoint
ALTER TABLE "allocation_rows" ADD CONSTRAINT "allocation_rows_allocation_id_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."allocations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_rows" ADD CONSTRAINT "allocation_rows_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocations" ADD CONSTRAINT "allocations_superseded_by_allocation_id_allocations_id_fk" FOREIGN KEY ("superseded_by_allocation_id") REFERENCES "public"."allocations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_published_allocation_id_allocations_id_fk" FOREIGN KEY ("published_allocation_id") REFERENCES "public"."allocations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_copied_from_grant_id_grants_id_fk" FOREIGN KEY ("copied_from_grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipients" ADD CONSTRAINT "recipients_same_organisation_as_recipients_code_fk" FOREIGN KEY ("same_organisation_as") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocations_grant_id_idx" ON "allocations" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "audit_events_grant_id_idx" ON "audit_events" USING btree ("grant_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id");