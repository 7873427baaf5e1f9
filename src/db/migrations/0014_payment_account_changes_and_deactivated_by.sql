CREATE TABLE "payment_account_changes" (
	"recipient_code" text PRIMARY KEY NOT NULL,
	"account_type" text NOT NULL,
	"account_number" text NOT NULL,
	"proposed_by" text NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payment_account_changes_type_check" CHECK ("payment_account_changes"."account_type" in ('bankgiro', 'plusgiro'))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deactivated_by" text;--> statement-breakpoint
ALTER TABLE "payment_account_changes" ADD CONSTRAINT "payment_account_changes_recipient_code_recipients_code_fk" FOREIGN KEY ("recipient_code") REFERENCES "public"."recipients"("code") ON DELETE no action ON UPDATE no action;