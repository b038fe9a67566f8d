import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795256418748 implements MigrationInterface {
  name = 'InitialSchema1795256418748';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"api_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"role\" text NOT NULL, \"token_hash\" character(64) NOT NULL, \"token_prefix\" character varying(16) NOT NULL, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"last_used_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"api_token_token_hash_uq\" UNIQUE (\"token_hash\"), CONSTRAINT \"api_token_role_check\" CHECK (\"role\" IN ('ADMIN', 'VENDOR_MANAGER', 'REVIEWER', 'AUDITOR')), CONSTRAINT \"api_token_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"audit_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"seq\" bigint NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_type\" text NOT NULL, \"actor_id\" uuid, \"action\" character varying(100) NOT NULL, \"entity_type\" character varying(100) NOT NULL, \"entity_id\" character varying(100), \"request_id\" uuid, \"details_hash\" character(64) NOT NULL, \"previous_hash\" character(64) NOT NULL, \"hash\" character(64) NOT NULL, CONSTRAINT \"audit_event_seq_uq\" UNIQUE (\"seq\"), CONSTRAINT \"audit_event_actor_type_check\" CHECK (\"actor_type\" IN ('USER', 'TOKEN', 'SYSTEM', 'ANONYMOUS')), CONSTRAINT \"audit_event_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"audit_event_occurred_at_idx\" ON \"audit_event\"  (\"occurred_at\") ");
    await queryRunner.query("CREATE INDEX \"audit_event_entity_idx\" ON \"audit_event\"  (\"entity_type\", \"entity_id\", \"seq\") ");
    await queryRunner.query("CREATE TABLE \"audit_event_detail\" (\"event_id\" uuid NOT NULL, \"details\" jsonb, \"erased_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"audit_event_detail_pkey\" PRIMARY KEY (\"event_id\"))");
    await queryRunner.query("CREATE TABLE \"setup_token\" (\"token_hash\" character(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"setup_token_pkey\" PRIMARY KEY (\"token_hash\"))");
    await queryRunner.query("CREATE TABLE \"processor\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"registration_number\" character varying(50), \"establishment_country\" character(2) NOT NULL, \"service_kind\" text NOT NULL, \"privacy_contact_name\" character varying(200), \"privacy_contact_email\" character varying(254), \"website\" character varying(500), \"lifecycle\" text NOT NULL DEFAULT 'ONBOARDING', \"notes\" text, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"processor_version_check\" CHECK (\"version\" > 0), CONSTRAINT \"processor_establishment_country_check\" CHECK (\"establishment_country\" ~ '^[A-Z]{2}$'), CONSTRAINT \"processor_lifecycle_check\" CHECK (\"lifecycle\" IN ('ONBOARDING', 'ACTIVE', 'SUSPENDED', 'OFFBOARDED')), CONSTRAINT \"processor_service_kind_check\" CHECK (\"service_kind\" IN ('IT_HOSTING', 'SAAS', 'PRINT_AND_MAIL', 'CREDIT_BUREAU', 'SUB_COLLECTION_AGENCY', 'LEGAL', 'PAYMENT', 'TELEPHONY', 'OTHER')), CONSTRAINT \"processor_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"processor_updated_at_idx\" ON \"processor\"  (\"updated_at\") ");
    await queryRunner.query("CREATE INDEX \"processor_name_idx\" ON \"processor\"  (\"name\") ");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" character varying(254) NOT NULL, \"name\" character varying(200) NOT NULL, \"role\" text NOT NULL, \"password_hash\" text NOT NULL, \"active\" boolean NOT NULL DEFAULT true, \"must_change_password\" boolean NOT NULL DEFAULT false, \"failed_sign_ins\" integer NOT NULL DEFAULT '0', \"locked_until\" TIMESTAMP WITH TIME ZONE, \"last_sign_in_at\" TIMESTAMP WITH TIME ZONE, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"app_user_email_uq\" UNIQUE (\"email\"), CONSTRAINT \"app_user_email_lower_check\" CHECK (\"email\" = lower(\"email\")), CONSTRAINT \"app_user_role_check\" CHECK (\"role\" IN ('ADMIN', 'VENDOR_MANAGER', 'REVIEWER', 'AUDITOR')), CONSTRAINT \"app_user_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"audit_event_detail\" ADD CONSTRAINT \"audit_event_detail_event_id_fkey\" FOREIGN KEY (\"event_id\") REFERENCES \"audit_event\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");

    // Hand-written: server-side sessions (connect-pg-simple's table), revocable per user.
    await queryRunner.query(`CREATE TABLE "user_session" ("sid" character varying NOT NULL, "sess" json NOT NULL, "expire" TIMESTAMP(6) NOT NULL, CONSTRAINT "user_session_pkey" PRIMARY KEY ("sid"))`);
    await queryRunner.query(`CREATE INDEX "user_session_expire_idx" ON "user_session" ("expire")`);
    await queryRunner.query(`CREATE INDEX "user_session_user_id_idx" ON "user_session" (("sess"->>'userId'))`);
    // Hand-written: the audit chain is append-only in the database itself; the details may only be
    // erased (details set to NULL with erased_at), never rewritten or deleted.
    await queryRunner.query(`CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"()`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"()`);
    await queryRunner.query(`CREATE FUNCTION "audit_event_detail_erase_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW."event_id" = OLD."event_id" AND NEW."details" IS NULL AND NEW."erased_at" IS NOT NULL THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_event_detail can only be erased: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_detail_erase_only" BEFORE UPDATE OR DELETE ON "audit_event_detail" FOR EACH ROW EXECUTE FUNCTION "audit_event_detail_erase_only"()`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_detail_no_truncate" BEFORE TRUNCATE ON "audit_event_detail" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_detail_erase_only"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_detail_no_truncate" ON "audit_event_detail"`);
    await queryRunner.query(`DROP TRIGGER "audit_event_detail_erase_only" ON "audit_event_detail"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_detail_erase_only"()`);
    await queryRunner.query(`DROP TRIGGER "audit_event_no_truncate" ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER "audit_event_append_only" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_append_only"()`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query("ALTER TABLE \"audit_event_detail\" DROP CONSTRAINT \"audit_event_detail_event_id_fkey\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"processor_name_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"processor_updated_at_idx\"");
    await queryRunner.query("DROP TABLE \"processor\"");
    await queryRunner.query("DROP TABLE \"setup_token\"");
    await queryRunner.query("DROP TABLE \"audit_event_detail\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_event_entity_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_event_occurred_at_idx\"");
    await queryRunner.query("DROP TABLE \"audit_event\"");
    await queryRunner.query("DROP TABLE \"api_token\"");
  }
}
