import { contactsCsv } from './export.js';

export const routes = {
  'GET /contacts/export': async (req, res, db) => {
    res.writeHead(200, { 'content-type': 'text/csv' });
    res.end(contactsCsv(await db.contacts.all()));
  },
};
