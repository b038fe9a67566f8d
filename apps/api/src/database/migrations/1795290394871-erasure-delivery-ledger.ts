import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ErasureDeliveryLedger1795290394871 implements MigrationInterface {
  name = 'ErasureDeliveryLedger1795290394871';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"erasure_dispatch\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"processor_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"channel\" text NOT NULL, \"recipient_kind\" text NOT NULL DEFAULT 'PRIMARY', \"status\" text NOT NULL DEFAULT 'PENDING', \"attempts\" integer NOT NULL DEFAULT '0', \"last_attempt_at\" TIMESTAMP WITH TIME ZONE, \"sent_at\" TIMESTAMP WITH TIME ZONE, \"last_error\" text, \"last_response_code\" integer, \"message_id\" character varying(200) NOT NULL, \"token_hash\" character(64), \"token_sealed\" text, \"expires_on\" date, \"notice_count\" integer NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"erasure_dispatch_token_hash_key\" UNIQUE (\"token_hash\"), CONSTRAINT \"erasure_dispatch_recipient_kind_check\" CHECK (\"recipient_kind\" IN ('PRIMARY', 'FALLBACK', 'REVIEWERS')), CONSTRAINT \"erasure_dispatch_channel_check\" CHECK (\"channel\" IN ('EMAIL', 'WEBHOOK', 'MANUAL')), CONSTRAINT \"erasure_dispatch_status_check\" CHECK (\"status\" IN ('PENDING', 'SENDING', 'RETRYING', 'SENT', 'FAILED')), CONSTRAINT \"erasure_dispatch_kind_check\" CHECK (\"kind\" IN ('NOTICE', 'REMINDER', 'ESCALATION')), CONSTRAINT \"erasure_dispatch_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"erasure_dispatch_unfinished_idx\" ON \"erasure_dispatch\"  (\"status\") WHERE \"status\" IN ('PENDING', 'SENDING', 'RETRYING')");
    await queryRunner.query("CREATE INDEX \"erasure_dispatch_processor_id_idx\" ON \"erasure_dispatch\"  (\"processor_id\") ");
    await queryRunner.query("CREATE TABLE \"erasure_dispatch_notice\" (\"dispatch_id\" uuid NOT NULL, \"notice_id\" uuid NOT NULL, CONSTRAINT \"erasure_dispatch_notice_pkey\" PRIMARY KEY (\"dispatch_id\", \"notice_id\"))");
    await queryRunner.query("CREATE INDEX \"erasure_dispatch_notice_notice_id_idx\" ON \"erasure_dispatch_notice\"  (\"notice_id\") ");
    await queryRunner.query("CREATE TABLE \"erasure_ledger\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"seq\" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, \"request_id\" uuid NOT NULL, \"event\" text NOT NULL, \"cpr_hash\" character varying(80), \"email_hash\" character varying(80), \"case_reference_hash\" character varying(80), \"details\" jsonb NOT NULL DEFAULT '{}', \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"mirrored\" boolean NOT NULL DEFAULT false, CONSTRAINT \"erasure_ledger_event_check\" CHECK (\"event\" IN ('DECIDED', 'NOTICE_SENT', 'NOTICE_SETTLED', 'COMPLETED')), CONSTRAINT \"erasure_ledger_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"erasure_ledger_request_id_idx\" ON \"erasure_ledger\"  (\"request_id\") ");
    await queryRunner.query("CREATE INDEX \"erasure_ledger_unmirrored_idx\" ON \"erasure_ledger\"  (\"at\") WHERE NOT \"mirrored\"");
    await queryRunner.query("ALTER TABLE \"processor\" ADD \"erasure_webhook_secret_sealed\" text");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"organisation_name\" character varying(200) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"erasure_reminder_days\" integer array NOT NULL DEFAULT '{5,10}'");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"erasure_escalate_after_days\" integer NOT NULL DEFAULT '14'");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"erasure_link_grace_days\" integer NOT NULL DEFAULT '30'");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"erasure_minimum_answer_days\" integer NOT NULL DEFAULT '14'");
    await queryRunner.query("ALTER TABLE \"erasure_request\" ADD \"case_reference_hash\" character varying(80)");
    // Notices written before this migration get their request's answer deadline.
    await queryRunner.query("ALTER TABLE \"erasure_notice\" ADD \"deadline_on\" date");
    await queryRunner.query("UPDATE \"erasure_notice\" n SET \"deadline_on\" = r.\"deadline_on\" FROM \"erasure_request\" r WHERE r.\"id\" = n.\"request_id\"");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" ALTER COLUMN \"deadline_on\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" ADD \"reminders_sent\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" ADD \"escalated_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" ADD \"answer_source\" text");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" ADD \"recorded_by_id\" uuid");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" ADD \"evidence_file_name\" character varying(255)");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" ADD \"evidence_content_type\" character varying(100)");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" ADD \"evidence_sha256\" character(64)");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" ADD \"evidence_content\" bytea");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" ADD \"last_error\" text");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" ADD CONSTRAINT \"erasure_notice_answer_source_check\" CHECK (\"answer_source\" IS NULL OR \"answer_source\" IN ('PAGE', 'WEBHOOK', 'STAFF'))");
    await queryRunner.query("ALTER TABLE \"erasure_dispatch\" ADD CONSTRAINT \"erasure_dispatch_processor_id_fkey\" FOREIGN KEY (\"processor_id\") REFERENCES \"processor\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"erasure_dispatch_notice\" ADD CONSTRAINT \"erasure_dispatch_notice_dispatch_id_fkey\" FOREIGN KEY (\"dispatch_id\") REFERENCES \"erasure_dispatch\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"erasure_dispatch_notice\" ADD CONSTRAINT \"erasure_dispatch_notice_notice_id_fkey\" FOREIGN KEY (\"notice_id\") REFERENCES \"erasure_notice\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"erasure_dispatch_notice\" DROP CONSTRAINT \"erasure_dispatch_notice_notice_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"erasure_dispatch_notice\" DROP CONSTRAINT \"erasure_dispatch_notice_dispatch_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"erasure_dispatch\" DROP CONSTRAINT \"erasure_dispatch_processor_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" DROP CONSTRAINT \"erasure_notice_answer_source_check\"");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" DROP COLUMN \"last_error\"");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" DROP COLUMN \"evidence_content\"");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" DROP COLUMN \"evidence_sha256\"");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" DROP COLUMN \"evidence_content_type\"");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" DROP COLUMN \"evidence_file_name\"");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" DROP COLUMN \"recorded_by_id\"");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" DROP COLUMN \"answer_source\"");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" DROP COLUMN \"escalated_at\"");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" DROP COLUMN \"reminders_sent\"");
    await queryRunner.query("ALTER TABLE \"erasure_notice\" DROP COLUMN \"deadline_on\"");
    await queryRunner.query("ALTER TABLE \"erasure_request\" DROP COLUMN \"case_reference_hash\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"erasure_minimum_answer_days\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"erasure_link_grace_days\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"erasure_escalate_after_days\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"erasure_reminder_days\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"organisation_name\"");
    await queryRunner.query("ALTER TABLE \"processor\" DROP COLUMN \"erasure_webhook_secret_sealed\"");
    await queryRunner.query("DROP INDEX \"public\".\"erasure_ledger_unmirrored_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"erasure_ledger_request_id_idx\"");
    await queryRunner.query("DROP TABLE \"erasure_ledger\"");
    await queryRunner.query("DROP INDEX \"public\".\"erasure_dispatch_notice_notice_id_idx\"");
    await queryRunner.query("DROP TABLE \"erasure_dispatch_notice\"");
    await queryRunner.query("DROP INDEX \"public\".\"erasure_dispatch_processor_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"erasure_dispatch_unfinished_idx\"");
    await queryRunner.query("DROP TABLE \"erasure_dispatch\"");
  }
}
