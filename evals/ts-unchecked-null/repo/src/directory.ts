export interface User {
  id: string;
  name: string;
  /** Null for users invited by name only. */
  email: string | null;
}

export class Directory {
  constructor(private readonly users: readonly User[]) {}

  byId(id: string): User | undefined {
    return this.users.find((u) => u.id === id);
  }
}
