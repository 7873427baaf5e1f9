ALTER TABLE "reported_figures" ALTER COLUMN "source_filename" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "reported_figures" ALTER COLUMN "source_line" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "performance_setups" ADD COLUMN "figures_deadline_on" date;--> statement-breakpoint
ALTER TABLE "reported_figures" ADD COLUMN "source" text DEFAULT 'upload' NOT NULL;--> statement-breakpoint
ALTER TABLE "reported_figures" ADD COLUMN "saved_by" text;--> statement-breakpoint
ALTER TABLE "reported_figures" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "reported_figures" ADD CONSTRAINT "reported_figures_source_check" CHECK ("reported_figures"."source" in ('upload', 'portal', 'agency_form') and ("reported_figures"."source" = 'upload') = ("reported_figures"."source_filename" is not null and "reported_figures"."source_line" is not null));