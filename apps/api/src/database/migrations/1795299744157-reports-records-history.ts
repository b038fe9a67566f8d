import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register tables whose every version is kept in register_history (issue 7: reports as of
 * any past date). Key columns make the row id. `since` dates the rows already there when this
 * migration runs: their own creation time, a child row its parent's, and reference data
 * (countries, adequacy decisions, settings) "always", so an as-of read of a day before the upgrade
 * still sees the register it had. Frozen here: a later table gets its trigger in its own migration.
 */
const TRACKED: { table: string; keys: string[]; since: string }[] = [
  { table: 'processor', keys: ['id'], since: 't.created_at' },
  { table: 'processing_location', keys: ['id'], since: '(SELECT p.created_at FROM processor p WHERE p.id = t.processor_id)' },
  { table: 'subprocessor_link', keys: ['id'], since: 't.created_at' },
  { table: 'agreement', keys: ['id'], since: 't.created_at' },
  { table: 'agreement_clause', keys: ['agreement_id', 'code'], since: '(SELECT a.created_at FROM agreement a WHERE a.id = t.agreement_id)' },
  { table: 'transfer', keys: ['id'], since: 't.created_at' },
  { table: 'tia', keys: ['id'], since: 't.created_at' },
  { table: 'tia_transfer', keys: ['tia_id', 'transfer_id'], since: '(SELECT x.created_at FROM tia x WHERE x.id = t.tia_id)' },
  { table: 'country', keys: ['code'], since: "'-infinity'::timestamptz" },
  { table: 'adequacy_decision', keys: ['id'], since: "'-infinity'::timestamptz" },
  { table: 'organisation_settings', keys: ['id'], since: "'-infinity'::timestamptz" },
  { table: 'review', keys: ['id'], since: 't.created_at' },
  { table: 'supervision_cadence', keys: ['risk_level'], since: "'-infinity'::timestamptz" },
  { table: 'processing_activity', keys: ['id'], since: 't.created_at' },
  { table: 'retention_rule', keys: ['id'], since: 't.created_at' },
  { table: 'client_engagement', keys: ['id'], since: 't.created_at' },
];

const rowIdOf = (record: string, keys: string[]) => keys.map((k) => `(to_jsonb(${record}) ->> '${k}')`).join(` || '|' || `);

