CREATE TABLE "interest_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"registered_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interest_registrations_unique" UNIQUE("grant_id","recipient_code")
);
--> statement-breakpoint
CREATE TABLE "performance_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"model" jsonb NOT NULL,
	"key" jsonb NOT NULL,
	"figures" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"total_kr" bigint NOT NULL,
	"checksum" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "performance_results_status_check" CHECK ("performance_results"."status" in ('draft', 'published')),
	CONSTRAINT "performance_results_published_check" CHECK (("performance_results"."status" = 'published') = ("performance_results"."published_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "performance_setups" (
	"grant_id" uuid PRIMARY KEY NOT NULL,
	"model" jsonb,
	"key" jsonb,
	"key_filename" text,
	"interest_deadline_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reported_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"recipient_code" text NOT NULL,
	"values" jsonb NOT NULL,
	"source_filename" text NOT NULL,
	"source_line" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reported_figures_unique" UNIQUE("grant_id","recipient_code")
);
--> statement-breakpoint
ALTER TABLE "interest_registrations" ADD CONSTRAINT "interest_registrations_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_registrations" ADD CONSTRAINT "interest_registrations_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_results" ADD CONSTRAINT "performance_results_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_setups" ADD CONSTRAINT "performance_setups_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reported_figures" ADD CONSTRAINT "reported_figures_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reported_figures" ADD CONSTRAINT "reported_figures_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "performance_results_grant_id_idx" ON "performance_results" USING btree ("grant_id");