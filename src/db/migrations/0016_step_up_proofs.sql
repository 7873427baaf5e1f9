CREATE TABLE "step_up_proofs" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"act" text NOT NULL,
	"method" text NOT NULL,
	"issuer" text,
	"subject" text,
	"acr" text,
	"amr" text[] DEFAULT '{}'::text[] NOT NULL,
	"authenticated_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "step_up_proofs_method_check" CHECK ("step_up_proofs"."method" in ('password', 'oidc'))
);
--> statement-breakpoint
ALTER TABLE "step_up_proofs" ADD CONSTRAINT "step_up_proofs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "step_up_proofs_user_id_idx" ON "step_up_proofs" USING btree ("user_id");