export class ReportsRecordsHistory1795299744157 implements MigrationInterface {
  name = 'ReportsRecordsHistory1795299744157';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"processing_activity\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"purposes\" text NOT NULL, \"legal_basis\" text, \"data_subject_categories\" text array NOT NULL DEFAULT '{}', \"data_categories\" text array NOT NULL DEFAULT '{}', \"processor_ids\" uuid array NOT NULL DEFAULT '{}', \"other_recipients\" text, \"security_measures\" text, \"notes\" text, \"ended_on\" date, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"processing_activity_name_uq\" UNIQUE (\"name\"), CONSTRAINT \"processing_activity_version_check\" CHECK (\"version\" > 0), CONSTRAINT \"processing_activity_data_subject_categories_check\" CHECK (\"data_subject_categories\" <@ ARRAY['DEBTORS', 'GUARANTORS', 'DEBTOR_REPRESENTATIVES', 'CLIENT_CONTACTS', 'EMPLOYEES', 'WEBSITE_VISITORS']::text[]), CONSTRAINT \"processing_activity_data_categories_check\" CHECK (\"data_categories\" <@ ARRAY['IDENTITY', 'CONTACT', 'CPR', 'FINANCIAL', 'DEBT', 'EMPLOYMENT', 'SOCIAL', 'HEALTH', 'CRIMINAL', 'CALL_RECORDINGS', 'ONLINE_IDENTIFIERS']::text[]), CONSTRAINT \"processing_activity_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"retention_rule\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"activity_id\" uuid NOT NULL, \"label\" character varying(200) NOT NULL, \"data_categories\" text array NOT NULL DEFAULT '{}', \"period\" integer NOT NULL, \"unit\" text NOT NULL, \"trigger\" text NOT NULL, \"legal_reference\" text, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"retention_rule_version_check\" CHECK (\"version\" > 0), CONSTRAINT \"retention_rule_period_check\" CHECK (\"period\" BETWEEN 1 AND 1200), CONSTRAINT \"retention_rule_unit_check\" CHECK (\"unit\" IN ('DAYS', 'MONTHS', 'YEARS')), CONSTRAINT \"retention_rule_trigger_check\" CHECK (\"trigger\" IN ('CASE_CLOSED', 'FINANCIAL_YEAR_END', 'RECORDED', 'RELATIONSHIP_ENDED', 'CLAIM_TIME_BARRED', 'LAST_VISIT')), CONSTRAINT \"retention_rule_data_categories_check\" CHECK (\"data_categories\" <@ ARRAY['IDENTITY', 'CONTACT', 'CPR', 'FINANCIAL', 'DEBT', 'EMPLOYMENT', 'SOCIAL', 'HEALTH', 'CRIMINAL', 'CALL_RECORDINGS', 'ONLINE_IDENTIFIERS']::text[]), CONSTRAINT \"retention_rule_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"retention_rule_activity_id_idx\" ON \"retention_rule\"  (\"activity_id\") ");
    await queryRunner.query("CREATE TABLE \"client_engagement\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"client_name\" character varying(200) NOT NULL, \"client_registration_number\" character varying(50), \"client_contact\" text, \"client_dpo_contact\" text, \"processing_categories\" text NOT NULL, \"data_subject_categories\" text array NOT NULL DEFAULT '{}', \"data_categories\" text array NOT NULL DEFAULT '{}', \"processor_ids\" uuid array NOT NULL DEFAULT '{}', \"transfers_note\" text, \"security_measures\" text, \"agreement_reference\" character varying(300), \"started_on\" date, \"ended_on\" date, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"client_engagement_version_check\" CHECK (\"version\" > 0), CONSTRAINT \"client_engagement_dates_check\" CHECK (\"ended_on\" IS NULL OR \"started_on\" IS NULL OR \"ended_on\" >= \"started_on\"), CONSTRAINT \"client_engagement_data_subject_categories_check\" CHECK (\"data_subject_categories\" <@ ARRAY['DEBTORS', 'GUARANTORS', 'DEBTOR_REPRESENTATIVES', 'CLIENT_CONTACTS', 'EMPLOYEES', 'WEBSITE_VISITORS']::text[]), CONSTRAINT \"client_engagement_data_categories_check\" CHECK (\"data_categories\" <@ ARRAY['IDENTITY', 'CONTACT', 'CPR', 'FINANCIAL', 'DEBT', 'EMPLOYMENT', 'SOCIAL', 'HEALTH', 'CRIMINAL', 'CALL_RECORDINGS', 'ONLINE_IDENTIFIERS']::text[]), CONSTRAINT \"client_engagement_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"client_engagement_client_name_idx\" ON \"client_engagement\"  (\"client_name\") ");
    await queryRunner.query("CREATE TABLE \"register_history\" (\"id\" BIGSERIAL NOT NULL, \"table_name\" character varying(63) NOT NULL, \"row_id\" text NOT NULL, \"operation\" character(1) NOT NULL, \"row_data\" jsonb, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"register_history_operation_check\" CHECK (\"operation\" IN ('I', 'U', 'D')), CONSTRAINT \"register_history_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"register_history_row_idx\" ON \"register_history\"  (\"table_name\", \"row_id\", \"recorded_at\") ");
    await queryRunner.query("CREATE INDEX \"register_history_table_recorded_idx\" ON \"register_history\"  (\"table_name\", \"recorded_at\") ");
    await queryRunner.query("CREATE TABLE \"report_run\" (\"id\" uuid NOT NULL, \"kind\" text NOT NULL, \"format\" text NOT NULL, \"locale\" text NOT NULL, \"separator\" character(1), \"as_of\" date NOT NULL, \"period_from\" date, \"period_to\" date, \"actor_type\" text NOT NULL, \"actor_id\" uuid, \"produced_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"file_name\" character varying(200) NOT NULL, \"bytes\" integer NOT NULL, \"sha256\" character(64) NOT NULL, \"audit_seq\" bigint, \"audit_event_id\" uuid NOT NULL, CONSTRAINT \"report_run_period_check\" CHECK (\"period_from\" IS NULL OR \"period_to\" IS NULL OR \"period_to\" >= \"period_from\"), CONSTRAINT \"report_run_separator_check\" CHECK (\"separator\" IS NULL OR \"separator\" IN (';', ',')), CONSTRAINT \"report_run_locale_check\" CHECK (\"locale\" IN ('da', 'en')), CONSTRAINT \"report_run_format_check\" CHECK (\"format\" IN ('PDF', 'CSV', 'ZIP')), CONSTRAINT \"report_run_kind_check\" CHECK (\"kind\" IN ('ART30_CONTROLLER', 'ART30_PROCESSOR', 'TRANSFER_REGISTER', 'DPA_GAPS', 'SUPERVISION', 'ERASURE', 'INSPECTION_PACK')), CONSTRAINT \"report_run_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"report_run_sha256_idx\" ON \"report_run\"  (\"sha256\") ");
    await queryRunner.query("CREATE INDEX \"report_run_produced_at_idx\" ON \"report_run\"  (\"produced_at\") ");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"organisation_registration_number\" character varying(50) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"organisation_address\" character varying(300) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"organisation_email\" character varying(254) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"organisation_phone\" character varying(50) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"dpo_name\" character varying(200) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"dpo_email\" character varying(254) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"dpo_phone\" character varying(50) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"joint_controllers\" text NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" ADD \"security_measures\" text NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"retention_rule\" ADD CONSTRAINT \"retention_rule_activity_id_fkey\" FOREIGN KEY (\"activity_id\") REFERENCES \"processing_activity\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");

    // The business time of a change: the database's time moved by the test clock's offset (zero in
    // production, where test_clock is empty), so history and the app's clock agree in tests.
    await queryRunner.query(`CREATE FUNCTION "register_history_now"() RETURNS timestamptz LANGUAGE sql STABLE AS $$
      SELECT now() + coalesce((SELECT offset_ms FROM public.test_clock WHERE id = 1), 0) * interval '1 millisecond'
    $$`);
    // One function for every tracked table; TG_ARGV holds the key columns. An UPDATE that changes
    // nothing is not a version.
    await queryRunner.query(`CREATE FUNCTION "register_history_record"() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        row_key text := '';
        source jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
        i int;
      BEGIN
        IF TG_OP = 'UPDATE' AND to_jsonb(OLD) = to_jsonb(NEW) THEN RETURN NEW; END IF;
        FOR i IN 0 .. TG_NARGS - 1 LOOP
          row_key := row_key || CASE WHEN i > 0 THEN '|' ELSE '' END || (source ->> TG_ARGV[i]);
        END LOOP;
        INSERT INTO public.register_history (table_name, row_id, operation, row_data, recorded_at)
        VALUES (TG_TABLE_NAME, row_key, left(TG_OP, 1), CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE source END, public.register_history_now());
        RETURN NULL;
      END
    $$`);
    // The rows of one table as recorded before `at`, typed like the table:
    // SELECT * FROM register_as_of(NULL::public.processor, 'processor', $1).
    await queryRunner.query(`CREATE FUNCTION "register_as_of"(shape anyelement, table_name text, at timestamptz) RETURNS SETOF anyelement LANGUAGE sql STABLE AS $$
      SELECT (jsonb_populate_record(shape, h.row_data)).*
        FROM (SELECT DISTINCT ON (row_id) row_data, operation
                FROM public.register_history
               WHERE register_history.table_name = register_as_of.table_name AND recorded_at < at
               ORDER BY row_id, recorded_at DESC, id DESC) h
       WHERE h.operation <> 'D'
    $$`);
    for (const t of TRACKED) {
      await queryRunner.query(
        `INSERT INTO "register_history" (table_name, row_id, operation, row_data, recorded_at)
         SELECT '${t.table}', ${rowIdOf('t', t.keys)}, 'I', to_jsonb(t), coalesce(${t.since}, now()) FROM "${t.table}" t`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${t.table}_history" AFTER INSERT OR UPDATE OR DELETE ON "${t.table}" FOR EACH ROW EXECUTE FUNCTION "register_history_record"(${t.keys.map((k) => `'${k}'`).join(', ')})`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of TRACKED) await queryRunner.query(`DROP TRIGGER "${t.table}_history" ON "${t.table}"`);
    await queryRunner.query(`DROP FUNCTION "register_as_of"(anyelement, text, timestamptz)`);
    await queryRunner.query(`DROP FUNCTION "register_history_record"()`);
    await queryRunner.query(`DROP FUNCTION "register_history_now"()`);
    await queryRunner.query("ALTER TABLE \"retention_rule\" DROP CONSTRAINT \"retention_rule_activity_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"security_measures\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"joint_controllers\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"dpo_phone\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"dpo_email\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"dpo_name\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"organisation_phone\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"organisation_email\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"organisation_address\"");
    await queryRunner.query("ALTER TABLE \"organisation_settings\" DROP COLUMN \"organisation_registration_number\"");
    await queryRunner.query("DROP INDEX \"public\".\"report_run_produced_at_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"report_run_sha256_idx\"");
    await queryRunner.query("DROP TABLE \"report_run\"");
    await queryRunner.query("DROP INDEX \"public\".\"register_history_table_recorded_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"register_history_row_idx\"");
    await queryRunner.query("DROP TABLE \"register_history\"");
    await queryRunner.query("DROP INDEX \"public\".\"client_engagement_client_name_idx\"");
    await queryRunner.query("DROP TABLE \"client_engagement\"");
    await queryRunner.query("DROP INDEX \"public\".\"retention_rule_activity_id_idx\"");
    await queryRunner.query("DROP TABLE \"retention_rule\"");
    await queryRunner.query("DROP TABLE \"processing_activity\"");
  }
}
