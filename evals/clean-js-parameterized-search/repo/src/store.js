// Queries of the users table (better-sqlite3: prepared statements, synchronous).
export function findUser(db, id) {
  return db.prepare('SELECT id, name, email FROM users WHERE id = ?').get(id);
}
