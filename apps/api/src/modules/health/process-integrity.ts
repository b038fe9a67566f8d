/**
 * True while `Object.prototype` is as Node made it: no enumerable property, so a fresh `{}` has no
 * keys to iterate. A library that writes into a shared prototype (as TypeORM's orderBy did when
 * handed `Object.prototype` for a sort field named "__proto__") breaks every query and sign-in of
 * the process until restart; liveness then fails so the supervisor restarts it (issue 15, item 1).
 */
export function prototypesIntact(): boolean {
  if (Object.keys(Object.prototype).length > 0) return false;
  for (const key in {}) if (key) return false;
  return Object.keys(Array.prototype).length === 0;
}
