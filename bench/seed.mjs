// Seeds N processors with two audit events each (a create and an update), set-based.
export async function seedProcessors(client, n) {
  await client.query(`
    INSERT INTO processor (id, name, registration_number, establishment_country, service_kind, privacy_contact_name, privacy_contact_email, website, lifecycle, notes, version, created_at, updated_at)
    SELECT gen_random_uuid(), 'Processor ' || lpad(i::text, 5, '0'), (10000000 + i)::text,
           (ARRAY['DK','SE','DE','US','IN','GB','NO','LT'])[1 + i % 8],
           (ARRAY['IT_HOSTING','SAAS','PRINT_AND_MAIL','CREDIT_BUREAU','SUB_COLLECTION_AGENCY','LEGAL','PAYMENT','TELEPHONY','OTHER'])[1 + i % 9],
           'Contact ' || i, 'dpo' || i || '@bench.example', 'https://p' || i || '.bench.example',
           (ARRAY['ONBOARDING','ACTIVE','SUSPENDED','OFFBOARDED'])[1 + i % 4], 'Notes for processor ' || i, 1,
           timestamptz '2026-01-01T00:00:00Z' + i * interval '1 minute', timestamptz '2026-06-01T00:00:00Z' + i * interval '1 minute'
      FROM generate_series(1, $1) AS i`, [n]);
  await client.query(`
    INSERT INTO audit_event (id, seq, occurred_at, actor_type, actor_id, action, entity_type, entity_id, request_id, details_hash, previous_hash, hash)
    SELECT gen_random_uuid(), row_number() OVER (ORDER BY p.name, k), p.created_at + k * interval '1 day', 'SYSTEM', NULL,
           CASE k WHEN 0 THEN 'processor.create' ELSE 'processor.update' END, 'Processor', p.id::text, NULL,
           repeat('0', 64), repeat('0', 64), repeat('0', 64)
      FROM processor p CROSS JOIN generate_series(0, 1) AS k`);
  await client.query('ANALYZE');
}

// Seeds n processors that receive erasure notices for debtors by e-mail (P2, P3): engagement role
// PROCESSOR, data-subject category DEBTORS, erasure channel EMAIL with an erasure address.
export async function seedErasureProcessors(client, n) {
  await client.query(`
    INSERT INTO processor (id, name, registration_number, establishment_country, service_kind, privacy_contact_name, privacy_contact_email, website, lifecycle, notes,
                           engagement_role, data_subject_categories, erasure_channel, erasure_address, version, created_at, updated_at)
    SELECT gen_random_uuid(), 'Erasure processor ' || lpad(i::text, 4, '0'), (20000000 + i)::text, 'DK', 'SAAS',
           'Contact ' || i, 'dpo' || i || '@bench.example', 'https://e' || i || '.bench.example', 'ACTIVE', NULL,
           'PROCESSOR', ARRAY['DEBTORS'], 'EMAIL', 'erasure' || i || '@bench.example', 1, now(), now()
      FROM generate_series(1, $1) AS i`, [n]);
}

// Seeds n RECEIVED erasure requests (retention expiry, debtors) with a placeholder instead of sealed identifiers.
export async function seedErasureRequests(client, n, { prefix = 'BENCH' } = {}) {
  const { rows } = await client.query(`
    INSERT INTO erasure_request (source, grounds, data_subject_category, case_reference, received_on, deadline_on, identifiers_sealed, status, created_at, updated_at)
    SELECT 'RETENTION_EXPIRY', ARRAY['NO_LONGER_NECESSARY'], 'DEBTORS', $2 || '-' || lpad(i::text, 6, '0'), date '2026-11-01', date '2026-12-01',
           'sealed-placeholder', 'RECEIVED', now(), now()
      FROM generate_series(1, $1) AS i
    RETURNING id`, [n, prefix]);
  await client.query('ANALYZE');
  return rows.map((r) => r.id);
}
