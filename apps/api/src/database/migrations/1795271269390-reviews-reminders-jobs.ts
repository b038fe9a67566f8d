import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewsRemindersJobs1795271269390 implements MigrationInterface {
  name = 'ReviewsRemindersJobs1795271269390';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"review\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" text NOT NULL, \"method\" text, \"subject_type\" text NOT NULL, \"subject_id\" uuid NOT NULL, \"processor_id\" uuid NOT NULL, \"status\" text NOT NULL, \"due_on\" date NOT NULL, \"created_on\" date NOT NULL, \"assignee_id\" uuid, \"interval_months\" integer, \"checklist\" jsonb NOT NULL DEFAULT '[]', \"findings\" jsonb NOT NULL DEFAULT '[]', \"actions\" jsonb NOT NULL DEFAULT '[]', \"summary\" text, \"outcome\" text, \"author_ids\" uuid array NOT NULL DEFAULT '{}', \"approved_by_id\" uuid, \"review_comment\" text, \"completed_on\" date, \"previous_review_id\" uuid, \"next_review_id\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"review_version_check\" CHECK (\"version\" > 0), CONSTRAINT \"review_interval_months_check\" CHECK (\"interval_months\" IS NULL OR \"interval_months\" BETWEEN 1 AND 60), CONSTRAINT \"review_method_check\" CHECK (\"method\" IS NULL OR \"method\" IN ('AUDIT_REPORT', 'QUESTIONNAIRE', 'INSPECTION', 'SELF_ASSESSMENT')), CONSTRAINT \"review_outcome_check\" CHECK (\"outcome\" IS NULL OR \"outcome\" IN ('APPROVED', 'APPROVED_WITH_ACTIONS', 'REJECTED')), CONSTRAINT \"review_status_check\" CHECK (\"status\" IN ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'APPROVED', 'APPROVED_WITH_ACTIONS', 'REJECTED', 'SENT_BACK')), CONSTRAINT \"review_subject_type_check\" CHECK (\"subject_type\" IN ('PROCESSOR', 'AGREEMENT', 'TRANSFER', 'TIA')), CONSTRAINT \"review_kind_check\" CHECK (\"kind\" IN ('ANNUAL_DPA_REVIEW', 'TIA_REEVALUATION', 'SUPERVISION', 'ONBOARDING', 'ADEQUACY_CHANGE')), CONSTRAINT \"review_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"review_open_uq\" ON \"review\"  (\"kind\", \"subject_type\", \"subject_id\") WHERE \"status\" IN ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'SENT_BACK')");
    await queryRunner.query("CREATE INDEX \"review_subject_idx\" ON \"review\"  (\"subject_type\", \"subject_id\") ");
    await queryRunner.query("CREATE INDEX \"review_due_on_idx\" ON \"review\"  (\"due_on\") ");
    await queryRunner.query("CREATE INDEX \"review_processor_id_idx\" ON \"review\"  (\"processor_id\") ");
    await queryRunner.query("CREATE TABLE \"review_document\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"review_id\" uuid NOT NULL, \"file_name\" character varying(255) NOT NULL, \"content_type\" character varying(100) NOT NULL, \"size_bytes\" integer NOT NULL, \"sha256\" character(64) NOT NULL, \"content\" bytea NOT NULL, \"uploaded_by_id\" uuid, \"uploaded_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"review_document_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"review_document_review_id_idx\" ON \"review_document\"  (\"review_id\") ");
    await queryRunner.query("CREATE TABLE \"reminder\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"subject_type\" text NOT NULL, \"subject_id\" uuid NOT NULL, \"processor_id\" uuid NOT NULL, \"due_on\" date NOT NULL, \"threshold_key\" character varying(32) NOT NULL, \"threshold_on\" date NOT NULL, \"escalation\" boolean NOT NULL DEFAULT false, \"recipients\" jsonb NOT NULL DEFAULT '[]', \"status\" text NOT NULL DEFAULT 'PENDING', \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, \"last_response_code\" integer, \"message_id\" character varying(200) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"last_attempt_at\" TIMESTAMP WITH TIME ZONE, \"sent_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"reminder_subject_threshold_key\" UNIQUE (\"subject_type\", \"subject_id\", \"due_on\", \"threshold_key\"), CONSTRAINT \"reminder_status_check\" CHECK (\"status\" IN ('PENDING', 'SENDING', 'SENT', 'RETRYING', 'FAILED', 'CANCELLED')), CONSTRAINT \"reminder_subject_type_check\" CHECK (\"subject_type\" IN ('REVIEW', 'AGREEMENT_END')), CONSTRAINT \"reminder_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"reminder_processor_id_idx\" ON \"reminder\"  (\"processor_id\") ");
    await queryRunner.query("CREATE INDEX \"reminder_status_idx\" ON \"reminder\"  (\"status\") ");
    await queryRunner.query("CREATE TABLE \"supervision_cadence\" (\"risk_level\" text NOT NULL, \"methods\" text array NOT NULL, \"interval_months\" integer NOT NULL, \"follow_up\" boolean NOT NULL DEFAULT false, \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"supervision_cadence_interval_check\" CHECK (\"interval_months\" BETWEEN 1 AND 60), CONSTRAINT \"supervision_cadence_methods_check\" CHECK (\"methods\" <@ ARRAY['AUDIT_REPORT', 'QUESTIONNAIRE', 'INSPECTION', 'SELF_ASSESSMENT']::text[]), CONSTRAINT \"supervision_cadence_risk_level_check\" CHECK (\"risk_level\" IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')), CONSTRAINT \"supervision_cadence_pkey\" PRIMARY KEY (\"risk_level\"))");
    await queryRunner.query("CREATE TABLE \"sink_mail\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"message_id\" character varying(300), \"mail_from\" character varying(300) NOT NULL, \"recipients\" text array NOT NULL, \"subject\" text NOT NULL, \"body\" text NOT NULL, \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"sink_mail_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"sink_mail_received_at_idx\" ON \"sink_mail\"  (\"received_at\") ");
    await queryRunner.query("CREATE TABLE \"test_clock\" (\"id\" smallint NOT NULL, \"offset_ms\" bigint NOT NULL, CONSTRAINT \"test_clock_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD \"locale\" character varying(2) NOT NULL DEFAULT 'da'");
    await queryRunner.query("ALTER TABLE \"processor\" ADD \"data_subject_count\" integer");
    await queryRunner.query("ALTER TABLE \"processor\" ADD \"risk_override\" text");
    await queryRunner.query("ALTER TABLE \"processor\" ADD \"risk_override_reason\" text");
    await queryRunner.query("ALTER TABLE \"processor\" ADD \"risk_override_by_id\" uuid");
    await queryRunner.query("ALTER TABLE \"processor\" ADD \"risk_override_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"reminder_before_days\" integer array NOT NULL DEFAULT '{30,7}'");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"reminder_on_due_day\" boolean NOT NULL DEFAULT true");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"reminder_overdue_every_days\" integer NOT NULL DEFAULT '7'");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"reminder_escalate_after_days\" integer NOT NULL DEFAULT '14'");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"mail_from\" character varying(254) NOT NULL DEFAULT 'tilsyn@localhost'");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"renewal_window_days\" integer NOT NULL DEFAULT '90'");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"app_user_locale_check\" CHECK (\"locale\" IN ('da', 'en'))");
    await queryRunner.query("ALTER TABLE \"processor\" ADD CONSTRAINT \"processor_data_subject_count_check\" CHECK (\"data_subject_count\" IS NULL OR \"data_subject_count\" >= 0)");
    await queryRunner.query("ALTER TABLE \"processor\" ADD CONSTRAINT \"processor_risk_override_check\" CHECK (\"risk_override\" IS NULL OR \"risk_override\" IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL'))");
    await queryRunner.query("ALTER TABLE \"review\" ADD CONSTRAINT \"review_processor_id_fkey\" FOREIGN KEY (\"processor_id\") REFERENCES \"processor\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"review\" ADD CONSTRAINT \"review_assignee_id_fkey\" FOREIGN KEY (\"assignee_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"review_document\" ADD CONSTRAINT \"review_document_review_id_fkey\" FOREIGN KEY (\"review_id\") REFERENCES \"review\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"reminder\" ADD CONSTRAINT \"reminder_processor_id_fkey\" FOREIGN KEY (\"processor_id\") REFERENCES \"processor\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // The default cadence by risk level (Datatilsynet 2021), as frozen literals an administrator edits.
    await queryRunner.query(
      `INSERT INTO supervision_cadence (risk_level, methods, interval_months, follow_up) VALUES
        ('CRITICAL', ARRAY['AUDIT_REPORT', 'INSPECTION'], 12, true),
        ('HIGH', ARRAY['AUDIT_REPORT', 'QUESTIONNAIRE'], 12, false),
        ('MEDIUM', ARRAY['QUESTIONNAIRE'], 24, false),
        ('LOW', ARRAY['SELF_ASSESSMENT'], 36, false)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"reminder\" DROP CONSTRAINT \"reminder_processor_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"review_document\" DROP CONSTRAINT \"review_document_review_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"review\" DROP CONSTRAINT \"review_assignee_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"review\" DROP CONSTRAINT \"review_processor_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"processor\" DROP CONSTRAINT \"processor_risk_override_check\"");
    await queryRunner.query("ALTER TABLE \"processor\" DROP CONSTRAINT \"processor_data_subject_count_check\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"app_user_locale_check\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"renewal_window_days\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"mail_from\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"reminder_escalate_after_days\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"reminder_overdue_every_days\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"reminder_on_due_day\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"reminder_before_days\"");
    await queryRunner.query("ALTER TABLE \"processor\" DROP COLUMN \"risk_override_at\"");
    await queryRunner.query("ALTER TABLE \"processor\" DROP COLUMN \"risk_override_by_id\"");
    await queryRunner.query("ALTER TABLE \"processor\" DROP COLUMN \"risk_override_reason\"");
    await queryRunner.query("ALTER TABLE \"processor\" DROP COLUMN \"risk_override\"");
    await queryRunner.query("ALTER TABLE \"processor\" DROP COLUMN \"data_subject_count\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP COLUMN \"locale\"");
    await queryRunner.query("DROP TABLE \"test_clock\"");
    await queryRunner.query("DROP INDEX \"public\".\"sink_mail_received_at_idx\"");
    await queryRunner.query("DROP TABLE \"sink_mail\"");
    await queryRunner.query("DROP TABLE \"supervision_cadence\"");
    await queryRunner.query("DROP INDEX \"public\".\"reminder_status_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"reminder_processor_id_idx\"");
    await queryRunner.query("DROP TABLE \"reminder\"");
    await queryRunner.query("DROP INDEX \"public\".\"review_document_review_id_idx\"");
    await queryRunner.query("DROP TABLE \"review_document\"");
    await queryRunner.query("DROP INDEX \"public\".\"review_processor_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"review_due_on_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"review_subject_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"review_open_uq\"");
    await queryRunner.query("DROP TABLE \"review\"");
  }
}
