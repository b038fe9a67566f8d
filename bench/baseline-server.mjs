// P1 baseline: a bare node:http handler that answers with ONE json_agg statement producing the
// same JSON as the GraphQL list query. Run as a child process by p1-processor-list.mjs.
import http from 'node:http';
import pg from 'pg';

export const BASELINE_SQL = `
WITH page AS (SELECT * FROM processor ORDER BY name, id LIMIT 100 OFFSET $1)
SELECT json_build_object('data', json_build_object('allProcessors', coalesce((
  SELECT json_agg(json_build_object(
    'id', p.id, 'name', p.name, 'establishmentCountry', p.establishment_country, 'serviceKind', p.service_kind,
    'lifecycle', p.lifecycle, 'privacyContactEmail', p.privacy_contact_email,
    'updatedAt', to_char(p.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'history', coalesce((SELECT json_agg(json_build_object('id', e.id, 'action', e.action,
        'occurredAt', to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'actorType', e.actor_type) ORDER BY e.seq)
      FROM audit_event e WHERE e.entity_type = 'Processor' AND e.entity_id = p.id::text), '[]'::json)
  ) ORDER BY p.name, p.id) FROM page p), '[]'::json)))::text AS body`;

if (process.argv[2]) {
  const pool = new pg.Pool({ connectionString: process.argv[2], max: 10 });
  const server = http.createServer(async (req, res) => {
    const { rows } = await pool.query(BASELINE_SQL, [300]);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(rows[0].body);
  });
  server.listen(Number(process.argv[3]), '127.0.0.1', () => process.send?.('ready'));
}
