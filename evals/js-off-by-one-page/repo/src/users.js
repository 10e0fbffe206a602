// The admin page's user list.
export async function listUsers(db) {
  return db.prepare('SELECT id, name, email FROM users ORDER BY name').all();
}
