import { z } from 'zod';

export const roleSchema = z.enum(['ADMIN', 'CONSULTANT', 'MEMBER', 'RESEARCHER']);
export type Role = z.infer<typeof roleSchema>;

/** Who is calling: resolved from the bearer token once per request. */
export type Viewer = { userId: string; role: Role; name: string; organizationId: string | null };
