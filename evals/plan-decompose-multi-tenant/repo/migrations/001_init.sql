CREATE TABLE users (id serial PRIMARY KEY, email text UNIQUE NOT NULL, name text NOT NULL);
CREATE TABLE projects (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE entries (id serial PRIMARY KEY, user_id int REFERENCES users, project_id int REFERENCES projects,
                      day date NOT NULL, minutes int NOT NULL);
