ALTER TABLE "recipients" ADD COLUMN "legal_name" text;--> statement-breakpoint
ALTER TABLE "recipients" ADD COLUMN "postal_street" text;--> statement-breakpoint
ALTER TABLE "recipients" ADD COLUMN "postal_code" text;--> statement-breakpoint
ALTER TABLE "recipients" ADD COLUMN "postal_town" text;--> statement-breakpoint
ALTER TABLE "recipients" ADD CONSTRAINT "recipients_postal_code_check" CHECK ("recipients"."postal_code" ~ '^[0-9]{3} [0-9]{2}$');